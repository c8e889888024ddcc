"""Dataset bersama untuk uji data sintetis (dibuat sekali per sesi uji)."""

from __future__ import annotations

import pytest

from bimtek.data import buat_dataset


@pytest.fixture(scope="session")
def kelas():
    return buat_dataset("kelas")


@pytest.fixture(scope="session")
def sedang():
    """Pemda berukuran beberapa ribu pegawai (lengkap dengan sekretariat, subbagian, kelurahan)."""
    return buat_dataset(4000, seed=11)
