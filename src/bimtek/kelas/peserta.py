"""Langkah 1, peserta: impor daftar peserta (CSV/XLSX: NIP atau NI PPPK, nama, unit) ke kelas dan buku nilai."""

from __future__ import annotations

import csv
from dataclasses import asdict, dataclass
from pathlib import Path

from bimtek.galat import KesalahanPengguna
from bimtek.kelas.folder_kelas import FolderKelas, baca_json, tulis_json

KOLOM = ("nip", "nama", "unit")


@dataclass(frozen=True)
class Peserta:
    nip: str
    nama: str
    unit: str


def nomor_induk_tertulis(nip: str) -> str:
    """NIP atau NI PPPK berkelompok beserta jenisnya, seperti pada dokumen: "NIP 19860926 201505 1 001" atau
    "NI PPPK 19900101 2021 21 1 001"."""
    from bimtek.aturan import InfoNIPPPK, format_ni_pppk, format_nip, parse_nomor_induk

    try:
        pppk = isinstance(parse_nomor_induk(nip), InfoNIPPPK)
    except ValueError:
        return f"NIP {nip}"
    return f"NI PPPK {format_ni_pppk(nip)}" if pppk else f"NIP {format_nip(nip)}"


def _baris_berkas(berkas: Path) -> list[tuple[int, dict[str, str]]]:
    """Baris data beserta nomor barisnya di berkas (baris 1 = judul kolom)."""
    if berkas.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        lembar = load_workbook(berkas, read_only=True, data_only=True).worksheets[0]
        semua = [["" if v is None else str(v) for v in baris] for baris in lembar.iter_rows(values_only=True)]
    elif berkas.suffix.lower() == ".csv":
        teks = berkas.read_text(encoding="utf-8-sig")
        dialek = csv.Sniffer().sniff(teks.splitlines()[0] if teks else ",", delimiters=",;\t")
        semua = list(csv.reader(teks.splitlines(), dialek))
    else:
        raise KesalahanPengguna(f"{berkas.name}: format tidak dikenal. Gunakan berkas .csv atau .xlsx.")
    if not semua:
        raise KesalahanPengguna(f"{berkas.name} kosong. Isi baris judul NIP, nama, unit lalu data peserta.")
    judul = [j.strip().lower() for j in semua[0]]
    kurang = [k for k in KOLOM if k not in judul]
    if kurang:
        raise KesalahanPengguna(
            f"{berkas.name} baris 1: kolom {', '.join(kurang)} tidak ada. Judul kolom harus memuat NIP, nama, unit."
        )
    hasil = []
    for nomor, baris in enumerate(semua[1:], start=2):
        if not any(str(v).strip() for v in baris):
            continue
        hasil.append((nomor, {k: str(baris[judul.index(k)]).strip() if judul.index(k) < len(baris) else ""
                              for k in KOLOM}))
    return hasil


def baca_berkas(berkas: Path) -> list[Peserta]:
    """Baca dan periksa seluruh berkas; galat per baris dikumpulkan, tidak ada yang setengah jadi."""
    from bimtek.aturan import bersihkan_nip, parse_nomor_induk

    berkas = Path(berkas)
    if not berkas.exists():
        raise KesalahanPengguna(f"Berkas peserta {berkas} tidak ditemukan. Periksa nama dan letaknya.")
    galat: list[str] = []
    peserta: list[Peserta] = []
    baris_nip: dict[str, int] = {}
    for nomor, data in _baris_berkas(berkas):
        nip = bersihkan_nip(data["nip"])
        if "e+" in nip.lower() or "." in nip:
            galat.append(f"baris {nomor}: NIP '{data['nip']}' tersimpan sebagai angka sehingga digit terakhirnya "
                         "hilang (Excel hanya menyimpan 15 digit). Format kolom NIP sebagai Teks lalu isi ulang")
            continue
        try:
            parse_nomor_induk(nip)
        except ValueError as e:  # pesannya sudah menyebut nomornya dan alasannya
            galat.append(f"baris {nomor}: {e}")
            continue
        if not data["nama"]:
            galat.append(f"baris {nomor}: nama kosong untuk NIP {nip}")
            continue
        if nip in baris_nip:
            galat.append(f"baris {nomor}: NIP {nip} ganda (sudah ada di baris {baris_nip[nip]})")
            continue
        baris_nip[nip] = nomor
        peserta.append(Peserta(nip, data["nama"], data["unit"]))
    if galat:
        raise KesalahanPengguna(
            f"{berkas.name} tidak diimpor; tidak ada yang diubah. Perbaiki baris berikut lalu ulangi:\n- "
            + "\n- ".join(galat)
        )
    return peserta


def daftar(kelas: FolderKelas) -> list[Peserta]:
    return [Peserta(**p) for p in baca_json(kelas.berkas_peserta, [])]


def impor(kelas: FolderKelas, berkas: Path) -> dict[str, int]:
    """Gabungkan berkas ke daftar peserta kelas (NIP sebagai kunci) dan ke buku nilai nbgrader."""
    baru = baca_berkas(berkas)
    lama = {p.nip: p for p in daftar(kelas)}
    hitung = {"ditambah": 0, "diperbarui": 0, "tetap": 0}
    for p in baru:
        kunci = "tetap" if lama.get(p.nip) == p else ("diperbarui" if p.nip in lama else "ditambah")
        hitung[kunci] += 1
        lama[p.nip] = p
    semua = sorted(lama.values(), key=lambda p: p.nip)
    with kelas.buku_nilai() as gb:
        for p in semua:
            gb.update_or_create_student(p.nip, first_name=p.nama, last_name="")
    tulis_json(kelas.berkas_peserta, [asdict(p) for p in semua])
    return hitung


def cari(kelas: FolderKelas) -> dict[str, Peserta]:
    peserta = {p.nip: p for p in daftar(kelas)}
    if not peserta:
        raise KesalahanPengguna(
            f"Kelas {kelas.akar} belum punya peserta. Jalankan dulu: bimtek kelas peserta impor BERKAS.csv"
        )
    return peserta
