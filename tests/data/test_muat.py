"""Pemuat `muat`: dataset kelas dari sample_data atau cache, NIP tetap teks, bentuk sama dengan `buat`."""

from __future__ import annotations

import pandas as pd
import pytest

import bimtek.data.pemuat as modul_muat
from bimtek.data import muat
from bimtek.data.kamus import NAMA_TABEL, TABEL
from bimtek.galat import KesalahanPengguna


def test_muat_sama_dengan_buat(kelas):
    for nama in NAMA_TABEL:
        pd.testing.assert_frame_equal(muat(nama), kelas.tabel[nama], check_dtype=True)


def test_nip_dibaca_sebagai_teks_18_angka():
    p = muat("pegawai")
    for kolom in TABEL["pegawai"].kolom_berjenis("nip"):
        nilai = p[kolom].dropna()
        assert isinstance(p[kolom].dtype, pd.StringDtype)
        assert nilai.str.fullmatch(r"\d{18}").all(), kolom
    assert pd.api.types.is_datetime64_any_dtype(p["tanggal_lahir"])


def test_muat_mengembalikan_salinan():
    a = muat("unit_kerja")
    a.loc[0, "nama"] = "diubah"
    assert muat("unit_kerja").loc[0, "nama"] != "diubah"


def test_nama_tabel_tidak_dikenal():
    with pytest.raises(KesalahanPengguna, match="Pilihan: unit_kerja"):
        muat("karyawan")


def test_tanpa_sample_data_dibuat_ulang_di_cache(tmp_path, monkeypatch, kelas):
    monkeypatch.setattr(modul_muat, "SAMPLE_DATA", tmp_path / "tidak_ada")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("BIMTEK_DATA", raising=False)
    p = muat("pegawai")
    assert (tmp_path / "cache" / "bimtek").is_dir()
    pd.testing.assert_frame_equal(p, kelas.tabel["pegawai"])
