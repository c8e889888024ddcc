"""Tabel pemantauan instansi: kemajuan pengisian SKP per OPD, nilai SAKIP per OPD, penilaian mandiri sistem merit
per instansi. Semua pemda ikut pada setiap skala (tabelnya kecil: per OPD atau per instansi, bukan per pegawai).

Aturan dibaca dari `bimtek.aturan` (predikat SAKIP PermenPANRB 88/2021; kategori indeks sistem merit
PermenPANRB 40/2018). Tingkat kepatuhan pengisian SKP per pemda sengaja sangat beragam: sebagian pemda rendah
(sekitar 10%), sebagian tinggi (sekitar 80%), seperti berita "Dairi 10% dibanding Deli Serdang 80%" (2023).
Setiap tabel memakai aliran acaknya sendiri.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from bimtek import aturan
from bimtek.data.alat import acak, seri, tanggal
from bimtek.data.pegawai import Organisasi, Populasi

# Kelompok kepatuhan pengisian SKP per pemda (asumsi): (nama, peluang, tingkat akhir tahun terendah, tertinggi).
KEPATUHAN_SKP = (("rendah", 0.25, 0.05, 0.20), ("sedang", 0.35, 0.30, 0.65), ("tinggi", 0.40, 0.70, 0.95))


def opd(org: Organisasi) -> np.ndarray:
    """Indeks OPD (unit puncak di bawah kepala daerah) untuk setiap unit: naik ke induk sampai puncak."""
    akar = np.arange(len(org.induk))
    while True:
        induk = org.induk[akar]
        naik = induk >= 0
        if not naik.any():
            return akar
        akar = np.where(naik, induk, akar)


def buat_pemantauan_skp(seed: int, pop: Populasi, org: Organisasi, tahun: int) -> pd.DataFrame:
    """Posisi akhir setiap bulan: berapa pegawai setiap OPD yang SKP-nya sudah disetujui (kumulatif, tidak turun)."""
    rng = acak(seed, "pemantauan-skp")
    puncak = np.flatnonzero(org.induk < 0)
    akar = opd(org)
    pegawai_opd = np.bincount(akar[pop.unit], minlength=len(org.induk))[puncak]
    n_pemda = len(org.pemda)
    kelompok = rng.choice(len(KEPATUHAN_SKP), size=n_pemda, p=[k[1] for k in KEPATUHAN_SKP])
    if n_pemda >= 2:
        # Pola "Dairi 10% dibanding Deli Serdang 80%" selalu terlihat: paling sedikit satu pemda rendah dan satu
        # tinggi (tanpa acakan tambahan, jadi aliran acak tidak bergeser).
        if not (kelompok == 0).any():
            kelompok[-1] = 0
        if not (kelompok == len(KEPATUHAN_SKP) - 1).any():
            calon = np.flatnonzero(kelompok != 0)
            kelompok[calon[0] if len(calon) else 0] = len(KEPATUHAN_SKP) - 1
    bawah = np.array([k[2] for k in KEPATUHAN_SKP])[kelompok]
    atas = np.array([k[3] for k in KEPATUHAN_SKP])[kelompok]
    tingkat_pemda = bawah + rng.random(n_pemda) * (atas - bawah)
    # OPD menyebar lebar di sekitar tingkat pemdanya (dasbor satu pemda pun memperlihatkan OPD yang tertinggal),
    # dalam skala logit agar pemda rendah tetap rendah (rerata tidak terangkat pemotongan di 0); kecepatan mengisi
    # berbeda per OPD.
    logit = np.log(tingkat_pemda / (1 - tingkat_pemda))[org.asal[puncak]] + rng.normal(0, 0.5, len(puncak))
    tingkat = 1 / (1 + np.exp(-logit))
    tengah = rng.uniform(1.5, 5.0, len(puncak))  # bulan ketika separuh tingkat akhirnya tercapai
    bulan = np.arange(1, 13)
    kurva = 1 / (1 + np.exp(-(bulan[None, :] - tengah[:, None]) * 1.2))
    kurva = np.maximum.accumulate(kurva / kurva[:, -1:], axis=1)
    selesai = np.floor(pegawai_opd[:, None] * tingkat[:, None] * kurva).astype(np.int64)
    akhir_bulan = np.array([dt.date(tahun + (b == 12), b % 12 + 1, 1) - dt.timedelta(days=1) for b in bulan],
                           dtype="datetime64[D]")
    baris = np.repeat(np.arange(len(puncak)), 12)
    jumlah = np.repeat(pegawai_opd, 12)
    skp = selesai.ravel()
    persen = np.round(np.divide(100 * skp, jumlah, out=np.zeros(len(skp)), where=jumlah > 0), 1)
    instansi = np.array([p.nama for p in org.pemda], dtype=object)
    return pd.DataFrame({
        "instansi": seri(instansi[org.asal[puncak[baris]]]),
        "unit_kerja_id": seri(org.kode.take(puncak[baris])),
        "tanggal": tanggal(np.tile(akhir_bulan, len(puncak))),
        "jumlah_pegawai": pd.array(jumlah, dtype="Int64"),
        "jumlah_skp_disetujui": pd.array(skp, dtype="Int64"),
        "persen_skp_disetujui": persen,
    })


def buat_sakip(seed: int, org: Organisasi, unit_kerja: pd.DataFrame, tahun: int) -> pd.DataFrame:
    """Nilai evaluasi SAKIP setiap OPD; nilai condong mengikuti predikat organisasi OPD itu."""
    rng = acak(seed, "sakip")
    puncak = np.flatnonzero(org.induk < 0)
    geser = {"Istimewa": 12.0, "Baik": 4.0, "Butuh Perbaikan": -8.0, "Kurang": -16.0, "Sangat Kurang": -24.0}
    pred = unit_kerja["predikat_organisasi"].to_numpy(dtype=object)[puncak]
    rata = 66.0 + np.array([geser.get(p, 0.0) for p in pred])
    nilai = np.round(np.clip(rng.normal(rata, 7.0), 15.0, 98.0), 2)
    predikat = np.array([aturan.predikat_sakip(float(v)) for v in nilai], dtype=object)
    instansi = np.array([p.nama for p in org.pemda], dtype=object)
    return pd.DataFrame({
        "instansi": seri(instansi[org.asal[puncak]]),
        "unit_kerja_id": seri(org.kode.take(puncak)),
        "tahun": pd.array(np.full(len(puncak), tahun), dtype="Int64"),
        "nilai_sakip": nilai,
        "predikat_sakip": seri(predikat),
    })


def buat_sistem_merit(seed: int, org: Organisasi, tahun: int) -> pd.DataFrame:
    """Penilaian mandiri sistem merit setiap instansi: nilai delapan aspek (skala 100-400) dan indeks instansi.

    Bobot aspek belum terkonfirmasi, jadi indeks TIDAK dihitung dari aspek: indeks diundi sebagai hasil penilaian
    yang diberikan, lalu nilai aspek menyebar di sekitarnya. Kategori dari `aturan.kategori_sistem_merit`.
    """
    rng = acak(seed, "sistem-merit")
    n = len(org.pemda)
    indeks = np.round(np.clip(rng.normal(250, 55, n), 100, 400), 1)
    aspek = aturan.ASPEK_SISTEM_MERIT
    nilai = np.round(np.clip(indeks[:, None] + rng.normal(0, 30, (n, len(aspek))), 100, 400), 1)
    kategori = [aturan.kategori_sistem_merit(float(v)) for v in indeks]
    nama = np.array([p.nama for p in org.pemda], dtype=object)
    return pd.DataFrame({
        "instansi": seri(np.repeat(nama, len(aspek))),
        "tahun": pd.array(np.full(n * len(aspek), tahun), dtype="Int64"),
        "aspek": seri(np.tile(np.array(aspek, dtype=object), n)),
        "nilai_aspek": nilai.ravel(),
        "indeks": np.repeat(indeks, len(aspek)),
        "kategori": seri(np.repeat(np.array([f"{k} {label}" for k, label in kategori], dtype=object), len(aspek))),
    })
