"""Latihan untuk peserta: periksa mandiri, petunjuk bertingkat, dan penjelasan galat dalam Bahasa Indonesia.

Sel pertama setiap notebook modul:

    from bimtek.latihan import pasang_bantuan_galat
    pasang_bantuan_galat()
    from bimtek.latihan.modul_1 import soal_1, soal_2, ...

Definisi soal tinggal di modul `bimtek.latihan.modul_<n>` (satu modul per modul pelatihan) dan memeriksa jawaban
dengan `bimtek.aturan` serta `bimtek.data`, tanpa menyalin aturannya.
"""

from bimtek.latihan.bantuan_galat import pasang_bantuan_galat, penjelasan
from bimtek.latihan.soal import Bagian, Salah, Soal

__all__ = ["Bagian", "Salah", "Soal", "pasang_bantuan_galat", "penjelasan"]
