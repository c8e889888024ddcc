"""Notebook sumber yang dikomit: bersih (tanpa keluaran), sama dengan hasil pembangunnya, dan mengikuti pola modul."""

from __future__ import annotations

import nbformat
import pytest

from alat.notebook import bangun, modul_isi, teks_notebook
from bimtek.kelas.tugas_kursus import FOLDER_SUMBER, daftar_tugas

TUGAS = daftar_tugas()


def _baca(tugas: str) -> nbformat.NotebookNode:
    return nbformat.read(FOLDER_SUMBER / tugas / f"{tugas}.ipynb", as_version=4)


def test_semua_notebook_bersih() -> None:
    semua = sorted(FOLDER_SUMBER.rglob("*.ipynb"))
    assert semua
    for path in semua:
        nb = nbformat.read(path, as_version=4)
        kotor = [s.id for s in nb.cells if s.cell_type == "code" and (s.outputs or s.execution_count is not None)]
        assert not kotor, f"{path.relative_to(FOLDER_SUMBER)} dikomit dengan keluaran di sel {kotor}"


@pytest.mark.parametrize("tugas", sorted(modul_isi()))
def test_notebook_sama_dengan_pembangunnya(tugas: str) -> None:
    dikomit = (FOLDER_SUMBER / tugas / f"{tugas}.ipynb").read_text(encoding="utf-8")
    assert dikomit == teks_notebook(bangun(tugas)), f"Jalankan `python -m alat.notebook` lalu komit {tugas}."


@pytest.mark.parametrize("tugas", TUGAS)
def test_pola_modul(tugas: str) -> None:
    nb = _baca(tugas)
    kode = [s for s in nb.cells if s.cell_type == "code"]
    assert "pasang_bantuan_galat()" in kode[0].source, "Sel kode pertama memasang penjelasan galat"
    assert kode[0].metadata.get("nbgrader", {}).get("locked"), "Sel persiapan terkunci"
    meta = [s.metadata["nbgrader"] for s in nb.cells if "nbgrader" in s.metadata]
    ids = [m["grade_id"] for m in meta]
    assert len(ids) == len(set(ids)), "grade_id unik"
    uji = [m for m in meta if m.get("grade")]
    jawaban = [s for s in nb.cells if s.metadata.get("nbgrader", {}).get("solution")]
    assert len(jawaban) >= 4 and len(uji) >= 4, "Paling sedikit 4 soal yang dinilai"
    assert all(m["locked"] and m.get("points", 0) > 0 for m in uji), "Sel uji terkunci dan berpoin"
    assert all("### BEGIN SOLUTION" in s.source for s in jawaban)
    sel_uji = [s for s in nb.cells if s.metadata.get("nbgrader", {}).get("grade")]
    assert all("BEGIN HIDDEN TESTS" in s.source for s in sel_uji), "Setiap sel uji punya uji tersembunyi"
    teks = "\n".join(s.source for s in nb.cells if s.cell_type == "markdown")
    for kata in ("**Tujuan.**", "**Perkiraan waktu:**", "## Poin kunci"):
        assert kata in teks, f"Notebook {tugas} belum memuat {kata}"
