"""Langkah-langkah tabel pegawai: aliran acak per urusan, jabatan di unit yang masuk akal, potensial."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from bimtek.data import alat, pegawai, struktur
from bimtek.data.generator import SEED_BAWAAN


def _populasi(monkeypatch, ganti: str | None, n: int = 1500) -> pegawai.Populasi:
    """Populasi dengan aliran acak bernama `ganti` diganti seed lain (aliran lain tetap)."""
    asli = alat.acak

    def acak(seed, nama):
        return asli(seed + 1 if nama == ganti else seed, nama)

    monkeypatch.setattr(pegawai, "acak", acak)
    rng = asli(SEED_BAWAAN, "struktur")
    org = pegawai.gabung_organisasi(struktur.susun_semua(rng, struktur.rencana_pemda(rng, n)))
    return pegawai.buat_populasi(SEED_BAWAAN, org, dt.date(2025, 12, 31))


# Kolom yang dibuat tiap aliran (kolom turunan ikut alirannya; NIP dan urutan baris bergantung pada identitas).
_MILIK = {
    "pegawai-potensial": {"skor_potensial"},
    "pegawai-jenis-kelamin": {"perempuan", "nip"},
    "pegawai-golongan": {"golongan", "tmt_golongan", "jenjang"},
    "pegawai-jabatan": {"jenis_jabatan", "jenjang", "bidang", "golongan", "tmt_golongan"},
}


@pytest.mark.parametrize("aliran", list(_MILIK))
def test_mengubah_satu_aliran_tidak_menggeser_kolom_lain(monkeypatch, aliran):
    dasar = _populasi(monkeypatch, None)
    lain = _populasi(monkeypatch, aliran)
    # Urutan baris mengikuti NIP: bandingkan per NIP bila NIP ikut berubah, selain itu per baris.
    berubah = set()
    for kolom, nilai in vars(dasar).items():
        if not isinstance(nilai, np.ndarray) or kolom in ("atasan",):
            continue
        a, b = nilai, vars(lain)[kolom]
        if a.dtype.kind == "M":  # NaT tidak sama dengan dirinya sendiri: bandingkan sebagai bilangan
            a, b = a.view(np.int64), b.view(np.int64)
        if not np.array_equal(a, b):
            berubah.add(kolom)
    if "nip" in _MILIK[aliran]:
        # Jenis kelamin menggeser NIP dan urutan di dalam unit saja: unit per baris tetap.
        assert {"perempuan", "nip"} <= berubah and "unit" not in berubah
        assert sorted(dasar.skor_potensial.tolist()) == sorted(lain.skor_potensial.tolist())
    else:
        assert berubah and berubah <= _MILIK[aliran], berubah


def test_tenaga_kesehatan_dan_guru_di_unit_yang_sesuai(sedang):
    p, u = sedang.tabel["pegawai"], sedang.tabel["unit_kerja"]
    jenis_unit = p["unit_kerja_id"].map(u.set_index("unit_kerja_id")["jenis_unit"]).astype(object)
    jabatan = p["jabatan"].astype(object)
    nakes = jabatan.str.match(r"(?:Dokter|Dokter Gigi|Apoteker|Bidan|Perawat) ")
    assert nakes.sum() > 20
    assert jenis_unit[nakes].isin(["UPT Puskesmas", "UPT Rumah Sakit"]).all()
    guru = jabatan.str.startswith("Guru ")
    assert guru.sum() > 50 and (jenis_unit[guru] == "Sekolah").all()
    # Dokter, dokter gigi, apoteker: gelar profesi di depan nama; bidan perempuan.
    for jf, gelar in (("Dokter ", "dr. "), ("Dokter Gigi ", "drg. "), ("Apoteker ", "apt. ")):
        baris = jabatan.str.startswith(jf) & ~(jf == "Dokter " and jabatan.str.startswith("Dokter Gigi "))
        assert baris.any(), jf
        nama = p.loc[baris, "nama"].astype(object)
        assert nama.str.replace("Dr. ", "", regex=False).str.startswith(gelar).all(), nama.head()
    assert (p.loc[jabatan.str.startswith("Bidan "), "jenis_kelamin"] == "P").all()
    profesi = jabatan.str.match(r"(?:Dokter|Apoteker) ")
    assert p.loc[profesi, "pendidikan"].isin(["S1", "S2", "S3"]).all()
    # Jabatan fungsional bernama seperti di SIASN: nama JF lalu jenjangnya.
    assert jabatan[p["jenis_jabatan"] == "Fungsional"].str.contains(
        r" (?:Ahli Pertama|Ahli Muda|Ahli Madya|Ahli Utama|Pemula|Terampil|Mahir|Penyelia)$").all()


def test_potensial_setiap_pegawai_dan_sama_dengan_tabel_talenta(kelas):
    p, tl = kelas.tabel["pegawai"], kelas.tabel["talenta"]
    assert p["skor_potensial"].notna().all() and p["potensial"].notna().all()
    assert set(p["potensial"]) == {"Rendah", "Menengah", "Tinggi"}
    gabung = tl.merge(p[["nip", "skor_potensial", "potensial"]], on="nip", suffixes=("", "_pegawai"))
    assert len(gabung) == len(tl) > 0
    pd.testing.assert_series_equal(gabung["skor_potensial"], gabung["skor_potensial_pegawai"], check_names=False)
    assert (gabung["potensial"] == gabung["potensial_pegawai"]).all()
