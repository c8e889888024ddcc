"""Hitungan tanggal yang dipakai banyak aturan: usia, masa kerja, menambah tahun."""

from __future__ import annotations

from datetime import date


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
