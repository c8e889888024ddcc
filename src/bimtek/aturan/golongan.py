"""Golongan ruang dan pangkat PNS, golongan PPPK, dan golongan awal menurut pendidikan.

Dasar: PP 99/2000 jo PP 12/2002 (pangkat dan golongan awal PNS); PPPK golongan I-XVII tanpa ruang.
"""

from __future__ import annotations

import re

from bimtek.aturan.ejaan import NilaiTidakDikenal, cocokkan

# Urutan golongan ruang PNS dari terendah ke tertinggi, dengan nama pangkatnya (PP 99/2000).
PANGKAT: dict[str, str] = {
    "I/a": "Juru Muda",
    "I/b": "Juru Muda Tingkat I",
    "I/c": "Juru",
    "I/d": "Juru Tingkat I",
    "II/a": "Pengatur Muda",
    "II/b": "Pengatur Muda Tingkat I",
    "II/c": "Pengatur",
    "II/d": "Pengatur Tingkat I",
    "III/a": "Penata Muda",
    "III/b": "Penata Muda Tingkat I",
    "III/c": "Penata",
    "III/d": "Penata Tingkat I",
    "IV/a": "Pembina",
    "IV/b": "Pembina Tingkat I",
    "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
    "IV/e": "Pembina Utama",
}
GOLONGAN_PNS: tuple[str, ...] = tuple(PANGKAT)

# PPPK: golongan I sampai XVII, tanpa ruang.
GOLONGAN_PPPK: tuple[str, ...] = (
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
)

# Jenjang pendidikan yang dikenal kit, dari terendah ke tertinggi.
PENDIDIKAN: tuple[str, ...] = ("SD", "SMP", "SMA", "D-I", "D-II", "D-III", "D-IV", "S1", "S2", "S3")

# Golongan awal PNS menurut pendidikan (PP 99/2000 jo PP 12/2002). Dokter dan apoteker masuk seperti S2.
GOLONGAN_AWAL: dict[str, str] = {
    "SD": "I/a",
    "SMP": "I/c",
    "SMA": "II/a",
    "D-I": "II/a",
    "D-II": "II/b",
    "D-III": "II/c",
    "D-IV": "III/a",
    "S1": "III/a",
    "S2": "III/b",
    "Dokter": "III/b",
    "Apoteker": "III/b",
    "S3": "III/c",
}

# Golongan awal PPPK menurut pendidikan. BELUM TERKONFIRMASI: peta yang sering dikutip (hanya S1/D-IV -> IX
# yang bersumber, itu pun sekunder). Dapat diganti lewat argumen `tabel` pada golongan_awal_pppk().
GOLONGAN_AWAL_PPPK: dict[str, str] = {
    "SD": "I",
    "SMP": "IV",
    "SMA": "V",
    "D-I": "V",
    "D-II": "VI",
    "D-III": "VII",
    "D-IV": "IX",
    "S1": "IX",
    "S2": "X",
    "S3": "XI",
}

_SINONIM_PENDIDIKAN: dict[str, str] = {
    "sd": "SD", "smp": "SMP", "sltp": "SMP", "sma": "SMA", "smk": "SMA", "slta": "SMA", "ma": "SMA",
    "d1": "D-I", "di": "D-I", "d i": "D-I", "d-i": "D-I",
    "d2": "D-II", "dii": "D-II", "d ii": "D-II",
    "d3": "D-III", "diii": "D-III", "d iii": "D-III",
    "d4": "D-IV", "div": "D-IV", "d iv": "D-IV",
    "s1": "S1", "s 1": "S1", "sarjana": "S1",
    "s2": "S2", "s 2": "S2", "magister": "S2",
    "s3": "S3", "s 3": "S3", "doktor": "S3",
    "dokter": "Dokter", "apoteker": "Apoteker",
}

_ROMAWI = {"1": "I", "2": "II", "3": "III", "4": "IV"}


def normalisasi_pendidikan(pendidikan: object) -> str:
    """Seragamkan penulisan pendidikan ("s1", "D3", "SMK") ke nilai baku ("S1", "D-III", "SMA")."""
    return cocokkan(pendidikan, _SINONIM_PENDIDIKAN, "Pendidikan", (*PENDIDIKAN, "Dokter", "Apoteker"))


def normalisasi_golongan(golongan: object) -> str:
    """Seragamkan penulisan golongan PNS ("iii/a", "III a", "3a", "III-A") menjadi "III/a"."""
    if isinstance(golongan, str):
        m = re.fullmatch(r"\s*(IV|III|II|I|[1-4])\s*[/\-.]?\s*([a-eA-E])\s*", golongan, flags=re.IGNORECASE)
        if m:
            romawi = _ROMAWI.get(m.group(1), m.group(1).upper())
            hasil = f"{romawi}/{m.group(2).lower()}"
            if hasil in PANGKAT:
                return hasil
    raise NilaiTidakDikenal(
        f"Golongan {golongan!r} tidak dikenal. Golongan PNS yang sah: {', '.join(GOLONGAN_PNS)}."
    )


def normalisasi_golongan_pppk(golongan: object) -> str:
    """Seragamkan golongan PPPK ("ix", " IX ") menjadi "IX"; golongan I-XVII."""
    if isinstance(golongan, str) and golongan.strip().upper() in GOLONGAN_PPPK:
        return golongan.strip().upper()
    raise NilaiTidakDikenal(
        f"Golongan PPPK {golongan!r} tidak dikenal. Golongan PPPK yang sah: {', '.join(GOLONGAN_PPPK)}."
    )


def pangkat(golongan: object) -> str:
    """Nama pangkat untuk golongan ruang PNS: "III/a" -> "Penata Muda"."""
    return PANGKAT[normalisasi_golongan(golongan)]


def indeks_golongan(golongan: object) -> int:
    """Urutan golongan PNS, 0 untuk I/a sampai 16 untuk IV/e (untuk membandingkan dan menghitung kenaikan)."""
    return GOLONGAN_PNS.index(normalisasi_golongan(golongan))


def golongan_berikutnya(golongan: object) -> str | None:
    """Golongan satu tingkat di atasnya, atau None untuk IV/e."""
    i = indeks_golongan(golongan)
    return GOLONGAN_PNS[i + 1] if i + 1 < len(GOLONGAN_PNS) else None


def golongan_awal(pendidikan: object) -> str:
    """Golongan awal PNS menurut pendidikan (PP 99/2000 jo PP 12/2002): "S1" -> "III/a"."""
    return GOLONGAN_AWAL[normalisasi_pendidikan(pendidikan)]


def golongan_awal_pppk(pendidikan: object, tabel: dict[str, str] | None = None) -> str:
    """Golongan awal PPPK menurut pendidikan. Peta bawaan BELUM TERKONFIRMASI (contoh); berikan `tabel`
    sendiri bila instansi memakai peta lain."""
    tabel = tabel or GOLONGAN_AWAL_PPPK
    p = normalisasi_pendidikan(pendidikan)
    if p not in tabel:
        raise NilaiTidakDikenal(
            f"Golongan awal PPPK untuk pendidikan {pendidikan!r} tidak ada di tabel. "
            f"Pendidikan yang ada: {', '.join(tabel)}."
        )
    return tabel[p]
