"""kelas.yaml: contoh di panduan berlaku apa adanya; kunci atau nilai yang salah disebut dengan nilai yang boleh."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bimtek.galat import KesalahanPengguna
from bimtek.kelas.folder_kelas import AKAR_REPO, FolderKelas


def _contoh_panduan() -> str:
    teks = (AKAR_REPO / "course" / "fasilitator" / "index.md").read_text(encoding="utf-8")
    return next(b for b in re.findall(r"```yaml\n(.*?)```", teks, re.S) if "batas_lulus" in b)


def test_contoh_kelas_yaml_di_panduan_berlaku(tmp_path: Path) -> None:
    (tmp_path / "kelas.yaml").write_text(_contoh_panduan(), encoding="utf-8")
    kelas = FolderKelas(tmp_path)
    p = kelas.pengaturan()
    assert p["batas_lulus"] == 70 and p["tenggat"]["modul-0-pengguna"] == "2026-11-30 16:00"
    # Modul dan jalur yang disebut contoh ada di kursus: kelas dengan semua notebook sumber menghitung keduanya.
    shutil.copytree(AKAR_REPO / "notebooks", tmp_path / "source", ignore=shutil.ignore_patterns("*.md"))
    assert kelas.modul_kelas() == ["modul-0-pengguna", "modul-1-pengguna"]


@pytest.mark.parametrize(("isi", "potongan"), [
    ("bats_lulus: 70\n",
     "kunci bats_lulus tidak dikenal; kunci yang boleh: batas_lulus, jalur, logo, modul, nama_pelatihan"),
    ("batas_lulus: tujuh puluh\n", "kunci batas_lulus: harus angka, bukan teks ('tujuh puluh')"),
    ("batas_lulus: 170\n", "kunci batas_lulus: harus antara 0 dan 100, bukan 170"),
    ("tenggat:\n  modul-0-orientasi: 30-11-2026\n",
     "kunci tenggat.modul-0-orientasi: '30-11-2026' tidak sesuai format; tulis tenggat seperti \"2026-11-30 16:00\""),
    ("- satu\n- dua\n", "kunci (isi berkas): harus pasangan kunci: nilai, bukan daftar"),
    ("batas_lulus: [70\n", "tidak dapat dibaca"),
])
def test_kelas_yaml_salah_menyebut_kunci(tmp_path: Path, isi: str, potongan: str) -> None:
    (tmp_path / "kelas.yaml").write_text(isi, encoding="utf-8")
    with pytest.raises(KesalahanPengguna) as e:
        FolderKelas(tmp_path).pengaturan()
    assert potongan in str(e.value) and ".." not in str(e.value)


def test_tanggal_tanpa_tanda_kutip_diterima(tmp_path: Path) -> None:
    """YAML membaca 2026-11-30 tanpa tanda kutip sebagai tanggal: diterima sama seperti teks "2026-11-30"."""
    (tmp_path / "kelas.yaml").write_text("tanggal_mulai: 2026-11-30\ntanggal_selesai: 2026-12-02\n"
                                         "tenggat:\n  modul-0-pengguna: 2026-11-30 16:00:00\n", encoding="utf-8")
    p = FolderKelas(tmp_path).pengaturan()
    assert (p["tanggal_mulai"], p["tanggal_selesai"]) == ("2026-11-30", "2026-12-02")
    assert p["tenggat"] == {"modul-0-pengguna": "2026-11-30 16:00"}
