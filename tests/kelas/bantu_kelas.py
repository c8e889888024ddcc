"""Bahan bersama uji kelas: kursus kecil tests/kelas/kursus_contoh (bukan modul sungguhan) dan peserta contoh."""

from __future__ import annotations

from pathlib import Path

KURSUS_CONTOH = Path(__file__).parent / "kursus_contoh"
MODUL_UJI = "latihan-uji"
JAWABAN_BENAR = {"latihan-uji.json": {"predikat": "Baik"}}
NIP_A, NIP_B = "198609262015051001", "199312282021012001"


def tulis_peserta(folder: Path, baris: list[str]) -> Path:
    berkas = folder / "peserta.csv"
    berkas.write_text("NIP,nama,unit\n" + "\n".join(baris) + "\n", encoding="utf-8")
    return berkas


def pekerja_mati_sekali(akar: str, modul: str, nip: str, konfigurasi: dict) -> dict:
    """Pengganti nilai_satu untuk uji: proses pekerja mati mendadak sekali untuk NIP_A (seperti penilai yang
    jatuh), lalu menilai seperti biasa."""
    import os

    from bimtek.kelas import nilai

    penanda = Path(akar) / ".kelas" / "sudah_mati"
    if nip == NIP_A and not penanda.exists():
        penanda.touch()
        os._exit(1)
    return nilai.nilai_satu_asli(akar, modul, nip, konfigurasi)
