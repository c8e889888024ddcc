"""Tabel `unit_kerja` dan `pegawai`: kepala unit, staf, NIP/NI PPPK, golongan, jabatan, atasan, nama bergelar.

Semua kolom dibuat sekaligus per kolom (numpy/pyarrow). Aturan (NIP, golongan awal, pangkat, jenjang
fungsional, jadwal kenaikan pangkat) dibaca dari `bimtek.aturan`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from bimtek import aturan
from bimtek.aturan.kenaikan_pangkat import MASA_PANGKAT_KP_REGULER
from bimtek.aturan.nip import buat_ni_pppk_massal, buat_nip_massal
from bimtek.data import kumpulan as K
from bimtek.data import sebaran as S
from bimtek.data.alat import (
    acak,
    bagi_rata,
    bulan_ke_tanggal,
    gabung,
    hari,
    hitung_terbesar,
    kosongkan,
    pilih,
    seri,
    tanggal,
)
from bimtek.data.struktur import PROFIL, Pemda

PENDIDIKAN = tuple(aturan.PENDIDIKAN)
KODE_PENDIDIKAN = {p: i for i, p in enumerate(PENDIDIKAN)}
SARJANA = np.array([p in ("D-IV", "S1", "S2", "S3") for p in PENDIDIKAN])
DIPLOMA_TIGA = np.array([p == "D-III" for p in PENDIDIKAN])
TAHUN_HARI = 365.2425


@dataclass
class Populasi:
    """Pegawai sebagai larik numpy sejajar (satu elemen per pegawai), dipakai tabel-tabel turunan."""

    nip: np.ndarray  # object (str)
    unit: np.ndarray  # indeks unit global
    kepala: np.ndarray  # bool: kepala unitnya
    atasan: np.ndarray  # indeks pegawai atasan, -1 bila tidak ada
    pns: np.ndarray  # bool
    pendidikan: np.ndarray  # kode PENDIDIKAN
    jenis_kelamin: np.ndarray  # "L"/"P" (object)
    lahir: np.ndarray  # datetime64[D]
    tmt_cpns: np.ndarray  # datetime64[D], NaT untuk PPPK
    tmt_golongan: np.ndarray
    golongan: np.ndarray  # object
    jenis_jabatan: np.ndarray  # object
    jenjang: np.ndarray  # object, None bila bukan fungsional
    bidang: np.ndarray  # 0 umum, 1 guru, 2 kesehatan (untuk gelar dan rumusan RHK)
    pemda: np.ndarray  # indeks pemda


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
    jf_ahli: list[tuple[str, ...]]
    jf_terampil: list[tuple[str, ...]]
    asal: np.ndarray  # indeks pemda
    kode: np.ndarray  # unit_kerja_id (object)


def gabung_organisasi(daftar_pemda: list[Pemda]) -> Organisasi:
    baris = []
    for ip, p in enumerate(daftar_pemda):
        awal = len(baris)
        for u in p.unit:
            baris.append((u, ip, u.induk + awal if u.induk >= 0 else -1))
    n = len(baris)
    kol = lambda f: np.array([f(b) for b in baris], dtype=object)  # noqa: E731
    lebar = max(6, len(str(n)))
    return Organisasi(
        pemda=daftar_pemda,
        nama=kol(lambda b: b[0].nama),
        jenis_unit=kol(lambda b: b[0].jenis_unit),
        induk=np.array([b[2] for b in baris], dtype=np.int64),
        jabatan_kepala=kol(lambda b: b[0].jabatan_kepala),
        kelompok_kepala=kol(lambda b: b[0].kelompok_kepala),
        jenis_jabatan_kepala=kol(lambda b: b[0].jenis_jabatan_kepala),
        profil=np.array([PROFIL.index(b[0].profil) for b in baris], dtype=np.int64),
        bobot=np.array([b[0].bobot for b in baris]),
        jf_ahli=[b[0].jf_ahli for b in baris],
        jf_terampil=[b[0].jf_terampil for b in baris],
        asal=np.array([b[1] for b in baris], dtype=np.int64),
        kode=np.array([f"U{i + 1:0{lebar}d}" for i in range(n)], dtype=object),
    )


def _kategori(rng: np.random.Generator, peluang: dict, n: int) -> np.ndarray:
    kunci = list(peluang)
    return np.array(kunci, dtype=object)[rng.choice(len(kunci), size=n, p=np.array(list(peluang.values())) /
                                                    sum(peluang.values()))]


def _tambah_bulan(d: np.ndarray, bulan: np.ndarray) -> np.ndarray:
    return bulan_ke_tanggal(d.astype("datetime64[M]") + bulan.astype("timedelta64[M]"))


def _tanggal_kp(sampai: int) -> np.ndarray:
    """Semua tanggal kenaikan pangkat dari 1970 sampai tahun `sampai` (aturan.jadwal_kenaikan_pangkat)."""
    semua = [t for th in range(1970, sampai + 2) for t in aturan.jadwal_kenaikan_pangkat(th)]
    return np.array(sorted(semua), dtype="datetime64[D]")


def _jenjang_menurut_golongan() -> dict[str, dict[str, str]]:
    """Peta golongan -> jenjang fungsional per kategori (keahlian/keterampilan), dari aturan.JENJANG_FUNGSIONAL."""
    peta: dict[str, dict[str, str]] = {"keahlian": {}, "keterampilan": {}}
    for jenjang, golongan in aturan.JENJANG_FUNGSIONAL.items():
        for g in golongan:
            peta[aturan.KATEGORI_JENJANG[jenjang]][g] = jenjang
    return peta


def buat_populasi(seed: int, org: Organisasi, acuan: dt.date) -> Populasi:
    rng = acak(seed, "pegawai")
    U = len(org.nama)
    jumlah = np.array([p.jumlah_pegawai for p in org.pemda])
    unit_per_pemda = np.bincount(org.asal, minlength=len(org.pemda))
    if np.any(jumlah <= unit_per_pemda):
        raise ValueError("jumlah pegawai terlalu sedikit untuk struktur organisasinya")
    N = int(jumlah.sum())
    H = U
    t_acuan = hari(acuan)

    # --- kepala unit: baris 0..U-1 adalah kepala unit 0..U-1 ---
    kelompok = org.kelompok_kepala
    pend_kepala = np.empty(H, dtype=np.int64)
    for kel, peluang in S.PENDIDIKAN_KEPALA.items():
        m = kelompok == kel
        pend_kepala[m] = [KODE_PENDIDIKAN[x] for x in _kategori(rng, peluang, int(m.sum()))]

    # --- pendidikan: sebaran nasional tepat, dikurangi yang sudah dipakai kepala ---
    sasaran = np.array([S.SASARAN_PENDIDIKAN.get(p, 0) for p in PENDIDIKAN], dtype=float)
    total = hitung_terbesar(sasaran, N)
    sisa = np.maximum(total - np.bincount(pend_kepala, minlength=len(PENDIDIKAN)), 0)
    sisa = hitung_terbesar(sisa, N - H)
    pend_staf = np.repeat(np.arange(len(PENDIDIKAN)), sisa)
    rng.shuffle(pend_staf)
    pendidikan = np.concatenate([pend_kepala, pend_staf])

    # --- pemda dan unit staf: profil menurut pendidikan, unit menurut bobot di dalam pemdanya ---
    staf_pemda = np.repeat(np.arange(len(org.pemda)), jumlah - unit_per_pemda)
    grup = np.where(SARJANA[pend_staf], 0, np.where(DIPLOMA_TIGA[pend_staf], 1, 2))
    profil_staf = np.empty(N - H, dtype=np.int64)
    for g, nama_grup in enumerate(("sarjana", "D-III", "rendah")):
        m = grup == g
        profil_staf[m] = rng.choice(3, size=int(m.sum()), p=_urut_profil(S.PROFIL_MENURUT_PENDIDIKAN[nama_grup]))
    unit_staf = np.empty(N - H, dtype=np.int64)
    kunci = staf_pemda * 3 + profil_staf
    urutan = np.argsort(kunci, kind="stable")
    batas = np.searchsorted(kunci[urutan], np.arange(len(org.pemda) * 3 + 1))
    unit_kunci = org.asal * 3 + org.profil
    for k in range(len(org.pemda) * 3):
        baris = urutan[batas[k]:batas[k + 1]]
        if not len(baris):
            continue
        kandidat = np.flatnonzero(unit_kunci == k) if len(org.pemda) == 1 else _unit_kunci(unit_kunci, k)
        if not len(kandidat):  # pemda tanpa unit profil ini: tempatkan di unit umum
            kandidat = np.flatnonzero(unit_kunci == (k // 3) * 3)
        unit_staf[baris] = kandidat[bagi_rata(rng, org.bobot[kandidat], len(baris))]
    unit = np.concatenate([np.arange(H), unit_staf])
    profil = org.profil[unit]
    kepala = np.zeros(N, dtype=bool)
    kepala[:H] = True

    # --- status, jenis kelamin ---
    pns = np.ones(N, dtype=bool)
    p_pppk = min(0.95, S.PORSI_PPPK * N / (N - H))
    pns[H:] = rng.random(N - H) >= p_pppk
    p_perempuan = float(np.clip((S.PORSI_PEREMPUAN * N - S.PEREMPUAN_KEPALA * H) / (N - H), 0, 1))
    perempuan = np.concatenate([rng.random(H) < S.PEREMPUAN_KEPALA, rng.random(N - H) < p_perempuan])
    jenis_kelamin = np.where(perempuan, "P", "L").astype(object)

    # --- jabatan staf: fungsional atau pelaksana menurut profil unit dan pendidikan ---
    sarjana = SARJANA[pendidikan]
    d3 = DIPLOMA_TIGA[pendidikan]
    u_peluang = rng.random(N)
    guru = ~kepala & (profil == 1) & sarjana
    kesehatan_ahli = ~kepala & (profil == 2) & sarjana
    kesehatan_terampil = ~kepala & (profil == 2) & d3 & (u_peluang < 0.85)
    umum_ahli = ~kepala & (profil == 0) & sarjana & (u_peluang < 0.40)
    umum_terampil = ~kepala & (profil == 0) & d3 & (u_peluang < 0.25)
    keahlian = guru | kesehatan_ahli | umum_ahli | (org.kelompok_kepala[unit] == "Kepala Sekolah") & kepala
    keterampilan = kesehatan_terampil | umum_terampil
    fungsional = keahlian | keterampilan
    jenis_jabatan = np.where(kepala, org.jenis_jabatan_kepala[unit], np.where(fungsional, "Fungsional", "Pelaksana"))
    jenis_jabatan = jenis_jabatan.astype(object)

    # --- tanggal lahir: kepala menurut rentang usia jabatannya, staf menurut sebaran generasi ---
    usia_min = np.array([S.USIA_LULUS[p] for p in PENDIDIKAN])[pendidikan]
    lahir_lo = np.empty(N, dtype="datetime64[D]")
    lahir_hi = np.empty(N, dtype="datetime64[D]")
    for kel, (a_lo, a_hi) in S.USIA_KEPALA.items():
        m = kepala & (org.kelompok_kepala[unit] == kel)
        lahir_lo[m] = _mundur_tahun(t_acuan, a_hi + 1) + 40
        lahir_hi[m] = _mundur_tahun(t_acuan, a_lo)
    staf = ~kepala
    gen = _kategori(rng, {k: v[2] for k, v in S.GENERASI.items()}, int(staf.sum()))
    g_lo = np.array([np.datetime64(f"{S.GENERASI[g][0]}-01-01") for g in S.GENERASI])
    g_hi = np.array([np.datetime64(f"{S.GENERASI[g][1]}-12-31") for g in S.GENERASI])
    gi = np.array([list(S.GENERASI).index(g) for g in gen]) if len(gen) < 1000 else _indeks_kategori(gen, S.GENERASI)
    # Staf berusia di bawah 58 pada tanggal acuan (BUP terendah), dan cukup umur untuk pendidikannya;
    # PPPK sudah lulus sebelum angkatan PPPK pertama (2021).
    tua = _mundur_tahun(t_acuan, 58) + 40
    muda = t_acuan - (usia_min[staf] * TAHUN_HARI).astype("timedelta64[D]") - 62
    muda = np.where(pns[staf], muda, np.minimum(muda, np.datetime64("2020-12-31") -
                                                (usia_min[staf] * TAHUN_HARI).astype("timedelta64[D]")))
    lo = np.maximum(g_lo[gi], tua)
    hi = np.minimum(g_hi[gi], muda)
    kosong = lo > hi
    lo = np.where(kosong, tua, lo)
    lahir_lo[staf] = lo
    lahir_hi[staf] = hi
    rentang = (lahir_hi - lahir_lo).astype(np.int64) + 1
    lahir = lahir_lo + (rng.random(N) * rentang).astype("timedelta64[D]")

    # --- TMT CPNS (PNS) dan TMT pengangkatan (PPPK) ---
    hari_min = np.ceil(usia_min * TAHUN_HARI).astype(np.int64) + 2
    umur_hari = (t_acuan - lahir).astype(np.int64)
    ruang = np.maximum(umur_hari - hari_min - 62, 0)
    lama_tunggu = np.where(kepala, np.minimum(ruang, 6 * 365), np.minimum(ruang, 12 * 365))
    masuk = lahir + (hari_min + (rng.random(N) * lama_tunggu).astype(np.int64)).astype("timedelta64[D]")
    tmt_cpns = bulan_ke_tanggal(masuk.astype("datetime64[M]") + 1)
    tahun_pppk = np.array(list(S.TAHUN_PPPK))[rng.choice(len(S.TAHUN_PPPK), size=N, p=list(S.TAHUN_PPPK.values()))]
    bulan_pppk = rng.integers(1, 13, N)
    tmt_pppk = bulan_ke_tanggal(((tahun_pppk - 1970) * 12 + bulan_pppk - 1).astype("datetime64[M]"))
    tmt_pppk = np.minimum(tmt_pppk, bulan_ke_tanggal(t_acuan.astype("datetime64[M]")))

    # --- golongan PNS: golongan awal pendidikan + kenaikan pangkat reguler sejak TMT CPNS ---
    golongan_pns = list(aturan.GOLONGAN_PNS)
    awal = np.array([aturan.indeks_golongan(aturan.golongan_awal(p)) for p in PENDIDIKAN])[pendidikan]
    batas_atas = np.where(kepala, np.where(np.char.startswith(jenis_jabatan.astype(str), "JPT"),
                                           golongan_pns.index("IV/d"), golongan_pns.index("IV/c")),
                          np.where(keterampilan | ~fungsional, golongan_pns.index("III/d"),
                                   golongan_pns.index("IV/c")))
    batas_atas = np.maximum(batas_atas, awal)
    masa_bulan = (t_acuan.astype("datetime64[M]") - tmt_cpns.astype("datetime64[M]")).astype(np.int64)
    bulan_kp = 12 * MASA_PANGKAT_KP_REGULER
    tunda = np.where(kepala, rng.choice([0, 0, 1], N), rng.choice([0, 0, 0, 1, 1, 2], N))
    naik = np.clip(masa_bulan // bulan_kp - tunda, 0, batas_atas - awal)
    jadwal = _tanggal_kp(acuan.year)
    tmt_golongan = tmt_cpns.copy()
    tambahan = rng.integers(0, 18, N)
    for _ in range(4):
        ada = naik > 0
        paling_awal = _tambah_bulan(tmt_cpns, naik * bulan_kp + tambahan)
        kp = jadwal[np.minimum(np.searchsorted(jadwal, paling_awal), len(jadwal) - 1)]
        lewat = ada & (kp > t_acuan)
        tambahan = np.where(lewat, 0, tambahan)
        paling_awal = _tambah_bulan(tmt_cpns, naik * bulan_kp + tambahan)
        kp = jadwal[np.minimum(np.searchsorted(jadwal, paling_awal), len(jadwal) - 1)]
        lewat = ada & (kp > t_acuan)
        naik = np.where(lewat, naik - 1, naik)
        tmt_golongan = np.where(ada & ~lewat, kp, tmt_golongan)
        if not lewat.any():
            break
    tmt_golongan = np.where(naik > 0, tmt_golongan, tmt_cpns)
    indeks_gol = awal + naik
    golongan = np.array(golongan_pns, dtype=object)[indeks_gol]
    golongan_pppk = np.array([aturan.golongan_awal_pppk(p) for p in PENDIDIKAN], dtype=object)[pendidikan]
    golongan = np.where(pns, golongan, golongan_pppk)
    tmt_golongan = np.where(pns, tmt_golongan, tmt_pppk)
    tmt_cpns = np.where(pns, tmt_cpns, np.datetime64("NaT"))

    # --- jenjang fungsional: PNS dari golongan (aturan.JENJANG_FUNGSIONAL); PPPK jenjang awal ---
    peta = _jenjang_menurut_golongan()
    jenjang = np.full(N, None, dtype=object)
    for kat, mask in (("keahlian", keahlian), ("keterampilan", keterampilan)):
        m = mask & pns
        jenjang[m] = [peta[kat][g] for g in golongan[m]] if m.sum() < 50_000 else pd.Series(golongan[m]).map(
            peta[kat]).to_numpy(dtype=object)
        pertama = min((j for j in aturan.JENJANG_FUNGSIONAL if aturan.KATEGORI_JENJANG[j] == kat),
                      key=lambda j: aturan.indeks_golongan(aturan.JENJANG_FUNGSIONAL[j][0]))
        jenjang[mask & ~pns] = pertama

    bidang = np.where(guru | (kepala & (org.kelompok_kepala[unit] == "Kepala Sekolah")), 1,
                      np.where((profil == 2) & fungsional, 2, 0))
    atasan = np.where(kepala, np.concatenate([org.induk, np.full(N - H, -1)]), unit)
    nip = _nip(rng, pns, lahir, tmt_cpns, tmt_pppk, jenis_kelamin)
    return Populasi(nip=nip, unit=unit, kepala=kepala, atasan=atasan, pns=pns, pendidikan=pendidikan,
                    jenis_kelamin=jenis_kelamin, lahir=lahir, tmt_cpns=tmt_cpns, tmt_golongan=tmt_golongan,
                    golongan=golongan, jenis_jabatan=jenis_jabatan, jenjang=jenjang, bidang=bidang,
                    pemda=org.asal[unit])


def _urut_profil(p: tuple[float, float, float]) -> list[float]:
    """Peluang (sekolah, kesehatan, umum) disusun mengikuti urutan PROFIL."""
    sekolah, kesehatan, umum = p
    return [dict(umum=umum, sekolah=sekolah, kesehatan=kesehatan)[x] for x in PROFIL]


def _unit_kunci(unit_kunci: np.ndarray, k: int) -> np.ndarray:
    return np.flatnonzero(unit_kunci == k)


def _indeks_kategori(nilai: np.ndarray, kategori) -> np.ndarray:
    kode, uniq = pd.factorize(nilai, sort=False)
    peta = np.array([list(kategori).index(u) for u in uniq])
    return peta[kode]


def _mundur_tahun(d: np.datetime64, tahun: int) -> np.datetime64:
    return d - np.timedelta64(int(round(tahun * TAHUN_HARI)), "D")


def _nip(rng, pns, lahir, tmt_cpns, tmt_pppk, jenis_kelamin) -> np.ndarray:
    """NIP PNS dan NI PPPK; nomor urut naik bila 15 digit pertama sama (buat_nip_massal)."""
    n = len(pns)
    hasil = np.empty(n, dtype=object)
    p = np.flatnonzero(pns)
    q = np.flatnonzero(~pns)
    lahir_p = lahir[p]
    kunci_p = pd.DataFrame({"a": lahir_p, "b": tmt_cpns[p], "c": jenis_kelamin[p]})
    urut_p = kunci_p.groupby(["a", "b", "c"], sort=False).cumcount().to_numpy() + 1
    hasil[p] = buat_nip_massal(lahir_p, tmt_cpns[p], jenis_kelamin[p], urut_p)
    tahun_q = tmt_pppk[q].astype("datetime64[Y]").astype(np.int64) + 1970
    kunci_q = pd.DataFrame({"a": lahir[q], "b": tahun_q, "c": jenis_kelamin[q]})
    urut_q = kunci_q.groupby(["a", "b", "c"], sort=False).cumcount().to_numpy() + 1
    hasil[q] = buat_ni_pppk_massal(lahir[q], tahun_q, jenis_kelamin[q], urut_q)
    return hasil


def nama_bergelar(seed: int, pop: Populasi) -> pa.Array:
    """Nama dari kumpulan Faker id_ID, dengan gelar yang sesuai pendidikan dan bidang kerja."""
    rng = acak(seed, "nama")
    n = len(pop.nip)
    nama = K.nama_orang()
    perempuan = pop.jenis_kelamin == "P"
    depan = np.where(perempuan, nama["depan_P"][rng.integers(0, len(nama["depan_P"]), n)],
                     nama["depan_L"][rng.integers(0, len(nama["depan_L"]), n)])
    belakang = np.where(perempuan, nama["belakang_P"][rng.integers(0, len(nama["belakang_P"]), n)],
                        nama["belakang_L"][rng.integers(0, len(nama["belakang_L"]), n)])
    belakang = np.where(rng.random(n) < 0.85, belakang, None)
    pendidikan = np.array(PENDIDIKAN, dtype=object)[pop.pendidikan]
    bidang = np.array(["umum", "guru", "kesehatan"], dtype=object)[pop.bidang]
    g1 = np.full(n, None, dtype=object)
    g2 = np.full(n, None, dtype=object)
    for jenjang_pend, pool, sasaran in (("D-III", K.GELAR_D3, g1), ("D-IV", K.GELAR_D4, g1), ("S1", K.GELAR_S1, g1),
                                        ("S2", K.GELAR_S1, g1), ("S3", K.GELAR_S1, g1), ("S2", K.GELAR_S2, g2),
                                        ("S3", K.GELAR_S2, g2)):
        for b in ("umum", "guru", "kesehatan"):
            m = (pendidikan == jenjang_pend) & (bidang == b)
            daftar = pool.get(b, pool["umum"])
            sasaran[m] = np.array(daftar, dtype=object)[rng.integers(0, len(daftar), int(m.sum()))]
    dasar = gabung(pa.array(depan, pa.string()), pa.array(belakang, pa.string()), pemisah=" ")
    lengkap = gabung(dasar, pa.array(g1, pa.string()), pa.array(g2, pa.string()), pemisah=", ")
    doktor = kosongkan(pa.array(np.full(n, "Dr.", dtype=object), pa.string()), pendidikan != "S3")
    return gabung(doktor, lengkap, pemisah=" "), depan, belakang


def surel(pop: Populasi, org: Organisasi, depan: np.ndarray, belakang: np.ndarray) -> pa.Array:
    """Surel dinas nama.depan.belakang@domain-pemda, diberi angka bila sama."""
    dasar = gabung(pa.array(depan, pa.string()), pa.array(belakang, pa.string()), pemisah=".")
    dasar = pc.utf8_lower(pc.replace_substring(dasar, " ", ""))
    domain = np.array([p.domain for p in org.pemda], dtype=object)[pop.pemda]
    kunci = gabung(dasar, pa.array(domain, pa.string()), pemisah="@")
    ke = pd.Series(pd.array(kunci)).groupby(pd.Series(pd.array(kunci)), sort=False).cumcount().to_numpy()
    nomor = kosongkan(pa.array((ke + 1).astype(str).astype(object), pa.string()), ke == 0)
    return gabung(gabung(dasar, nomor), pa.array(domain, pa.string()), pemisah="@")


def urutkan(pop: Populasi) -> Populasi:
    """Urutkan pegawai per unit: kepala dulu, lalu menurut NIP (larik atasan dipetakan ulang)."""
    urut = np.lexsort((pop.nip.astype(str), ~pop.kepala, pop.unit))
    balik = np.empty_like(urut)
    balik[urut] = np.arange(len(urut))
    hasil = {k: v[urut] for k, v in vars(pop).items()}
    hasil["atasan"] = np.where(hasil["atasan"] >= 0, balik[np.maximum(hasil["atasan"], 0)], -1)
    return Populasi(**hasil)


def tabel_pegawai(seed: int, pop: Populasi, org: Organisasi) -> pd.DataFrame:
    rng = acak(seed, "pegawai-teks")
    n = len(pop.nip)
    nama, depan, belakang = nama_bergelar(seed, pop)
    kota = K.kota()
    pns = pop.pns
    pangkat_peta = {g: aturan.pangkat(g) for g in aturan.GOLONGAN_PNS}
    jabatan = _nama_jabatan(rng, pop, org)
    atasan_nip = np.where(pop.atasan >= 0, pop.nip[np.maximum(pop.atasan, 0)], None)
    return pd.DataFrame({
        "nip": seri(pop.nip),
        "nama": seri(nama),
        "jenis_kelamin": seri(pop.jenis_kelamin),
        "tempat_lahir": seri(pilih(kota, rng.integers(0, len(kota), n))),
        "tanggal_lahir": tanggal(pop.lahir),
        "status_kepegawaian": seri(np.where(pns, "PNS", "PPPK").astype(object)),
        "tmt_cpns": tanggal(pop.tmt_cpns),
        "golongan": seri(pop.golongan),
        "pangkat": seri(np.where(pns, pd.Series(pop.golongan).map(pangkat_peta).to_numpy(dtype=object), None)),
        "tmt_golongan": tanggal(pop.tmt_golongan),
        "pendidikan": seri(np.array(PENDIDIKAN, dtype=object)[pop.pendidikan]),
        "jenis_jabatan": seri(pop.jenis_jabatan),
        "jabatan": seri(jabatan),
        "jenjang": seri(pop.jenjang),
        "unit_kerja_id": seri(org.kode[pop.unit]),
        "atasan_nip": seri(atasan_nip),
        "email": seri(surel(pop, org, depan, belakang)),
    })


def _nama_jabatan(rng: np.random.Generator, pop: Populasi, org: Organisasi) -> pa.Array:
    n = len(pop.nip)
    fungsional = pop.jenis_jabatan == "Fungsional"
    keahlian = fungsional & np.char.startswith(pop.jenjang.astype(str), "Ahli")
    nama_jf = np.full(n, None, dtype=object)
    nama_jf[fungsional & (pop.bidang == 1)] = "Guru"
    # Jabatan fungsional khas unit (mis. Auditor di Inspektorat) atau, untuk sebagian, jabatan fungsional umum.
    umum = fungsional & (pop.bidang != 1) & keahlian & (org.profil[pop.unit] == 0) & (rng.random(n) < 0.4)
    nama_jf[umum] = np.array(K.JF_UMUM_AHLI, dtype=object)[rng.integers(0, len(K.JF_UMUM_AHLI), int(umum.sum()))]
    sisa = fungsional & (pop.bidang != 1) & ~umum
    for daftar_unit, mask_jenis in ((org.jf_ahli, keahlian), (org.jf_terampil, fungsional & ~keahlian)):
        kode: dict[tuple[str, ...], int] = {}
        kode_unit = np.array([kode.setdefault(t, len(kode)) for t in daftar_unit], dtype=np.int64)[pop.unit]
        for daftar, k in kode.items():
            m = sisa & mask_jenis & (kode_unit == k)
            nama_jf[m] = np.array(daftar, dtype=object)[rng.integers(0, len(daftar), int(m.sum()))]
    jf = gabung(pa.array(nama_jf, pa.string()), pa.array(np.where(fungsional, pop.jenjang, None), pa.string()),
                pemisah=" ")
    pendidikan = np.array(PENDIDIKAN, dtype=object)[pop.pendidikan]
    kelas_p = np.where(SARJANA[pop.pendidikan], "sarjana", np.where(pendidikan == "D-III", "D-III", "rendah"))
    pel = np.full(n, None, dtype=object)
    for k, daftar in K.PELAKSANA.items():
        m = (pop.jenis_jabatan == "Pelaksana") & (kelas_p == k)
        pel[m] = np.array(daftar, dtype=object)[rng.integers(0, len(daftar), int(m.sum()))]
    kepala_struktural = pop.kepala & ~fungsional
    kep = np.where(kepala_struktural, org.jabatan_kepala[pop.unit], None)
    hasil = pc.coalesce(pa.array(kep, pa.string()), pa.array(pel, pa.string()),
                        kosongkan(jf, ~fungsional))
    return hasil


def tabel_unit_kerja(org: Organisasi, pop: Populasi) -> pd.DataFrame:
    kepala_nip = np.empty(len(org.nama), dtype=object)
    kepala_nip[pop.unit[pop.kepala]] = pop.nip[pop.kepala]
    instansi = np.array([p.nama for p in org.pemda], dtype=object)[org.asal]
    return pd.DataFrame({
        "unit_kerja_id": seri(org.kode),
        "nama": seri(org.nama),
        "jenis_unit": seri(org.jenis_unit),
        "induk_id": seri(np.where(org.induk >= 0, org.kode[np.maximum(org.induk, 0)], None)),
        "instansi": seri(instansi),
        "kepala_nip": seri(kepala_nip),
        "jabatan_kepala": seri(org.jabatan_kepala),
    })
