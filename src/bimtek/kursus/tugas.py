"""Tugas nbgrader kit: satu per modul, ditemukan dari folder `notebooks/`; API nbgrader lewat adapter kelas."""

from __future__ import annotations

import re
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
    """NbGraderAPI kursus `akar_kursus` lewat adapter nbgrader kit (bimtek.kelas.folder_kelas); `ubah` menimpa
    nilai tertentu (mis. {"CourseDirectory": {"root": ...}} untuk kursus sementara pada uji)."""
    from bimtek.kelas.folder_kelas import FolderKelas

    tambahan = {f"{bagian}.{nama}": nilai for bagian, isi in (ubah or {}).items() for nama, nilai in isi.items()}
    return FolderKelas(akar_kursus).api(**tambahan)
