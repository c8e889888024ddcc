import subprocess
import sys

import pytest

from bimtek.cli import main


def _jalankan(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bimtek.cli", *args], capture_output=True, text=True)


def test_bantuan_berbahasa_indonesia():
    hasil = _jalankan("--help")
    assert hasil.returncode == 0
    for kata in ("cara pakai:", "tampilkan bantuan ini lalu keluar", "perintah", "mulai", "aturan"):
        assert kata in hasil.stdout
    for inggris in ("usage:", "show this help", "positional arguments"):
        assert inggris not in hasil.stdout


def test_pilihan_tidak_dikenal_berbahasa_indonesia():
    hasil = _jalankan("terbang")
    assert hasil.returncode == 2
    assert "galat:" in hasil.stderr and "tidak dikenal" in hasil.stderr


def test_aturan_nip(capsys):
    assert main(["aturan", "nip", "19860926 201505 1 001"]) == 0
    assert "NIP SAH" in capsys.readouterr().out
    assert main(["aturan", "nip", "19860926 201505 3 001"]) == 1
    assert "jenis kelamin" in capsys.readouterr().out


def test_aturan_predikat_dan_pensiun(capsys):
    assert main(["aturan", "predikat", "diatas", "DI BAWAH EKSPEKTASI"]) == 0
    assert capsys.readouterr().out.strip() == "Kurang/Misconduct"
    assert main(["aturan", "pensiun", "1967-05-14", "Pelaksana"]) == 0
    assert "2025-06-01" in capsys.readouterr().out


@pytest.mark.parametrize("args", [
    ["aturan", "predikat", "bagus", "sesuai"],
    ["aturan", "pensiun", "14-05-1967", "Pelaksana"],
    ["aturan", "pensiun", "1967-05-14", "Fungsional"],
])
def test_aturan_masukan_buruk(args, capsys):
    assert main(args) == 2
    assert capsys.readouterr().err.startswith("Galat: ")
