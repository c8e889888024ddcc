"""Langkah bangun tambahan: bahan kursus ikut masuk wheel sebagai data paket `bimtek/_bahan/`.

Susunan repositori (`notebooks/`, `sample_data/`, `course/`, `grader/`) tetap seperti adanya untuk semua yang
bekerja di salinan repositori; hanya wheel yang menerima salinannya. Daftar isi sama dengan
`bimtek.lokasi.ISI_BAHAN`. Metadata proyek tetap di pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

AKAR = Path(__file__).resolve().parent
ISI_BAHAN = ("notebooks", "grader/nbgrader_config.py", "grader/contoh_kiriman", "sample_data", "course",
             "mkdocs.yml")
DILEWATI = shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints", "jawaban", "*.pyc")


class BangunDenganBahan(build_py):
    def run(self):
        super().run()
        if self.editable_mode:
            return  # pemasangan editable membaca bahan langsung dari repositori (bimtek.lokasi)
        tujuan = Path(self.build_lib) / "bimtek" / "_bahan"
        shutil.rmtree(tujuan, ignore_errors=True)
        for nama in ISI_BAHAN:
            asal = AKAR / nama
            if asal.is_dir():
                shutil.copytree(asal, tujuan / nama, ignore=DILEWATI)
            elif asal.is_file():
                (tujuan / nama).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(asal, tujuan / nama)


setup(cmdclass={"build_py": BangunDenganBahan})
