"""Paket luring: kit terpasang dari folder paket tanpa indeks paket (pip --no-index), jadi tanpa jaringan."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

AKAR = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.lambat


def test_paket_luring_terpasang_tanpa_jaringan(tmp_path):
    keluar = tmp_path / "paket"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    h = subprocess.run([sys.executable, "-m", "bimtek.cli", "paket-luring", "--keluar", str(keluar),
                        "--tanpa-panduan"], capture_output=True, text=True, timeout=900, env=env)
    assert h.returncode == 0, h.stderr
    assert (keluar / "pasang.sh").exists() and any((keluar / "roda").glob("bimtek-*.whl"))
    # Tanpa indeks dan tanpa cache: semua paket harus datang dari roda/; pengaturan pip mesin (indeks
    # cermin, find-links tambahan) dimatikan.
    env_luring = {k: v for k, v in env.items() if not k.startswith("PIP_")}
    env_luring.update(PIP_CONFIG_FILE=os.devnull, PIP_NO_INDEX="1", PIP_INDEX_URL="http://127.0.0.1:9/tidak-ada")
    h = subprocess.run(["sh", str(keluar / "pasang.sh"), str(tmp_path / "env")], capture_output=True, text=True,
                       timeout=900, env=env_luring)
    assert h.returncode == 0, h.stdout[-2000:] + h.stderr[-3000:]
    h = subprocess.run([str(tmp_path / "env" / "bin" / "bimtek"), "aturan", "nip", "198609262015051001"],
                       capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert h.returncode == 0, h.stderr
    cek = subprocess.run([str(tmp_path / "env" / "bin" / "python"), "-c",
                          "import bimtek.lokasi as l; print(l.akar_repo(), l.folder_sumber().is_dir())"],
                         capture_output=True, text=True, cwd=tmp_path)
    assert cek.stdout.split() == ["None", "True"], cek
