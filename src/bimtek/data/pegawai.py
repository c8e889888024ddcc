"""Tabel `unit_kerja` dan `pegawai`: kepala unit, staf, NIP/NI PPPK, golongan, jabatan, atasan, nama bergelar.

Semua kolom dibuat sekaligus per kolom (numpy/pyarrow). Aturan (NIP, golongan awal, pangkat, jenjang
fungsional, jadwal kenaikan pangkat) dibaca dari `bimtek.aturan`.

Populasi disusun oleh langkah-langkah `_langkah_*` di `_buat_populasi`, satu per urusan, masing-masing dengan aliran
acaknya sendiri: hierarki (pendidikan, penempatan di unit), identitas (status PNS/PPPK, jenis kelamin, tanggal
lahir), karier (jabatan, TMT, golongan, jenjang), talenta (potensial). Nama, surel, tempat lahir, dan nama jabatan
dibuat di `tabel_pegawai`, juga dengan aliran sendiri. Kolom baru: langkah baru dengan aliran bernama baru.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache, cached_property

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from bimtek import aturan
from bimtek.aturan.kenaikan_pangkat import MASA_PANGKAT_KP_REGULER
from bimtek.data import kumpulan as K
from bimtek.data import sebaran as S
from bimtek.data.alat import (
    TEKS_PA,
    acak,
    bagi_rata,
    bulan_ke_tanggal,
    gabung,
    hari,
    hitung_terbesar,
    kode_kombinasi,
    kombinasi,
    pilih_berbobot,
    seri,
    tanggal,
    teks_berurut,
)
from bimtek.data.larik import (
    angka_ni_pppk_massal,
    angka_nip_massal,
    angka_tanggal_massal,
    awal_bulan_massal,
    bulan_massal,
)
from bimtek.data.struktur import PROFIL, Pemda

PENDIDIKAN = tuple(aturan.PENDIDIKAN)
KODE_PENDIDIKAN = {p: i for i, p in enumerate(PENDIDIKAN)}
SARJANA = np.array([p in ("D-IV", "S1", "S2", "S3") for p in PENDIDIKAN])
DIPLOMA_TIGA = np.array([p == "D-III" for p in PENDIDIKAN])
# Kelompok pendidikan untuk profil unit: 0 sarjana, 1 D-III, 2 lebih rendah.
_GRUP_PENDIDIKAN = np.where(SARJANA, 0, np.where(DIPLOMA_TIGA, 1, 2))
TAHUN_HARI = 365.2425
# Kode kategori: kolom teks disimpan sebagai indeks ke daftar ini dan baru menjadi teks saat tabel disusun.
GOLONGAN = tuple(aturan.GOLONGAN_PNS) + tuple(aturan.GOLONGAN_PPPK)
JABATAN = tuple(aturan.JENIS_JABATAN)
JENJANG = tuple(aturan.JENJANG_FUNGSIONAL)


@dataclass
class Populasi:
    """Pegawai sebagai larik numpy sejajar (satu elemen per pegawai), dipakai tabel-tabel turunan."""

    nip: np.ndarray  # int64 (18 digit)
    unit: np.ndarray  # indeks unit global
    kepala: np.ndarray  # bool: kepala unitnya
    atasan: np.ndarray  # indeks pegawai atasan, -1 bila tidak ada
    pns: np.ndarray  # bool
    pendidikan: np.ndarray  # kode PENDIDIKAN
    perempuan: np.ndarray  # bool
    lahir: np.ndarray  # datetime64[D]
    tmt_cpns: np.ndarray  # datetime64[D], NaT untuk PPPK
    tmt_golongan: np.ndarray
    golongan: np.ndarray  # kode GOLONGAN
    jenis_jabatan: np.ndarray  # kode JABATAN
    jenjang: np.ndarray  # kode JENJANG, -1 bila bukan fungsional
    bidang: np.ndarray  # 0 umum, 1 guru, 2 kesehatan (untuk gelar dan rumusan RHK)
    pemda: np.ndarray  # indeks pemda
    skor_potensial: np.ndarray  # float64 0-100: asesmen potensial terakhir (kotak 9)

    @cached_property
    def nip_teks(self) -> pa.Array:
        return pc.cast(pa.array(self.nip), TEKS_PA)

    def teks_nip(self, idx: np.ndarray | None = None) -> pa.Array:
        """NIP sebagai teks untuk baris `idx`; indeks -1 menjadi kosong (mis. atasan yang tidak ada)."""
        if idx is None:
            return self.nip_teks
        idx = np.asarray(idx)
        return self.nip_teks.take(pa.array(np.maximum(idx, 0), mask=idx < 0))

    def nama_golongan(self, i: int) -> str:
        return GOLONGAN[self.golongan[i]]


@dataclass
class Organisasi:
    """Unit kerja global (semua pemda) sebagai larik sejajar."""

    pemda: list[Pemda]
    nama: np.ndarray
    jenis_unit: np.ndarray
    induk: np.ndarray  # indeks global, -1 puncak
    jabatan_kepala: np.ndarray
    kelompok_kepala: np.ndarray
    jenis_jabatan_kepala: np.ndarray
    profil: np.ndarray  # kode PROFIL
    bobot: np.ndarray
    jf_ahli: np.ndarray  # kode ke daftar_jf
    jf_terampil: np.ndarray
    daftar_jf: list[tuple[str, ...]]  # jabatan fungsional khas unit (nilainya berbeda satu sama lain)
    asal: np.ndarray  # indeks pemda
    kode: pa.Array  # unit_kerja_id


def gabung_organisasi(daftar_pemda: list[Pemda]) -> Organisasi:
    """Organisasi dari semua pemda hasil satu `struktur.susun_semua` (urutannya tetap): kolom unitnya sudah
    disusun bersama, tinggal diberi kode unit_kerja_id."""
    u = daftar_pemda[0].kolom
    akhir = 0
    for p in daftar_pemda:
        if p.kolom is not u or p.unit.start != akhir:
            raise ValueError("gabung_organisasi memerlukan semua pemda hasil satu susun_semua, urutannya tetap")
        akhir = p.unit.stop
    if akhir != len(u):
        raise ValueError("gabung_organisasi memerlukan semua pemda hasil satu susun_semua, urutannya tetap")
    return Organisasi(
        pemda=daftar_pemda, nama=u.nama, jenis_unit=u.jenis_unit, induk=u.induk, jabatan_kepala=u.jabatan_kepala,
        kelompok_kepala=u.kelompok_kepala, jenis_jabatan_kepala=u.jenis_jabatan_kepala, profil=u.profil,
        bobot=u.bobot, jf_ahli=u.jf_ahli, jf_terampil=u.jf_terampil, daftar_jf=u.daftar_jf, asal=u.asal,
        kode=teks_berurut("U", len(u), max(6, len(str(len(u))))),
    )


def _kategori(rng: np.random.Generator, peluang: dict, n: int) -> np.ndarray:
    """Indeks kunci `peluang` untuk n butir, diundi menurut peluangnya."""
    p = np.array(list(peluang.values()), dtype=float)
    return pilih_berbobot(rng, p / p.sum(), n)


def _tanggal_kp(sampai: int) -> np.ndarray:
    """Semua tanggal kenaikan pangkat dari 1970 sampai tahun `sampai` (aturan.jadwal_kenaikan_pangkat)."""
    semua = [t for th in range(1970, sampai + 2) for t in aturan.jadwal_kenaikan_pangkat(th)]
    return np.array(sorted(semua), dtype="datetime64[D]")


def _kp_sejak_bulan(jadwal: np.ndarray):
    """Fungsi: bulan (bilangan bulan sejak 1970-01) -> tanggal KP pertama pada/sesudah tanggal 1 bulan itu
    (tanggal terakhir jadwal bila sudah lewat). Dihitung per bulan yang muncul lalu diambil per baris, karena
    searchsorted per baris lambat."""
    def kp_sejak(bulan: np.ndarray) -> np.ndarray:
        lo, hi = int(bulan.min()), int(bulan.max())
        awal = awal_bulan_massal(np.arange(lo, hi + 1).astype("datetime64[M]"))
        per_bulan = jadwal[np.minimum(np.searchsorted(jadwal, awal), len(jadwal) - 1)]
        return per_bulan[bulan - lo]
    return kp_sejak


def _jenjang_menurut_golongan() -> dict[str, dict[str, str]]:
    """Peta golongan -> jenjang fungsional per kategori (keahlian/keterampilan), dari aturan.JENJANG_FUNGSIONAL."""
    peta: dict[str, dict[str, str]] = {"keahlian": {}, "keterampilan": {}}
    for jenjang, golongan in aturan.JENJANG_FUNGSIONAL.items():
        for g in golongan:
            peta[aturan.KATEGORI_JENJANG[jenjang]][g] = jenjang
    return peta


def buat_populasi(seed: int, org: Organisasi, acuan: dt.date) -> Populasi:
    """Semua pegawai, terurut per unit: kepala dulu, lalu menurut NIP."""
    pop, urut = _buat_populasi(seed, org, acuan)
    _urutkan(pop, urut)
    return pop


@dataclass
class _Rancangan:
    """Ukuran populasi yang dipakai semua langkah: baris 0..H-1 adalah kepala unit 0..H-1, sisanya staf."""

    org: Organisasi
    acuan: np.datetime64
    tahun: int
    jumlah: np.ndarray  # pegawai per pemda
    unit_per_pemda: np.ndarray

    @property
    def N(self) -> int:
        return int(self.jumlah.sum())

    @property
    def H(self) -> int:
        return len(self.org.nama)


@dataclass
class _Jabatan:
    jenis: np.ndarray  # kode JABATAN
    keahlian: np.ndarray  # bool: jabatan fungsional keahlian
    keterampilan: np.ndarray
    bidang: np.ndarray  # 0 umum, 1 guru, 2 kesehatan


def _buat_populasi(seed: int, org: Organisasi, acuan: dt.date) -> tuple[Populasi, np.ndarray]:
    """Populasi belum terurut dan urutan barisnya, disusun per urusan. Setiap langkah memakai aliran acaknya
    sendiri (`acak(seed, "pegawai-...")`): mengubah satu langkah tidak menggeser acakan langkah lain."""
    jumlah = np.array([p.jumlah_pegawai for p in org.pemda])
    unit_per_pemda = np.bincount(org.asal, minlength=len(org.pemda))
    if np.any(jumlah <= unit_per_pemda):
        raise ValueError("jumlah pegawai terlalu sedikit untuk struktur organisasinya")
    r = _Rancangan(org, hari(acuan), acuan.year, jumlah, unit_per_pemda)
    # Hierarki: pendidikan menentukan profil unit tempat staf ditempatkan.
    pendidikan = _langkah_pendidikan(acak(seed, "pegawai-pendidikan"), r)
    unit = _langkah_penempatan(acak(seed, "pegawai-penempatan"), r, pendidikan)
    kepala = np.arange(r.N) < r.H
    # Identitas.
    pns = _langkah_status(acak(seed, "pegawai-status"), r)
    perempuan = _langkah_jenis_kelamin(acak(seed, "pegawai-jenis-kelamin"), r)
    lahir = _langkah_tanggal_lahir(acak(seed, "pegawai-lahir"), r, pns, pendidikan)
    # Karier.
    jab = _langkah_jabatan(acak(seed, "pegawai-jabatan"), r, unit, pendidikan)
    tmt_cpns, tmt_pppk = _langkah_tmt(acak(seed, "pegawai-tmt"), r, lahir, pendidikan)
    golongan, tmt_golongan = _langkah_golongan(acak(seed, "pegawai-golongan"), r, jab, pendidikan, tmt_cpns)
    golongan, tmt_golongan, tmt_cpns = _pppk_tanpa_pangkat(pns, pendidikan, golongan, tmt_golongan, tmt_cpns,
                                                           tmt_pppk)
    jenjang = _langkah_jenjang(jab, pns, golongan)
    # Talenta: potensial setiap pegawai (untuk kotak 9).
    skor_potensial = _langkah_potensial(acak(seed, "pegawai-potensial"), r, pendidikan)
    nip, urut = _nip_dan_urutan(pns, lahir, tmt_cpns, tmt_pppk, perempuan, unit, kepala)
    atasan = unit.copy()
    atasan[: r.H] = org.induk
    return Populasi(nip=nip, unit=unit, kepala=kepala, atasan=atasan, pns=pns, pendidikan=pendidikan,
                    perempuan=perempuan, lahir=lahir, tmt_cpns=tmt_cpns, tmt_golongan=tmt_golongan, golongan=golongan,
                    jenis_jabatan=jab.jenis, jenjang=jenjang, bidang=jab.bidang, pemda=org.asal[unit],
                    skor_potensial=skor_potensial), urut


def _langkah_pendidikan(rng: np.random.Generator, r: _Rancangan) -> np.ndarray:
    """Pendidikan: kepala menurut kelompok jabatannya, staf mengisi sisa sebaran nasional (tepat)."""
    N, H = r.N, r.H
    pend_kepala = np.empty(H, dtype=np.int64)
    for kel, peluang in S.PENDIDIKAN_KEPALA.items():
        m = r.org.kelompok_kepala == kel
        pend_kepala[m] = np.array([KODE_PENDIDIKAN[x] for x in peluang])[_kategori(rng, peluang, int(m.sum()))]
    sasaran = np.array([S.SASARAN_PENDIDIKAN.get(p, 0) for p in PENDIDIKAN], dtype=float)
    sisa = np.maximum(hitung_terbesar(sasaran, N) - np.bincount(pend_kepala, minlength=len(PENDIDIKAN)), 0)
    pend_staf = np.repeat(np.arange(len(PENDIDIKAN)), hitung_terbesar(sisa, N - H))
    rng.shuffle(pend_staf)
    return np.concatenate([pend_kepala, pend_staf])


def _langkah_penempatan(rng: np.random.Generator, r: _Rancangan, pendidikan: np.ndarray) -> np.ndarray:
    """Unit kerja: kepala di unitnya; staf ke profil unit (sekolah, kesehatan, umum) menurut pendidikannya, lalu ke
    unit berprofil itu di pemdanya menurut bobot unit."""
    org, H = r.org, r.H
    staf_pemda = np.repeat(np.arange(len(org.pemda)), r.jumlah - r.unit_per_pemda)
    grup = _GRUP_PENDIDIKAN[pendidikan[H:]]
    profil_staf = np.empty(r.N - H, dtype=np.int64)
    for g, nama_grup in enumerate(("sarjana", "D-III", "rendah")):
        baris = np.flatnonzero(grup == g)
        profil_staf[baris] = pilih_berbobot(rng, _urut_profil(S.PROFIL_MENURUT_PENDIDIKAN[nama_grup]), len(baris))
    # Staf dan unit calon dikelompokkan per (pemda, profil) dengan satu pengurutan masing-masing.
    kunci_urut, urutan = _urut_stabil(staf_pemda * 3 + profil_staf)
    batas = np.searchsorted(kunci_urut, np.arange(len(org.pemda) * 3 + 1)).tolist()
    unit_kunci_urut, unit_urutan = _urut_stabil(org.asal * 3 + org.profil)
    batas_unit = np.searchsorted(unit_kunci_urut, np.arange(len(org.pemda) * 3 + 1)).tolist()
    potongan = []
    for k in range(len(batas) - 1):
        if batas[k + 1] == batas[k]:
            continue
        kandidat = unit_urutan[batas_unit[k]:batas_unit[k + 1]]
        if not len(kandidat):  # pemda tanpa unit profil ini: tempatkan di unit umum
            u = (k // 3) * 3
            kandidat = unit_urutan[batas_unit[u]:batas_unit[u + 1]]
        potongan.append(bagi_rata(rng, kandidat, org.bobot[kandidat], batas[k + 1] - batas[k]))
    unit = np.empty(r.N, dtype=np.int64)
    unit[:H] = np.arange(H)
    unit[H + urutan] = np.concatenate(potongan)  # kelompok berurutan menutupi `urutan` seluruhnya
    return unit


def _langkah_status(rng: np.random.Generator, r: _Rancangan) -> np.ndarray:
    """PNS atau PPPK: kepala unit PNS; porsi PPPK staf dinaikkan agar porsi seluruh pegawai tepat sasaran."""
    N, H = r.N, r.H
    pns = np.ones(N, dtype=bool)
    pns[H:] = rng.random(N - H) >= min(0.95, S.PORSI_PPPK * N / (N - H))
    return pns


def _langkah_jenis_kelamin(rng: np.random.Generator, r: _Rancangan) -> np.ndarray:
    """Perempuan (True): porsi kepala sendiri, porsi staf diatur agar porsi seluruh pegawai tepat sasaran."""
    N, H = r.N, r.H
    p_staf = float(np.clip((S.PORSI_PEREMPUAN * N - S.PEREMPUAN_KEPALA * H) / (N - H), 0, 1))
    return np.concatenate([rng.random(H) < S.PEREMPUAN_KEPALA, rng.random(N - H) < p_staf])


def _langkah_tanggal_lahir(rng: np.random.Generator, r: _Rancangan, pns: np.ndarray,
                           pendidikan: np.ndarray) -> np.ndarray:
    """Tanggal lahir: kepala menurut rentang usia jabatannya, staf menurut sebaran generasi; staf di bawah 58 tahun
    (BUP terendah) dan cukup umur untuk pendidikannya; PPPK sudah lulus sebelum angkatan pertama (2021)."""
    N, H, t_acuan = r.N, r.H, r.acuan
    lahir_lo = np.empty(N, dtype="datetime64[D]")
    lahir_hi = np.empty(N, dtype="datetime64[D]")
    for kel, (a_lo, a_hi) in S.USIA_KEPALA.items():
        baris = np.flatnonzero(r.org.kelompok_kepala == kel)
        lahir_lo[baris] = _mundur_tahun(t_acuan, a_hi + 1) + 40
        lahir_hi[baris] = _mundur_tahun(t_acuan, a_lo)
    # Kepala unit hampir semuanya Gen X: porsi Gen X staf dikurangi agar sebaran seluruh pegawai tetap sasaran.
    porsi = {k: v[2] * N / (N - H) for k, v in S.GENERASI.items()}
    porsi["Gen X"] = max(0.0, (S.GENERASI["Gen X"][2] * N - H) / (N - H))
    gen = _kategori(rng, porsi, N - H)
    g_lo = np.array([np.datetime64(f"{S.GENERASI[g][0]}-01-01") for g in S.GENERASI])
    g_hi = np.array([np.datetime64(f"{S.GENERASI[g][1]}-12-31") for g in S.GENERASI])
    tua = _mundur_tahun(t_acuan, 58) + 40
    usia_staf = (_USIA_LULUS[pendidikan[H:]] * TAHUN_HARI).astype("timedelta64[D]")
    muda = t_acuan - usia_staf - 62
    muda = np.where(pns[H:], muda, np.minimum(muda, np.datetime64("2020-12-31") - usia_staf))
    lo = np.maximum(g_lo[gen], tua)
    hi = np.minimum(g_hi[gen], muda)
    lahir_lo[H:] = np.where(lo > hi, tua, lo)
    lahir_hi[H:] = hi
    rentang = (lahir_hi - lahir_lo).astype(np.int64) + 1
    return lahir_lo + (rng.random(N) * rentang).astype("timedelta64[D]")


def _langkah_jabatan(rng: np.random.Generator, r: _Rancangan, unit: np.ndarray,
                     pendidikan: np.ndarray) -> _Jabatan:
    """Jenis jabatan: kepala menurut unitnya (kepala sekolah = guru, fungsional keahlian); staf fungsional atau
    pelaksana menurut profil unit dan pendidikan (guru di sekolah, tenaga kesehatan di puskesmas/RSUD)."""
    org, N, H = r.org, r.N, r.H
    profil = org.profil[unit]
    sarjana, d3 = SARJANA[pendidikan], DIPLOMA_TIGA[pendidikan]
    staf = np.arange(N) >= H
    u = rng.random(N)
    guru = staf & (profil == 1) & sarjana
    kesehatan = staf & (profil == 2) & (sarjana | (d3 & (u < 0.85)))
    umum_ahli = staf & (profil == 0) & sarjana & (u < 0.40)
    umum_terampil = staf & (profil == 0) & d3 & (u < 0.25)
    kepala_sekolah = np.zeros(N, dtype=bool)
    kepala_sekolah[:H] = org.kelompok_kepala == "Kepala Sekolah"
    keahlian = guru | (kesehatan & sarjana) | umum_ahli | kepala_sekolah
    keterampilan = (kesehatan & ~sarjana) | umum_terampil
    fungsional = keahlian | keterampilan
    pelaksana, kode_fungsional = JABATAN.index("Pelaksana"), JABATAN.index("Fungsional")
    jenis = pelaksana + fungsional * (kode_fungsional - pelaksana)
    kode_kepala = np.full(H, -1, dtype=np.int64)
    for i, j in enumerate(JABATAN):
        kode_kepala[org.jenis_jabatan_kepala == j] = i
    jenis[:H] = kode_kepala
    bidang = ((profil == 2) & fungsional) * 2
    bidang[np.flatnonzero(guru | kepala_sekolah)] = 1
    return _Jabatan(jenis=jenis, keahlian=keahlian, keterampilan=keterampilan, bidang=bidang)


def _langkah_tmt(rng: np.random.Generator, r: _Rancangan, lahir: np.ndarray,
                 pendidikan: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(TMT CPNS, TMT pengangkatan PPPK) untuk setiap baris; statusnya memilih salah satu. CPNS: sesudah lulus,
    menunggu sampai 12 tahun (kepala 6 tahun), tanggal 1 bulan berikutnya. PPPK: angkatan sampai tahun acuan."""
    N, H, t_acuan = r.N, r.H, r.acuan
    hari_min = np.ceil(_USIA_LULUS[pendidikan] * TAHUN_HARI).astype(np.int64) + 2
    ruang = np.maximum((t_acuan - lahir).astype(np.int64) - hari_min - 62, 0)
    lama_tunggu = np.minimum(ruang, 12 * 365)
    lama_tunggu[:H] = np.minimum(ruang[:H], 6 * 365)
    masuk = lahir + (hari_min + (rng.random(N) * lama_tunggu).astype(np.int64)).astype("timedelta64[D]")
    tmt_cpns = bulan_ke_tanggal(bulan_massal(masuk) + 1)
    # Angkatan PPPK sampai tahun acuan saja (untuk tahun penilaian lama, angkatan sesudahnya belum ada).
    angkatan = {th: p for th, p in S.TAHUN_PPPK.items() if th <= r.tahun} or {r.tahun: 1.0}
    tahun_pppk = np.array(list(angkatan))[_kategori(rng, angkatan, N)]
    bulan_pppk = rng.integers(1, 13, N)
    tmt_pppk = bulan_ke_tanggal(((tahun_pppk - 1970) * 12 + bulan_pppk - 1).astype("datetime64[M]"))
    return tmt_cpns, np.minimum(tmt_pppk, bulan_ke_tanggal(t_acuan.astype("datetime64[M]")))


def _langkah_golongan(rng: np.random.Generator, r: _Rancangan, jab: _Jabatan, pendidikan: np.ndarray,
                      tmt_cpns: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(golongan, TMT golongan) PNS: golongan awal pendidikan, lalu kenaikan pangkat reguler sejak TMT CPNS
    (sebagian tertunda) sampai batas jabatannya, pada jadwal KP (aturan.jadwal_kenaikan_pangkat)."""
    N, H, t_acuan = r.N, r.H, r.acuan
    awal = _GOLONGAN_AWAL[pendidikan]
    golongan_pns = list(aturan.GOLONGAN_PNS)
    iii_d, iv_c, iv_d = (golongan_pns.index(g) for g in ("III/d", "IV/c", "IV/d"))
    # Batas golongan staf: III/d untuk pelaksana dan jabatan keterampilan, IV/c untuk jabatan keahlian; kepala
    # IV/d untuk JPT, selain itu IV/c.
    batas_atas = iv_c + (jab.keterampilan | ~(jab.keahlian | jab.keterampilan)) * (iii_d - iv_c)
    jpt = np.isin(jab.jenis[:H], [JABATAN.index(j) for j in JABATAN if j.startswith("JPT")])
    batas_atas[:H] = iv_c + jpt * (iv_d - iv_c)
    batas_atas = np.maximum(batas_atas, awal)
    masa_bulan = (t_acuan.astype("datetime64[M]") - bulan_massal(tmt_cpns)).astype(np.int64)
    bulan_kp = 12 * MASA_PANGKAT_KP_REGULER
    tunda = rng.choice([0, 0, 0, 1, 1, 2], N)
    tunda[:H] = rng.choice([0, 0, 1], H)
    naik = np.clip(masa_bulan // bulan_kp - tunda, 0, batas_atas - awal)
    kp_sejak = _kp_sejak_bulan(_tanggal_kp(r.tahun))
    bulan_cpns = bulan_massal(tmt_cpns).view(np.int64)
    tmt_golongan = tmt_cpns.copy()
    tambahan = rng.integers(0, 18, N)
    # Baris yang jadwal KP-nya lewat tanggal acuan turun satu kenaikan dan dihitung lagi (paling banyak 4 putaran).
    aktif = np.flatnonzero(naik > 0)
    for _ in range(4):
        if not len(aktif):
            break
        naik_a, bulan_a, tambahan_a = naik[aktif], bulan_cpns[aktif], tambahan[aktif]
        # Jadwal KP pertama sejak awal bulan ke-(naik x masa pangkat + tambahan) sesudah TMT CPNS.
        kp = kp_sejak(bulan_a + naik_a * bulan_kp + tambahan_a)
        tambahan_a = np.where(kp > t_acuan, 0, tambahan_a)
        tambahan[aktif] = tambahan_a
        kp = kp_sejak(bulan_a + naik_a * bulan_kp + tambahan_a)
        lewat = kp > t_acuan
        naik_a = naik_a - lewat
        naik[aktif] = naik_a
        tmt_golongan[aktif[~lewat]] = kp[~lewat]
        aktif = aktif[lewat & (naik_a > 0)]
    return awal + naik, np.where(naik > 0, tmt_golongan, tmt_cpns)


def _pppk_tanpa_pangkat(pns, pendidikan, golongan, tmt_golongan, tmt_cpns, tmt_pppk):
    """PPPK: golongan awal PPPK pendidikannya, TMT golongan = TMT pengangkatan, tanpa TMT CPNS."""
    pppk = np.flatnonzero(~pns)
    golongan_pppk = np.array([GOLONGAN.index(aturan.golongan_awal_pppk(p)) for p in PENDIDIKAN])
    golongan[pppk] = golongan_pppk[pendidikan[pppk]]
    tmt_golongan[pppk] = tmt_pppk[pppk]
    return golongan, tmt_golongan, np.where(pns, tmt_cpns, np.datetime64("NaT"))


def _langkah_jenjang(jab: _Jabatan, pns: np.ndarray, golongan: np.ndarray) -> np.ndarray:
    """Jenjang fungsional: PNS dari golongannya (aturan.JENJANG_FUNGSIONAL); PPPK jenjang awal kategorinya."""
    peta = _jenjang_menurut_golongan()
    jenjang = np.full(len(pns), -1, dtype=np.int64)
    for kat, mask in (("keahlian", jab.keahlian), ("keterampilan", jab.keterampilan)):
        baris = np.flatnonzero(mask & pns)
        per_golongan = np.array([JENJANG.index(peta[kat][g]) if g in peta[kat] else -1 for g in GOLONGAN])
        jenjang[baris] = per_golongan[golongan[baris]]
        pertama = min((j for j in aturan.JENJANG_FUNGSIONAL if aturan.KATEGORI_JENJANG[j] == kat),
                      key=lambda j: aturan.indeks_golongan(aturan.JENJANG_FUNGSIONAL[j][0]))
        jenjang[np.flatnonzero(mask & ~pns)] = JENJANG.index(pertama)
    return jenjang


def _langkah_potensial(rng: np.random.Generator, r: _Rancangan, pendidikan: np.ndarray) -> np.ndarray:
    """Skor asesmen potensial 0-100 (satu desimal) untuk setiap pegawai: sebaran normal (asumsi), sedikit lebih
    tinggi untuk kepala unit dan lulusan S2/S3."""
    tambah = 4.0 * (pendidikan >= KODE_PENDIDIKAN["S2"]) + 3.0 * (np.arange(r.N) < r.H)
    return np.clip(np.round(rng.normal(65, 12, r.N) + tambah, 1), 20, 98)


def kategori_potensial(skor: np.ndarray) -> np.ndarray:
    """Kode kategori potensial (indeks ke aturan.POTENSIAL: Rendah, Menengah, Tinggi) dari skor, menurut
    AMBANG_POTENSIAL."""
    return np.digitize(skor, AMBANG_POTENSIAL)


# Ambang skor potensial -> Rendah (< 55), Menengah (55-74,9), Tinggi (>= 75): contoh (asumsi), bukan aturan;
# sama dengan ambang tabel talenta (kinerja.buat_talenta).
AMBANG_POTENSIAL = (55.0, 75.0)
_USIA_LULUS = np.array([S.USIA_LULUS[p] for p in PENDIDIKAN])
_GOLONGAN_AWAL = np.array([aturan.indeks_golongan(aturan.golongan_awal(p)) for p in PENDIDIKAN])


def _urut_profil(p: tuple[float, float, float]) -> list[float]:
    """Peluang (sekolah, kesehatan, umum) disusun mengikuti urutan PROFIL."""
    sekolah, kesehatan, umum = p
    return [dict(umum=umum, sekolah=sekolah, kesehatan=kesehatan)[x] for x in PROFIL]


def _mundur_tahun(d: np.datetime64, tahun: int) -> np.datetime64:
    return d - np.timedelta64(int(round(tahun * TAHUN_HARI)), "D")


def _nomor_urut(*kunci: np.ndarray) -> np.ndarray:
    """Nomor urut 1, 2, ... di antara baris yang kuncinya sama (urutan baris dipertahankan)."""
    if len(kunci[0]) == 0:
        return np.zeros(0, dtype=np.int64)
    return _nomor_deret(*_urut_stabil(_kunci_gabungan(*kunci)))


def _kunci_gabungan(*kunci: np.ndarray) -> np.ndarray:
    """Satu kunci int64 yang urutannya sama dengan urutan leksikografis (kunci[0], kunci[1], ...)."""
    k = np.zeros(len(kunci[0]), dtype=np.int64)
    for x in kunci:
        x = np.asarray(x)
        if x.dtype == bool:
            lo, rentang = 0, 2
        else:
            lo, hi = int(x.min()), int(x.max())
            rentang = hi - lo + 1
        k *= rentang
        k += x
        if lo:
            k -= lo
    return k


def _nomor_deret(kunci_urut: np.ndarray, urut: np.ndarray) -> np.ndarray:
    """Nomor urut per baris dari hasil `_urut_stabil`: posisi baris di dalam deret kunci yang sama, mulai 1."""
    # Hampir semua kunci unik: cukup hitung posisi di dalam deret kunci kembar saja.
    hasil = np.ones(len(urut), dtype=np.int64)
    kembar = np.flatnonzero(kunci_urut[1:] == kunci_urut[:-1]) + 1
    if len(kembar):
        # Deret kembar yang bersambung (posisi berurutan) milik satu kunci; awal deret = posisi pertama - 1.
        baru = np.r_[True, kembar[1:] != kembar[:-1] + 1]
        awal = kembar[baru] - 1
        hasil[urut[kembar]] = kembar - awal[np.cumsum(baru) - 1] + 1
    return hasil


def _urut_stabil(kunci: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(kunci terurut, indeks baris) menurut argsort stabil: kunci kembar tetap dalam urutan barisnya."""
    urut = np.argsort(kunci, kind="stable")
    return kunci[urut], urut


def _nip(pns, lahir, tmt_cpns, tmt_pppk, perempuan) -> tuple[np.ndarray, np.ndarray]:
    """NIP PNS dan NI PPPK (int64) dan urutan baris menurut NIP; nomor urut naik (menurut urutan baris) bila 15
    digit pertama sama (aturan.nip)."""
    n = len(pns)
    p, q = np.flatnonzero(pns), np.flatnonzero(~pns)
    tahun_q = angka_tanggal_massal(tmt_pppk[q]) // 10_000
    # Satu kunci yang urutannya sama dengan 15 digit pertama NIP (tanggal lahir, YYYYMM TMT CPNS atau YYYY"21"
    # NI PPPK, jenis kelamin), tetapi cukup kecil untuk diurutkan bersama nomor barisnya: satu pengurutan memberi
    # nomor urut sekaligus urutan menurut NIP (NIP unik; di antara kunci yang sama, nomor urut mengikuti baris).
    bulan_p = bulan_massal(tmt_cpns[p]).view(np.int64)  # bulan sejak 1970-01
    tengah = np.empty(n, dtype=np.int64)
    tengah[p] = bulan_p // 12 * 22 + bulan_p % 12 + 1  # bulan 1-12
    tengah[q] = (tahun_q - 1970) * 22 + 21  # kode "21" NI PPPK sesudah bulan 12 tahun yang sama
    kunci_urut, menurut_nip = _urut_stabil(_kunci_gabungan(lahir.view(np.int64), tengah, perempuan))
    nomor = _nomor_deret(kunci_urut, menurut_nip)
    jenis_kelamin = np.array(["L", "P"])
    hasil = np.empty(n, dtype=np.int64)
    hasil[p] = angka_nip_massal(lahir[p], tmt_cpns[p], jenis_kelamin[perempuan[p].view(np.int8)], nomor[p])
    hasil[q] = angka_ni_pppk_massal(lahir[q], tahun_q, jenis_kelamin[perempuan[q].view(np.int8)], nomor[q])
    return hasil, menurut_nip


def _pool(*daftar: tuple[str, ...]) -> tuple[tuple[str, ...], list[int]]:
    """Gabungkan beberapa kumpulan teks menjadi satu; kembalikan juga offset awal tiap kumpulan."""
    gabungan: list[str] = []
    awal = []
    for d in daftar:
        awal.append(len(gabungan))
        gabungan.extend(d)
    return tuple(gabungan), awal


def _ambil(pool: tuple[str, ...] | pa.Array, kode: np.ndarray) -> pa.Array:
    """Teks dari pool menurut kode; kode -1 menjadi kosong."""
    kode = np.asarray(kode)
    pool = pool if isinstance(pool, pa.Array) else pa.array(pool, TEKS_PA)
    if len(kode) and kode.min() < 0:
        # Butir null di ujung kumpulan: lebih murah daripada larik indeks bertopeng.
        return pa.concat_arrays([pool, pa.nulls(1, TEKS_PA)]).take(pa.array(np.where(kode < 0, len(pool), kode)))
    return pool.take(pa.array(kode))


def nama_bergelar(seed: int, pop: Populasi,
                  profesi: np.ndarray | None = None) -> tuple[pa.Array, np.ndarray, np.ndarray]:
    """Nama dari kumpulan Faker id_ID, dengan gelar yang sesuai pendidikan dan bidang kerja. `profesi` (indeks ke
    `kumpulan.GELAR_PROFESI`, -1 bila bukan) memberi gelar profesi di depan nama: "dr. ", "drg. ", "apt. ".

    Mengembalikan (nama lengkap, kode nama depan, kode nama belakang atau -1); kode menunjuk ke nama depan dan
    belakang `kumpulan.nama_orang()` (laki-laki lalu perempuan), sama dengan kumpulan `_pool_nama`."""
    rng = acak(seed, "nama")
    n = len(pop.nip)
    nama = K.nama_orang()
    d_l, d_p = 0, len(nama["depan_L"])
    b_l, b_p = 0, len(nama["belakang_L"])
    p = pop.perempuan
    # Pilih dengan aritmetika (b + p * (a - b)), bukan np.where: jauh lebih cepat bila L dan P bercampur acak.
    # Urutan undian tetap: perempuan dulu, lalu laki-laki.
    a, b = d_p + rng.integers(0, len(nama["depan_P"]), n), d_l + rng.integers(0, len(nama["depan_L"]), n)
    kode_depan = b + p * (a - b)
    a, b = b_p + rng.integers(0, len(nama["belakang_P"]), n), b_l + rng.integers(0, len(nama["belakang_L"]), n)
    kode_belakang = b + p * (a - b)
    # Tanpa nama belakang (-1) untuk sekitar 15%.
    kode_belakang = (kode_belakang + 1) * (rng.random(n) < 0.85) - 1
    bidang_nama = ("umum", "guru", "kesehatan")
    gelar1 = [(pend, K.GELAR_D3 if pend == "D-III" else K.GELAR_D4 if pend == "D-IV" else K.GELAR_S1, b)
              for pend in ("D-III", "D-IV", "S1", "S2", "S3") for b in bidang_nama]
    gelar2 = [(pend, K.GELAR_S2, b) for pend in ("S2", "S3") for b in bidang_nama]
    # Baris per (pendidikan, bidang), masing-masing naik menurut nomor baris: sama dengan memilih dengan topeng
    # per kelompok, tetapi cukup satu pengurutan.
    kelompok_urut, urutan = _urut_stabil(pop.pendidikan.astype(np.int64) * len(bidang_nama) + pop.bidang)
    batas = np.searchsorted(kelompok_urut, np.arange(len(PENDIDIKAN) * len(bidang_nama) + 1))
    kode_g = []
    for rencana in (gelar1, gelar2):
        pool, awal = _pool(*(tabel.get(b, tabel["umum"]) for _, tabel, b in rencana))
        kode = np.full(n, -1, dtype=np.int64)
        for (pend, tabel, b), a in zip(rencana, awal, strict=True):
            g = KODE_PENDIDIKAN[pend] * len(bidang_nama) + bidang_nama.index(b)
            baris = urutan[batas[g]:batas[g + 1]]
            kode[baris] = a + rng.integers(0, len(tabel.get(b, tabel["umum"])), len(baris))
        kode_g.append((pool, kode))
    # Teks disusun dari kumpulan kombinasi (nama depan x belakang, gelar pertama x kedua) dengan satu `take`
    # per bagian: sama dengan menggabung "Dr." + "depan belakang" + ", gelar1" + ", gelar2" per baris.
    dasar_pool, _, belakang_pool = _pool_nama()
    # Separuh kedua kumpulan dasar berawalan "Dr. " (untuk S3).
    kode_dasar = kode_kombinasi(kode_depan, kode_belakang, len(belakang_pool))
    kode_dasar += (pop.pendidikan == KODE_PENDIDIKAN["S3"]) * (len(dasar_pool) // 2)
    dasar = dasar_pool.take(pa.array(kode_dasar))
    (pool1, kode1), (pool2, kode2) = kode_g
    gelar = kombinasi(pool1, pool2, ", ")
    gelar = pc.fill_null(pc.binary_join_element_wise(pa.scalar(", ", TEKS_PA), gelar, pa.scalar("", TEKS_PA)), "")
    gelar = gelar.take(pa.array(kode_kombinasi(kode1, kode2, len(pool2))))
    lengkap = pc.binary_join_element_wise(dasar, gelar, pa.scalar("", TEKS_PA))
    if profesi is not None and (profesi >= 0).any():
        lengkap = _nama_profesi(lengkap, pop, profesi, kode_depan, kode_belakang)
    return lengkap, kode_depan, kode_belakang


def _nama_profesi(lengkap: pa.Array, pop: Populasi, profesi: np.ndarray, kode_depan: np.ndarray,
                  kode_belakang: np.ndarray) -> pa.Array:
    """Nama tenaga medis dan apoteker seperti lazimnya: "Dr. dr. Nama, M.Kes.", "drg. Nama", "apt. Nama, S.Farm."
    (tanpa acakan: hanya menyusun ulang nama yang sudah diundi)."""
    baris = np.flatnonzero(profesi >= 0)
    dasar_pool, _, belakang_pool = _pool_nama()
    polos = dasar_pool.take(pa.array(kode_kombinasi(kode_depan[baris], kode_belakang[baris], len(belakang_pool))))
    pend = pop.pendidikan[baris]
    magister = pend >= KODE_PENDIDIKAN["S2"]
    doktor = pend == KODE_PENDIDIKAN["S3"]
    awalan = _ambil(tuple(K.GELAR_PROFESI.values()), profesi[baris])
    apoteker = profesi[baris] == list(K.GELAR_PROFESI).index("Apoteker")
    akhiran = _ambil(("", ", M.Kes.", ", S.Farm.", ", S.Farm., M.Farm."), magister + 2 * apoteker)
    baru = gabung(_ambil(("", "Dr. "), doktor.astype(np.int64)), awalan, polos, akhiran)
    ambil = np.arange(len(lengkap))
    ambil[baris] = len(lengkap) + np.arange(len(baris))
    return pa.concat_arrays([lengkap, baru]).take(pa.array(ambil))


@cache
def _pool_nama() -> tuple[pa.Array, pa.Array, pa.Array]:
    """(nama dasar, bagian lokal surel, nama belakang) dari Faker id_ID: dua yang pertama adalah kombinasi nama
    depan x belakang (lihat `alat.kombinasi`; nama dasar diulang dengan awalan "Dr. " di separuh keduanya), depan
    dan belakang tersusun laki-laki lalu perempuan. Dibuat sekali per proses, seperti `kumpulan.nama_orang`."""
    nama = K.nama_orang()
    depan, _ = _pool(tuple(nama["depan_L"]), tuple(nama["depan_P"]))
    belakang, _ = _pool(tuple(nama["belakang_L"]), tuple(nama["belakang_P"]))
    depan, belakang = pa.array(depan, TEKS_PA), pa.array(belakang, TEKS_PA)
    lokal = pc.utf8_lower(pc.replace_substring(kombinasi(depan, belakang, "."), " ", ""))
    dasar = kombinasi(depan, belakang, " ")
    return pa.concat_arrays([dasar, gabung("Dr. ", dasar)]), lokal, belakang


def surel(pop: Populasi, org: Organisasi, kode_depan: np.ndarray, kode_belakang: np.ndarray) -> pa.Array:
    """Surel dinas nama.belakang@domain-pemda, diberi angka bila sama di satu pemda."""
    _, lokal, belakang_pool = _pool_nama()
    lokal = lokal.take(pa.array(kode_kombinasi(kode_depan, kode_belakang, len(belakang_pool))))
    ke = _nomor_urut(kode_depan, kode_belakang + 1, pop.pemda) - 1
    nomor = pa.array([str(i) for i in range(int(ke.max()) + 2)], TEKS_PA)
    domain = gabung("@", pa.array([p.domain for p in org.pemda], TEKS_PA))
    akhiran = kombinasi(nomor, domain).take(pa.array(kode_kombinasi(np.where(ke > 0, ke + 1, -1), pop.pemda,
                                                                    len(domain))))
    return pc.binary_join_element_wise(lokal, akhiran, pa.scalar("", TEKS_PA))


def _nip_dan_urutan(pns, lahir, tmt_cpns, tmt_pppk, perempuan, unit, kepala) -> tuple[np.ndarray, np.ndarray]:
    """NIP semua pegawai dan urutan barisnya: per unit, kepala dulu, lalu menurut NIP."""
    nip, _ = _nip(pns, lahir, tmt_cpns, tmt_pppk, perempuan)
    return nip, np.lexsort((nip, ~kepala, unit))


def _urutkan(pop: Populasi, urut: np.ndarray) -> None:
    """Susun ulang baris `pop` menurut `urut` di tempat (larik atasan dipetakan ulang); larik lama langsung
    dilepas."""
    larik = vars(pop)
    for k, v in list(larik.items()):
        if isinstance(v, np.ndarray):
            larik[k] = v[urut]
    balik = np.empty_like(urut)
    balik[urut] = np.arange(len(urut))
    pop.atasan = np.where(pop.atasan >= 0, balik[np.maximum(pop.atasan, 0)], -1)


def tabel_pegawai(seed: int, pop: Populasi, org: Organisasi) -> pd.DataFrame:
    # Nama dan surel memakai aliran acak "nama" sendiri: kolom lain tidak menggeser acakannya. Nama jabatan
    # lebih dulu: dokter, dokter gigi, dan apoteker bergelar profesi di depan namanya.
    jabatan, profesi = _nama_jabatan(acak(seed, "pegawai-nama-jabatan"), pop, org)
    nama_surel = _nama_dan_surel(seed, pop, org, profesi)
    n = len(pop.nip)
    kota = tuple(K.kota())
    pns = pop.pns
    # Pangkat menurut kode golongan; golongan PPPK tidak berpangkat (kosong).
    pangkat = pa.array([aturan.pangkat(g) if g in aturan.GOLONGAN_PNS else None for g in GOLONGAN], TEKS_PA)
    kolom = {
        "nip": seri(pop.teks_nip()),
        "jenis_kelamin": seri(_ambil(("L", "P"), pop.perempuan.astype(np.int64))),
        "tempat_lahir": seri(_ambil(kota, acak(seed, "pegawai-tempat-lahir").integers(0, len(kota), n))),
        "tanggal_lahir": tanggal(pop.lahir),
        "status_kepegawaian": seri(_ambil(("PNS", "PPPK"), (~pns).astype(np.int64))),
        "tmt_cpns": tanggal(pop.tmt_cpns),
        "golongan": seri(_ambil(GOLONGAN, pop.golongan)),
        "pangkat": seri(pangkat.take(pa.array(pop.golongan))),
        "tmt_golongan": tanggal(pop.tmt_golongan),
        "pendidikan": seri(_ambil(PENDIDIKAN, pop.pendidikan)),
        "jenis_jabatan": seri(_ambil(JABATAN, pop.jenis_jabatan)),
        "jabatan": seri(jabatan),
        "jenjang": seri(_ambil(JENJANG, pop.jenjang)),
        "unit_kerja_id": seri(_ambil(org.kode, pop.unit)),
        "atasan_nip": seri(pop.teks_nip(pop.atasan)),
        "skor_potensial": pop.skor_potensial,
        "potensial": seri(_ambil(tuple(aturan.POTENSIAL), kategori_potensial(pop.skor_potensial))),
    }
    kolom["nama"], kolom["email"] = (seri(x) for x in nama_surel)
    # copy=False: kolom tanggal tidak disalin ke satu blok 2D (salinan ratusan MB pada skala nasional).
    return pd.DataFrame({k: kolom[k] for k in _KOLOM_PEGAWAI}, copy=False)


_KOLOM_PEGAWAI = ("nip", "nama", "jenis_kelamin", "tempat_lahir", "tanggal_lahir", "status_kepegawaian", "tmt_cpns",
                  "golongan", "pangkat", "tmt_golongan", "pendidikan", "jenis_jabatan", "jabatan", "jenjang",
                  "unit_kerja_id", "atasan_nip", "email", "skor_potensial", "potensial")


def _nama_dan_surel(seed: int, pop: Populasi, org: Organisasi,
                    profesi: np.ndarray | None = None) -> tuple[pa.Array, pa.Array]:
    nama, kode_depan, kode_belakang = nama_bergelar(seed, pop, profesi)
    return nama, surel(pop, org, kode_depan, kode_belakang)


def _nama_jabatan(rng: np.random.Generator, pop: Populasi, org: Organisasi) -> tuple[pa.Array, np.ndarray]:
    """(nama jabatan, kode gelar profesi per baris: indeks ke `kumpulan.GELAR_PROFESI`, -1 bila bukan)."""
    n = len(pop.nip)
    fungsional = pop.jenis_jabatan == JABATAN.index("Fungsional")
    # Tabel per kode jenjang; butir terakhir (indeks -1) untuk yang tidak berjenjang.
    jenjang_keahlian = np.array([aturan.KATEGORI_JENJANG[j] == "keahlian" for j in JENJANG] + [False])
    keahlian = fungsional & jenjang_keahlian[pop.jenjang]
    dipakai = np.unique(np.concatenate([org.jf_ahli, org.jf_terampil]))
    semua_jf = sorted({"Guru", *K.JF_UMUM_AHLI, *(j for k in dipakai for j in org.daftar_jf[k])})
    kode_jf = {j: i for i, j in enumerate(semua_jf)}
    nama_jf = np.full(n, -1, dtype=np.int64)
    # Topeng acak diubah dulu menjadi indeks (flatnonzero): penempatan lewat indeks jauh lebih cepat.
    nama_jf[np.flatnonzero(fungsional & (pop.bidang == 1))] = kode_jf["Guru"]
    # Jabatan fungsional khas unit (mis. Auditor di Inspektorat) atau, untuk sebagian, jabatan fungsional umum.
    umum = fungsional & (pop.bidang != 1) & keahlian & (org.profil[pop.unit] == 0) & (rng.random(n) < 0.4)
    umum_kode = np.array([kode_jf[j] for j in K.JF_UMUM_AHLI])
    baris_umum = np.flatnonzero(umum)
    nama_jf[baris_umum] = umum_kode[rng.integers(0, len(umum_kode), len(baris_umum))]
    sisa = fungsional & (pop.bidang != 1) & ~umum
    for jf_unit, mask_jenis in ((org.jf_ahli, keahlian), (org.jf_terampil, fungsional & ~keahlian)):
        baris_jenis = np.flatnonzero(sisa & mask_jenis)
        kode_urut, urutan = _urut_stabil(jf_unit[pop.unit[baris_jenis]])
        # Daftar jabatan diundi menurut urutan kemunculan pertamanya di antara unit (urutan pengundian tetap).
        daftar_kode, pertama = np.unique(jf_unit, return_index=True)
        for k in daftar_kode[np.argsort(pertama)].tolist():
            m = baris_jenis[urutan[np.searchsorted(kode_urut, k):np.searchsorted(kode_urut, k, side="right")]]
            pilihan = np.array([kode_jf[j] for j in org.daftar_jf[k]])
            nama_jf[m] = pilihan[rng.integers(0, len(pilihan), len(m))]
    # Bidan diisi perempuan; laki-laki di formasi itu menjadi perawat.
    nama_jf[np.flatnonzero((nama_jf == kode_jf["Bidan"]) & ~pop.perempuan)] = kode_jf["Perawat"]
    # Dokter, dokter gigi, dan apoteker lulusan pendidikan profesi (S1 ke atas); lulusan D-IV menjadi perawat.
    profesi_jf = [kode_jf[j] for j in K.GELAR_PROFESI if j in kode_jf]
    nama_jf[np.flatnonzero(np.isin(nama_jf, profesi_jf) & (pop.pendidikan == KODE_PENDIDIKAN["D-IV"]))] = \
        kode_jf["Perawat"]
    profesi_per_jf = np.array([list(K.GELAR_PROFESI).index(j) if j in K.GELAR_PROFESI else -1 for j in semua_jf]
                              + [-1])
    profesi = profesi_per_jf[nama_jf]
    kode_jf = kode_kombinasi(nama_jf, np.where(fungsional, pop.jenjang, -1), len(JENJANG))
    kelas_p = 2 - _GRUP_PENDIDIKAN[pop.pendidikan]  # 0 rendah, 1 D-III, 2 sarjana
    pool_pel, awal_pel = _pool(*(K.PELAKSANA[k] for k in ("rendah", "D-III", "sarjana")))
    pel = np.full(n, -1, dtype=np.int64)
    pelaksana = pop.jenis_jabatan == JABATAN.index("Pelaksana")
    for k, nama_k in enumerate(("rendah", "D-III", "sarjana")):
        baris = np.flatnonzero(pelaksana & (kelas_p == k))
        pel[baris] = awal_pel[k] + rng.integers(0, len(K.PELAKSANA[nama_k]), len(baris))
    kepala_struktural = pop.kepala & ~fungsional
    # Satu kumpulan: jabatan kepala unit, lalu jabatan pelaksana, lalu "nama JF jenjang"; satu `take` per baris
    # (urutan pilihan sama dengan coalesce: kepala struktural, pelaksana, fungsional).
    U, P = len(org.jabatan_kepala), len(pool_pel)
    kumpulan = pa.concat_arrays([pa.array(org.jabatan_kepala, TEKS_PA), pa.array(pool_pel, TEKS_PA),
                                 kombinasi(semua_jf, JENJANG, " ")])
    # Ketiga kelompok saling lepas; yang ditempatkan belakangan menang, sama dengan urutan pilihan semula.
    kode = np.full(n, -1, dtype=np.int64)
    for baris, nilai in ((np.flatnonzero(fungsional), U + P + kode_jf), (np.flatnonzero(pel >= 0), U + pel),
                         (np.flatnonzero(kepala_struktural), pop.unit)):
        kode[baris] = nilai[baris]
    return _ambil(kumpulan, kode), profesi


def tabel_unit_kerja(org: Organisasi, pop: Populasi) -> pd.DataFrame:
    kepala = np.full(len(org.nama), -1, dtype=np.int64)
    kepala[pop.unit[pop.kepala]] = np.flatnonzero(pop.kepala)
    instansi = np.array([p.nama for p in org.pemda], dtype=object)[org.asal]
    return pd.DataFrame({
        "unit_kerja_id": seri(org.kode),
        "nama": seri(org.nama),
        "jenis_unit": seri(org.jenis_unit),
        "induk_id": seri(_ambil(org.kode, org.induk)),
        "instansi": seri(instansi),
        "kepala_nip": seri(pop.teks_nip(kepala)),
        "jabatan_kepala": seri(org.jabatan_kepala),
    })
