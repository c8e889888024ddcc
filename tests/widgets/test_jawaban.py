"""Penyimpanan jawaban widget: berkas jawaban/<modul>.json di folder kerja, atomik, tahan berkas rusak."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

import numpy as np
import pytest

from bimtek import jawaban
from bimtek.galat import KesalahanPengguna


@pytest.fixture(autouse=True)
def folder_kerja(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_simpan_lalu_muat_di_folder_kerja(folder_kerja):
    berkas = jawaban.simpan("modul-2", "skp", {"status": "Draft", "rhk": []})
    assert berkas == folder_kerja / "jawaban" / "modul-2.json"
    assert jawaban.muat("modul-2") == {"skp": {"status": "Draft", "rhk": []}}
    jawaban.simpan("modul-2", "latihan_1", "Sangat Baik")
    assert jawaban.muat("modul-2") == {"skp": {"status": "Draft", "rhk": []}, "latihan_1": "Sangat Baik"}
    # Modul lain punya berkasnya sendiri.
    assert jawaban.muat("modul-3") == {}


def test_berkas_bertahan_setelah_kernel_baru(folder_kerja):
    jawaban.simpan("modul-3", "penilaian", {"199001012015051001": {"rating_hasil_kerja": "Di Atas Ekspektasi"}})
    # Proses Python lain (seperti kernel yang dijalankan ulang) membaca isi yang sama.
    kode = "import json; from bimtek import jawaban; print(json.dumps(jawaban.muat('modul-3')))"
    keluaran = subprocess.run([sys.executable, "-c", kode], cwd=folder_kerja, capture_output=True, text=True,
                              check=True).stdout
    assert json.loads(keluaran) == {"penilaian": {"199001012015051001": {"rating_hasil_kerja": "Di Atas Ekspektasi"}}}


def test_tidak_ada_berkas_sementara_tertinggal(folder_kerja):
    for i in range(5):
        jawaban.simpan("modul-2", "hitung", i)
    assert sorted(p.name for p in (folder_kerja / "jawaban").iterdir()) == ["modul-2.json"]


def test_penulisan_gagal_tidak_merusak_isi_lama(folder_kerja, monkeypatch):
    jawaban.simpan("modul-2", "skp", {"status": "Draft"})

    def gagal(*args, **kwargs):
        raise OSError("disk penuh")

    with monkeypatch.context() as m:
        m.setattr(os, "replace", gagal)
        with pytest.raises(OSError):
            jawaban.simpan("modul-2", "skp", {"status": "Diajukan"})
    assert jawaban.muat("modul-2") == {"skp": {"status": "Draft"}}
    assert sorted(p.name for p in (folder_kerja / "jawaban").iterdir()) == ["modul-2.json"]


@pytest.mark.parametrize("isi_rusak", [b'{"skp": {"status": "Dra', b"[1, 2, 3]", b"\xff\xfe\x00bukan utf8"])
def test_berkas_rusak_disisihkan_dengan_pesan(folder_kerja, isi_rusak):
    folder = folder_kerja / "jawaban"
    folder.mkdir()
    (folder / "modul-2.json").write_bytes(isi_rusak)
    with pytest.warns(jawaban.PeringatanJawaban, match="rusak") as catatan:
        assert jawaban.muat("modul-2") == {}
    pesan = str(catatan[0].message)
    assert "modul-2.json" in pesan and "cadangan" in pesan.lower()
    cadangan = [p for p in folder.iterdir() if p.name.startswith("modul-2.rusak-")]
    assert len(cadangan) == 1 and cadangan[0].read_bytes() == isi_rusak
    # Setelah disisihkan, penyimpanan berikutnya berjalan normal dan cadangan tetap ada.
    jawaban.simpan("modul-2", "skp", {"status": "Draft"})
    assert jawaban.muat("modul-2") == {"skp": {"status": "Draft"}}
    assert cadangan[0].exists()


def test_nilai_dari_pandas_dan_tanggal_disimpan_sebagai_json():
    jawaban.simpan("modul-3", "angka", {"ak": np.float64(18.75), "jumlah": np.int64(3), "tanggal": date(2025, 1, 1)})
    assert jawaban.muat("modul-3")["angka"] == {"ak": 18.75, "jumlah": 3, "tanggal": "2025-01-01"}


def test_nilai_yang_tidak_bisa_disimpan_diberi_pesan_indonesia():
    with pytest.raises(KesalahanPengguna, match="tidak dapat disimpan"):
        jawaban.simpan("modul-2", "fungsi", print)
    assert jawaban.muat("modul-2") == {}


@pytest.mark.parametrize("modul", ["../luar", "modul/2", "", "modul 2", None])
def test_nama_modul_tidak_sah_ditolak(modul):
    with pytest.raises(KesalahanPengguna, match="Nama modul"):
        jawaban.simpan(modul, "skp", 1)


def test_kunci_kosong_ditolak():
    with pytest.raises(KesalahanPengguna, match="Kunci jawaban"):
        jawaban.simpan("modul-2", "  ", 1)
