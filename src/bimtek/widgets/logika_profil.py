"""Pencarian profil pegawai berdasarkan NIP/NI PPPK (seperti profil SIASN), tanpa tampilan.

Pesan NIP yang tidak sah berasal dari `bimtek.aturan.parse_nip` (Perka BKN 22/2007 dan 43/2007), sehingga
kartu profil menyebut bagian NIP yang salah dengan kata-kata yang sama seperti di modul NIP.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from bimtek.aturan import (
    InfoNIPPPK,
    NIPTidakValid,
    batas_usia_pensiun,
    bersihkan_nip,
    parse_ni_pppk,
    parse_nip,
    parse_nomor_induk,
    tanggal_mencapai_bup,
    tmt_pensiun,
)


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


BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember")


def tanggal_panjang(tanggal: date) -> str:
    """Tanggal seperti di surat keputusan: 1 Maret 2019."""
    return f"{tanggal.day} {BULAN[tanggal.month - 1]} {tanggal.year}"


def urai_nomor(nomor: object) -> tuple[list[tuple[str, str]], str]:
    """Bagian-bagian NIP PNS atau NI PPPK sebagai (bagian, arti), dan pesan (kosong bila sah)."""
    try:
        info = parse_nomor_induk(nomor)
    except NIPTidakValid as e:
        return [], str(e)
    teks = bersihkan_nip(nomor)
    kelamin = "laki-laki" if info.jenis_kelamin == "L" else "perempuan"
    if isinstance(info, InfoNIPPPK):
        return [
            ("Jenis nomor", "NI PPPK (pegawai pemerintah dengan perjanjian kerja)"),
            (f"Angka 1-8: {teks[:8]}", f"tanggal lahir {tanggal_panjang(info.tanggal_lahir)}"),
            (f"Angka 9-12: {teks[8:12]}", f"tahun pengangkatan {info.tahun_pengangkatan}"),
            (f"Angka 13-14: {teks[12:14]}", "dua angka yang artinya belum terkonfirmasi dari sumber resmi"),
            (f"Angka 15: {teks[14]}", f"jenis kelamin {kelamin}"),
            (f"Angka 16-18: {teks[15:]}", f"nomor urut {info.nomor_urut}"),
        ], ""
    return [
        ("Jenis nomor", "NIP PNS"),
        (f"Angka 1-8: {teks[:8]}", f"tanggal lahir {tanggal_panjang(info.tanggal_lahir)}"),
        (f"Angka 9-14: {teks[8:14]}", f"TMT CPNS {tanggal_panjang(info.tmt_cpns)} (selalu tanggal 1)"),
        (f"Angka 15: {teks[14]}", f"jenis kelamin {kelamin}"),
        (f"Angka 16-18: {teks[15:]}", f"nomor urut {info.nomor_urut}"),
    ], ""


@dataclass
class HasilPensiun:
    """Hasil formulir pensiun: BUP, tanggal mencapai BUP, TMT pensiun; atau pesan bila isian belum lengkap."""

    pesan: str = ""
    bup: int | None = None
    mencapai_bup: date | None = None
    tmt_pensiun: date | None = None


def baca_tanggal(teks: str) -> date:
    """Tanggal yang diketik peserta: hari-bulan-tahun (14-05-1967, 14/05/1967, 14 5 1967)."""
    bagian = [b for b in re.split(r"[-/.\s]+", str(teks).strip()) if b]
    if len(bagian) != 3 or not all(b.isdigit() for b in bagian) or len(bagian[2]) != 4:
        raise ValueError(f"Tanggal \"{teks}\" belum terbaca. Tulis hari-bulan-tahun, misalnya 14-05-1967.")
    try:
        return date(int(bagian[2]), int(bagian[1]), int(bagian[0]))
    except ValueError:
        raise ValueError(f"Tanggal \"{teks}\" tidak ada di kalender. Periksa hari dan bulannya.") from None


def hitung_pensiun(tanggal_lahir: str, jenis_jabatan: str, jenjang: str | None = None,
                   jabatan: str | None = None) -> HasilPensiun:
    """BUP dan TMT pensiun dari `bimtek.aturan` (PP 11/2017 Ps. 239 dan aturan sektoral yang tercatat di sana)."""
    try:
        lahir = baca_tanggal(tanggal_lahir)
    except ValueError as e:
        return HasilPensiun(pesan=str(e))
    if not jenis_jabatan:
        return HasilPensiun(pesan="Pilih jenis jabatan dulu.")
    try:
        bup = batas_usia_pensiun(jenis_jabatan, jenjang or None, jabatan=jabatan or None)
    except ValueError as e:
        return HasilPensiun(pesan=str(e))
    return HasilPensiun(bup=bup, mencapai_bup=tanggal_mencapai_bup(lahir, bup), tmt_pensiun=tmt_pensiun(lahir, bup))
