"""Generator dataset sintetis ASN: menyusun semua tabel untuk satu skala dan satu seed.

Skala: `kelas` (satu pemda kecil untuk satu pelatihan), `kabupaten`, `provinsi`, `nasional` (38 provinsi dan
514 kabupaten/kota), atau jumlah pegawai. Seed dan pilihan yang sama selalu memberi data yang sama persis.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator

import numpy as np
import pandas as pd
from tqdm import tqdm

from bimtek.data import kinerja, layanan, pegawai, pengadaan, presensi, struktur, tata_kelola
from bimtek.data.alat import acak
from bimtek.data.kamus import NAMA_TABEL, TABEL, Dataset
from bimtek.data.kartu import tabel_sebaran
from bimtek.data.kotor import kotori
from bimtek.data.larik import angka_tanggal_massal

SEED_BAWAAN = 2025
TAHUN_BAWAAN = 2025
SKALA: dict[str, int] = {"kelas": 300, "kabupaten": 8_000, "provinsi": 80_000, "nasional": 4_500_000}
PEGAWAI_MINIMAL = 100
PEGAWAI_MAKSIMAL = 6_000_000
_RENTANG = f"{PEGAWAI_MINIMAL}-{PEGAWAI_MAKSIMAL:_}".replace("_", ".")
# Tabel rinci per pegawai (RHK, IKI, realisasi, presensi, usulan, talenta) dibuat untuk pemda-pemda pertama sampai
# sekitar sekian pegawai: `provinsi` (80.000) selalu lengkap; pada `nasional` (4,5 juta) tabel ini berisi ratusan
# juta baris (realisasi sekitar 16 per pegawai), terlalu besar untuk waktu dan memori yang wajar, jadi dicuplik.
# Tabel per pegawai lain (pegawai, skp, penilaian) dan per unit/instansi selalu memuat semua pemda.
BATAS_RINCI = 100_000
# Presensi bawaan: dua bulan pertama tahun penilaian untuk kelas, satu minggu kerja untuk nasional, satu bulan untuk
# skala lain; periode lain (mis. Ramadan, jam kerja berbeda) lewat presensi_mulai/presensi_selesai.
BULAN_PRESENSI = {"kelas": 2}
HARI_PRESENSI = {"nasional": 7}


def jumlah_pegawai(skala: str | int) -> int:
    """Jumlah pegawai untuk nama skala atau bilangan; ValueError berbahasa Indonesia bila tidak sah."""
    if isinstance(skala, str) and skala.strip().lower() in SKALA:
        return SKALA[skala.strip().lower()]
    try:
        n = int(str(skala).replace(".", "").replace("_", "")) if not isinstance(skala, int) else skala
    except ValueError:
        raise ValueError(
            f"Skala {skala!r} tidak dikenal. Pilih salah satu dari {', '.join(SKALA)}, atau jumlah pegawai "
            f"({_RENTANG}).") from None
    if not PEGAWAI_MINIMAL <= n <= PEGAWAI_MAKSIMAL:
        raise ValueError(f"Jumlah pegawai {n} di luar rentang {_RENTANG}.")
    return n


def periode_presensi(skala: str | int, tahun: int) -> tuple[dt.date, dt.date]:
    if str(skala) in HARI_PRESENSI:  # minggu kerja penuh pertama (Senin) tahun itu
        senin = dt.date(tahun, 1, 1) + dt.timedelta(days=(7 - dt.date(tahun, 1, 1).weekday()) % 7)
        return senin, senin + dt.timedelta(days=HARI_PRESENSI[str(skala)] - 1)
    bulan = BULAN_PRESENSI.get(str(skala), 1)
    selesai = (dt.date(tahun, bulan + 1, 1) if bulan < 12 else dt.date(tahun + 1, 1, 1)) - dt.timedelta(days=1)
    return dt.date(tahun, 1, 1), selesai


def susun_tabel(skala: str | int, seed: int, tahun: int, presensi_mulai: dt.date | None,
                presensi_selesai: dt.date | None, kemajuan: bool | None,
                info: dict) -> Iterator[tuple[str, pd.DataFrame]]:
    """Hasilkan tabel satu per satu (nama, DataFrame) agar skala besar dapat langsung ditulis dan dilepas dari
    memori. Keterangan dataset (jumlah baris, sebaran, periode) diisikan ke `info`."""
    yield from _susun_tabel(skala, seed, tahun, presensi_mulai, presensi_selesai, kemajuan, info)


def _susun_tabel(skala: str | int, seed: int, tahun: int, presensi_mulai: dt.date | None,
                 presensi_selesai: dt.date | None, kemajuan: bool | None,
                 info: dict) -> Iterator[tuple[str, pd.DataFrame]]:
    n = jumlah_pegawai(skala)
    acuan = dt.date(tahun, 12, 31)
    mulai, selesai = periode_presensi(skala, tahun)
    mulai, selesai = presensi_mulai or mulai, presensi_selesai or selesai
    if selesai < mulai:
        raise ValueError(f"Periode presensi terbalik: {mulai.isoformat()} sampai {selesai.isoformat()}.")
    if (selesai - mulai).days > 366:
        raise ValueError("Periode presensi paling panjang satu tahun.")
    langkah = ["struktur", "pegawai", "kinerja", "rhk", "presensi", "layanan"]
    bar = tqdm(total=len(langkah), desc="bimtek data", unit="langkah", file=sys.stderr,
               disable=not (kemajuan if kemajuan is not None else n >= 50_000))

    def maju(nama: str) -> None:
        bar.set_postfix_str(nama)
        bar.update(1)

    def kolom(nama: str, df: pd.DataFrame) -> tuple[str, pd.DataFrame]:
        info.setdefault("jumlah_baris", {})[nama] = len(df)
        return nama, df[TABEL[nama].nama_kolom]

    info.update({"skala": str(skala), "seed": seed, "tahun": tahun, "tanggal_acuan": acuan.isoformat(),
                 "jumlah_pegawai": n})
    rng = acak(seed, "struktur")
    daftar = struktur.susun_semua(rng, struktur.rencana_pemda(rng, n))
    org = pegawai.gabung_organisasi(daftar)
    info["jumlah_pemda"] = len(daftar)
    info["contoh_instansi"] = [p.nama for p in daftar[:3]]
    maju("struktur")
    pop = pegawai.buat_populasi(seed, org, acuan)
    tabel_pegawai = pegawai.tabel_pegawai(seed, pop, org)
    # Sebaran untuk kartu data dihitung dari kode (bukan dari kolom teks tabel): hasilnya sama, jauh lebih murah.
    jumlah = np.bincount(pop.pendidikan, minlength=len(pegawai.PENDIDIKAN)).tolist()
    jumlah_pendidikan = dict(zip(pegawai.PENDIDIKAN, jumlah, strict=True))
    info["sebaran"] = [list(b) for b in tabel_sebaran(pop.perempuan, ~pop.pns, jumlah_pendidikan,
                                                      angka_tanggal_massal(pop.lahir) // 10_000)]
    yield kolom("pegawai", tabel_pegawai)
    # Pengadaan CPNS/PPPK: kecil (pegawai baru tahun itu), jadi semua pemda ikut pada setiap skala.
    yield kolom("pengadaan", pengadaan.buat_pengadaan(seed, pop, org, tahun, tabel_pegawai["nama"],
                                                      tabel_pegawai["jabatan"]))
    jabatan = tabel_pegawai["jabatan"]  # nama jabatan menentukan BUP sektor (guru, dosen) pada usulan pensiun
    del tabel_pegawai
    maju("pegawai")
    kin = kinerja.buat_kinerja(seed, pop, org, tahun)
    yield kolom("skp", kin.skp)
    yield kolom("penilaian", kin.penilaian)
    kin.skp = kin.penilaian = None
    unit_kerja = kinerja.tambah_predikat_organisasi(pegawai.tabel_unit_kerja(org, pop), kin, tahun)
    yield kolom("unit_kerja", unit_kerja)
    yield kolom("capaian_organisasi", kinerja.buat_capaian_organisasi(org, kin))
    # Pemantauan instansi: kecil (per OPD atau per instansi), jadi semua pemda ikut pada setiap skala.
    yield kolom("pemantauan_skp", tata_kelola.buat_pemantauan_skp(seed, pop, org, tahun))
    yield kolom("sakip", tata_kelola.buat_sakip(seed, org, unit_kerja, tahun))
    yield kolom("sistem_merit", tata_kelola.buat_sistem_merit(seed, org, tahun))
    del unit_kerja
    maju("kinerja")
    kumulatif = np.cumsum([p.jumlah_pegawai for p in daftar])
    pemda_rinci = int(np.searchsorted(kumulatif, BATAS_RINCI)) + 1
    rinci = pop.pemda < pemda_rinci
    rhk, iki, realisasi = kinerja.buat_rhk(seed, pop, org, kin, rinci, tahun, jabatan)
    yield kolom("rhk", rhk)
    yield kolom("iki", iki)
    yield kolom("realisasi", realisasi)
    del rhk, iki, realisasi
    yield kolom("penilaian_periodik", kinerja.buat_penilaian_periodik(seed, pop, org, kin, rinci))
    yield kolom("talenta", kinerja.buat_talenta(seed, pop, kin, rinci, tahun))
    maju("rhk")
    yield kolom("presensi", presensi.buat_presensi(seed, pop, rinci, mulai, selesai))
    maju("presensi")
    yield kolom("usulan_layanan", layanan.buat_usulan(seed, pop, org, kin, rinci, acuan, jabatan))
    maju("layanan")
    bar.close()
    info["presensi"] = {"mulai": mulai.isoformat(), "selesai": selesai.isoformat(),
                        "libur_nasional": {d.isoformat(): nama for d, nama in
                                           presensi.libur_nasional(mulai, selesai).items()}}
    info["cakupan_rinci"] = "semua pemda" if pemda_rinci >= len(daftar) else (
        f"{pemda_rinci} pemda pertama ({int(rinci.sum())} pegawai) untuk tabel rhk, iki, realisasi, presensi, "
        "usulan_layanan, talenta, penilaian_periodik (dicuplik: untuk semua pemda tabel ini berisi ratusan juta "
        "baris, di luar batas waktu dan memori yang wajar); tabel lain (unit_kerja, pegawai, skp, penilaian, "
        "pemantauan_skp, sakip, sistem_merit, capaian_organisasi, pengadaan) mencakup semua pemda")
    info["jumlah_baris"] = {k: info["jumlah_baris"][k] for k in NAMA_TABEL}
    info["kotor"] = False


def buat_dataset(skala: str | int = "kelas", seed: int = SEED_BAWAAN, kotor: bool = False, tahun: int = TAHUN_BAWAAN,
                 presensi_mulai: dt.date | None = None, presensi_selesai: dt.date | None = None,
                 kemajuan: bool | None = None) -> Dataset:
    """Susun seluruh tabel di memori. `kemajuan` menampilkan bilah kemajuan di stderr (bawaan: skala besar)."""
    info: dict = {}
    tabel = dict(susun_tabel(skala, seed, tahun, presensi_mulai, presensi_selesai, kemajuan, info))
    dataset = Dataset({k: tabel[k] for k in NAMA_TABEL}, info)
    if kotor:
        dataset = kotori(dataset, seed)
    return dataset


def buat(skala: str | int = "kelas", seed: int = SEED_BAWAAN, kotor: bool = False,
         **pilihan) -> dict[str, pd.DataFrame]:
    """Buat dataset sintetis dan kembalikan tabel-tabelnya sebagai DataFrame (nama tabel -> DataFrame).

    Contoh: `tabel = bimtek.data.buat("kelas", seed=2025)`; `tabel["pegawai"].head()`.
    """
    return buat_dataset(skala, seed, kotor, **pilihan).tabel
