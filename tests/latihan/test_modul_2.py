"""Soal Modul 2: jawaban benar lulus, kesalahan umum (SKP bulanan, RHK tanpa intervensi, RHK sendiri dipakai
sebagai RHK atasan, target berisi teks) mendapat pesan yang menyebutnya."""

from __future__ import annotations

import pytest

from bimtek import aturan, jawaban
from bimtek.latihan import Salah
from bimtek.latihan.modul_2 import (
    PERILAKU_SOAL_5,
    RHK_ATASAN_DEDI,
    TUGAS,
    persona,
    skp_dedi,
    soal_1,
    soal_2,
    soal_3,
    soal_4,
    soal_5,
)
from bimtek.widgets import dari_data
from bimtek.widgets import logika_skp as L


def test_soal_1_membaca_berkas_jawaban_form(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(Salah, match="Form SKP belum diisi"):
        soal_1.uji("a", ruang={})
    t = dari_data.tabel_kelas("pegawai", "rhk")
    skp = L.skp_kosong(persona()["nip"], 2025)
    skp["periode"]["bulan_akhir"] = 1
    skp["rhk"] = [{"jenis": "Utama", "rencana_hasil_kerja": "Laporan tepat waktu",
                   "rhk_atasan": dari_data.rhk_atasan(persona()["nip"], t)[0],
                   "iki": [{"indikator": "Jumlah laporan", "aspek": "Kuantitas", "target": 12, "satuan": "laporan"}]}]
    jawaban.simpan(TUGAS, "skp", skp)
    with pytest.raises(Salah, match="tidak Januari sampai Desember"):
        soal_1.uji("a", ruang={})
    soal_1.uji("b", ruang={})
    skp["periode"]["bulan_akhir"] = 12
    jawaban.simpan(TUGAS, "skp", skp)
    with pytest.raises(Salah, match="klik \"Ajukan\""):
        soal_1.uji("c", ruang={})
    jawaban.simpan(TUGAS, "skp", L.ajukan(skp))
    soal_1.uji(ruang={})


def test_soal_2_skp_dedi() -> None:
    perbaikan = skp_dedi()
    with pytest.raises(Salah, match="tidak Januari sampai Desember"):
        soal_2.uji("a", ruang={"skp_dedi_perbaikan": perbaikan})
    perbaikan["periode"]["bulan_akhir"] = 12
    soal_2.uji("a", ruang={"skp_dedi_perbaikan": perbaikan})
    with pytest.raises(Salah, match="intervensi"):
        soal_2.uji("b", ruang={"skp_dedi_perbaikan": perbaikan})
    dihapus = {**perbaikan, "rhk": perbaikan["rhk"][:1]}
    with pytest.raises(Salah, match="jangan dihapus"):
        soal_2.uji("b", ruang={"skp_dedi_perbaikan": dihapus})
    perbaikan["rhk"][1]["rhk_atasan"] = RHK_ATASAN_DEDI[1]
    perbaikan["rhk"][1]["iki"][0]["satuan"] = "persen"
    soal_2.uji(ruang={"skp_dedi_perbaikan": perbaikan})


def test_soal_3_matriks_peran_hasil() -> None:
    t = dari_data.tabel_kelas("pegawai", "rhk")
    rhk = t["rhk"]
    saya = persona()
    milik_atasan = rhk[rhk["nip"] == saya["atasan_nip"]]
    benar = {r["rencana_hasil_kerja"]: int((rhk["rhk_atasan_id"] == r["rhk_id"]).sum())
             for _, r in milik_atasan.iterrows()}
    soal_3.uji(ruang={"rhk_atasan_saya": milik_atasan["rencana_hasil_kerja"].tolist(), "jumlah_intervensi": benar})
    sendiri = rhk[rhk["nip"] == saya["nip"]]["rencana_hasil_kerja"].tolist()
    with pytest.raises(Salah, match="RHK pegawai contoh sendiri"):
        soal_3.uji("a", ruang={"rhk_atasan_saya": sendiri})
    hanya_saya = {k: int((rhk[rhk["nip"] == saya["nip"]]["rhk_atasan_id"] == i).sum())
                  for k, i in zip(milik_atasan["rencana_hasil_kerja"], milik_atasan["rhk_id"], strict=True)}
    if hanya_saya != benar:
        with pytest.raises(Salah, match="seharusnya"):
            soal_3.uji("b", ruang={"jumlah_intervensi": hanya_saya})
    with pytest.raises(Salah, match="termasuk yang tidak diintervensi"):
        soal_3.uji("b", ruang={"jumlah_intervensi": benar | {"RHK lain": 0}})


def test_soal_4_iki() -> None:
    a = {"indikator": "Jumlah usulan diverifikasi", "aspek": "Kuantitas", "target": 120, "satuan": "usulan"}
    b = {"indikator": "Lama verifikasi per usulan", "aspek": "Waktu", "target": 5, "satuan": "hari kerja"}
    soal_4.uji(ruang={"iki_kuantitas": a, "iki_waktu": b})
    with pytest.raises(Salah, match="target berupa angka"):
        soal_4.uji("a", ruang={"iki_kuantitas": {**a, "target": "120 usulan"}})
    with pytest.raises(Salah, match="mengukur waktu"):
        soal_4.uji("b", ruang={"iki_waktu": {**b, "aspek": "Kuantitas"}})


def test_soal_5_berakhlak() -> None:
    benar = {p: next(n for n, g in aturan.BERAKHLAK.items() if p in g) for p in PERILAKU_SOAL_5}
    soal_5.uji(ruang={"pasangan_berakhlak": benar})
    tukar = {**benar, "Menjaga rahasia jabatan dan negara": "Akuntabel"}
    with pytest.raises(Salah, match="panduan nilai lain"):
        soal_5.uji(ruang={"pasangan_berakhlak": tukar})
    with pytest.raises(Salah, match="bukan nilai BerAKHLAK"):
        soal_5.uji(ruang={"pasangan_berakhlak": {**benar, "Bertindak proaktif": "Inovatif"}})
