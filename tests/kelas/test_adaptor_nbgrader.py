"""Satu lapisan di atas nbgrader: hanya bimtek.kelas.adaptor_nbgrader yang mengimpor nbgrader."""

from __future__ import annotations

import ast
from pathlib import Path

import bimtek
from bimtek.kelas import adaptor_nbgrader

PAKET = Path(bimtek.__file__).parent
ADAPTOR = Path(adaptor_nbgrader.__file__)


def _impor_nbgrader(berkas: Path) -> list[int]:
    baris = []
    for simpul in ast.walk(ast.parse(berkas.read_text(encoding="utf-8"))):
        if isinstance(simpul, ast.Import):
            nama = [a.name for a in simpul.names]
        elif isinstance(simpul, ast.ImportFrom) and simpul.level == 0 and simpul.module:
            nama = [simpul.module]
        else:
            continue
        if any(n == "nbgrader" or n.startswith("nbgrader.") for n in nama):
            baris.append(simpul.lineno)
    return baris


def test_hanya_adaptor_yang_mengimpor_nbgrader() -> None:
    alat = PAKET.parents[1] / "alat"
    berkas = sorted(PAKET.rglob("*.py")) + (sorted(alat.rglob("*.py")) if alat.is_dir() else [])
    pelanggar = {str(b): n for b in berkas if b != ADAPTOR and (n := _impor_nbgrader(b))}
    assert pelanggar == {}
    assert _impor_nbgrader(ADAPTOR)
    assert not list((PAKET / "kursus").glob("*.py"))  # paket lama dilebur ke kelas (sisa __pycache__ boleh)


def test_kelas_dasar_nbgrader_lewat_adaptor() -> None:
    from bimtek.kelas.isolasi import EksekusiTerisolasi
    from bimtek.kelas.praproses import KembalikanSelHilang, SembunyikanUjiTersembunyi

    assert issubclass(EksekusiTerisolasi, adaptor_nbgrader.Execute)
    assert issubclass(KembalikanSelHilang, adaptor_nbgrader.OverwriteCells)
    assert issubclass(SembunyikanUjiTersembunyi, adaptor_nbgrader.ClearHiddenTests)
    assert adaptor_nbgrader.MissingEntry.__module__ == "nbgrader.api"


def test_alat_penulis_di_luar_paket() -> None:
    """Kait mkdocs dan pembangun set gladi ada di alat/ (di samping alat/notebook/), bukan di paket yang dipasang."""
    import re

    teks = {b: b.read_text(encoding="utf-8") for b in PAKET.rglob("*.py")}
    assert not [b for b, t in teks.items() if re.search(r"^\s*(from|import) mkdocs", t, re.M)]
    alat = PAKET.parents[1] / "alat"
    assert (alat / "panduan_notebook.py").is_file() and (alat / "contoh_kiriman.py").is_file()
    mkdocs = (PAKET.parents[1] / "mkdocs.yml").read_text(encoding="utf-8")
    assert "  - alat/panduan_notebook.py" in mkdocs and "src/bimtek" not in mkdocs.split("hooks:")[1].split("\n\n")[0]
