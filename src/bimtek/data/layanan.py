"""Tabel `usulan_layanan`: usulan kenaikan pangkat, pensiun, mutasi, dan cuti lewat layanan daring, dengan riwayat
statusnya. Kelayakan dan tanggal dibaca dari `bimtek.aturan` (jadwal KP, BUP, TMT pensiun)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from bimtek import aturan
from bimtek.aturan.kenaikan_pangkat import MASA_PANGKAT_KP_REGULER
from bimtek.data import kumpulan as K
from bimtek.data import sebaran as S
from bimtek.data.alat import acak, seri, tanggal
from bimtek.data.kinerja import Kinerja
from bimtek.data.pegawai import JABATAN, JENJANG, Organisasi, Populasi

# Alur status per jenis layanan (contoh alur aplikasi; langkah terakhir bisa berakhir "Ditolak"/"Dikembalikan").
ALUR = {
    "Kenaikan Pangkat": ("Diusulkan", "Diverifikasi", "Pertimbangan Teknis BKN", "Disetujui"),
    "Pensiun": ("Diusulkan", "Diverifikasi", "Pertimbangan Teknis BKN", "Disetujui"),
    "Mutasi": ("Diusulkan", "Diverifikasi", "Disetujui"),
    "Cuti": ("Diusulkan", "Disetujui"),
}
AKHIR_GAGAL = {"Kenaikan Pangkat": "Berkas Dikembalikan", "Pensiun": "Berkas Dikembalikan", "Mutasi": "Ditolak",
               "Cuti": "Ditolak"}
GAGAL = frozenset(AKHIR_GAGAL.values())
# Peluang usulan yang sampai langkah terakhir berakhir dikembalikan/ditolak (asumsi, agar latihan menemukannya).
PELUANG_GAGAL = 0.2
# Kode nomor SK rekaan (bukan format resmi): "KP/00012/2025".
KODE_SK = {"Kenaikan Pangkat": "KP", "Pensiun": "PENS", "Mutasi": "MUT", "Cuti": "CUTI"}


def buat_usulan(seed: int, pop: Populasi, org: Organisasi, kin: Kinerja, rinci: np.ndarray,
                acuan: dt.date, jabatan: pd.Series) -> pd.DataFrame:
    """Usulan layanan pegawai rinci; `jabatan` (nama jabatan per pegawai, urutan populasi) menentukan BUP sektor
    (guru 60, dosen 65, ...)."""
    rng = acak(seed, "usulan")
    baris: list[tuple[int, str, dt.date, str]] = []  # (pegawai, jenis, tanggal usul, keterangan)
    t_acuan = np.datetime64(acuan)

    # Kenaikan pangkat reguler pada periode KP pertama tahun berikutnya: masa dalam pangkat cukup, predikat kinerja
    # 2 tahun terakhir paling rendah Baik (aturan.PREDIKAT_MINIMAL_KP); diusulkan dua bulan sebelum TMT.
    tmt_kp = aturan.jadwal_kenaikan_pangkat(acuan.year + 1)[0]
    batas_tmt = np.datetime64(aturan.tambah_tahun(tmt_kp, -MASA_PANGKAT_KP_REGULER))
    baik = [aturan.PREDIKAT.index(p) for p in aturan.PREDIKAT_MINIMAL_KP]
    teratas = len(aturan.GOLONGAN_PNS) - 1
    dua_tahun = np.isin(kin.predikat, baik) & (kin.lalu is None or np.isin(kin.lalu.predikat, baik))
    layak = (rinci & pop.pns & (pop.tmt_golongan <= batas_tmt) & dua_tahun
             & (pop.golongan != teratas) & (rng.random(len(pop.nip)) < S.PELUANG_USUL_KP))
    usul_kp = tmt_kp - dt.timedelta(days=62)
    for i in np.flatnonzero(layak):
        baru = aturan.golongan_berikutnya(pop.nama_golongan(i))
        hari_ke = int(rng.integers(0, 28))
        baris.append((i, "Kenaikan Pangkat", usul_kp + dt.timedelta(days=hari_ke),
                      f"KP reguler TMT {tmt_kp.isoformat()}: {pop.nama_golongan(i)} ke {baru}"))

    # Pensiun: PNS yang mencapai BUP dalam 15 bulan sesudah tanggal acuan, diusulkan sekitar setahun sebelumnya.
    calon = np.flatnonzero(rinci & pop.pns & ((t_acuan - pop.lahir).astype(np.int64) > 55 * 365))
    for i in calon:
        jenjang = JENJANG[pop.jenjang[i]] if pop.jenjang[i] >= 0 else None
        bup = aturan.batas_usia_pensiun(JABATAN[pop.jenis_jabatan[i]], jenjang, jabatan=str(jabatan.iat[i]))
        lahir = pop.lahir[i].astype(dt.date)
        tmt = aturan.tmt_pensiun(lahir, bup)
        usul = tmt - dt.timedelta(days=365 - int(rng.integers(0, 60)))
        if tmt <= acuan + dt.timedelta(days=460) and usul <= acuan:
            baris.append((i, "Pensiun", usul, f"Pensiun BUP {bup} tahun, TMT {tmt.isoformat()}"))

    # Mutasi dan cuti: sebagian kecil pegawai sepanjang tahun.
    awal = dt.date(acuan.year, 1, 1)
    for jenis, peluang in (("Mutasi", 0.01), ("Cuti", 0.10)):
        for i in np.flatnonzero(rinci & (rng.random(len(pop.nip)) < peluang)):
            usul = awal + dt.timedelta(days=int(rng.integers(0, 330)))
            if jenis == "Mutasi":
                tujuan = org.nama[int(rng.integers(0, len(org.nama)))]
                ket = f"Mutasi ke {tujuan}"
            else:
                ket = f"{K.JENIS_CUTI[int(rng.integers(0, len(K.JENIS_CUTI)))]} {int(rng.integers(1, 13))} hari kerja"
            baris.append((i, jenis, usul, ket))

    baris.sort(key=lambda b: (b[2], int(pop.nip[b[0]]), b[1]))
    status, riwayat = [], []
    for _, jenis, usul, _ket in baris:
        alur = ALUR[jenis]
        langkah = int(rng.integers(1, len(alur) + 1))
        gagal = langkah == len(alur) and rng.random() < PELUANG_GAGAL
        d = usul
        catatan = []
        for k in range(langkah):
            if k:
                d = d + dt.timedelta(days=int(rng.integers(2, 11)))
                if d > acuan:
                    break
            nama = AKHIR_GAGAL[jenis] if gagal and k == langkah - 1 else alur[k]
            catatan.append(f"{d.isoformat()} {nama}")
        status.append(catatan[-1].split(" ", 1)[1])
        riwayat.append(" | ".join(catatan))
    n = len(baris)
    idx = np.array([b[0] for b in baris], dtype=np.int64)
    jenis = np.array([b[1] for b in baris], dtype=object)
    dokumen, alasan, nomor_sk, tanggal_sk = _dokumen_dan_keputusan(seed, jenis, status, riwayat, acuan.year)
    return pd.DataFrame({
        "usulan_id": seri(np.array([f"USL-{acuan.year}-{k + 1:06d}" for k in range(n)], dtype=object)),
        "nip": seri(pop.teks_nip(idx)),
        "jenis_layanan": seri(np.array([b[1] for b in baris], dtype=object)),
        "tanggal_usul": tanggal(np.array([b[2] for b in baris], dtype="datetime64[D]")),
        "status": seri(np.array(status, dtype=object)),
        "riwayat_status": seri(np.array(riwayat, dtype=object)),
        "keterangan": seri(np.array([b[3] for b in baris], dtype=object)),
        "dokumen": seri(dokumen),
        "alasan": seri(alasan),
        "nomor_sk": seri(nomor_sk),
        "tanggal_sk": tanggal(tanggal_sk),
    })


def _dokumen_dan_keputusan(seed: int, jenis: np.ndarray, status: list[str], riwayat: list[str], tahun: int):
    """Dokumen yang diunggah, alasan bila dikembalikan/ditolak, dan SK (nomor, tanggal) bila disetujui.

    Aliran acak sendiri ("usulan-keputusan"), jadi kolom usulan yang lain tidak bergeser.
    """
    rng = acak(seed, "usulan-keputusan")
    n = len(jenis)
    dokumen = np.array([K.DOKUMEN_LAYANAN[j] for j in jenis], dtype=object)
    alasan = np.full(n, None, dtype=object)
    nomor = np.full(n, None, dtype=object)
    tgl_sk = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    for k in range(n):
        if status[k] in GAGAL:
            pilihan = K.ALASAN_PENOLAKAN[jenis[k]]
            alasan[k] = pilihan[int(rng.integers(0, len(pilihan)))]
        elif status[k] == "Disetujui":
            nomor[k] = f"{KODE_SK[jenis[k]]}/{k + 1:05d}/{tahun}"
            tgl_sk[k] = np.datetime64(riwayat[k].rsplit(" | ", 1)[-1].split(" ", 1)[0])
    return dokumen, alasan, nomor, tgl_sk
