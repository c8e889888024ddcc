"""Generator: determinisme, sebaran terhadap angka nasional, NIP sesuai aturan, skala, libur, versi kotor."""

from __future__ import annotations

import datetime as dt
import filecmp

import numpy as np
import pandas as pd
import pytest

from bimtek import aturan
from bimtek.data import buat, buat_dataset, periksa
from bimtek.data import sebaran as S
from bimtek.data.alat import acak
from bimtek.data.berkas import tulis_dataset
from bimtek.data.generator import jumlah_pegawai
from bimtek.data.pegawai import gabung_organisasi
from bimtek.data.presensi import libur_nasional
from bimtek.data.struktur import rencana_pemda, susun_semua


def test_seed_sama_memberi_tabel_sama_dan_seed_lain_berbeda(kelas):
    ulang = buat("kelas")
    for nama, df in kelas.tabel.items():
        pd.testing.assert_frame_equal(df, ulang[nama])
    lain = buat("kelas", seed=7)
    assert not lain["pegawai"]["nip"].equals(kelas.tabel["pegawai"]["nip"])


@pytest.mark.parametrize("format", ["csv", "parquet"])
def test_berkas_identik_byte_demi_byte(tmp_path, format):
    for folder in ("a", "b"):
        tulis_dataset(buat_dataset(1500, seed=3), tmp_path / folder, format)
    banding = filecmp.dircmp(tmp_path / "a", tmp_path / "b")
    assert sorted(banding.common_files) == sorted(p.name for p in (tmp_path / "a").iterdir())
    _, beda, galat = filecmp.cmpfiles(tmp_path / "a", tmp_path / "b", banding.common_files, shallow=False)
    assert beda == [] and galat == []


def test_sebaran_mengikuti_angka_nasional(sedang):
    p = sedang.tabel["pegawai"]
    assert abs((p["jenis_kelamin"] == "P").mean() - S.PORSI_PEREMPUAN) < 0.03
    assert abs((p["status_kepegawaian"] == "PPPK").mean() - S.PORSI_PPPK) < 0.03
    total = sum(S.SASARAN_PENDIDIKAN.values())
    porsi = p["pendidikan"].value_counts(normalize=True)
    for pendidikan, n in S.SASARAN_PENDIDIKAN.items():
        assert abs(porsi.get(pendidikan, 0) - n / total) < 0.01, pendidikan
    tahun = p["tanggal_lahir"].dt.year
    for gen, (awal, akhir, sasaran) in S.GENERASI.items():
        assert abs(((tahun >= awal) & (tahun <= akhir)).mean() - sasaran) < 0.05, gen


def test_nip_sama_dengan_buat_nip_aturan(kelas):
    p = kelas.tabel["pegawai"]
    for _, r in p.iterrows():
        urut = int(r["nip"][15:])
        if r["status_kepegawaian"] == "PNS":
            harap = aturan.buat_nip(r["tanggal_lahir"].date(), r["tmt_cpns"].date(), r["jenis_kelamin"], urut)
        else:
            harap = aturan.buat_ni_pppk(r["tanggal_lahir"].date(), r["tmt_golongan"].year, r["jenis_kelamin"], urut)
        assert r["nip"] == harap


def test_kepala_unit_berjabatan_sesuai_unitnya(sedang):
    u = sedang.tabel["unit_kerja"].merge(sedang.tabel["pegawai"], left_on="kepala_nip", right_on="nip",
                                         suffixes=("", "_kepala"))
    jenis = u.groupby("jenis_unit")["jenis_jabatan"].agg(set).to_dict()
    assert jenis["Dinas"] == {"JPT Pratama"} and jenis["Sekretariat Daerah"] == {"JPT Pratama"}
    assert jenis["Bagian"] == jenis["Bidang"] == jenis["Kecamatan"] == {"Administrator"}
    assert jenis["Seksi"] == jenis["UPT Puskesmas"] == {"Pengawas"}
    assert jenis["Sekolah"] == {"Fungsional"}


def test_skala_tidak_sah():
    with pytest.raises(ValueError, match="tidak dikenal"):
        jumlah_pegawai("besar")
    with pytest.raises(ValueError, match="di luar rentang"):
        jumlah_pegawai(50)
    assert jumlah_pegawai("Provinsi") == 80_000 and jumlah_pegawai("12.000") == 12_000


def test_rencana_nasional_552_pemda():
    rencana = rencana_pemda(acak(2025, "struktur"), 4_500_000)
    assert len(rencana) == 552 and sum(n for *_, n in rencana) == 4_500_000
    assert sum(j == "Provinsi" for _, j, _ in rencana) == 38
    assert len({nama for nama, *_ in rencana}) == 552


@pytest.mark.parametrize("n", [150_001, 200_000, 300_000, 400_000])
def test_rencana_antara_satu_pemda_dan_nasional_cukup_pegawai_untuk_strukturnya(n):
    # Dahulu pemda terbesar menanggung sendiri kelebihan dari batas minimum dan menjadi negatif di rentang ini.
    rng = acak(2025, "struktur")
    rencana = rencana_pemda(rng, n)
    assert sum(k for *_, k in rencana) == n and min(k for *_, k in rencana) >= min(300, n // 552)
    assert all(len(p.unit) < p.jumlah_pegawai for p in susun_semua(rng, rencana))


def test_gabung_organisasi_menolak_pemda_yang_tidak_lengkap_atau_teracak():
    rng = acak(2025, "struktur")
    daftar = susun_semua(rng, rencana_pemda(rng, 200_000))
    assert len(gabung_organisasi(daftar).nama) == sum(len(p.unit) for p in daftar)
    for salah in (daftar[1:], daftar[:-1], daftar[::-1]):
        with pytest.raises(ValueError, match="hasil satu susun_semua"):
            gabung_organisasi(salah)


def test_presensi_hanya_hari_kerja_dan_libur_dari_paket_holidays(kelas):
    libur = libur_nasional(dt.date(2025, 1, 1), dt.date(2025, 2, 28))
    assert dt.date(2025, 1, 1) in libur and dt.date(2025, 1, 29) in libur
    tanggal = kelas.tabel["presensi"]["tanggal"].dt.date
    assert not tanggal.isin(libur).any()
    assert (kelas.tabel["presensi"]["tanggal"].dt.day_of_week < 5).all()


def test_versi_kotor_tercatat_lengkap_di_manifest():
    bersih = buat_dataset("kelas")
    kotor = buat_dataset("kelas", kotor=True)
    manifest = kotor.info["manifest_kotor"]
    assert set(manifest["jumlah"]) == {"nip_berspasi", "ejaan_tidak_seragam", "baris_ganda", "nilai_kosong",
                                       "format_tanggal_lain"}
    for c in manifest["perubahan"]:
        df = kotor.tabel[c["tabel"]]
        if c["jenis"] == "baris_ganda":
            assert df.iloc[c["baris"]].equals(df.iloc[c["baris_ganda"]])
            continue
        nilai = df[c["kolom"]].iloc[c["baris"]]
        assert (pd.isna(nilai) and c["nilai_kotor"] is None) or nilai == c["nilai_kotor"]
        if c["jenis"] == "ejaan_tidak_seragam" and c["kolom"].startswith("rating"):
            assert aturan.normalisasi_rating(c["nilai_kotor"]) == c["nilai_asli"]
        if c["jenis"] == "nip_berspasi":
            assert aturan.bersihkan_nip(c["nilai_kotor"]) == c["nilai_asli"]
    # Selain yang tercatat, tidak ada yang berubah: jumlah baris bertambah tepat sebanyak baris ganda.
    ganda = sum(1 for c in manifest["perubahan"] if c["jenis"] == "baris_ganda" and c["tabel"] == "pegawai")
    assert len(kotor.tabel["pegawai"]) == len(bersih.tabel["pegawai"]) + ganda
    assert {p.invarian for p in periksa(kotor.tabel)} >= {"nip", "nip_unik", "predikat"}
    assert np.all(bersih.tabel["skp"]["skp_id"].to_numpy() == kotor.tabel["skp"]["skp_id"].to_numpy())
