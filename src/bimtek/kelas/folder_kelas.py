"""Folder kelas: akar kursus nbgrader plus keadaan kelas (daftar peserta, arsip, log) di `.kelas/`."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bimtek import lokasi
from bimtek.galat import KesalahanPengguna
from bimtek.kelas import adaptor_nbgrader
from bimtek.tulis_atomik import tulis_json  # noqa: F401  (dipakai langkah-langkah kelas)

AKAR_REPO = lokasi.bahan()
VAR_LINGKUNGAN = lokasi.VAR_KELAS

# Pengaturan kelas (berkas kelas.yaml di folder kelas); nilai bawaan adalah contoh yang boleh diubah instansi.
PENGATURAN_BAWAAN: dict[str, Any] = {
    "penyelenggara": "Badan Kepegawaian Daerah (contoh)",
    "nama_pelatihan": "Bimbingan Teknis e-Kinerja",
    "penandatangan": "Kepala Badan Kepegawaian Daerah",
    "nama_penandatangan": "",
    "logo": "",
    "batas_lulus": 70.0,  # persen nilai maksimum; contoh, ditetapkan penyelenggara
    "tenggat": {},  # modul -> "YYYY-MM-DD HH:MM" (zona waktu sistem)
    "jalur": [],  # jalur yang dihitung untuk kelulusan dan sertifikat; kosong = semua jalur
    "modul": [],  # modul (nama folder tugas) yang dihitung; kosong = semua modul jalur terpilih
    "tempat": "",
    "tanggal_mulai": "",
    "tanggal_selesai": "",
}
JALUR = ("pengguna", "analis")
_TANGGAL = {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$",
            "description": "tulis tanggal seperti 2026-11-30 (tahun-bulan-tanggal)"}


# Skema kelas.yaml: satu-satunya tempat kunci dan nilai yang diizinkan ditetapkan.
SKEMA_PENGATURAN: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "penyelenggara": {"type": "string"},
        "nama_pelatihan": {"type": "string"},
        "penandatangan": {"type": "string"},
        "nama_penandatangan": {"type": ["string", "null"]},
        "logo": {"type": ["string", "null"], "description": "path berkas gambar logo (PNG/JPG)"},
        "batas_lulus": {"type": "number", "minimum": 0, "maximum": 100},
        "tenggat": {
            "type": ["object", "null"],
            "additionalProperties": {
                "type": "string", "pattern": r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$",
                "description": "tulis tenggat seperti \"2026-11-30 16:00\" (tahun-bulan-tanggal jam:menit)",
            },
        },
        "jalur": {"type": ["array", "null"], "items": {"enum": list(JALUR)}, "uniqueItems": True},
        "modul": {"type": ["array", "null"], "items": {"type": "string"}, "uniqueItems": True},
        "tempat": {"type": ["string", "null"]},
        "tanggal_mulai": _TANGGAL,
        "tanggal_selesai": _TANGGAL,
    },
}


def folder_bawaan() -> Path:
    """Folder kelas dari BIMTEK_KELAS, atau grader/ di repositori."""
    bawaan = lokasi.kelas_bawaan()
    if bawaan is None:
        raise KesalahanPengguna(
            "Belum ada folder kelas. Buat dengan: bimtek kelas buat FOLDER, lalu tunjuk dengan --kelas FOLDER "
            f"atau variabel {VAR_LINGKUNGAN}=FOLDER."
        )
    return bawaan.resolve()


@dataclass
class FolderKelas:
    """Satu kelas: akar kursus nbgrader (`akar`) dengan keadaan kelas di `akar/.kelas/`."""

    akar: Path

    def __post_init__(self) -> None:
        self.akar = Path(self.akar).resolve()

    @property
    def keadaan(self) -> Path:
        return self.akar / ".kelas"

    @property
    def berkas_peserta(self) -> Path:
        return self.keadaan / "peserta.json"

    @property
    def arsip(self) -> Path:
        return self.keadaan / "arsip"

    @property
    def catatan(self) -> Path:
        return self.keadaan / "log"

    @property
    def hasil_nilai(self) -> Path:
        """Alasan dan status penilaian terakhir per modul dan peserta."""
        return self.keadaan / "hasil_nilai.json"

    @property
    def kiriman_masuk(self) -> Path:
        return self.keadaan / "kiriman.json"

    @property
    def kiriman_ditolak(self) -> Path:
        """Berkas yang ditolak saat dikumpulkan, dengan alasannya (tidak pernah dibuang diam-diam)."""
        return self.keadaan / "ditolak.json"

    def pengaturan(self) -> dict[str, Any]:
        """kelas.yaml (diperiksa terhadap SKEMA_PENGATURAN) di atas nilai bawaan; kunci kosong memakai bawaan."""
        from bimtek import berkas_pengaturan

        hasil = dict(PENGATURAN_BAWAAN)
        berkas = self.akar / "kelas.yaml"
        if berkas.exists():
            hasil.update({k: v for k, v in berkas_pengaturan.baca(berkas, SKEMA_PENGATURAN).items() if v is not None})
        return hasil

    # --- nbgrader, lewat adaptor_nbgrader ---------------------------------------------------------------
    def konfigurasi(self, **tambahan: Any) -> Any:
        """Konfigurasi nbgrader kursus (nbgrader_config.py di folder kelas) dengan akar = folder kelas."""
        return adaptor_nbgrader.konfigurasi(self.akar, **tambahan)

    def api(self, **tambahan: Any) -> Any:
        return adaptor_nbgrader.api(self.konfigurasi(**tambahan))

    def direktori(self, nama: str) -> Path:
        """Folder nbgrader ('source', 'release', 'submitted', 'autograded', 'feedback') sebagai path mutlak."""
        return adaptor_nbgrader.direktori(self.konfigurasi(), nama)

    def url_buku_nilai(self) -> str:
        return adaptor_nbgrader.url_buku_nilai(self.konfigurasi())

    def berkas_buku_nilai(self) -> Path | None:
        url = self.url_buku_nilai()
        return Path(url.removeprefix("sqlite:///")).resolve() if url.startswith("sqlite:///") else None

    @contextmanager
    def buku_nilai(self) -> Iterator[Any]:
        with adaptor_nbgrader.buku_nilai(self.konfigurasi()) as gb:
            yield gb

    def daftar_modul(self) -> list[str]:
        """Modul (assignment) yang punya notebook sumber."""
        sumber = self.direktori("source")
        if not sumber.is_dir():
            return []
        return sorted(p.name for p in sumber.iterdir() if p.is_dir() and any(p.glob("*.ipynb")))

    def periksa_modul(self, modul: str) -> str:
        if modul not in self.daftar_modul():
            ada = ", ".join(self.daftar_modul()) or "(belum ada)"
            raise KesalahanPengguna(
                f"Modul '{modul}' tidak ada di {self.direktori('source')}. Modul yang tersedia: {ada}."
            )
        return modul

    def modul_atau_semua(self, modul: str | None) -> list[str]:
        """Modul yang disebut, atau semua modul yang dihitung kelas ini (kelas.yaml: jalur, modul)."""
        return [self.periksa_modul(modul)] if modul else self.modul_kelas()

    def info_modul(self, modul: str) -> dict[str, Any]:
        """Metadata "bimtek" notebook sumber (judul, jalur, modul, jp); nama folder bila metadata tidak ada."""
        info: dict[str, Any] = {}
        for nb in sorted((self.direktori("source") / modul).glob("*.ipynb")):
            try:
                info = json.loads(nb.read_text(encoding="utf-8")).get("metadata", {}).get("bimtek") or {}
            except ValueError:
                info = {}
            if info:
                break
        return {"judul": str(info.get("judul") or modul), "jalur": str(info.get("jalur") or ""),
                "modul": info.get("modul"), "jp": int(info.get("jp") or 0)}

    def modul_kelas(self) -> list[str]:
        """Modul yang dihitung untuk kelulusan dan sertifikat: kunci `modul` dan `jalur` di kelas.yaml
        (keduanya kosong = semua modul kursus)."""
        p = self.pengaturan()
        ada = self.daftar_modul()
        dipilih = list(p.get("modul") or [])
        asing = [m for m in dipilih if m not in ada]
        if asing:
            raise KesalahanPengguna(
                f"{self.akar / 'kelas.yaml'}: kunci modul menyebut {', '.join(asing)} yang tidak ada di "
                f"{self.direktori('source')}. Modul yang tersedia: {', '.join(ada) or '(belum ada)'}."
            )
        jalur = list(p.get("jalur") or [])
        hasil = [m for m in ada if (not dipilih or m in dipilih)
                 and (not jalur or self.info_modul(m)["jalur"] in jalur)]
        if ada and not hasil:
            raise KesalahanPengguna(
                f"{self.akar / 'kelas.yaml'}: tidak ada modul yang cocok dengan kunci jalur ({', '.join(jalur)}) dan "
                f"modul ({', '.join(dipilih) or 'semua'}). Modul yang tersedia: {', '.join(ada) or '(belum ada)'}."
            )
        return hasil


def buat_kelas_terpisah(folder: Path, konfigurasi_kursus: Path | None = None) -> FolderKelas:
    """Folder kelas baru (mis. untuk gladi atau tolok ukur) yang memakai konfigurasi kursus yang ada, dengan akar
    dan buku nilai di folder baru itu sendiri, sehingga kelas sungguhan tidak tersentuh."""
    folder = Path(folder).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    konfigurasi_kursus = Path(konfigurasi_kursus or lokasi.konfigurasi_kursus()).resolve()
    (folder / "nbgrader_config.py").write_text(
        "c = get_config()  # noqa: F821\n"
        f"load_subconfig({str(konfigurasi_kursus)!r})  # noqa: F821\n"
        f"c.CourseDirectory.root = {str(folder)!r}\n"
        f"c.CourseDirectory.db_url = {'sqlite:///' + str(folder / 'gradebook.db')!r}\n",
        encoding="utf-8",
    )
    return FolderKelas(folder)


def kelas_dari_args(args: Any) -> FolderKelas:
    folder = Path(getattr(args, "kelas", None) or folder_bawaan())
    if not folder.is_dir():
        raise KesalahanPengguna(
            f"Folder kelas {folder} tidak ada. Buat dengan: bimtek kelas buat {folder}, atau tunjuk folder lain "
            f"dengan --kelas atau variabel {VAR_LINGKUNGAN}."
        )
    if not (folder / "nbgrader_config.py").is_file():
        # Salah tunjuk (mis. folder ruang kerja atau folder kiriman): jangan diam-diam memakainya sebagai kelas kosong.
        raise KesalahanPengguna(
            f"{folder} bukan folder kelas (tidak ada nbgrader_config.py). Tunjuk folder yang dibuat "
            f"`bimtek kelas buat` dengan --kelas atau variabel {VAR_LINGKUNGAN}, atau buat kelas baru di sana: "
            f"bimtek kelas buat {folder}"
        )
    return FolderKelas(folder)


# --- penulisan aman: tulis di samping, lalu pindahkan (bimtek.tulis_atomik) -------------------------------
def baca_json(path: Path, bawaan: Any) -> Any:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else bawaan


def ganti_folder(baru: Path, tujuan: Path) -> None:
    """Ganti `tujuan` dengan `baru` (sudah lengkap) seatomik mungkin."""
    tujuan.parent.mkdir(parents=True, exist_ok=True)
    if tujuan.exists():
        lama = tujuan.with_name(tujuan.name + ".lama")
        shutil.rmtree(lama, ignore_errors=True)
        os.replace(tujuan, lama)
        os.replace(baru, tujuan)
        shutil.rmtree(lama)
    else:
        os.replace(baru, tujuan)
