"""Pemuat dataset kelas: `muat("pegawai")` di mana pun kit dijalankan.

Urutan pencarian: folder yang diberikan; variabel lingkungan BIMTEK_DATA; `sample_data/` repositori (pemasangan
editable); bila tidak ada, dataset kelas dibuat ulang secara deterministik ke folder cache pengguna.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import pandas as pd

from bimtek import __version__, lokasi
from bimtek.data.berkas import BERKAS_INFO, baca_tabel, tulis_dataset
from bimtek.data.generator import SEED_BAWAAN, buat_dataset
from bimtek.data.kamus import NAMA_TABEL
from bimtek.galat import KesalahanPengguna

SAMPLE_DATA = lokasi.sample_data()


def _cache() -> Path:
    akar = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return akar / "bimtek" / f"kelas-seed{SEED_BAWAAN}-v{__version__}"


def folder_data(folder: str | Path | None = None) -> Path:
    """Folder dataset kelas yang dipakai `muat` (dibuat di cache bila belum ada)."""
    for calon in (folder, os.environ.get("BIMTEK_DATA")):
        if calon:
            p = Path(calon)
            if not (p / BERKAS_INFO).exists():
                raise KesalahanPengguna(f"Folder {p} bukan dataset bimtek (tidak ada {BERKAS_INFO}).")
            return p
    if (SAMPLE_DATA / BERKAS_INFO).exists():
        return SAMPLE_DATA
    tujuan = _cache()
    if not (tujuan / BERKAS_INFO).exists():
        tulis_dataset(buat_dataset("kelas", SEED_BAWAAN), tujuan, "csv", timpa=True)
    return tujuan


@cache
def _muat(folder: Path, nama: str) -> pd.DataFrame:
    return baca_tabel(folder, nama)


def muat(nama_tabel: str, folder: str | Path | None = None) -> pd.DataFrame:
    """Muat satu tabel dataset kelas sebagai DataFrame (NIP sebagai teks, tanggal sebagai datetime).

    Tabel: unit_kerja, pegawai, skp, rhk, iki, realisasi, penilaian, presensi, usulan_layanan, talenta.
    """
    nama = str(nama_tabel).strip().lower()
    if nama not in NAMA_TABEL:
        raise KesalahanPengguna(f"Tabel {nama_tabel!r} tidak ada. Pilihan: {', '.join(NAMA_TABEL)}.")
    return _muat(folder_data(folder).resolve(), nama).copy()
