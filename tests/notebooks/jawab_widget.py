"""Peserta jalur pengguna yang hanya memakai widget: API Python widget (`jawab`, `cari`) menggantikan klik.

Jawaban benar ditulis di sini dari sudut pandang peserta yang paham materinya; angka aturan diambil dari
`bimtek.aturan`. Widget dibuat persis seperti sel notebook membuatnya, di folder notebook kiriman.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def _di(folder: Path):
    lama = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(lama)


def modul_0_pengguna(folder: Path) -> None:
    from bimtek import aturan
    from bimtek.aturan import format_nip
    from bimtek.data import muat
    from bimtek.latihan.kuis import Kuis
    from bimtek.latihan.kuis_modul_0 import K1, K2, K3, K4, K5, K6, L1, TUGAS
    from bimtek.latihan.modul_0 import pegawai_soal_5
    from bimtek.widgets import KartuProfil

    with _di(folder):
        assert Kuis(L1, TUGAS).jawab("Ctrl+S") is False  # latihan: salah dulu, umpan balik langsung
        assert Kuis(L1, TUGAS).jawab("Shift+Enter") is True
        Kuis(K1, TUGAS).jawab("Jalankan > Jalankan Semua Sel")
        Kuis(K2, TUGAS).jawab("Salah")
        Kuis(K3, TUGAS).jawab("e-Kinerja")
        Kuis(K4, TUGAS).jawab(f"{aturan.JAM_KERJA_PER_MINGGU:g}".replace(".", ","))  # diketik gaya Indonesia
        Kuis(K5, TUGAS).jawab({"Menyusun SKP dan menilai kinerja": "e-Kinerja",
                               "Memeriksa riwayat pangkat dan jabatan": "SIASN",
                               "Mencatat jam datang dan jam pulang": "e-Presensi"})
        Kuis(K6, TUGAS).jawab(" skp ")
        kartu = KartuProfil(muat("pegawai"), muat("unit_kerja"), modul=TUGAS)
        kartu.w_nip.value = format_nip(pegawai_soal_5()["nip"])
        kartu.w_cari.click()


JAWAB: dict[str, Callable[[Path], None]] = {"modul-0-pengguna": modul_0_pengguna}
