"""Salinan dataset yang "dikotori" secara realistis untuk latihan pembersihan data, dengan manifest yang mencatat
setiap perubahan: NIP berspasi, ejaan rating tidak seragam, baris ganda, nilai kosong, format tanggal campur."""

from __future__ import annotations

import numpy as np
import pandas as pd

from bimtek.data.alat import acak
from bimtek.data.kamus import Dataset

# (tabel, kolom, jenis kekotoran, porsi baris)
RENCANA = (
    ("pegawai", "nip", "nip_berspasi", 0.03),
    ("pegawai", "jenis_kelamin", "ejaan_tidak_seragam", 0.02),
    ("pegawai", "tanggal_lahir", "format_tanggal_lain", 0.01),
    ("pegawai", "tempat_lahir", "nilai_kosong", 0.02),
    ("pegawai", "pendidikan", "nilai_kosong", 0.01),
    ("pegawai", "email", "nilai_kosong", 0.02),
    ("penilaian", "nip", "nip_berspasi", 0.02),
    ("penilaian", "rating_hasil_kerja", "ejaan_tidak_seragam", 0.08),
    ("penilaian", "rating_perilaku_kerja", "ejaan_tidak_seragam", 0.08),
    ("penilaian", "predikat_kinerja", "ejaan_tidak_seragam", 0.05),
    ("penilaian", "rating_perilaku_kerja", "nilai_kosong", 0.01),
    ("presensi", "jam_pulang", "nilai_kosong", 0.01),
)
GANDA = {"pegawai": 0.01, "penilaian": 0.01, "presensi": 0.005}


def _ejaan(rng: np.random.Generator, nilai: str, kolom: str) -> str:
    """Variasi ejaan yang masih dikenali aturan.normalisasi_* (huruf besar/kecil, 'diatas', tanpa 'Ekspektasi')."""
    if kolom == "jenis_kelamin":
        return str(rng.choice({"L": ["l", "Laki-laki", "LAKI-LAKI"], "P": ["p", "Perempuan", "PEREMPUAN"]}[nilai]))
    if kolom == "predikat_kinerja" and nilai == "Kurang/Misconduct":
        return str(rng.choice(["Kurang", "KURANG", "kurang/misconduct"]))
    pilihan = [nilai.upper(), nilai.lower(), f" {nilai} "]
    if "Ekspektasi" in nilai:
        pilihan += [nilai.replace(" Ekspektasi", ""), nilai.replace("Di Atas", "Diatas").replace("Di Bawah", "Dibawah")]
    return str(rng.choice(pilihan))


def _nip_berspasi(rng: np.random.Generator, nip: str) -> str:
    bentuk = int(rng.integers(0, 3))
    if bentuk == 0 and len(nip) == 18:
        return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
    return f" {nip}" if bentuk == 1 else f"{nip} "


def kotori(dataset: Dataset, seed: int) -> Dataset:
    """Kembalikan Dataset baru yang dikotori; manifestnya di `info["manifest_kotor"]`."""
    rng = acak(seed, "kotor")
    tabel = {k: v.copy() for k, v in dataset.tabel.items()}
    catatan: list[dict] = []
    dipakai: dict[tuple[str, str], set[int]] = {}  # satu sel dikotori paling banyak sekali
    for nama, kolom, jenis, porsi in RENCANA:
        df = tabel[nama]
        if df.empty:
            continue
        sudah = dipakai.setdefault((nama, kolom), set())
        calon = np.flatnonzero(df[kolom].notna().to_numpy())
        calon = calon[~np.isin(calon, list(sudah))]
        pilih = np.sort(rng.choice(calon, size=max(1, round(porsi * len(df))), replace=False))
        sudah.update(int(i) for i in pilih)
        if pd.api.types.is_datetime64_any_dtype(df[kolom]):
            df[kolom] = df[kolom].dt.strftime("%Y-%m-%d").astype("str")
        asli = df[kolom].astype(object).to_numpy()
        baru = asli.copy()
        for i in pilih:
            if jenis == "nip_berspasi":
                baru[i] = _nip_berspasi(rng, asli[i])
            elif jenis == "ejaan_tidak_seragam":
                baru[i] = _ejaan(rng, asli[i], kolom)
            elif jenis == "format_tanggal_lain":
                y, m, d = asli[i].split("-")
                baru[i] = f"{d}-{m}-{y}" if rng.random() < 0.5 else f"{d}/{m}/{y}"
            else:
                baru[i] = None
        df[kolom] = pd.Series(baru, index=df.index, dtype="str")
        for i in pilih:
            catatan.append({"tabel": nama, "kolom": kolom, "jenis": jenis, "_asal": int(i),
                            "nilai_asli": asli[i], "nilai_kotor": baru[i]})
    posisi: dict[str, np.ndarray] = {}
    for nama, df in tabel.items():
        n = len(df)
        ganda = np.sort(rng.choice(n, size=round(GANDA.get(nama, 0) * n), replace=False)) if n else np.array([], int)
        urut = np.sort(np.concatenate([np.arange(n), ganda]), kind="stable")
        tabel[nama] = df.iloc[urut].reset_index(drop=True)
        pertama = np.searchsorted(urut, np.arange(n))
        posisi[nama] = pertama
        for i in ganda:
            catatan.append({"tabel": nama, "kolom": None, "jenis": "baris_ganda", "_asal": int(i),
                            "nilai_asli": None, "nilai_kotor": None})
    for c in catatan:
        c["baris"] = int(posisi[c["tabel"]][c.pop("_asal")])
        if c["jenis"] == "baris_ganda":
            c["baris_ganda"] = c["baris"] + 1
    catatan.sort(key=lambda c: (c["tabel"], c["baris"], c["kolom"] or "", c["jenis"]))
    manifest = {
        "keterangan": "Daftar semua kekotoran yang sengaja ditambahkan. 'baris' adalah nomor baris data (mulai 0, "
                      "tanpa baris judul) pada berkas kotor; 'baris_ganda' adalah salinan persis baris itu.",
        "seed": seed,
        "jumlah": {j: sum(1 for c in catatan if c["jenis"] == j) for j in sorted({c["jenis"] for c in catatan})},
        "ejaan_dikenali_oleh": "bimtek.aturan.normalisasi_rating / normalisasi_predikat / bersihkan_nip",
        "perubahan": catatan,
    }
    info = dict(dataset.info) | {"kotor": True, "manifest_kotor": manifest,
                                 "jumlah_baris": {k: len(v) for k, v in tabel.items()}}
    return Dataset(tabel, info)
