"""Manajemen talenta ASN: kotak talenta (9-box) dan rekomendasinya.

Dasar: PermenPANRB 3/2020 tentang Manajemen Talenta ASN.
"""

from __future__ import annotations

from bimtek.aturan.ejaan import cocokkan
from bimtek.aturan.kinerja import normalisasi_rating

POTENSIAL: tuple[str, ...] = ("Rendah", "Menengah", "Tinggi")

# (kinerja, potensial) -> nomor kotak talenta.
KOTAK_TALENTA: dict[tuple[str, str], int] = {
    ("Di Atas Ekspektasi", "Rendah"): 4,
    ("Di Atas Ekspektasi", "Menengah"): 7,
    ("Di Atas Ekspektasi", "Tinggi"): 9,
    ("Sesuai Ekspektasi", "Rendah"): 2,
    ("Sesuai Ekspektasi", "Menengah"): 5,
    ("Sesuai Ekspektasi", "Tinggi"): 8,
    ("Di Bawah Ekspektasi", "Rendah"): 1,
    ("Di Bawah Ekspektasi", "Menengah"): 3,
    ("Di Bawah Ekspektasi", "Tinggi"): 6,
}

REKOMENDASI_TALENTA: dict[int, str] = {
    9: "Dipromosikan dan dipertahankan; masuk kelompok rencana suksesi instansi/nasional; mendapat penghargaan",
    8: "Dipertahankan; masuk kelompok rencana suksesi instansi; rotasi atau perluasan jabatan; bimbingan kinerja",
    7: (
        "Dipertahankan; masuk kelompok rencana suksesi instansi; rotasi atau pengayaan jabatan; "
        "pengembangan kompetensi; tugas belajar"
    ),
    6: "Penempatan yang sesuai; bimbingan kinerja dan konseling kinerja",
    5: "Penempatan yang sesuai; bimbingan kinerja; pengembangan kompetensi",
    4: "Rotasi; pengembangan kompetensi",
    3: "Bimbingan kinerja dan konseling kinerja; pengembangan kompetensi; penempatan yang sesuai",
    2: "Bimbingan kinerja; pengembangan kompetensi; penempatan yang sesuai",
    1: "Diproses sesuai ketentuan peraturan perundang-undangan (disiplin dan hukum)",
}

# Kotak 7-9 membentuk kelompok talenta (talent pool).
KOTAK_TALENT_POOL: frozenset[int] = frozenset({7, 8, 9})

_PETA_POTENSIAL = {p.lower(): p for p in POTENSIAL} | {"sedang": "Menengah"}


def normalisasi_potensial(potensial: object) -> str:
    """Seragamkan potensial: "rendah", "Menengah", "TINGGI"."""
    return cocokkan(potensial, _PETA_POTENSIAL, "Potensial", POTENSIAL)


def kotak_talenta(kinerja: object, potensial: object) -> int:
    """Nomor kotak talenta 1-9 dari rating kinerja dan tingkat potensial (PermenPANRB 3/2020)."""
    return KOTAK_TALENTA[(normalisasi_rating(kinerja), normalisasi_potensial(potensial))]


def _periksa_kotak(kotak: object) -> int:
    if isinstance(kotak, bool) or not isinstance(kotak, int) or kotak not in REKOMENDASI_TALENTA:
        raise ValueError(f"Kotak talenta {kotak!r} tidak dikenal: harus bilangan bulat 1 sampai 9.")
    return kotak


def rekomendasi_talenta(kotak: int) -> str:
    """Rekomendasi pengembangan untuk kotak talenta 1-9."""
    return REKOMENDASI_TALENTA[_periksa_kotak(kotak)]


def termasuk_talent_pool(kotak: int) -> bool:
    """Apakah kotak termasuk kelompok talenta (kotak 7, 8, 9)."""
    return _periksa_kotak(kotak) in KOTAK_TALENT_POOL
