"""periksa_distribusi_jumlah memberi hasil yang sama dengan periksa_distribusi atas daftar yang setara."""

from __future__ import annotations

import itertools

import pytest

from bimtek import aturan
from bimtek.aturan.kinerja import periksa_distribusi_jumlah


@pytest.mark.parametrize("organisasi", aturan.PREDIKAT_ORGANISASI)
def test_sama_dengan_periksa_distribusi(organisasi):
    for jumlah in itertools.product(range(4), repeat=5):
        if not sum(jumlah):
            continue
        daftar = [p for p, k in zip(aturan.PREDIKAT, jumlah, strict=True) for _ in range(k)]
        a = aturan.periksa_distribusi(organisasi, daftar)
        b = periksa_distribusi_jumlah(organisasi, dict(zip(aturan.PREDIKAT, jumlah, strict=True)))
        assert (a.sesuai, a.pelanggaran, a.jumlah) == (b.sesuai, b.pelanggaran, b.jumlah)


def test_predikat_tidak_baku_dan_kosong_ditolak():
    with pytest.raises(ValueError, match="tidak dikenal"):
        periksa_distribusi_jumlah("Baik", {"baik": 3})
    with pytest.raises(ValueError, match="kosong"):
        periksa_distribusi_jumlah("Baik", {"Baik": 0})
