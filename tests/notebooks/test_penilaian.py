"""Setiap tugas di notebooks/ dengan nbgrader sungguhan: kunci bernilai penuh, versi peserta nol dan tidak mogok,
versi peserta dan umpan balik tanpa kunci jawaban maupun uji tersembunyi."""

from __future__ import annotations

import html
import re

import nbformat
import pytest

from bimtek.kelas.tugas_kursus import FOLDER_SUMBER, daftar_tugas

PESERTA_KUNCI, PESERTA_KOSONG, PESERTA_SEBAGIAN = "kunci", "kosong", "sebagian"  # lihat conftest.py
PESERTA_HAPUS_UJI = "hapus-uji"
TUGAS = daftar_tugas()
PESERTA_WIDGET = "widget"
TUGAS_PENGGUNA = [t for t in TUGAS if nbformat.read(FOLDER_SUMBER / t / f"{t}.ipynb", as_version=4)
                  .metadata.get("bimtek", {}).get("jalur") == "pengguna"]


def jalur(tugas: str) -> str:
    return nbformat.read(FOLDER_SUMBER / tugas / f"{tugas}.ipynb", as_version=4).metadata["bimtek"]["jalur"]

pytestmark = pytest.mark.lambat


def _peran(sel: nbformat.NotebookNode) -> str:
    meta = sel.metadata.get("nbgrader", {})
    if meta.get("solution"):
        return "jawaban"
    if meta.get("grade"):
        return "uji"
    return "lain"


def _galat(sel: nbformat.NotebookNode) -> list[str]:
    return [f"{o.ename}: {o.evalue}" for o in sel.get("outputs", []) if o.output_type == "error"]


def _wilayah(tugas: str, awal: str, akhir: str) -> set[str]:
    """Baris bermakna di dalam wilayah `awal`..`akhir` notebook sumber yang tidak muncul di luar wilayah itu."""
    nb = nbformat.read(FOLDER_SUMBER / tugas / f"{tugas}.ipynb", as_version=4)
    di_dalam, di_luar = set(), set()
    for sel in nb.cells:
        masuk = False
        for baris in sel.source.splitlines():
            if awal in baris:
                masuk = True
            elif akhir in baris:
                masuk = False
            elif baris.strip():
                (di_dalam if masuk else di_luar).add(baris.strip())
    return {b for b in di_dalam - di_luar if len(b) >= 12}


@pytest.mark.parametrize("tugas", TUGAS)
def test_kunci_mendapat_nilai_penuh(penilaian, tugas: str) -> None:
    skor, maks = penilaian.skor[tugas, PESERTA_KUNCI]
    assert maks > 0
    nb = penilaian.notebook_dinilai(tugas, PESERTA_KUNCI)
    galat = {s.id: _galat(s) for s in nb.cells if _galat(s) and "raises-exception" not in s.metadata.get("tags", [])}
    assert not galat, f"Notebook sumber {tugas} gagal dijalankan: {galat}"
    assert skor == maks


@pytest.mark.parametrize("tugas", TUGAS)
def test_versi_peserta_bernilai_nol_tanpa_mogok(penilaian, tugas: str) -> None:
    skor, maks = penilaian.skor[tugas, PESERTA_KOSONG]
    assert (skor, maks) == (0, penilaian.skor[tugas, PESERTA_KUNCI][1])
    nb = penilaian.notebook_dinilai(tugas, PESERTA_KOSONG)
    mogok = {
        s.id: _galat(s)
        for s in nb.cells
        if _peran(s) == "lain" and _galat(s) and "raises-exception" not in s.metadata.get("tags", [])
    }
    assert not mogok, f"Sel materi/persiapan {tugas} gagal pada versi peserta kosong: {mogok}"
    uji = [s for s in nb.cells if _peran(s) == "uji"]
    if jalur(tugas) == "pengguna":
        # Jalur pengguna: sel uji tidak pernah gagal (Jalankan Semua Sel tidak berhenti); nilainya angka 0.
        assert uji and not any(_galat(s) for s in uji)
        assert all(o.data["text/plain"] == "0" for s in uji for o in s.outputs if o.output_type == "execute_result")
    else:
        assert uji and all(_galat(s) for s in uji), "Setiap sel uji harus gagal bila jawaban belum diisi."
        assert all("raises-exception" in s.metadata.get("tags", []) for s in uji), "Jalankan Semua Sel berhenti"


@pytest.mark.parametrize("tugas", TUGAS_PENGGUNA)
def test_jalur_pengguna_nilai_penuh_hanya_lewat_widget(penilaian, tugas: str) -> None:
    skor, maks = penilaian.skor[tugas, PESERTA_WIDGET]
    assert maks > 0 and skor == maks
    nb = penilaian.notebook_dinilai(tugas, PESERTA_WIDGET)
    assert not {s.id: _galat(s) for s in nb.cells if _galat(s)}


@pytest.mark.parametrize("tugas", TUGAS)
def test_nilai_parsial_per_soal(penilaian, tugas: str) -> None:
    skor, maks = penilaian.skor[tugas, PESERTA_SEBAGIAN]
    assert 0 < penilaian.poin_soal_pertama[tugas] < maks
    assert skor == maks - penilaian.poin_soal_pertama[tugas]


@pytest.mark.parametrize("tugas", TUGAS)
def test_versi_peserta_dan_umpan_balik_tanpa_bocoran(kursus, penilaian, tugas: str) -> None:
    rilis = "\n".join(s.source for s in nbformat.read(kursus.rilis[tugas] / f"{tugas}.ipynb", as_version=4).cells)
    umpan_balik_html = penilaian.umpan_balik(tugas, PESERTA_KOSONG)
    # Kode di HTML dipecah pewarna sintaksis menjadi banyak <span>: bandingkan dengan teksnya saja.
    umpan_balik = html.unescape(re.sub(r"<[^>]+>", "", umpan_balik_html))
    solusi = _wilayah(tugas, "BEGIN SOLUTION", "END SOLUTION")
    tersembunyi = _wilayah(tugas, "BEGIN HIDDEN TESTS", "END HIDDEN TESTS")
    assert solusi and tersembunyi
    for nama, teks in (("versi peserta", rilis), ("umpan balik", umpan_balik)):
        bocor = [b for b in solusi | tersembunyi if b in teks]
        assert not bocor, f"{nama} {tugas} membocorkan kunci/uji tersembunyi: {bocor[:3]}"
        assert "BEGIN SOLUTION" not in teks and "HIDDEN TESTS" not in teks
    assert not re.search(r"<script[^>]+src=\"https?://", umpan_balik_html), "Umpan balik memuat skrip dari internet."


@pytest.mark.parametrize("tugas", TUGAS)
def test_sel_uji_yang_dihapus_dikembalikan_dan_dinilai(penilaian, tugas: str) -> None:
    # OverwriteCells.add_missing_cells: sel uji yang dihapus dikembalikan dan dinilai, bukan diam-diam dilewati.
    # (Kasus KeyError nbgrader 0.9.6 yang diperbaiki KembalikanSelHilang ada di set gladi grader/contoh_kiriman.)
    assert penilaian.skor[tugas, PESERTA_HAPUS_UJI] == penilaian.skor[tugas, PESERTA_KUNCI]
    nb = penilaian.notebook_dinilai(tugas, PESERTA_HAPUS_UJI)
    uji = [s for s in nb.cells if s.metadata.get("nbgrader", {}).get("grade")
           and not s.metadata["nbgrader"].get("solution")]
    assert uji, "sel uji harus dikembalikan ke notebook yang dinilai"
