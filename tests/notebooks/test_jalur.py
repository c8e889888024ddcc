"""Struktur dua jalur: metadata `bimtek` di setiap notebook sumber, sel Kirim di akhir setiap notebook, dan tidak ada
sel kode yang harus diubah peserta di notebook jalur pengguna (berlaku untuk setiap notebook berjalur pengguna,
termasuk modul yang ditambahkan kemudian)."""

from __future__ import annotations

import nbformat
import pytest

from bimtek.kelas.tugas_kursus import FOLDER_SUMBER, daftar_tugas

TUGAS = daftar_tugas()
POLA_PERLU_DIUBAH = ("### BEGIN SOLUTION", "tulis jawaban", "TULIS JAWABAN", "NotImplementedError", '= ""  #')


def _baca(tugas: str) -> nbformat.NotebookNode:
    return nbformat.read(FOLDER_SUMBER / tugas / f"{tugas}.ipynb", as_version=4)


def sel_yang_harus_diubah(nb: nbformat.NotebookNode) -> list[str]:
    """Sel kode yang tampak (tidak terlipat) dan tidak terkunci, atau yang isinya meminta peserta menulis jawaban
    tanpa terlipat: pada jalur pengguna semua sel kode hanya dijalankan."""
    hasil = []
    for sel in nb.cells:
        if sel.cell_type != "code":
            continue
        terlipat = sel.metadata.get("jupyter", {}).get("source_hidden", False)
        meta = sel.metadata.get("nbgrader", {})
        terkunci = meta.get("locked", False) or meta.get("solution", False)
        if not terlipat or not terkunci or (not terlipat and any(p in sel.source for p in POLA_PERLU_DIUBAH)):
            hasil.append(sel.id)
    return hasil


@pytest.mark.parametrize("tugas", TUGAS)
def test_metadata_bimtek(tugas: str) -> None:
    meta = _baca(tugas).metadata.get("bimtek")
    assert meta, f"{tugas} belum punya metadata bimtek"
    assert meta["jalur"] in ("pengguna", "analis") and meta["modul"] == int(tugas.split("-")[1])
    assert meta["judul"].strip() and isinstance(meta["jp"], int) and meta["jp"] > 0


@pytest.mark.parametrize("tugas", TUGAS)
def test_sel_kirim_di_akhir(tugas: str) -> None:
    kode = [s for s in _baca(tugas).cells if s.cell_type == "code"]
    assert "FormulirKirim(" in kode[-1].source, f"{tugas}: sel kode terakhir harus formulir Kirim"


@pytest.mark.parametrize("tugas", [t for t in TUGAS if _baca(t).metadata.get("bimtek", {}).get("jalur") == "pengguna"])
def test_jalur_pengguna_tanpa_sel_yang_harus_diubah(tugas: str) -> None:
    assert not sel_yang_harus_diubah(_baca(tugas))


def test_pemeriksa_menemukan_sel_yang_harus_diubah() -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("jawaban = None  # tulis jawaban Anda di sini")]
    nb.cells[0].id = "isi-sendiri"
    assert sel_yang_harus_diubah(nb) == ["isi-sendiri"]
    nb.cells[0].metadata["jupyter"] = {"source_hidden": True}
    nb.cells[0].metadata["nbgrader"] = {"locked": True}
    assert sel_yang_harus_diubah(nb) == []
