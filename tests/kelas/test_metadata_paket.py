"""Metadata paket: setiap pustaka yang diimpor langsung oleh kit dinyatakan di pyproject.toml, dengan batas versi
yang dibutuhkan kode (issue 13)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import bimtek

PAKET = Path(bimtek.__file__).parent
AKAR = PAKET.parents[1]
# Berjalan hanya di server kelas JupyterHub (ekstra [hub]): paket hub dan layanan pantau di hub.
KODE_HUB = ("hub/", "pantau/server.py")


def _nama(req: str) -> str:
    return re.split(r"[<>=!~\[; ]", req, maxsplit=1)[0].lower().replace("_", "-")


def _impor_pihak_ketiga(berkas: Path) -> set[str]:
    nama = set()
    for s in ast.walk(ast.parse(berkas.read_text(encoding="utf-8"))):
        if isinstance(s, ast.Import):
            nama |= {a.name.split(".")[0] for a in s.names}
        elif isinstance(s, ast.ImportFrom) and s.level == 0 and s.module:
            nama.add(s.module.split(".")[0])
    return {n for n in nama if n not in sys.stdlib_module_names and n != "bimtek"}


def test_impor_langsung_dinyatakan_dan_batas_versi() -> None:
    proyek = tomllib.loads((AKAR / "pyproject.toml").read_text(encoding="utf-8"))
    wajib = {_nama(r) for r in proyek["project"]["dependencies"]}
    hub = {_nama(r) for r in proyek["project"]["optional-dependencies"]["hub"]}
    distribusi = packages_distributions()
    kurang = {}
    for berkas in sorted(PAKET.rglob("*.py")):
        boleh = wajib | (hub if str(berkas.relative_to(PAKET)).startswith(KODE_HUB) else set())
        for modul in _impor_pihak_ketiga(berkas):
            nama = {d.lower().replace("_", "-") for d in distribusi.get(modul, [modul])}
            # Ekstra yang tidak terpasang di lingkungan uji: nama distribusinya memuat nama modulnya.
            if not nama & boleh and not any(b.endswith(modul.replace("_", "-")) for b in boleh):
                kurang.setdefault(modul, []).append(str(berkas.relative_to(PAKET)))
    assert kurang == {}
    deps = proyek["project"]["dependencies"]
    assert "pandas>=2.3" in deps and "nbgrader>=0.9.5,<0.10" in deps
    assert proyek["project"]["license"] == "MIT" and proyek["project"]["license-files"] == ["LICENSE"]
    assert "setuptools>=77" in proyek["build-system"]["requires"]
    assert "MIT License" in (AKAR / "LICENSE").read_text(encoding="utf-8")
