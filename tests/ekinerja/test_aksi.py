"""Mesin keadaan simulasi e-Kinerja: setiap perpindahan, setiap pesan aturan, dan isian yang salah."""

from __future__ import annotations

import json

import pytest

from bimtek.aturan import predikat_kinerja
from bimtek.ekinerja import aksi as A
from bimtek.ekinerja.keadaan import DIAJUKAN, DISETUJUI, DITOLAK, DRAFT, IKI, Simulasi
from bimtek.ekinerja.langkah import LANGKAH_MODUL_2, LANGKAH_MODUL_3, nilai_langkah
from bimtek.ekinerja.sesi import Sesi, simulasi_awal

RHK_ATASAN = ["Terwujudnya pengelolaan keuangan yang akuntabel", "Meningkatnya cakupan imunisasi dasar lengkap"]


def awal() -> Simulasi:
    return simulasi_awal(
        {"nip": "199001012015031001", "nama": "Siti", "jabatan": "Analis Keuangan", "atasan_nip": "1975"},
        {"nip": "1975", "nama": "Budi", "jabatan": "Kepala Bagian Keuangan"},
        RHK_ATASAN, predikat_organisasi="Baik", predikat_unit_lain=["Baik", "Baik", "Butuh Perbaikan"],
    )


def t(s: Simulasi, f, *a, **k) -> Simulasi:
    return A.terapkan(s, f, *a, **k)


def ditolak(s: Simulasi, f, *a, cocok: str, tempat: str | None = None, **k) -> None:
    sebelum = json.dumps(s.ke_dict(), sort_keys=True)
    with pytest.raises(A.AksiDitolak, match=cocok) as e:
        A.terapkan(s, f, *a, **k)
    assert json.dumps(s.ke_dict(), sort_keys=True) == sebelum, "Aksi yang ditolak tidak boleh mengubah keadaan."
    if tempat is not None:
        assert e.value.tempat == tempat


def sampai_periode(pendekatan: str = "Kuantitatif") -> Simulasi:
    s = t(awal(), A.periksa_profil)
    return t(s, A.atur_periode, 1, 2025, 12, 2025, pendekatan)


def sampai_diajukan() -> Simulasi:
    s = sampai_periode()
    s = t(s, A.ganti_peran, "atasan")
    s = t(s, A.turunkan_rhk, s.pegawai.nip, RHK_ATASAN[0])
    s = t(s, A.ganti_peran, "pegawai")
    s = t(s, A.tambah_rhk, "Utama")
    s = t(s, A.ubah_rhk, 0, rhk_atasan=RHK_ATASAN[0], rumusan="Tersusunnya laporan keuangan bulanan tepat waktu")
    s = t(s, A.ubah_iki, 0, 0, indikator="Jumlah laporan keuangan yang selesai", aspek="Kuantitas",
          target="12", satuan="laporan")
    return t(s, A.ajukan)


def sampai_disetujui() -> Simulasi:
    s = t(sampai_diajukan(), A.ganti_peran, "atasan")
    s = t(s, A.tulis_ekspektasi, "Akuntabel", "Laporan keuangan tanpa koreksi BPK")
    s = t(s, A.setujui)
    return t(s, A.ganti_peran, "pegawai")


def sampai_dinilai() -> Simulasi:
    s = sampai_disetujui()
    s = t(s, A.isi_rencana_aksi, "Triwulan I", 0, "Menyusun laporan Januari-Maret")
    s = t(s, A.isi_realisasi, "Triwulan I", 0, 0, "3")
    s = t(s, A.isi_eviden, "Triwulan I", 0, "https://bukti.ekinerja.test/laporan-tw1")
    s = t(s, A.kirim_penilaian_diri, "Triwulan I")
    s = t(s, A.ganti_peran, "atasan")
    s = t(s, A.beri_umpan_balik, "Triwulan I", 0, "Laporan tepat waktu, pertahankan")
    s = t(s, A.catat_perilaku, "Triwulan I", "Membantu rekan menyusun jurnal")
    return t(s, A.beri_rating, "Triwulan I", "Di Atas Ekspektasi", "Sesuai Ekspektasi")


TRIWULAN = ("Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV")


def sampai_tahunan() -> Simulasi:
    """Empat triwulan dikirim (IKI 1 Kuantitas 3+3+3+4, IKI 2 Kualitas), lalu Penilaian Diri Tahunan dan rating
    tahunan atasan."""
    s = sampai_disetujui()
    s.skp.rhk[0].iki.append(IKI(indikator="Persentase laporan tanpa koreksi", aspek="Kualitas", target=90.0,
                                satuan="persen"))
    for p, jumlah, mutu in zip(TRIWULAN, (3, 3, 3, 4), (85, 90, 88, 92), strict=True):
        s = t(s, A.isi_rencana_aksi, p, 0, f"Menyusun laporan {p}")
        s = t(s, A.isi_realisasi, p, 0, 0, jumlah)
        s = t(s, A.isi_realisasi, p, 0, 1, mutu)
        s = t(s, A.isi_eviden, p, 0, "https://bukti.ekinerja.test/laporan")
        s = t(s, A.kirim_penilaian_diri, p)
    s = t(s, A.isi_realisasi, "Tahunan", 0, 1, "91")
    s = t(s, A.isi_eviden, "Tahunan", 0, "https://bukti.ekinerja.test/laporan-tahunan")
    s = t(s, A.kirim_penilaian_diri, "Tahunan")
    s = t(s, A.ganti_peran, "atasan")
    s = t(s, A.beri_umpan_balik, "Tahunan", 0, "Laporan setahun lengkap dan tepat waktu")
    return t(s, A.beri_rating, "Tahunan", "Sesuai Ekspektasi", "Sesuai Ekspektasi")


def test_penilaian_tahunan_kuantitas_dijumlahkan_aspek_lain_tidak():
    from bimtek.aturan import capaian_iki, realisasi_tahunan

    s = sampai_disetujui()
    assert A.periode_penilaian(s) == (*TRIWULAN, "Tahunan") and A.periode_berikutnya(s) == "Triwulan I"
    ditolak(s, A.isi_eviden, "Tahunan", 0, "https://bukti.ekinerja.test/x", cocok="semua penilaian periodik",
            tempat="periode_nilai")
    ditolak(s, A.isi_rencana_aksi, "Tahunan", 0, "Menyusun", cocok="per periode", tempat="rencana_aksi0")
    s = sampai_tahunan()
    assert A.realisasi_periodik(s, 0, 0) == [3, 3, 3, 4]
    assert A.realisasi_iki(s, "Tahunan", 0, 0) == 13 == realisasi_tahunan("Kuantitas", [3, 3, 3, 4])
    assert A.capaian(s, "Tahunan", 0, 0) == pytest.approx(capaian_iki(12, 13, "Kuantitas"))
    # Kualitas tidak dijumlahkan (85+90+88+92 bukan realisasi setahun): realisasi setahun diisi pegawai.
    assert A.realisasi_iki(s, "Tahunan", 0, 1) == 91
    assert A.capaian(s, "Tahunan", 0, 1) == pytest.approx(capaian_iki(90, 91, "Kualitas"))
    # Capaian periodik Kuantitas: kumulatif s.d. periode itu terhadap target setahun.
    assert A.capaian(s, "Triwulan II", 0, 0) == pytest.approx(50.0)
    assert A.capaian(s, "Triwulan II", 0, 1) == pytest.approx(100.0)
    assert s.penilaian_bawahan["Tahunan"].predikat_kinerja == "Baik"
    assert A.periode_berikutnya(s) == "Tahunan"


def test_realisasi_tahunan_kuantitas_tidak_diketik():
    s = sampai_disetujui()
    for p in TRIWULAN:
        s = t(s, A.isi_rencana_aksi, p, 0, f"Menyusun laporan {p}")
        s = t(s, A.isi_realisasi, p, 0, 0, 3)
        s = t(s, A.isi_eviden, p, 0, "https://bukti.ekinerja.test/laporan")
        s = t(s, A.kirim_penilaian_diri, p)
    ditolak(s, A.isi_realisasi, "Tahunan", 0, 0, 12, cocok="dihitung otomatis", tempat="realisasi0.0")
    ditolak(s, A.kirim_penilaian_diri, "Tahunan", cocok="Eviden")
    assert A.periksa_penilaian_diri(s, "Tahunan") == ["RHK 1: tambahkan Eviden (tautan bukti dukung)."]


def test_frekuensi_penilaian_per_instansi():
    s = sampai_disetujui()
    s.frekuensi_penilaian = "Bulanan"
    assert A.periode_penilaian(s)[0] == "Januari" and len(A.periode_penilaian(s)) == 13
    s = t(s, A.isi_realisasi, "Januari", 0, 0, 1)
    ditolak(s, A.isi_realisasi, "Triwulan I", 0, 0, 1, cocok="tidak dikenal")
    assert Simulasi.dari_dict(s.ke_dict()).frekuensi_penilaian == "Bulanan"


def test_profil_dan_atasan_salah():
    s = t(awal(), A.periksa_profil)
    assert s.profil_diperiksa
    salah = awal()
    salah.atasan.nip = "lain"
    ditolak(salah, A.periksa_profil, cocok="SIASN/MyASN", tempat="atasan")
    ditolak(t(awal(), A.ganti_peran, "atasan"), A.periksa_profil, cocok="hanya untuk peran pegawai", tempat="peran")
    ditolak(awal(), A.ganti_peran, "admin", cocok="tidak dikenal")


def test_periode_dialog():
    ditolak(awal(), A.atur_periode, 1, 2025, 12, 2025, "Kuantitatif", cocok="profil")
    s = t(awal(), A.periksa_profil)
    ditolak(s, A.atur_periode, 1, 2025, 12, 2026, "Kuantitatif", cocok="tahun yang sama")
    ditolak(s, A.atur_periode, 6, 2025, 3, 2025, "Kuantitatif", cocok="tidak boleh sebelum")
    ditolak(s, A.atur_periode, 0, 2025, 12, 2025, "Kuantitatif", cocok="Januari sampai Desember")
    ditolak(s, A.atur_periode, 1, 2025, 12, 2025, "Tahunan", cocok="Pendekatan")
    s = t(s, A.atur_periode, 1, 2025, 12, 2025, "Kualitatif")
    assert s.periode.aktif and A.periode_setahun(s) and A.catatan_periode(s) == []
    pendek = t(s, A.atur_periode, 1, 2025, 6, 2025, "Kualitatif")
    assert not A.periode_setahun(pendek) and "pindah jabatan" in A.catatan_periode(pendek)[0]


def test_matriks_peran_hasil():
    s = sampai_periode()
    ditolak(s, A.turunkan_rhk, s.pegawai.nip, RHK_ATASAN[0], cocok="hanya untuk peran atasan")
    s = t(s, A.ganti_peran, "atasan")
    ditolak(s, A.turunkan_rhk, "999", RHK_ATASAN[0], cocok="bukan bawahan langsung")
    ditolak(s, A.turunkan_rhk, s.pegawai.nip, "RHK karangan", cocok="RHK Anda sendiri")
    s = t(s, A.turunkan_rhk, s.pegawai.nip, RHK_ATASAN[1])
    s = t(s, A.turunkan_rhk, s.pegawai.nip, RHK_ATASAN[1])
    assert A.rhk_diturunkan(s) == [RHK_ATASAN[1]]
    s = t(s, A.batal_turunkan, s.pegawai.nip, RHK_ATASAN[1])
    assert A.rhk_diturunkan(s) == []


def test_skp_rhk_iki_dan_isian_salah():
    s = t(awal(), A.periksa_profil)
    ditolak(s, A.tambah_rhk, cocok="SKP belum aktif", tempat="periode")
    s = t(s, A.atur_periode, 1, 2025, 12, 2025, "Kuantitatif")
    ditolak(s, A.tambah_rhk, "Pokok", cocok="Utama atau Tambahan")
    s = t(s, A.tambah_rhk)
    ditolak(s, A.ubah_rhk, 0, rhk_atasan=RHK_ATASAN[0], cocok="belum diturunkan", tempat="rhk0.atasan")
    ditolak(s, A.ubah_rhk, 3, rumusan="x", cocok="RHK nomor 4 tidak ada")
    ditolak(s, A.ubah_iki, 0, 0, target="dua belas", cocok="bukan angka", tempat="rhk0.iki0.target")
    ditolak(s, A.ubah_iki, 0, 0, target="-3", cocok="harus lebih dari 0")
    ditolak(s, A.ubah_iki, 0, 0, aspek="Mutu", cocok="Aspek")
    ditolak(s, A.ubah_iki, 0, 5, indikator="x", cocok="tidak punya IKI nomor 6")
    s = t(s, A.ubah_iki, 0, 0, target="12,5")
    assert s.skp.rhk[0].iki[0].target == 12.5
    s = t(s, A.ubah_iki, 0, 0, target="1.250")
    assert s.skp.rhk[0].iki[0].target == 1250
    s = t(s, A.tambah_iki, 0)
    s = t(s, A.hapus_iki, 0, 1)
    s = t(s, A.tambah_rhk, "Tambahan")
    s = t(s, A.hapus_rhk, 1)
    assert len(s.skp.rhk) == 1 and len(s.skp.rhk[0].iki) == 1
    pesan = " ".join(A.periksa_skp(s))
    assert "pilih RHK atasan" in pesan and "rumusan" in pesan and "indikatornya" in pesan and "satuan" in pesan
    ditolak(s, A.ajukan, cocok="belum dapat diajukan")


def test_kualitatif_menerima_target_teks():
    s = sampai_periode("Kualitatif")
    s = t(s, A.tambah_rhk)
    s = t(s, A.ubah_iki, 0, 0, target="Laporan diterima tanpa revisi")
    assert s.skp.rhk[0].iki[0].target == "Laporan diterima tanpa revisi"
    ditolak(s, A.ubah_iki, 0, 0, target="  ", cocok="uraian")
    ditolak(s, A.atur_periode, 1, 2025, 12, 2025, "Kuantitatif", cocok="tidak dapat diganti")


def test_ajukan_tolak_revisi_setujui():
    s = sampai_diajukan()
    assert s.skp.status == DIAJUKAN
    ditolak(s, A.tambah_rhk, cocok="tidak dapat diubah")
    ditolak(s, A.ajukan, cocok="tidak dapat diajukan lagi")
    ditolak(s, A.setujui, cocok="hanya untuk peran atasan")
    s = t(s, A.ganti_peran, "atasan")
    ditolak(s, A.tolak, "", cocok="catatan penolakan", tempat="catatan")
    ditolak(s, A.tulis_ekspektasi, "Jujur", "x", cocok="bukan nilai BerAKHLAK")
    s = t(s, A.tolak, "Tambahkan indikator kualitas laporan")
    assert s.skp.status == DITOLAK and s.skp.catatan_atasan
    ditolak(s, A.setujui, cocok="hanya dapat memutuskan SKP berstatus Diajukan")
    s = t(s, A.ganti_peran, "pegawai")
    s = t(s, A.tambah_iki, 0)
    s = t(s, A.ubah_iki, 0, 1, indikator="Persentase laporan tanpa koreksi", aspek="Kualitas", target=100,
          satuan="persen")
    s = t(s, A.ajukan)
    s = t(s, A.ganti_peran, "atasan")
    s = t(s, A.setujui)
    assert s.skp.status == DISETUJUI and s.skp.catatan_atasan == ""
    assert s.skp.riwayat == [DIAJUKAN, DITOLAK, DIAJUKAN, DISETUJUI]
    ditolak(s, A.tulis_ekspektasi, "Akuntabel", "x", cocok="sudah disetujui")


def test_ekspektasi_pimpinan_opsional():
    s = t(sampai_diajukan(), A.ganti_peran, "atasan")
    s = t(s, A.setujui)  # tanpa ekspektasi khusus: tetap sah
    assert s.skp.ekspektasi_pimpinan == {}


def test_penilaian_diri_dan_isian_salah():
    s = sampai_diajukan()
    ditolak(s, A.isi_rencana_aksi, "Triwulan I", 0, "x", cocok="setelah SKP disetujui")
    s = sampai_disetujui()
    ditolak(s, A.isi_rencana_aksi, "Semester I", 0, "x", cocok="tidak dikenal")
    ditolak(s, A.isi_realisasi, "Triwulan I", 0, 0, "tiga", cocok="bukan angka", tempat="realisasi0.0")
    ditolak(s, A.isi_eviden, "Triwulan I", 0, "laporan.pdf", cocok="https://", tempat="eviden0")
    ditolak(s, A.kirim_penilaian_diri, "Triwulan I", cocok="Rencana Aksi")
    s = sampai_dinilai()
    assert s.penilaian_diri["Triwulan I"].dikirim
    s = t(s, A.ganti_peran, "pegawai")
    ditolak(s, A.isi_realisasi, "Triwulan I", 0, 0, 4, cocok="sudah dikirim")
    assert A.capaian(s, "Triwulan I", 0, 0) == pytest.approx(25.0)


def test_capaian_waktu_makin_kecil_makin_baik():
    s = sampai_disetujui()
    s.skp.rhk[0].iki[0].aspek, s.skp.rhk[0].iki[0].target = "Waktu", 12.0
    s = t(s, A.isi_realisasi, "Triwulan I", 0, 0, 10)
    assert A.capaian(s, "Triwulan I", 0, 0) == pytest.approx(120.0)
    s = t(s, A.isi_realisasi, "Triwulan I", 0, 0, 0)
    assert A.capaian(s, "Triwulan I", 0, 0) is None


def test_penilaian_bawahan_predikat_dari_kuadran():
    s = t(sampai_disetujui(), A.ganti_peran, "atasan")
    ditolak(s, A.beri_rating, "Triwulan I", "Di Atas Ekspektasi", "Sesuai Ekspektasi", cocok="belum mengirim")
    s = sampai_dinilai()
    isi = s.penilaian_bawahan["Triwulan I"]
    assert isi.predikat_kinerja == "Baik" == predikat_kinerja("Di Atas Ekspektasi", "Sesuai Ekspektasi")
    s = t(s, A.beri_rating, "Triwulan I", "diatas", "di bawah")
    assert s.penilaian_bawahan["Triwulan I"].predikat_kinerja == "Kurang/Misconduct"
    ditolak(s, A.beri_rating, "Triwulan I", "Luar biasa", "Sesuai Ekspektasi", cocok="Rating", tempat="rating")


def test_kurva_bukan_pemeringkatan_paksa():
    s = t(sampai_disetujui(), A.ganti_peran, "atasan")
    ditolak(s, A.lihat_kurva, "Triwulan I", cocok="Beri rating")
    s = t(sampai_dinilai(), A.lihat_kurva, "Triwulan I")
    assert s.kurva.dilihat and s.kurva.predikat_pegawai == ["Baik", "Baik", "Butuh Perbaikan", "Baik"]
    # 3 dari 4 Baik = 75% > 70%: pelanggaran ditampilkan dengan aturannya, tetapi predikat siapa pun tidak diubah.
    assert s.kurva.pelanggaran == ["Predikat organisasi Baik: predikat Baik paling banyak 70%, tetapi ada 75% "
                                   "(3 dari 4 pegawai)."]
    assert s.penilaian_bawahan["Triwulan I"].predikat_kinerja == "Baik"


def test_kurva_menampilkan_pelanggaran_dari_aturan():
    from bimtek.aturan import periksa_distribusi

    s = t(sampai_dinilai(), A.lihat_kurva, "Triwulan I")
    assert s.kurva.pelanggaran == periksa_distribusi("Baik", s.kurva.predikat_pegawai).pelanggaran


def test_dokumen():
    ditolak(sampai_diajukan(), A.cetak_dokumen, "SKP", cocok="setelah SKP disetujui")
    s = sampai_disetujui()
    s = t(s, A.cetak_dokumen, "SKP")
    ditolak(s, A.cetak_dokumen, "Kuadran", cocok="Penilaian Bawahan")
    ditolak(s, A.cetak_dokumen, "Rapor", cocok="tidak dikenal")
    s = sampai_dinilai()
    for d in A.JENIS_DOKUMEN:
        s = t(s, A.cetak_dokumen, d)
    assert s.dokumen == list(A.JENIS_DOKUMEN)


def _penuh() -> Simulasi:
    s = t(sampai_tahunan(), A.lihat_kurva)
    for d in A.JENIS_DOKUMEN:
        s = t(s, A.cetak_dokumen, d)
    return s


def test_nilai_langkah_penuh_kosong_dan_curang():
    penuh = _penuh().ke_dict()
    for langkah in (LANGKAH_MODUL_2, LANGKAH_MODUL_3):
        hasil = nilai_langkah(penuh, langkah)
        assert all(poin == bobot for (poin, _), (_, bobot) in zip(hasil.values(), langkah.values(), strict=True))
        assert all(p == 0 for p, _ in nilai_langkah(None, langkah).values())
        assert all(p == 0 for p, _ in nilai_langkah(awal().ke_dict(), langkah).values())
    curang = _penuh().ke_dict()
    curang["penilaian_bawahan"]["Tahunan"]["predikat_kinerja"] = "Sangat Baik"
    assert nilai_langkah(curang, LANGKAH_MODUL_3)["Penilaian Bawahan tahunan"][0] == 0
    curang = _penuh().ke_dict()
    curang["penilaian_diri"]["Tahunan"]["realisasi"]["0.0"] = 99  # realisasi Kuantitas diketik, bukan dijumlah
    assert nilai_langkah(curang, LANGKAH_MODUL_3)["Penilaian Diri tahunan"][0] == 0
    # Nilai sebagian per langkah: periode terkirim, tahunan belum.
    sebagian = _penuh().ke_dict()
    del sebagian["penilaian_diri"]["Tahunan"], sebagian["penilaian_bawahan"]["Tahunan"]
    hasil = nilai_langkah(sebagian, LANGKAH_MODUL_3)
    assert hasil["Penilaian Diri periodik"][0] == 2 and hasil["Penilaian Diri tahunan"][0] == 0
    curang = _penuh().ke_dict()
    curang["kurva"]["pelanggaran"] = []
    curang["kurva"]["predikat_pegawai"] = ["Sangat Baik"] * 3 + ["Baik"]
    assert nilai_langkah(curang, LANGKAH_MODUL_3)["Kurva"][0] == 0
    pendek = _penuh().ke_dict()
    pendek["periode"]["bulan_akhir"] = 6
    assert nilai_langkah(pendek, LANGKAH_MODUL_2)["Periode"][0] == 0
    assert nilai_langkah({"skp": "rusak"}, LANGKAH_MODUL_2)["SKP"][0] == 0


def test_sesi_simpan_pulih_dan_galat(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    sesi = Sesi("modul-2-pengguna", awal())
    assert sesi.jalankan(A.periksa_profil)
    assert not sesi.jalankan(A.atur_periode, 1, 2025, 12, 2026, "Kuantitatif")
    assert sesi.galat is not None and sesi.galat.tempat == "periode"
    assert sesi.jalankan(A.atur_periode, 1, 2025, 12, 2025, "Kuantitatif")
    assert not sesi.jalankan(A.tambah_rhk, "Pokok")
    pulih = Sesi("modul-2-pengguna", awal())
    assert pulih.s.ke_dict() == sesi.s.ke_dict() and pulih.s.periode.aktif
    (tmp_path / "jawaban" / "modul-2-pengguna.json").write_text("{rusak", encoding="utf-8")
    kosong = Sesi("modul-2-pengguna", awal())
    assert not kosong.s.periode.aktif and "rusak" in kosong.pesan_muat


def test_dari_dict_menolak_bentuk_salah():
    with pytest.raises(ValueError):
        Simulasi.dari_dict([])
    with pytest.raises(ValueError):
        Simulasi.dari_dict({"periode": "Januari"})
    s = Simulasi.dari_dict({"kunci_asing": 1, "peran": "atasan"})
    assert s.peran == "atasan" and s.skp.status == DRAFT
