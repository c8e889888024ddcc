"""Anatomi halaman modul di panduan: setiap tugas punya halaman dengan susunan yang sama, menautkan notebook
peserta (bukan sumber), masuk navigasi, dan poinnya sama dengan notebook."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
import yaml

from bimtek.kursus.tugas import FOLDER_SUMBER, daftar_tugas

AKAR = Path(__file__).resolve().parents[2]
FOLDER_MODUL = AKAR / "course" / "modul"
BAGIAN = ["Tujuan", "Durasi", "Materi", "Praktik", "Latihan", "Poin kunci"]
TUGAS = daftar_tugas()


def _halaman(tugas: str) -> str:
    path = FOLDER_MODUL / f"{tugas}.md"
    assert path.is_file(), f"Tugas {tugas} belum punya halaman panduan course/modul/{tugas}.md"
    return path.read_text(encoding="utf-8")


def _bagian(teks: str, judul: str) -> str:
    return re.split(r"^## ", teks.split(f"\n## {judul}\n", 1)[1], maxsplit=1, flags=re.M)[0]


@pytest.mark.parametrize("tugas", TUGAS)
def test_susunan_bagian(tugas: str) -> None:
    teks = _halaman(tugas)
    assert re.findall(r"^## (.+)$", teks, flags=re.M) == BAGIAN
    assert teks.startswith("# Modul "), "Judul halaman: '# Modul N · ...'"
    assert "!!! tujuan" in _bagian(teks, "Tujuan")
    assert re.search(r"\*\*\d+ menit\*\*", _bagian(teks, "Durasi")), "Durasi ditulis tebal dalam menit"
    assert _bagian(teks, "Poin kunci").count("\n- ") >= 3


@pytest.mark.parametrize("tugas", TUGAS)
def test_menautkan_notebook_peserta_bukan_sumber(tugas: str) -> None:
    teks = _halaman(tugas)
    assert f"](notebook/{tugas}.ipynb)" in teks
    assert "notebooks/" not in teks and "grader/" not in teks


@pytest.mark.parametrize("tugas", TUGAS)
def test_poin_latihan_sama_dengan_notebook(tugas: str) -> None:
    nb = nbformat.read(FOLDER_SUMBER / tugas / f"{tugas}.ipynb", as_version=4)
    poin_notebook = sum(s.metadata.get("nbgrader", {}).get("points", 0) for s in nb.cells)
    baris = re.findall(r"^\| *\d+ *\|.*\| *(\d+)[^|]*\|$", _bagian(_halaman(tugas), "Latihan"), flags=re.M)
    assert len(baris) >= 4, "Tabel latihan: satu baris per soal, kolom terakhir poin"
    assert sum(map(int, baris)) == poin_notebook


def test_halaman_modul_ada_di_navigasi_dan_daftar() -> None:
    mkdocs = yaml.load((AKAR / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    nav = str(mkdocs["nav"])
    daftar = (FOLDER_MODUL / "index.md").read_text(encoding="utf-8")
    for tugas in TUGAS:
        assert f"modul/{tugas}.md" in nav, f"{tugas} belum ada di nav mkdocs.yml"
        assert f"]({tugas}.md)" in daftar, f"{tugas} belum ada di course/modul/index.md"
