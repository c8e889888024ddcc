"""Waktu jalan setiap notebook modul dari atas ke bawah (sasaran: paling lama 20 s di mesin 2 inti).

Untuk tiap tugas di notebooks/: notebook sumber (semua jawaban terisi) dan versi peserta (hasil nbgrader
generate_assignment, jawaban kosong) dijalankan dengan nbclient di folder sementara, seperti saat dinilai.
Pembanding yang diukur pada putaran yang sama: notebook satu sel `import bimtek, pandas` (biaya tetap kernel).

    .venv/bin/python benchmarks/waktu_notebook.py
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from bimtek.kelas.adaptor_nbgrader import api_kursus, buat_versi_peserta
from bimtek.kelas.tugas_kursus import FOLDER_SUMBER, daftar_tugas

SASARAN_DETIK = 20.0


def jalankan(folder: Path, nama: str) -> float:
    """Jalankan salinan `folder` (notebook dan berkas pendampingnya) di folder sementara; kembalikan detik."""
    with tempfile.TemporaryDirectory(prefix="bimtek-bench-") as tmp:
        kerja = Path(tmp) / "kerja"
        shutil.copytree(folder, kerja)
        nb = nbformat.read(kerja / nama, as_version=4)
        mulai = time.perf_counter()
        NotebookClient(nb, kernel_name="python3", allow_errors=True, timeout=120,
                       resources={"metadata": {"path": str(kerja)}}).execute()
        return time.perf_counter() - mulai


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bimtek-bench-") as tmp:
        pembanding_folder = Path(tmp) / "pembanding"
        pembanding_folder.mkdir()
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import bimtek, pandas")])
        nbformat.write(nb, pembanding_folder / "pembanding.ipynb")
        pembanding = jalankan(pembanding_folder, "pembanding.ipynb")

        api = api_kursus(ubah={"CourseDirectory": {"root": tmp, "db_url": f"sqlite:///{tmp}/gradebook.db"}})
        rilis = buat_versi_peserta(api)
        print(f"Pembanding (kernel + import bimtek, pandas): {pembanding:.1f} s")
        print(f"{'tugas':<22} {'sumber':>8} {'peserta':>8} {'x pembanding':>13}  sasaran <= {SASARAN_DETIK:.0f} s")
        gagal = 0
        for tugas in daftar_tugas():
            sumber = jalankan(FOLDER_SUMBER / tugas, f"{tugas}.ipynb")
            peserta = jalankan(rilis[tugas], f"{tugas}.ipynb")
            terlama = max(sumber, peserta)
            gagal += terlama > SASARAN_DETIK
            print(f"{tugas:<22} {sumber:>7.1f}s {peserta:>7.1f}s {terlama / pembanding:>12.1f}x  "
                  f"{'ya' if terlama <= SASARAN_DETIK else 'TIDAK'}")
    return 1 if gagal else 0


if __name__ == "__main__":
    raise SystemExit(main())
