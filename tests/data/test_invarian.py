"""Pemeriksa invarian: dataset bersih lolos; setiap invarian menangkap kerusakan yang disengaja."""

from __future__ import annotations

import pandas as pd
import pytest

from bimtek import aturan
from bimtek.data import INVARIAN, buat, periksa


def kode(pelanggaran) -> set[str]:
    return {p.invarian for p in pelanggaran}


@pytest.mark.parametrize(("skala", "seed"), [("kelas", 2025), ("kelas", 1), (2500, 99)])
def test_dataset_bersih_lolos_semua_invarian(skala, seed):
    assert periksa(buat(skala, seed=seed)) == []


def test_pemda_sedang_lolos_semua_invarian(sedang):
    assert periksa(sedang.tabel) == []


def rusak(dataset, nama: str) -> tuple[dict, pd.DataFrame]:
    """Salinan tabel-tabel dataset; tabel `nama` disalin dalam-dalam agar bisa dirusak."""
    t = dict(dataset.tabel)
    t[nama] = t[nama].copy()
    return t, t[nama]


def test_setiap_invarian_punya_uji_kerusakan():
    # Daftar ini harus sama dengan uji-uji di bawah: invarian baru wajib diberi uji kerusakannya.
    diuji = {"kolom", "nip", "nip_unik", "usia", "golongan", "jabatan", "unit_kerja", "atasan", "cascading",
             "predikat", "distribusi", "presensi", "presensi_kode", "pemantauan_skp", "sakip", "sistem_merit",
             "talenta", "layanan", "eviden", "referensi", "iki_templat",
             "pola_sebaran", "kepala_unit", "penilaian_periodik", "potensial", "pengadaan", "realisasi_tahunan"}
    assert set(INVARIAN) == diuji


def test_kolom_hilang(kelas):
    t, p = rusak(kelas, "pegawai")
    t["pegawai"] = p.drop(columns=["golongan"])
    assert kode(periksa(t)) == {"kolom"}


def test_nip_tidak_cocok_dengan_tanggal_lahir(kelas):
    t, p = rusak(kelas, "pegawai")
    i = p.index[p["status_kepegawaian"] == "PNS"][5]
    p.loc[i, "tanggal_lahir"] = p.loc[i, "tanggal_lahir"] + pd.Timedelta(days=1)
    assert "nip" in kode(periksa(t))


def test_nip_pppk_tidak_cocok_dengan_jenis_kelamin(kelas):
    t, p = rusak(kelas, "pegawai")
    i = p.index[p["status_kepegawaian"] == "PPPK"][0]
    p.loc[i, "jenis_kelamin"] = "P" if p.loc[i, "jenis_kelamin"] == "L" else "L"
    assert [x for x in periksa(t) if x.invarian == "nip"]


def test_nip_ganda(kelas):
    t, p = rusak(kelas, "pegawai")
    p.loc[10, "nip"] = p.loc[11, "nip"]
    assert "nip_unik" in kode(periksa(t))


def test_usia_melewati_bup(kelas):
    t, p = rusak(kelas, "pegawai")
    i = p.index[p["jenis_jabatan"] == "Pelaksana"][0]
    p.loc[i, "tanggal_lahir"] = pd.Timestamp("1960-01-01")
    hasil = [x for x in periksa(t) if x.invarian == "usia"]
    assert hasil and "pensiun" in hasil[0].pesan


def test_usia_guru_memakai_bup_60(kelas):
    # UU 14/2005 Ps. 30(4): guru pensiun pada usia 60 walaupun jenjangnya Ahli Pertama (umum: 58).
    t, p = rusak(kelas, "pegawai")
    i = p.index[p["jabatan"] == "Guru Ahli Pertama"][0]
    p.loc[i, "tanggal_lahir"] = pd.Timestamp("1966-06-01")  # 59 tahun pada 31-12-2025
    assert not [x for x in periksa(t) if x.invarian == "usia"]
    p.loc[i, "tanggal_lahir"] = pd.Timestamp("1965-06-01")  # 60 tahun: TMT pensiun 01-07-2025
    assert [x for x in periksa(t) if x.invarian == "usia"]


def test_usia_di_bawah_18(kelas):
    t, p = rusak(kelas, "pegawai")
    p.loc[3, "tanggal_lahir"] = pd.Timestamp("2010-05-05")
    assert "usia" in kode(periksa(t))


def test_golongan_tidak_terjangkau(kelas):
    t, p = rusak(kelas, "pegawai")
    baru = p[(p["status_kepegawaian"] == "PNS") & (p["pendidikan"] == "S1") & (p["golongan"] == "III/a")].index[0]
    p.loc[baru, ["golongan", "pangkat"]] = ["IV/a", aturan.pangkat("IV/a")]
    hasil = [x.pesan for x in periksa(t) if x.invarian == "golongan"]
    assert any("tidak terjangkau" in h for h in hasil)


def test_pangkat_tidak_sesuai_golongan(kelas):
    t, p = rusak(kelas, "pegawai")
    i = p.index[p["status_kepegawaian"] == "PNS"][0]
    p.loc[i, "pangkat"] = "Juru Muda"
    assert "golongan" in kode(periksa(t))


def test_jenjang_tidak_sesuai_golongan(kelas):
    t, p = rusak(kelas, "pegawai")
    i = p.index[(p["status_kepegawaian"] == "PNS") & (p["jenjang"] == "Ahli Pertama")][0]
    p.loc[i, "jenjang"] = "Ahli Madya"
    assert "jabatan" in kode(periksa(t))


def test_unit_tanpa_kepala_dan_pohon_berputar(kelas):
    t, u = rusak(kelas, "unit_kerja")
    u.loc[5, "kepala_nip"] = None
    assert u.loc[1, "induk_id"] == u.loc[0, "unit_kerja_id"]
    u.loc[0, "induk_id"] = u.loc[1, "unit_kerja_id"]  # unit 1 berinduk unit 0: kini putaran
    pesan = [x.pesan for x in periksa(t) if x.invarian == "unit_kerja"]
    assert any("tanpa kepala" in m for m in pesan) and any("berputar" in m for m in pesan)


def test_pegawai_tanpa_atasan(kelas):
    t, p = rusak(kelas, "pegawai")
    staf = p.index[p["atasan_nip"].notna() & ~p["nip"].isin(kelas.tabel["unit_kerja"]["kepala_nip"])][0]
    p.loc[staf, "atasan_nip"] = None
    assert "atasan" in kode(periksa(t))


def test_rantai_atasan_berputar(kelas):
    t, p = rusak(kelas, "pegawai")
    puncak = p.index[p["atasan_nip"].isna()][0]
    bawahan = p.index[p["atasan_nip"] == p.loc[puncak, "nip"]][0]
    p.loc[puncak, "atasan_nip"] = p.loc[bawahan, "nip"]
    pesan = [x.pesan for x in periksa(t) if x.invarian == "atasan"]
    assert any("berputar" in m for m in pesan)


def test_rhk_tidak_mengintervensi_rhk_atasan(kelas):
    t, r = rusak(kelas, "rhk")
    punya = r.index[r["rhk_atasan_id"].notna()]
    # Arahkan ke RHK milik pegawai itu sendiri: bukan RHK atasannya.
    r.loc[punya[0], "rhk_atasan_id"] = r.loc[punya[0], "rhk_id"]
    assert "cascading" in kode(periksa(t))


def test_predikat_tidak_sesuai_kuadran(kelas):
    t, n = rusak(kelas, "penilaian")
    i = n.index[n["predikat_kinerja"] == "Baik"][0]
    n.loc[i, "predikat_kinerja"] = "Sangat Baik"
    assert "predikat" in kode(periksa(t))


def test_distribusi_unit_dilanggar(kelas):
    t, n = rusak(kelas, "penilaian")
    org = kelas.tabel["unit_kerja"].set_index("unit_kerja_id")["predikat_organisasi"]
    c = kelas.tabel["capaian_organisasi"]
    pola = c[c["tahun"] == 2025].set_index("unit_kerja_id")["sebaran_sesuai_pola"]
    unit = next(u for u, k in n.groupby("unit_kerja_id").size().items()
                if org[u] == "Baik" and k >= 4 and pola[u] == "Ya")
    m = n["unit_kerja_id"] == unit
    n.loc[m, ["rating_hasil_kerja", "rating_perilaku_kerja", "predikat_kinerja"]] = [
        "Sesuai Ekspektasi", "Sesuai Ekspektasi", "Baik"]
    # Kotak talenta, penilaian periodik, dan kepala unit ikut rating yang diubah; kunci pola tidak lagi jujur.
    hasil = [x for x in periksa(t) if x.invarian == "distribusi"]
    assert hasil and unit in hasil[0].pesan


def test_presensi_pada_hari_libur(kelas):
    t, pr = rusak(kelas, "presensi")
    pr.loc[0, "tanggal"] = pd.Timestamp("2025-01-04")  # Sabtu
    pr.loc[1, "tanggal"] = pd.Timestamp("2025-01-01")  # Tahun Baru
    pesan = [x.pesan for x in periksa(t) if x.invarian == "presensi"]
    assert any("(2 baris" in m for m in pesan)


def test_rujukan_iki_ke_rhk_hilang(kelas):
    t, i = rusak(kelas, "iki")
    i.loc[0, "rhk_id"] = "RHK-TIDAK-ADA"
    assert kode(periksa(t)) == {"referensi"}


def test_kode_tl_tidak_sesuai_jam_masuk(kelas):
    t, pr = rusak(kelas, "presensi")
    i = pr.index[(pr["status"] == "Hadir") & pr["kode_tl"].isna()][0]
    pr.loc[i, "jam_masuk"] = "09:45"  # terlambat 135 menit tanpa kode TL4
    pesan = [x.pesan for x in periksa(t) if x.invarian == "presensi_kode"]
    assert any("kode_tl" in p for p in pesan) and any("potongan_persen" in p for p in pesan)


def test_potongan_dan_jam_baku_rusak(kelas):
    t, pr = rusak(kelas, "presensi")
    pr.loc[pr.index[pr["status"] == "Tanpa Keterangan"][0], "potongan_persen"] = 0.0
    pr.loc[0, "jam_masuk_baku"] = "08:00"  # bukan Ramadan
    pesan = [x.pesan for x in periksa(t) if x.invarian == "presensi_kode"]
    assert any("potongan_persen" in p for p in pesan) and any("jam baku" in p for p in pesan)


def test_pemantauan_skp_rusak(kelas):
    t, m = rusak(kelas, "pemantauan_skp")
    m.loc[5, "jumlah_skp_disetujui"] = 0  # turun dari bulan sebelumnya, persen tidak lagi cocok
    m.loc[20, "jumlah_skp_disetujui"] = m.loc[20, "jumlah_pegawai"] + 1
    pesan = [x.pesan for x in periksa(t) if x.invarian == "pemantauan_skp"]
    assert any("turun" in p for p in pesan) and any("melebihi" in p for p in pesan)
    assert any("persen_skp_disetujui" in p for p in pesan)


def test_sakip_predikat_tidak_sesuai(kelas):
    t, s = rusak(kelas, "sakip")
    s.loc[0, "nilai_sakip"] = 95.0
    s.loc[0, "predikat_sakip"] = "B"
    s.loc[1, "nilai_sakip"] = 130.0
    pesan = [x.pesan for x in periksa(t) if x.invarian == "sakip"]
    assert any("predikat SAKIP" in p for p in pesan) and any("0-100" in p for p in pesan)


def test_sistem_merit_rusak(kelas):
    t, m = rusak(kelas, "sistem_merit")
    m.loc[0, "kategori"] = "IV Sangat Baik" if m.loc[0, "indeks"] < 325 else "I Buruk"
    t["sistem_merit"] = m.drop(index=3)  # satu aspek hilang
    pesan = [x.pesan for x in periksa(t) if x.invarian == "sistem_merit"]
    assert any("kategori" in p for p in pesan) and any("kedelapan aspek" in p for p in pesan)


def test_kotak_talenta_tidak_sesuai(kelas):
    t, tl = rusak(kelas, "talenta")
    tl.loc[0, "kotak_talenta"] = 10 - tl.loc[0, "kotak_talenta"] if tl.loc[0, "kotak_talenta"] != 5 else 9
    assert [x for x in periksa(t) if x.invarian == "talenta"]


def test_usulan_layanan_rusak(kelas):
    t, u = rusak(kelas, "usulan_layanan")
    setuju = u.index[u["status"] == "Disetujui"][0]
    u.loc[setuju, "nomor_sk"] = None
    # Usulan yang belum selesai dibuat Ditolak tanpa alasan (tidak bergantung pada ada-tidaknya penolakan di data).
    gagal = u.index[~u["status"].isin(["Disetujui", "Berkas Dikembalikan", "Ditolak"])][0]
    u.loc[gagal, ["status", "alasan"]] = ["Ditolak", None]
    pesan = [x.pesan for x in periksa(t) if x.invarian == "layanan"]
    assert any("alasan" in p for p in pesan) and any("SK" in p for p in pesan)


def test_eviden_ke_situs_sungguhan(kelas):
    t, r = rusak(kelas, "realisasi")
    r.loc[0, "eviden"] = "https://drive.google.com/berkas"
    r.loc[1, "rencana_aksi"] = None
    pesan = [x.pesan for x in periksa(t) if x.invarian == "eviden"]
    assert any("tautan rekaan" in p for p in pesan) and any("rencana aksi" in p for p in pesan)


def test_realisasi_tahunan_rusak(kelas):
    t, r = rusak(kelas, "realisasi")
    aspek = t["iki"].set_index("iki_id")["aspek"]
    kuantitas = r["iki_id"].map(aspek).eq("Kuantitas") & r["jenis_periode"].eq("Tahunan")
    kualitas = r["iki_id"].map(aspek).ne("Kuantitas") & r["jenis_periode"].eq("Tahunan")
    # Kuantitas tahunan diganti nilai TW4 (cara lama "ambil triwulan terakhir"): bukan jumlah triwulan lagi.
    k = r.index[kuantitas][0]
    r.loc[k, "realisasi"] = r.loc[k - 1, "realisasi"] + 1
    # Aspek lain tidak dijumlahkan: mengubah nilai setahunnya tidak melanggar.
    r.loc[r.index[kualitas][0], "realisasi"] += 7
    pesan = _pesan(t, "realisasi_tahunan")
    assert len(pesan) == 1 and "jumlah keempat triwulan" in pesan[0] and "(1 baris" in pesan[0]
    t, r = rusak(kelas, "realisasi")
    r.drop(index=r.index[r["jenis_periode"].eq("Tahunan")][:2], inplace=True)
    r.loc[r.index[0], "periode"] = "2025"
    pesan = _pesan(t, "realisasi_tahunan")
    assert any("tepat empat" in p for p in pesan) and any("jenis periode" in p for p in pesan)


def _pesan(t, kode_invarian: str) -> list[str]:
    return [x.pesan for x in periksa(t) if x.invarian == kode_invarian]


def test_iki_dari_templat_rhk_lain(kelas):
    # "Laporan keuangan triwulanan" tidak boleh diukur dengan "jumlah layanan": IKI milik templat RHK-nya.
    t, i = rusak(kelas, "iki")
    r = kelas.tabel["rhk"]
    guru = r.loc[r["rencana_hasil_kerja"] == "Tersusunnya perangkat ajar dan asesmen pembelajaran", "rhk_id"]
    baris = i.index[i["rhk_id"].isin(guru)][0]
    i.loc[baris, "indikator"] = "Jumlah layanan yang diberikan kepada masyarakat"
    assert any("bukan milik templat" in p for p in _pesan(t, "iki_templat"))


def test_aspek_iki_berbeda_dari_templat(kelas):
    t, i = rusak(kelas, "iki")
    baris = i.index[i["aspek"] == "Waktu"][0]
    i.loc[baris, "aspek"] = "Kuantitas"
    assert any("aspek atau satuan" in p for p in _pesan(t, "iki_templat"))


def test_rhk_tidak_sesuai_jabatan(kelas):
    t, r = rusak(kelas, "rhk")
    p = kelas.tabel["pegawai"]
    guru = p.loc[p["jabatan"].str.startswith("Guru"), "nip"]
    baris = r.index[r["nip"].isin(guru) & (r["jenis_rhk"] == "Utama")][0]
    r.loc[baris, "rencana_hasil_kerja"] = "Meningkatnya cakupan imunisasi dasar lengkap"
    assert any("jabatan pemiliknya" in p for p in _pesan(t, "iki_templat"))


def test_perspektif_tidak_sesuai_isi_rhk(kelas):
    t, r = rusak(kelas, "rhk")
    baris = r.index[r["perspektif"] == "Anggaran"][0]
    r.loc[baris, "perspektif"] = "Penerima Layanan"
    assert any("perspektif" in p for p in _pesan(t, "iki_templat"))


def test_target_deskriptif_hilang_pada_skp_kualitatif(kelas):
    t, i = rusak(kelas, "iki")
    baris = i.index[i["target_uraian"].notna()][0]
    i.loc[baris, "target_uraian"] = None
    assert any("target deskriptif" in p for p in _pesan(t, "iki_templat"))


def test_kunci_pola_sebaran_tidak_jujur(kelas):
    t, c = rusak(kelas, "capaian_organisasi")
    baris = c.index[c["sebaran_sesuai_pola"] == "Tidak"]
    assert len(baris), "data kelas harus punya unit yang melanggar pola (latihan)"
    c.loc[baris[0], "sebaran_sesuai_pola"] = "Ya"
    assert any(c.loc[baris[0], "unit_kerja_id"] in p for p in _pesan(t, "pola_sebaran"))


def test_unit_melanggar_pola_dikecualikan_dari_distribusi_hanya_bila_dicatat(kelas):
    t, c = rusak(kelas, "capaian_organisasi")
    c.loc[c["sebaran_sesuai_pola"] == "Tidak", "sebaran_sesuai_pola"] = "Ya"
    assert {"distribusi", "pola_sebaran"} <= kode(periksa(t))


def test_predikat_organisasi_berbeda_dengan_capaian_organisasi(kelas):
    t, u = rusak(kelas, "unit_kerja")
    u.loc[0, "predikat_organisasi"] = "Sangat Kurang" if u.loc[0, "predikat_organisasi"] != "Sangat Kurang" else "Baik"
    assert any("capaian_organisasi tahun yang sama" in p for p in _pesan(t, "pola_sebaran"))


def test_rating_hasil_kerja_kepala_unit_bukan_capaian_organisasi(kelas):
    t, n = rusak(kelas, "penilaian")
    kepala = set(kelas.tabel["unit_kerja"]["kepala_nip"])
    baris = n.index[n["nip"].isin(kepala)][0]
    n.loc[baris, "rating_hasil_kerja"] = next(r for r in aturan.RATING if r != n.loc[baris, "rating_hasil_kerja"])
    assert any(n.loc[baris, "nip"] in p for p in _pesan(t, "kepala_unit"))


def test_penilaian_periodik_rusak(kelas):
    t, pp = rusak(kelas, "penilaian_periodik")
    i = pp.index[(pp["predikat_kinerja"] == "Baik") & (pp["jenis_periode"] == "Triwulanan")][0]
    pp.loc[i, "predikat_kinerja"] = "Sangat Baik"
    j = pp.index[pp["jenis_periode"] == "Triwulanan"][7]
    t["penilaian_periodik"] = pp.drop(index=j)
    pesan = " ".join(_pesan(t, "penilaian_periodik"))
    assert "aturan.predikat_kinerja" in pesan
    assert "empat triwulan" in pesan


def test_penilaian_tahunan_periodik_berbeda_dengan_penilaian(kelas):
    t, pp = rusak(kelas, "penilaian_periodik")
    i = pp.index[(pp["jenis_periode"] == "Tahunan") & (pp["tahun"] == 2025)
                 & (pp["predikat_kinerja"] == "Baik") & (pp["rating_perilaku_kerja"] == "Sesuai Ekspektasi")][0]
    pp.loc[i, "rating_perilaku_kerja"] = "Di Atas Ekspektasi"  # predikat tetap Baik bila hasil kerja Sesuai
    assert any("berbeda dengan tabel penilaian" in p for p in _pesan(t, "penilaian_periodik"))


def test_potensial_tidak_sesuai_skor(kelas):
    t, p = rusak(kelas, "pegawai")
    i = p.index[p["potensial"] == "Rendah"][0]
    p.loc[i, "potensial"] = "Tinggi"
    assert kode(periksa(t)) == {"potensial"}
    t, p = rusak(kelas, "pegawai")
    p.loc[p.index[0], "skor_potensial"] = 140.0
    assert kode(periksa(t)) == {"potensial"}


def _pengadaan_rusak(kelas, ubah) -> set[str]:
    t, g = rusak(kelas, "pengadaan")
    ubah(g)
    return {x.pesan.split(" (")[0] for x in periksa(t) if x.invarian == "pengadaan"} | {
        f"lain:{x.invarian}" for x in periksa(t) if x.invarian != "pengadaan"}


def test_pengadaan_bersih_punya_ketiga_status(kelas):
    g = kelas.tabel["pengadaan"]
    assert set(g["status"]) == {"Ditetapkan", "Diproses", "Ditolak"}
    assert set(g["jenis_pengadaan"]) == {"CPNS", "PPPK"}


def test_pengadaan_rusak(kelas):
    g = kelas.tabel["pengadaan"]
    tetap = g.index[g["status"] == "Ditetapkan"]
    tolak = g.index[g["status"] == "Ditolak"][0]
    cpns = g.index[(g["status"] == "Ditetapkan") & (g["jenis_pengadaan"] == "CPNS")][0]

    def tanpa_nip(x):
        x.loc[tetap[0], "nip"] = None

    def tanpa_alasan(x):
        x.loc[tolak, "alasan"] = None

    def penetapan_sesudah_tmt(x):
        x.loc[tetap[1], "tanggal_penetapan"] = x.loc[tetap[1], "tmt"] + pd.Timedelta(days=3)

    def formasi_kurang(x):
        x.loc[x["formasi_id"] == x.loc[tetap[0], "formasi_id"], "jumlah_formasi"] = 0

    def nip_orang_lain(x):
        x.loc[tetap[0], "nip"] = x.loc[tetap[1], "nip"] if x.loc[tetap[1], "nip"] != x.loc[tetap[0], "nip"] else None

    def tmt_bergeser(x):
        x.loc[cpns, "tmt"] = x.loc[cpns, "tmt"] + pd.DateOffset(months=1)
        x.loc[cpns, "tanggal_penetapan"] = x.loc[cpns, "tmt"] - pd.Timedelta(days=1)

    for ubah, pesan in ((tanpa_nip, "nip harus diisi tepat"), (tanpa_alasan, "alasan harus diisi tepat"),
                        (penetapan_sesudah_tmt, "urutan tanggal salah"),
                        (formasi_kurang, "peserta diterima melebihi jumlah formasi"),
                        (nip_orang_lain, "peserta Ditetapkan tidak cocok"), (tmt_bergeser, "peserta Ditetapkan")):
        hasil = _pengadaan_rusak(kelas, ubah)
        assert any(h.startswith(pesan) for h in hasil), (ubah.__name__, hasil)
        assert not any(h.startswith("lain:") for h in hasil), (ubah.__name__, hasil)
