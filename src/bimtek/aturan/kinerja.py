"""Manajemen kinerja ASN: rating, predikat kinerja (kuadran), pola distribusi, dan isi SKP.

Dasar: PermenPANRB 6/2022 (tahapan, SKP, rating, predikat); SE MenPANRB 3/2023 yang melaksanakan
Ps. 24-25 PermenPANRB 6/2022 (pola distribusi/kurva menurut predikat kinerja organisasi).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction

from bimtek.aturan.ejaan import cocokkan

# Rating hasil kerja dan rating perilaku kerja, dari terbaik (PermenPANRB 6/2022).
RATING: tuple[str, ...] = ("Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi")

# Predikat kinerja pegawai, dari terbaik.
PREDIKAT: tuple[str, ...] = ("Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang")

# Predikat kinerja organisasi (capaian kinerja unit), dari terbaik (SE MenPANRB 3/2023).
PREDIKAT_ORGANISASI: tuple[str, ...] = ("Istimewa", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang")

# Kuadran kinerja: (rating hasil kerja, rating perilaku kerja) -> predikat (PermenPANRB 6/2022, lampiran).
MATRIKS_PREDIKAT: dict[tuple[str, str], str] = {
    ("Di Atas Ekspektasi", "Di Atas Ekspektasi"): "Sangat Baik",
    ("Di Atas Ekspektasi", "Sesuai Ekspektasi"): "Baik",
    ("Di Atas Ekspektasi", "Di Bawah Ekspektasi"): "Kurang/Misconduct",
    ("Sesuai Ekspektasi", "Di Atas Ekspektasi"): "Baik",
    ("Sesuai Ekspektasi", "Sesuai Ekspektasi"): "Baik",
    ("Sesuai Ekspektasi", "Di Bawah Ekspektasi"): "Kurang/Misconduct",
    ("Di Bawah Ekspektasi", "Di Atas Ekspektasi"): "Butuh Perbaikan",
    ("Di Bawah Ekspektasi", "Sesuai Ekspektasi"): "Butuh Perbaikan",
    ("Di Bawah Ekspektasi", "Di Bawah Ekspektasi"): "Sangat Kurang",
}

# Nilai dasar BerAKHLAK dan panduan perilakunya (perilaku kerja dalam SKP).
BERAKHLAK: dict[str, tuple[str, str, str]] = {
    "Berorientasi Pelayanan": (
        "Memahami dan memenuhi kebutuhan masyarakat",
        "Ramah, cekatan, solutif, dan dapat diandalkan",
        "Melakukan perbaikan tiada henti",
    ),
    "Akuntabel": (
        "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi",
        "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
        "Tidak menyalahgunakan kewenangan jabatan",
    ),
    "Kompeten": (
        "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
        "Membantu orang lain belajar",
        "Melaksanakan tugas dengan kualitas terbaik",
    ),
    "Harmonis": (
        "Menghargai setiap orang apa pun latar belakangnya",
        "Suka menolong orang lain",
        "Membangun lingkungan kerja yang kondusif",
    ),
    "Loyal": (
        "Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah",
        "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
        "Menjaga rahasia jabatan dan negara",
    ),
    "Adaptif": (
        "Cepat menyesuaikan diri menghadapi perubahan",
        "Terus berinovasi dan mengembangkan kreativitas",
        "Bertindak proaktif",
    ),
    "Kolaboratif": (
        "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
        "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
        "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
    ),
}

# Isi SKP (PermenPANRB 6/2022).
TAHAPAN_KINERJA: tuple[str, ...] = (
    "Perencanaan kinerja",
    "Pelaksanaan, pemantauan kinerja, dan pembinaan kinerja",
    "Penilaian kinerja",
    "Tindak lanjut hasil evaluasi kinerja",
)
JENIS_RHK: tuple[str, ...] = ("Utama", "Tambahan")
ASPEK_IKI: tuple[str, ...] = ("Kuantitas", "Kualitas", "Waktu", "Biaya")
PENDEKATAN_SKP: tuple[str, ...] = ("Kuantitatif", "Kualitatif")
PERSPEKTIF_SKP: tuple[str, ...] = ("Penerima Layanan", "Proses Bisnis", "Penguatan Internal", "Anggaran")
# Alur status SKP pada aplikasi (dari aplikasi publik; sumber sekunder).
STATUS_SKP: tuple[str, ...] = ("Draft", "Diajukan", "Disetujui", "Ditolak")
LAMPIRAN_SKP: tuple[str, ...] = ("Dukungan sumber daya", "Skema pertanggungjawaban", "Konsekuensi")

_PETA_RATING: dict[str, str] = {}
for _r in RATING:
    _inti = _r.lower().replace(" ekspektasi", "")
    for _k in (_r.lower(), _inti):
        _PETA_RATING[_k] = _r

_PETA_PREDIKAT: dict[str, str] = {p.lower(): p for p in PREDIKAT} | {
    "kurang": "Kurang/Misconduct",
    "misconduct": "Kurang/Misconduct",
    "kurang/misconduct": "Kurang/Misconduct",
    "kurang (misconduct)": "Kurang/Misconduct",
}
_PETA_PREDIKAT_ORG: dict[str, str] = {p.lower(): p for p in PREDIKAT_ORGANISASI} | {
    "kurang/misconduct": "Kurang",
}


def normalisasi_rating(rating: object) -> str:
    """Seragamkan rating ("diatas", "DI ATAS EKSPEKTASI", " sesuai ") ke nilai baku di RATING."""
    return cocokkan(rating, _PETA_RATING, "Rating", RATING)


def normalisasi_predikat(predikat: object) -> str:
    """Seragamkan predikat kinerja pegawai; "Kurang" diterima sebagai "Kurang/Misconduct"."""
    return cocokkan(predikat, _PETA_PREDIKAT, "Predikat kinerja", PREDIKAT)


def normalisasi_predikat_organisasi(predikat: object) -> str:
    """Seragamkan predikat kinerja organisasi (Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang)."""
    return cocokkan(predikat, _PETA_PREDIKAT_ORG, "Predikat kinerja organisasi", PREDIKAT_ORGANISASI)


def predikat_kinerja(rating_hasil_kerja: object, rating_perilaku_kerja: object) -> str:
    """Predikat kinerja pegawai dari kuadran kinerja (PermenPANRB 6/2022).

    Sumbu pertama hasil kerja, kedua perilaku kerja: ("Di Atas", "Di Bawah") -> "Kurang/Misconduct",
    sedangkan ("Di Bawah", "Di Atas") -> "Butuh Perbaikan".
    """
    hasil = normalisasi_rating(rating_hasil_kerja)
    perilaku = normalisasi_rating(rating_perilaku_kerja)
    return MATRIKS_PREDIKAT[(hasil, perilaku)]


# Pegawai yang memimpin unit kerja: capaian kinerja organisasi unitnya menjadi rating hasil kerjanya (PermenPANRB
# 6/2022, lembar fakta bagian 4 [C]). Lembar fakta tidak memuat tabel konversi lima predikat organisasi ke tiga
# rating, jadi tabel di bawah adalah CONTOH yang dapat diganti instansi (argumen `tabel`), bukan aturan.
RATING_HASIL_KEPALA_UNIT: dict[str, str] = {
    "Istimewa": "Di Atas Ekspektasi",
    "Baik": "Sesuai Ekspektasi",
    "Butuh Perbaikan": "Di Bawah Ekspektasi",
    "Kurang": "Di Bawah Ekspektasi",
    "Sangat Kurang": "Di Bawah Ekspektasi",
}


def rating_hasil_kepala_unit(predikat_organisasi: object,
                             tabel: Mapping[str, str] = RATING_HASIL_KEPALA_UNIT) -> str:
    """Rating hasil kerja pimpinan unit dari capaian kinerja organisasi unitnya (PermenPANRB 6/2022); konversinya
    contoh (`tabel`, dapat diganti instansi)."""
    return normalisasi_rating(tabel[normalisasi_predikat_organisasi(predikat_organisasi)])


def peringkat_predikat(predikat: object) -> int:
    """0 untuk Sangat Baik sampai 4 untuk Sangat Kurang (untuk mengurutkan)."""
    return PREDIKAT.index(normalisasi_predikat(predikat))


@dataclass(frozen=True)
class BatasDistribusi:
    """Satu syarat pola distribusi: kelompok predikat pegawai dengan batas bawah/atas proporsinya, syarat
    "sebagian besar" (lebih dari separuh), atau syarat "harus ada"."""

    kelompok: tuple[str, ...]
    minimal: Fraction | None = None
    maksimal: Fraction | None = None
    sebagian_besar: bool = False
    wajib_ada: bool = False


_SB, _B, _BP, _K, _SK = PREDIKAT

# Pola distribusi predikat pegawai menurut predikat kinerja organisasi (SE MenPANRB 3/2023).
# "Sebagian besar" dibaca harfiah: lebih dari separuh pegawai unit (lembar fakta: "most, at most 70%").
POLA_DISTRIBUSI: dict[str, tuple[BatasDistribusi, ...]] = {
    "Istimewa": (
        BatasDistribusi((_SB,), maksimal=Fraction(70, 100), sebagian_besar=True),
    ),
    "Baik": (
        BatasDistribusi((_B,), maksimal=Fraction(70, 100), sebagian_besar=True),
        BatasDistribusi((_BP, _K), wajib_ada=True),
    ),
    "Butuh Perbaikan": (
        BatasDistribusi((_BP,), minimal=Fraction(60, 100)),
        BatasDistribusi((_SB,), maksimal=Fraction(10, 100)),
    ),
    "Kurang": (
        BatasDistribusi((_K,), minimal=Fraction(60, 100)),
        BatasDistribusi((_BP,), minimal=Fraction(10, 100)),
        BatasDistribusi((_SB,), maksimal=Fraction(10, 100)),
    ),
    "Sangat Kurang": (
        BatasDistribusi((_SK,), minimal=Fraction(60, 100)),
        BatasDistribusi((_K, _BP), minimal=Fraction(10, 100)),
        BatasDistribusi((_SB,), maksimal=Fraction(0)),
    ),
}


@dataclass
class HasilDistribusi:
    """Hasil pemeriksaan pola distribusi satu unit."""

    predikat_organisasi: str
    jumlah: dict[str, int]
    proporsi: dict[str, float]
    pelanggaran: list[str] = field(default_factory=list)

    @property
    def sesuai(self) -> bool:
        return not self.pelanggaran


def _persen(x: Fraction) -> str:
    nilai = float(x * 100)
    return f"{nilai:.0f}%" if nilai == int(nilai) else f"{nilai:.1f}%".replace(".", ",")


def _nama_kelompok(kelompok: tuple[str, ...]) -> str:
    return " dan/atau ".join(kelompok)


def periksa_distribusi(predikat_organisasi: object, daftar_predikat_pegawai: Iterable[object]) -> HasilDistribusi:
    """Periksa sebaran predikat pegawai satu unit terhadap pola yang dibolehkan predikat organisasinya.

    Dasar: SE MenPANRB 3/2023 (melaksanakan Ps. 24-25 PermenPANRB 6/2022). Hasilnya `sesuai` dan
    `pelanggaran` (satu kalimat per syarat yang dilanggar).
    """
    hitung = Counter(normalisasi_predikat(p) for p in daftar_predikat_pegawai)
    return periksa_distribusi_jumlah(predikat_organisasi, hitung)


def periksa_distribusi_jumlah(predikat_organisasi: object, jumlah_per_predikat: Mapping[str, int]) -> HasilDistribusi:
    """Seperti `periksa_distribusi`, tetapi dari jumlah pegawai per predikat (ejaan baku), mis.
    {"Baik": 6, "Butuh Perbaikan": 2}: cepat untuk unit besar dan generator data. Dasar: SE MenPANRB 3/2023."""
    org = normalisasi_predikat_organisasi(predikat_organisasi)
    tidak_dikenal = [p for p in jumlah_per_predikat if p not in PREDIKAT]
    if tidak_dikenal:
        raise ValueError(f"Predikat {tidak_dikenal[0]!r} tidak dikenal. Pilihan: {', '.join(PREDIKAT)}.")
    jumlah = {p: int(jumlah_per_predikat.get(p, 0)) for p in PREDIKAT}
    n = sum(jumlah.values())
    if n <= 0:
        raise ValueError("Daftar predikat pegawai kosong: pola distribusi hanya dapat diperiksa bila ada pegawai.")
    hasil = HasilDistribusi(org, jumlah, {p: jumlah[p] / n for p in PREDIKAT})
    for batas in POLA_DISTRIBUSI[org]:
        k = sum(jumlah[p] for p in batas.kelompok)
        porsi = Fraction(k, n)
        nama = _nama_kelompok(batas.kelompok)
        awal = f"Predikat organisasi {org}: "
        if batas.wajib_ada and k == 0:
            hasil.pelanggaran.append(awal + f"harus ada pegawai dengan predikat {nama}, tetapi tidak ada.")
        if batas.minimal is not None and porsi < batas.minimal:
            hasil.pelanggaran.append(
                awal + f"predikat {nama} paling sedikit {_persen(batas.minimal)}, "
                f"tetapi hanya {_persen(porsi)} ({k} dari {n} pegawai)."
            )
        if batas.maksimal is not None and porsi > batas.maksimal:
            batas_teks = "tidak boleh ada" if batas.maksimal == 0 else f"paling banyak {_persen(batas.maksimal)}"
            hasil.pelanggaran.append(
                awal + f"predikat {nama} {batas_teks}, tetapi ada {_persen(porsi)} ({k} dari {n} pegawai)."
            )
        if batas.sebagian_besar and porsi <= Fraction(1, 2):
            hasil.pelanggaran.append(
                awal + f"sebagian besar (lebih dari separuh) pegawai harus berpredikat {nama}, "
                f"tetapi hanya {_persen(porsi)} ({k} dari {n} pegawai)."
            )
    return hasil
