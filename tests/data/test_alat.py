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


def test_nip_massal_sama_dengan_aturan_per_baris():
    import datetime as dt

    from bimtek import aturan
    from bimtek.data.larik import angka_ni_pppk_massal, angka_nip_massal, angka_tanggal_massal

    lahir = np.array(["1986-09-26", "1964-02-29", "2001-12-31"], dtype="datetime64[D]")
    tmt = np.array(["2015-05-01", "1990-01-01", "2024-12-01"], dtype="datetime64[D]")
    jk = np.array(["L", "P", "P"])
    urut = np.array([1, 2, 999])
    harapan = [aturan.buat_nip(lahir[i].astype(dt.date), tmt[i].astype(dt.date), jk[i], int(urut[i]))
               for i in range(3)]
    assert [str(x) for x in angka_nip_massal(lahir, tmt, jk, urut)] == harapan
    pppk = [aturan.buat_ni_pppk(lahir[i].astype(dt.date), 2025, jk[i], int(urut[i])) for i in range(3)]
    assert [str(x) for x in angka_ni_pppk_massal(lahir, np.full(3, 2025), jk, urut)] == pppk
    assert angka_tanggal_massal(np.array(["2199-12-31", "1800-01-02"], dtype="datetime64[D]")).tolist() == [
        21991231, 18000102]
