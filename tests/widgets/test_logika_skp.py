"""Aturan Form SKP tanpa peramban: periode tahunan, RHK yang mengintervensi, IKI, BerAKHLAK, alur status."""

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
    skp["perilaku"] = {nilai: "; ".join(panduan) for nilai, panduan in BERAKHLAK.items()}
    return skp


def test_skp_lengkap_tidak_melanggar_aturan():
    assert L.periksa_skp(skp_lengkap(), RHK_ATASAN) == []


@pytest.mark.parametrize("jenis", ["Bulanan", "Triwulanan"])
def test_periode_bulanan_adalah_kesalahan_umum(jenis):
    skp = skp_lengkap()
    skp["jenis_periode"] = jenis
    pesan = L.periksa_skp(skp, RHK_ATASAN)
    assert len(pesan) == 1 and "harus tahunan" in pesan[0] and jenis.lower() in pesan[0]


def test_skp_kosong_menyebut_semua_yang_kurang():
    pesan = L.periksa_skp(L.skp_kosong(), RHK_ATASAN)
    assert any("RHK Utama" in p for p in pesan)
    assert any("Perilaku kerja" in p and "Kolaboratif" in p for p in pesan)


def test_rhk_tanpa_intervensi_dan_iki_tidak_lengkap():
    skp = skp_lengkap()
    skp["rhk"].append({"jenis": "Tambahan", "rencana_hasil_kerja": "Menjadi narasumber", "rhk_atasan": "",
                       "iki": [{"indikator": "", "aspek": "Mutu", "target": 0, "satuan": ""}]})
    pesan = L.periksa_skp(skp, RHK_ATASAN)
    assert [p.split(":")[0] for p in pesan] == ["RHK 2", "RHK 2, IKI 1", "RHK 2, IKI 1", "RHK 2, IKI 1",
                                                "RHK 2, IKI 1"]
    assert "intervensi" in pesan[0] and "matriks peran hasil" in pesan[0]


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
    skp["jenis_periode"] = "Bulanan"
    skp["perilaku"]["Loyal"] = ""
    with pytest.raises(KesalahanPengguna) as e:
        L.ajukan(skp, RHK_ATASAN)
    assert "harus tahunan" in str(e.value) and "Loyal" in str(e.value)


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


def test_ekspektasi_perilaku_wajib_dapat_dimatikan(monkeypatch):
    skp = skp_lengkap()
    skp["perilaku"] = {}
    assert any("Perilaku kerja" in p for p in L.periksa_skp(skp, RHK_ATASAN))
    monkeypatch.setattr(L, "EKSPEKTASI_PERILAKU_WAJIB", False)
    assert L.periksa_skp(skp, RHK_ATASAN) == []
