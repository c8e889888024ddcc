"""Ekstraksi zip kiriman yang aman: tolak path yang keluar folder, tautan simbolik, zip kosong, zip bom, dan zip
yang isinya rusak (CRC atau ukuran tidak cocok). Zip yang ditolak tidak meninggalkan berkas setengah jadi."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import time
import zipfile
import zlib
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


def _salin_anggota(zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path) -> None:
    """Salin satu anggota; ukuran nyata tidak boleh melebihi ukuran yang tercatat (zip bom yang berbohong)."""
    ditulis = 0
    try:
        with zf.open(info) as sumber, open(target, "wb") as keluar:
            while potong := sumber.read(1 << 20):
                ditulis += len(potong)
                if ditulis > info.file_size:
                    raise ZipDitolak(f"rusak: isi '{info.filename}' lebih besar dari ukuran yang tercatat di zip; "
                                     "minta peserta mengirim ulang")
                keluar.write(potong)
    except (zipfile.BadZipFile, zlib.error, EOFError) as e:
        sebab = "pemeriksaan CRC gagal" if "CRC" in str(e) else "isinya terpotong atau rusak"
        raise ZipDitolak(f"rusak: berkas '{info.filename}' di dalamnya tidak dapat dibaca ({sebab}); "
                         "minta peserta mengirim ulang") from e
    if ditulis != info.file_size:
        raise ZipDitolak(f"rusak: berkas '{info.filename}' berukuran {ditulis} bajt, padahal tercatat "
                         f"{info.file_size} bajt; minta peserta mengirim ulang")


def ekstrak(berkas: Path, tujuan: Path) -> Path:
    """Periksa semua anggota dulu, lalu ekstrak ke folder sementara; `tujuan` baru ada bila semuanya utuh.
    Waktu ubah tiap berkas diambil dari zip."""
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
        tujuan.parent.mkdir(parents=True, exist_ok=True)
        sementara = Path(tempfile.mkdtemp(dir=tujuan.parent, prefix=f".{tujuan.name}-"))
        try:
            for info in anggota:
                target = sementara.joinpath(*_path_aman(info.filename).parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                _salin_anggota(zf, info, target)
                waktu = time.mktime((*info.date_time, 0, 0, -1))
                os.utime(target, (waktu, waktu))
            os.replace(sementara, tujuan)
        except BaseException:
            shutil.rmtree(sementara, ignore_errors=True)
            raise
    return tujuan
