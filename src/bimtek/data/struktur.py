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


@dataclass
class KolomUnit:
    """Unit kerja satu pemda sebagai kolom (daftar sejajar, satu butir per unit): jauh lebih ringan daripada satu
    objek per unit pada skala nasional (ratusan ribu unit)."""

    nama: list[str] = field(default_factory=list)
    jenis_unit: list[str] = field(default_factory=list)
    induk: list[int] = field(default_factory=list)  # indeks unit induk dalam daftar, -1 untuk unit puncak
    jabatan_kepala: list[str] = field(default_factory=list)
    kelompok_kepala: list[str] = field(default_factory=list)  # JPT Madya, JPT Pratama, ..., Kepala Sekolah
    profil: list[str] = field(default_factory=list)
    bobot: list[float] = field(default_factory=list)  # bobot penempatan staf di dalam profilnya
    jf_ahli: list[int] = field(default_factory=list)  # kode ke daftar_jf
    jf_terampil: list[int] = field(default_factory=list)
    daftar_jf: list[tuple[str, ...]] = field(default_factory=list)  # daftar jabatan fungsional khas yang dipakai

    def __len__(self) -> int:
        return len(self.nama)


@dataclass
class Pemda:
    nama: str
    jenis: str  # "Kabupaten", "Kota", atau "Provinsi"
    domain: str
    jumlah_pegawai: int
    unit: KolomUnit = field(default_factory=KolomUnit)


def jenis_jabatan_kepala(kelompok: str) -> str:
    """Nilai JENIS_JABATAN kepala unit menurut kelompoknya (kepala sekolah adalah guru, jabatan fungsional)."""
    return "Fungsional" if kelompok == "Kepala Sekolah" else kelompok


@cache
def _semua_wilayah(tambahan: tuple[str, ...]) -> list[str]:
    return [a + b + t for t in tambahan for a in K.AWALAN_WILAYAH for b in K.AKHIRAN_WILAYAH]


def nama_wilayah(rng: np.random.Generator, banyak: int, tambahan: tuple[str, ...] = ("",)) -> list[str]:
    """Nama wilayah fiktif yang unik, mis. 'Sukamakmur', 'Karangrejo Utara'."""
    semua = _semua_wilayah(tambahan)
    if banyak > len(semua):
        raise ValueError(f"nama wilayah tidak cukup: perlu {banyak}, tersedia {len(semua)}")
    pilih = rng.choice(len(semua), size=banyak, replace=False)
    return [semua[i] for i in pilih]


class _Penyusun:
    def __init__(self, unit: KolomUnit):
        self.u = unit
        self._kode_jf = {t: i for i, t in enumerate(unit.daftar_jf)}

    def _jf(self, daftar: tuple[str, ...]) -> int:
        kode = self._kode_jf.get(daftar)
        if kode is None:
            kode = self._kode_jf[daftar] = len(self.u.daftar_jf)
            self.u.daftar_jf.append(daftar)
        return kode

    def tambah(self, nama: str, jenis_unit: str, induk: int, jabatan_kepala: str, kelompok: str,
               profil: str = "umum", bobot: float = 2.0, jf_ahli: tuple[str, ...] = (),
               jf_terampil: tuple[str, ...] = ()) -> int:
        return self.tambah_banyak([nama], jenis_unit, [induk], [jabatan_kepala], kelompok, profil, bobot, jf_ahli,
                                  jf_terampil)

    def tambah_banyak(self, nama: list[str], jenis_unit: str, induk: list[int], jabatan_kepala: list[str],
                      kelompok: str, profil: str = "umum", bobot: float = 2.0, jf_ahli: tuple[str, ...] = (),
                      jf_terampil: tuple[str, ...] = ()) -> int:
        """Tambah sederet unit sejenis (mis. semua sekolah); kembalikan indeks unit terakhir."""
        u, k = self.u, len(nama)
        u.nama.extend(nama)
        u.jenis_unit.extend([jenis_unit] * k)
        u.induk.extend(induk)
        u.jabatan_kepala.extend(jabatan_kepala)
        u.kelompok_kepala.extend([kelompok] * k)
        u.profil.extend([profil] * k)
        u.bobot.extend([bobot] * k)
        u.jf_ahli.extend([self._jf(jf_ahli or K.JF_UMUM_AHLI)] * k)
        u.jf_terampil.extend([self._jf(jf_terampil or K.JF_UMUM_TERAMPIL)] * k)
        return len(u) - 1


@dataclass
class _Inti:
    """Perangkat daerah satu pemda sebelum kecamatan dan unit layanan (sama untuk pemda sejenis dan seukuran)."""

    unit: KolomUnit
    opd_pendidikan: int
    opd_kesehatan: int
    bidang_sekolah: list[int]


def susun_semua(rng: np.random.Generator, rencana: list[tuple[str, str, int]]) -> list[Pemda]:
    """Susun semua pemda rencana; perangkat daerah yang sama disusun sekali lalu disalin."""
    inti: dict[tuple, _Inti] = {}
    return [susun_pemda(rng, *r, inti=inti) for r in rencana]


def susun_pemda(rng: np.random.Generator, nama: str, jenis: str, jumlah_pegawai: int,
                inti: dict[tuple, _Inti] | None = None) -> Pemda:
    """Susun pohon unit kerja satu pemda yang ukurannya sepadan dengan jumlah pegawainya.

    `inti` (opsional) menyimpan perangkat daerah yang sudah disusun untuk pemda sejenis dan seukuran."""
    slug = nama.lower().replace(" ", "")
    domain = f"{slug}{'prov' if jenis == 'Provinsi' else 'kab' if jenis == 'Kabupaten' else 'kota'}.go.id"
    n = jumlah_pegawai
    provinsi = jenis == "Provinsi"
    kecil = n < 1000
    sedang = n < 4000
    kunci = (provinsi, kecil, sedang, min(len(K.BAGIAN_SETDA), 3 + n // 800))
    inti = {} if inti is None else inti
    if kunci not in inti:
        inti[kunci] = _perangkat_daerah(*kunci)
    dasar = inti[kunci]
    unit = KolomUnit(**{k: list(v) for k, v in vars(dasar.unit).items()})
    pemda = Pemda(f"{'Pemerintah ' + jenis} {nama}", jenis, domain, jumlah_pegawai, unit)
    p = _Penyusun(unit)
    opd_pendidikan, opd_kesehatan, bidang_sekolah = dasar.opd_pendidikan, dasar.opd_kesehatan, dasar.bidang_sekolah

    wilayah = nama_wilayah(rng, max(2, min(40, n // 450)) if not provinsi else max(2, min(30, n // 3000)))
    if not provinsi:
        for kec in wilayah:
            k = p.tambah(f"Kecamatan {kec}", "Kecamatan", -1, f"Camat {kec}", "Administrator", bobot=2.0)
            if not kecil:
                p.tambah(f"Sekretariat Kecamatan {kec}", "Sekretariat Kecamatan", k, f"Sekretaris Kecamatan {kec}",
                         "Administrator", bobot=2.0)
            for s in K.SEKSI_KECAMATAN[: 1 if kecil else 3]:
                p.tambah(f"{s} Kecamatan {kec}", "Seksi", k, f"Kepala {s} Kecamatan {kec}", "Pengawas", bobot=1.5)
            if not sedang:
                p.tambah(f"Kelurahan {kec}", "Kelurahan", k, f"Lurah {kec}", "Pengawas", bobot=2.0)

    # Unit layanan: banyaknya mengikuti perkiraan staf guru dan tenaga kesehatan.
    n_sekolah = max(2, round(n * PORSI_STAF["sekolah"] / STAF_PER_SEKOLAH))
    if provinsi:
        cabdin = []
        for w in wilayah:
            cabdin.append(p.tambah(f"Cabang Dinas Pendidikan Wilayah {w}", "Cabang Dinas", opd_pendidikan,
                                   f"Kepala Cabang Dinas Pendidikan Wilayah {w}", "Administrator", bobot=2.0))
        L = len(wilayah)
        sekolah = [f"{'SMA Negeri' if i % 3 else 'SMK Negeri'} {i // L + 1} {wilayah[i % L]}" for i in range(n_sekolah)]
        p.tambah_banyak(sekolah, "Sekolah", [cabdin[i % L] for i in range(n_sekolah)],
                        ["Kepala " + x for x in sekolah], "Kepala Sekolah", "sekolah", 1.0)
        n_rs = max(1, round(n * PORSI_STAF["kesehatan"] / STAF_PER_RSUD))
        rs = [f"UPT Rumah Sakit Umum Daerah {wilayah[i % L]}" for i in range(n_rs)]
        p.tambah_banyak(rs, "UPT Rumah Sakit", [opd_kesehatan] * n_rs, ["Direktur " + x for x in rs], "Administrator",
                        "kesehatan", 1.0, jf_ahli=K.JF_PUSKESMAS_AHLI, jf_terampil=K.JF_PUSKESMAS_TERAMPIL)
    else:
        L = len(wilayah)
        induk_sd = bidang_sekolah[0]
        induk_smp = bidang_sekolah[min(len(bidang_sekolah) - 1, 1)]
        sekolah = [f"{'SMP Negeri' if i % 4 == 3 else 'SD Negeri'} {i // L + 1} {wilayah[i % L]}"
                   for i in range(n_sekolah)]
        p.tambah_banyak(sekolah, "Sekolah", [induk_smp if i % 4 == 3 else induk_sd for i in range(n_sekolah)],
                        ["Kepala " + x for x in sekolah], "Kepala Sekolah", "sekolah", 1.0)
        n_pusk = max(1, round(n * PORSI_STAF["kesehatan"] / STAF_PER_PUSKESMAS))
        pusk = [f"UPT Puskesmas {wilayah[i % L]}" + (f" {i // L + 1}" if n_pusk > L else "") for i in range(n_pusk)]
        p.tambah_banyak(pusk, "UPT Puskesmas", [opd_kesehatan] * n_pusk, ["Kepala " + x for x in pusk], "Pengawas",
                        "kesehatan", 1.0, jf_ahli=K.JF_PUSKESMAS_AHLI, jf_terampil=K.JF_PUSKESMAS_TERAMPIL)
    return pemda


def _perangkat_daerah(provinsi: bool, kecil: bool, sedang: bool, banyak_bagian: int) -> _Inti:
    """Sekretariat Daerah, Sekretariat DPRD, Inspektorat, dinas dan badan dengan bidangnya."""
    p = _Penyusun(KolomUnit())
    setda = p.tambah("Sekretariat Daerah", "Sekretariat Daerah", -1, "Sekretaris Daerah",
                     "JPT Madya" if provinsi else "JPT Pratama", bobot=1.0)
    for bag in K.BAGIAN_SETDA[:banyak_bagian]:
        p.tambah(bag, "Bagian", setda, f"Kepala {bag}", "Administrator", bobot=3.0)
    if not kecil:
        setwan = p.tambah("Sekretariat DPRD", "Sekretariat DPRD", -1, "Sekretaris DPRD", "JPT Pratama", bobot=1.0)
        for bag in K.BAGIAN_SETWAN:
            p.tambah(bag, "Bagian", setwan, f"Kepala {bag}", "Administrator", bobot=2.0)
    insp = p.tambah("Inspektorat Daerah", "Inspektorat", -1, "Inspektur", "JPT Pratama", bobot=1.0,
                    jf_ahli=K.JF_INSPEKTORAT)
    for irban in K.IRBAN[: 1 if kecil else 2 if sedang else 4]:
        p.tambah(irban, "Inspektur Pembantu", insp, irban, "Administrator", bobot=3.0, jf_ahli=K.JF_INSPEKTORAT)

    # Perangkat daerah: pemda kecil hanya perangkat inti; makin besar, makin lengkap.
    katalog = {d[0]: d for d in K.DINAS}
    if kecil:
        daftar = [katalog[d] for d in K.DINAS_INTI]
    elif sedang:
        daftar = [katalog[d] for d in K.DINAS_INTI] + [d for d in K.DINAS if d[0] not in K.DINAS_INTI][:8]
    else:
        daftar = list(K.DINAS)
    opd_pendidikan = opd_kesehatan = -1
    bidang_sekolah: list[int] = []
    for nama_opd, jenis_unit, bidang, jf in daftar:
        opd = p.tambah(nama_opd, jenis_unit, -1, f"Kepala {nama_opd}", "JPT Pratama", bobot=1.0, jf_ahli=jf)
        if not kecil:
            sekr = p.tambah(f"Sekretariat {nama_opd}", "Sekretariat", opd, f"Sekretaris {nama_opd}",
                            "Administrator", bobot=3.0)
            for sub in K.SUBBAGIAN_SEKRETARIAT[: 1 if sedang else 2]:
                p.tambah(f"{sub} {nama_opd}", "Subbagian", sekr, f"Kepala {sub}", "Pengawas", bobot=2.0)
        for b in bidang[: 1 if kecil else len(bidang)]:
            bid = p.tambah(f"Bidang {b}", "Bidang", opd, f"Kepala Bidang {b}", "Administrator", bobot=3.0,
                           jf_ahli=jf)
            if nama_opd == "Dinas Pendidikan" and (b.startswith("Pembinaan") or kecil):
                bidang_sekolah.append(bid)
            if not sedang:
                p.tambah(f"Seksi {b}", "Seksi", bid, f"Kepala Seksi {b}", "Pengawas", bobot=2.0, jf_ahli=jf)
        if nama_opd == "Dinas Pendidikan":
            opd_pendidikan = opd
        elif nama_opd == "Dinas Kesehatan":
            opd_kesehatan = opd
    return _Inti(p.u, opd_pendidikan, opd_kesehatan, bidang_sekolah)


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
