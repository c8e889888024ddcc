"""Tugas kursus kit: satu per modul, ditemukan dari folder notebook sumber (`notebooks/<tugas>/<tugas>.ipynb`)."""

from __future__ import annotations

import re
from pathlib import Path

from bimtek import lokasi

AKAR_REPO = lokasi.bahan()
AKAR_KURSUS = lokasi.konfigurasi_kursus().parent
FOLDER_SUMBER = lokasi.folder_sumber()

# Nama tugas: "modul-<nomor>-<topik>", sama dengan nama folder dan nama notebook sumbernya.
POLA_TUGAS = re.compile(r"^modul-\d+-[a-z0-9-]+$")


def daftar_tugas(folder_sumber: Path = FOLDER_SUMBER) -> list[str]:
    """Semua tugas yang punya notebook sumber `<folder_sumber>/<tugas>/<tugas>.ipynb`, urut nomor modul."""
    tugas = [
        p.name
        for p in Path(folder_sumber).iterdir()
        if p.is_dir() and POLA_TUGAS.match(p.name) and (p / f"{p.name}.ipynb").is_file()
    ]
    return sorted(tugas, key=lambda n: (int(n.split("-")[1]), n))
