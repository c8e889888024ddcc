"""Sesi simulasi: keadaan yang disimpan ke `jawaban/<modul>.json` pada setiap perubahan dan dipulihkan saat
notebook dibuka lagi, kernel dimulai ulang, atau notebook dijalankan ulang tanpa layar (penilaian nbgrader).

Aksi yang ditolak tidak mengubah apa pun: keadaan terakhir yang baik tetap tersimpan, dan pesannya (dengan
tempat isian yang salah) disimpan di `galat` untuk ditandai di layar.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

from bimtek import jawaban
from bimtek.ekinerja import aksi
from bimtek.ekinerja.keadaan import Orang, Simulasi
from bimtek.pantau import catat

KUNCI = "ekinerja"


class Sesi:
    """Satu simulasi e-Kinerja yang tersimpan di berkas jawaban `modul` (kunci "ekinerja")."""

    def __init__(self, modul: str, awal: Simulasi) -> None:
        self.modul = modul
        self.galat: aksi.AksiDitolak | None = None
        self.pesan_muat = ""
        with warnings.catch_warnings(record=True) as catatan:
            warnings.simplefilter("always", jawaban.PeringatanJawaban)
            tersimpan = jawaban.muat(modul).get(KUNCI)
        self.pesan_muat = " ".join(str(c.message) for c in catatan)
        self.s = awal
        if isinstance(tersimpan, dict):
            try:
                pulih = Simulasi.dari_dict(tersimpan)
            except (TypeError, ValueError) as e:
                self.pesan_muat = f"Isian tersimpan tidak dapat dibaca ({e}); simulasi dimulai dari awal."
            else:
                # Data kelas (orang, RHK atasan, predikat unit) selalu dari data terbaru; isian peserta dari berkas.
                for kunci in ("pegawai", "atasan", "rhk_atasan", "predikat_unit_lain", "predikat_organisasi"):
                    setattr(pulih, kunci, getattr(awal, kunci))
                self.s = pulih
        self.pendengar: list[Callable[[], None]] = []

    def jalankan(self, fungsi: Callable[..., None], *args: Any, **kwargs: Any) -> bool:
        """Jalankan satu aksi; berhasil: simpan lalu beri tahu tampilan. Ditolak: keadaan tetap, `galat` diisi."""
        try:
            baru = aksi.terapkan(self.s, fungsi, *args, **kwargs)
        except aksi.AksiDitolak as e:
            self.galat = e
            catat(self.modul, f"ekinerja_{fungsi.__name__}", "salah")  # pantau kelas: langkah ditolak aturan
            self._kabari()
            return False
        catat(self.modul, f"ekinerja_{fungsi.__name__}", "benar")
        self.s, self.galat = baru, None
        self.simpan()
        self._kabari()
        return True

    def simpan(self) -> None:
        jawaban.simpan(self.modul, KUNCI, self.s.ke_dict())

    def _kabari(self) -> None:
        for f in self.pendengar:
            f()


def simulasi_awal(pegawai: dict[str, Any], atasan: dict[str, Any], rhk_atasan: list[str],
                  predikat_organisasi: str = "", predikat_unit_lain: list[str] | None = None) -> Simulasi:
    """Keadaan awal dari data kelas (baris tabel pegawai sebagai dict)."""

    def orang(d: dict[str, Any]) -> Orang:
        return Orang(nip=str(d.get("nip", "")), nama=str(d.get("nama", "")), jabatan=str(d.get("jabatan", "")),
                     unit_kerja=str(d.get("unit_kerja") or d.get("unit_kerja_id") or ""),
                     atasan_nip=str(d.get("atasan_nip") or ""))

    return Simulasi(pegawai=orang(pegawai), atasan=orang(atasan), rhk_atasan=list(rhk_atasan),
                    predikat_organisasi=predikat_organisasi, predikat_unit_lain=list(predikat_unit_lain or []))
