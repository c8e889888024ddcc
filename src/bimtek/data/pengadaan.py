"""Tabel `pengadaan`: pengadaan CPNS dan PPPK, formasi -> seleksi -> usul NIP/NI PPPK -> penetapan.

Satu baris per peserta yang lulus seleksi formasi tahun sebelumnya. Yang NIP/NI PPPK-nya sudah ditetapkan adalah
pegawai di tabel `pegawai` yang TMT CPNS/TMT pengangkatan PPPK-nya jatuh pada tahun penilaian (NIP-nya sama, jadi
sah menurut `aturan.nip`); sisanya masih diproses (usul dikirim menjelang tanggal acuan) atau ditolak dengan
alasan. Jumlah formasi dan pelamar per formasi (instansi, jenis pengadaan, jabatan) adalah asumsi generator.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pyarrow as pa

from bimtek.data import kumpulan as K
from bimtek.data.alat import TEKS_PA, acak, angka_teks, gabung, kode_kombinasi, seri, tanggal
from bimtek.data.kamus import TABEL, bentuk_tabel
from bimtek.data.larik import angka_tanggal_massal
from bimtek.data.pegawai import Organisasi, Populasi, _pool_nama

STATUS_PENGADAAN = ("Ditetapkan", "Diproses", "Ditolak")
# Alasan usul NIP/NI PPPK ditolak (contoh, bukan daftar resmi).
ALASAN_USUL_DITOLAK = (
    "Ijazah tidak sesuai kualifikasi pendidikan formasi",
    "Usia melewati batas usia pelamar pada saat mendaftar",
    "NIK tidak padan dengan data kependudukan",
    "Daftar riwayat hidup dan surat pernyataan tidak lengkap",
    "Surat keterangan sehat jasmani dan rohani tidak diunggah",
    "Mengundurkan diri setelah pengumuman kelulusan",
)
# Asumsi generator: peserta lulus yang ditolak / masih diproses per peserta yang ditetapkan, formasi yang tidak
# terisi, dan rata-rata pelamar per formasi (CPNS jauh lebih banyak daripada PPPK).
PELUANG_DITOLAK = 0.06
PELUANG_DIPROSES = 0.08
PELAMAR_PER_FORMASI = {"CPNS": 25.0, "PPPK": 3.0}


def buat_pengadaan(seed: int, pop: Populasi, org: Organisasi, tahun: int, nama: pd.Series,
                   jabatan: pd.Series) -> pd.DataFrame:
    """Pengadaan formasi tahun `tahun - 1` yang diproses sampai tanggal acuan 31 Desember `tahun`.

    `nama` dan `jabatan`: kolom tabel pegawai (urutan populasi) untuk peserta yang sudah menjadi pegawai."""
    rng = acak(seed, "pengadaan")
    acuan = np.datetime64(dt.date(tahun, 12, 31))
    tmt = np.where(pop.pns, pop.tmt_cpns, pop.tmt_golongan)
    baru = np.flatnonzero((angka_tanggal_massal(tmt) // 10_000) == tahun)
    if not len(baru):
        return _kosong()
    # Peserta lain (ditolak atau masih diproses) meniru formasi seorang peserta yang ditetapkan.
    lain = rng.random(len(baru)) < PELUANG_DITOLAK + PELUANG_DIPROSES
    contoh = baru[lain]
    ditolak_lain = rng.random(len(contoh)) < PELUANG_DITOLAK / (PELUANG_DITOLAK + PELUANG_DIPROSES)
    sumber = np.concatenate([baru, contoh])  # baris pegawai acuan formasi tiap peserta
    n, n_baru = len(sumber), len(baru)
    status = np.concatenate([np.zeros(n_baru, dtype=np.int64), np.where(ditolak_lain, 2, 1)])
    jenis = np.where(pop.pns[sumber], 0, 1)  # 0 CPNS, 1 PPPK
    jabatan_formasi = jabatan.iloc[sumber].astype(object).to_numpy()
    pemda = pop.pemda[sumber]

    # Formasi: (pemda, jenis pengadaan, jabatan); jumlah formasi >= peserta yang diterima, pelamar >= formasi.
    kode_jabatan, _ = pd.factorize(jabatan_formasi)
    kunci = (pemda.astype(np.int64) * 2 + jenis) * (kode_jabatan.max() + 1) + kode_jabatan
    unik, formasi = np.unique(kunci, return_inverse=True)
    diterima = np.bincount(formasi, weights=status != 2, minlength=len(unik)).astype(np.int64)
    jenis_formasi = jenis[np.unique(formasi, return_index=True)[1]]
    jumlah_formasi = diterima + rng.integers(0, 3, len(unik))  # sebagian formasi tidak terisi
    rata = np.array([PELAMAR_PER_FORMASI["CPNS"], PELAMAR_PER_FORMASI["PPPK"]])[jenis_formasi]
    pelamar = jumlah_formasi + np.ceil(jumlah_formasi * rata * rng.lognormal(0, 0.5, len(unik))).astype(np.int64)

    # Identitas: yang ditetapkan dari tabel pegawai; yang lain diundi (usia pelamar 20-35 tahun).
    perempuan = np.concatenate([pop.perempuan[baru], rng.random(len(contoh)) < 0.55])
    lahir = np.concatenate([pop.lahir[baru], acuan - (rng.integers(20 * 365, 35 * 365, len(contoh)))
                            .astype("timedelta64[D]")])
    nama_pengadaan = pa.concat_arrays([pa.array(nama.iloc[baru].astype(object).to_numpy(), TEKS_PA),
                                       _nama_acak(rng, perempuan[n_baru:])])

    # Tanggal: usul NIP lalu penetapan sebelum TMT; yang diproses diusulkan 45 hari terakhir; yang ditolak kapan
    # saja dalam tahun itu.
    tmt_baru = tmt[baru]
    tetap = tmt_baru - rng.integers(10, 41, n_baru).astype("timedelta64[D]")
    usul = np.concatenate([tetap - rng.integers(14, 61, n_baru).astype("timedelta64[D]"),
                           np.where(ditolak_lain, np.datetime64(dt.date(tahun, 1, 1)) + rng.integers(0, 330, len(
                               contoh)).astype("timedelta64[D]"), acuan - rng.integers(0, 46, len(contoh))
                               .astype("timedelta64[D]"))])
    kosong = np.full(len(contoh), np.datetime64("NaT"), dtype="datetime64[D]")
    alasan = np.full(n, None, dtype=object)
    ditolak = np.flatnonzero(status == 2)
    alasan[ditolak] = np.array(ALASAN_USUL_DITOLAK, dtype=object)[rng.integers(0, len(ALASAN_USUL_DITOLAK),
                                                                               len(ditolak))]
    nip = pop.teks_nip(np.concatenate([baru, np.full(len(contoh), -1)]))

    # Urutan baris: per formasi, lalu tanggal usul.
    urut = np.lexsort((usul, formasi))
    kode_formasi = gabung(f"FRM-{tahun - 1}-", angka_teks(np.arange(1, len(unik) + 1), 5))
    instansi = np.array([p.nama for p in org.pemda], dtype=object)
    return pd.DataFrame({
        "pengadaan_id": seri(gabung(f"PGD-{tahun - 1}-", angka_teks(np.arange(1, n + 1), 6))),
        "formasi_id": seri(kode_formasi.take(pa.array(formasi[urut]))),
        "instansi": seri(instansi[pemda[urut]]),
        "tahun_formasi": pd.array(np.full(n, tahun - 1), dtype="Int64"),
        "jenis_pengadaan": seri(np.array(["CPNS", "PPPK"], dtype=object)[jenis[urut]]),
        "jabatan_formasi": seri(jabatan_formasi[urut]),
        "unit_kerja_id": seri(org.kode.take(pa.array(pop.unit[sumber][urut]))),
        "jumlah_formasi": pd.array(jumlah_formasi[formasi[urut]], dtype="Int64"),
        "jumlah_pelamar": pd.array(pelamar[formasi[urut]], dtype="Int64"),
        "nama": seri(nama_pengadaan.take(pa.array(urut))),
        "jenis_kelamin": seri(np.array(["L", "P"], dtype=object)[perempuan[urut].astype(np.int64)]),
        "tanggal_lahir": tanggal(lahir[urut]),
        "tanggal_usul_nip": tanggal(usul[urut]),
        "status": seri(np.array(STATUS_PENGADAAN, dtype=object)[status[urut]]),
        "tanggal_penetapan": tanggal(np.concatenate([tetap, kosong])[urut]),
        "nip": seri(nip.take(pa.array(urut))),
        "tmt": tanggal(np.concatenate([tmt_baru, kosong])[urut]),
        "alasan": seri(alasan[urut]),
    })


def _nama_acak(rng: np.random.Generator, perempuan: np.ndarray) -> pa.Array:
    """Nama pelamar (tanpa gelar) dari kumpulan nama Faker id_ID, menurut jenis kelamin."""
    nama = K.nama_orang()
    dasar, _, belakang = _pool_nama()
    n_dl, n_dp = len(nama["depan_L"]), len(nama["depan_P"])
    n_bl, n_bp = len(nama["belakang_L"]), len(nama["belakang_P"])
    depan = np.where(perempuan, n_dl + rng.integers(0, n_dp, len(perempuan)), rng.integers(0, n_dl, len(perempuan)))
    blk = np.where(perempuan, n_bl + rng.integers(0, n_bp, len(perempuan)), rng.integers(0, n_bl, len(perempuan)))
    return dasar.take(pa.array(kode_kombinasi(depan, blk, len(belakang))))


def _kosong() -> pd.DataFrame:
    return bentuk_tabel(pd.DataFrame({k: [] for k in TABEL["pengadaan"].nama_kolom}), "pengadaan")
