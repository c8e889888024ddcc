"""Penilaian sungguhan untuk uji notebook: tiap tugas dikirim oleh empat peserta (kunci = notebook sumber, kosong =
versi peserta apa adanya, sebagian = kunci dengan jawaban soal pertama dikosongkan, hapus-uji = kunci tanpa sel
uji), dinilai dengan nbgrader
autograde (satu pemanggilan per tugas untuk semua peserta), lalu dibuatkan umpan balik."""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import pytest

from bimtek.kelas.tugas_kursus import FOLDER_SUMBER, daftar_tugas

PESERTA_KUNCI = "kunci"  # mengirim notebook sumber (semua jawaban terisi): harus nilai penuh
PESERTA_KOSONG = "kosong"  # mengirim versi peserta apa adanya: harus nilai nol
PESERTA_SEBAGIAN = "sebagian"  # kunci tanpa jawaban soal pertama: kehilangan tepat poin soal itu
PESERTA_HAPUS_UJI = "hapus-uji"  # kunci tanpa satu pun sel uji: sel uji dikembalikan dan dinilai, nilai penuh
PESERTA_WIDGET = "widget"  # versi peserta + jawaban dari widget yang "diklik" lewat API Python (jalur pengguna)
TUGAS = daftar_tugas()


def jalur(tugas: str) -> str:
    """Jalur notebook sumber menurut metadata `bimtek` ("pengguna" atau "analis")."""
    nb = nbformat.read(FOLDER_SUMBER / tugas / f"{tugas}.ipynb", as_version=4)
    return nb.metadata.get("bimtek", {}).get("jalur", "")


TUGAS_PENGGUNA = [t for t in TUGAS if jalur(t) == "pengguna"]


@dataclass
class HasilNilai:
    skor: dict[tuple[str, str], tuple[float, float]] = field(default_factory=dict)
    poin_soal_pertama: dict[str, float] = field(default_factory=dict)
    detik_autograde: dict[str, float] = field(default_factory=dict)
    folder: Path | None = None

    def notebook_dinilai(self, tugas: str, peserta: str) -> nbformat.NotebookNode:
        return nbformat.read(self.folder / "autograded" / peserta / tugas / f"{tugas}.ipynb", as_version=4)

    def umpan_balik(self, tugas: str, peserta: str) -> str:
        return (self.folder / "feedback" / peserta / tugas / f"{tugas}.html").read_text(encoding="utf-8")


WAKTU: dict[str, float] = {}


@pytest.fixture(scope="session")
def penilaian(kursus) -> HasilNilai:
    from nbgrader.api import Gradebook

    hasil = HasilNilai(folder=kursus.akar)
    for tugas in TUGAS:
        for peserta, asal in ((PESERTA_KUNCI, FOLDER_SUMBER / tugas), (PESERTA_KOSONG, kursus.rilis[tugas])):
            tujuan = kursus.akar / "submitted" / peserta / tugas
            shutil.copytree(asal, tujuan, dirs_exist_ok=True)
        hasil.poin_soal_pertama[tugas] = _kirim_sebagian(tugas, kursus.rilis[tugas], kursus.akar / "submitted")
        _kirim_tanpa_uji(tugas, kursus.akar / "submitted")
        if tugas in TUGAS_PENGGUNA:
            _kirim_lewat_widget(tugas, kursus.rilis[tugas], kursus.akar / "submitted")
        mulai = time.perf_counter()
        keluaran = kursus.api.autograde(tugas, "*")
        hasil.detik_autograde[tugas] = WAKTU[f"autograde {tugas} (4 peserta)"] = time.perf_counter() - mulai
        assert keluaran["success"], keluaran.get("error", "") + keluaran.get("log", "")[-3000:]
        keluaran = kursus.api.generate_feedback(tugas, "*")
        assert keluaran["success"], keluaran.get("error", "") + keluaran.get("log", "")[-3000:]
    with Gradebook(kursus.db_url) as gb:
        for tugas in TUGAS:
            for peserta in (PESERTA_KUNCI, PESERTA_KOSONG, PESERTA_SEBAGIAN, PESERTA_HAPUS_UJI, PESERTA_WIDGET):
                if peserta == PESERTA_WIDGET and tugas not in TUGAS_PENGGUNA:
                    continue
                kiriman = gb.find_submission(tugas, peserta)
                hasil.skor[tugas, peserta] = (kiriman.score, kiriman.max_score)
    return hasil


def _kirim_sebagian(tugas: str, folder_rilis: Path, folder_kiriman: Path) -> float:
    """Kirim notebook sumber dengan sel jawaban pertama diganti versi pesertanya; kembalikan poin uji soal itu
    (sel uji sesudah sel jawaban itu sampai sel jawaban berikutnya)."""
    nb = nbformat.read(FOLDER_SUMBER / tugas / f"{tugas}.ipynb", as_version=4)
    rilis = {s.id: s for s in nbformat.read(folder_rilis / f"{tugas}.ipynb", as_version=4).cells}
    meta = [s.metadata.get("nbgrader", {}) for s in nb.cells]
    pertama = next(i for i, m in enumerate(meta) if m.get("solution"))
    nb.cells[pertama].source = rilis[nb.cells[pertama].id].source
    poin = 0.0
    for m in meta[pertama + 1:]:
        if m.get("solution"):
            break
        poin += m.get("points", 0) if m.get("grade") else 0
    tujuan = folder_kiriman / PESERTA_SEBAGIAN / tugas
    shutil.copytree(FOLDER_SUMBER / tugas, tujuan, dirs_exist_ok=True)
    nbformat.write(nb, tujuan / f"{tugas}.ipynb")
    return poin


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if WAKTU:
        terminalreporter.section("waktu penilaian notebook")
        for nama, detik in WAKTU.items():
            terminalreporter.write_line(f"{nama}: {detik:.1f} s")


def _kirim_tanpa_uji(tugas: str, folder_kiriman: Path) -> None:
    """Kirim notebook sumber tanpa semua sel uji (sel dinilai yang bukan sel jawaban), seperti peserta yang
    menghapusnya; penilaian harus mengembalikan dan menjalankan sel itu."""
    nb = nbformat.read(FOLDER_SUMBER / tugas / f"{tugas}.ipynb", as_version=4)
    nb.cells = [s for s in nb.cells if not (s.metadata.get("nbgrader", {}).get("grade")
                                            and not s.metadata["nbgrader"].get("solution"))]
    tujuan = folder_kiriman / PESERTA_HAPUS_UJI / tugas
    shutil.copytree(FOLDER_SUMBER / tugas, tujuan, dirs_exist_ok=True)
    nbformat.write(nb, tujuan / f"{tugas}.ipynb")


def _kirim_lewat_widget(tugas: str, folder_rilis: Path, folder_kiriman: Path) -> None:
    """Versi peserta apa adanya, ditambah jawaban yang dibuat dengan menekan widget lewat API Python di folder
    kiriman itu (pengganti klik peserta; lihat `jawab_widget.py`)."""
    from jawab_widget import JAWAB

    tujuan = folder_kiriman / PESERTA_WIDGET / tugas
    shutil.copytree(folder_rilis, tujuan, dirs_exist_ok=True)
    JAWAB[tugas](tujuan)
