"""Menyiapkan isi widget dari data kelas (`bimtek.data.muat`): RHK atasan, bawahan dengan realisasinya, dan
pegawai contoh yang dipakai notebook Modul 2 dan 3.

Pilihan pegawai contoh deterministik (urut NIP), jadi semua peserta dan sel uji melihat orang yang sama.
Setiap fungsi menerima tabel sebagai argumen agar dapat diuji dengan tabel kecil.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from bimtek.aturan import PREDIKAT_ORGANISASI
from bimtek.widgets.form_penilaian import FormPenilaian
from bimtek.widgets.form_skp import FormSKP
from bimtek.widgets.logika_profil import baris

Tabel = Mapping[str, pd.DataFrame]
TABEL_WIDGET = ("pegawai", "unit_kerja", "rhk", "iki", "realisasi", "penilaian")


def tabel_kelas(*nama: str) -> dict[str, pd.DataFrame]:
    """Tabel data kelas yang diminta (bawaan: semua yang dipakai widget)."""
    from bimtek.data import muat

    return {n: muat(n) for n in (nama or TABEL_WIDGET)}


def pegawai(nip: str, t: Tabel) -> dict[str, Any]:
    """Satu baris tabel pegawai sebagai dict (kosong bila tidak ada)."""
    return baris(t["pegawai"], "nip", nip)


def rhk_pegawai(nip: str, t: Tabel) -> pd.DataFrame:
    """RHK milik satu pegawai, urut kode RHK."""
    rhk = t["rhk"]
    return rhk[rhk["nip"].astype(str) == str(nip)].sort_values("rhk_id")


def rhk_atasan(nip: str, t: Tabel) -> list[str]:
    """Rumusan RHK atasan langsung pegawai ini: pilihan "RHK atasan yang diintervensi" pada Form SKP."""
    atasan = pegawai(nip, t).get("atasan_nip")
    return [] if not atasan else rhk_pegawai(str(atasan), t)["rencana_hasil_kerja"].tolist()


def bawahan_langsung(nip: str, t: Tabel) -> pd.DataFrame:
    """Pegawai yang atasan langsungnya `nip`, urut NIP."""
    p = t["pegawai"]
    return p[p["atasan_nip"].astype(str) == str(nip)].sort_values("nip")


def persona_skp(t: Tabel) -> dict[str, Any]:
    """Pegawai contoh Modul 2: pelaksana pertama (urut NIP; bila tidak ada, pejabat fungsional) yang atasannya
    punya paling sedikit dua RHK untuk diintervensi."""
    p = t["pegawai"]
    for jenis in ("Pelaksana", "Fungsional"):
        for nip in sorted(p[(p["jenis_jabatan"] == jenis) & p["atasan_nip"].notna()]["nip"].astype(str)):
            if len(rhk_atasan(nip, t)) >= 2:
                return pegawai(nip, t)
    raise LookupError("Data kelas tidak memuat pegawai dengan atasan yang punya dua RHK.")


def realisasi_tahunan(t: Tabel) -> pd.DataFrame:
    """Baris realisasi Tahunan tiap IKI (urut iki_id). Baris triwulan berisi realisasi triwulan itu saja; realisasi
    tahunan Kuantitas = jumlah keempat triwulan (`aturan.realisasi_tahunan`), Kualitas, Waktu, dan Biaya diisi
    setahun. Jadi "ambil triwulan terakhir" bukan aturan umum."""
    r = t["realisasi"]
    return r[r["jenis_periode"] == "Tahunan"].sort_values("iki_id")


def rincian_kinerja(nip: str, t: Tabel) -> list[dict[str, Any]]:
    """RHK pegawai beserta IKI, target, realisasi tahunan, dan bukti dukungnya (untuk Form penilaian)."""
    akhir = realisasi_tahunan(t).set_index("iki_id")
    hasil = []
    for _, r in rhk_pegawai(nip, t).iterrows():
        iki = t["iki"][t["iki"]["rhk_id"] == r["rhk_id"]].sort_values("iki_id")
        daftar_iki = []
        for _, i in iki.iterrows():
            real = akhir.loc[i["iki_id"]] if i["iki_id"] in akhir.index else None
            daftar_iki.append({
                "indikator": i["indikator"],
                "aspek": i["aspek"],
                "target": float(i["target"]),
                "satuan": i["satuan"],
                "realisasi": None if real is None else float(real["realisasi"]),
                "bukti": None if real is None else real["bukti_dukung"],
            })
        hasil.append({"jenis": r["jenis_rhk"], "rencana_hasil_kerja": r["rencana_hasil_kerja"], "iki": daftar_iki})
    return hasil


def penilai_contoh(t: Tabel, predikat_organisasi: str = "Baik", bawahan_min: int = 4,
                   bawahan_maks: int = 8) -> dict[str, Any]:
    """Pejabat penilai contoh Modul 3: kepala unit pertama (urut kode unit) berjabatan administrator atau
    pengawas, yang unitnya berpredikat organisasi `predikat_organisasi` dan punya `bawahan_min` sampai
    `bawahan_maks` bawahan langsung di unit itu, semuanya dengan realisasi (formulir yang dapat dinilai utuh)."""
    unit = t["unit_kerja"].sort_values("unit_kerja_id")
    punya_realisasi = set(t["realisasi"]["nip"].astype(str))
    for kepala in unit[unit["predikat_organisasi"] == predikat_organisasi]["kepala_nip"].dropna().astype(str):
        if pegawai(kepala, t).get("jenis_jabatan") not in ("Administrator", "Pengawas"):
            continue
        bawahan = set(bawahan_unit(kepala, t)["nip"].astype(str))
        if bawahan_min <= len(bawahan) <= bawahan_maks and bawahan <= punya_realisasi:
            return pegawai(kepala, t)
    raise LookupError(f"Data kelas tidak memuat kepala unit berpredikat organisasi {predikat_organisasi} dengan "
                      f"{bawahan_min}-{bawahan_maks} bawahan yang semuanya punya realisasi.")


def bawahan_unit(penilai_nip: str, t: Tabel) -> pd.DataFrame:
    """Bawahan langsung penilai yang berada di unit kerja yang sama dengan penilai, urut NIP."""
    bawahan = bawahan_langsung(penilai_nip, t)
    return bawahan[bawahan["unit_kerja_id"] == pegawai(penilai_nip, t).get("unit_kerja_id")]


def bawahan_penilaian(penilai_nip: str, t: Tabel) -> list[dict[str, Any]]:
    """Bawahan langsung di unit yang sama dengan penilai, masing-masing dengan rincian kinerjanya."""
    bawahan = bawahan_unit(penilai_nip, t)
    return [
        {"nip": b["nip"], "nama": b["nama"], "jabatan": b["jabatan"], "rhk": rincian_kinerja(b["nip"], t)}
        for _, b in bawahan.iterrows()
    ]


def predikat_organisasi_unit(unit_kerja_id: str, t: Tabel) -> str:
    """Predikat kinerja organisasi unit (dari tabel unit_kerja)."""
    nilai = baris(t["unit_kerja"], "unit_kerja_id", unit_kerja_id).get("predikat_organisasi")
    if nilai not in PREDIKAT_ORGANISASI:
        raise LookupError(f"Unit {unit_kerja_id} tidak punya predikat organisasi yang sah ({nilai!r}).")
    return nilai


def predikat_pegawai_lain(penilai_nip: str, t: Tabel) -> list[str]:
    """Predikat pegawai lain di unit penilai (bukan penilai, bukan bawahan di formulir) dari tabel penilaian:
    mereka ikut dihitung dalam sebaran unit."""
    unit_id = pegawai(penilai_nip, t).get("unit_kerja_id")
    di_form = set(bawahan_unit(penilai_nip, t)["nip"].astype(str)) | {str(penilai_nip)}
    nilai = t["penilaian"]
    lain = nilai[(nilai["unit_kerja_id"] == unit_id) & ~nilai["nip"].astype(str).isin(di_form)]
    return lain.sort_values("nip")["predikat_kinerja"].tolist()


def form_skp_kelas(modul: str, t: Tabel | None = None) -> FormSKP:
    """Form SKP untuk pegawai contoh Modul 2, dengan RHK atasannya dari data kelas."""
    t = t or tabel_kelas()
    persona = persona_skp(t)
    return FormSKP(rhk_atasan(persona["nip"], t), pegawai=persona, atasan=pegawai(persona["atasan_nip"], t),
                   modul=modul)


def form_penilaian_kelas(modul: str, t: Tabel | None = None) -> FormPenilaian:
    """Form penilaian untuk pejabat penilai contoh Modul 3, dengan bawahan dan sebaran unitnya dari data kelas."""
    t = t or tabel_kelas()
    penilai = penilai_contoh(t)
    return FormPenilaian(
        bawahan_penilaian(penilai["nip"], t),
        predikat_organisasi_unit(penilai["unit_kerja_id"], t),
        predikat_lain=predikat_pegawai_lain(penilai["nip"], t),
        penilai=penilai,
        modul=modul,
    )
