"""Indeks Sistem Merit ASN.

Dasar: PermenPANRB 40/2018. Delapan aspek; indeks 100-400 dalam empat kategori. Bobot aspek belum
terkonfirmasi, jadi kit tidak menghitung indeks dari aspek.
"""

from __future__ import annotations

ASPEK_SISTEM_MERIT: tuple[str, ...] = (
    "Perencanaan Kebutuhan",
    "Pengadaan",
    "Pengembangan Karier",
    "Promosi dan Mutasi",
    "Manajemen Kinerja",
    "Penggajian, Penghargaan dan Disiplin",
    "Perlindungan dan Pelayanan",
    "Sistem Informasi",
)

# (batas bawah, kategori romawi, label); batas atas kategori = batas bawah kategori berikutnya.
KATEGORI_SISTEM_MERIT: tuple[tuple[int, str, str], ...] = (
    (100, "I", "Buruk"),
    (175, "II", "Kurang"),
    (250, "III", "Baik"),
    (325, "IV", "Sangat Baik"),
)
NILAI_MINIMAL, NILAI_MAKSIMAL = 100, 400


def kategori_sistem_merit(nilai: float) -> tuple[str, str]:
    """Kategori indeks sistem merit: 100-174 I Buruk; 175-249 II Kurang; 250-324 III Baik; 325-400 IV Sangat Baik."""
    if isinstance(nilai, bool) or not isinstance(nilai, int | float) or not NILAI_MINIMAL <= nilai <= NILAI_MAKSIMAL:
        raise ValueError(f"Nilai indeks sistem merit {nilai!r} harus angka {NILAI_MINIMAL} sampai {NILAI_MAKSIMAL}.")
    hasil = KATEGORI_SISTEM_MERIT[0]
    for baris in KATEGORI_SISTEM_MERIT:
        if nilai >= baris[0]:
            hasil = baris
    return hasil[1], hasil[2]
