"""Pantau kelas: peristiwa kemajuan peserta (sisi peserta) dan tampilan kelas langsung (sisi fasilitator).

Sisi peserta hanya memakai `catat(modul, item, hasil)`; impor paket ini ringan (tanpa pandas, tanpa server).
"""

from bimtek.pantau.peristiwa import HASIL, catat, periksa_hasil, tingkat_petunjuk

__all__ = ["HASIL", "catat", "periksa_hasil", "tingkat_petunjuk"]
