"""Tabel e-Kinerja: predikat organisasi unit, `skp`, `rhk` (cascading ke RHK atasan), `iki`, `realisasi`,
`penilaian` (sebaran tiap unit dicek dengan `aturan.periksa_distribusi`), dan `talenta`."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa

from bimtek import aturan
from bimtek.aturan.kinerja import periksa_distribusi_jumlah
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
class Kinerja:
    skp: pd.DataFrame
    penilaian: pd.DataFrame
    predikat_organisasi: np.ndarray  # per unit
    predikat: np.ndarray  # kode PREDIKAT per pegawai, -1 bila belum dinilai
    rating_hasil: np.ndarray  # kode RATING per pegawai, -1 bila belum dinilai
    disetujui: np.ndarray  # per pegawai: SKP disetujui
    kuantitatif: np.ndarray  # per pegawai: pendekatan SKP kuantitatif


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


def buat_kinerja(seed: int, pop: Populasi, org: Organisasi, tahun: int) -> Kinerja:
    rng = acak(seed, "kinerja")
    n = len(pop.nip)
    U = len(org.nama)
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

    # Predikat organisasi tiap unit, lalu kuota predikat pegawai per unit yang lolos periksa_distribusi.
    disetujui = status == daftar_status.index("Disetujui")
    dinilai = np.flatnonzero(disetujui)
    n_unit = np.bincount(pop.unit[dinilai], minlength=U)
    pred_org = np.array(list(S.PREDIKAT_ORGANISASI), dtype=object)[
        pilih_berbobot(rng, list(S.PREDIKAT_ORGANISASI.values()), U)]
    cache: dict = {}
    kuota = np.zeros((U, 5), dtype=np.int64)
    kombinasi = pd.DataFrame({"p": pred_org, "n": n_unit}).groupby(["p", "n"], sort=True).indices
    for (p, k), idx in kombinasi.items():
        if k == 0:
            continue
        pilihan_p = [p] + [c for c in URUTAN_CADANGAN if c != p]
        for calon in pilihan_p:
            sah = _kuota_sah(calon, int(k), cache)
            if sah:
                break
        else:
            raise RuntimeError(f"tidak ada sebaran predikat yang sah untuk {k} pegawai")
        pred_org[idx] = calon
        kuota[idx] = np.array(sah)[rng.integers(0, len(sah), len(idx))]
    urut = dinilai[np.lexsort((rng.random(len(dinilai)), pop.unit[dinilai]))]
    predikat = np.full(n, -1, dtype=np.int64)
    predikat[urut] = np.repeat(np.tile(np.arange(5), U), kuota.ravel())

    # Rating yang menghasilkan predikat itu (kebalikan kuadran kinerja); pasangan rating yang sama lebih sering.
    rating_hasil = np.full(n, -1, dtype=np.int64)
    rating_perilaku = np.full(n, -1, dtype=np.int64)
    for kode_p, (_, pasangan) in enumerate(_kombinasi_rating().items()):
        m = np.flatnonzero(predikat == kode_p)
        bobot = np.array([3.0 if h == q else 1.0 for h, q in pasangan])
        pil = pilih_berbobot(rng, bobot / bobot.sum(), len(m))
        rating_hasil[m] = np.array([RATING.index(h) for h, _ in pasangan])[pil]
        rating_perilaku[m] = np.array([RATING.index(q) for _, q in pasangan])[pil]
    d = pa.array(dinilai)
    penilaian = pd.DataFrame({
        "nip": seri(nip.take(d)),
        "periode": seri(_ambil((periode,), np.zeros(len(dinilai), dtype=np.int64))),
        "skp_id": seri(skp_id.take(d)),
        "unit_kerja_id": seri(_ambil(org.kode, pop.unit[dinilai])),
        "pejabat_penilai_nip": seri(atasan_nip.take(d)),
        "rating_hasil_kerja": seri(_ambil(RATING, rating_hasil[dinilai])),
        "rating_perilaku_kerja": seri(_ambil(RATING, rating_perilaku[dinilai])),
        "predikat_kinerja": seri(_ambil(PREDIKAT, predikat[dinilai])),
    })
    return Kinerja(skp, penilaian, pred_org, predikat, rating_hasil, disetujui, kuantitatif)


def buat_rhk(seed: int, pop: Populasi, org: Organisasi, kin: Kinerja, rinci: np.ndarray,
             tahun: int) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """RHK, IKI, dan realisasi triwulanan untuk pegawai `rinci` (seluruh pemda sekaligus, agar cascading utuh)."""
    rng = acak(seed, "rhk")
    n = len(pop.nip)
    nip = pop.teks_nip()
    n_utama = np.where(pop.kepala, rng.integers(3, 5, n), rng.integers(2, 4, n))
    n_tambahan = (rng.random(n) < 0.2).astype(np.int64)
    jumlah = np.where(rinci, n_utama + n_tambahan, 0)
    pemilik = np.repeat(np.arange(n), jumlah)
    awal = np.cumsum(jumlah) - jumlah
    ke = np.arange(len(pemilik)) - awal[pemilik]
    utama = ke < n_utama[pemilik]
    skp_id = gabung(f"SKP-{tahun}-", nip.take(pa.array(pemilik)))
    rhk_id = gabung(skp_id, "-R", angka_teks(ke + 1))
    kepala = pop.kepala[pemilik]

    # Rumusan: kepala unit menurut nama unitnya, staf menurut bidang kerjanya, tambahan dari kumpulan sendiri.
    geser = rng.integers(0, 60, n)[pemilik] + ke
    teks = np.empty(len(pemilik), dtype=object)
    templat_kepala = np.array([t.replace(" {unit}", "") for t in K.RHK_KEPALA], dtype=object)
    mk = kepala & utama
    teks[mk] = templat_kepala[geser[mk] % len(templat_kepala)]
    for b, nama_b in enumerate(("umum", "guru", "kesehatan")):
        m = ~kepala & utama & (pop.bidang[pemilik] == b)
        daftar = np.array(K.RHK_STAF[nama_b], dtype=object)
        teks[m] = daftar[geser[m] % len(daftar)]
    teks[~utama] = np.array(K.RHK_TAMBAHAN, dtype=object)[geser[~utama] % len(K.RHK_TAMBAHAN)]
    nama_unit = kosongkan(pa.array(org.nama[pop.unit[pemilik]], TEKS_PA), ~mk)
    rumusan = gabung(pa.array(teks, TEKS_PA), nama_unit, pemisah=" ")

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
    perspektif = np.array(aturan.PERSPEKTIF_SKP, dtype=object)[ke % len(aturan.PERSPEKTIF_SKP)]
    perspektif = np.where(kepala & kuantitatif & utama, perspektif, None)
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

    # IKI: satu atau dua per RHK, aspek dari aturan.ASPEK_IKI.
    n_iki = 1 + (rng.random(len(pemilik)) < 0.5)
    asal = np.repeat(np.arange(len(pemilik)), n_iki)
    ke_iki = np.arange(len(asal)) - (np.cumsum(n_iki) - n_iki)[asal]
    aspek_kode = {a: i for i, a in enumerate(aturan.ASPEK_IKI)}
    pertama = np.where(rng.random(len(asal)) < 0.6, aspek_kode["Kuantitas"], aspek_kode["Kualitas"])
    kedua = np.where(pertama == aspek_kode["Kuantitas"],
                     np.array([aspek_kode[a] for a in ("Kualitas", "Waktu", "Biaya")])[rng.integers(0, 3, len(asal))],
                     np.array([aspek_kode[a] for a in ("Waktu", "Biaya")])[rng.integers(0, 2, len(asal))])
    aspek = np.where(ke_iki == 0, pertama, kedua)
    indikator = np.empty(len(asal), dtype=object)
    satuan = np.empty(len(asal), dtype=object)
    target = np.empty(len(asal))
    for nama_aspek, k in aspek_kode.items():
        m = np.flatnonzero(aspek == k)
        pool = K.IKI[nama_aspek]
        pil = rng.integers(0, len(pool), len(m))
        indikator[m] = np.array([p[0] for p in pool], dtype=object)[pil]
        satuan[m] = np.array([p[1] for p in pool], dtype=object)[pil]
        lo = np.array([p[2] for p in pool])[pil]
        hi = np.array([p[3] for p in pool])[pil]
        target[m] = lo + np.floor(rng.random(len(m)) * (hi - lo + 1))
    iki_id = gabung(rhk_id.take(pa.array(asal)), "-I", angka_teks(ke_iki + 1))
    iki = pd.DataFrame({
        "iki_id": seri(iki_id),
        "rhk_id": seri(rhk_id.take(pa.array(asal))),
        "indikator": seri(indikator),
        "aspek": seri(np.array(aturan.ASPEK_IKI, dtype=object)[aspek]),
        "target": target,
        "satuan": seri(satuan),
    })

    # Realisasi triwulanan untuk SKP yang disetujui; capaian mengikuti rating hasil kerja akhir tahun.
    pegawai_iki = pemilik[asal]
    ada = kin.disetujui[pegawai_iki]
    sumber = np.repeat(np.flatnonzero(ada), 4)
    tw = np.tile(np.arange(1, 5), int(ada.sum()))
    rating = kin.rating_hasil[pegawai_iki[sumber]]
    faktor = np.where(rating == 0, rng.uniform(1.05, 1.25, len(sumber)),
                      np.where(rating == 1, rng.uniform(0.95, 1.05, len(sumber)),
                               rng.uniform(0.55, 0.9, len(sumber))))
    kuantitas = aspek[sumber] == aspek_kode["Kuantitas"]
    nilai = np.where(kuantitas, np.round(target[sumber] * faktor * tw / 4),
                     np.round(target[sumber] * faktor, 2))
    berbatas = np.isin(satuan[sumber], ("persen", "indeks"))
    nilai = np.where(berbatas, np.minimum(nilai, 100.0), nilai)
    realisasi_id = gabung(iki_id.take(pa.array(sumber)), "-TW", angka_teks(tw))
    umpan = np.empty(len(sumber), dtype=object)
    for kode_r, r in enumerate(RATING):
        m = np.flatnonzero(rating == kode_r)
        umpan[m] = np.array(K.UMPAN_BALIK[r], dtype=object)[rng.integers(0, len(K.UMPAN_BALIK[r]), len(m))]
    umpan = np.where(rng.random(len(sumber)) < 0.6, umpan, None)
    realisasi = pd.DataFrame({
        "realisasi_id": seri(realisasi_id),
        "iki_id": seri(iki_id.take(pa.array(sumber))),
        "nip": seri(nip.take(pa.array(pegawai_iki[sumber]))),
        "periode": seri(gabung(f"{tahun}-TW", angka_teks(tw))),
        "realisasi": nilai,
        "bukti_dukung": seri(gabung("bukti/", realisasi_id, ".pdf")),
        "umpan_balik": seri(umpan),
        "rencana_aksi": seri(pilih(K.RENCANA_AKSI, tw - 1)),
        # Domain .test dicadangkan (RFC 2606): tautan eviden tidak pernah menunjuk situs sungguhan.
        "eviden": seri(gabung(DOMAIN_EVIDEN, realisasi_id)),
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

