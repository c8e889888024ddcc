"""Aturan Form SKP tanpa peramban: Periode (awal-akhir), RHK yang mengintervensi, IKI, BerAKHLAK, alur status."""

from __future__ import annotations

import pytest

from bimtek.aturan import BERAKHLAK
from bimtek.galat import KesalahanPengguna
from bimtek.widgets import logika_skp as L

RHK_ATASAN = ["Meningkatnya kualitas layanan kepegawaian", "Tertibnya administrasi kepegawaian"]


def skp_lengkap() -> dict:
    skp = L.skp_kosong("199001012015051001", 2025)
    skp["rhk"] = [{
        "jenis": "Utama",
        "rencana_hasil_kerja": "Terselesaikannya usulan kenaikan pangkat tepat waktu",
        "rhk_atasan": RHK_ATASAN[0],
        "iki": [{"indikator": "Jumlah usulan KP yang diverifikasi", "aspek": "Kuantitas", "target": 120,
                 "satuan": "usulan"}],
    }]
    return skp


def test_skp_lengkap_tidak_melanggar_aturan():
    assert L.periksa_skp(skp_lengkap(), RHK_ATASAN) == []


def test_skp_baru_berperiode_januari_sampai_desember():
    assert L.skp_kosong(tahun=2026)["periode"] == {"bulan_awal": 1, "tahun_awal": 2026, "bulan_akhir": 12,
                                                   "tahun_akhir": 2026}
    assert L.teks_periode(L.skp_kosong()["periode"]) == "Januari 2025 - Desember 2025"


@pytest.mark.parametrize("akhir", [1, 3, 11])
def test_skp_sebulan_atau_triwulan_adalah_kesalahan_umum(akhir):
    skp = skp_lengkap()
    skp["periode"]["bulan_akhir"] = akhir
    pesan = L.periksa_skp(skp, RHK_ATASAN)
    assert len(pesan) == 1 and "tidak Januari sampai Desember" in pesan[0] and "pindah jabatan" in pesan[0]
    # Pegawai yang pindah atau pensiun di tengah tahun boleh memakai periode lebih pendek.
    assert L.periksa_periode(skp["periode"], bekerja_setahun=False) == []


@pytest.mark.parametrize("ubah,kata", [({"bulan_akhir": 13}, "Bulan akhir"), ({"bulan_awal": "Januari"}, "Bulan awal"),
                                       ({"tahun_akhir": 2026}, "tahun yang sama"),
                                       ({"bulan_awal": 6, "bulan_akhir": 3}, "tidak boleh sebelum")])
def test_rentang_periode_tidak_sah(ubah, kata):
    periode = {**L.skp_kosong()["periode"], **ubah}
    pesan = L.periksa_periode(periode)
    assert len(pesan) == 1 and kata in pesan[0]
    assert "belum diisi" in L.periksa_periode(None)[0]


def test_aturan_periode_sama_dengan_dialog_periode_simulasi():
    """Satu rumah aturan: pesan Form SKP persis pesan dialog Periode e-Kinerja."""
    from bimtek.ekinerja import aksi

    assert L.periksa_periode({"bulan_awal": 6, "tahun_awal": 2025, "bulan_akhir": 3, "tahun_akhir": 2025}) == [
        aksi.pesan_rentang_periode(6, 2025, 3, 2025)]


def test_skp_kosong_menyebut_semua_yang_kurang():
    pesan = L.periksa_skp(L.skp_kosong(), RHK_ATASAN)
    assert pesan == ["SKP belum memuat RHK Utama: tambahkan paling sedikit satu RHK berjenis Utama."]
    # Ekspektasi khusus pimpinan opsional (ditulis atasan): tidak pernah menghalangi pengajuan.
    assert not any("Perilaku" in p or "Kolaboratif" in p for p in pesan)


def test_rhk_tanpa_intervensi_dan_iki_tidak_lengkap():
    skp = skp_lengkap()
    skp["rhk"].append({"jenis": "Utama", "rencana_hasil_kerja": "Menjadi narasumber", "rhk_atasan": "",
                       "iki": [{"indikator": "", "aspek": "Mutu", "target": 0, "satuan": ""}]})
    pesan = L.periksa_skp(skp, RHK_ATASAN)
    assert [p.split(":")[0] for p in pesan] == ["RHK 2", "RHK 2, IKI 1", "RHK 2, IKI 1", "RHK 2, IKI 1",
                                                "RHK 2, IKI 1"]
    assert "intervensi" in pesan[0] and "matriks peran hasil" in pesan[0]
    # RHK Tambahan tidak wajib mengintervensi RHK atasan (aturan yang sama dengan simulasi e-Kinerja).
    skp["rhk"][1] = {**skp["rhk"][1], "jenis": "Tambahan",
                     "iki": [{"indikator": "Jumlah sosialisasi", "aspek": "Kuantitas", "target": 2, "satuan": "kali"}]}
    assert L.periksa_skp(skp, RHK_ATASAN) == []


def test_aturan_rhk_iki_sama_dengan_simulasi():
    """Form SKP Jalur Analis dan simulasi e-Kinerja memakai satu rumah aturan (`bimtek.ekinerja.aksi`)."""
    from bimtek.ekinerja import aksi as A
    from tests.ekinerja.test_aksi import sampai_diajukan

    s = sampai_diajukan()
    s.skp.rhk[0].iki[0].satuan = ""
    skp = {**L.skp_kosong(s.pegawai.nip), "rhk": [
        {"jenis": r.jenis, "rencana_hasil_kerja": r.rumusan, "rhk_atasan": r.rhk_atasan,
         "iki": [{"indikator": k.indikator, "aspek": k.aspek, "target": k.target, "satuan": k.satuan}
                 for k in r.iki]} for r in s.skp.rhk]}
    assert L.periksa_skp(skp, A.rhk_diturunkan(s)) == A.periksa_skp(s) != []


def test_rhk_atasan_yang_tidak_ada_di_skp_atasan():
    skp = skp_lengkap()
    skp["rhk"][0]["rhk_atasan"] = "RHK karangan sendiri"
    assert any("tidak ada dalam SKP atasan" in p for p in L.periksa_skp(skp, RHK_ATASAN))
    # Tanpa daftar RHK atasan, hanya keberadaan intervensi yang diperiksa.
    assert L.periksa_skp(skp) == []


@pytest.mark.parametrize("target,sah", [(12, True), ("12,5", True), ("0", False), (-1, False), ("dua", False),
                                        (None, False), (True, False)])
def test_target_iki_angka_positif(target, sah):
    iki = {"indikator": "Jumlah laporan", "aspek": "Kuantitas", "target": target, "satuan": "laporan"}
    assert (L.periksa_iki(iki) == []) is sah


def test_alur_status_draft_diajukan_ditolak_revisi_disetujui():
    skp = skp_lengkap()
    diajukan = L.ajukan(skp, RHK_ATASAN)
    assert diajukan["status"] == "Diajukan" and skp["status"] == "Draft"  # fungsi tidak mengubah masukan
    with pytest.raises(KesalahanPengguna, match="wajib diberi catatan"):
        L.putuskan_atasan(diajukan, setuju=False, catatan="  ")
    ditolak = L.putuskan_atasan(diajukan, setuju=False, catatan="Target IKI terlalu rendah.")
    assert ditolak["status"] == "Ditolak" and ditolak["catatan_atasan"] == "Target IKI terlalu rendah."
    revisi = L.setelah_diubah(ditolak)
    assert revisi["status"] == "Draft"
    disetujui = L.putuskan_atasan(L.ajukan(revisi, RHK_ATASAN), setuju=True)
    assert disetujui["status"] == "Disetujui"
    assert [r["status"] for r in disetujui["riwayat"]] == ["Diajukan", "Ditolak", "Draft", "Diajukan", "Disetujui"]


def test_gerbang_ajukan_menyebut_setiap_aturan_yang_dilanggar():
    skp = skp_lengkap()
    skp["periode"]["bulan_akhir"] = 1
    skp["rhk"][0]["rhk_atasan"] = ""
    with pytest.raises(KesalahanPengguna) as e:
        L.ajukan(skp, RHK_ATASAN)
    assert "Januari sampai Desember" in str(e.value) and "intervensi" in str(e.value)


def test_transisi_yang_tidak_sah_ditolak():
    disetujui = L.putuskan_atasan(L.ajukan(skp_lengkap()), setuju=True)
    with pytest.raises(KesalahanPengguna, match="tidak dapat diubah"):
        L.setelah_diubah(disetujui)
    with pytest.raises(KesalahanPengguna, match="tidak dapat diajukan"):
        L.ajukan(disetujui)
    with pytest.raises(KesalahanPengguna, match="hanya dapat memutuskan"):
        L.putuskan_atasan(skp_lengkap(), setuju=True)


def test_pendekatan_kualitatif_menerima_target_uraian():
    iki = {"indikator": "Kualitas rekomendasi kebijakan", "aspek": "Kualitas",
           "target": "diterima pimpinan tanpa revisi", "satuan": "dokumen"}
    assert L.periksa_iki(iki, pendekatan="Kualitatif") == []
    assert "angka lebih dari 0" in L.periksa_iki(iki, pendekatan="Kuantitatif")[0]
    assert L.periksa_iki({**iki, "target": " "}, pendekatan="Kualitatif") != []


def test_ekspektasi_khusus_pimpinan_opsional():
    skp = skp_lengkap()
    skp["perilaku"] = {nilai: "; ".join(panduan) for nilai, panduan in BERAKHLAK.items()}
    assert L.periksa_skp(skp, RHK_ATASAN) == []
    skp["perilaku"] = {}
    assert L.periksa_skp(skp, RHK_ATASAN) == []


def test_status_skp_memakai_aturan_simulasi():
    """Perpindahan status Form SKP memakai gerbang simulasi e-Kinerja: pesan dan syaratnya sama."""
    from bimtek.ekinerja import aksi as A
    from bimtek.ekinerja.keadaan import Simulasi

    diajukan = L.ajukan(skp_lengkap(), RHK_ATASAN)
    with pytest.raises(A.AksiDitolak) as dari_form:
        L.putuskan_atasan(diajukan, setuju=False, catatan="ok")  # catatan terlalu pendek
    s = Simulasi(peran="atasan")
    s.skp.status = "Diajukan"
    with pytest.raises(A.AksiDitolak) as dari_simulasi:
        A.terapkan(s, A.tolak, "ok")
    assert dari_form.value.pesan == dari_simulasi.value.pesan
    # Catatan penolakan lama tidak tampil lagi setelah disetujui (seperti simulasi).
    ditolak = L.putuskan_atasan(diajukan, setuju=False, catatan="Target terlalu rendah")
    disetujui = L.putuskan_atasan(L.ajukan(L.setelah_diubah(ditolak), RHK_ATASAN), setuju=True)
    assert disetujui["catatan_atasan"] == ""
