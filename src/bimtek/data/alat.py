"""Alat bantu generator: aliran acak per tabel dan operasi teks per kolom (pyarrow), tanpa perulangan per baris."""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from bimtek.data.larik import awal_bulan_massal, bulan_massal

TEKS = pd.StringDtype("pyarrow", na_value=np.nan)
# Teks pyarrow dengan offset 64-bit, sama dengan penyimpanan kolom str pandas: tanpa salinan saat jadi DataFrame.
TEKS_PA = pa.large_string()


def acak(seed: int, nama: str) -> np.random.Generator:
    """Aliran acak tersendiri per bagian data: mengubah satu tabel tidak menggeser acakan tabel lain."""
    return np.random.default_rng([seed, zlib.crc32(nama.encode())])


def pilih(kumpulan: Sequence[str] | np.ndarray, indeks: np.ndarray) -> pa.Array:
    """Ambil teks dari kumpulan menurut indeks (per kolom)."""
    return pa.array(list(kumpulan), TEKS_PA).take(pa.array(indeks))


def gabung(*bagian, pemisah: str = "") -> pa.Array:
    """Gabungkan kolom teks per baris; bagian yang kosong (null) dilewati, teks biasa diulang."""
    # Teks biasa menjadi skalar: pyarrow mengulangnya sendiri tanpa membuat larik sepanjang kolom.
    kolom = [pa.scalar(b, TEKS_PA) if isinstance(b, str) else _pa(b) for b in bagian]
    if any(isinstance(k, pa.Scalar) or k.null_count == 0 for k in kolom):
        # Aman memakai "skip" satu kali: tidak ada baris yang semua bagiannya null.
        return pc.binary_join_element_wise(*kolom, pa.scalar(pemisah, TEKS_PA), null_handling="skip")
    # Dilipat dua-dua dengan coalesce: null_handling="skip" pyarrow membuang baris yang semua bagiannya null.
    hasil = kolom[0]
    for b in kolom[1:]:
        hasil = pc.coalesce(pc.binary_join_element_wise(hasil, b, pa.scalar(pemisah, TEKS_PA)), hasil, b)
    return hasil


def kombinasi(kiri, kanan, pemisah: str = "") -> pa.Array:
    """Kumpulan semua hasil `gabung(kiri[i], kanan[j], pemisah)`, termasuk bila salah satunya kosong (null).

    Kolom teks dua bagian lalu cukup diambil dari kumpulan ini dengan `kode_kombinasi` (satu `take`), yang jauh
    lebih murah daripada menggabung teks per baris; hasilnya sama persis dengan `gabung`."""
    a = pa.concat_arrays([pa.nulls(1, TEKS_PA), _pa(kiri)])
    b = pa.concat_arrays([pa.nulls(1, TEKS_PA), _pa(kanan)])
    ia = np.repeat(np.arange(len(a)), len(b))
    ib = np.tile(np.arange(len(b)), len(a))
    return gabung(a.take(pa.array(ia)), b.take(pa.array(ib)), pemisah=pemisah)


def kode_kombinasi(kiri: np.ndarray, kanan: np.ndarray, banyak_kanan: int) -> np.ndarray:
    """Kode baris untuk `kombinasi`: indeks kiri dan kanan (-1 bila kosong) dan banyaknya butir kanan."""
    return (np.asarray(kiri, dtype=np.int64) + 1) * (banyak_kanan + 1) + (np.asarray(kanan, dtype=np.int64) + 1)


def _pa(x) -> pa.Array:
    if isinstance(x, pa.ChunkedArray):
        x = x.combine_chunks()
    if isinstance(x, pa.Array):
        return x if x.type == TEKS_PA else x.cast(TEKS_PA)
    if isinstance(x, pd.Series):
        return pa.array(x.to_numpy(dtype=object, na_value=None), TEKS_PA)
    return pa.array(x, TEKS_PA)


def angka_teks(nilai: np.ndarray, lebar: int = 0) -> pa.Array:
    """Bilangan bulat sebagai teks, dengan nol di depan sampai `lebar`."""
    t = pc.cast(pa.array(np.asarray(nilai, dtype=np.int64)), TEKS_PA)
    return pc.utf8_lpad(t, lebar, "0") if lebar else t


def teks_berurut(awalan: str, n: int, lebar: int) -> pa.Array:
    """Teks awalan + 1..n, semua selebar `lebar` angka (atau sebanyak angka n bila lebih) dengan nol di depan, mis.
    U000001. Sama dengan `gabung` + `angka_teks` selebar itu, tetapi bitanya disusun langsung (jauh lebih cepat)."""
    depan = np.frombuffer(awalan.encode(), dtype=np.uint8)
    lebar = max(lebar, len(str(n)))
    bita = np.empty((n, len(depan) + lebar), dtype=np.uint8)
    bita[:, : len(depan)] = depan
    angka = np.arange(ord("0"), ord("9") + 1, dtype=np.uint8)
    for k in range(lebar):
        # Pada bilangan berurut 0, 1, 2, ... angka ke-k dari kanan adalah 0..9 masing-masing 10**k kali, berulang:
        # disalin begitu saja, tanpa pembagian per bilangan.
        ulang = 10**k
        bita[:, -1 - k] = np.tile(np.repeat(angka, ulang), n // (10 * ulang) + 1)[1 : n + 1] if ulang <= n else angka[0]
    offset = np.arange(0, (n + 1) * bita.shape[1], bita.shape[1], dtype=np.int64)
    return pa.Array.from_buffers(TEKS_PA, n, [None, pa.py_buffer(offset), pa.py_buffer(bita)])


def kosongkan(teks: pa.Array, kosong: np.ndarray) -> pa.Array:
    """Jadikan null di baris yang `kosong`-nya True."""
    return pc.if_else(pa.array(kosong), pa.scalar(None, TEKS_PA), _pa(teks))


def seri(x, index=None) -> pd.Series:
    """Kolom teks pandas (str berbasis pyarrow) dari larik pyarrow/numpy."""
    if isinstance(x, pa.ChunkedArray | pa.Array):
        return pd.Series(pd.array(x, dtype=TEKS), index=index)
    return pd.Series(pd.array(pa.array(np.asarray(x, dtype=object), TEKS_PA, from_pandas=True), dtype=TEKS),
                     index=index)


def tanggal(x: np.ndarray) -> pd.Series:
    """Kolom tanggal (datetime64[s]) dari larik datetime64 numpy; NaT untuk kosong."""
    # Satu konversi saja (astype selalu menyalin); Series tidak menyalin larik yang baru dibuat ini lagi.
    return pd.Series(np.asarray(x, dtype="datetime64[D]").astype("datetime64[s]"), copy=False)


def hari(d) -> np.datetime64:
    return np.datetime64(d, "D")


def bulan_ke_tanggal(bulan: np.ndarray) -> np.ndarray:
    """Larik datetime64[M] (atau tanggal) menjadi tanggal 1 bulan itu (datetime64[D])."""
    bulan = np.asarray(bulan)
    return awal_bulan_massal(bulan if bulan.dtype == "datetime64[M]" else bulan_massal(bulan))


def pilih_berbobot(rng: np.random.Generator, peluang, n: int) -> np.ndarray:
    """Indeks 0..k-1 untuk n butir menurut peluang: hasil dan pemakaian acak sama persis dengan
    `rng.choice(k, size=n, p=peluang)`, tetapi tanpa searchsorted per butir (lebih cepat untuk k kecil)."""
    cdf = np.asarray(peluang, dtype=np.float64).cumsum()
    cdf /= cdf[-1]
    u = rng.random(n)
    hasil = np.zeros(n, dtype=np.int64)
    for batas in cdf[:-1]:  # indeks = banyaknya batas kumulatif <= u (searchsorted side="right")
        hasil += u >= batas
    return hasil


def bagi_rata(rng: np.random.Generator, pilihan: np.ndarray, bobot: np.ndarray, n: int) -> np.ndarray:
    """n butir dari `pilihan` menurut bobot (banyaknya tiap pilihan multinomial), diacak urutannya."""
    bobot = np.asarray(bobot, dtype=float)
    hasil = np.repeat(pilihan, rng.multinomial(n, bobot / bobot.sum()))
    rng.shuffle(hasil)
    return hasil


def hitung_terbesar(proporsi: np.ndarray, n: int) -> np.ndarray:
    """Bulatkan n x proporsi menjadi bilangan bulat berjumlah tepat n (metode sisa terbesar)."""
    p = np.asarray(proporsi, dtype=float)
    p = p / p.sum()
    dasar = np.floor(p * n).astype(np.int64)
    sisa = n - dasar.sum()
    if sisa:
        urut = np.argsort(-(p * n - dasar), kind="stable")
        dasar[urut[:sisa]] += 1
    return dasar
