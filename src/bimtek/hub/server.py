"""Persiapan server kelas (sebagai root) dan langkah fasilitator yang menyentuh rumah peserta."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from bimtek import lokasi
from bimtek.galat import KesalahanPengguna
from bimtek.hub import akun as akun_hub
from bimtek.hub.konfigurasi import NAMA_KONFIGURASI, baca_akun


def siapkan(folder: Path) -> list[str]:
    """Pengguna sistem, exchange, izin folder rahasia, dan JupyterLab berbahasa Indonesia; aman diulang."""
    data = baca_akun(folder)
    dibuat = akun_hub.pastikan_pengguna_sistem(data["akun"])
    exchange = Path(data["exchange"])
    exchange.mkdir(parents=True, exist_ok=True)
    # Exchange nbgrader: semua boleh menulis, sticky bit agar tidak ada yang menghapus milik orang lain;
    # inbound dibuat nbgrader tanpa izin baca untuk peserta.
    os.chmod(exchange, 0o1777)
    kelas = Path(data["kelas"])
    os.chmod(kelas, 0o700)
    # Kunci jawaban di bahan kit (repositori atau paket terpasang) tidak boleh terbaca peserta.
    for rahasia in lokasi.folder_rahasia():
        os.chmod(rahasia, 0o700)
    siapkan_pantau(data)
    from bimtek.mulai import pasang_pengaturan_lab

    pasang_pengaturan_lab()
    return dibuat


def siapkan_pantau(data: dict) -> None:
    """Grup pelatih berisi akun fasilitator, lalu folder peristiwa pantau (root, grup pelatih, mode 3773)."""
    import grp

    from bimtek.pantau.folder_hub import GRUP_BAWAAN, siapkan_folder_hub

    grup = data.get("grup_pelatih") or GRUP_BAWAAN
    try:
        grp.getgrnam(grup)
    except KeyError:
        subprocess.run(["groupadd", grup], check=True, capture_output=True)
    for a in data["akun"]:
        if a.fasilitator:
            subprocess.run(["usermod", "-a", "-G", grup, a.nama_pengguna], check=True, capture_output=True)
    if data.get("pantau"):
        siapkan_folder_hub(Path(data["pantau"]), grup)


def mulai(folder: Path) -> int:
    folder = Path(folder).resolve()
    if not (folder / NAMA_KONFIGURASI).exists():
        raise KesalahanPengguna(f"{folder / NAMA_KONFIGURASI} tidak ada. Buat dulu: bimtek hub konfigurasi "
                                "--peserta DAFTAR.xlsx --keluar FOLDER.")
    dibuat = siapkan(folder)
    if dibuat:
        print(f"{len(dibuat)} akun sistem peserta dibuat.")
    python = baca_akun(folder).get("python") or sys.executable
    program = shutil.which("jupyterhub", path=os.path.dirname(python)) or "jupyterhub"
    os.chdir(folder)
    # JupyterHub menggantikan proses ini: sinyal berhenti (Ctrl+C, systemd) langsung sampai ke hub, yang lalu
    # menghentikan proxy, layanan, dan server peserta.
    os.execv(program, [program, "-f", str(folder / NAMA_KONFIGURASI)])


def umpan_balik_ke_rumah(folder: Path, modul: str) -> tuple[int, list[str]]:
    """Buat halaman umpan balik kelas lalu salin ke ~/umpan_balik/MODUL/ setiap peserta (milik peserta itu)."""
    from bimtek.kelas import umpan_balik
    from bimtek.kelas.folder_kelas import FolderKelas

    data = baca_akun(folder)
    kelas = FolderKelas(Path(data["kelas"]))
    umpan_balik.buat(kelas, modul)
    sampai, belum = 0, []
    for a in data["akun"]:
        if a.fasilitator:
            continue
        halaman = kelas.direktori("feedback") / a.nama_pengguna / modul / umpan_balik.NAMA_BERKAS
        if not halaman.exists():
            belum.append(a.nama_pengguna)
            continue
        rumah = akun_hub.rumah(a.nama_pengguna)
        tujuan = rumah / "umpan_balik" / modul
        tujuan.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(halaman, tujuan / umpan_balik.NAMA_BERKAS)
        for p in (rumah / "umpan_balik", tujuan, tujuan / umpan_balik.NAMA_BERKAS):
            shutil.chown(p, a.nama_pengguna, a.nama_pengguna)
        sampai += 1
    return sampai, belum
