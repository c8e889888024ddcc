"""Pantauan satu kelas: dari mana peristiwa dibaca dan siapa pesertanya; menghasilkan cuplikan berulang kali.

Dipakai bersama oleh tampilan terminal, halaman web lokal, dan layanan JupyterHub.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from bimtek.pantau import cuplikan as cpl
from bimtek.pantau.pembaca import Pembaca, Sumber, sumber_folder_hub, sumber_kiriman, sumber_ruang_kerja
from bimtek.pantau.peristiwa import VAR_FOLDER


@dataclass
class Pantauan:
    """`folder_hub`: folder peristiwa server; `submitted`: kiriman terkumpul; `ruang_kerja`: ruang kerja lokal;
    `peserta`: daftar (NIP, nama, unit) dari daftar peserta kelas."""

    folder_hub: Path | None = None
    submitted: Path | None = None
    ruang_kerja: Path | None = None
    peserta: list[tuple[str, str, str]] = field(default_factory=list)
    _pembaca: Pembaca = field(default_factory=Pembaca, repr=False)
    _kunci: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def sumber(self) -> list[Sumber]:
        hasil: list[Sumber] = []
        if self.folder_hub:
            hasil += sumber_folder_hub(self.folder_hub)
        if self.submitted:
            hasil += sumber_kiriman(self.submitted)
        if self.ruang_kerja:
            hasil += sumber_ruang_kerja(self.ruang_kerja)
        return hasil

    def peristiwa(self):
        """Semua peristiwa yang terbaca dan catatan berkas yang dilewati."""
        with self._kunci:  # server web melayani beberapa permintaan sekaligus; posisi baca dibagi
            return self._pembaca.baca(self.sumber())

    def cuplikan(self, modul: str | None = None) -> cpl.Cuplikan:
        peristiwa, catatan = self.peristiwa()
        if not (self.folder_hub or self.submitted or self.ruang_kerja):
            catatan = ["Tidak ada sumber peristiwa: tunjuk --folder, atau jalankan di folder kelas."]
        return cpl.buat(peristiwa, modul, self.peserta, catatan=catatan)


def dari_kelas(kelas_folder: Path | None, folder_hub: Path | None = None,
               ruang_kerja: Path | None = None) -> Pantauan:
    """Pantauan untuk folder kelas: folder hub dari argumen atau BIMTEK_PANTAU_DIR, kiriman di submitted/ kelas,
    ruang kerja lokal bila ada, dan nama peserta dari daftar peserta kelas."""
    folder_hub = folder_hub or (Path(os.environ[VAR_FOLDER]) if os.environ.get(VAR_FOLDER) else None)
    peserta: list[tuple[str, str, str]] = []
    submitted = None
    if kelas_folder is not None and Path(kelas_folder).is_dir():
        from bimtek.kelas import peserta as peserta_kelas
        from bimtek.kelas.folder_kelas import FolderKelas

        kelas = FolderKelas(Path(kelas_folder))
        peserta = [(p.nip, p.nama, p.unit) for p in peserta_kelas.daftar(kelas)]
        try:
            submitted = kelas.direktori("submitted")
        except Exception:  # noqa: BLE001 - konfigurasi nbgrader rusak: tetap tampilkan sumber lain
            submitted = Path(kelas_folder) / "submitted"
    return Pantauan(folder_hub, submitted, ruang_kerja, peserta)
