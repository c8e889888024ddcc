"""Soal latihan: periksa mandiri, uji untuk nbgrader, petunjuk bertingkat, tanpa solusi untuk soal yang dinilai."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import bimtek.latihan
from bimtek.latihan import Bagian, Salah, Soal


def _harus_dua(nilai: object) -> None:
    if nilai != 2:
        raise Salah(f"{nilai!r} bukan 2.")


def _soal() -> Soal:
    return Soal(9, "Contoh", [Bagian("a", "angka dua", ("x",), _harus_dua), Bagian("b", "angka dua lagi", ("y",),
                                                                                    _harus_dua)],
                ["petunjuk pertama", "petunjuk kedua", "petunjuk ketiga"])


def test_cek_membaca_variabel_pemanggil(capsys: pytest.CaptureFixture[str]) -> None:
    soal = _soal()
    assert soal.cek(ruang={"x": 2, "y": 2}) is None
    assert "[BENAR] Benar! Soal 9 selesai." in capsys.readouterr().out


def test_cek_dari_ruang_nama_global(capsys: pytest.CaptureFixture[str]) -> None:
    globals()["x"], globals()["y"] = 2, 3
    try:
        _soal().cek()
    finally:
        del globals()["x"], globals()["y"]
    keluaran = capsys.readouterr().out
    assert "Soal 9a (angka dua): benar." in keluaran and "3 bukan 2" in keluaran
    assert "Soal 9b (angka dua lagi): belum tepat" in keluaran
    assert "soal_9.petunjuk()" in keluaran


def test_variabel_belum_ada_disebut(capsys: pytest.CaptureFixture[str]) -> None:
    _soal().cek(ruang={"x": 2})
    assert "Soal 9b (angka dua lagi): belum dijawab. Variabel `y` belum ada" in capsys.readouterr().out


def test_uji_per_bagian_untuk_nilai_parsial() -> None:
    soal = _soal()
    soal.uji("a", ruang={"x": 2, "y": 5})
    with pytest.raises(Salah, match=r"Soal 9b \(angka dua lagi\): 5 bukan 2"):
        soal.uji("b", ruang={"x": 2, "y": 5})
    with pytest.raises(ValueError, match="tidak punya bagian 'c'"):
        soal.uji("c", ruang={})


def test_galat_kode_peserta_dilaporkan_oleh_cek(capsys: pytest.CaptureFixture[str]) -> None:
    def rusak(_: object) -> None:
        raise ZeroDivisionError("pembagian dengan nol")

    soal = Soal(1, "Rusak", [Bagian("", "apa saja", ("x",), rusak)], ["satu", "dua"])
    soal.cek(ruang={"x": 1})
    keluaran = capsys.readouterr().out
    assert "pembagian dengan nol" in keluaran and "ZeroDivisionError" not in keluaran


def test_petunjuk_dibuka_satu_per_satu(capsys: pytest.CaptureFixture[str]) -> None:
    soal = _soal()
    soal.petunjuk()
    pertama = capsys.readouterr().out
    assert "Petunjuk 1 dari 3\n   petunjuk pertama" in pertama and "petunjuk kedua" not in pertama
    soal.petunjuk()
    assert "Petunjuk 2 dari 3\n   petunjuk kedua" in capsys.readouterr().out
    soal.petunjuk()
    soal.petunjuk()
    terakhir = capsys.readouterr().out
    assert "Semua 3 petunjuk" in terakhir and "fasilitator" in terakhir


def test_soal_dinilai_tidak_memberi_solusi(capsys: pytest.CaptureFixture[str]) -> None:
    _soal().solusi()
    assert "tidak ditampilkan" in capsys.readouterr().out
    with pytest.raises(ValueError, match="tidak boleh"):
        Soal(1, "x", [], ["a", "b"], solusi="x = 1")
    latihan_bebas = Soal(2, "Latihan bebas", [], ["a", "b"], dinilai=False, solusi="x = 1")
    latihan_bebas.solusi()
    assert "x = 1" in capsys.readouterr().out


def test_petunjuk_minimal_dua_tingkat() -> None:
    with pytest.raises(ValueError, match="dua tingkat"):
        Soal(1, "x", [], ["hanya satu"])


def _modul_latihan() -> list:
    return [
        importlib.import_module(f"bimtek.latihan.{m.name}")
        for m in pkgutil.iter_modules(bimtek.latihan.__path__)
        if m.name.startswith("modul_")
    ]


@pytest.mark.parametrize("modul", _modul_latihan(), ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_setiap_modul_latihan_mengikuti_pola(modul) -> None:
    assert modul.TUGAS and len(modul.SOAL) >= 4
    assert [s.nomor for s in modul.SOAL] == list(range(1, len(modul.SOAL) + 1))
    for soal in modul.SOAL:
        assert getattr(modul, f"soal_{soal.nomor}") is soal
        assert len(soal.daftar_petunjuk) >= 2 and soal.bagian
        assert not (soal.dinilai and soal._solusi)
