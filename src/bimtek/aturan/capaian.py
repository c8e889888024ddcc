"""Capaian indikator kinerja individu (IKI) sebagai alat bantu belajar, menurut arah aspeknya.

Dasar: PermenPANRB 6/2022 tidak memberi rumus nilai; pejabat penilai menetapkan rating dari realisasi dan bukti
dukung (FAQ SIASN BKN). Persentase capaian di kit hanya alat bantu, dan harus mengikuti arah aspek IKI:
Kuantitas dan Kualitas makin besar makin baik (realisasi / target); Waktu dan Biaya makin kecil makin baik
(target / realisasi: selesai lebih cepat atau lebih hemat dari target berarti di atas 100%). Hanya Kuantitas
(jumlah) yang wajar dijumlahkan sepanjang tahun; aspek lain tidak punya aturan umum "ambil triwulan terakhir".
"""

from __future__ import annotations

from bimtek.aturan.ejaan import cocokkan
from bimtek.aturan.kinerja import ASPEK_IKI

# Arah tiap aspek IKI: True bila makin besar realisasi makin baik.
MAKIN_BESAR_MAKIN_BAIK: dict[str, bool] = {"Kuantitas": True, "Kualitas": True, "Waktu": False, "Biaya": False}
# Aspek yang realisasi periodiknya dijumlahkan menjadi realisasi tahunan.
ASPEK_KUMULATIF: frozenset[str] = frozenset({"Kuantitas"})

_PETA_ASPEK = {a.lower(): a for a in ASPEK_IKI}


class CapaianTidakDapatDihitung(ValueError):
    """Target atau realisasi tidak memungkinkan persentase capaian; pesannya menyebut sebabnya."""


def normalisasi_aspek(aspek: object) -> str:
    """Seragamkan nama aspek IKI ("waktu", " BIAYA ") ke nilai baku di ASPEK_IKI."""
    return cocokkan(aspek, _PETA_ASPEK, "Aspek IKI", ASPEK_IKI)


def capaian_iki(target: float, realisasi: float, aspek: object) -> float:
    """Persentase capaian satu IKI (alat bantu belajar), mengikuti arah aspeknya.

    Kuantitas/Kualitas: realisasi / target x 100. Waktu/Biaya: target / realisasi x 100, sehingga selesai
    dalam 10 hari untuk target 12 hari memberi 120%.
    """
    baku = normalisasi_aspek(aspek)
    try:
        target, realisasi = float(target), float(realisasi)
    except (TypeError, ValueError):
        raise CapaianTidakDapatDihitung(
            f"Target ({target!r}) dan realisasi ({realisasi!r}) harus angka untuk menghitung capaian."
        ) from None
    if target <= 0:
        raise CapaianTidakDapatDihitung(f"Target {baku.lower()} harus lebih dari 0, bukan {target:g}.")
    if realisasi < 0:
        raise CapaianTidakDapatDihitung(f"Realisasi {baku.lower()} tidak boleh negatif ({realisasi:g}).")
    if MAKIN_BESAR_MAKIN_BAIK[baku]:
        return realisasi / target * 100
    if realisasi == 0:
        raise CapaianTidakDapatDihitung(
            f"Realisasi {baku.lower()} 0 tidak dapat dibandingkan dengan target: untuk aspek {baku} makin kecil "
            "makin baik, jadi nilai 0 tidak memberi persentase yang bermakna. Periksa isian realisasinya."
        )
    return target / realisasi * 100


def realisasi_tahunan(aspek: object, realisasi_periode: list[float]) -> float | None:
    """Realisasi tahunan dari realisasi periodik: dijumlahkan untuk Kuantitas; aspek lain tidak punya aturan umum.

    Mengembalikan None untuk Kualitas, Waktu, dan Biaya: penilai menilainya dari realisasi dan bukti dukung.
    """
    baku = normalisasi_aspek(aspek)
    if baku in ASPEK_KUMULATIF:
        return float(sum(realisasi_periode))
    return None
