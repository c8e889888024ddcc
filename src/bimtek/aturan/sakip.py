"""Predikat evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP).

Dasar: PermenPANRB 88/2021.
"""

from __future__ import annotations

# (batas bawah eksklusif, predikat, arti): nilai > batas bawah masuk predikat itu; 0-30 adalah D.
PREDIKAT_SAKIP: tuple[tuple[float, str, str], ...] = (
    (90, "AA", "Sangat Memuaskan"),
    (80, "A", "Memuaskan"),
    (70, "BB", "Sangat Baik"),
    (60, "B", "Baik"),
    (50, "CC", "Cukup (Memadai)"),
    (30, "C", "Kurang"),
)
PREDIKAT_SAKIP_TERENDAH = ("D", "Sangat Kurang")


def predikat_sakip(nilai: float) -> str:
    """Predikat SAKIP dari nilai 0-100: >90 AA, >80 A, >70 BB, >60 B, >50 CC, >30 C, 0-30 D."""
    if isinstance(nilai, bool) or not isinstance(nilai, int | float) or not 0 <= nilai <= 100:
        raise ValueError(f"Nilai SAKIP {nilai!r} harus angka 0 sampai 100.")
    for batas, predikat, _arti in PREDIKAT_SAKIP:
        if nilai > batas:
            return predikat
    return PREDIKAT_SAKIP_TERENDAH[0]


def arti_predikat_sakip(predikat: str) -> str:
    """Arti predikat SAKIP: "BB" -> "Sangat Baik"."""
    arti = {p: a for _b, p, a in PREDIKAT_SAKIP} | {PREDIKAT_SAKIP_TERENDAH[0]: PREDIKAT_SAKIP_TERENDAH[1]}
    kunci = str(predikat).strip().upper()
    if kunci not in arti:
        raise ValueError(f"Predikat SAKIP {predikat!r} tidak dikenal. Pilihan: {', '.join(arti)}.")
    return arti[kunci]
