"""Penyeragaman ejaan masukan: huruf besar/kecil, spasi, "diatas"/"di atas", dengan atau tanpa "Ekspektasi".

Aplikasi e-SKP di lapangan menulis nilai yang sama dengan banyak cara; semua fungsi aturan memakai modul ini
agar menerima ejaan yang sungguh diketik orang, dan menolak sisanya dengan pesan yang menyebut pilihan sah.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping


class NilaiTidakDikenal(ValueError):
    """Nilai masukan tidak dapat dipahami; pesannya menyebut nilai itu dan pilihan yang diterima."""


def kunci(teks: object) -> str:
    """Bentuk baku untuk pencocokan: huruf kecil, tanpa garis bawah/tanda hubung, spasi tunggal."""
    if not isinstance(teks, str):
        raise NilaiTidakDikenal(f"Nilai {teks!r} bukan teks.")
    s = teks.strip().lower()
    s = re.sub(r"[_\-]+", " ", s)
    s = re.sub(r"\s*/\s*", "/", s)
    s = re.sub(r"\s+", " ", s)
    # "diatas"/"dibawah" adalah salah tulis yang sangat umum untuk "di atas"/"di bawah".
    s = re.sub(r"\bdi(atas|bawah)\b", r"di \1", s)
    return s


def cocokkan(nilai: object, pilihan: Mapping[str, str], jenis: str, sah: Iterable[str]) -> str:
    """Kembalikan nilai baku untuk `nilai` menurut peta `pilihan` (kunci -> nilai baku).

    Jika tidak dikenal, angkat NilaiTidakDikenal yang menyebut `jenis`, nilainya, dan daftar `sah`.
    """
    try:
        k = kunci(nilai)
    except NilaiTidakDikenal:
        k = None
    if k is not None and k in pilihan:
        return pilihan[k]
    daftar = ", ".join(f'"{s}"' for s in sah)
    raise NilaiTidakDikenal(f"{jenis} {nilai!r} tidak dikenal. Pilihan yang diterima: {daftar}.")
