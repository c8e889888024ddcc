"""Membaca berkas peristiwa dari semua tempat yang mungkin, tanpa pernah gagal karena satu berkas rusak.

Sumber:
- folder server pelatihan (`BIMTEK_PANTAU_DIR`): `<NIP>.jsonl`, satu per peserta, semua modul;
- kiriman yang sudah dikumpulkan (kelas laptop): `submitted/<NIP>/<MODUL>/jawaban/pantau.jsonl` di folder kelas;
- ruang kerja peserta di mesin ini: `<ruang_kerja>/<MODUL>/jawaban/pantau.jsonl`.

Pembaca menyimpan posisi baca tiap berkas: penyegaran berikutnya hanya membaca baris yang baru ditambahkan.
Baris rusak atau terpotong dilewati dan dicatat (`catatan`), berkas yang tidak terbaca juga.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from bimtek.pantau.peristiwa import AKHIRAN, FOLDER_JAWABAN, NAMA_BERKAS_JAWABAN, periksa_hasil

BATAS_BERKAS = 50 * 2**20  # berkas peristiwa sewajarnya beberapa KB; yang jauh lebih besar bukan dari kit


@dataclass(frozen=True)
class Peristiwa:
    waktu: float
    nip: str
    modul: str
    item: str
    hasil: str


@dataclass(frozen=True)
class Sumber:
    berkas: Path
    nip: str = ""  # NIP dari letak berkas (nama berkas hub, folder kiriman); mengalahkan isi baris
    periksa_pemilik: bool = False  # berkas di folder hub: pemiliknya harus akun bernama NIP itu
    label: str = ""  # untuk peristiwa tanpa NIP sama sekali


def sumber_folder_hub(folder: Path) -> list[Sumber]:
    try:
        isi = sorted(p for p in Path(folder).iterdir() if p.name.endswith(AKHIRAN))
    except OSError:
        return []
    return [Sumber(p, p.name[: -len(AKHIRAN)], periksa_pemilik=True) for p in isi]


def sumber_kiriman(folder_submitted: Path) -> list[Sumber]:
    """`submitted/<NIP>/<MODUL>/jawaban/pantau.jsonl` (tata letak nbgrader setelah `bimtek kelas kumpulkan`)."""
    pola = f"*/*/{FOLDER_JAWABAN}/{NAMA_BERKAS_JAWABAN}"
    return [Sumber(p, p.parents[2].name) for p in sorted(Path(folder_submitted).glob(pola))]


def sumber_ruang_kerja(ruang_kerja: Path) -> list[Sumber]:
    pola = f"*/{FOLDER_JAWABAN}/{NAMA_BERKAS_JAWABAN}"
    return [Sumber(p, label=f"tanpa NIP ({p.parents[1].name})") for p in sorted(Path(ruang_kerja).glob(pola))]


@dataclass
class _Posisi:
    kunci: tuple[int, int]  # (st_dev, st_ino): berkas diganti (kiriman ulang) -> baca dari awal
    offset: int
    baris: int = 0  # jumlah baris utuh yang sudah dibaca (untuk menyebut nomor baris rusak)
    peristiwa: list[Peristiwa] = field(default_factory=list)
    catatan: list[str] = field(default_factory=list)


def _urai(baris: bytes, sumber: Sumber) -> Peristiwa:
    d = json.loads(baris)
    if not isinstance(d, dict):
        raise ValueError("bukan objek JSON")
    waktu = d.get("waktu")
    if not isinstance(waktu, int | float) or isinstance(waktu, bool):
        raise ValueError("waktu tidak sah")
    modul, item, hasil = d.get("modul"), d.get("item"), d.get("hasil")
    if not (isinstance(modul, str) and modul and isinstance(item, str) and item and isinstance(hasil, str)):
        raise ValueError("modul/item/hasil tidak lengkap")
    periksa_hasil(hasil)
    nip = sumber.nip or (d.get("nip") if isinstance(d.get("nip"), str) else "") or sumber.label or "tanpa NIP"
    return Peristiwa(float(waktu), nip, modul, item, hasil)


class Pembaca:
    """Membaca sumber berulang kali (tampilan langsung) dengan biaya sebanding baris baru saja."""

    def __init__(self) -> None:
        self._posisi: dict[Path, _Posisi] = {}

    def baca(self, sumber: list[Sumber]) -> tuple[list[Peristiwa], list[str]]:
        semua: list[Peristiwa] = []
        catatan: list[str] = []
        for s in sumber:
            pos = self._baca_satu(s)
            if pos is None:
                continue
            semua.extend(pos.peristiwa)
            catatan.extend(pos.catatan)
        return semua, catatan

    def _baca_satu(self, s: Sumber) -> _Posisi | None:
        try:
            with open(s.berkas, "rb") as f:
                st = os.fstat(f.fileno())
                if s.periksa_pemilik:
                    from bimtek.pantau.folder_hub import pemilik_cocok

                    if pemilik_cocok(s.berkas, st) is False:
                        return _Posisi((0, 0), 0, catatan=[
                            f"{s.berkas.name}: dibuat oleh akun lain, bukan pemilik NIP itu; diabaikan."])
                if st.st_size > BATAS_BERKAS:
                    return _Posisi((0, 0), 0, catatan=[
                        f"{s.berkas}: terlalu besar ({st.st_size // 2**20} MB); diabaikan."])
                kunci = (st.st_dev, st.st_ino)
                pos = self._posisi.get(s.berkas)
                if pos is None or pos.kunci != kunci or st.st_size < pos.offset:
                    pos = _Posisi(kunci, 0)
                    self._posisi[s.berkas] = pos
                if st.st_size == pos.offset:
                    return pos
                f.seek(pos.offset)
                data = f.read(st.st_size - pos.offset)
        except OSError as e:
            self._posisi.pop(s.berkas, None)
            return _Posisi((0, 0), 0, catatan=[f"{s.berkas}: tidak dapat dibaca ({e.strerror or e}); dilewati."])
        akhir = data.rfind(b"\n") + 1
        # Baris terakhir tanpa newline: mungkin sedang ditulis, atau terpotong (disk penuh). Dibaca lagi nanti.
        if akhir < len(data):
            pos.catatan = [c for c in pos.catatan if "belum lengkap" not in c]
            pos.catatan.append(f"{_nama(s)}: baris terakhir belum lengkap; dilewati.")
        else:
            pos.catatan = [c for c in pos.catatan if "belum lengkap" not in c]
        for baris in data[:akhir].split(b"\n")[:-1]:
            pos.baris += 1
            if not baris.strip():
                continue
            try:
                pos.peristiwa.append(_urai(baris, s))
            except (ValueError, UnicodeDecodeError) as e:
                pos.catatan.append(f"{_nama(s)} baris {pos.baris}: rusak, dilewati ({e}).")
        pos.offset += akhir
        return pos


def _nama(s: Sumber) -> str:
    return str(s.berkas)
