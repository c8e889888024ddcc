"""Ruang kerja peserta di laptop: versi peserta tiap modul (lewat adaptor nbgrader) disalin ke `ruang_kerja/`.

Ruang kerja peserta (`ruang_kerja/<tugas>/`) hanya berisi versi peserta. Berkas yang sudah ada di sana tidak
pernah ditimpa: pekerjaan peserta lebih berharga daripada versi rilis yang lebih baru.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bimtek.kelas import adaptor_nbgrader


@dataclass
class HasilPersiapan:
    """Apa yang dikerjakan persiapan: berkas baru yang disalin dan berkas peserta yang dibiarkan."""

    disalin: list[Path] = field(default_factory=list)
    dibiarkan: list[Path] = field(default_factory=list)


def _salin_tanpa_menimpa(asal: Path, tujuan: Path) -> bool:
    """Salin satu berkas bila tujuan belum ada; tulis ke samping dulu lalu tautkan, jadi tidak pernah menimpa."""
    if tujuan.exists():
        return False
    tujuan.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=tujuan.parent, prefix=".salin-", delete=False) as sementara, \
            open(asal, "rb") as sumber:
        shutil.copyfileobj(sumber, sementara)
    try:
        # os.link gagal bila tujuan sudah ada (mis. peserta baru saja menyimpan): tidak ada yang tertimpa.
        os.link(sementara.name, tujuan)
    except FileExistsError:
        return False
    finally:
        os.unlink(sementara.name)
    shutil.copymode(asal, tujuan)
    return True


def salin_ke_ruang_kerja(folder_rilis: dict[str, Path], ruang_kerja: Path) -> HasilPersiapan:
    """Salin berkas versi peserta ke `ruang_kerja/<tugas>/`; berkas yang sudah ada dibiarkan."""
    hasil = HasilPersiapan()
    for nama, folder in folder_rilis.items():
        for asal in sorted(p for p in folder.rglob("*") if p.is_file()):
            tujuan = Path(ruang_kerja) / nama / asal.relative_to(folder)
            (hasil.disalin if _salin_tanpa_menimpa(asal, tujuan) else hasil.dibiarkan).append(tujuan)
    return hasil


def siapkan_ruang_kerja(ruang_kerja: Path, api: Any = None) -> HasilPersiapan:
    """Langkah `bimtek mulai`: versi peserta semua modul, lalu salinan yang belum ada ke ruang kerja peserta."""
    api = adaptor_nbgrader.api_kursus() if api is None else api
    return salin_ke_ruang_kerja(adaptor_nbgrader.buat_versi_peserta(api), Path(ruang_kerja))
