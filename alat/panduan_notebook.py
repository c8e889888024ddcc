"""Kait (hook) mkdocs: halaman modul menautkan notebook PESERTA (versi tanpa kunci), bukan notebook sumber.

Versi peserta tiap tugas ditambahkan ke situs sebagai `modul/notebook/<tugas>.ipynb`. Diambil dari
`grader/release/` bila sudah dibuat dan tidak lebih tua dari sumbernya (mis. oleh `bimtek mulai`), selain itu
dibuat dengan nbgrader di folder sementara.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from bimtek.kelas.tugas_kursus import AKAR_KURSUS, FOLDER_SUMBER, daftar_tugas

FOLDER_DI_SITUS = "modul/notebook"


def _rilis_terbaru(tugas: str) -> Path | None:
    rilis = AKAR_KURSUS / "release" / tugas / f"{tugas}.ipynb"
    sumber = FOLDER_SUMBER / tugas / f"{tugas}.ipynb"
    if rilis.is_file() and rilis.stat().st_mtime >= sumber.stat().st_mtime:
        return rilis
    return None


def isi_versi_peserta() -> dict[str, bytes]:
    """Isi berkas notebook versi peserta per tugas."""
    hasil = {t: p.read_bytes() for t in daftar_tugas() if (p := _rilis_terbaru(t)) is not None}
    kurang = [t for t in daftar_tugas() if t not in hasil]
    if kurang:
        from bimtek.kelas.adaptor_nbgrader import api_kursus, buat_versi_peserta

        with tempfile.TemporaryDirectory(prefix="bimtek-panduan-") as akar:
            api = api_kursus(ubah={"CourseDirectory": {"root": akar, "db_url": f"sqlite:///{akar}/gradebook.db"}})
            for tugas, folder in buat_versi_peserta(api, kurang).items():
                hasil[tugas] = (folder / f"{tugas}.ipynb").read_bytes()
    return dict(sorted(hasil.items()))


def on_files(files: Any, config: Any) -> Any:
    from mkdocs.structure.files import File

    for tugas, isi in isi_versi_peserta().items():
        files.append(File.generated(config, f"{FOLDER_DI_SITUS}/{tugas}.ipynb", content=isi))
    return files
