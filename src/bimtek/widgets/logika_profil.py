"""Pencarian profil pegawai berdasarkan NIP/NI PPPK (seperti profil SIASN), tanpa tampilan.

Pesan NIP yang tidak sah berasal dari `bimtek.aturan.parse_nip` (Perka BKN 22/2007 dan 43/2007), sehingga
kartu profil menyebut bagian NIP yang salah dengan kata-kata yang sama seperti di modul NIP.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from bimtek.aturan import NIPTidakValid, bersihkan_nip, parse_ni_pppk, parse_nip


@dataclass
class HasilCari:
    """Hasil mencari satu NIP: data pegawai (bila ketemu), apakah nomornya sah, dan pesan untuk peserta."""

    pesan: str
    sah: bool = False
    pegawai: dict[str, Any] = field(default_factory=dict)
    atasan: dict[str, Any] = field(default_factory=dict)

    @property
    def ketemu(self) -> bool:
        return bool(self.pegawai)


def baris(tabel: pd.DataFrame, kolom: str, nilai: object) -> dict[str, Any]:
    """Baris pertama yang `kolom`-nya sama dengan `nilai`, sebagai dict (sel kosong menjadi None; {} bila tidak
    ada)."""
    cocok = tabel[tabel[kolom].astype(str) == str(nilai)]
    if cocok.empty:
        return {}
    return {k: (None if pd.isna(v) else v) for k, v in cocok.iloc[0].to_dict().items()}


def periksa_nomor(nip: str) -> str | None:
    """Pesan kesalahan bila nomor bukan NIP PNS maupun NI PPPK yang sah; None bila sah."""
    try:
        parse_nip(nip)
        return None
    except NIPTidakValid as salah_nip:
        try:
            parse_ni_pppk(nip)
            return None
        except NIPTidakValid:
            return str(salah_nip)


def cari_pegawai(nip: object, pegawai: pd.DataFrame) -> HasilCari:
    """Cari pegawai dengan NIP (boleh berspasi) di tabel pegawai; beri pesan yang menjelaskan bila gagal."""
    try:
        bersih = bersihkan_nip(nip)
    except NIPTidakValid as e:
        return HasilCari(pesan=str(e))
    if not bersih:
        return HasilCari(pesan="Ketik NIP 18 angka (boleh dengan spasi), misalnya 19860926 201505 1 001.")
    salah = periksa_nomor(bersih)
    if salah:
        return HasilCari(pesan=salah)
    data = baris(pegawai, "nip", bersih)
    if not data:
        return HasilCari(
            sah=True,
            pesan=f"NIP {bersih} sah, tetapi tidak ada dalam data pegawai contoh. Periksa kembali angkanya.",
        )
    atasan = baris(pegawai, "nip", data.get("atasan_nip") or "")
    return HasilCari(sah=True, pegawai=data, atasan=atasan, pesan=f"Profil {data.get('nama', bersih)} ditemukan.")
