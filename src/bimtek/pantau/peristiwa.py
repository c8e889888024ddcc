"""Peristiwa kemajuan peserta: satu baris JSON per periksa mandiri, petunjuk, kuis, atau langkah e-Kinerja.

Sebuah peristiwa memuat waktu, NIP, modul, butir (soal/langkah), dan hasilnya; TIDAK PERNAH isi jawaban.
Menulis peristiwa tidak boleh memperlambat atau merusak notebook: satu `write` kecil ke berkas yang dibuka dengan
O_APPEND, dan setiap kegagalan (disk penuh, folder hilang, folder hanya-baca) diabaikan dengan paling banyak satu
peringatan singkat per proses.

Tujuan tulis:
- `BIMTEK_PANTAU_DIR` bila diisi (server pelatihan): `<folder>/<NIP>.jsonl`, satu berkas per peserta. Folder itu
  disiapkan fasilitator (lihat `bimtek.pantau.folder_hub`) dan tidak dibuat di sini.
- selain itu di samping jawaban: `jawaban/pantau.jsonl` di folder notebook, sehingga ikut terkirim oleh
  `bimtek kirim` (zip folder modul termasuk `jawaban/`). Folder kerja tanpa notebook (skrip, uji di akar
  repositori, salinan kerja penilaian yang hanya berisi berkas non-notebook) tidak ditulisi.
"""

from __future__ import annotations

import contextlib
import functools
import getpass
import json
import os
import re
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

VAR_FOLDER = "BIMTEK_PANTAU_DIR"  # diisi konfigurasi server pelatihan
VAR_NIP = "BIMTEK_NIP"  # NIP peserta bila diketahui lingkungannya (mis. laptop pelatihan yang disiapkan)
VAR_MATI = "BIMTEK_PANTAU"  # "mati": tidak mencatat apa pun (mis. saat menjalankan ulang untuk menilai)
VAR_PENGGUNA_HUB = "JUPYTERHUB_USER"  # di server pelatihan, nama pengguna = NIP / NI PPPK
FOLDER_JAWABAN = "jawaban"
NAMA_BERKAS_JAWABAN = "pantau.jsonl"
AKHIRAN = ".jsonl"
VERSI_FORMAT = 1


@dataclass(frozen=True)
class JenisHasil:
    kode: str
    label: str  # untuk tampilan fasilitator
    arti: str


# Kosakata hasil: satu tabel untuk penulis, pembaca, tampilan, dan panduan.
# "petunjuk-N": peserta membuka petunjuk tingkat N (1 = pertama) pada butir itu.
HASIL: dict[str, JenisHasil] = {
    j.kode: j
    for j in (
        JenisHasil("benar", "Benar", "periksa mandiri/kuis dijawab benar, atau langkah e-Kinerja selesai"),
        JenisHasil("salah", "Belum tepat", "jawaban diperiksa tetapi belum tepat, atau langkah ditolak aturan"),
        JenisHasil("belum", "Belum dijawab", "periksa dijalankan sebelum jawaban diisi"),
        JenisHasil("tersimpan", "Tersimpan", "butir kuis yang dinilai dijawab; benar atau salahnya baru diketahui "
                   "saat dinilai (kunci tidak ada di notebook peserta)"),
        JenisHasil("petunjuk", "Petunjuk", "membuka petunjuk tingkat N (ditulis petunjuk-N)"),
    )
}
_POLA_PETUNJUK = re.compile(r"^petunjuk-([1-9][0-9]?)$")
_NAMA_SAH = re.compile(r"[^A-Za-z0-9._-]")
BATAS_TEKS = 64  # modul dan butir adalah pengenal pendek, bukan isi jawaban


class PeringatanPantau(UserWarning):
    """Catatan kemajuan tidak dapat disimpan; latihan tetap berjalan."""


def periksa_hasil(hasil: str) -> str:
    """`hasil` yang sah dari kosakata HASIL (benar/salah/belum/petunjuk-N), atau ValueError."""
    if hasil in HASIL and hasil != "petunjuk" or isinstance(hasil, str) and _POLA_PETUNJUK.match(hasil):
        return hasil
    raise ValueError(f"hasil {hasil!r} tidak dikenal; pakai benar, salah, belum, tersimpan, atau petunjuk-N")


def tingkat_petunjuk(hasil: str) -> int:
    """N dari "petunjuk-N", 0 untuk hasil lain."""
    m = _POLA_PETUNJUK.match(hasil)
    return int(m.group(1)) if m else 0


def _pengenal(teks: str, nama: str) -> str:
    if not isinstance(teks, str) or not teks or len(teks) > BATAS_TEKS:
        raise ValueError(f"{nama} harus teks pendek (1-{BATAS_TEKS} karakter), didapat {teks!r}")
    return teks


def nip_peserta() -> str:
    """NIP/NI PPPK peserta dari lingkungan: BIMTEK_NIP, lalu nama pengguna JupyterHub; "" bila tidak diketahui.

    Di laptop NIP baru ditulis peserta saat mengirim; peristiwanya tinggal di `jawaban/` dan pembaca mengambil NIP
    dari nama kiriman (`submitted/NIP/MODUL/`)."""
    return (os.environ.get(VAR_NIP) or os.environ.get(VAR_PENGGUNA_HUB) or "").strip()


def modul_notebook() -> str:
    """Nama modul dari folder notebook (folder kerja kernel): sama dengan nama tugas nbgrader di semua tata letak."""
    return Path.cwd().name


def berkas_tujuan(nip: str | None = None) -> Path:
    """Berkas peristiwa untuk proses ini (lihat docstring modul)."""
    folder = os.environ.get(VAR_FOLDER)
    if folder:
        nama = _NAMA_SAH.sub("_", nip if nip is not None else nip_peserta())
        nama = nama or "tanpa-nip-" + _NAMA_SAH.sub("_", getpass.getuser())
        return Path(folder) / f"{nama}{AKHIRAN}"
    return Path.cwd() / FOLDER_JAWABAN / NAMA_BERKAS_JAWABAN


def baris_peristiwa(modul: str, item: str, hasil: str, nip: str, waktu: float | None = None) -> bytes:
    """Satu baris JSON (diakhiri newline) untuk satu peristiwa; waktu dalam detik epoch UTC, milidetik."""
    rekaman = {
        "v": VERSI_FORMAT,
        "waktu": round(time.time() if waktu is None else waktu, 3),
        "nip": nip,
        "modul": _pengenal(modul, "modul"),
        "item": _pengenal(item, "item"),
        "hasil": periksa_hasil(hasil),
    }
    return (json.dumps(rekaman, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def _buka_tambah(berkas: Path, buat_folder: bool) -> int:
    """Buka untuk menambah; berkas baru dibuat 0640 (pelatih satu grup membaca, peserta lain tidak)."""
    flags = os.O_WRONLY | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
    try:
        return os.open(berkas, flags)
    except FileNotFoundError:
        if buat_folder:
            berkas.parent.mkdir(exist_ok=True)
    try:
        fd = os.open(berkas, flags | os.O_CREAT | os.O_EXCL, 0o640)
    except FileExistsError:  # dibuat proses lain di antaranya
        return os.open(berkas, flags)
    if hasattr(os, "fchmod"):
        with contextlib.suppress(OSError):
            os.fchmod(fd, 0o640)  # umask pengguna (mis. 077) tidak boleh menutup akses baca grup pelatih
    return fd


@functools.lru_cache(maxsize=64)
def _folder_notebook(folder: str) -> bool:
    """Folder kerja berisi notebook: hanya di sana `jawaban/` adalah folder jawaban modul."""
    with os.scandir(folder) as isi:
        return any(e.name.endswith(".ipynb") for e in isi)


_sudah_memperingatkan = False


def _peringatan_sekali(sebab: BaseException) -> None:
    global _sudah_memperingatkan
    if _sudah_memperingatkan:
        return
    _sudah_memperingatkan = True
    alasan = getattr(sebab, "strerror", None) or str(sebab)
    warnings.warn(
        PeringatanPantau(
            f"Catatan kemajuan untuk fasilitator tidak dapat disimpan ({alasan}). Latihan Anda tetap berjalan "
            "normal; pesan ini hanya muncul sekali."
        ),
        stacklevel=3,
    )


def catat(modul: str | None, item: str, hasil: str) -> None:
    """Catat satu peristiwa kemajuan (tanpa isi jawaban). Tidak pernah melempar galat ke notebook.

    `modul` None berarti folder notebook ini (nama tugasnya). `hasil`: benar, salah, belum, atau petunjuk-N."""
    if os.environ.get(VAR_MATI, "").lower() in ("mati", "0", "off"):
        return
    try:
        nip = nip_peserta()
        data = baris_peristiwa(modul or modul_notebook(), item, hasil, nip)
        di_hub = bool(os.environ.get(VAR_FOLDER))
        if not di_hub and not _folder_notebook(os.getcwd()):
            return  # bukan folder notebook (mis. skrip atau uji di akar repositori): tidak ada jawaban di sini
        fd = _buka_tambah(berkas_tujuan(nip), buat_folder=not di_hub)
        try:
            os.write(fd, data)  # satu write kecil ke O_APPEND: baris utuh, tidak bercampur dengan proses lain
        finally:
            os.close(fd)
    except Exception as e:  # noqa: BLE001 - pencatatan tidak boleh merusak notebook apa pun sebabnya
        _peringatan_sekali(e)
