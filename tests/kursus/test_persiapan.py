"""Persiapan kursus: versi peserta tiap modul dibuat nbgrader, disalin ke ruang kerja tanpa menimpa pekerjaan."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from bimtek.kelas.ruang_kerja import salin_ke_ruang_kerja, siapkan_ruang_kerja
from bimtek.kelas.tugas_kursus import daftar_tugas


def test_daftar_tugas_menemukan_modul_urut_nomor(tmp_path: Path) -> None:
    for nama in ("modul-10-x", "modul-2-skp", "modul-0-orientasi", "bukan-modul", "modul-3-tanpa-notebook"):
        (tmp_path / nama).mkdir()
        if nama != "modul-3-tanpa-notebook":
            (tmp_path / nama / f"{nama}.ipynb").write_text("{}")
    assert daftar_tugas(tmp_path) == ["modul-0-orientasi", "modul-2-skp", "modul-10-x"]


def test_versi_peserta_tanpa_kunci(kursus) -> None:
    assert set(kursus.rilis) == set(daftar_tugas())
    for tugas, folder in kursus.rilis.items():
        nb = nbformat.read(folder / f"{tugas}.ipynb", as_version=4)
        teks = "\n".join(s.source for s in nb.cells)
        assert "BEGIN SOLUTION" not in teks and "HIDDEN TESTS" not in teks
        assert "jawaban = None  # tulis jawaban Anda di sini" in teks and "raise NotImplementedError" not in teks


def test_ruang_kerja_tidak_pernah_ditimpa(kursus, tmp_path: Path) -> None:
    ruang = tmp_path / "ruang_kerja"
    pertama = salin_ke_ruang_kerja(kursus.rilis, ruang)
    tugas = daftar_tugas()[0]
    notebook = ruang / tugas / f"{tugas}.ipynb"
    assert notebook in pertama.disalin and not pertama.dibiarkan
    notebook.write_text("pekerjaan peserta", encoding="utf-8")
    (ruang / tugas / f"{tugas}.ipynb").with_name("catatan.txt").write_text("catatan", encoding="utf-8")

    kedua = salin_ke_ruang_kerja(kursus.rilis, ruang)
    assert notebook.read_text(encoding="utf-8") == "pekerjaan peserta"
    assert notebook in kedua.dibiarkan and not kedua.disalin
    assert (ruang / tugas / "catatan.txt").read_text(encoding="utf-8") == "catatan"
    assert not list(ruang.rglob(".salin-*")), "berkas sementara tertinggal"


def test_berkas_yang_hilang_dipulihkan(kursus, tmp_path: Path) -> None:
    ruang = tmp_path / "ruang_kerja"
    salin_ke_ruang_kerja(kursus.rilis, ruang)
    tugas = daftar_tugas()[-1]
    notebook = ruang / tugas / f"{tugas}.ipynb"
    notebook.unlink()
    hasil = salin_ke_ruang_kerja(kursus.rilis, ruang)
    assert hasil.disalin == [notebook] and notebook.exists()


@pytest.mark.lambat
def test_siapkan_ruang_kerja_memakai_nbgrader(kursus, tmp_path: Path) -> None:
    hasil = siapkan_ruang_kerja(tmp_path / "ruang", api=kursus.api)
    assert {p.parent.name for p in hasil.disalin if p.suffix == ".ipynb"} == set(daftar_tugas())
