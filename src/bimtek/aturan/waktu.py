"""Hitungan tanggal yang dipakai banyak aturan: usia, masa kerja, menambah tahun."""

from __future__ import annotations

from datetime import date
from functools import cache


def tambah_tahun(tanggal: date, tahun: int) -> date:
    """Tanggal yang sama `tahun` tahun kemudian; 29 Februari menjadi 28 Februari pada tahun bukan kabisat
    (usia tetap dicapai pada bulan kelahiran, penting untuk TMT pensiun)."""
    try:
        return tanggal.replace(year=tanggal.year + tahun)
    except ValueError:
        return date(tanggal.year + tahun, 2, 28)


def usia(tanggal_lahir: date, pada: date) -> int:
    """Usia dalam tahun penuh pada tanggal `pada`."""
    tahun = pada.year - tanggal_lahir.year
    if (pada.month, pada.day) < (tanggal_lahir.month, tanggal_lahir.day):
        tahun -= 1
    return tahun


def masa_kerja(mulai: date, pada: date) -> tuple[int, int]:
    """Masa kerja (tahun, bulan) penuh dari tanggal `mulai` sampai `pada`."""
    bulan = (pada.year - mulai.year) * 12 + (pada.month - mulai.month)
    if pada.day < mulai.day:
        bulan -= 1
    bulan = max(bulan, 0)
    return bulan // 12, bulan % 12


def awal_bulan_berikutnya(tanggal: date) -> date:
    """Tanggal 1 bulan sesudah bulan `tanggal`."""
    if tanggal.month == 12:
        return date(tanggal.year + 1, 1, 1)
    return date(tanggal.year, tanggal.month + 1, 1)


# --- Versi larik (numpy) untuk data besar ---
# Konversi datetime64 numpy antarsatuan (hari -> bulan -> tahun) lambat pada jutaan baris; tabel kalender
# 1900-2199 yang dibuat sekali menggantinya dengan satu pengambilan indeks. Tanggal di luar rentang itu (atau
# NaT) memakai konversi numpy biasa, jadi hasilnya selalu sama.
_TAHUN_AWAL, _TAHUN_AKHIR = 1900, 2200


@cache
def _kalender():
    import numpy as np

    hari = np.arange(np.datetime64(f"{_TAHUN_AWAL}-01-01"), np.datetime64(f"{_TAHUN_AKHIR}-01-01"))
    bulan = hari.astype("datetime64[M]")
    tahun = bulan.astype("datetime64[Y]").astype(np.int64) + 1970
    ymd = tahun * 10000 + (bulan.astype(np.int64) % 12 + 1) * 100 + (hari - bulan.astype("datetime64[D]")).astype(
        np.int64) + 1
    awal_bulan = np.arange(np.datetime64(f"{_TAHUN_AWAL}-01"), np.datetime64(f"{_TAHUN_AKHIR}-01"),
                           dtype="datetime64[M]").astype("datetime64[D]")
    return hari[0].astype(np.int64), ymd, bulan.astype(np.int64), awal_bulan


def _dalam_kalender(x, awal: int, panjang: int) -> bool:
    return x.size == 0 or (int(x.min()) >= awal and int(x.max()) < awal + panjang)


def angka_tanggal_massal(tanggal):
    """Larik tanggal (datetime64) menjadi bilangan YYYYMMDD (int64)."""
    import numpy as np

    d = np.asarray(tanggal, dtype="datetime64[D]")
    nol, ymd, _, _ = _kalender()
    i = d.view(np.int64)
    if _dalam_kalender(i, int(nol), len(ymd)):
        return ymd[i - nol]
    bulan = d.astype("datetime64[M]")
    tahun = bulan.astype("datetime64[Y]").astype(np.int64) + 1970
    return tahun * 10000 + (bulan.astype(np.int64) % 12 + 1) * 100 + (d - bulan.astype("datetime64[D]")).astype(
        np.int64) + 1


def bulan_massal(tanggal):
    """Larik tanggal (datetime64[D]) menjadi bulannya (datetime64[M]), sama dengan `astype("datetime64[M]")`."""
    import numpy as np

    d = np.asarray(tanggal, dtype="datetime64[D]")
    nol, _, bulan, _ = _kalender()
    i = d.view(np.int64)
    if _dalam_kalender(i, int(nol), len(bulan)):
        return bulan[i - nol].astype("datetime64[M]")
    return d.astype("datetime64[M]")


def awal_bulan_massal(bulan):
    """Larik bulan (datetime64[M]) menjadi tanggal 1 bulan itu (datetime64[D])."""
    import numpy as np

    m = np.asarray(bulan, dtype="datetime64[M]")
    _, _, _, awal = _kalender()
    i = m.view(np.int64)
    nol = (_TAHUN_AWAL - 1970) * 12
    if _dalam_kalender(i, nol, len(awal)):
        return awal[i - nol]
    return m.astype("datetime64[D]")
