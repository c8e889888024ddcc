"""Pohon organisasi pemerintah daerah sintetis: Sekretariat Daerah dan bagiannya, Sekretariat DPRD, Inspektorat,
dinas, badan, kecamatan dan kelurahan, UPT Puskesmas dan sekolah (atau RSUD dan SMA pada provinsi).

Setiap unit punya satu kepala dengan jenis jabatan yang wajar untuk unitnya (JPT untuk kepala perangkat daerah,
Administrator untuk sekretaris/kepala bagian/kepala bidang/camat, Pengawas untuk kepala subbagian/seksi/lurah/
puskesmas, guru bertugas tambahan untuk kepala sekolah). Banyaknya unit mengikuti jumlah pegawai.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from bimtek.data import kumpulan as K

# Profil unit menentukan siapa yang bekerja di sana (guru di sekolah, tenaga kesehatan di puskesmas).
PROFIL = ("umum", "sekolah", "kesehatan")
# Perkiraan porsi staf per profil (dipakai untuk menentukan banyaknya sekolah dan puskesmas) dan rata-rata
# staf per unit layanan. Angka ini pilihan generator (asumsi), bukan aturan.
PORSI_STAF = {"sekolah": 0.36, "kesehatan": 0.13}
STAF_PER_SEKOLAH = 14
STAF_PER_PUSKESMAS = 25
STAF_PER_RSUD = 400


@dataclass
class Unit:
    nama: str
    jenis_unit: str
    induk: int  # indeks unit induk dalam daftar, -1 untuk unit puncak
    jabatan_kepala: str
    jenis_jabatan_kepala: str  # nilai JENIS_JABATAN untuk kepala
    kelompok_kepala: str  # JPT Madya, JPT Pratama, Administrator, Pengawas, Kepala Sekolah
    profil: str
    bobot: float  # bobot penempatan staf di dalam profilnya
    jf_ahli: tuple[str, ...] = ()
    jf_terampil: tuple[str, ...] = ()


@dataclass
class Pemda:
    nama: str
    jenis: str  # "Kabupaten", "Kota", atau "Provinsi"
    domain: str
    jumlah_pegawai: int
    unit: list[Unit] = field(default_factory=list)


def nama_wilayah(rng: np.random.Generator, banyak: int, tambahan: tuple[str, ...] = ("",)) -> list[str]:
    """Nama wilayah fiktif yang unik, mis. 'Sukamakmur', 'Karangrejo Utara'."""
    semua = [a + b + t for t in tambahan for a in K.AWALAN_WILAYAH for b in K.AKHIRAN_WILAYAH]
    if banyak > len(semua):
        raise ValueError(f"nama wilayah tidak cukup: perlu {banyak}, tersedia {len(semua)}")
    pilih = rng.choice(len(semua), size=banyak, replace=False)
    return [semua[i] for i in pilih]


class _Penyusun:
    def __init__(self, pemda: Pemda):
        self.pemda = pemda

    def tambah(self, nama: str, jenis_unit: str, induk: int, jabatan_kepala: str, kelompok: str,
               profil: str = "umum", bobot: float = 2.0, jf_ahli: tuple[str, ...] = (),
               jf_terampil: tuple[str, ...] = ()) -> int:
        jenis_jabatan = "Fungsional" if kelompok == "Kepala Sekolah" else kelompok
        self.pemda.unit.append(Unit(nama, jenis_unit, induk, jabatan_kepala, jenis_jabatan, kelompok, profil, bobot,
                                    jf_ahli or K.JF_UMUM_AHLI, jf_terampil or K.JF_UMUM_TERAMPIL))
        return len(self.pemda.unit) - 1


def susun_pemda(rng: np.random.Generator, nama: str, jenis: str, jumlah_pegawai: int) -> Pemda:
    """Susun pohon unit kerja satu pemda yang ukurannya sepadan dengan jumlah pegawainya."""
    slug = nama.lower().replace(" ", "")
    domain = f"{slug}{'prov' if jenis == 'Provinsi' else 'kab' if jenis == 'Kabupaten' else 'kota'}.go.id"
    pemda = Pemda(f"{'Pemerintah ' + jenis} {nama}", jenis, domain, jumlah_pegawai)
    p = _Penyusun(pemda)
    n = jumlah_pegawai
    provinsi = jenis == "Provinsi"
    kecil = n < 1000
    sedang = n < 4000

    setda = p.tambah("Sekretariat Daerah", "Sekretariat Daerah", -1, "Sekretaris Daerah",
                     "JPT Madya" if provinsi else "JPT Pratama", bobot=1.0)
    for bag in K.BAGIAN_SETDA[: min(len(K.BAGIAN_SETDA), 3 + n // 800)]:
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
        for i in range(n_sekolah):
            w = i % len(wilayah)
            jenjang = "SMA Negeri" if i % 3 else "SMK Negeri"
            p.tambah(f"{jenjang} {i // len(wilayah) + 1} {wilayah[w]}", "Sekolah", cabdin[w],
                     f"Kepala {jenjang} {i // len(wilayah) + 1} {wilayah[w]}", "Kepala Sekolah", "sekolah", 1.0)
        n_rs = max(1, round(n * PORSI_STAF["kesehatan"] / STAF_PER_RSUD))
        for i in range(n_rs):
            w = wilayah[i % len(wilayah)]
            p.tambah(f"UPT Rumah Sakit Umum Daerah {w}", "UPT Rumah Sakit", opd_kesehatan,
                     f"Direktur UPT Rumah Sakit Umum Daerah {w}", "Administrator", "kesehatan", 1.0,
                     jf_ahli=K.JF_PUSKESMAS_AHLI, jf_terampil=K.JF_PUSKESMAS_TERAMPIL)
    else:
        for i in range(n_sekolah):
            w = i % len(wilayah)
            jenjang = "SMP Negeri" if i % 4 == 3 else "SD Negeri"
            induk = bidang_sekolah[min(len(bidang_sekolah) - 1, 1 if jenjang == "SMP Negeri" else 0)]
            p.tambah(f"{jenjang} {i // len(wilayah) + 1} {wilayah[w]}", "Sekolah", induk,
                     f"Kepala {jenjang} {i // len(wilayah) + 1} {wilayah[w]}", "Kepala Sekolah", "sekolah", 1.0)
        n_pusk = max(1, round(n * PORSI_STAF["kesehatan"] / STAF_PER_PUSKESMAS))
        for i in range(n_pusk):
            w = wilayah[i % len(wilayah)]
            nama_pusk = f"UPT Puskesmas {w}" + (f" {i // len(wilayah) + 1}" if n_pusk > len(wilayah) else "")
            p.tambah(nama_pusk, "UPT Puskesmas", opd_kesehatan, f"Kepala {nama_pusk}", "Pengawas", "kesehatan", 1.0,
                     jf_ahli=K.JF_PUSKESMAS_AHLI, jf_terampil=K.JF_PUSKESMAS_TERAMPIL)
    return pemda


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
    jumlah = np.floor(bobot / bobot.sum() * jumlah_pegawai).astype(np.int64)
    jumlah = np.maximum(jumlah, 300)
    jumlah[np.argmax(jumlah)] += jumlah_pegawai - jumlah.sum()
    return list(zip(nama, jenis, jumlah.tolist(), strict=True))
