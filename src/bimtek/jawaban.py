"""Penyimpanan jawaban peserta dari widget: berkas `jawaban/<modul>.json` di folder kerja notebook.

Folder kerja kernel adalah folder notebook, baik di JupyterLab peserta maupun saat nbgrader menjalankan ulang
notebook untuk menilai; karena itu sel uji yang membaca berkas ini menilai pekerjaan widget dengan benar.
Setiap perubahan ditulis utuh ke berkas sementara lalu dipindahkan ke tempatnya (atomik): kernel yang mati di
tengah penulisan tidak pernah meninggalkan berkas setengah jadi. Berkas yang rusak tidak membuat notebook gagal:
berkas itu disisihkan sebagai cadangan, peserta diberi tahu, dan pekerjaan dimulai dari kosong.
"""

from __future__ import annotations

import json
import os
import re
import warnings
from datetime import date, datetime
from pathlib import Path
from typing import Any

from bimtek.galat import KesalahanPengguna
from bimtek.tulis_atomik import tulis_teks

FOLDER_JAWABAN = "jawaban"
# Nama modul menjadi nama berkas: hanya huruf, angka, tanda hubung dan garis bawah (tidak bisa keluar folder).
_NAMA_MODUL_SAH = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")


class PeringatanJawaban(UserWarning):
    """Berkas jawaban bermasalah tetapi notebook tetap berjalan; pesannya berbahasa Indonesia."""


def lokasi(modul: str) -> Path:
    """Jalur berkas jawaban untuk `modul`, relatif terhadap folder kerja saat ini."""
    if not isinstance(modul, str) or not _NAMA_MODUL_SAH.match(modul):
        raise KesalahanPengguna(
            f"Nama modul {modul!r} tidak sah untuk berkas jawaban. Pakai huruf, angka, '-' atau '_' saja, "
            "misalnya \"modul-2\"."
        )
    return Path.cwd() / FOLDER_JAWABAN / f"{modul}.json"


def _sisihkan_berkas_rusak(berkas: Path, sebab: str) -> None:
    """Pindahkan berkas rusak ke nama cadangan (tidak pernah dihapus) lalu beri tahu peserta."""
    cap = datetime.now().strftime("%Y%m%d-%H%M%S")
    cadangan = berkas.with_name(f"{berkas.stem}.rusak-{cap}.json")
    nomor = 1
    while cadangan.exists():
        nomor += 1
        cadangan = berkas.with_name(f"{berkas.stem}.rusak-{cap}-{nomor}.json")
    os.replace(berkas, cadangan)
    warnings.warn(
        PeringatanJawaban(
            f"Berkas jawaban {berkas.parent.name}/{berkas.name} rusak ({sebab}) dan tidak dapat dibaca. "
            f"Salinannya disimpan sebagai {cadangan.parent.name}/{cadangan.name}; isian widget dimulai dari kosong. "
            "Isi ulang formulirnya, atau minta bantuan fasilitator untuk memulihkan isi cadangan."
        ),
        stacklevel=3,
    )


def muat(modul: str) -> dict[str, Any]:
    """Semua jawaban tersimpan untuk `modul` sebagai dict (kosong jika belum ada atau berkasnya rusak)."""
    berkas = lokasi(modul)
    try:
        teks = berkas.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except UnicodeDecodeError:
        _sisihkan_berkas_rusak(berkas, "bukan teks UTF-8")
        return {}
    try:
        isi = json.loads(teks)
    except json.JSONDecodeError as e:
        _sisihkan_berkas_rusak(berkas, f"JSON tidak sah di baris {e.lineno}")
        return {}
    if not isinstance(isi, dict):
        _sisihkan_berkas_rusak(berkas, "isinya bukan objek JSON {...}")
        return {}
    return isi


def _ke_json(nilai: object) -> object:
    """Ubah nilai yang lazim datang dari pandas/numpy atau tanggal ke bentuk JSON."""
    if isinstance(nilai, (date, datetime)):
        return nilai.isoformat()
    item = getattr(nilai, "item", None)  # skalar numpy (int64, float64, bool_)
    if callable(item):
        return item()
    raise TypeError(type(nilai).__name__)


def simpan(modul: str, kunci: str, nilai: Any) -> Path:
    """Simpan `nilai` di bawah `kunci` untuk `modul`; berkas ditulis utuh lalu dipindahkan (atomik)."""
    if not isinstance(kunci, str) or not kunci.strip():
        raise KesalahanPengguna(f"Kunci jawaban {kunci!r} harus berupa teks yang tidak kosong, misalnya \"skp\".")
    berkas = lokasi(modul)
    isi = muat(modul)
    isi[kunci] = nilai
    try:
        teks = json.dumps(isi, ensure_ascii=False, indent=2, sort_keys=True, default=_ke_json)
    except (TypeError, ValueError) as e:
        raise KesalahanPengguna(
            f"Jawaban untuk kunci {kunci!r} tidak dapat disimpan: jenis nilai {e} tidak dikenal. "
            "Simpan teks, angka, True/False, None, daftar (list) atau dict."
        ) from None
    tulis_teks(berkas, teks + "\n")
    return berkas
