"""`bimtek kelas buat FOLDER`: folder kelas baru dari kursus yang terpasang (repositori atau wheel).

Notebook sumber disalin ke FOLDER/source (milik kelas itu; tidak dapat dibaca pengguna lain), konfigurasi kursus
terpasang dimuat oleh nbgrader_config.py kelas, buku nilai di FOLDER/gradebook.db.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from bimtek import lokasi
from bimtek.galat import KesalahanPengguna
from bimtek.kelas.folder_kelas import FolderKelas
from bimtek.tulis_atomik import tulis_teks

KONFIGURASI = """\
# Konfigurasi nbgrader kelas ini (dibuat oleh `bimtek kelas buat`). Pengaturan kursus dimuat dari kit terpasang;
# yang di bawah ini khusus kelas: akar, notebook sumber, dan buku nilai.
c = get_config()  # noqa: F821
load_subconfig({kursus!r})  # noqa: F821
c.CourseDirectory.root = {akar!r}
c.CourseDirectory.source_directory = {sumber!r}
c.CourseDirectory.db_url = {db!r}
"""


def buat(folder: Path, exchange: Path | None = None) -> FolderKelas:
    """Buat folder kelas; menolak folder yang sudah berisi kelas (tidak ada yang ditimpa)."""
    folder = Path(folder).resolve()
    if (folder / "nbgrader_config.py").exists():
        raise KesalahanPengguna(
            f"{folder} sudah berisi kelas (ada nbgrader_config.py); tidak ada yang diubah. "
            "Pakai folder itu dengan --kelas, atau pilih folder baru."
        )
    sumber_kit = lokasi.folder_sumber()
    if not sumber_kit.is_dir():
        raise KesalahanPengguna(f"Bahan kursus tidak ditemukan di {sumber_kit}. Pasang ulang kit (pip install bimtek).")
    folder.mkdir(parents=True, exist_ok=True)
    # Hanya pemilik (fasilitator) yang boleh membaca kunci jawaban dan buku nilai kelas.
    os.chmod(folder, 0o700)
    shutil.copytree(sumber_kit, folder / "source", ignore=shutil.ignore_patterns("jawaban", "__pycache__",
                                                                              ".ipynb_checkpoints", "*.md"))
    teks = KONFIGURASI.format(kursus=str(lokasi.konfigurasi_kursus()), akar=str(folder),
                              sumber=str(folder / "source"), db="sqlite:///" + str(folder / "gradebook.db"))
    if exchange is not None:
        teks += f"c.Exchange.root = {str(exchange)!r}\n"
    tulis_teks(folder / "nbgrader_config.py", teks)
    return FolderKelas(folder)
