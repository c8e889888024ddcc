"""Kelas uji di folder sementara: salinan kursus kecil tests/kelas/kursus_contoh (bukan modul sungguhan)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bantu_kelas import KURSUS_CONTOH

from bimtek.cli import main as cli_main


@pytest.fixture
def kelas_uji(tmp_path: Path) -> Path:
    folder = tmp_path / "kelas"
    shutil.copytree(KURSUS_CONTOH, folder)
    return folder


@pytest.fixture
def bimtek(capsys: pytest.CaptureFixture[str]):
    """Jalankan `bimtek ...` lewat baris perintah (dalam proses) dan kembalikan (kode keluar, stdout, stderr)."""

    def jalankan(*argv: str) -> tuple[int, str, str]:
        kode = cli_main(list(argv))
        keluaran = capsys.readouterr()
        return kode, keluaran.out, keluaran.err

    return jalankan

