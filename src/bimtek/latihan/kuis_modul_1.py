"""Butir cek pemahaman Modul 1 Jalur Pengguna (NIP, NI PPPK, profil, pensiun).

Pilihan jawaban dibuat dari `bimtek.aturan` dan data kelas; kunci butir dinilai hanya ada di uji tersembunyi
notebook sumber (`alat/notebook/modul_1_pengguna.py`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bimtek import aturan
from bimtek.latihan.kuis import Butir
from bimtek.latihan.modul_1 import NI_PPPK_SOAL_2, NIP_SOAL_2
from bimtek.latihan.periksa import tabel_asli
from bimtek.widgets.logika_profil import tanggal_panjang

TUGAS = "modul-1-pengguna"
NIP_SOAL = NIP_SOAL_2
NI_PPPK_SOAL = NI_PPPK_SOAL_2
# Kasus pensiun: pejabat fungsional Ahli Madya (bukan guru atau dosen, yang punya BUP sendiri menurut undang-undang).
KASUS_PENSIUN = {"nama": "Pak Ahmad", "tanggal_lahir": "14-05-1967", "jenis_jabatan": "Fungsional",
                 "jenjang": "Ahli Madya"}


def pegawai_profil() -> dict[str, Any]:
    """Pegawai yang dicari di kartu profil Modul 1: PPPK pertama menurut nomor induk."""
    pegawai = tabel_asli("pegawai")
    return pegawai[pegawai["status_kepegawaian"] == "PPPK"].sort_values("nip").iloc[0].to_dict()


def _pilihan_tanggal(benar: date, *lain: date) -> tuple[str, ...]:
    return tuple(sorted({tanggal_panjang(t) for t in (benar, *lain)}, key=lambda t: t[::-1]))


_INFO = aturan.parse_nip(NIP_SOAL)

L1 = Butir("L1", "angka", "Berapa angka dalam NIP PNS?", kunci=18, satuan="angka",
           penjelasan="NIP PNS selalu 18 angka; ditulis berkelompok dengan spasi agar mudah dibaca.",
           saran="Hitung angka pada contoh 19860926 201505 1 001 (spasi tidak dihitung).")
L2 = Butir("L2", "benar_salah", "TMT CPNS yang tercantum di NIP selalu jatuh pada tanggal 1.", kunci="Benar",
           penjelasan="Angka 9-14 hanya memuat tahun dan bulan TMT CPNS; tanggalnya selalu 1.",
           saran="Angka 9-14 NIP memuat enam angka: tahun (4) dan bulan (2). Adakah tempat untuk tanggal?")
L3 = Butir("L3", "jodoh", "Pasangkan kelompok angka NIP PNS dengan artinya.",
           kiri=("Angka 1-8", "Angka 9-14", "Angka 15", "Angka 16-18"),
           pilihan=("tanggal lahir", "tahun dan bulan TMT CPNS", "jenis kelamin", "nomor urut"),
           kunci={"Angka 1-8": "tanggal lahir", "Angka 9-14": "tahun dan bulan TMT CPNS",
                  "Angka 15": "jenis kelamin", "Angka 16-18": "nomor urut"},
           penjelasan="Urutannya: tanggal lahir, TMT CPNS, jenis kelamin, nomor urut.",
           saran="Mulai dari yang paling panjang: delapan angka pertama adalah tahun, bulan, dan tanggal.")

K1 = Butir("K1", "pilihan", f"Kapan TMT CPNS pemilik NIP {NIP_SOAL}?",
           pilihan=_pilihan_tanggal(_INFO.tmt_cpns, _INFO.tanggal_lahir,
                                    _INFO.tmt_cpns.replace(day=_INFO.tanggal_lahir.day),
                                    date(_INFO.tmt_cpns.year + 1, 1, 1)),
           dinilai=True)
K2 = Butir("K2", "pilihan", f"Apa jenis kelamin pemilik NIP {NIP_SOAL}?", pilihan=("Laki-laki", "Perempuan"),
           dinilai=True)
K3 = Butir("K3", "benar_salah", f"Nomor {NI_PPPK_SOAL} adalah NIP seorang PNS.", dinilai=True)
K4 = Butir("K4", "angka", f"Tahun berapa pemilik NI PPPK {NI_PPPK_SOAL} diangkat?", dinilai=True)
K5 = Butir("K5", "pilihan", "Pegawai yang Anda cari di kartu profil berstatus ...", pilihan=("PNS", "PPPK"),
           dinilai=True)
K6 = Butir("K6", "angka", f"Berapa batas usia pensiun {KASUS_PENSIUN['nama']} (lihat hasil formulir pensiun)?",
           satuan="tahun", dinilai=True)
