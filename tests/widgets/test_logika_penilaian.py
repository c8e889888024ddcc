"""Aturan Form penilaian tanpa peramban: predikat dari dua rating, sebaran unit terhadap pola organisasi."""

from __future__ import annotations

from bimtek.widgets import logika_penilaian as L


def entri(hasil, perilaku, umpan="Realisasi sesuai bukti."):
    return {"umpan_balik": umpan, "rating_hasil_kerja": hasil, "rating_perilaku_kerja": perilaku}


def test_predikat_muncul_setelah_kedua_rating_dipilih():
    assert L.predikat_entri(entri("Di Atas Ekspektasi", None)) is None
    assert L.predikat_entri(entri("diatas", "di bawah")) == "Kurang/Misconduct"
    assert L.predikat_entri(entri("Di Bawah Ekspektasi", "Di Atas Ekspektasi")) == "Butuh Perbaikan"
    assert L.lengkapi_entri(entri("Sesuai Ekspektasi", "Di Atas Ekspektasi"))["predikat_kinerja"] == "Baik"


def test_periksa_entri_menyebut_yang_belum_diisi():
    assert L.periksa_entri(entri("Sesuai Ekspektasi", "Sesuai Ekspektasi")) == []
    pesan = L.periksa_entri(entri(None, None, umpan=" "), "Siti")
    assert len(pesan) == 3 and all(p.startswith("Siti:") for p in pesan)


def test_distribusi_unit_menggabungkan_bawahan_dan_pegawai_lain():
    assert L.distribusi_unit("Baik", [entri(None, None)]) is None
    semua_baik = [entri("Sesuai Ekspektasi", "Sesuai Ekspektasi")] * 3
    hasil = L.distribusi_unit("Baik", semua_baik)
    assert not hasil.sesuai  # unit Baik wajib punya Butuh Perbaikan dan/atau Kurang, dan Baik paling banyak 70%
    hasil = L.distribusi_unit("Baik", semua_baik, predikat_lain=["Butuh Perbaikan", "Sangat Baik"])
    assert hasil.sesuai, hasil.pelanggaran
    assert hasil.jumlah["Baik"] == 3 and hasil.jumlah["Butuh Perbaikan"] == 1


def test_uraian_dan_batas_pola():
    assert L.uraian_pola("sangat kurang")[-1] == "Sangat Baik: tidak boleh ada"
    batas = {k: (mn, mx) for k, mn, mx in L.batas_pola("Butuh Perbaikan")}
    assert batas[("Butuh Perbaikan",)] == (0.6, None) and batas[("Sangat Baik",)] == (None, 0.1)
    assert L.batas_pola("Baik")[0] == (("Baik",), 0.5, 0.7)
    assert L.uraian_pola("Baik")[0] == "Baik: sebagian besar (lebih dari separuh), paling banyak 70%"
