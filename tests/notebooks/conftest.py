"""Penilaian sungguhan untuk uji notebook: kirim kunci (notebook sumber) dan versi peserta kosong tiap tugas,
nilai dengan nbgrader autograde (satu pemanggilan per tugas untuk semua peserta), lalu buat umpan balik."""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import pytest

from bimtek.kursus.tugas import FOLDER_SUMBER, daftar_tugas

PESERTA_KUNCI = "kunci"  # mengirim notebook sumber (semua jawaban terisi): harus nilai penuh
PESERTA_KOSONG = "kosong"  # mengirim versi peserta apa adanya: harus nilai nol
TUGAS = daftar_tugas()


@dataclass
class HasilNilai:
    skor: dict[tuple[str, str], tuple[float, float]] = field(default_factory=dict)
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
        mulai = time.perf_counter()
        keluaran = kursus.api.autograde(tugas, "*")
        hasil.detik_autograde[tugas] = WAKTU[f"autograde {tugas} (2 peserta)"] = time.perf_counter() - mulai
        assert keluaran["success"], keluaran.get("error", "") + keluaran.get("log", "")[-3000:]
        keluaran = kursus.api.generate_feedback(tugas, "*")
        assert keluaran["success"], keluaran.get("error", "") + keluaran.get("log", "")[-3000:]
    with Gradebook(kursus.db_url) as gb:
        for tugas in TUGAS:
            for peserta in (PESERTA_KUNCI, PESERTA_KOSONG):
                kiriman = gb.find_submission(tugas, peserta)
                hasil.skor[tugas, peserta] = (kiriman.score, kiriman.max_score)
    return hasil


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if WAKTU:
        terminalreporter.section("waktu penilaian notebook")
        for nama, detik in WAKTU.items():
            terminalreporter.write_line(f"{nama}: {detik:.1f} s")
