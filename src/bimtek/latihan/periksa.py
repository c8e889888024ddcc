"""Pemeriksa kecil yang dipakai definisi soal: masing-masing melempar `Salah` dengan pesan yang bisa ditindaklanjuti."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any

import numpy as np
import pandas as pd

from bimtek.latihan.soal import BelumDijawab, Salah, jelaskan_galat, tampilkan_ringkas


def harus_tipe(nilai: Any, tipe: type | tuple[type, ...], nama: str, contoh: str) -> None:
    """Periksa jenis nilai; angka numpy (hasil pandas, mis. `.sum()`) diterima sebagai int/float."""
    jenis = tipe if isinstance(tipe, tuple) else (tipe,)
    if isinstance(nilai, bool | np.bool_) and bool not in jenis:
        raise Salah(f"`{nama}` berisi True/False, padahal yang diminta {contoh}.")
    jenis += (np.integer,) if int in jenis else ()
    jenis += (np.floating,) if float in jenis else ()
    if nilai is None:
        raise BelumDijawab(f"`{nama}` masih kosong (None). Tulis jawaban Anda di sel jawaban lalu jalankan sel itu.")
    if not isinstance(nilai, jenis):
        raise Salah(
            f"`{nama}` berisi {nama_jenis(nilai)} {tampilkan_ringkas(nilai)}, padahal yang diminta {contoh}."
        )


def nama_jenis(nilai: Any) -> str:
    """Nama jenis nilai dalam kata sehari-hari (bukan `str`, `float64`, `Series`)."""
    if isinstance(nilai, bool | np.bool_):
        return "nilai benar/salah"
    if isinstance(nilai, int | np.integer):
        return "bilangan bulat"
    if isinstance(nilai, float | np.floating):
        return "angka desimal"
    if isinstance(nilai, str):
        return "teks"
    if isinstance(nilai, pd.DataFrame):
        return "tabel"
    if isinstance(nilai, pd.Series):
        return "satu kolom tabel"
    if isinstance(nilai, dict):
        return "kamus (pasangan kunci: nilai)"
    if isinstance(nilai, list | tuple):
        return "daftar"
    if callable(nilai):
        return "fungsi"
    return "nilai lain"


def harus_fungsi(nilai: Any, nama: str) -> None:
    if not callable(nilai):
        raise Salah(f"`{nama}` harus berupa fungsi (dibuat dengan `def {nama}(...):`), bukan {nama_jenis(nilai)}.")


def panggil(fungsi: Callable[..., Any], nama: str, *args: Any) -> Any:
    """Panggil fungsi peserta; galat di dalamnya menjadi pesan `Salah` yang menyebut masukannya."""
    masukan = ", ".join(tampilkan_ringkas(a, 40) for a in args)
    try:
        return fungsi(*args)
    except Salah:
        raise
    except Exception as e:  # noqa: BLE001 - galat apa pun dari kode peserta dilaporkan dengan masukannya
        raise Salah(f"`{nama}({masukan})` gagal dijalankan: {jelaskan_galat(e)}") from None


def cocokkan_fungsi(
    fungsi: Any,
    nama: str,
    kasus: Iterable[tuple[tuple[Any, ...], Any, str]],
) -> None:
    """Jalankan fungsi peserta pada tiap kasus (masukan, harapan, kesalahan umum yang dicegah kasus itu)."""
    harus_fungsi(fungsi, nama)
    for i, (args, harapan, keterangan) in enumerate(kasus):
        hasil = panggil(fungsi, nama, *args)
        # Fungsi yang isinya masih potongan kosong (`jawaban = None`) tidak mengembalikan apa pun.
        if i == 0 and hasil is None and harapan is not None:
            raise BelumDijawab(
                f"fungsi `{nama}` belum mengembalikan apa pun. Tulis isinya di sel jawaban dan akhiri dengan "
                "`return hasil`, lalu jalankan sel itu."
            )
        if hasil != harapan or type(hasil) is bool and type(harapan) is not bool:
            masukan = ", ".join(tampilkan_ringkas(a, 40) for a in args)
            raise Salah(
                f"`{nama}({masukan})` menghasilkan {tampilkan_ringkas(hasil)}, seharusnya "
                f"{tampilkan_ringkas(harapan)}. {keterangan}"
            )


def harus_dataframe_dengan_kolom(tabel: Any, nama: str, kolom: Iterable[str]) -> None:
    harus_tipe(tabel, pd.DataFrame, nama, "sebuah tabel")
    hilang = [k for k in kolom if k not in tabel.columns]
    if hilang:
        raise Salah(
            f"tabel `{nama}` belum punya kolom {hilang}. Kolom yang ada: {list(tabel.columns)}. "
            "Periksa ejaan nama kolom (huruf kecil, garis bawah)."
        )


def bandingkan_kolom(
    tabel: pd.DataFrame,
    nama_tabel: str,
    kolom: str,
    harapan: pd.Series,
    diagnosa: Callable[[pd.Series, pd.Series], str] | None = None,
) -> None:
    """Bandingkan satu kolom baris demi baris; pesan menyebut jumlah baris salah dan satu contohnya."""
    if len(tabel) != len(harapan):
        raise Salah(
            f"tabel `{nama_tabel}` punya {len(tabel)} baris, seharusnya {len(harapan)}. "
            "Jangan menyaring atau menghapus baris pada soal ini."
        )
    nilai = tabel[kolom].reset_index(drop=True)
    harapan = harapan.reset_index(drop=True)
    salah = ~((nilai == harapan) | (nilai.isna() & harapan.isna()))
    if salah.any():
        i = int(salah.idxmax())
        pesan = (
            f"kolom `{kolom}` salah pada {int(salah.sum())} dari {len(nilai)} baris. Contoh baris ke-{i}: "
            f"tertulis {tampilkan_ringkas(nilai[i])}, seharusnya {tampilkan_ringkas(harapan[i])}."
        )
        if diagnosa is not None:
            pesan += " " + diagnosa(nilai, harapan)
        raise Salah(pesan)


@functools.cache
def _tabel(nama: str) -> pd.DataFrame:
    from bimtek.data import muat

    return muat(nama)


def tabel_asli(nama: str) -> pd.DataFrame:
    """Salinan tabel data kelas, dimuat sekali per kernel: pemeriksa tidak terpengaruh ubahan peserta."""
    return _tabel(nama).copy()


def sebagai_tanggal(kolom: pd.Series) -> pd.Series:
    """Kolom tanggal (teks ISO atau datetime) sebagai `datetime.date`, agar cocok dengan fungsi `bimtek.aturan`."""
    return pd.to_datetime(kolom).dt.date
