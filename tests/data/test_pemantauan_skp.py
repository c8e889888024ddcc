"""Pemantauan pengisian SKP: pola "Dairi 10% dibanding Deli Serdang 80%" antarpemda, diikuti dari bulan ke bulan."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from bimtek.data import pegawai, struktur, tata_kelola
from bimtek.data.alat import acak


def _pemantauan(n_pemda: int, seed: int):
    rng = acak(seed, "struktur")
    org = pegawai.gabung_organisasi(struktur.susun_semua(
        rng, [(f"Kabupaten Uji {i}", "Kabupaten", 300) for i in range(n_pemda)]))
    pop = pegawai.buat_populasi(seed, org, dt.date(2025, 12, 31))
    return tata_kelola.buat_pemantauan_skp(seed, pop, org, 2025)


@pytest.mark.parametrize(("n_pemda", "seed"), [(2, 1), (3, 7), (12, 2025)])
def test_pemda_rendah_dan_tinggi_selalu_ada(n_pemda, seed):
    m = _pemantauan(n_pemda, seed)
    akhir = m[m["tanggal"] == m["tanggal"].max()].groupby("instansi")[
        ["jumlah_skp_disetujui", "jumlah_pegawai"]].sum()
    persen = 100 * akhir["jumlah_skp_disetujui"] / akhir["jumlah_pegawai"]
    assert len(persen) == n_pemda
    # Pola berita 2023: sebagian pemda sekitar 10%, sebagian sekitar 80% (OPD menambah simpangan di sekitarnya).
    assert persen.min() <= 30 and persen.max() >= 60 and persen.max() - persen.min() >= 40


def test_kemajuan_diikuti_per_akhir_bulan():
    m = _pemantauan(4, 3)
    tanggal = sorted(m["tanggal"].dt.date.unique())
    assert len(tanggal) == 12 and tanggal[0] == dt.date(2025, 1, 31) and tanggal[-1] == dt.date(2025, 12, 31)
    per_pemda = m.groupby(["instansi", "tanggal"])["jumlah_skp_disetujui"].sum().unstack()
    assert (np.diff(per_pemda.to_numpy(), axis=1) >= 0).all()
    assert (per_pemda.iloc[:, 0] < per_pemda.iloc[:, -1]).all()
