"""Alat teks generator: jalan pintas harus sama persis dengan versi umumnya."""

from __future__ import annotations

import numpy as np
import pytest

from bimtek.data.alat import angka_teks, gabung, teks_berurut


@pytest.mark.parametrize("n", [0, 1, 9, 10, 11, 99, 100, 38_787, 999_999, 1_000_000, 1_234_567])
@pytest.mark.parametrize(("awalan", "lebar"), [("U", 6), ("AB", 2)])
def test_teks_berurut_sama_dengan_gabung_angka_teks(n, awalan, lebar):
    lebar_penuh = max(lebar, len(str(n)))
    assert teks_berurut(awalan, n, lebar).equals(gabung(awalan, angka_teks(np.arange(1, n + 1), lebar_penuh)))
