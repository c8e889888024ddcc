"""Langkah 8, sertifikat: PDF untuk peserta yang lulus semua modul yang dihitung kelas (kelas.yaml: jalur, modul),
dan daftar yang belum lulus."""

from __future__ import annotations

import csv
import hashlib
import sys
from datetime import date
from pathlib import Path
from typing import Any

from bimtek.galat import KesalahanPengguna
from bimtek.kelas.folder_kelas import FolderKelas
from bimtek.kelas.peserta import nomor_induk_tertulis
from bimtek.kelas.rekap import NAMA_JALUR, BarisRekap, data_rekap
from bimtek.tulis_atomik import tulis_atomik

BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember")
FONT = Path("/usr/share/fonts/truetype/dejavu")


def tanggal_indonesia(t: date) -> str:
    return f"{t.day} {BULAN[t.month - 1]} {t.year}"


def rentang_tanggal(mulai: str, selesai: str) -> str:
    """"2026-12-01", "2026-12-03" -> "1-3 Desember 2026"; satu tanggal bila yang lain kosong."""
    a = date.fromisoformat(mulai) if mulai else None
    b = date.fromisoformat(selesai) if selesai else None
    if a and b and a != b:
        if (a.year, a.month) == (b.year, b.month):
            return f"{a.day}\u2013{tanggal_indonesia(b)}"
        return f"{tanggal_indonesia(a)} s.d. {tanggal_indonesia(b)}"
    return tanggal_indonesia(a or b) if (a or b) else ""


def nomor_sertifikat(kelas: FolderKelas, pengaturan: dict[str, Any], nip: str) -> str:
    """Nomor tetap untuk pasangan kelas dan peserta: kode kelas (dari identitas kelas) / kode peserta / tahun.
    Membuat ulang sertifikat memberi nomor yang sama; peserta lain atau kelas lain memberi nomor lain."""
    identitas = "|".join(str(x) for x in (kelas.konfigurasi().CourseDirectory.course_id, kelas.akar.name,
                                           pengaturan.get("nama_pelatihan"), pengaturan.get("tempat"),
                                           pengaturan.get("tanggal_mulai")))
    kode_kelas = hashlib.sha256(identitas.encode()).hexdigest()[:6].upper()
    kode_peserta = hashlib.sha256(f"{identitas}|{nip}".encode()).hexdigest()[:8].upper()
    tahun = str(pengaturan.get("tanggal_selesai") or pengaturan.get("tanggal_mulai") or "")[:4] or "-"
    return f"BIMTEK/{kode_kelas}/{kode_peserta}/{tahun}"


def pilah(baris: list[BarisRekap]) -> tuple[dict[str, list[BarisRekap]], dict[str, list[BarisRekap]]]:
    """Kelompokkan per NIP: lulus bila semua modul kelas berstatus lulus.

    Kelas dua jalur (kelas.yaml `jalur: [pengguna, analis]`): setiap peserta mengikuti satu jalur, jadi cukup lulus
    semua modul satu jalur; sertifikat menyebut modul jalur yang lulus saja. Yang belum lulus dilaporkan untuk jalur
    yang sudah dikerjakannya (ada kiriman), agar modul jalur lain tidak tercatat sebagai kekurangan."""
    per_nip: dict[str, list[BarisRekap]] = {}
    for b in baris:
        per_nip.setdefault(b.nip, []).append(b)
    lulus: dict[str, list[BarisRekap]] = {}
    belum: dict[str, list[BarisRekap]] = {}
    for nip, bs in per_nip.items():
        per_jalur: dict[str, list[BarisRekap]] = {}
        for b in bs:
            per_jalur.setdefault(b.jalur, []).append(b)
        jalur_lulus = [j for j, js in per_jalur.items() if all(b.status == "lulus" for b in js)]
        if jalur_lulus:
            lulus[nip] = [b for j in jalur_lulus for b in per_jalur[j]]
            continue
        dikerjakan = [j for j, js in per_jalur.items() if any(b.status != "belum mengirim" for b in js)]
        belum[nip] = [b for j in (dikerjakan or per_jalur) for b in per_jalur[j]]
    return lulus, belum


def _pdf(bs: list[BarisRekap], pengaturan: dict[str, Any], tanggal: date, tujuan: Path, nomor: str,
         info: dict[str, dict[str, Any]]) -> None:
    from fpdf import FPDF

    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    huruf = "Helvetica"
    if (FONT / "DejaVuSans.ttf").exists():
        pdf.add_font("DejaVu", "", str(FONT / "DejaVuSans.ttf"))
        pdf.add_font("DejaVu", "B", str(FONT / "DejaVuSans-Bold.ttf"))
        huruf = "DejaVu"
    pdf.set_draw_color(40, 53, 147)
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, 277, 190)
    pdf.set_line_width(0.4)
    pdf.rect(13, 13, 271, 184)
    logo = pengaturan.get("logo")
    if logo:
        pdf.image(str(logo), x=133.5, y=20, h=25)
    pdf.set_y(50 if logo else 38)

    def baris(teks: str, ukuran: float, gaya: str = "", tinggi: float = 9) -> None:
        pdf.set_font(huruf, gaya, ukuran)
        pdf.multi_cell(0, tinggi, teks, align="C", new_x="LMARGIN", new_y="NEXT")

    baris(str(pengaturan["penyelenggara"]).upper(), 13, "B", 7)
    baris("SERTIFIKAT", 28, "B", 13)
    baris(f"Nomor: {nomor}", 10, "", 6)
    pdf.ln(2)
    baris("diberikan kepada", 12, "", 7)
    baris(bs[0].nama, 20, "B", 10)
    baris(nomor_induk_tertulis(bs[0].nip), 12, "", 7)
    pdf.ln(2)
    ada = {info[b.modul]["jalur"] for b in bs}
    jalur = [nama for j, nama in NAMA_JALUR.items() if j in ada]
    jp = sum(info[b.modul]["jp"] for b in bs)
    baris(f"yang telah menyelesaikan {pengaturan['nama_pelatihan']}"
          + (f", {' dan '.join(jalur)}," if jalur else "") + f" sebanyak {jp} JP, dengan modul:", 12, "", 6)
    pdf.ln(1)
    for b in sorted(bs, key=lambda b: (info[b.modul]["modul"] is None, info[b.modul]["modul"] or 0, b.modul)):
        nomor_modul = info[b.modul]["modul"]
        awal = f"Modul {nomor_modul}: " if nomor_modul is not None else ""
        baris(f"{awal}{info[b.modul]['judul']} ({info[b.modul]['jp']} JP)", 10.5, "", 5.5)
    tempat = str(pengaturan.get("tempat") or "")
    waktu = rentang_tanggal(str(pengaturan.get("tanggal_mulai") or ""), str(pengaturan.get("tanggal_selesai") or ""))
    if tempat or waktu:
        pdf.ln(1)
        baris("diselenggarakan " + " pada ".join(x for x in (f"di {tempat}" if tempat else "", waktu) if x) + ".",
              11, "", 6)
    pdf.set_xy(180, 152)
    pdf.set_font(huruf, "", 11)
    pdf.multi_cell(95, 6, f"{tanggal_indonesia(tanggal)}\n{pengaturan['penandatangan']}", align="C")
    pdf.line(192, 183, 263, 183)
    pdf.set_xy(180, 184)
    pdf.set_font(huruf, "B", 11)
    pdf.multi_cell(95, 6, str(pengaturan.get("nama_penandatangan") or "(nama penandatangan)"), align="C")
    with tulis_atomik(tujuan, "wb") as f:
        f.write(bytes(pdf.output()))


def buat(kelas: FolderKelas, keluar: Path | None = None, tanggal: date | None = None,
         batas_lulus: float | None = None) -> tuple[list[Path], Path]:
    """Sertifikat NIP.pdf per peserta yang lulus dan belum_lulus.csv (modul dan keterangannya)."""
    baris, _ = data_rekap(kelas, batas_lulus)
    if not baris:
        raise KesalahanPengguna("Belum ada modul di buku nilai. Rilis, kumpulkan, dan nilai modul terlebih dahulu.")
    keluar = Path(keluar or kelas.keadaan / "sertifikat")
    keluar.mkdir(parents=True, exist_ok=True)
    pengaturan = kelas.pengaturan()
    if pengaturan.get("logo"):
        logo = kelas.akar / Path(pengaturan["logo"])  # path relatif dibaca dari folder kelas
        if logo.is_file():
            pengaturan["logo"] = str(logo)
        else:
            print(f"Peringatan: berkas logo {logo} (kelas.yaml, kunci logo) tidak ditemukan; sertifikat dibuat "
                  "tanpa logo. Simpan logonya di sana atau kosongkan kunci logo.", file=sys.stderr)
            pengaturan["logo"] = ""
    lulus, belum = pilah(baris)
    info = {m: kelas.info_modul(m) for m in dict.fromkeys(b.modul for b in baris)}
    if tanggal is None:  # tanggal tanda tangan: hari terakhir kelas (kelas.yaml), atau hari ini
        tanggal = date.fromisoformat(pengaturan["tanggal_selesai"]) if pengaturan.get("tanggal_selesai") \
            else date.today()
    berkas = []
    for nip, bs in sorted(lulus.items()):
        tujuan = keluar / f"{nip}.pdf"
        _pdf(bs, pengaturan, tanggal, tujuan, nomor_sertifikat(kelas, pengaturan, nip), info)
        berkas.append(tujuan)
    daftar_belum = keluar / "belum_lulus.csv"
    with tulis_atomik(daftar_belum, newline="") as f:
        w = csv.writer(f)
        w.writerow(["nip", "nama", "unit", "modul_belum_lulus", "keterangan"])
        for nip, bs in sorted(belum.items()):
            kurang = [b for b in bs if b.status != "lulus"]
            # "belum mengirim" sudah tertulis di kolom modul; keterangan hanya untuk modul yang dinilai.
            w.writerow([nip, bs[0].nama, bs[0].unit,
                        "; ".join(f"{b.modul} ({b.status})" if b.persen is None else
                                  f"{b.modul} ({b.status}, {b.persen:g}%)" for b in kurang),
                        "; ".join(dict.fromkeys(f"{b.modul}: {b.keterangan}" for b in kurang
                                                if b.keterangan and b.persen is not None))])
    return berkas, daftar_belum
