"""Jenis jabatan ASN, jenjang jabatan fungsional, batas usia pensiun (BUP), dan TMT pensiun.

Dasar: UU 20/2023 (jabatan manajerial dan nonmanajerial); PP 11/2017 Ps. 239 dan UU 20/2023 Ps. 55 (BUP);
UU 14/2005 Ps. 30(4) dan 67(4) (BUP guru, dosen, guru besar); PP 17/2020.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bimtek.aturan.ejaan import cocokkan
from bimtek.aturan.golongan import normalisasi_golongan
from bimtek.aturan.waktu import awal_bulan_berikutnya, tambah_tahun

JENIS_JABATAN: tuple[str, ...] = (
    "JPT Utama", "JPT Madya", "JPT Pratama", "Administrator", "Pengawas", "Pelaksana", "Fungsional",
)
JABATAN_MANAJERIAL: tuple[str, ...] = ("JPT Utama", "JPT Madya", "JPT Pratama", "Administrator", "Pengawas")
JABATAN_NONMANAJERIAL: tuple[str, ...] = ("Fungsional", "Pelaksana")

# Jenjang jabatan fungsional dan golongan ruang yang sesuai.
JENJANG_FUNGSIONAL: dict[str, tuple[str, ...]] = {
    "Ahli Pertama": ("III/a", "III/b"),
    "Ahli Muda": ("III/c", "III/d"),
    "Ahli Madya": ("IV/a", "IV/b", "IV/c"),
    "Ahli Utama": ("IV/d", "IV/e"),
    "Pemula": ("II/a",),
    "Terampil": ("II/b", "II/c", "II/d"),
    "Mahir": ("III/a", "III/b"),
    "Penyelia": ("III/c", "III/d"),
}
KATEGORI_JENJANG: dict[str, str] = {
    "Ahli Pertama": "keahlian",
    "Ahli Muda": "keahlian",
    "Ahli Madya": "keahlian",
    "Ahli Utama": "keahlian",
    "Pemula": "keterampilan",
    "Terampil": "keterampilan",
    "Mahir": "keterampilan",
    "Penyelia": "keterampilan",
}

# Batas usia pensiun (PP 11/2017 Ps. 239; UU 20/2023 Ps. 55).
BUP_JABATAN: dict[str, int] = {
    "JPT Utama": 60,
    "JPT Madya": 60,
    "JPT Pratama": 60,
    "Administrator": 58,
    "Pengawas": 58,
    "Pelaksana": 58,
}
BUP_FUNGSIONAL: dict[str, int] = {
    "Ahli Pertama": 58,
    "Ahli Muda": 58,
    "Ahli Madya": 60,
    "Ahli Utama": 65,
    "Pemula": 58,
    "Terampil": 58,
    "Mahir": 58,
    "Penyelia": 58,
}


@dataclass(frozen=True)
class BUPSektor:
    """Pengecualian BUP yang ditetapkan undang-undang, dikenali dari nama jabatan.

    `kata` dicocokkan sebagai kata utuh pada nama jabatan (tanpa membedakan huruf besar/kecil), atau `pola`
    (ekspresi reguler) bila diisi; bila `jenjang` diisi, hanya berlaku untuk jenjang itu.
    """

    kata: str
    bup: int
    dasar: str
    jenjang: str | None = None
    pola: str | None = None

    @property
    def regex(self) -> str:
        """Ekspresi reguler pencocok nama jabatan (tanpa grup penangkap)."""
        return self.pola or rf"\b{re.escape(self.kata)}\b"


# Pengecualian sektoral yang berlaku sebagai hukum (bukan contoh): diperiksa berurutan, yang pertama cocok dipakai
# ("Guru Besar" sebelum "Guru").
BUP_SEKTOR: tuple[BUPSektor, ...] = (
    BUPSektor("guru besar", 70, "UU 14/2005 Ps. 67(4)"),
    BUPSektor("profesor", 70, "UU 14/2005 Ps. 67(4)"),
    BUPSektor("dosen", 65, "UU 14/2005 Ps. 67(4)"),
    BUPSektor("guru", 60, "UU 14/2005 Ps. 30(4)"),
    # Kepala sekolah adalah guru yang diberi tugas tambahan: tetap guru, jadi BUP guru 60 (mis. "Kepala SD Negeri 3
    # Sukajaya", "Kepala SMPN 1", "Kepala Sekolah"). Bukan "Kepala Bidang Pembinaan Sekolah Dasar".
    BUPSektor("kepala sekolah", 60, "UU 14/2005 Ps. 30(4)",
              pola=r"\bkepala\s+(?:sekolah|sdn?|smpn?|sman?|smkn?|slbn?|tkn?)\b"),
    BUPSektor("peneliti", 70, "PP 11/2017 Ps. 239", "Ahli Utama"),
    BUPSektor("perekayasa", 70, "PP 11/2017 Ps. 239", "Ahli Utama"),
)
# Pengecualian sektoral lain (mis. hakim, jaksa, dokter spesialis menurut aturannya masing-masing) tidak dimuat
# di kit: instansi mengisinya sendiri (nama jabatan -> BUP) di sini atau lewat argumen `bup_khusus`. Dokter, dokter
# gigi, apoteker, perawat, bidan tanpa aturan sektor mengikuti jenjangnya (PP 11/2017 Ps. 239).
BUP_KHUSUS_SEKTOR: dict[str, int] = {}
_POLA_SEKTOR = [(re.compile(a.regex, re.IGNORECASE), a) for a in BUP_SEKTOR]


def bup_sektor(jabatan: object, jenjang: object = None) -> BUPSektor | None:
    """Pengecualian BUP menurut undang-undang yang berlaku untuk nama jabatan ini, atau None.

    Contoh: "Guru Ahli Madya" -> guru 60 (UU 14/2005 Ps. 30(4)); "Peneliti Ahli Utama" -> 70.
    """
    if jabatan is None or (isinstance(jabatan, float) and jabatan != jabatan):
        return None
    nama = str(jabatan)
    jenjang_baku = None
    if jenjang is not None and not (isinstance(jenjang, float) and jenjang != jenjang) and str(jenjang).strip():
        jenjang_baku = normalisasi_jenjang(jenjang)
    for pola, aturan in _POLA_SEKTOR:
        if not pola.search(nama):
            continue
        if aturan.jenjang is None:
            return aturan
        if aturan.jenjang == jenjang_baku or re.search(rf"\b{aturan.jenjang}\b", nama, re.IGNORECASE):
            return aturan
    return None


_PETA_JENIS = {j.lower(): j for j in JENIS_JABATAN} | {
    "jpt utama": "JPT Utama", "jabatan pimpinan tinggi utama": "JPT Utama",
    "jabatan pimpinan tinggi madya": "JPT Madya", "jabatan pimpinan tinggi pratama": "JPT Pratama",
    "jf": "Fungsional", "jabatan fungsional": "Fungsional", "jabatan pelaksana": "Pelaksana",
    "jabatan administrator": "Administrator", "jabatan pengawas": "Pengawas",
}
_PETA_JENJANG = {j.lower(): j for j in JENJANG_FUNGSIONAL}


def normalisasi_jenis_jabatan(jenis_jabatan: object) -> str:
    """Seragamkan jenis jabatan ("jpt pratama", "JF") ke nilai baku ("JPT Pratama", "Fungsional")."""
    return cocokkan(jenis_jabatan, _PETA_JENIS, "Jenis jabatan", JENIS_JABATAN)


def normalisasi_jenjang(jenjang: object) -> str:
    """Seragamkan jenjang jabatan fungsional ("ahli muda") ke "Ahli Muda"."""
    return cocokkan(jenjang, _PETA_JENJANG, "Jenjang jabatan fungsional", JENJANG_FUNGSIONAL)


def batas_usia_pensiun(
    jenis_jabatan: object,
    jenjang: object = None,
    *,
    jabatan: str | None = None,
    bup_khusus: dict[str, int] | None = None,
) -> int:
    """Batas usia pensiun (tahun) seorang pegawai.

    Urutan: (1) pengecualian undang-undang menurut nama `jabatan` (BUP_SEKTOR: guru 60, dosen 65, guru besar
    70, peneliti/perekayasa Ahli Utama 70); (2) pengecualian instansi di `bup_khusus` atau BUP_KHUSUS_SEKTOR
    (nama jabatan persis); (3) jenis jabatan dan, untuk Fungsional, jenjangnya (PP 11/2017 Ps. 239).
    """
    if jabatan is not None:
        sektor = bup_sektor(jabatan, jenjang)
        if sektor is not None:
            return sektor.bup
        khusus = bup_khusus if bup_khusus is not None else BUP_KHUSUS_SEKTOR
        if jabatan in khusus:
            return khusus[jabatan]
    jenis = normalisasi_jenis_jabatan(jenis_jabatan)
    if jenis == "Fungsional":
        if jenjang is None:
            raise ValueError(
                "Untuk jabatan Fungsional, jenjang wajib diisi. Pilihan: " + ", ".join(JENJANG_FUNGSIONAL) + "."
            )
        return BUP_FUNGSIONAL[normalisasi_jenjang(jenjang)]
    return BUP_JABATAN[jenis]


def tanggal_mencapai_bup(tanggal_lahir: date, bup: int) -> date:
    """Tanggal pegawai genap berusia `bup` tahun."""
    return tambah_tahun(tanggal_lahir, bup)


def tmt_pensiun(tanggal_lahir: date, bup: int) -> date:
    """TMT pensiun: tanggal 1 bulan berikutnya setelah bulan pegawai mencapai BUP.

    Contoh: lahir 14-05-1967, BUP 58 -> TMT pensiun 01-06-2025.
    """
    if not isinstance(bup, int) or bup <= 0:
        raise ValueError(f"BUP {bup!r} harus bilangan bulat positif (tahun), mis. 58.")
    return awal_bulan_berikutnya(tanggal_mencapai_bup(tanggal_lahir, bup))


def jenjang_sesuai_golongan(jenjang: object, golongan: str) -> bool:
    """Apakah golongan ruang berada dalam rentang jenjang jabatan fungsional itu."""
    return normalisasi_golongan(golongan) in JENJANG_FUNGSIONAL[normalisasi_jenjang(jenjang)]


def mencapai_bup_pada_tahun(tanggal_lahir: date, bup: int, tahun: int) -> bool:
    """Apakah pegawai genap berusia `bup` tahun dalam tahun kalender `tahun` (perencanaan pensiun tahun itu)."""
    return tanggal_mencapai_bup(tanggal_lahir, bup).year == tahun
