"""Pohon organisasi pemerintah daerah sintetis: Sekretariat Daerah dan bagiannya, Sekretariat DPRD, Inspektorat,
dinas, badan, kecamatan dan kelurahan, UPT Puskesmas dan sekolah (atau RSUD dan SMA pada provinsi).

Setiap unit punya satu kepala dengan jenis jabatan yang wajar untuk unitnya (JPT untuk kepala perangkat daerah,
Administrator untuk sekretaris/kepala bagian/kepala bidang/camat, Pengawas untuk kepala subbagian/seksi/lurah/
puskesmas, guru bertugas tambahan untuk kepala sekolah). Banyaknya unit mengikuti jumlah pegawai.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import numpy as np

from bimtek.data import kumpulan as K
from bimtek.data.alat import hitung_terbesar

# Profil unit menentukan siapa yang bekerja di sana (guru di sekolah, tenaga kesehatan di puskesmas).
PROFIL = ("umum", "sekolah", "kesehatan")
# Perkiraan porsi staf per profil (dipakai untuk menentukan banyaknya sekolah dan puskesmas) dan rata-rata
# staf per unit layanan. Angka ini pilihan generator (asumsi), bukan aturan.
PORSI_STAF = {"sekolah": 0.36, "kesehatan": 0.13}
STAF_PER_SEKOLAH = 14
STAF_PER_PUSKESMAS = 25
STAF_PER_RSUD = 400
PEGAWAI_PEMDA_MINIMAL = 300  # pada skala nasional


# Kelompok jabatan kepala unit (kodenya dipakai selama penyusunan).
KELOMPOK_KEPALA = ("JPT Madya", "JPT Pratama", "Administrator", "Pengawas", "Kepala Sekolah")
JENJANG_SEKOLAH = ("SD Negeri", "SMP Negeri", "SMA Negeri", "SMK Negeri")


@dataclass
class KolomUnit:
    """Unit kerja semua pemda hasil satu `susun_semua` sebagai larik sejajar (satu butir per unit, unit satu pemda
    berurutan): jauh lebih ringan daripada satu objek per unit pada skala nasional (ratusan ribu unit)."""

    nama: np.ndarray  # teks (object)
    jenis_unit: np.ndarray
    induk: np.ndarray  # indeks unit induk, -1 untuk unit puncak
    jabatan_kepala: np.ndarray
    kelompok_kepala: np.ndarray  # JPT Madya, JPT Pratama, ..., Kepala Sekolah
    jenis_jabatan_kepala: np.ndarray  # nilai JENIS_JABATAN kepala
    profil: np.ndarray  # kode PROFIL
    bobot: np.ndarray  # bobot penempatan staf di dalam profilnya
    jf_ahli: np.ndarray  # kode ke daftar_jf
    jf_terampil: np.ndarray
    daftar_jf: list[tuple[str, ...]]  # jabatan fungsional khas unit (nilainya berbeda satu sama lain)
    asal: np.ndarray  # indeks pemda

    def __len__(self) -> int:
        return len(self.nama)


@dataclass
class Pemda:
    nama: str
    jenis: str  # "Kabupaten", "Kota", atau "Provinsi"
    domain: str
    jumlah_pegawai: int
    unit: range  # indeks unitnya di `kolom`
    kolom: KolomUnit = field(repr=False, compare=False)  # unit semua pemda yang disusun bersamanya


def jenis_jabatan_kepala(kelompok: str) -> str:
    """Nilai JENIS_JABATAN kepala unit menurut kelompoknya (kepala sekolah adalah guru, jabatan fungsional)."""
    return "Fungsional" if kelompok == "Kepala Sekolah" else kelompok


@cache
def _semua_wilayah(tambahan: tuple[str, ...]) -> list[str]:
    return [a + b + t for t in tambahan for a in K.AWALAN_WILAYAH for b in K.AKHIRAN_WILAYAH]


def nama_wilayah(rng: np.random.Generator, banyak: int, tambahan: tuple[str, ...] = ("",)) -> list[str]:
    """Nama wilayah fiktif yang unik, mis. 'Sukamakmur', 'Karangrejo Utara'."""
    semua = _semua_wilayah(tambahan)
    return [semua[i] for i in _pilih_wilayah(rng, banyak, len(semua))]


def _pilih_wilayah(rng: np.random.Generator, banyak: int, tersedia: int) -> np.ndarray:
    if banyak > tersedia:
        raise ValueError(f"nama wilayah tidak cukup: perlu {banyak}, tersedia {tersedia}")
    return rng.choice(tersedia, size=banyak, replace=False)


def _teks(*nilai: str) -> np.ndarray:
    """Larik teks (object) kecil untuk diambil dengan kode."""
    return np.array(nilai, dtype=object)


@dataclass
class _Inti:
    """Perangkat daerah satu jenis pemda (sama untuk pemda sejenis dan seukuran), sebelum kecamatan dan unit
    layanan. Indeks unit di sini lokal (di dalam pemdanya)."""

    baris: list[tuple] = field(default_factory=list)  # nama, jenis unit, induk, jabatan kepala, kelompok, bobot, jf
    opd_pendidikan: int = -1
    opd_kesehatan: int = -1
    bidang_sekolah: list[int] = field(default_factory=list)

    def tambah(self, nama: str, jenis_unit: str, induk: int, jabatan_kepala: str, kelompok: str, bobot: float,
               jf_ahli: tuple[str, ...] = ()) -> int:
        self.baris.append((nama, jenis_unit, induk, jabatan_kepala, KELOMPOK_KEPALA.index(kelompok), bobot,
                           jf_ahli or K.JF_UMUM_AHLI, K.JF_UMUM_TERAMPIL))
        return len(self.baris) - 1


class _Kolom:
    """Kolom unit semua pemda yang diisi per bagian (perangkat daerah, kecamatan, sekolah, ...) langsung ke
    posisi akhirnya, tanpa daftar per pemda."""

    def __init__(self, banyak: int, daftar_jf: dict[tuple[str, ...], int]):
        self.daftar_jf = daftar_jf
        self.nama = np.empty(banyak, dtype=object)
        self.jabatan_kepala = np.empty(banyak, dtype=object)
        self.jenis_unit = np.empty(banyak, dtype=object)
        self.induk = np.empty(banyak, dtype=np.int64)
        self.kelompok = np.empty(banyak, dtype=np.int64)
        self.profil = np.empty(banyak, dtype=np.int64)
        self.bobot = np.empty(banyak, dtype=np.float64)
        self.jf_ahli = np.empty(banyak, dtype=np.int64)
        self.jf_terampil = np.empty(banyak, dtype=np.int64)

    def isi(self, tujuan: np.ndarray, nama, jabatan_kepala, jenis_unit, induk, kelompok, profil: str = "umum",
            bobot=1.0, jf_ahli=K.JF_UMUM_AHLI, jf_terampil=K.JF_UMUM_TERAMPIL) -> None:
        """Tulis unit ke posisi `tujuan`; nilai tunggal berlaku untuk semua unit, kelompok boleh teks atau kode."""
        self.nama[tujuan] = nama
        self.jabatan_kepala[tujuan] = jabatan_kepala
        self.jenis_unit[tujuan] = jenis_unit
        self.induk[tujuan] = induk
        self.kelompok[tujuan] = KELOMPOK_KEPALA.index(kelompok) if isinstance(kelompok, str) else kelompok
        self.profil[tujuan] = PROFIL.index(profil)
        self.bobot[tujuan] = bobot
        self.jf_ahli[tujuan] = self.daftar_jf[jf_ahli] if isinstance(jf_ahli, tuple) else jf_ahli
        self.jf_terampil[tujuan] = self.daftar_jf[jf_terampil] if isinstance(jf_terampil, tuple) else jf_terampil

    def hasil(self, asal: np.ndarray) -> KolomUnit:
        return KolomUnit(
            nama=self.nama, jenis_unit=self.jenis_unit, induk=self.induk, jabatan_kepala=self.jabatan_kepala,
            kelompok_kepala=_teks(*KELOMPOK_KEPALA)[self.kelompok],
            jenis_jabatan_kepala=_teks(*map(jenis_jabatan_kepala, KELOMPOK_KEPALA))[self.kelompok],
            profil=self.profil, bobot=self.bobot, jf_ahli=self.jf_ahli, jf_terampil=self.jf_terampil,
            daftar_jf=list(self.daftar_jf), asal=asal)


def _per_pemda(banyak: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Untuk bagian dengan `banyak[p]` butir pada pemda p: pemda tiap butir dan urutan butir di dalam pemdanya."""
    pemda = np.repeat(np.arange(len(banyak)), banyak)
    return pemda, np.arange(len(pemda)) - (np.cumsum(banyak) - banyak)[pemda]


def _unit_kecamatan(kecil: bool, sedang: bool) -> list[tuple[str, str, str, str, float]]:
    """Unit satu kecamatan: awalan nama unit dan jabatan kepala (diikuti nama kecamatan), jenis unit, kelompok
    kepala, bobot."""
    unit = [("Kecamatan ", "Camat ", "Kecamatan", "Administrator", 2.0)]
    if not kecil:
        unit.append(("Sekretariat Kecamatan ", "Sekretaris Kecamatan ", "Sekretariat Kecamatan", "Administrator", 2.0))
    unit += [(f"{s} Kecamatan ", f"Kepala {s} Kecamatan ", "Seksi", "Pengawas", 1.5)
             for s in K.SEKSI_KECAMATAN[: 1 if kecil else 3]]
    if not sedang:
        unit.append(("Kelurahan ", "Lurah ", "Kelurahan", "Pengawas", 2.0))
    return unit


def susun_semua(rng: np.random.Generator, rencana: list[tuple[str, str, int]]) -> list[Pemda]:
    """Susun pohon unit kerja semua pemda rencana, masing-masing sepadan dengan jumlah pegawainya.

    Unit tiap pemda berurutan: perangkat daerah (disusun sekali per jenis pemda), kecamatan (kabupaten/kota) atau
    cabang dinas (provinsi), sekolah, lalu puskesmas atau RSUD. Tiap bagian disusun sekaligus untuk semua pemda."""
    semua_wilayah = _semua_wilayah(("",))
    inti: dict[tuple, int] = {}
    kode_inti, pilihan = [], []
    for _, jenis, n in rencana:  # undian wilayah tetap satu per pemda, berurutan
        prov = jenis == "Provinsi"
        kunci = (prov, n < 1000, n < 4000, min(len(K.BAGIAN_SETDA), 3 + n // 800))
        kode_inti.append(inti.setdefault(kunci, len(inti)))
        banyak = max(2, min(30, n // 3000)) if prov else max(2, min(40, n // 450))
        pilihan.append(_pilih_wilayah(rng, banyak, len(semua_wilayah)))
    daftar_inti = [_perangkat_daerah(*k) for k in inti]
    kode = np.array(kode_inti, dtype=np.int64)

    # Jabatan fungsional khas diberi kode menurut urutan kemunculan pertamanya (pemda demi pemda).
    daftar_jf: dict[tuple[str, ...], int] = {}
    for d in daftar_inti:
        for *_, ahli, terampil in [*d.baris, (K.JF_UMUM_AHLI, K.JF_UMUM_TERAMPIL),
                                   (K.JF_PUSKESMAS_AHLI, K.JF_PUSKESMAS_TERAMPIL)]:
            daftar_jf.setdefault(ahli, len(daftar_jf))
            daftar_jf.setdefault(terampil, len(daftar_jf))

    # Banyaknya unit tiap bagian per pemda, lalu posisi awal bagian itu di kolom.
    jumlah = np.array([r[2] for r in rencana], dtype=np.int64)
    provinsi = np.array([r[1] == "Provinsi" for r in rencana])
    kecil, sedang = jumlah < 1000, jumlah < 4000
    n_wilayah = np.array([len(p) for p in pilihan], dtype=np.int64)
    wilayah = _teks(*semua_wilayah)[np.concatenate(pilihan)]
    awal_wilayah = np.cumsum(n_wilayah) - n_wilayah
    pola = [_unit_kecamatan(k, s) for k in (False, True) for s in (False, True)]
    kode_pola = kecil * 2 + sedang
    per_kecamatan = np.where(provinsi, 0, np.array([len(p) for p in pola])[kode_pola])
    n_sekolah = np.maximum(2, np.rint(jumlah * PORSI_STAF["sekolah"] / STAF_PER_SEKOLAH)).astype(np.int64)
    staf_kesehatan = jumlah * PORSI_STAF["kesehatan"]
    n_kesehatan = np.maximum(1, np.rint(staf_kesehatan / np.where(provinsi, STAF_PER_RSUD, STAF_PER_PUSKESMAS)))
    n_kesehatan = n_kesehatan.astype(np.int64)
    banyak = np.stack([np.array([len(d.baris) for d in daftar_inti])[kode], n_wilayah * per_kecamatan,
                       np.where(provinsi, n_wilayah, 0), n_sekolah, n_kesehatan])
    ukuran = banyak.sum(axis=0)
    mulai = np.cumsum(ukuran) - ukuran
    awal_inti, awal_kecamatan, awal_cabdin, awal_sekolah, awal_kesehatan = mulai + np.cumsum(banyak, axis=0) - banyak

    def induk_inti(lokal: list[int], pemda: np.ndarray) -> np.ndarray:
        """Indeks unit perangkat daerah (lokal per jenis pemda, -1 bila tidak ada) untuk tiap butir pemda."""
        lokal_pemda = np.array(lokal, dtype=np.int64)[kode[pemda]]
        return np.where(lokal_pemda >= 0, mulai[pemda] + lokal_pemda, -1)

    kolom = _Kolom(int(ukuran.sum()), daftar_jf)

    # Perangkat daerah: baris jenis pemda masing-masing, disalin dari satu bank.
    bank = list(zip(*(b for d in daftar_inti for b in d.baris), strict=True))
    awal_bank = np.cumsum([0] + [len(d.baris) for d in daftar_inti])[:-1]
    pemda, i = _per_pemda(banyak[0])
    ambil = awal_bank[kode[pemda]] + i
    induk = np.array(bank[2], dtype=np.int64)[ambil]
    kolom.isi(awal_inti[pemda] + i, _teks(*bank[0])[ambil], _teks(*bank[3])[ambil], _teks(*bank[1])[ambil],
              np.where(induk >= 0, mulai[pemda] + induk, -1), np.array(bank[4])[ambil],
              bobot=np.array(bank[5], dtype=np.float64)[ambil],
              jf_ahli=np.array([daftar_jf[t] for t in bank[6]], dtype=np.int64)[ambil],
              jf_terampil=np.array([daftar_jf[t] for t in bank[7]], dtype=np.int64)[ambil])

    # Kecamatan (kabupaten/kota): kecamatan, sekretariat, seksi, kelurahan; nama unit = awalan + nama kecamatan.
    pemda_kec, urut_kec = _per_pemda(np.where(provinsi, 0, n_wilayah))
    per_kec = per_kecamatan[pemda_kec]
    kec, j = _per_pemda(per_kec)
    pemda = pemda_kec[kec]
    bank = list(zip(*(u for p in pola for u in p), strict=True))
    baris = (np.cumsum([0] + [len(p) for p in pola])[:-1])[kode_pola[pemda]] + j
    nama_kec = wilayah[awal_wilayah[pemda] + urut_kec[kec]]
    posisi_kec = awal_kecamatan[pemda] + urut_kec[kec] * per_kec[kec]
    kolom.isi(posisi_kec + j, _teks(*bank[0])[baris] + nama_kec, _teks(*bank[1])[baris] + nama_kec,
              _teks(*bank[2])[baris], np.where(j == 0, -1, posisi_kec),
              np.array([KELOMPOK_KEPALA.index(k) for k in bank[3]])[baris], bobot=np.array(bank[4])[baris])

    # Cabang dinas pendidikan (provinsi), satu per wilayah.
    pemda, i = _per_pemda(np.where(provinsi, n_wilayah, 0))
    w = wilayah[awal_wilayah[pemda] + i]
    kolom.isi(awal_cabdin[pemda] + i, "Cabang Dinas Pendidikan Wilayah " + w,
              "Kepala Cabang Dinas Pendidikan Wilayah " + w, "Cabang Dinas",
              induk_inti([d.opd_pendidikan for d in daftar_inti], pemda), "Administrator", bobot=2.0)

    # Sekolah: banyaknya mengikuti perkiraan staf guru; diberi nomor per wilayah secara bergiliran.
    pemda, i = _per_pemda(n_sekolah)
    L = n_wilayah[pemda]
    prov = provinsi[pemda]
    jenjang = np.where(prov, np.where(i % 3 != 0, 2, 3), np.where(i % 4 == 3, 1, 0))
    nomor = i // L
    # Awalan "SD Negeri 3 " disusun sekali per jenjang dan nomor: satu penggabungan teks per sekolah.
    banyak_nomor = int(nomor.max()) + 1
    awalan = _teks(*(f"{x} {k + 1} " for x in JENJANG_SEKOLAH for k in range(banyak_nomor)))
    nama = awalan[jenjang * banyak_nomor + nomor] + wilayah[awal_wilayah[pemda] + i % L]
    induk_sd = induk_inti([d.bidang_sekolah[0] if d.bidang_sekolah else -1 for d in daftar_inti], pemda)
    induk_smp = induk_inti([d.bidang_sekolah[min(len(d.bidang_sekolah) - 1, 1)] if d.bidang_sekolah else -1
                            for d in daftar_inti], pemda)
    induk = np.where(prov, awal_cabdin[pemda] + i % L, np.where(jenjang == 1, induk_smp, induk_sd))
    kolom.isi(awal_sekolah[pemda] + i, nama, "Kepala " + nama, "Sekolah", induk, "Kepala Sekolah", "sekolah")

    # Unit kesehatan: RSUD (provinsi) atau UPT Puskesmas (kabupaten/kota), bernomor bila lebih banyak dari wilayah.
    pemda, i = _per_pemda(n_kesehatan)
    L = n_wilayah[pemda]
    prov = provinsi[pemda].astype(np.int64)
    bernomor = ~provinsi[pemda] & (n_kesehatan[pemda] > L)
    nomor = np.where(bernomor, i // L + 1, 0)
    akhiran = _teks("", *(f" {k}" for k in range(1, int(nomor.max()) + 1)))[nomor]
    w = wilayah[awal_wilayah[pemda] + i % L]
    nama = _teks("UPT Puskesmas ", "UPT Rumah Sakit Umum Daerah ")[prov] + w + akhiran
    kolom.isi(awal_kesehatan[pemda] + i, nama, _teks("Kepala ", "Direktur ")[prov] + nama,
              _teks("UPT Puskesmas", "UPT Rumah Sakit")[prov],
              induk_inti([d.opd_kesehatan for d in daftar_inti], pemda),
              np.array([KELOMPOK_KEPALA.index("Pengawas"), KELOMPOK_KEPALA.index("Administrator")])[prov],
              "kesehatan", jf_ahli=K.JF_PUSKESMAS_AHLI, jf_terampil=K.JF_PUSKESMAS_TERAMPIL)

    hasil = kolom.hasil(np.repeat(np.arange(len(rencana)), ukuran))
    daftar = []
    for (nama_pemda, jenis, n), a, b in zip(rencana, mulai.tolist(), (mulai + ukuran).tolist(), strict=True):
        slug = nama_pemda.lower().replace(" ", "")
        domain = f"{slug}{'prov' if jenis == 'Provinsi' else 'kab' if jenis == 'Kabupaten' else 'kota'}.go.id"
        daftar.append(Pemda(f"Pemerintah {jenis} {nama_pemda}", jenis, domain, n, range(a, b), hasil))
    return daftar


def _perangkat_daerah(provinsi: bool, kecil: bool, sedang: bool, banyak_bagian: int) -> _Inti:
    """Sekretariat Daerah, Sekretariat DPRD, Inspektorat, dinas dan badan dengan bidangnya."""
    p = _Inti()
    setda = p.tambah("Sekretariat Daerah", "Sekretariat Daerah", -1, "Sekretaris Daerah",
                     "JPT Madya" if provinsi else "JPT Pratama", 1.0)
    for bag in K.BAGIAN_SETDA[:banyak_bagian]:
        p.tambah(bag, "Bagian", setda, f"Kepala {bag}", "Administrator", 3.0)
    if not kecil:
        setwan = p.tambah("Sekretariat DPRD", "Sekretariat DPRD", -1, "Sekretaris DPRD", "JPT Pratama", 1.0)
        for bag in K.BAGIAN_SETWAN:
            p.tambah(bag, "Bagian", setwan, f"Kepala {bag}", "Administrator", 2.0)
    insp = p.tambah("Inspektorat Daerah", "Inspektorat", -1, "Inspektur", "JPT Pratama", 1.0, K.JF_INSPEKTORAT)
    for irban in K.IRBAN[: 1 if kecil else 2 if sedang else 4]:
        p.tambah(irban, "Inspektur Pembantu", insp, irban, "Administrator", 3.0, K.JF_INSPEKTORAT)

    # Perangkat daerah: pemda kecil hanya perangkat inti; makin besar, makin lengkap.
    katalog = {d[0]: d for d in K.DINAS}
    if kecil:
        daftar = [katalog[d] for d in K.DINAS_INTI]
    elif sedang:
        daftar = [katalog[d] for d in K.DINAS_INTI] + [d for d in K.DINAS if d[0] not in K.DINAS_INTI][:8]
    else:
        daftar = list(K.DINAS)
    for nama_opd, jenis_unit, bidang, jf in daftar:
        opd = p.tambah(nama_opd, jenis_unit, -1, f"Kepala {nama_opd}", "JPT Pratama", 1.0, jf)
        if not kecil:
            sekr = p.tambah(f"Sekretariat {nama_opd}", "Sekretariat", opd, f"Sekretaris {nama_opd}",
                            "Administrator", 3.0)
            for sub in K.SUBBAGIAN_SEKRETARIAT[: 1 if sedang else 2]:
                p.tambah(f"{sub} {nama_opd}", "Subbagian", sekr, f"Kepala {sub}", "Pengawas", 2.0)
        for b in bidang[: 1 if kecil else len(bidang)]:
            bid = p.tambah(f"Bidang {b}", "Bidang", opd, f"Kepala Bidang {b}", "Administrator", 3.0, jf)
            if nama_opd == "Dinas Pendidikan" and (b.startswith("Pembinaan") or kecil):
                p.bidang_sekolah.append(bid)
            if not sedang:
                p.tambah(f"Seksi {b}", "Seksi", bid, f"Kepala Seksi {b}", "Pengawas", 2.0, jf)
        if nama_opd == "Dinas Pendidikan":
            p.opd_pendidikan = opd
        elif nama_opd == "Dinas Kesehatan":
            p.opd_kesehatan = opd
    return p


def rencana_pemda(rng: np.random.Generator, jumlah_pegawai: int) -> list[tuple[str, str, int]]:
    """Bagi pegawai ke satu atau banyak pemda: (nama, jenis, jumlah pegawai).

    Sampai 150.000 pegawai: satu pemda (kabupaten sampai 30.000, selebihnya provinsi). Lebih dari itu: 38
    provinsi dan 514 kabupaten/kota (416 kabupaten + 98 kota) seperti Indonesia, ukurannya acak lognormal.
    """
    if jumlah_pegawai <= 150_000:
        jenis = "Kabupaten" if jumlah_pegawai <= 30_000 else "Provinsi"
        return [(nama_wilayah(rng, 1)[0], jenis, jumlah_pegawai)]
    jenis = ["Provinsi"] * 38 + ["Kabupaten"] * 416 + ["Kota"] * 98
    nama = nama_wilayah(rng, len(jenis), ("", " Utara", " Selatan", " Barat", " Timur"))
    bobot = np.where(np.array(jenis) == "Provinsi", 4.0, 1.0) * rng.lognormal(0.0, 0.5, len(jenis))
    # Paling sedikit 300 pegawai per pemda (kurang bila jumlahnya tidak cukup untuk 552 pemda).
    minimum = min(PEGAWAI_PEMDA_MINIMAL, jumlah_pegawai // len(jenis))
    jumlah = np.floor(bobot / bobot.sum() * jumlah_pegawai).astype(np.int64)
    jumlah = np.maximum(jumlah, minimum)
    lebih = int(jumlah.sum()) - jumlah_pegawai
    if jumlah.max() - lebih >= minimum:
        jumlah[np.argmax(jumlah)] -= lebih
    else:
        # Pemda terbesar tidak dapat menanggung kelebihannya sendiri (sekitar 150.000-350.000 pegawai): kurangi
        # semua pemda sebanding kelonggarannya di atas minimum.
        jumlah -= hitung_terbesar(jumlah - minimum, lebih)
    return list(zip(nama, jenis, jumlah.tolist(), strict=True))
