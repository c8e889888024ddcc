"""Tabel `presensi`: rekaman harian pada hari kerja (Senin-Jumat, tanpa libur nasional).

Libur nasional diambil dari paket `holidays` (Indonesia); jam kerja dari `bimtek.aturan` (Perpres 21/2023):
masuk 07.30, atau 08.00 dengan 32 jam 30 menit per minggu selama Ramadan. Kode TL/PSW dan potongan tunjangan
kinerja per hari dihitung dengan tabel CONTOH `aturan.KebijakanPresensi()`; potongan sebulan seorang pegawai
adalah jumlah `potongan_persen`-nya dalam bulan itu (paling banyak 100%).
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


def hari_ramadan(mulai: dt.date, selesai: dt.date) -> np.ndarray:
    """Hari-hari Ramadan pada rentang itu: 30 hari sebelum Hari Raya Idul Fitri menurut `holidays`.

    Perkiraan: Ramadan 29 atau 30 hari, jadi hari pertama bisa bergeser satu hari dari penetapan pemerintah.
    """
    kalender = holidays.country_holidays("ID", years=range(mulai.year, selesai.year + 2), language="id")
    lebaran = sorted(d for d, nama in kalender.items() if nama == "Hari Raya Idul Fitri")
    hari = [np.arange(np.datetime64(d) - 30, np.datetime64(d), dtype="datetime64[D]") for d in lebaran]
    semua = np.concatenate(hari) if hari else np.array([], dtype="datetime64[D]")
    return semua[(semua >= np.datetime64(mulai)) & (semua <= np.datetime64(selesai))]


def jam_baku(tgl: np.ndarray, ramadan: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(menit masuk baku, menit pulang baku) per tanggal: Perpres 21/2023, istirahat Jumat lebih panjang."""
    puasa = np.isin(tgl, ramadan)
    masuk = np.where(puasa, _menit(aturan.JAM_MASUK_RAMADAN), _menit(aturan.JAM_MASUK))
    per_hari = np.where(puasa, round(aturan.JAM_KERJA_PER_MINGGU_RAMADAN * 60 / 5),
                        round(aturan.JAM_KERJA_PER_MINGGU * 60 / 5))
    jumat = ((tgl.astype("datetime64[D]").astype(np.int64) + 3) % 7) == 4  # 1970-01-01 hari Kamis
    return masuk, masuk + per_hari + np.where(jumat, ISTIRAHAT_JUMAT_MENIT, ISTIRAHAT_MENIT)


def kode_tingkat(awalan: str, tingkat: tuple[aturan.TingkatPotongan, ...], menit: np.ndarray,
                 tanpa_catatan: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Versi larik `KebijakanPresensi.kode_terlambat/kode_pulang_cepat`: (kode atau None, persen potongan).

    `menit` <= 0 tanpa kode; `tanpa_catatan` (tidak ada rekaman) mendapat tingkat tertinggi.
    """
    batas = np.array([t.sampai_menit for t in tingkat[:-1]], dtype=np.int64)
    ke = np.searchsorted(batas, menit, side="left")
    ke = np.where(tanpa_catatan, len(tingkat) - 1, ke)
    ada = tanpa_catatan | (menit > 0)
    nama = np.array([f"{awalan}{i}" for i in range(1, len(tingkat) + 1)], dtype=object)
    persen = np.array([t.persen for t in tingkat])
    return np.where(ada, nama[ke], None), np.where(ada, persen[ke], 0.0)


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
    masuk_baku, pulang_baku = jam_baku(tgl, hari_ramadan(mulai, selesai))
    terlambat = rng.random(n) < S.PELUANG_TERLAMBAT
    menit_masuk = np.where(terlambat, masuk_baku + 1 + np.minimum(rng.exponential(12, n), 240).astype(np.int64),
                           masuk_baku - (rng.random(n) * 40).astype(np.int64))
    cepat = rng.random(n) < S.PELUANG_PULANG_CEPAT
    menit_pulang = np.where(cepat, pulang_baku - 1 - np.minimum(rng.exponential(20, n), 180).astype(np.int64),
                            pulang_baku + (rng.random(n) * 75).astype(np.int64))
    tanpa_pulang = rng.random(n) < S.PELUANG_TANPA_REKAM_PULANG
    jam_masuk = pilih(JAM_MENIT, menit_masuk)
    jam_pulang = pilih(JAM_MENIT, menit_pulang)
    kode_tl, persen_tl, kode_psw, persen_psw, potongan = kode_dan_potongan(
        status, masuk_baku, pulang_baku, np.where(hadir, menit_masuk, -1),
        np.where(hadir & ~tanpa_pulang, menit_pulang, -1))
    return pd.DataFrame({
        "nip": seri(pop.teks_nip(idx)),
        "tanggal": tanggal(tgl),
        "status": seri(status),
        "jam_masuk": seri(jam_masuk).where(hadir),
        "jam_pulang": seri(jam_pulang).where(hadir & ~tanpa_pulang),
        "jam_masuk_baku": seri(pilih(JAM_MENIT, masuk_baku)),
        "jam_pulang_baku": seri(pilih(JAM_MENIT, pulang_baku)),
        "kode_tl": seri(kode_tl),
        "kode_psw": seri(kode_psw),
        "potongan_persen": potongan,
    })


def kode_dan_potongan(status: np.ndarray, masuk_baku: np.ndarray, pulang_baku: np.ndarray, menit_masuk: np.ndarray,
                      menit_pulang: np.ndarray, kebijakan: aturan.KebijakanPresensi | None = None):
    """Kode TL/PSW dan potongan harian (persen) dari jam presensi; menit -1 berarti tidak ada rekaman.

    Hadir tanpa rekaman pulang: PSW tertinggi; Tanpa Keterangan: potongan per hari; status lain: tanpa potongan.
    Dipakai generator dan pemeriksa invarian, jadi keduanya membaca satu aturan.
    """
    k = kebijakan or aturan.KebijakanPresensi()
    hadir = status == "Hadir"
    kode_tl, persen_tl = kode_tingkat("TL", k.terlambat, np.where(hadir, menit_masuk - masuk_baku, 0),
                                      hadir & (menit_masuk < 0))
    kode_psw, persen_psw = kode_tingkat("PSW", k.pulang_cepat, np.where(hadir, pulang_baku - menit_pulang, 0),
                                        hadir & (menit_pulang < 0))
    potongan = np.round(persen_tl + persen_psw + np.where(status == "Tanpa Keterangan",
                                                          k.tanpa_keterangan_per_hari, 0.0), 4)
    return kode_tl, persen_tl, kode_psw, persen_psw, potongan
