"""Semua lokasi yang dipakai kit, di satu tempat.

Bahan kursus (notebook sumber, konfigurasi nbgrader, data contoh, sumber panduan, set gladi) punya susunan yang
sama di dua tempat:
- dijalankan dari salinan repositori (pemasangan editable): akar repositori itu sendiri;
- dipasang dari wheel: `bimtek/_bahan/` di dalam paket, dibaca lewat `importlib.resources` (disalin ke wheel
  saat dibangun oleh `setup.py`, sehingga susunan repositori `notebooks/`, `sample_data/`, `course/` tidak berubah).
Folder yang ditulis (kelas, ruang kerja, panduan yang dibangun) tidak pernah berada di dalam paket terpasang.
"""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from pathlib import Path

VAR_KELAS = "BIMTEK_KELAS"
NAMA_BAHAN = "_bahan"
# Isi bahan kursus relatif terhadap akarnya; daftar yang sama dipakai setup.py saat menyalin ke wheel.
ISI_BAHAN = ("notebooks", "grader/nbgrader_config.py", "grader/contoh_kiriman", "sample_data", "course",
             "mkdocs.yml")


@cache
def akar_repo() -> Path | None:
    """Akar salinan repositori bila kit dijalankan dari sana (src/bimtek/ di samping pyproject.toml), atau None."""
    calon = Path(__file__).resolve().parents[2]
    if (calon / "pyproject.toml").is_file() and (calon / "src" / "bimtek").is_dir() and (calon / "notebooks").is_dir():
        return calon
    return None


@cache
def bahan() -> Path:
    """Akar bahan kursus: repositori (checkout) atau data paket `bimtek/_bahan` (wheel)."""
    repo = akar_repo()
    if repo is not None:
        return repo
    return Path(str(resources.files("bimtek") / NAMA_BAHAN))


def folder_sumber() -> Path:
    """Notebook sumber nbgrader (berisi kunci jawaban dan uji tersembunyi)."""
    return bahan() / "notebooks"


def konfigurasi_kursus() -> Path:
    """nbgrader_config.py kursus (dimuat oleh konfigurasi setiap folder kelas)."""
    return bahan() / "grader" / "nbgrader_config.py"


def contoh_kiriman() -> Path:
    """Set gladi: kiriman contoh dengan skor harapannya."""
    return bahan() / "grader" / "contoh_kiriman"


def sample_data() -> Path:
    return bahan() / "sample_data"


def sumber_panduan() -> Path:
    """Folder berisi mkdocs.yml dan course/."""
    return bahan()


def kelas_bawaan() -> Path | None:
    """Folder kelas bawaan: $BIMTEK_KELAS, atau grader/ repositori; pada pemasangan wheel tidak ada bawaan."""
    if os.environ.get(VAR_KELAS):
        return Path(os.environ[VAR_KELAS])
    repo = akar_repo()
    return repo / "grader" if repo is not None else None


def ruang_kerja_bawaan() -> Path:
    """Ruang kerja peserta bawaan: ruang_kerja/ di repositori, atau di folder saat ini pada pemasangan wheel."""
    repo = akar_repo()
    return (repo if repo is not None else Path.cwd()) / "ruang_kerja"


def panduan_terbangun() -> Path:
    """Folder panduan yang sudah dibangun (site/)."""
    repo = akar_repo()
    if repo is not None:
        return repo / "site"
    akar = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return akar / "bimtek" / "site"


def folder_rahasia() -> list[Path]:
    """Bahan yang tidak boleh dibaca kode peserta (kunci jawaban, uji tersembunyi, set gladi), yang ada saja."""
    calon = [folder_sumber(), bahan() / "grader"]
    repo = akar_repo()
    if repo is not None:
        calon += [repo / n for n in ("tests", "ruang_kerja", "benchmarks", ".git")]
    return [p for p in calon if p.exists()]
