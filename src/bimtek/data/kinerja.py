"""Tabel e-Kinerja: predikat organisasi unit, `skp`, `rhk` (cascading ke RHK atasan, dari `katalog_kinerja`), `iki`,
`realisasi`, `penilaian` (sebaran tiap unit dicek dengan `aturan.periksa_distribusi`), `penilaian_periodik` (dua
tahun, triwulanan dan tahunan), `capaian_organisasi` (kunci pola distribusi), dan `talenta`.

Aliran acak: "kinerja" (SKP, penilaian tahun ini), "kinerja-pola" dan "kinerja-pola-tahun-lalu" (unit yang
melanggar pola), "kinerja-tahun-lalu", "penilaian-periodik", "rhk", "talenta".
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa

from bimtek import aturan
from bimtek.aturan.kinerja import periksa_distribusi_jumlah
from bimtek.data import katalog_kinerja as KT
from bimtek.data import kumpulan as K
from bimtek.data import sebaran as S
from bimtek.data.alat import (
    TEKS_PA,
    acak,
    angka_teks,
    gabung,
    hitung_terbesar,
    kosongkan,
    pilih,
    pilih_berbobot,
    seri,
    tanggal,
)
from bimtek.data.pegawai import Organisasi, Populasi, _ambil

PREDIKAT = tuple(aturan.PREDIKAT)
PREDIKAT_ORG = tuple(aturan.PREDIKAT_ORGANISASI)
RATING = tuple(aturan.RATING)
DOMAIN_EVIDEN = "https://bukti.ekinerja.test/eviden/"

# Templat proporsi predikat pegawai (urutan PREDIKAT) per predikat organisasi: titik awal pencarian kuota.
# Ini pilihan generator; kuota yang dipakai selalu lolos aturan.periksa_distribusi.
TEMPLAT_SEBARAN = {
    "Istimewa": ((0.6, 0.35, 0.05, 0, 0), (0.5, 0.4, 0.1, 0, 0), (0.55, 0.3, 0.1, 0.05, 0)),
    "Baik": ((0.2, 0.65, 0.1, 0.05, 0), (0.25, 0.6, 0.15, 0, 0), (0.15, 0.7, 0.1, 0.05, 0)),
    "Butuh Perbaikan": ((0.05, 0.2, 0.7, 0.05, 0), (0, 0.3, 0.65, 0.05, 0), (0.1, 0.2, 0.6, 0.1, 0)),
    "Kurang": ((0, 0.1, 0.2, 0.7, 0), (0.05, 0.1, 0.15, 0.65, 0.05)),
    "Sangat Kurang": ((0, 0, 0.15, 0.15, 0.7), (0, 0, 0.1, 0.2, 0.7)),
}
URUTAN_CADANGAN = ("Baik", "Istimewa", "Butuh Perbaikan", "Kurang", "Sangat Kurang")


@dataclass
class Tahunan:
    """Hasil penilaian satu tahun (larik per unit dan per pegawai)."""

    tahun: int
    dinilai: np.ndarray  # per pegawai: dinilai tahun itu
    predikat_organisasi: np.ndarray  # per unit (teks)
    sesuai_pola: np.ndarray  # per unit: sebaran predikat pegawainya lolos aturan.periksa_distribusi
    predikat: np.ndarray  # kode PREDIKAT per pegawai, -1 bila tidak dinilai
    rating_hasil: np.ndarray  # kode RATING per pegawai, -1 bila tidak dinilai
    rating_perilaku: np.ndarray


@dataclass
class Kinerja:
    skp: pd.DataFrame
    penilaian: pd.DataFrame
    predikat_organisasi: np.ndarray  # per unit
    predikat: np.ndarray  # kode PREDIKAT per pegawai, -1 bila belum dinilai
    rating_hasil: np.ndarray  # kode RATING per pegawai, -1 bila belum dinilai
    disetujui: np.ndarray  # per pegawai: SKP disetujui
    kuantitatif: np.ndarray  # per pegawai: pendekatan SKP kuantitatif
    ini: Tahunan | None = None  # tahun penilaian
    lalu: Tahunan | None = None  # tahun sebelumnya (predikat 2 tahun terakhir untuk KP)


def _kuota_sah(predikat_org: str, n: int, cache: dict) -> list[tuple[int, ...]]:
    """Semua vektor jumlah predikat (dari templat dan pencarian acak) untuk n pegawai yang lolos
    aturan.periksa_distribusi; kosong bila predikat organisasi ini mustahil untuk n pegawai."""
    kunci = (predikat_org, n)
    if kunci in cache:
        return cache[kunci]
    templat = [tuple(hitung_terbesar(np.array(t) + 1e-9 * (np.arange(5) == 1), n))
               for t in TEMPLAT_SEBARAN[predikat_org]]
    sah = [c for c in dict.fromkeys(templat) if _lolos(predikat_org, c)]
    if not sah:
        # Unit kecil: templat sering gagal karena pembulatan; cari acak (deterministik per predikat dan n).
        rng = np.random.default_rng([n, PREDIKAT_ORG.index(predikat_org)])
        for _ in range(120):
            c = tuple(int(x) for x in rng.multinomial(n, rng.dirichlet(np.ones(5) * 0.5)))
            if c not in sah and _lolos(predikat_org, c):
                sah.append(c)
            if len(sah) >= 4:
                break
    cache[kunci] = sah
    return sah


def _lolos(predikat_org: str, jumlah: tuple[int, ...]) -> bool:
    return periksa_distribusi_jumlah(predikat_org, dict(zip(PREDIKAT, jumlah, strict=True))).sesuai


def _kombinasi_rating() -> dict[str, list[tuple[str, str]]]:
    """Pasangan (rating hasil kerja, rating perilaku kerja) untuk tiap predikat, dari aturan.predikat_kinerja."""
    hasil: dict[str, list[tuple[str, str]]] = {p: [] for p in PREDIKAT}
    for h, p in itertools.product(RATING, RATING):
        hasil[aturan.predikat_kinerja(h, p)].append((h, p))
    return hasil


def _kuota_langgar(predikat_org: str, n: int, cache: dict) -> list[tuple[int, ...]]:
    """Vektor jumlah predikat yang MELANGGAR pola predikat organisasi ini (untuk latihan mencari pelanggaran):
    semua pegawai Baik (pola yang paling sering dijumpai), atau sebaran sah milik predikat organisasi lain."""
    kunci = ("langgar", predikat_org, n)
    if kunci not in cache:
        semua_baik = tuple(n if p == "Baik" else 0 for p in PREDIKAT)
        calon = [semua_baik] + _kuota_sah(DONOR_PELANGGARAN[predikat_org], n, cache)
        cache[kunci] = [c for c in dict.fromkeys(calon) if not _lolos(predikat_org, c)]
    return cache[kunci]


# Predikat organisasi lain yang sebarannya dipinjam untuk unit yang melanggar pola (pilihan generator).
DONOR_PELANGGARAN = {"Istimewa": "Baik", "Baik": "Istimewa", "Butuh Perbaikan": "Baik", "Kurang": "Butuh Perbaikan",
                     "Sangat Kurang": "Kurang"}
# COCOK[h, p]: predikat p dapat dihasilkan dari rating hasil kerja h (kuadran kinerja).
COCOK = np.array([[any(aturan.predikat_kinerja(h, q) == p for q in RATING) for p in PREDIKAT] for h in RATING])
# Predikat utama untuk rating hasil kerja h bila kuota unit tidak punya predikat yang cocok untuk kepala unitnya.
UTAMA_RATING = np.array([PREDIKAT.index(aturan.predikat_kinerja(h, h)) for h in RATING])
KODE_PREDIKAT_KUADRAN = np.array([[PREDIKAT.index(aturan.predikat_kinerja(h, q)) for q in RATING] for h in RATING])


def _nilai_setahun(rng: np.random.Generator, rng_pola: np.random.Generator, pop: Populasi, org: Organisasi,
                   dinilai_mask: np.ndarray, tahun: int) -> Tahunan:
    """Predikat organisasi setiap unit, lalu predikat dan rating pegawainya.

    - Sebaran predikat pegawai setiap unit dipilih agar lolos `aturan.periksa_distribusi` (SE MenPANRB 3/2023),
      kecuali unit yang diundi melanggar (peluang `sebaran.PELUANG_LANGGAR_POLA`); `sesuai_pola` mencatat hasil
      pemeriksaan sebaran akhir setiap unit.
    - Kepala unit mendapat capaian organisasi unitnya sebagai rating hasil kerja
      (`aturan.rating_hasil_kepala_unit`, PermenPANRB 6/2022).
    """
    n, U = len(pop.nip), len(org.nama)
    dinilai = np.flatnonzero(dinilai_mask)
    n_unit = np.bincount(pop.unit[dinilai], minlength=U)
    pred_org = np.array(list(S.PREDIKAT_ORGANISASI), dtype=object)[
        pilih_berbobot(rng, list(S.PREDIKAT_ORGANISASI.values()), U)]
    langgar = rng_pola.random(U) < S.PELUANG_LANGGAR_POLA
    cache: dict = {}
    kuota = np.zeros((U, 5), dtype=np.int64)
    diperiksa = np.zeros(U, dtype=bool)  # sebaran unit ini mungkin tidak sah: periksa ulang di akhir
    kombinasi = pd.DataFrame({"p": pred_org, "n": n_unit, "l": langgar}).groupby(["p", "n", "l"], sort=True).indices
    for (p, k, lg), idx in kombinasi.items():
        if k == 0:
            continue
        for calon in [p] + [c for c in URUTAN_CADANGAN if c != p]:
            sah = _kuota_sah(calon, int(k), cache)
            if sah:
                break
        else:
            raise RuntimeError(f"tidak ada sebaran predikat yang sah untuk {k} pegawai")
        pred_org[idx] = calon
        pilihan = (_kuota_langgar(calon, int(k), cache) or sah) if lg else sah
        diperiksa[idx] = lg
        kuota[idx] = np.array(pilihan)[rng.integers(0, len(pilihan), len(idx))]

    # Kepala unit: rating hasil kerja = konversi predikat organisasi; predikatnya diambil dari kuota unit yang
    # cocok dengan rating itu (bila tidak ada, satu kuota predikat terbanyak dipindah ke predikat yang cocok).
    kode_org = pd.Categorical(pred_org, categories=PREDIKAT_ORG).codes
    h_org = np.array([RATING.index(aturan.RATING_HASIL_KEPALA_UNIT[p]) for p in PREDIKAT_ORG])[kode_org]
    kepala = np.flatnonzero(dinilai_mask & pop.kepala)
    u_k = pop.unit[kepala]
    h_k = h_org[u_k]
    kosong = ~(COCOK[h_k] & (kuota[u_k] > 0)).any(axis=1)
    if kosong.any():
        uk = u_k[kosong]
        np.subtract.at(kuota, (uk, kuota[uk].argmax(axis=1)), 1)
        np.add.at(kuota, (uk, UTAMA_RATING[h_k[kosong]]), 1)
        diperiksa[uk] = True
    bobot = (kuota[u_k] * COCOK[h_k]).astype(np.float64)
    titik = rng.random(len(kepala)) * bobot.sum(axis=1)
    pred_kepala = (np.cumsum(bobot, axis=1) > titik[:, None]).argmax(axis=1)
    sisa = kuota.copy()
    np.subtract.at(sisa, (u_k, pred_kepala), 1)
    predikat = np.full(n, -1, dtype=np.int64)
    predikat[kepala] = pred_kepala
    staf = dinilai[~pop.kepala[dinilai]]
    # Urutan acak di dalam setiap unit: kocok, lalu urutkan stabil menurut unit (dua kali lebih cepat dari lexsort
    # dengan kunci acak pada 4,5 juta pegawai).
    kocok = rng.permutation(staf)
    urut = kocok[np.argsort(pop.unit[kocok], kind="stable")]
    predikat[urut] = np.repeat(np.tile(np.arange(5), U), sisa.ravel())

    # Rating yang menghasilkan predikat itu (kebalikan kuadran kinerja); pasangan rating yang sama lebih sering.
    rating_hasil = np.full(n, -1, dtype=np.int64)
    rating_perilaku = np.full(n, -1, dtype=np.int64)
    for kode_p, (_, pasangan) in enumerate(_kombinasi_rating().items()):
        m = np.flatnonzero(predikat == kode_p)
        bobot_p = np.array([3.0 if h == q else 1.0 for h, q in pasangan])
        pil = pilih_berbobot(rng, bobot_p / bobot_p.sum(), len(m))
        rating_hasil[m] = np.array([RATING.index(h) for h, _ in pasangan])[pil]
        rating_perilaku[m] = np.array([RATING.index(q) for _, q in pasangan])[pil]
    # Kepala: rating hasil kerja tetap; rating perilaku salah satu yang memberi predikatnya.
    rating_hasil[kepala] = h_k
    acak_q = rng.random(len(kepala))
    for h in range(3):
        for p in range(5):
            q = np.flatnonzero(KODE_PREDIKAT_KUADRAN[h] == p)
            m = (h_k == h) & (pred_kepala == p)
            if len(q) and m.any():
                rating_perilaku[kepala[m]] = q[(acak_q[m] * len(q)).astype(np.int64)]

    sesuai = np.ones(U, dtype=bool)
    hasil: dict = {}
    for u in np.flatnonzero(diperiksa & (n_unit > 0)):
        kunci = (pred_org[u], tuple(kuota[u]))
        if kunci not in hasil:
            hasil[kunci] = _lolos(*kunci)
        sesuai[u] = hasil[kunci]
    return Tahunan(tahun, dinilai_mask, pred_org, sesuai, predikat, rating_hasil, rating_perilaku)


def buat_kinerja(seed: int, pop: Populasi, org: Organisasi, tahun: int) -> Kinerja:
    """SKP dan penilaian tahun `tahun`, serta penilaian tahun sebelumnya (aliran acak sendiri)."""
    rng = acak(seed, "kinerja")
    n = len(pop.nip)
    periode = str(tahun)
    awal_tahun = np.datetime64(f"{tahun}-01-01")
    mulai_kerja = np.where(pop.pns, pop.tmt_cpns, pop.tmt_golongan)
    daftar_status = tuple(S.STATUS_SKP)
    status = pilih_berbobot(rng, list(S.STATUS_SKP.values()), n)
    kuantitatif = np.where(pop.kepala, rng.random(n) < 0.7, rng.random(n) < 0.25)
    nip = pop.teks_nip()
    skp_id = gabung(f"SKP-{periode}-", nip)
    atasan_nip = pop.teks_nip(pop.atasan)
    skp = pd.DataFrame({
        "skp_id": seri(skp_id),
        "nip": seri(nip),
        "periode": seri(_ambil((periode,), np.zeros(n, dtype=np.int64))),
        "tanggal_mulai": tanggal(np.maximum(awal_tahun, mulai_kerja)),
        "tanggal_selesai": tanggal(np.full(n, np.datetime64(f"{tahun}-12-31"))),
        "pendekatan": seri(_ambil(("Kuantitatif", "Kualitatif"), (~kuantitatif).astype(np.int64))),
        "status": seri(_ambil(daftar_status, status)),
        "pejabat_penilai_nip": seri(atasan_nip),
    })

    disetujui = status == daftar_status.index("Disetujui")
    ini = _nilai_setahun(rng, acak(seed, "kinerja-pola"), pop, org, disetujui, tahun)
    # Tahun sebelumnya: pegawai yang sudah bekerja sebelum 1 Juli tahun itu (asumsi), sebagian kecil SKP-nya tidak
    # disetujui; unit dan atasan dianggap sama (tanpa mutasi).
    rng_lalu = acak(seed, "kinerja-tahun-lalu")
    dinilai_lalu = (mulai_kerja <= np.datetime64(f"{tahun - 1}-07-01")) & (
        rng_lalu.random(n) < S.STATUS_SKP["Disetujui"])
    lalu = _nilai_setahun(rng_lalu, acak(seed, "kinerja-pola-tahun-lalu"), pop, org, dinilai_lalu, tahun - 1)

    dinilai = np.flatnonzero(disetujui)
    d = pa.array(dinilai)
    penilaian = pd.DataFrame({
        "nip": seri(nip.take(d)),
        "periode": seri(_ambil((periode,), np.zeros(len(dinilai), dtype=np.int64))),
        "skp_id": seri(skp_id.take(d)),
        "unit_kerja_id": seri(_ambil(org.kode, pop.unit[dinilai])),
        "pejabat_penilai_nip": seri(atasan_nip.take(d)),
        "rating_hasil_kerja": seri(_ambil(RATING, ini.rating_hasil[dinilai])),
        "rating_perilaku_kerja": seri(_ambil(RATING, ini.rating_perilaku[dinilai])),
        "predikat_kinerja": seri(_ambil(PREDIKAT, ini.predikat[dinilai])),
    })
    return Kinerja(skp, penilaian, ini.predikat_organisasi, ini.predikat, ini.rating_hasil, disetujui, kuantitatif,
                   ini, lalu)


def _geser_rating(rng: np.random.Generator, kode: np.ndarray) -> np.ndarray:
    """Rating empat triwulan (kolom) dari kode rating tahunan: sama (75%) atau bergeser satu tingkat (asumsi)."""
    tetap = rng.random((len(kode), 4)) < 0.75
    arah = np.where(rng.random((len(kode), 4)) < 0.5, -1, 1)
    return np.where(tetap, kode[:, None], np.clip(kode[:, None] + arah, 0, 2))


def buat_penilaian_periodik(seed: int, pop: Populasi, org: Organisasi, kin: Kinerja,
                            rinci: np.ndarray) -> pd.DataFrame:
    """Penilaian periodik (triwulanan) dan tahunan pegawai `rinci` untuk tahun lalu dan tahun penilaian.

    Penilaian periodik juga memberi rating dan predikat periode (PermenPANRB 6/2022; frekuensi per instansi, di
    sini triwulanan). Rating triwulan sama dengan rating tahunan dengan peluang 75%, selebihnya bergeser satu
    tingkat (asumsi); rating hasil kerja kepala unit tetap capaian organisasi unitnya. Baris Tahunan tahun
    penilaian sama dengan tabel `penilaian`.
    """
    rng = acak(seed, "penilaian-periodik")
    bagian = []
    for th in (kin.lalu, kin.ini):
        idx = np.flatnonzero(rinci & th.dinilai)
        m = len(idx)
        tahunan = th.rating_hasil[idx]
        h = np.where(pop.kepala[idx][:, None], tahunan[:, None], _geser_rating(rng, tahunan))
        q = _geser_rating(rng, th.rating_perilaku[idx])
        # Lima baris per pegawai: TW1..TW4 lalu Tahunan.
        h5 = np.column_stack([h, th.rating_hasil[idx]]).ravel()
        q5 = np.column_stack([q, th.rating_perilaku[idx]]).ravel()
        ke = np.tile(np.arange(5), m)
        label = np.array([f"{th.tahun}-TW{i}" for i in range(1, 5)] + [str(th.tahun)], dtype=object)
        bagian.append(pd.DataFrame({
            "nip": seri(pop.teks_nip(np.repeat(idx, 5))),
            "tahun": pd.array(np.full(5 * m, th.tahun), dtype="Int64"),
            "periode": seri(label[ke]),
            "jenis_periode": seri(np.where(ke < 4, "Triwulanan", "Tahunan").astype(object)),
            "unit_kerja_id": seri(_ambil(org.kode, np.repeat(pop.unit[idx], 5))),
            "rating_hasil_kerja": seri(_ambil(RATING, h5)),
            "rating_perilaku_kerja": seri(_ambil(RATING, q5)),
            "predikat_kinerja": seri(_ambil(PREDIKAT, KODE_PREDIKAT_KUADRAN[h5, q5])),
        }))
    return pd.concat(bagian, ignore_index=True)


def buat_capaian_organisasi(org: Organisasi, kin: Kinerja) -> pd.DataFrame:
    """Capaian kinerja organisasi setiap unit untuk tahun lalu dan tahun penilaian, dengan kunci latihan
    `sebaran_sesuai_pola`: apakah sebaran predikat pegawai unit itu mengikuti pola SE MenPANRB 3/2023."""
    U = len(org.nama)
    instansi = np.array([p.nama for p in org.pemda], dtype=object)[org.asal]
    return pd.DataFrame({
        "unit_kerja_id": seri(org.kode.take(pa.array(np.tile(np.arange(U), 2)))),
        "instansi": seri(np.tile(instansi, 2)),
        "tahun": pd.array(np.repeat([kin.lalu.tahun, kin.ini.tahun], U), dtype="Int64"),
        "predikat_organisasi": seri(np.concatenate([kin.lalu.predikat_organisasi, kin.ini.predikat_organisasi])),
        "sebaran_sesuai_pola": seri(np.where(np.concatenate([kin.lalu.sesuai_pola, kin.ini.sesuai_pola]),
                                             "Ya", "Tidak").astype(object)),
    })


def _keluarga_pegawai(pop: Populasi, jabatan: pd.Series) -> np.ndarray:
    """Kode keluarga templat (indeks KATALOG) per pegawai dari nama jabatannya; sekali per nama jabatan unik."""
    kode_nama, unik = pd.factorize(jabatan.astype(object).to_numpy(), use_na_sentinel=False)
    keluarga = list(KT.KATALOG)
    per_nama = np.array([keluarga.index(KT.keluarga_jabatan(n)) for n in unik], dtype=np.int64)
    hasil = per_nama[kode_nama] if len(unik) else np.zeros(len(pop.nip), dtype=np.int64)
    return np.where(pop.kepala, keluarga.index(KT.KEPALA), hasil)


def _faktor_capaian(rng: np.random.Generator, rating: np.ndarray) -> np.ndarray:
    """Perbandingan realisasi dengan target yang sesuai rating hasil kerja (di atas, sesuai, di bawah ekspektasi)."""
    n = len(rating)
    return np.where(rating == 0, rng.uniform(1.05, 1.25, n),
                    np.where(rating == 1, rng.uniform(0.95, 1.05, n), rng.uniform(0.55, 0.9, n)))


def buat_rhk(seed: int, pop: Populasi, org: Organisasi, kin: Kinerja, rinci: np.ndarray,
             tahun: int, jabatan: pd.Series) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """RHK, IKI, dan realisasi (triwulanan dan tahunan) untuk pegawai `rinci` (seluruh pemda sekaligus, agar
    cascading utuh).

    RHK diambil dari katalog keluarga jabatan pemiliknya (`katalog_kinerja`), IKI dari templat RHK itu sendiri;
    RHK utama kepala unit berpendekatan kuantitatif berurutan menurut perspektif (PermenPANRB 6/2022).
    `jabatan`: nama jabatan per pegawai (urutan populasi).
    """
    rng = acak(seed, "rhk")
    n = len(pop.nip)
    nip = pop.teks_nip()
    keluarga = _keluarga_pegawai(pop, jabatan)
    nama_keluarga = list(KT.KATALOG)
    ukuran = np.array([len(KT.KATALOG[k]) for k in nama_keluarga], dtype=np.int64)
    awal_keluarga = np.cumsum(ukuran) - ukuran
    semua = [t for k in nama_keluarga for t in KT.KATALOG[k]]
    # Staf tidak mengulang RHK yang sama: paling banyak sebanyak templat keluarganya.
    n_utama = np.where(pop.kepala, rng.integers(3, 5, n), np.minimum(rng.integers(2, 4, n), ukuran[keluarga]))
    n_tambahan = (rng.random(n) < 0.2).astype(np.int64)
    jumlah = np.where(rinci, n_utama + n_tambahan, 0)
    pemilik = np.repeat(np.arange(n), jumlah)
    awal = np.cumsum(jumlah) - jumlah
    ke = np.arange(len(pemilik)) - awal[pemilik]
    utama = ke < n_utama[pemilik]
    skp_id = gabung(f"SKP-{tahun}-", nip.take(pa.array(pemilik)))
    rhk_id = gabung(skp_id, "-R", angka_teks(ke + 1))
    kepala = pop.kepala[pemilik]

    # Templat: kepala unit satu per perspektif (ke-0..3), dua pilihan per perspektif; staf berurutan dari titik
    # acak dalam keluarganya; tugas tambahan dari keluarga "tambahan".
    geser = rng.integers(0, 60, n)[pemilik]
    pilihan_kepala = rng.integers(0, 2, len(pemilik))
    kel = keluarga[pemilik]
    templat = np.where(kepala, awal_keluarga[kel] + 2 * (ke % len(aturan.PERSPEKTIF_SKP)) + pilihan_kepala,
                       awal_keluarga[kel] + (geser + ke) % ukuran[kel])
    k_tambahan = nama_keluarga.index(KT.TAMBAHAN)
    templat = np.where(utama, templat, awal_keluarga[k_tambahan] + (geser + ke) % ukuran[k_tambahan])
    dasar = np.array([t.rumusan.replace(" {unit}", "") for t in semua], dtype=object)
    mk = kepala & utama
    nama_unit = kosongkan(pa.array(org.nama[pop.unit[pemilik]], TEKS_PA), ~mk)
    rumusan = gabung(pilih(dasar, templat), nama_unit, pemisah=" ")

    # Cascading: setiap RHK mengintervensi salah satu RHK utama atasan; kepala unit puncak tidak punya atasan
    # di pemda, RHK utamanya mendukung sasaran kepala daerah.
    atasan = pop.atasan[pemilik]
    ada_atasan = atasan >= 0
    ke_atasan = (rng.random(len(pemilik)) * n_utama[np.maximum(atasan, 0)]).astype(np.int64)
    rhk_atasan = gabung(f"SKP-{tahun}-", pop.teks_nip(atasan), "-R",
                        angka_teks(ke_atasan + 1))
    rhk_atasan = kosongkan(rhk_atasan, ~ada_atasan)
    sasaran = np.array(K.SASARAN_KEPALA_DAERAH, dtype=object)[rng.integers(0, len(K.SASARAN_KEPALA_DAERAH),
                                                                             len(pemilik))]
    sasaran = np.where(~ada_atasan & utama, sasaran, None)
    kuantitatif = kin.kuantitatif[pemilik]
    perspektif = np.array([t.perspektif for t in semua], dtype=object)[templat]
    perspektif = np.where(mk & kuantitatif, perspektif, None)
    jenis = np.array(aturan.JENIS_RHK, dtype=object)[np.where(utama, 0, 1)]
    rhk = pd.DataFrame({
        "rhk_id": seri(rhk_id),
        "skp_id": seri(skp_id),
        "nip": seri(nip.take(pa.array(pemilik))),
        "jenis_rhk": seri(jenis),
        "rencana_hasil_kerja": seri(rumusan),
        "perspektif": seri(perspektif),
        "rhk_atasan_id": seri(rhk_atasan),
        "sasaran_kepala_daerah": seri(sasaran),
    })

    # IKI: satu atau dua per RHK, selalu dari templat RHK itu sendiri (aspek, satuan, rentang target).
    iki_templat = [i for t in semua for i in t.iki]
    n_iki_templat = np.array([len(t.iki) for t in semua], dtype=np.int64)
    awal_iki = np.cumsum(n_iki_templat) - n_iki_templat
    n_iki = np.minimum(1 + (rng.random(len(pemilik)) < 0.5), n_iki_templat[templat])
    asal = np.repeat(np.arange(len(pemilik)), n_iki)
    ke_iki = np.arange(len(asal)) - (np.cumsum(n_iki) - n_iki)[asal]
    g = awal_iki[templat[asal]] + ke_iki
    aspek_kode = {a: i for i, a in enumerate(aturan.ASPEK_IKI)}
    aspek = np.array([aspek_kode[i.aspek] for i in iki_templat], dtype=np.int64)[g]
    satuan = np.array([i.satuan for i in iki_templat], dtype=object)[g]
    lo = np.array([i.rendah for i in iki_templat], dtype=np.float64)[g]
    hi = np.array([i.tinggi for i in iki_templat], dtype=np.float64)[g]
    target = lo + np.floor(rng.random(len(asal)) * (hi - lo + 1))
    # SKP kualitatif: target deskriptif dari templat (angka target tetap ada sebagai alat bantu hitung).
    uraian = np.where(~kin.kuantitatif[pemilik[asal]],
                      np.array([i.uraian for i in iki_templat], dtype=object)[g], None)
    iki_id = gabung(rhk_id.take(pa.array(asal)), "-I", angka_teks(ke_iki + 1))
    iki = pd.DataFrame({
        "iki_id": seri(iki_id),
        "rhk_id": seri(rhk_id.take(pa.array(asal))),
        "indikator": seri(pilih([i.indikator for i in iki_templat], g)),
        "aspek": seri(np.array(aturan.ASPEK_IKI, dtype=object)[aspek]),
        "target": target,
        "satuan": seri(satuan),
        "target_uraian": seri(uraian),
    })

    # Realisasi untuk SKP yang disetujui: empat baris triwulan (nilai triwulan itu saja) lalu satu baris Tahunan
    # per IKI; capaian mengikuti rating hasil kerja akhir tahun. Hanya Kuantitas yang dijumlahkan menjadi realisasi
    # tahunan (aturan.realisasi_tahunan); Kualitas, Waktu, dan Biaya tahunan adalah nilai setahun tersendiri.
    pegawai_iki = pemilik[asal]
    ada = kin.disetujui[pegawai_iki]
    sumber = np.repeat(np.flatnonzero(ada), 4)
    rating = kin.rating_hasil[pegawai_iki[sumber]]
    faktor = _faktor_capaian(rng, rating)
    kuantitas = aspek[sumber] == aspek_kode["Kuantitas"]
    # Waktu dan Biaya makin kecil makin baik (aturan.capaian): kinerja baik = realisasi di bawah target.
    kecil_baik = np.isin(aspek[sumber], [aspek_kode["Waktu"], aspek_kode["Biaya"]])
    berbatas = np.isin(satuan[sumber], ("persen", "indeks", "nilai"))
    # Nilai setahun per IKI dari aliran acak sendiri (tidak menggeser acakan RHK/IKI).
    rng_th = acak(seed, "realisasi-tahunan")
    iki_ada = sumber[::4]
    kuantitas_th, kecil_th, berbatas_th = kuantitas[::4], kecil_baik[::4], berbatas[::4]
    faktor_th = _faktor_capaian(rng_th, kin.rating_hasil[pegawai_iki[iki_ada]])
    total = np.round(target[iki_ada] * faktor_th)
    total = np.where(berbatas_th, np.minimum(total, 100.0), total)
    # Kuantitas triwulan: total setahun dibagi menurut bobot acak triwulan (bulat, jumlahnya tepat total).
    bobot = faktor.reshape(-1, 4).cumsum(axis=1)
    kumulatif = np.round(total[:, None] * bobot / bobot[:, -1:])
    per_tw = np.diff(kumulatif, axis=1, prepend=0.0).ravel()
    nilai_tw = np.where(kuantitas, per_tw,
                        np.round(np.where(kecil_baik, target[sumber] / faktor, target[sumber] * faktor), 2))
    nilai_tw = np.where(berbatas & ~kuantitas, np.minimum(nilai_tw, 100.0), nilai_tw)
    nilai_th = np.where(kuantitas_th, total,
                        np.round(np.where(kecil_th, target[iki_ada] / faktor_th, target[iki_ada] * faktor_th), 2))
    nilai_th = np.where(berbatas_th & ~kuantitas_th, np.minimum(nilai_th, 100.0), nilai_th)
    # Lima baris per IKI: TW1..TW4 lalu Tahunan (label periode sama dengan penilaian_periodik).
    m = len(iki_ada)
    ke = np.tile(np.arange(5), m)
    baris = np.repeat(iki_ada, 5)
    nilai = np.column_stack([nilai_tw.reshape(-1, 4), nilai_th]).ravel()
    label = np.array([f"{tahun}-TW{i}" for i in range(1, 5)] + [str(tahun)], dtype=object)
    akhiran = np.array([f"-TW{i}" for i in range(1, 5)] + ["-TAHUNAN"], dtype=object)
    realisasi_id = gabung(iki_id.take(pa.array(baris)), pilih(akhiran, ke))
    umpan = np.empty(5 * m, dtype=object)
    rating5 = kin.rating_hasil[pegawai_iki[baris]]
    for kode_r, r in enumerate(RATING):
        k = np.flatnonzero(rating5 == kode_r)
        umpan[k] = np.array(K.UMPAN_BALIK[r], dtype=object)[rng.integers(0, len(K.UMPAN_BALIK[r]), len(k))]
    umpan = np.where(rng.random(5 * m) < 0.6, umpan, None)
    # Penilaian tahunan tidak memuat rencana aksi (rencana aksi disusun per periode).
    rencana = np.array(list(K.RENCANA_AKSI[:4]) + [None], dtype=object)[ke]
    realisasi = pd.DataFrame({
        "realisasi_id": seri(realisasi_id),
        "iki_id": seri(iki_id.take(pa.array(baris))),
        "nip": seri(nip.take(pa.array(pegawai_iki[baris]))),
        "periode": seri(label[ke]),
        "realisasi": nilai,
        "bukti_dukung": seri(gabung("bukti/", realisasi_id, ".pdf")),
        "umpan_balik": seri(umpan),
        "rencana_aksi": seri(rencana),
        # Domain .test dicadangkan (RFC 2606): tautan eviden tidak pernah menunjuk situs sungguhan.
        "eviden": seri(gabung(DOMAIN_EVIDEN, realisasi_id)),
        "jenis_periode": seri(np.where(ke < 4, "Triwulanan", "Tahunan").astype(object)),
    })
    return rhk, iki, realisasi


def buat_talenta(seed: int, pop: Populasi, kin: Kinerja, rinci: np.ndarray, tahun: int) -> pd.DataFrame:
    """Asesmen potensial PNS yang sudah dinilai. Ambang skor ke kategori adalah contoh (asumsi)."""
    idx = np.flatnonzero(rinci & pop.pns & kin.disetujui)
    skor = pop.skor_potensial[idx]  # potensial pegawai (pegawai.skor_potensial), sama untuk tabel talenta
    kategori = np.array(["Rendah", "Menengah", "Tinggi"], dtype=object)
    assert set(kategori) == set(aturan.POTENSIAL)
    potensial = kategori[np.digitize(skor, [55, 75])]
    return pd.DataFrame({
        "nip": seri(pop.teks_nip(idx)),
        "periode": seri(np.full(len(idx), str(tahun), dtype=object)),
        "skor_potensial": skor,
        "potensial": seri(potensial),
        "kotak_talenta": kotak_talenta(kin.rating_hasil[idx], potensial),
    })


def kotak_talenta(rating_hasil: np.ndarray, potensial: np.ndarray) -> pd.Series:
    """Kotak 9 (PermenPANRB 3/2020) dari kode rating hasil kerja dan potensial; kosong bila belum dinilai.

    Tanpa acakan: kolom turunan, jadi tidak memakai (dan tidak menggeser) aliran acak mana pun.
    """
    kotak = pd.array([aturan.kotak_talenta(RATING[r], p) if r >= 0 else None
                      for r, p in zip(rating_hasil, potensial, strict=True)], dtype="Int64")
    return pd.Series(kotak)


def tambah_predikat_organisasi(unit_kerja: pd.DataFrame, kin: Kinerja, tahun: int) -> pd.DataFrame:
    unit_kerja = unit_kerja.copy()
    unit_kerja["predikat_organisasi"] = seri(kin.predikat_organisasi)
    unit_kerja["tahun"] = pd.array(np.full(len(unit_kerja), tahun), dtype="Int64")
    return unit_kerja

