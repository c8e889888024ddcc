"""Hukuman disiplin karena tidak masuk kerja tanpa alasan yang sah.

Dasar: PP 94/2021 tentang Disiplin PNS, Ps. 11 (akumulasi dalam satu tahun; 10 hari kerja berturut-turut
berakibat pemberhentian).
"""

from __future__ import annotations

# (paling sedikit hari, hukuman) akumulatif dalam satu tahun, dari yang terberat.
HUKUMAN_KETIDAKHADIRAN: tuple[tuple[int, str], ...] = (
    (28, "Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS"),
    (25, "Pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan"),
    (21, "Penurunan jabatan setingkat lebih rendah selama 12 bulan"),
    (17, "Pemotongan tunjangan kinerja sebesar 25% selama 12 bulan"),
    (14, "Pemotongan tunjangan kinerja sebesar 25% selama 9 bulan"),
    (11, "Pemotongan tunjangan kinerja sebesar 25% selama 6 bulan"),
    (7, "Pernyataan tidak puas secara tertulis"),
    (4, "Teguran tertulis"),
    (3, "Teguran lisan"),
)
HARI_BERTURUT_PEMBERHENTIAN = 10


def hukuman_disiplin_ketidakhadiran(hari: int, berturut_turut: int = 0) -> str | None:
    """Hukuman disiplin untuk `hari` kerja tidak masuk tanpa alasan sah (akumulasi satu tahun) menurut
    PP 94/2021 Ps. 11; None bila kurang dari 3 hari. `berturut_turut` >= 10 hari berakibat pemberhentian."""
    for nilai, nama in ((hari, "hari"), (berturut_turut, "berturut_turut")):
        if isinstance(nilai, bool) or not isinstance(nilai, int) or nilai < 0:
            raise ValueError(f"Jumlah {nama} {nilai!r} harus bilangan bulat 0 atau lebih.")
    if berturut_turut > hari:
        raise ValueError(f"Hari berturut-turut ({berturut_turut}) tidak boleh lebih dari jumlah hari ({hari}).")
    if berturut_turut >= HARI_BERTURUT_PEMBERHENTIAN:
        return HUKUMAN_KETIDAKHADIRAN[0][1]
    for minimal, hukuman in HUKUMAN_KETIDAKHADIRAN:
        if hari >= minimal:
            return hukuman
    return None
