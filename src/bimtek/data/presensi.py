"""Tabel `presensi`: rekaman harian pada hari kerja (Senin-Jumat, tanpa libur nasional).

Libur nasional diambil dari paket `holidays` (Indonesia); jam kerja dari `bimtek.aturan` (Perpres 21/2023).
Periode Ramadan (jam kerja berbeda) tidak dimodelkan: pilih periode di luar Ramadan.
"""

from __future__ import annotations

import datetime as dt

import holidays
import numpy as np
import pandas as pd

from bimtek import aturan
from bimtek.aturan.presensi import ISTIRAHAT_JUMAT_MENIT, ISTIRAHAT_MENIT
from bimtek.data import sebaran as S
from bimtek.data.alat import acak, pilih, pilih_berbobot, seri, tanggal
from bimtek.data.pegawai import Populasi

JAM_MENIT = [f"{j:02d}:{m:02d}" for j in range(24) for m in range(60)]


def libur_nasional(mulai: dt.date, selesai: dt.date) -> dict[dt.date, str]:
    """Libur nasional Indonesia pada rentang itu (paket `holidays`), dengan nama berbahasa Indonesia."""
    kalender = holidays.country_holidays("ID", years=range(mulai.year, selesai.year + 1), language="id")
    return {d: nama for d, nama in sorted(kalender.items()) if mulai <= d <= selesai}


def hari_kerja(mulai: dt.date, selesai: dt.date) -> np.ndarray:
    """Hari kerja: Senin-Jumat yang bukan libur nasional."""
    semua = np.arange(np.datetime64(mulai), np.datetime64(selesai) + 1, dtype="datetime64[D]")
    libur = np.array(list(libur_nasional(mulai, selesai)), dtype="datetime64[D]")
    return semua[np.is_busday(semua, holidays=libur)]


def _menit(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def buat_presensi(seed: int, pop: Populasi, rinci: np.ndarray, mulai: dt.date, selesai: dt.date) -> pd.DataFrame:
    rng = acak(seed, "presensi")
    hari = hari_kerja(mulai, selesai)
    orang = np.flatnonzero(rinci)
    idx = np.repeat(orang, len(hari))
    tgl = np.tile(hari, len(orang))
    # Hanya sejak pegawai mulai bekerja (TMT CPNS atau TMT PPPK).
    mulai_kerja = np.where(pop.pns, pop.tmt_cpns, pop.tmt_golongan)[idx]
    aktif = tgl >= mulai_kerja
    idx, tgl = idx[aktif], tgl[aktif]
    n = len(idx)
    status = np.array(list(S.STATUS_PRESENSI), dtype=object)[
        pilih_berbobot(rng, list(S.STATUS_PRESENSI.values()), n)]
    hadir = status == "Hadir"
    masuk_baku = _menit(aturan.JAM_MASUK)
    jumat = ((tgl.astype(np.int64) + 3) % 7) == 4  # 1970-01-01 hari Kamis
    istirahat = np.where(jumat, ISTIRAHAT_JUMAT_MENIT, ISTIRAHAT_MENIT)
    pulang_baku = masuk_baku + round(aturan.JAM_KERJA_PER_MINGGU * 60 / 5) + istirahat
    terlambat = rng.random(n) < S.PELUANG_TERLAMBAT
    menit_masuk = np.where(terlambat, masuk_baku + 1 + np.minimum(rng.exponential(12, n), 240).astype(np.int64),
                           masuk_baku - (rng.random(n) * 40).astype(np.int64))
    cepat = rng.random(n) < S.PELUANG_PULANG_CEPAT
    menit_pulang = np.where(cepat, pulang_baku - 1 - np.minimum(rng.exponential(20, n), 180).astype(np.int64),
                            pulang_baku + (rng.random(n) * 75).astype(np.int64))
    tanpa_pulang = rng.random(n) < S.PELUANG_TANPA_REKAM_PULANG
    jam_masuk = pilih(JAM_MENIT, menit_masuk)
    jam_pulang = pilih(JAM_MENIT, menit_pulang)
    return pd.DataFrame({
        "nip": seri(pop.teks_nip(idx)),
        "tanggal": tanggal(tgl),
        "status": seri(status),
        "jam_masuk": seri(jam_masuk).where(hadir),
        "jam_pulang": seri(jam_pulang).where(hadir & ~tanpa_pulang),
    })
