"""Alat teks generator: jalan pintas harus sama persis dengan versi umumnya."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest

from bimtek.data.alat import angka_teks, gabung, satu_pengalokasi, teks_berurut


@pytest.mark.parametrize("n", [0, 1, 9, 10, 11, 99, 100, 38_787, 999_999, 1_000_000, 1_234_567])
@pytest.mark.parametrize(("awalan", "lebar"), [("U", 6), ("AB", 2)])
def test_teks_berurut_sama_dengan_gabung_angka_teks(n, awalan, lebar):
    lebar_penuh = max(lebar, len(str(n)))
    assert teks_berurut(awalan, n, lebar).equals(gabung(awalan, angka_teks(np.arange(1, n + 1), lebar_penuh)))


def test_satu_pengalokasi_memulihkan_kolam_pyarrow_juga_saat_galat():
    semula = pa.default_memory_pool()
    with pytest.raises(RuntimeError), satu_pengalokasi():
        assert pa.default_memory_pool().backend_name == "system"
        raise RuntimeError("gagal di tengah")
    assert pa.default_memory_pool().backend_name == semula.backend_name
