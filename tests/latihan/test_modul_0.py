"""Soal Modul 0: jawaban benar lulus, kesalahan umum mendapat pesan yang menyebutnya."""

from __future__ import annotations

import pytest

from bimtek import aturan
from bimtek.latihan import Salah
from bimtek.latihan.modul_0 import soal_1, soal_2, soal_3, soal_4


def test_soal_1_jam_kerja() -> None:
    soal_1.uji(ruang={"jam_kerja_per_hari": 7.5, "menit_kerja_per_minggu": 2250})
    with pytest.raises(Salah, match="tidak sesuai Perpres 21/2023"):
        soal_1.uji("a", ruang={"jam_kerja_per_hari": 8})
    with pytest.raises(Salah, match="masih dalam jam"):
        soal_1.uji("b", ruang={"menit_kerja_per_minggu": aturan.JAM_KERJA_PER_MINGGU})
    with pytest.raises(Salah, match="True/False"):
        soal_1.uji("a", ruang={"jam_kerja_per_hari": True})


def test_soal_2_sumbu_tertukar_disebut() -> None:
    soal_2.uji(ruang={"predikat_budi": "Butuh Perbaikan"})
    with pytest.raises(Salah, match="sumbunya tertukar"):
        soal_2.uji(ruang={"predikat_budi": "Kurang/Misconduct"})
    with pytest.raises(Salah, match="tulislah persis"):
        soal_2.uji(ruang={"predikat_budi": "butuh perbaikan"})


def test_soal_3_menit_terlambat() -> None:
    def benar(jam: str) -> int:
        j, m = map(int, jam.split(":"))
        return max(0, j * 60 + m - 450)

    soal_3.uji(ruang={"menit_terlambat": benar})
    with pytest.raises(Salah, match="bukan angka negatif"):
        soal_3.uji(ruang={"menit_terlambat": lambda jam: benar(jam) if jam >= "07:30" else -20})
    with pytest.raises(Salah, match="bukan 08:00"):
        soal_3.uji(ruang={"menit_terlambat": lambda jam: max(0, int(jam[:2]) * 60 + int(jam[3:]) - 480)})
    with pytest.raises(Salah, match="gagal dijalankan: nilainya"):
        soal_3.uji(ruang={"menit_terlambat": lambda jam: int(jam)})


def test_soal_4_tabel_pegawai() -> None:
    from bimtek.data import muat

    pegawai = muat("pegawai")
    pppk = int((pegawai["status_kepegawaian"] == "PPPK").sum())
    soal_4.uji(ruang={"jumlah_pegawai": len(pegawai), "jumlah_pppk": pppk})
    with pytest.raises(Salah, match="jumlah PNS"):
        soal_4.uji("b", ruang={"jumlah_pppk": len(pegawai) - pppk})
