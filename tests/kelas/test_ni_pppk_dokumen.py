"""NI PPPK di dokumen kelas: daftar peserta, halaman umpan balik, dan sertifikat menulis nomornya (dulu
format_nip khusus PNS membuat sertifikat peserta PPPK gagal dibuat)."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from bantu_kelas import NIP_A, tulis_peserta

from bimtek.kelas import sertifikat
from bimtek.kelas.peserta import nomor_induk_tertulis
from bimtek.kelas.rekap import BarisRekap

PPPK = "199001012021211001"


def test_nomor_induk_tertulis() -> None:
    assert nomor_induk_tertulis(NIP_A) == "NIP 19860926 201505 1 001"
    assert nomor_induk_tertulis(PPPK) == "NI PPPK 19900101 2021 21 1 001"


def test_daftar_peserta_dengan_ni_pppk(kelas_uji: Path, tmp_path: Path, bimtek) -> None:
    k = ("--kelas", str(kelas_uji))
    assert bimtek("kelas", "peserta", "impor", str(tulis_peserta(tmp_path, [f"{NIP_A},Budi,BKD",
                                                                             f"{PPPK},Rina,BKD"])), *k)[0] == 0
    kode, out, err = bimtek("kelas", "peserta", "daftar", *k)
    assert kode == 0, err
    assert "NI PPPK 19900101 2021 21 1 001" in out and "NIP 19860926 201505 1 001" in out


def test_sertifikat_peserta_pppk(tmp_path: Path) -> None:
    b = BarisRekap(PPPK, "Rina Lestari", "BKD", "modul-0-pengguna", 8, 8, 100.0, "lulus", False, "", "Orientasi",
                   "pengguna")
    pengaturan = {"penyelenggara": "BKD Contoh", "nama_pelatihan": "Bimtek e-Kinerja", "penandatangan": "Kepala",
                  "logo": ""}
    info = {"modul-0-pengguna": {"judul": "Orientasi", "jalur": "pengguna", "modul": 0, "jp": 2}}
    tujuan = tmp_path / f"{PPPK}.pdf"
    sertifikat._pdf([b], pengaturan, date(2026, 12, 3), tujuan, "BIMTEK/X/Y/2026", info)
    teks = subprocess.run(["pdftotext", str(tujuan), "-"], capture_output=True, text=True, check=True).stdout
    assert "NI PPPK 19900101 2021 21 1 001" in teks and "Rina Lestari" in teks
