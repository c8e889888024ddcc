"""Isi widget dari tabel data: RHK atasan, bawahan dengan realisasi tahunan, pegawai contoh, sebaran unit."""

from __future__ import annotations

import pandas as pd
import pytest

from bimtek.widgets import dari_data as D


def tabel_kecil() -> dict[str, pd.DataFrame]:
    pegawai = pd.DataFrame([
        # nip, nama, jenis_jabatan, jabatan, unit, atasan
        ("100", "Kepala", "Administrator", "Kepala Bagian", "U1", None),
        ("101", "Ani", "Pelaksana", "Pengadministrasi", "U1", "100"),
        ("102", "Budi", "Fungsional", "Analis SDM", "U1", "100"),
        ("103", "Cici", "Pelaksana", "Pengolah Data", "U1", "100"),
        ("104", "Dodo", "Pengawas", "Kepala Subbagian", "U2", "100"),
        ("105", "Eko", "Pelaksana", "Operator", "U2", "104"),
        ("106", "Fafa", "Pelaksana", "Pengarsip", "U1", "100"),
        ("107", "Gita", "Pelaksana", "Pramu Bakti", "U1", "103"),
    ], columns=["nip", "nama", "jenis_jabatan", "jabatan", "unit_kerja_id", "atasan_nip"])
    unit = pd.DataFrame([("U1", "Bagian Organisasi", "100", "Baik"), ("U2", "Subbagian Tata Usaha", "104", "Baik")],
                        columns=["unit_kerja_id", "nama", "kepala_nip", "predikat_organisasi"])
    rhk = pd.DataFrame([
        ("R1", "100", "Utama", "Meningkatnya layanan", None),
        ("R2", "100", "Utama", "Tertibnya administrasi", None),
        ("R3", "101", "Utama", "Surat terkirim tepat waktu", "R1"),
        ("R4", "102", "Utama", "Analisis jabatan selesai", "R1"),
        ("R5", "103", "Tambahan", "Data mutakhir", "R2"),
    ], columns=["rhk_id", "nip", "jenis_rhk", "rencana_hasil_kerja", "rhk_atasan_id"])
    iki = pd.DataFrame([("I1", "R3", "Jumlah surat", "Kuantitas", 100.0, "surat")],
                       columns=["iki_id", "rhk_id", "indikator", "aspek", "target", "satuan"])
    # Realisasi per triwulan (tidak kumulatif) dan baris Tahunan: Kuantitas tahunan = jumlah triwulan.
    realisasi = pd.DataFrame([
        ("I1", "101", "2025-TW2", 30.0, "tw2.pdf", "Triwulanan"),
        ("I1", "101", "2025-TW1", 20.0, "tw1.pdf", "Triwulanan"),
        ("I1", "101", "2025", 110.0, "tahunan.pdf", "Tahunan"),
        ("I1", "101", "2025-TW4", 30.0, "tw4.pdf", "Triwulanan"),
        ("I1", "101", "2025-TW3", 30.0, "tw3.pdf", "Triwulanan"),
        *[("I9", nip, "2025", 1.0, "lain.pdf", "Tahunan") for nip in ("102", "103", "106")],
    ], columns=["iki_id", "nip", "periode", "realisasi", "bukti_dukung", "jenis_periode"])
    penilaian = pd.DataFrame([
        ("100", "U1", "Baik"), ("101", "U1", "Baik"), ("102", "U1", "Sangat Baik"), ("103", "U1", "Baik"),
        ("106", "U1", "Baik"), ("107", "U1", "Butuh Perbaikan"), ("104", "U2", "Baik"),
    ], columns=["nip", "unit_kerja_id", "predikat_kinerja"])
    return {"pegawai": pegawai, "unit_kerja": unit, "rhk": rhk, "iki": iki, "realisasi": realisasi,
            "penilaian": penilaian}


def test_rhk_atasan_dan_persona():
    t = tabel_kecil()
    assert D.rhk_atasan("101", t) == ["Meningkatnya layanan", "Tertibnya administrasi"]
    assert D.rhk_atasan("100", t) == []  # kepala unit puncak tidak punya atasan
    assert D.persona_skp(t)["nama"] == "Ani"  # pelaksana pertama yang atasannya punya dua RHK


def test_realisasi_tahunan_dari_baris_tahunan_bukan_triwulan_terakhir():
    t = tabel_kecil()
    akhir = D.realisasi_tahunan(t)
    assert akhir[akhir["iki_id"] == "I1"][["realisasi", "bukti_dukung"]].values.tolist() == [[110.0, "tahunan.pdf"]]
    rincian = D.rincian_kinerja("101", t)
    assert rincian == [{"jenis": "Utama", "rencana_hasil_kerja": "Surat terkirim tepat waktu", "iki": [
        {"indikator": "Jumlah surat", "aspek": "Kuantitas", "target": 100.0, "satuan": "surat", "realisasi": 110.0,
         "bukti": "tahunan.pdf"}]}]


def test_penilai_bawahan_dan_predikat_pegawai_lain():
    t = tabel_kecil()
    penilai = D.penilai_contoh(t)
    assert penilai["nip"] == "100"
    bawahan = D.bawahan_penilaian("100", t)
    assert [b["nama"] for b in bawahan] == ["Ani", "Budi", "Cici", "Fafa"]  # Dodo di unit lain, Gita bawahan Cici
    assert D.predikat_organisasi_unit("U1", t) == "Baik"
    # Pegawai lain di unit U1: bukan penilai dan bukan bawahan di formulir.
    assert D.predikat_pegawai_lain("100", t) == ["Butuh Perbaikan"]
    # Tanpa realisasi untuk semua bawahan, unit itu tidak dipilih sebagai contoh.
    t["realisasi"] = t["realisasi"][t["realisasi"]["nip"] != "106"]
    with pytest.raises(LookupError, match="realisasi"):
        D.penilai_contoh(t)


def test_form_dari_tabel(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    t = tabel_kecil()
    form = D.form_skp_kelas("modul-2-skp", t)
    assert form.rhk_atasan == ["Meningkatnya layanan", "Tertibnya administrasi"]
    assert form.pegawai["nama"] == "Ani" and form.atasan["nama"] == "Kepala"
    penilaian = D.form_penilaian_kelas("modul-3-penilaian", t)
    assert penilaian.predikat_organisasi == "Baik" and penilaian.predikat_lain == ["Butuh Perbaikan"]
    assert "tahunan.pdf" in penilaian.w_kartu["101"].children[1].value
