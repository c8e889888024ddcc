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


def modul_1_pengguna(folder: Path) -> None:
    from bimtek import aturan
    from bimtek.data import muat
    from bimtek.latihan.kuis import Kuis
    from bimtek.latihan.kuis_modul_1 import K1, K2, K3, K4, K5, K6, L3, NI_PPPK_SOAL, NIP_SOAL, TUGAS, pegawai_profil
    from bimtek.widgets import KartuProfil
    from bimtek.widgets.form_nip_pensiun import FormPensiun, FormUraiNIP

    with _di(folder):
        urai = FormUraiNIP(TUGAS)
        urai.w_nomor.value = NIP_SOAL
        urai.w_urai.click()
        # Peserta membaca tabel hasil urai lalu memilih jawabannya.
        tabel = urai.w_hasil.value
        tmt = next(p for p in K1.pilihan if f"TMT CPNS {p}" in tabel)
        Kuis(K1, TUGAS).jawab(tmt)
        Kuis(K2, TUGAS).jawab("Perempuan" if "perempuan" in tabel else "Laki-laki")
        urai.w_nomor.value = NI_PPPK_SOAL
        urai.w_urai.click()
        tabel_pppk = urai.w_hasil.value
        assert "NI PPPK" in tabel_pppk
        Kuis(K3, TUGAS).jawab("Salah")
        Kuis(K4, TUGAS).jawab(NI_PPPK_SOAL.split()[1])
        urai.w_nomor.value = NIP_SOAL  # yang dinilai: NIP soal
        urai.w_urai.click()
        assert Kuis(L3, TUGAS).jawab({"Angka 1-8": "tanggal lahir", "Angka 9-14": "tahun dan bulan TMT CPNS",
                                      "Angka 15": "jenis kelamin", "Angka 16-18": "nomor urut"}) is True
        kartu = KartuProfil(muat("pegawai"), muat("unit_kerja"), modul=TUGAS)
        kartu.w_nip.value = aturan.format_ni_pppk(pegawai_profil()["nip"])
        kartu.w_cari.click()
        Kuis(K5, TUGAS).jawab("PPPK" if "PPPK" in kartu.w_hasil.value else "PNS")
        pensiun = FormPensiun(TUGAS)
        pensiun.w_lahir.value = "14/5/1967"
        pensiun.w_jenis.value = "Fungsional"
        pensiun.w_jenjang.value = "Ahli Madya"
        pensiun.w_hitung.click()
        bup = pensiun.w_hasil.value.split("Batas usia pensiun (BUP)")[1].split(" tahun")[0].split(">")[-1]
        Kuis(K6, TUGAS).jawab(bup)


def _ekinerja(tugas: str) -> Callable[[Path], None]:
    """Simulasi e-Kinerja: setiap langkah dikerjakan lewat widget layar (nilai diubah, tombol diklik)."""

    def jawab(folder: Path) -> None:
        from bimtek.ekinerja.notebook import LANGKAH, aplikasi, contoh_langkah

        with _di(folder):
            app = aplikasi(tugas)
            for nama in LANGKAH[tugas]:
                contoh_langkah(app, nama)

    return jawab


JAWAB: dict[str, Callable[[Path], None]] = {
    "modul-0-pengguna": modul_0_pengguna, "modul-1-pengguna": modul_1_pengguna,
    "modul-2-pengguna": _ekinerja("modul-2-pengguna"), "modul-3-pengguna": _ekinerja("modul-3-pengguna"),
}
