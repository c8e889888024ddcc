"""Tugas nbgrader kit: satu per modul, ditemukan dari folder `notebooks/`, dan API nbgrader untuk akar kursus."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bimtek import lokasi

AKAR_REPO = lokasi.bahan()
AKAR_KURSUS = lokasi.konfigurasi_kursus().parent
FOLDER_SUMBER = lokasi.folder_sumber()

# Nama tugas: "modul-<nomor>-<topik>", sama dengan nama folder dan nama notebook sumbernya.
POLA_TUGAS = re.compile(r"^modul-\d+-[a-z0-9-]+$")


def daftar_tugas(folder_sumber: Path = FOLDER_SUMBER) -> list[str]:
    """Semua tugas yang punya notebook sumber `notebooks/<tugas>/<tugas>.ipynb`, urut nomor modul."""
    tugas = [
        p.name
        for p in Path(folder_sumber).iterdir()
        if p.is_dir() and POLA_TUGAS.match(p.name) and (p / f"{p.name}.ipynb").is_file()
    ]
    return sorted(tugas, key=lambda n: (int(n.split("-")[1]), n))


def api_kursus(akar_kursus: Path = AKAR_KURSUS, ubah: Mapping[str, Mapping[str, Any]] | None = None) -> Any:
    """NbGraderAPI dengan konfigurasi `akar_kursus/nbgrader_config.py`; `ubah` menimpa nilai tertentu
    (mis. {"CourseDirectory": {"root": ...}} untuk kursus sementara pada uji)."""
    # nbgrader menjalankan program `alembic` dari PATH saat membuka buku nilai; lingkungan virtual kit mungkin
    # tidak ada di PATH (mis. `.venv/bin/bimtek mulai` atau `make test`), jadi tambahkan foldernya.
    folder_bin = os.path.dirname(sys.executable)
    if folder_bin not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = folder_bin + os.pathsep + os.environ.get("PATH", "")
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config import Config, PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(akar_kursus)).load_config()
    if ubah:
        config.merge(Config({kelas: dict(nilai) for kelas, nilai in ubah.items()}))
    coursedir = CourseDirectory(config=config)
    return NbGraderAPI(coursedir=coursedir, config=config)
