"""Dua tahun penilaian dengan penilaian triwulanan, kepala unit memakai capaian organisasi, unit yang melanggar
pola distribusi, dan kelayakan KP reguler yang dapat dihitung dari data (PermenPANRB 6/2022, PerBKN 4/2023)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from bimtek import aturan
from bimtek.data import sebaran as S


def test_dua_tahun_dengan_empat_triwulan(kelas):
    pp = kelas.tabel["penilaian_periodik"]
    assert set(pp["tahun"]) == {2024, 2025}
    triwulan = pp[pp["jenis_periode"] == "Triwulanan"]
    assert set(triwulan["periode"].str[-3:]) == {"TW1", "TW2", "TW3", "TW4"}
    # Rating triwulan tidak selalu sama dengan rating tahunan (penilaian periodik memberi predikat periode).
    tahunan = pp[pp["jenis_periode"] == "Tahunan"].set_index(["nip", "tahun"])["predikat_kinerja"]
    beda = triwulan["predikat_kinerja"].to_numpy() != tahunan.reindex(
        pd.MultiIndex.from_arrays([triwulan["nip"], triwulan["tahun"]])).to_numpy()
    assert 0.05 < beda.mean() < 0.6


def test_kepala_unit_mendapat_capaian_organisasi(kelas):
    u, n = kelas.tabel["unit_kerja"], kelas.tabel["penilaian"]
    gabung = n.merge(u[["unit_kerja_id", "kepala_nip", "predikat_organisasi"]], on="unit_kerja_id")
    kepala = gabung[gabung["nip"] == gabung["kepala_nip"]]
    assert len(kepala) >= 10
    harap = kepala["predikat_organisasi"].map(aturan.rating_hasil_kepala_unit)
    assert (kepala["rating_hasil_kerja"] == harap).all()


def test_sebagian_unit_melanggar_pola_dan_tercatat(sedang):
    c, n, u = (sedang.tabel[k] for k in ("capaian_organisasi", "penilaian", "unit_kerja"))
    ini = c[c["tahun"] == 2025].set_index("unit_kerja_id")
    dinilai = n["unit_kerja_id"].unique()
    porsi = (ini.loc[dinilai, "sebaran_sesuai_pola"] == "Tidak").mean()
    assert abs(porsi - S.PELUANG_LANGGAR_POLA) < 0.07
    # Kunci ada di tabel terpisah: tabel yang dilihat peserta (unit_kerja, penilaian) tidak membocorkannya.
    assert "sebaran_sesuai_pola" not in u.columns and "sebaran_sesuai_pola" not in n.columns
    unit = ini.index[(ini["sebaran_sesuai_pola"] == "Tidak") & ini.index.isin(dinilai)][0]
    daftar = n.loc[n["unit_kerja_id"] == unit, "predikat_kinerja"]
    assert not aturan.periksa_distribusi(ini.at[unit, "predikat_organisasi"], daftar).sesuai


def test_kelayakan_kp_reguler_dihitung_dari_data(kelas):
    """Contoh: predikat dua tahun terakhir dari penilaian_periodik (baris Tahunan) untuk syarat KP reguler."""
    pp, p = kelas.tabel["penilaian_periodik"], kelas.tabel["pegawai"]
    tahunan = pp[pp["jenis_periode"] == "Tahunan"].sort_values(["nip", "tahun"])
    dua_tahun = tahunan.groupby("nip")["predikat_kinerja"].agg(list)
    dua_tahun = dua_tahun[dua_tahun.map(len) == 2]
    pns = p[p["status_kepegawaian"] == "PNS"].set_index("nip")
    tmt = aturan.periode_kenaikan_pangkat_berikutnya(dt.date(2026, 1, 1))  # 1 Februari 2026
    hasil = {nip: aturan.periksa_kenaikan_pangkat_reguler(pns.at[nip, "golongan"], pns.at[nip, "tmt_golongan"].date(),
                                                          pred, tanggal=tmt)
             for nip, pred in dua_tahun.items() if nip in pns.index}
    assert len(hasil) > 100
    layak = [nip for nip, h in hasil.items() if h.layak]
    terhalang_predikat = [nip for nip, h in hasil.items() if any("Predikat" in a for a in h.alasan)]
    assert layak and terhalang_predikat
    assert all(set(dua_tahun[nip]) <= set(aturan.kenaikan_pangkat.PREDIKAT_MINIMAL_KP) for nip in layak)
    # Predikat tahun lalu ikut menentukan: ada pegawai yang tahun ini Baik tetapi tahun lalu di bawah Baik.
    assert any(dua_tahun[nip][1] in ("Baik", "Sangat Baik") for nip in terhalang_predikat)
