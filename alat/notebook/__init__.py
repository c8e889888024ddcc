"""Pembangun notebook sumber nbgrader: satu berkas isi per modul (`modul_<n>_<topik>.py`) menjadi
`notebooks/<tugas>/<tugas>.ipynb` yang bersih (tanpa keluaran).

Isi modul ditulis sebagai daftar sel dengan pembantu di `alat.notebook.sel`; metadata nbgrader (id, poin, kunci)
dibuat seragam oleh pembantu itu. Bangun ulang semua notebook: `python -m alat.notebook` dari akar repositori.
Uji `tests/notebooks/test_sumber.py` gagal bila notebook yang dikomit berbeda dari hasil bangun ulang.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import nbformat

AKAR_REPO = Path(__file__).resolve().parents[2]


def modul_isi() -> dict[str, object]:
    """Semua modul isi: nama tugas -> modul Python yang punya `TUGAS` dan `sel()`."""
    hasil = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("modul_"):
            modul = importlib.import_module(f"{__name__}.{info.name}")
            hasil[modul.TUGAS] = modul
    return dict(sorted(hasil.items()))


def bangun(tugas: str) -> nbformat.NotebookNode:
    """Notebook sumber satu tugas, dari modul isinya."""
    from alat.notebook.sel import notebook

    modul = modul_isi()[tugas]
    return notebook(modul.sel(), getattr(modul, "BIMTEK", None))


def teks_notebook(nb: nbformat.NotebookNode) -> str:
    """Teks berkas .ipynb yang stabil (diff kecil di git)."""
    return nbformat.writes(nb, version=4) + "\n"


def tulis_semua(akar: Path = AKAR_REPO) -> list[Path]:
    ditulis = []
    for tugas in modul_isi():
        path = akar / "notebooks" / tugas / f"{tugas}.ipynb"
        path.parent.mkdir(parents=True, exist_ok=True)
        sementara = path.with_name(f".{path.name}.baru")
        sementara.write_text(teks_notebook(bangun(tugas)), encoding="utf-8")
        sementara.replace(path)
        ditulis.append(path)
    return ditulis
