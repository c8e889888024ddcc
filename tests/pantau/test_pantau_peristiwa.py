"""Penulis peristiwa: isi baris, tujuan (hub/jawaban), dan tidak pernah merusak notebook."""

from __future__ import annotations

import json
import os
import warnings
from pathlib import Path

import pytest

from bimtek.latihan.modul_0 import soal_1
from bimtek.pantau import peristiwa
from bimtek.pantau.peristiwa import catat, periksa_hasil


@pytest.fixture(autouse=True)
def _lingkungan(monkeypatch):
    for v in ("BIMTEK_PANTAU_DIR", "BIMTEK_NIP", "JUPYTERHUB_USER", "BIMTEK_PANTAU"):
        monkeypatch.delenv(v, raising=False)
    monkeypatch.setattr(peristiwa, "_sudah_memperingatkan", False)
    peristiwa._folder_notebook.cache_clear()
    soal_1._petunjuk_dibuka = 0
    yield
    soal_1._petunjuk_dibuka = 0


def _folder_notebook(tmp_path: Path, nama: str = "modul-0-orientasi") -> Path:
    folder = tmp_path / nama
    folder.mkdir()
    (folder / f"{nama}.ipynb").write_text("{}", encoding="utf-8")
    return folder


def test_kosakata_hasil():
    for sah in ("benar", "salah", "belum", "tersimpan", "petunjuk-1", "petunjuk-12"):
        assert periksa_hasil(sah) == sah
    for tidak in ("petunjuk", "petunjuk-0", "Benar", "", "lulus"):
        with pytest.raises(ValueError):
            periksa_hasil(tidak)


def test_di_samping_jawaban_tanpa_isi_jawaban(tmp_path, monkeypatch):
    folder = _folder_notebook(tmp_path)
    monkeypatch.chdir(folder)
    soal_1.cek({})
    soal_1.cek({"jam_kerja_per_hari": 8, "menit_kerja_per_minggu": 123456789})
    soal_1.petunjuk()
    baris = (folder / "jawaban" / "pantau.jsonl").read_text(encoding="utf-8").splitlines()
    isi = [json.loads(b) for b in baris]
    assert [(e["modul"], e["item"], e["hasil"]) for e in isi] == [
        ("modul-0-orientasi", "soal_1", "belum"), ("modul-0-orientasi", "soal_1", "salah"),
        ("modul-0-orientasi", "soal_1", "petunjuk-1")]
    assert set(isi[0]) == {"v", "waktu", "nip", "modul", "item", "hasil"}
    assert "123456789" not in "".join(baris)  # tidak ada isi jawaban
    assert oct((folder / "jawaban" / "pantau.jsonl").stat().st_mode & 0o777) == "0o640"


def test_tanpa_notebook_tidak_menulis(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    catat(None, "soal_1", "benar")
    assert not (tmp_path / "jawaban").exists()


def test_folder_hub_dan_nip_dari_pengguna_hub(tmp_path, monkeypatch):
    monkeypatch.setenv("BIMTEK_PANTAU_DIR", str(tmp_path))
    monkeypatch.setenv("JUPYTERHUB_USER", "199001012015031001")
    monkeypatch.chdir(tmp_path)
    catat("modul-1-nip", "soal_2", "benar")
    e = json.loads((tmp_path / "199001012015031001.jsonl").read_text(encoding="utf-8"))
    assert (e["nip"], e["modul"], e["item"], e["hasil"]) == ("199001012015031001", "modul-1-nip", "soal_2", "benar")


@pytest.mark.parametrize("rusak", ["folder-hilang", "bukan-folder", "disk-penuh"])
def test_kegagalan_tidak_merusak_cek(tmp_path, monkeypatch, capsys, rusak):
    folder = _folder_notebook(tmp_path)
    monkeypatch.chdir(folder)
    if rusak == "folder-hilang":
        monkeypatch.setenv("BIMTEK_PANTAU_DIR", str(tmp_path / "tidak-ada"))
    elif rusak == "bukan-folder":
        (folder / "jawaban").write_text("berkas, bukan folder", encoding="utf-8")
    else:
        monkeypatch.setenv("BIMTEK_PANTAU_DIR", str(tmp_path / "penuh"))
        monkeypatch.setenv("BIMTEK_NIP", "199001012015031001")
        (tmp_path / "penuh").mkdir()
        os.symlink("/dev/full", tmp_path / "penuh" / "199001012015031001.jsonl")
    ruang = {"jam_kerja_per_hari": 7.5, "menit_kerja_per_minggu": 37.5 * 60}
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        for _ in range(3):
            soal_1.cek(ruang)
            soal_1.petunjuk()
    assert capsys.readouterr().out.count("Soal 1 selesai") == 3
    pantau = [x for x in w if issubclass(x.category, peristiwa.PeringatanPantau)]
    assert len(pantau) == 1 and "tetap berjalan" in str(pantau[0].message)
    assert not (tmp_path / "tidak-ada").exists()  # folder hub tidak pernah dibuat oleh peserta


def test_dimatikan(tmp_path, monkeypatch):
    folder = _folder_notebook(tmp_path)
    monkeypatch.chdir(folder)
    monkeypatch.setenv("BIMTEK_PANTAU", "mati")
    catat(None, "soal_1", "benar")
    assert not (folder / "jawaban").exists()


def _peristiwa(folder: Path) -> list[tuple[str, str, str]]:
    baris = (folder / "jawaban" / "pantau.jsonl").read_text(encoding="utf-8").splitlines()
    return [(e["modul"], e["item"], e["hasil"]) for e in map(json.loads, baris)]


def test_kuis_mencatat_hasil_latihan_dan_butir_dinilai_tanpa_kunci(tmp_path, monkeypatch):
    from bimtek.latihan.kuis import Butir, Kuis

    folder = _folder_notebook(tmp_path, "modul-0-pengguna")
    monkeypatch.chdir(folder)
    latihan = Kuis(Butir("L1", "benar_salah", "Data sintetis?", kunci="Benar"), "modul-0-pengguna")
    latihan.jawab("Salah")
    latihan.jawab("Benar")
    Kuis(Butir("D1", "pilihan", "?", pilihan=("A", "B"), dinilai=True), "modul-0-pengguna").jawab("A")
    assert _peristiwa(folder) == [
        ("modul-0-pengguna", "kuis_L1", "salah"), ("modul-0-pengguna", "kuis_L1", "benar"),
        ("modul-0-pengguna", "kuis_D1", "tersimpan")]


def test_langkah_ekinerja_tercatat_benar_atau_ditolak(tmp_path, monkeypatch):
    from bimtek.ekinerja import aksi as A
    from bimtek.ekinerja.sesi import Sesi
    from tests.ekinerja.test_aksi import awal

    folder = _folder_notebook(tmp_path, "modul-2-pengguna")
    monkeypatch.chdir(folder)
    sesi = Sesi("modul-2-pengguna", awal())
    assert sesi.jalankan(A.periksa_profil)
    assert not sesi.jalankan(A.atur_periode, 1, 2025, 12, 2026, "Kuantitatif")
    assert _peristiwa(folder) == [
        ("modul-2-pengguna", "ekinerja_periksa_profil", "benar"),
        ("modul-2-pengguna", "ekinerja_atur_periode", "salah")]
