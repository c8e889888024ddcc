"""Potongan tampilan bersama widget e-Kinerja: judul, lencana status, kotak pesan, tabel HTML sederhana.

Semua teks dari pengguna atau data di-escape sebelum masuk HTML.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

import ipywidgets as w

from bimtek import jawaban

WARNA_STATUS = {
    "Draft": "#6b7280",
    "Diajukan": "#2563eb",
    "Disetujui": "#15803d",
    "Ditolak": "#b91c1c",
}
WARNA_PREDIKAT = {
    "Sangat Baik": "#15803d",
    "Baik": "#2563eb",
    "Butuh Perbaikan": "#d97706",
    "Kurang/Misconduct": "#b91c1c",
    "Sangat Kurang": "#7f1d1d",
}
GAYA_LABEL = {"description_width": "190px"}


def lebar_penuh() -> w.Layout:
    """Layout selebar formulir. Selalu objek baru: satu Layout yang dipakai bersama banyak widget ikut tertutup
    (atau tertinggal) bersama salah satunya."""
    return w.Layout(width="98%")


def tutup_semua(widget: w.Widget) -> None:
    """Tutup widget beserta seluruh isinya (anak, cucu, ...).

    Menutup hanya masukan di dalam kartu dan membiarkan wadahnya (HBox/VBox) hidup meninggalkan wadah yang
    merujuk model yang sudah ditutup. Saat tab notebook ditutup lalu dibuka lagi, JupyterLab meminta keadaan semua
    widget hidup dari kernel; rujukan ke model yang hilang itu membuat pemulihan gagal ("Model class
    'DropdownModel' ... can not be instantiated / widget model not found").
    """
    for anak in getattr(widget, "children", ()):
        tutup_semua(anak)
    widget.close()


def judul(teks: str, sub: str = "") -> w.HTML:
    """Bilah judul seperti kepala halaman aplikasi e-Kinerja/SIASN."""
    bawah = f"<div style='font-size:12px;opacity:.85'>{escape(sub)}</div>" if sub else ""
    return w.HTML(
        "<div style='background:#1e3a8a;color:white;padding:8px 12px;border-radius:4px'>"
        f"<b style='font-size:15px'>{escape(teks)}</b>{bawah}</div>"
    )


def subjudul(teks: str) -> w.HTML:
    return w.HTML(f"<h4 style='margin:10px 0 4px 0;color:#1e3a8a'>{escape(teks)}</h4>")


def lencana(teks: str, warna: str) -> str:
    """Lencana berwarna (HTML) untuk status SKP atau predikat."""
    return (
        f"<span style='background:{warna};color:white;padding:2px 8px;border-radius:10px;"
        f"font-weight:bold'>{escape(teks)}</span>"
    )


def kotak_pesan(pesan: Sequence[str], jika_kosong: str = "", judul_daftar: str = "") -> str:
    """Daftar pesan (merah) atau satu kalimat hijau bila tidak ada pesan."""
    if not pesan:
        if not jika_kosong:
            return ""
        return f"<div style='color:#15803d;font-weight:bold'>&#10004; {escape(jika_kosong)}</div>"
    butir = "".join(f"<li>{escape(p)}</li>" for p in pesan)
    kepala = f"<b>{escape(judul_daftar)}</b>" if judul_daftar else ""
    return f"<div style='color:#b91c1c'>{kepala}<ul style='margin:2px 0'>{butir}</ul></div>"


def info(teks: str, warna: str = "#1e3a8a") -> str:
    return f"<div style='color:{warna}'>{escape(teks)}</div>"


def tabel(kepala: Sequence[str], baris: Iterable[Sequence[object]]) -> str:
    """Tabel HTML kecil berbingkai untuk data yang hanya dibaca (RHK, IKI, realisasi, bukti)."""
    sel = "border:1px solid #d1d5db;padding:3px 6px;text-align:left;vertical-align:top"
    atas = "".join(f"<th style='{sel};background:#eef2ff'>{escape(k)}</th>" for k in kepala)
    isi = "".join(
        "<tr>" + "".join(f"<td style='{sel}'>{escape('' if v is None else str(v))}</td>" for v in b) + "</tr>"
        for b in baris
    )
    return f"<table style='border-collapse:collapse;font-size:12px;margin:4px 0'><tr>{atas}</tr>{isi}</table>"


def muat_jawaban(modul: str) -> tuple[dict[str, Any], str]:
    """Jawaban tersimpan untuk formulir, dan pesan HTML bila berkasnya rusak (ditampilkan di formulir itu
    sendiri, tempat peserta melihat, bukan hanya sebagai peringatan di bawah sel)."""
    with warnings.catch_warnings(record=True) as catatan:
        warnings.simplefilter("always", jawaban.PeringatanJawaban)
        isi = jawaban.muat(modul)
    pesan = [str(c.message) for c in catatan if issubclass(c.category, jawaban.PeringatanJawaban)]
    return isi, kotak_pesan(pesan)
