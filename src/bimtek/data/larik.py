"""Versi larik (numpy) aturan tanggal dan NIP untuk jutaan baris: hasilnya sama dengan fungsi per baris di
`bimtek.aturan` (`buat_nip`, `buat_ni_pppk`, usia/bulan), yang tetap menjadi satu-satunya sumber aturannya.
Di sini hanya cara cepatnya (uji kesamaan di tests/aturan dan tests/data)."""

from __future__ import annotations

from functools import cache

import numpy as np

from bimtek.aturan.nip import JENIS_KELAMIN_KE_KODE

# --- Versi larik (numpy) untuk data besar ---
# Konversi datetime64 numpy antarsatuan (hari -> bulan -> tahun) lambat pada jutaan baris; tabel kalender
# 1900-2199 yang dibuat sekali menggantinya dengan satu pengambilan indeks. Tanggal di luar rentang itu (atau
# NaT) memakai konversi numpy biasa, jadi hasilnya selalu sama.
_TAHUN_AWAL, _TAHUN_AKHIR = 1900, 2200


@cache
def _kalender():
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
    d = np.asarray(tanggal, dtype="datetime64[D]")
    nol, _, bulan, _ = _kalender()
    i = d.view(np.int64)
    if _dalam_kalender(i, int(nol), len(bulan)):
        return bulan[i - nol].astype("datetime64[M]")
    return d.astype("datetime64[M]")


def awal_bulan_massal(bulan):
    """Larik bulan (datetime64[M]) menjadi tanggal 1 bulan itu (datetime64[D])."""
    m = np.asarray(bulan, dtype="datetime64[M]")
    _, _, _, awal = _kalender()
    i = m.view(np.int64)
    nol = (_TAHUN_AWAL - 1970) * 12
    if _dalam_kalender(i, nol, len(awal)):
        return awal[i - nol]
    return m.astype("datetime64[D]")


def _kode_jk_massal(jenis_kelamin):
    """Kode jenis kelamin NIP (1 laki-laki, 2 perempuan) untuk larik "L"/"P"."""
    laki, perempuan = int(JENIS_KELAMIN_KE_KODE["L"]), int(JENIS_KELAMIN_KE_KODE["P"])
    # Aritmetika, bukan np.where: jauh lebih cepat untuk larik besar dengan L dan P bercampur.
    return perempuan + (np.asarray(jenis_kelamin) == "L") * (laki - perempuan)


def angka_nip_massal(tanggal_lahir, tmt_cpns, jenis_kelamin, nomor_urut):
    """Versi larik `buat_nip` untuk data besar (Perka BKN 22/2007 dan 43/2007: YYYYMMDD YYYYMM G NNN).

    Masukan larik numpy sejajar: tanggal lahir dan TMT CPNS (datetime64), jenis kelamin "L"/"P", nomor urut
    1-999. Hasilnya NIP sebagai bilangan int64 18 digit (ubah ke teks sebelum disimpan); susunannya sama dengan
    `buat_nip`, tanpa validasi per baris (pemanggil menjamin unsurnya sah).
    """
    kode = _kode_jk_massal(jenis_kelamin)
    tmt = angka_tanggal_massal(tmt_cpns) // 100
    angka = ((angka_tanggal_massal(tanggal_lahir) * 1_000_000 + tmt) * 10 + kode) * 1000 + np.asarray(nomor_urut)
    return angka.astype(np.int64)


def angka_ni_pppk_massal(tanggal_lahir, tahun_pengangkatan, jenis_kelamin, nomor_urut, kode: str = "21"):
    """Versi larik `buat_ni_pppk`: tanggal lahir (8) + tahun pengangkatan (4) + kode (2) + jenis kelamin (1) +
    nomor urut (3), sebagai bilangan int64, tanpa validasi per baris."""
    jk = _kode_jk_massal(jenis_kelamin)
    angka = (((angka_tanggal_massal(tanggal_lahir) * 10_000 + np.asarray(tahun_pengangkatan)) * 100 + int(kode)) * 10
             + jk) * 1000 + np.asarray(nomor_urut)
    return angka.astype(np.int64)
