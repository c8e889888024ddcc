"""Keadaan awal simulasi dari data kelas: contoh Modul 3 yang masuk akal dan penilaian periodik yang terisi."""

from __future__ import annotations

import pytest

from bimtek.aturan import realisasi_tahunan
from bimtek.ekinerja import aksi as A
from bimtek.ekinerja.data_kelas import awal_modul_3, iki_sesuai_rhk


@pytest.mark.parametrize(("rhk", "iki"), [
    ("Tersusunnya laporan keuangan triwulanan", "Jumlah laporan keuangan yang disusun tepat waktu"),
    ("Terlaksananya pengelolaan administrasi persuratan", "Jumlah surat yang diagendakan"),
    ("Meningkatnya cakupan imunisasi dasar lengkap", "Persentase bayi yang mendapat imunisasi dasar lengkap"),
    ("Meningkatnya kepuasan penerima layanan", "Indeks kepuasan penerima layanan"),
])
def test_iki_yang_mengukur_rhknya(rhk, iki):
    assert iki_sesuai_rhk(rhk, iki)


@pytest.mark.parametrize(("rhk", "iki"), [
    ("Tersusunnya laporan keuangan triwulanan", "Jumlah kegiatan yang dilaksanakan"),
    ("Tersusunnya laporan keuangan triwulanan", "Persentase realisasi anggaran"),
    ("Terlaksananya pengelolaan administrasi persuratan", "Indeks kepuasan penerima layanan"),
])
def test_iki_yang_tidak_mengukur_rhknya(rhk, iki):
    assert not iki_sesuai_rhk(rhk, iki)


@pytest.fixture(scope="module")
def awal():
    return awal_modul_3()


def test_contoh_modul_3_iki_sesuai_rhk(awal):
    """Data kelas saat ini: setiap IKI pada SKP contoh Modul 3 mengukur RHK-nya (contoh yang ditiru peserta)."""
    assert awal.skp.rhk
    for r in awal.skp.rhk:
        for k in r.iki:
            assert iki_sesuai_rhk(r.rumusan, k.indikator), f"{k.indikator!r} tidak mengukur {r.rumusan!r}"
    # RHK Utama mengintervensi RHK atasan yang memang diturunkan; SKP lengkap.
    assert A.periksa_skp(awal) == []


def test_periode_sebelum_terakhir_terisi_dan_dikirim(awal):
    berkala = A.periode_berkala(awal)
    for p in berkala[:-1]:
        isian = awal.penilaian_diri[p]
        assert isian.dikirim and A.periksa_penilaian_diri(awal, p) == []
        assert all(e.startswith("https://") for e in isian.eviden.values())
    assert berkala[-1] not in awal.penilaian_diri
    assert A.periode_berikutnya(awal) == berkala[-1]


def test_realisasi_kuantitas_per_periode_bukan_kumulatif(awal):
    """Realisasi periode yang terisi adalah baris triwulan data itu apa adanya (data mencatat per periode, tidak
    kumulatif), dan realisasi tahunan Kuantitas aplikasi dari keempat triwulan data sama dengan baris Tahunan."""
    from bimtek.widgets import dari_data as D

    t = D.tabel_kelas("realisasi", "rhk", "iki")
    iki_id = {}
    for _, r in D.rhk_pegawai(awal.pegawai.nip, t).iterrows():
        for _, k in t["iki"][t["iki"]["rhk_id"] == r["rhk_id"]].iterrows():
            iki_id[(r["rencana_hasil_kerja"], k["indikator"])] = k["iki_id"]
    diperiksa = 0
    for i, r in enumerate(awal.skp.rhk):
        for j, k in enumerate(r.iki):
            if not A.dijumlahkan(awal, i, j):
                continue
            nilai = [v for v in A.realisasi_periodik(awal, i, j) if v is not None]
            data = t["realisasi"][t["realisasi"]["iki_id"] == iki_id[(r.rumusan, k.indikator)]]
            tw = data[data["jenis_periode"] == "Triwulanan"].sort_values("periode")["realisasi"].astype(float)
            assert len(tw) == 4 and 0 < len(nilai) < 4
            assert nilai == pytest.approx(tw.tolist()[:len(nilai)])
            tahunan = float(data[data["jenis_periode"] == "Tahunan"]["realisasi"].iloc[0])
            assert realisasi_tahunan(k.aspek, tw.tolist()) == pytest.approx(tahunan)
            assert realisasi_tahunan(k.aspek, nilai) <= tahunan  # periode terakhir belum diisi
            diperiksa += 1
    assert diperiksa, "Contoh Modul 3 harus punya IKI Kuantitas agar penjumlahan tahunan terlihat."


def test_contoh_rhk_modul_2_selaras_dengan_jabatan_dan_rhk_atasan():
    # Contoh di layar SKP berasal dari SKP pegawai itu sendiri: IKI mengukur RHK-nya, RHK atasan yang
    # diintervensi termasuk RHK atasan pegawai itu dan sepokok dengannya.
    from bimtek.ekinerja.data_kelas import _pokok, awal_modul_2, iki_sesuai_rhk

    s = awal_modul_2()
    c = s.contoh_rhk
    assert c and c["rhk_atasan"] in s.rhk_atasan
    assert _pokok(c["rhk_atasan"]) & _pokok(c["rencana_hasil_kerja"])
    assert c["iki"] and all(iki_sesuai_rhk(c["rencana_hasil_kerja"], i["indikator"]) for i in c["iki"])
