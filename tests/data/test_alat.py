"""Alat teks generator: jalan pintas harus sama persis dengan versi umumnya."""

from __future__ import annotations

import os

import numpy as np
import pyarrow as pa
import pytest

from bimtek.data.alat import angka_teks, gabung, satu_pengalokasi, teks_berurut, utas_kedua


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


def test_utas_kedua_dipakai_ulang_dan_tidak_diwarisi_proses_anak():
    utas = utas_kedua()
    assert utas_kedua() is utas
    assert utas.submit(lambda: 41 + 1).result(timeout=10) == 42
    baca, tulis = os.pipe()
    pid = os.fork()
    if pid == 0:  # proses anak: utas pekerja induk tidak ada di sini, jadi harus dibuat baru dan bekerja
        try:
            baru = utas_kedua()
            hasil = baru.submit(lambda: 7).result(timeout=10)
            os.write(tulis, b"baru" if baru is not utas and hasil == 7 else b"lama")
        finally:
            os._exit(0)
    os.close(tulis)
    os.waitpid(pid, 0)
    assert os.read(baca, 10) == b"baru"
    os.close(baca)
