"""Satu-satunya pintu kit ke nbgrader: konfigurasi dan API kursus, folder kursus, buku nilai, versi peserta,
exchange (server JupyterHub), dan kelas dasar praproses yang diperluas kit.

Modul kit lain tidak mengimpor nbgrader langsung; langkah fasilitator (rilis, kumpulkan, nilai, umpan balik,
rekap) memanggil fungsi di sini. nbgrader baru diimpor saat dipakai (impornya beberapa detik), sehingga perintah
yang tidak menyentuh nbgrader tetap cepat. Kelas dasar nbgrader diambil lewat atribut modul ini, misalnya
`from bimtek.kelas.adaptor_nbgrader import Execute`.
"""

from __future__ import annotations

import importlib
import os
import shutil
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bimtek.galat import KesalahanPengguna
from bimtek.jawaban import FOLDER_JAWABAN

COURSE_ID_BAWAAN = "bimtek"

# Nama nbgrader yang dipakai modul kit lain (kelas dasar praproses, galat buku nilai), diimpor saat diminta.
_EKSPOR = {
    "MissingEntry": "nbgrader.api",
    "Gradebook": "nbgrader.api",
    "NbGraderAPI": "nbgrader.apps",
    "CourseDirectory": "nbgrader.coursedir",
    "Autograde": "nbgrader.converters",
    "Execute": "nbgrader.preprocessors",
    "OverwriteCells": "nbgrader.preprocessors",
    "ClearHiddenTests": "nbgrader.preprocessors",
    "utils": "nbgrader.utils",
}


def __getattr__(nama: str) -> Any:
    if nama in _EKSPOR:
        modul = importlib.import_module(_EKSPOR[nama])
        return modul if _EKSPOR[nama].endswith(f".{nama}") else getattr(modul, nama)
    raise AttributeError(f"module {__name__!r} has no attribute {nama!r}")


def folder_paket() -> Path:
    """Folder paket nbgrader terpasang (templat formgrader untuk umpan balik)."""
    import nbgrader

    return Path(nbgrader.__file__).parent


def _pastikan_path_venv() -> None:
    """nbgrader memanggil `alembic` lewat PATH; pastikan folder bin Python ini ada di PATH (venv tanpa activate)."""
    bin_venv = str(Path(sys.executable).parent)
    jalur = os.environ.get("PATH", "").split(os.pathsep)
    if bin_venv not in jalur:
        os.environ["PATH"] = os.pathsep.join([bin_venv, *jalur])


def konfigurasi(akar: Path, **tambahan: Any) -> Any:
    """Konfigurasi nbgrader kursus di `akar` (nbgrader_config.py di sana) dengan akar kursus = `akar`;
    `tambahan` berbentuk {"Bagian.nama": nilai}."""
    from traitlets.config import Config
    from traitlets.config.loader import PyFileConfigLoader

    _pastikan_path_venv()
    akar = Path(akar)
    cfg = Config()
    if (akar / "nbgrader_config.py").exists():
        cfg.merge(PyFileConfigLoader("nbgrader_config.py", path=str(akar)).load_config())
    cfg.CourseDirectory.root = str(akar)
    if not cfg.CourseDirectory.get("course_id"):
        cfg.CourseDirectory.course_id = COURSE_ID_BAWAAN
    for kunci, nilai in tambahan.items():
        bagian, nama = kunci.split(".", 1)
        setattr(cfg[bagian], nama, nilai)
    return cfg


def api(cfg: Any) -> Any:
    """NbGraderAPI untuk konfigurasi `cfg`."""
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    return NbGraderAPI(CourseDirectory(config=cfg), config=cfg)


def api_kursus(akar_kursus: Path | None = None, ubah: Mapping[str, Mapping[str, Any]] | None = None) -> Any:
    """NbGraderAPI kursus `akar_kursus` (bawaan: kursus kit, grader/); `ubah` menimpa nilai tertentu
    (mis. {"CourseDirectory": {"root": ...}} untuk kursus sementara pada uji)."""
    from bimtek.kelas.tugas_kursus import AKAR_KURSUS

    tambahan = {f"{bagian}.{nama}": nilai for bagian, isi in (ubah or {}).items() for nama, nilai in isi.items()}
    return api(konfigurasi(Path(akar_kursus or AKAR_KURSUS), **tambahan))


def direktori(cfg: Any, nama: str) -> Path:
    """Folder nbgrader ('source', 'release', 'submitted', 'autograded', 'feedback') sebagai path mutlak."""
    from nbgrader.coursedir import CourseDirectory

    cd = CourseDirectory(config=cfg)
    return Path(cd.format_path(getattr(cd, f"{nama}_directory"), ".", ".")).resolve()


def url_buku_nilai(cfg: Any) -> str:
    from nbgrader.coursedir import CourseDirectory

    return CourseDirectory(config=cfg).db_url


@contextmanager
def buku_nilai(cfg: Any) -> Iterator[Any]:
    """Gradebook nbgrader kursus (ditutup saat keluar dari blok)."""
    from nbgrader.api import Gradebook

    with Gradebook(url_buku_nilai(cfg), cfg.CourseDirectory.course_id) as gb:
        yield gb


def buat_versi_peserta(api_nbgrader: Any, tugas: list[str] | None = None) -> dict[str, Path]:
    """nbgrader generate_assignment untuk tiap tugas (bawaan: semua tugas di folder sumber kursus); jawaban dan
    uji tersembunyi dibuang. Kembalikan folder rilis masing-masing."""
    from bimtek.kelas.tugas_kursus import daftar_tugas

    if tugas is None:
        tugas = daftar_tugas(Path(api_nbgrader.coursedir.source_directory))
    hasil: dict[str, Path] = {}
    for nama in tugas:
        keluaran = api_nbgrader.generate_assignment(nama, force=True)
        if not keluaran["success"]:
            raise KesalahanPengguna(
                f"Versi peserta {nama} gagal dibuat (nbgrader generate_assignment). Periksa notebook sumber "
                f"notebooks/{nama}/{nama}.ipynb.\n{keluaran.get('error') or ''}{keluaran.get('log', '')[-2000:]}"
            )
        cd = api_nbgrader.coursedir
        folder = Path(cd.format_path(cd.release_directory, ".", nama))
        # Berkas jawaban widget yang tertinggal di folder sumber (mis. setelah notebook sumber dijalankan di sana)
        # berisi kunci: jangan pernah sampai ke peserta.
        shutil.rmtree(folder / FOLDER_JAWABAN, ignore_errors=True)
        hasil[nama] = folder
    return hasil


# --- exchange nbgrader (server JupyterHub) -----------------------------------------------------------------
def _exchange(kelas_exchange: str, kursus: str, modul: str, exchange: Path, folder_tugas: Path) -> Any:
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.exchange import default
    from traitlets.config import Config

    cfg = Config()
    cfg.CourseDirectory.course_id = kursus
    cfg.CourseDirectory.assignment_id = modul
    cfg.Exchange.root = str(exchange)
    cfg.Exchange.assignment_dir = str(folder_tugas)
    return getattr(default, kelas_exchange)(coursedir=CourseDirectory(config=cfg),
                                            authenticator=Authenticator(config=cfg), config=cfg)


def ambil_dari_exchange(kursus: str, modul: str, exchange: Path, rumah: Path) -> None:
    """nbgrader fetch: versi peserta `modul` dari exchange ke `rumah/modul`."""
    _exchange("ExchangeFetchAssignment", kursus, modul, exchange, rumah).start()


def kirim_ke_exchange(kursus: str, folder_modul: Path, exchange: Path) -> str:
    """nbgrader submit: folder modul ke exchange; kembalikan nama kiriman di exchange."""
    kirim = _exchange("ExchangeSubmit", kursus, folder_modul.name, exchange, folder_modul.parent)
    kirim.start()
    return kirim.assignment_filename
