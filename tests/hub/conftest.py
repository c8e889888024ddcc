"""Perlengkapan uji hub: wheel kit yang dibangun sekali per sesi uji."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

AKAR = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def wheel_kit(tmp_path_factory) -> Path:
    """Wheel kit yang dibangun dari repositori ini (bukan pemasangan editable)."""
    keluar = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(keluar), str(AKAR)],
                   check=True, capture_output=True, text=True)
    return next(keluar.glob("bimtek-*.whl"))


@pytest.fixture(scope="session")
def venv_wheel(tmp_path_factory, wheel_kit) -> Path:
    """Lingkungan virtual baru dengan wheel kit terpasang (tidak editable). Ketergantungan kit diambil dari
    lingkungan uji lewat satu berkas .pth agar uji tidak mengunduh ulang 120 paket; kit sendiri hanya dari wheel."""
    import site

    venv = tmp_path_factory.mktemp("venv") / "v"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    paket_venv = Path(subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                                     check=True, capture_output=True, text=True).stdout.strip())
    (paket_venv / "zz_ketergantungan.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    subprocess.run([str(py), "-m", "pip", "install", "--no-deps", "-q", str(wheel_kit)], check=True,
                   capture_output=True, text=True)
    return venv
