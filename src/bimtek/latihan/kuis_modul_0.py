"""Butir cek pemahaman Modul 0 Jalur Pengguna (orientasi JupyterLab, e-Kinerja, SIASN).

Butir latihan membawa kuncinya (umpan balik langsung). Butir dinilai tidak: kuncinya ada di uji tersembunyi
notebook sumber (`alat/notebook/modul_0_pengguna.py`). Angka aturan diambil dari `bimtek.aturan`, tidak diketik ulang.
"""

from __future__ import annotations

from bimtek import aturan
from bimtek.latihan.kuis import Butir

TUGAS = "modul-0-pengguna"

MENU_JALANKAN_SEMUA = "Jalankan > Jalankan Semua Sel"
MENU = (MENU_JALANKAN_SEMUA, "Berkas > Simpan Notebook", "Kernel > Mulai Ulang Kernel", "Sunting > Urungkan")
SISTEM = ("e-Kinerja", "SIASN", "e-Presensi")



def _angka(x: float) -> str:
    """Angka gaya Indonesia (koma desimal)."""
    return f"{x:g}".replace(".", ",")


# --- latihan (umpan balik langsung) ---------------------------------------------------------------------------
L1 = Butir(
    "L1", "pilihan", "Tombol pintas untuk menjalankan sel yang sedang dipilih adalah ...",
    pilihan=("Shift+Enter", "Ctrl+S", "Ctrl+Z"), kunci="Shift+Enter",
    penjelasan="Shift+Enter menjalankan sel lalu pindah ke sel berikutnya. Ctrl+S menyimpan, Ctrl+Z mengurungkan.",
    saran="Tombol yang menyimpan dan yang mengurungkan tidak menjalankan sel.",
)
L2 = Butir(
    "L2", "benar_salah", "Data pegawai di kit ini adalah data orang sungguhan.", kunci="Salah",
    penjelasan="Semua data pegawai di kit ini sintetis (buatan), jadi aman dipakai berlatih.",
    saran="Baca lagi kalimat terakhir bagian Tujuan di atas.",
)
L3 = Butir(
    "L3", "angka", "Jam kerja per minggu dibagi 5 hari kerja (Senin-Jumat) = berapa jam per hari?",
    kunci=aturan.JAM_KERJA_PER_MINGGU / len(aturan.HARI_KERJA), toleransi=0.01, satuan="jam per hari",
    penjelasan=(f"{_angka(aturan.JAM_KERJA_PER_MINGGU)} jam dibagi {len(aturan.HARI_KERJA)} hari = "
                f"{_angka(aturan.JAM_KERJA_PER_MINGGU / len(aturan.HARI_KERJA))} jam (tanpa jam istirahat)."),
    saran="Bagi jam kerja per minggu dengan banyaknya hari kerja. Boleh memakai koma, mis. 7,25.",
)

# --- dinilai (kunci di uji tersembunyi) -----------------------------------------------------------------------
K1 = Butir("K1", "pilihan", "Menu untuk menjalankan semua sel notebook dari atas ke bawah adalah ...",
           pilihan=MENU, dinilai=True)
K2 = Butir("K2", "benar_salah",
           "Bila kernel dimulai ulang (Kernel > Mulai Ulang Kernel), jawaban formulir yang sudah disimpan hilang.",
           dinilai=True)
K3 = Butir("K3", "pilihan",
           "Aplikasi BKN tempat semua ASN (PNS dan PPPK) menyusun SKP dan mencatat penilaian kinerja adalah ...",
           pilihan=("SIASN", "e-Kinerja", "e-Presensi"), dinilai=True)
K4 = Butir("K4", "angka", "Menurut Perpres 21/2023, berapa jam kerja ASN dalam satu minggu (tanpa jam istirahat)?",
           satuan="jam per minggu", dinilai=True, toleransi=0.01)
K5 = Butir("K5", "jodoh", "Pasangkan setiap kegiatan dengan aplikasinya.",
           kiri=("Menyusun SKP dan menilai kinerja", "Memeriksa riwayat pangkat dan jabatan",
                 "Mencatat jam datang dan jam pulang"),
           pilihan=SISTEM, dinilai=True)
K6 = Butir("K6", "teks", "Tulis singkatan dari Sasaran Kinerja Pegawai.", dinilai=True)

LATIHAN = (L1, L2, L3)
DINILAI = (K1, K2, K3, K4, K5, K6)
