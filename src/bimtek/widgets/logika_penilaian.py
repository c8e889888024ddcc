"""Aturan Form penilaian (pejabat penilai menilai bawahan) sebagai fungsi biasa, dapat diuji tanpa peramban.

Dasar: PermenPANRB 6/2022 (umpan balik, rating hasil kerja dan rating perilaku kerja, predikat dari kuadran
kinerja) dan SE MenPANRB 3/2023 (pola distribusi predikat pegawai menurut predikat kinerja organisasi).
Isian tiap bawahan disimpan sebagai dict JSON: `umpan_balik`, `rating_hasil_kerja`, `rating_perilaku_kerja`,
`predikat_kinerja`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bimtek.aturan import (
    POLA_DISTRIBUSI,
    HasilDistribusi,
    normalisasi_predikat_organisasi,
    periksa_distribusi,
    predikat_kinerja,
)
from bimtek.ekinerja.aksi import (
    pesan_rating,
    pesan_umpan_balik,
    uraian_pola,  # noqa: F401 - satu rumah dengan layar Kurva simulasi
)


def entri_kosong() -> dict[str, Any]:
    """Isian penilaian satu bawahan yang belum diisi."""
    return {"umpan_balik": "", "rating_hasil_kerja": None, "rating_perilaku_kerja": None, "predikat_kinerja": None}


def predikat_entri(entri: dict[str, Any]) -> str | None:
    """Predikat kinerja dari dua rating entri; None selama salah satu rating belum dipilih."""
    hasil, perilaku = entri.get("rating_hasil_kerja"), entri.get("rating_perilaku_kerja")
    if not hasil or not perilaku:
        return None
    return predikat_kinerja(hasil, perilaku)


def lengkapi_entri(entri: dict[str, Any]) -> dict[str, Any]:
    """Salinan entri dengan predikat kinerja yang dihitung ulang dari kedua rating."""
    return {**entri_kosong(), **entri, "predikat_kinerja": predikat_entri(entri)}


def periksa_entri(entri: dict[str, Any], nama: str = "Bawahan") -> list[str]:
    """Apa yang belum lengkap pada penilaian satu bawahan (aturan simulasi e-Kinerja, `bimtek.ekinerja.aksi`)."""
    return (pesan_umpan_balik(entri.get("umpan_balik"), nama)
            + pesan_rating(entri.get("rating_hasil_kerja"), entri.get("rating_perilaku_kerja"), nama))


def distribusi_unit(
    predikat_organisasi: str, entri: Iterable[dict[str, Any]], predikat_lain: Iterable[str] = ()
) -> HasilDistribusi | None:
    """Sebaran predikat unit (bawahan yang sudah dinilai ditambah pegawai lain unit itu) terhadap polanya.

    None bila belum ada satu pun predikat.
    """
    daftar = [p for p in (predikat_entri(e) for e in entri) if p] + [p for p in predikat_lain if p]
    if not daftar:
        return None
    return periksa_distribusi(predikat_organisasi, daftar)


def batas_pola(predikat_organisasi: str) -> list[tuple[tuple[str, ...], float | None, float | None]]:
    """Batas pola distribusi untuk grafik: (kelompok predikat, proporsi minimal, proporsi maksimal).

    Syarat "sebagian besar" (lebih dari separuh) digambar sebagai batas minimal 50%."""
    org = normalisasi_predikat_organisasi(predikat_organisasi)
    return [
        (
            b.kelompok,
            0.5 if b.sebagian_besar else None if b.minimal is None else float(b.minimal),
            None if b.maksimal is None else float(b.maksimal),
        )
        for b in POLA_DISTRIBUSI[org]
    ]
