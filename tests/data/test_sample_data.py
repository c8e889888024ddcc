"""sample_data/ adalah dataset kelas seed bawaan: dibuat ulang dan dibandingkan byte demi byte."""

from __future__ import annotations

import filecmp

from bimtek.data import buat_dataset
from bimtek.data.berkas import tulis_dataset
from bimtek.data.pemuat import SAMPLE_DATA


def test_sample_data_sama_dengan_generator(tmp_path):
    tulis_dataset(buat_dataset("kelas"), tmp_path / "baru", "csv")
    baru = sorted(p.name for p in (tmp_path / "baru").iterdir())
    assert sorted(p.name for p in SAMPLE_DATA.iterdir()) == baru
    _, beda, galat = filecmp.cmpfiles(SAMPLE_DATA, tmp_path / "baru", baru, shallow=False)
    assert beda == [] and galat == [], (
        f"sample_data/ tidak sama dengan generator ({beda}). Buat ulang: "
        "bimtek data buat --skala kelas --keluaran sample_data --timpa")


def test_sample_data_kecil():
    assert sum(p.stat().st_size for p in SAMPLE_DATA.iterdir()) < 4_000_000
