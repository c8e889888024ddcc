"""Ekstraksi zip kiriman yang aman: tolak path yang keluar folder, tautan simbolik, zip kosong, dan zip bom."""

from __future__ import annotations

import os
import stat
import time
import zipfile
from pathlib import Path, PurePosixPath

from bimtek.galat import KesalahanPengguna

BATAS_ISI = 200 * 1024 * 1024
BATAS_BERKAS = 2000


class ZipDitolak(KesalahanPengguna):
    """Zip yang tidak boleh dibuka; pesannya menjadi alasan penolakan kiriman."""


def _path_aman(nama: str) -> PurePosixPath:
    path = PurePosixPath(nama.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or (path.parts and ":" in path.parts[0]):
        raise ZipDitolak(f"berisi path '{nama}' yang keluar dari foldernya")
    return path


def ekstrak(berkas: Path, tujuan: Path) -> Path:
    """Periksa semua anggota dulu, baru ekstrak; waktu ubah tiap berkas diambil dari zip."""
    try:
        zf = zipfile.ZipFile(berkas)
    except (zipfile.BadZipFile, OSError) as e:
        raise ZipDitolak(f"bukan zip yang utuh ({e})") from e
    with zf:
        anggota = [i for i in zf.infolist() if not i.is_dir()]
        if not anggota:
            raise ZipDitolak("zip kosong, tidak ada berkas di dalamnya")
        if len(anggota) > BATAS_BERKAS or sum(i.file_size for i in anggota) > BATAS_ISI:
            raise ZipDitolak(f"terlalu besar (lebih dari {BATAS_BERKAS} berkas atau {BATAS_ISI // 2**20} MB)")
        for info in anggota:
            _path_aman(info.filename)
            if stat.S_ISLNK(info.external_attr >> 16):
                raise ZipDitolak(f"berisi tautan simbolik '{info.filename}'")
        tujuan.mkdir(parents=True, exist_ok=True)
        for info in anggota:
            target = tujuan.joinpath(*_path_aman(info.filename).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as sumber, open(target, "wb") as keluar:
                while potong := sumber.read(1 << 20):
                    keluar.write(potong)
            waktu = time.mktime((*info.date_time, 0, 0, -1))
            os.utime(target, (waktu, waktu))
    return tujuan
