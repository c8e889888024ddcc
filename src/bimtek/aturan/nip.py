"""Nomor Induk Pegawai (NIP) PNS dan Nomor Induk PPPK.

Dasar: Perka BKN 22/2007 dan 43/2007 (NIP PNS 18 digit: YYYYMMDD YYYYMM G NNN).
NI PPPK 18 digit: tanggal lahir (8) + tahun pengangkatan (4) + "21" + jenis kelamin (1) + nomor urut (3);
susunan ini bersumber sekunder dan arti segmen "21" belum terkonfirmasi, jadi segmen itu disimpan apa adanya.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from bimtek.aturan.waktu import tambah_tahun

JenisKelamin = Literal["L", "P"]

# Digit ke-15 NIP (ke-15 NI PPPK): 1 = laki-laki, 2 = perempuan.
KODE_JENIS_KELAMIN: dict[str, JenisKelamin] = {"1": "L", "2": "P"}
JENIS_KELAMIN_KE_KODE: dict[str, str] = {"L": "1", "P": "2"}
USIA_MINIMAL_CPNS = 18


class NIPTidakValid(ValueError):
    """NIP atau NI PPPK tidak sah; pesannya menyebut bagian mana yang salah."""


@dataclass(frozen=True)
class InfoNIP:
    """Isi NIP PNS."""

    tanggal_lahir: date
    tmt_cpns: date
    jenis_kelamin: JenisKelamin
    nomor_urut: int


@dataclass(frozen=True)
class InfoNIPPPK:
    """Isi NI PPPK. `kode` adalah segmen "21" yang artinya belum terkonfirmasi."""

    tanggal_lahir: date
    tahun_pengangkatan: int
    kode: str
    jenis_kelamin: JenisKelamin
    nomor_urut: int


def bersihkan_nip(nip: object) -> str:
    """Buang spasi (juga spasi tak-putus dan tab) dari NIP yang ditulis berkelompok."""
    if isinstance(nip, int) and not isinstance(nip, bool):
        nip = str(nip)
    if not isinstance(nip, str):
        raise NIPTidakValid(f"NIP harus berupa teks 18 angka, bukan {type(nip).__name__} ({nip!r}).")
    return re.sub(r"\s+", "", nip)


def _periksa_panjang(teks: str, asli: object, jenis: str) -> None:
    if len(teks) != 18 or not teks.isascii() or not teks.isdigit():
        bukan_angka = sorted({c for c in teks if not (c.isascii() and c.isdigit())})
        rincian = f"berisi karakter bukan angka {''.join(bukan_angka)!r}" if bukan_angka else f"{len(teks)} angka"
        raise NIPTidakValid(
            f"{jenis} {asli!r} tidak sah: harus tepat 18 angka (boleh dengan spasi), tetapi {rincian}."
        )


def _tanggal_lahir(teks: str, asli: object, jenis: str, hari_ini: date | None) -> date:
    try:
        lahir = date(int(teks[0:4]), int(teks[4:6]), int(teks[6:8]))
    except ValueError:
        raise NIPTidakValid(
            f"{jenis} {asli!r} tidak sah: digit 1-8 ({teks[0:8]}) harus tanggal lahir YYYYMMDD yang ada."
        ) from None
    if lahir > (hari_ini or date.today()):
        raise NIPTidakValid(f"{jenis} {asli!r} tidak sah: tanggal lahir {lahir.isoformat()} ada di masa depan.")
    return lahir


def _jenis_kelamin(digit: str, asli: object, jenis: str) -> JenisKelamin:
    if digit not in KODE_JENIS_KELAMIN:
        raise NIPTidakValid(
            f"{jenis} {asli!r} tidak sah: digit ke-15 (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan), "
            f"bukan {digit}."
        )
    return KODE_JENIS_KELAMIN[digit]


def _nomor_urut(teks: str, asli: object, jenis: str) -> int:
    if teks == "000":
        raise NIPTidakValid(f"{jenis} {asli!r} tidak sah: nomor urut (digit 16-18) tidak boleh 000.")
    return int(teks)


def parse_nip(nip: object, hari_ini: date | None = None) -> InfoNIP:
    """Urai NIP PNS 18 digit (dengan atau tanpa spasi) menjadi tanggal lahir, TMT CPNS, jenis kelamin, nomor urut.

    Dasar: Perka BKN 22/2007 dan 43/2007. Mengangkat NIPTidakValid yang menyebut bagian yang salah.
    """
    teks = bersihkan_nip(nip)
    _periksa_panjang(teks, nip, "NIP")
    lahir = _tanggal_lahir(teks, nip, "NIP", hari_ini)
    tahun, bulan = int(teks[8:12]), int(teks[12:14])
    if not 1 <= bulan <= 12 or tahun < 1:
        raise NIPTidakValid(
            f"NIP {nip!r} tidak sah: digit 9-14 ({teks[8:14]}) harus tahun dan bulan TMT CPNS (YYYYMM) "
            f"dengan bulan 01-12."
        )
    tmt = date(tahun, bulan, 1)
    jk = _jenis_kelamin(teks[14], nip, "NIP")
    urut = _nomor_urut(teks[15:18], nip, "NIP")
    if tmt < tambah_tahun(lahir, USIA_MINIMAL_CPNS):
        raise NIPTidakValid(
            f"NIP {nip!r} tidak sah: TMT CPNS {tmt.isoformat()} lebih awal dari ulang tahun ke-{USIA_MINIMAL_CPNS} "
            f"(lahir {lahir.isoformat()})."
        )
    return InfoNIP(tanggal_lahir=lahir, tmt_cpns=tmt, jenis_kelamin=jk, nomor_urut=urut)


def parse_nomor_induk(nomor: object, hari_ini: date | None = None) -> InfoNIP | InfoNIPPPK:
    """Urai nomor induk ASN: NIP PNS atau NI PPPK (keduanya 18 digit), dipakai di mana pun NIP diterima.

    PPPK juga ASN (UU 20/2023), jadi daftar peserta, kiriman, dan kartu profil menerima keduanya. NIP dicoba
    lebih dulu; bila gagal, NI PPPK. Bila keduanya gagal, pesan menyebut alasan keduanya sekali saja.
    """
    try:
        return parse_nip(nomor, hari_ini)
    except NIPTidakValid as galat_nip:
        try:
            return parse_ni_pppk(nomor, hari_ini)
        except NIPTidakValid as galat_pppk:
            pesan_nip, pesan_pppk = str(galat_nip), str(galat_pppk)
            if pesan_nip.split(":", 1)[-1] == pesan_pppk.split(":", 1)[-1]:
                # Panjang atau karakter salah: alasannya sama untuk kedua jenis nomor.
                raise NIPTidakValid(
                    f"Nomor {nomor!r} bukan NIP maupun NI PPPK yang sah:{pesan_nip.split(':', 1)[-1]}"
                ) from None
            raise NIPTidakValid(
                f"Nomor {nomor!r} bukan NIP maupun NI PPPK yang sah. Sebagai NIP:{pesan_nip.split(':', 1)[-1]} "
                f"Sebagai NI PPPK:{pesan_pppk.split(':', 1)[-1]}"
            ) from None


def format_nip(nip: object) -> str:
    """Tulis NIP berkelompok seperti pada dokumen: "19860926 201505 1 001"."""
    teks = bersihkan_nip(nip)
    parse_nip(teks)
    return f"{teks[0:8]} {teks[8:14]} {teks[14]} {teks[15:18]}"


def _kode_jk(jenis_kelamin: str) -> str:
    kode = JENIS_KELAMIN_KE_KODE.get(str(jenis_kelamin).strip().upper())
    if kode is None:
        raise NIPTidakValid(f"Jenis kelamin {jenis_kelamin!r} tidak dikenal. Pilihan yang diterima: \"L\", \"P\".")
    return kode


def _kode_urut(nomor_urut: int) -> str:
    if not 1 <= int(nomor_urut) <= 999:
        raise NIPTidakValid(f"Nomor urut {nomor_urut!r} harus 1 sampai 999.")
    return f"{int(nomor_urut):03d}"


def buat_nip(tanggal_lahir: date, tmt_cpns: date, jenis_kelamin: str, nomor_urut: int = 1) -> str:
    """Susun NIP 18 digit dari unsurnya; hasilnya selalu lolos `parse_nip`."""
    nip = f"{tanggal_lahir:%Y%m%d}{tmt_cpns:%Y%m}{_kode_jk(jenis_kelamin)}{_kode_urut(nomor_urut)}"
    parse_nip(nip)
    return nip


def parse_ni_pppk(ni: object, hari_ini: date | None = None) -> InfoNIPPPK:
    """Urai NI PPPK 18 digit: tanggal lahir, tahun pengangkatan, kode "21", jenis kelamin, nomor urut."""
    teks = bersihkan_nip(ni)
    _periksa_panjang(teks, ni, "NI PPPK")
    lahir = _tanggal_lahir(teks, ni, "NI PPPK", hari_ini)
    tahun = int(teks[8:12])
    if tahun < lahir.year:
        raise NIPTidakValid(
            f"NI PPPK {ni!r} tidak sah: tahun pengangkatan {tahun} (digit 9-12) sebelum tahun lahir {lahir.year}."
        )
    jk = _jenis_kelamin(teks[14], ni, "NI PPPK")
    urut = _nomor_urut(teks[15:18], ni, "NI PPPK")
    return InfoNIPPPK(
        tanggal_lahir=lahir, tahun_pengangkatan=tahun, kode=teks[12:14], jenis_kelamin=jk, nomor_urut=urut
    )


def buat_ni_pppk(
    tanggal_lahir: date, tahun_pengangkatan: int, jenis_kelamin: str, nomor_urut: int = 1, kode: str = "21"
) -> str:
    """Susun NI PPPK 18 digit; segmen `kode` bawaan "21" (arti belum terkonfirmasi)."""
    ni = f"{tanggal_lahir:%Y%m%d}{int(tahun_pengangkatan):04d}{kode}{_kode_jk(jenis_kelamin)}{_kode_urut(nomor_urut)}"
    parse_ni_pppk(ni)
    return ni


def format_ni_pppk(ni: object) -> str:
    """Tulis NI PPPK berkelompok: "19931228 2025 21 2 001"."""
    teks = bersihkan_nip(ni)
    parse_ni_pppk(teks)
    return f"{teks[0:8]} {teks[8:12]} {teks[12:14]} {teks[14]} {teks[15:18]}"
