"""Akun peserta dan fasilitator: nama pengguna dari NIP/NI PPPK, satu pengguna sistem per orang."""

from __future__ import annotations

import os
import pwd
import subprocess
from dataclasses import dataclass
from pathlib import Path

from bimtek.galat import KesalahanPengguna


@dataclass(frozen=True)
class Akun:
    nama_pengguna: str
    nama: str
    fasilitator: bool = False


def nama_pengguna(nomor: object) -> str:
    """Nama pengguna = NIP atau NI PPPK 18 digit tanpa spasi (sama dengan id peserta nbgrader dan daftar kelas)."""
    from bimtek.aturan import parse_nomor_induk
    from bimtek.aturan.nip import NIPTidakValid

    teks = "".join(str(nomor).split())
    try:
        parse_nomor_induk(teks)
    except NIPTidakValid as e:
        raise KesalahanPengguna(str(e)) from e
    return teks


def dari_daftar(berkas: Path, fasilitator: list[str] | tuple[str, ...] = ()) -> list[Akun]:
    """Akun dari daftar peserta (CSV/XLSX dengan kolom NIP, nama, unit) ditambah akun fasilitator."""
    from bimtek.kelas.peserta import baca_berkas

    akun = [Akun(nama_pengguna(p.nip), p.nama) for p in baca_berkas(Path(berkas))]
    for nama in fasilitator:
        if not nama.isascii() or not nama.replace("-", "").replace("_", "").isalnum() or not nama[0].isalpha():
            raise KesalahanPengguna(
                f"Nama akun fasilitator '{nama}' tidak dapat dipakai. Pakai huruf kecil dan angka, diawali huruf, "
                "misalnya fasilitator1."
            )
        akun.append(Akun(nama.lower(), nama, fasilitator=True))
    return akun


def rumah(nama: str) -> Path:
    return Path(pwd.getpwnam(nama).pw_dir)


def pastikan_pengguna_sistem(akun: list[Akun]) -> list[str]:
    """Buat pengguna sistem yang belum ada (useradd), rumah hanya dapat dibaca pemiliknya. Butuh root."""
    if os.geteuid() != 0:
        raise KesalahanPengguna("Akun peserta dibuat sebagai pengguna sistem; jalankan perintah ini sebagai root "
                                "(sudo).")
    dibuat = []
    for a in akun:
        try:
            pwd.getpwnam(a.nama_pengguna)
        except KeyError:
            subprocess.run(["useradd", "--create-home", "--shell", "/bin/bash", "--comment", a.nama[:60],
                            a.nama_pengguna], check=True, capture_output=True)
            dibuat.append(a.nama_pengguna)
        # Rumah peserta tertutup untuk peserta lain (useradd Debian membuatnya 0755).
        os.chmod(rumah(a.nama_pengguna), 0o700)
    return dibuat
