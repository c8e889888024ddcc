"""Lembar rekap per butir dari peristiwa pantau: percobaan, petunjuk, waktu ke benar pertama (perbaikan sesi)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bimtek.pantau import cuplikan as cpl
from bimtek.pantau.pantauan import dari_kelas

NAMA_LEMBAR = "Per Butir (Pantau)"
JUDUL = ["Modul", "Butir", "Judul", "Peserta mencoba", "Benar", "Belum benar", "Macet", "Percobaan",
         "Belum tepat", "Petunjuk dibuka", "Median menit ke benar pertama", "Dijawab (kuis dinilai)"]


def baris_per_butir(folder_kelas: Path) -> list[list[Any]]:
    """Satu baris per (modul, butir) untuk setiap modul yang punya peristiwa di kelas ini."""
    pantauan = dari_kelas(folder_kelas)
    peristiwa, _ = pantauan.peristiwa()
    hasil = []
    for modul in sorted({p.modul for p in peristiwa}):
        c = cpl.buat(peristiwa, modul, pantauan.peserta)
        for r in c.per_butir:
            mencoba = r.benar + r.mencoba + r.macet + r.dijawab
            hasil.append([modul, r.item, r.judul, mencoba, r.benar, r.mencoba + r.macet, r.macet, r.percobaan,
                          r.salah, r.petunjuk_dibuka, r.menit_ke_benar, r.dijawab])
    return hasil


def tambah_lembar(wb: Any, folder_kelas: Path) -> None:
    """Tambahkan lembar per butir ke buku kerja openpyxl rekap."""
    from openpyxl.styles import Font

    ws = wb.create_sheet(NAMA_LEMBAR)
    ws.append(JUDUL)
    baris = baris_per_butir(folder_kelas)
    for b in baris:
        ws.append(b)
    if not baris:
        ws.append(["(belum ada peristiwa pantau di kiriman kelas ini)"])
    for sel in ws[1]:
        sel.font = Font(bold=True)
    for i, w in enumerate([22, 10, 40, 16, 8, 12, 8, 11, 12, 15, 30, 22]):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A2"
