"""Teks bawaan argparse dalam Bahasa Indonesia.

argparse mengambil teksnya lewat gettext; kita pasang terjemahan sendiri agar bantuan dan pesan salah pada
baris perintah `bimtek` seluruhnya berbahasa Indonesia, tanpa bergantung pada katalog bahasa sistem.
"""

from __future__ import annotations

import argparse

_TERJEMAHAN: dict[str, str] = {
    "usage: ": "cara pakai: ",
    # Bukan "argumen wajib": argumen posisi bisa opsional (mis. `bimtek kelas rilis [modul]`).
    "positional arguments": "argumen",
    "options": "pilihan",
    "optional arguments": "pilihan",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "pilihan %(value)r tidak dikenal (pilih salah satu: %(choices)s)"
    ),
    "%(prog)s: error: %(message)s\n": "%(prog)s: galat: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "expected one argument": "perlu satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "expected at least one argument": "perlu paling sedikit satu nilai",
    "invalid %(type)s value: %(value)r": "nilai %(value)r bukan %(type)s yang sah",
    "ambiguous option: %(option)s could match %(matches)s": (
        "pilihan %(option)s ambigu, bisa berarti %(matches)s"
    ),
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "ignored explicit argument %r": "argumen %r diabaikan",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
}


def _terjemahkan(teks: str) -> str:
    return _TERJEMAHAN.get(teks, teks)


def _terjemahkan_jamak(tunggal: str, jamak: str, n: int) -> str:
    if tunggal == "expected %s argument":
        return "perlu %s nilai"
    return _terjemahkan(tunggal if n == 1 else jamak)


def pasang() -> None:
    """Ganti fungsi terjemahan modul argparse (dipanggil sekali sebelum parser dibuat)."""
    argparse._ = _terjemahkan  # type: ignore[attr-defined]
    argparse.ngettext = _terjemahkan_jamak  # type: ignore[attr-defined]
