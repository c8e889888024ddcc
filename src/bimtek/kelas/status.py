"""Langkah 9, status: posisi kelas per modul (dirilis, terkumpul, dinilai, dikembalikan)."""

from __future__ import annotations

from dataclasses import dataclass

from bimtek.kelas import peserta as peserta_kelas
from bimtek.kelas.folder_kelas import FolderKelas, baca_json
from bimtek.kelas.umpan_balik import NAMA_BERKAS


@dataclass
class StatusModul:
    modul: str
    dirilis: bool
    terkumpul: int
    terlambat: int
    dinilai: int
    gagal_dinilai: int
    dikembalikan: int
    peserta: int


def status(kelas: FolderKelas) -> list[StatusModul]:
    peserta = set(p.nip for p in peserta_kelas.daftar(kelas))
    hasil_nilai = baca_json(kelas.hasil_nilai, {})
    kiriman = baca_json(kelas.kiriman_masuk, {})
    submitted, feedback = kelas.direktori("submitted"), kelas.direktori("feedback")
    hasil = []
    for m in kelas.modul_kelas():  # modul yang dihitung kelas ini (kelas.yaml)
        nilai_m = {n: h for n, h in hasil_nilai.get(m, {}).items() if n in peserta}
        hasil.append(StatusModul(
            modul=m,
            dirilis=(kelas.direktori("release") / m).is_dir(),
            terkumpul=sum((submitted / n / m).is_dir() for n in peserta),
            terlambat=sum(bool(k.get("terlambat")) for n, k in kiriman.get(m, {}).items() if n in peserta),
            dinilai=sum(h["status"] == "dinilai" for h in nilai_m.values()),
            gagal_dinilai=sum(h["status"] == "gagal" for h in nilai_m.values()),
            dikembalikan=sum((feedback / n / m / NAMA_BERKAS).is_file() for n in peserta),
            peserta=len(peserta),
        ))
    return hasil


def tabel(daftar: list[StatusModul]) -> list[str]:
    judul = f"{'Modul':<24} {'Dirilis':<8} {'Terkumpul':>10} {'Terlambat':>10} {'Dinilai':>8} {'Gagal':>6} " \
            f"{'Dikembalikan':>13}"
    baris = [judul, "-" * len(judul)]
    for s in daftar:
        baris.append(f"{s.modul:<24} {'ya' if s.dirilis else 'belum':<8} {f'{s.terkumpul}/{s.peserta}':>10} "
                     f"{s.terlambat:>10} {s.dinilai:>8} {s.gagal_dinilai:>6} {s.dikembalikan:>13}")
    return baris
