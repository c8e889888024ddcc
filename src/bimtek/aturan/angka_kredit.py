"""Angka kredit jabatan fungsional dari predikat kinerja.

Dasar: PermenPANRB 1/2023 dan PerBKN 3/2023: AK = persentase predikat x koefisien tahunan jenjang;
untuk sebagian tahun dikalikan (bulan / 12).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from bimtek.aturan.jabatan import normalisasi_jenjang
from bimtek.aturan.kinerja import normalisasi_predikat

# Persentase angka kredit menurut predikat kinerja.
PERSEN_PREDIKAT: dict[str, int] = {
    "Sangat Baik": 150,
    "Baik": 100,
    "Butuh Perbaikan": 75,
    "Kurang/Misconduct": 50,
    "Sangat Kurang": 25,
}

# Koefisien angka kredit per tahun menurut jenjang. Koefisien Pemula (3,75) BELUM TERKONFIRMASI: contoh.
KOEFISIEN_TAHUNAN: dict[str, Fraction] = {
    "Ahli Pertama": Fraction(25, 2),
    "Ahli Muda": Fraction(25),
    "Ahli Madya": Fraction(75, 2),
    "Ahli Utama": Fraction(50),
    "Pemula": Fraction(15, 4),
    "Terampil": Fraction(5),
    "Mahir": Fraction(25, 2),
    "Penyelia": Fraction(25),
}
KOEFISIEN_BELUM_TERKONFIRMASI: frozenset[str] = frozenset({"Pemula"})

# Angka kredit yang dibutuhkan: (untuk kenaikan pangkat, untuk kenaikan jenjang); None = tidak ada jenjang lebih tinggi.
AK_DIBUTUHKAN: dict[str, tuple[int, int | None]] = {
    "Ahli Pertama": (50, 100),
    "Ahli Muda": (100, 200),
    "Ahli Madya": (150, 450),
    "Ahli Utama": (200, None),
    "Pemula": (15, 15),
    "Terampil": (20, 60),
    "Mahir": (50, 100),
    "Penyelia": (100, None),
}


def _bulat3(x: Fraction) -> float:
    # Pembulatan setengah ke atas (kebiasaan hitung manual), bukan pembulatan bankir bawaan Python.
    d = Decimal(x.numerator) / Decimal(x.denominator)
    return float(d.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP))


def angka_kredit(predikat: object, jenjang: object, bulan: int = 12) -> float:
    """Angka kredit yang diperoleh dalam `bulan` bulan (1-12), dibulatkan 3 desimal.

    Contoh: Ahli Pertama, Sangat Baik, setahun = 18,75; Baik selama 2 bulan = 2,083.
    """
    if isinstance(bulan, bool) or not isinstance(bulan, int) or not 1 <= bulan <= 12:
        raise ValueError(f"Jumlah bulan {bulan!r} harus bilangan bulat 1 sampai 12.")
    persen = PERSEN_PREDIKAT[normalisasi_predikat(predikat)]
    koef = KOEFISIEN_TAHUNAN[normalisasi_jenjang(jenjang)]
    return _bulat3(Fraction(persen, 100) * koef * Fraction(bulan, 12))


def ak_kenaikan_pangkat(jenjang: object) -> int:
    """Angka kredit minimal untuk kenaikan pangkat pada jenjang itu."""
    return AK_DIBUTUHKAN[normalisasi_jenjang(jenjang)][0]


def ak_kenaikan_jenjang(jenjang: object) -> int | None:
    """Angka kredit minimal untuk naik ke jenjang berikutnya; None bila jenjang tertinggi.

    Kenaikan jenjang juga mensyaratkan uji kompetensi dan predikat paling rendah Baik.
    """
    return AK_DIBUTUHKAN[normalisasi_jenjang(jenjang)][1]
