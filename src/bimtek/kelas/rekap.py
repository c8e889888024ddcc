"""Langkah 7, rekap: nilai per peserta dan modul (CSV atau XLSX) plus ringkasan tingkat lulus per latihan."""

from __future__ import annotations

import csv
from dataclasses import asdict, dataclass
from pathlib import Path

from bimtek.galat import KesalahanPengguna
from bimtek.kelas import peserta as peserta_kelas
from bimtek.kelas.folder_kelas import FolderKelas, baca_json
from bimtek.tulis_atomik import tulis_atomik

FORMAT = ("csv", "xlsx")
NAMA_JALUR = {"pengguna": "Jalur Pengguna", "analis": "Jalur Analis"}


@dataclass
class BarisRekap:
    nip: str
    nama: str
    unit: str
    modul: str
    skor: float
    maks: float
    persen: float | None  # kosong bila belum ada kiriman yang dinilai
    status: str  # "lulus" | "belum" | "belum mengirim"
    terlambat: bool
    keterangan: str
    judul: str = ""  # judul modul dari metadata notebook, untuk dibaca orang
    jalur: str = ""  # "pengguna" | "analis" (metadata notebook)


@dataclass
class BarisLatihan:
    modul: str
    latihan: str
    poin: float
    dinilai: int
    berhasil: int
    tingkat_berhasil: float  # persen
    judul: str = ""


def data_rekap(kelas: FolderKelas, batas_lulus: float | None = None) -> tuple[list[BarisRekap], list[BarisLatihan]]:
    """Baca buku nilai nbgrader (skor, keterlambatan) dan alasan penilaian kit."""
    from bimtek.kelas.adaptor_nbgrader import MissingEntry

    batas = float(kelas.pengaturan()["batas_lulus"] if batas_lulus is None else batas_lulus)
    peserta = peserta_kelas.cari(kelas)
    hasil_nilai = baca_json(kelas.hasil_nilai, {})
    baris: list[BarisRekap] = []
    latihan: dict[tuple[str, str], list] = {}
    # Hanya modul yang dihitung kelas ini (kelas.yaml: jalur, modul); modul terpilih yang belum ada di buku nilai
    # (belum dirilis) tetap tampil sebagai belum dikirim sehingga sertifikat menunggunya. Tanpa pilihan di
    # kelas.yaml: modul yang sudah ada di buku nilai (yang dirilis), seperti sebelumnya.
    pengaturan = kelas.pengaturan()
    dipilih = bool(pengaturan.get("jalur") or pengaturan.get("modul"))
    with kelas.buku_nilai() as gb:
        di_buku = {a.name for a in gb.assignments}
        modul = kelas.modul_kelas() if dipilih else sorted(di_buku)
        info = {m: kelas.info_modul(m) for m in modul}
        for m in modul:
            judul, jalur = info[m]["judul"], info[m]["jalur"]
            if m not in di_buku:
                baris += [BarisRekap(nip, p.nama, p.unit, m, 0.0, 0.0, None, "belum mengirim", False,
                                     "modul belum dirilis", judul, jalur) for nip, p in sorted(peserta.items())]
                continue
            tugas = gb.find_assignment(m)
            for nb in tugas.notebooks:
                sumber = {c.name: c.source for c in nb.source_cells}
                for sel in nb.grade_cells:
                    latihan[(m, sel.name)] = [float(sel.max_score or 0), 0, 0, label_latihan(sel.name,
                                                                                           sumber.get(sel.name))]
            for nip, p in sorted(peserta.items()):
                hasil = hasil_nilai.get(m, {}).get(nip)
                try:
                    sub = gb.find_submission(m, nip)
                except MissingEntry:
                    sub = None
                if hasil is None or sub is None:
                    baris.append(BarisRekap(nip, p.nama, p.unit, m, 0.0, float(tugas.max_score or 0), None,
                                            "belum mengirim", False, "kiriman belum dinilai atau belum ada",
                                            judul, jalur))
                    continue
                skor, maks = float(sub.score or 0), float(sub.max_score or 0)
                if hasil["status"] == "gagal":
                    skor = 0.0
                persen = round(100 * skor / maks, 1) if maks else 0.0
                keterangan = hasil.get("alasan") or "; ".join(hasil.get("catatan", []))
                baris.append(BarisRekap(nip, p.nama, p.unit, m, skor, maks, persen,
                                        "lulus" if persen >= batas else "belum",
                                        float(sub.total_seconds_late or 0) > 0, keterangan, judul, jalur))
                if hasil["status"] == "dinilai":
                    for nbs in sub.notebooks:
                        for g in nbs.grades:
                            if (m, g.name) in latihan:
                                latihan[(m, g.name)][1] += 1
                                latihan[(m, g.name)][2] += float(g.score or 0) >= float(g.max_score or 0)
    # Modul yang belum dikerjakan siapa pun tidak masuk ringkasan (bukan 0%: belum ada yang dinilai).
    dikerjakan = {m for (m, _), (_, n, _, _) in latihan.items() if n}
    ringkas = [BarisLatihan(m, label, poin, n, ok, round(100 * ok / n, 1), info[m]["judul"])
               for (m, _), (poin, n, ok, label) in sorted(latihan.items()) if m in dikerjakan]
    return baris, ringkas


def label_latihan(grade_id: str, sumber: str | None) -> str:
    """Nama latihan untuk dibaca orang: baris komentar pertama sel uji ("# Uji Soal 1a: jam kerja per hari
    (1 poin)" -> "Soal 1a: jam kerja per hari"; "# Penilaian butir K1 (1 poin). Tidak perlu diubah." ->
    "Butir K1"), atau nama soal dari grade_id."""
    import re

    from bimtek.kelas.isolasi import nama_soal

    pertama = (sumber or "").strip().splitlines()[:1]
    if pertama and pertama[0].startswith("#"):
        teks = re.sub(r"^#+\s*((Uji|Penilaian)\s+)?", "", pertama[0])
        # Yang sesudah "(N poin)" adalah pesan untuk peserta di notebook ("Tidak perlu diubah."), bukan nama latihan.
        teks = re.sub(r"\s*\(\s*[\d.,]+\s*poin\s*\).*$", "", teks).strip()
        if teks:
            return teks[0].upper() + teks[1:]
    return nama_soal(grade_id)


def tulis(kelas: FolderKelas, format: str, keluar: Path | None = None,
          batas_lulus: float | None = None) -> list[Path]:
    if format not in FORMAT:
        raise KesalahanPengguna(f"Format rekap '{format}' tidak dikenal. Pilih csv atau xlsx.")
    baris, ringkas = data_rekap(kelas, batas_lulus)
    keluar = Path(keluar or kelas.keadaan / "rekap" / f"rekap.{format}")
    keluar.parent.mkdir(parents=True, exist_ok=True)
    if format == "csv":
        ringkasan = keluar.with_name(keluar.stem + "_latihan.csv")
        for path, data in ((keluar, baris), (ringkasan, ringkas)):
            with tulis_atomik(path, newline="") as f:
                penulis = csv.DictWriter(f, fieldnames=list(asdict(data[0]) if data else []))
                penulis.writeheader()
                penulis.writerows(asdict(b) for b in data)
        return [keluar, ringkasan]
    _tulis_xlsx(keluar, baris, ringkas, kelas.akar)
    return [keluar]


def _tulis_xlsx(keluar: Path, baris: list[BarisRekap], ringkas: list[BarisLatihan], akar: Path | None = None) -> None:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Rekap"
    judul = ["NIP", "Nama", "Unit", "Modul", "Jalur", "Skor", "Maksimum", "Persen", "Status", "Terlambat",
             "Keterangan"]
    ws.append(judul)
    for b in baris:
        ws.append([b.nip, b.nama, b.unit, b.judul or b.modul, NAMA_JALUR.get(b.jalur, b.jalur), b.skor, b.maks,
                   b.persen, b.status, "ya" if b.terlambat else "tidak", b.keterangan])
    rl = wb.create_sheet("Ringkasan Latihan")
    rl.append(["Modul", "Latihan", "Poin", "Dinilai", "Berhasil", "Tingkat berhasil (%)"])
    for r in ringkas:
        rl.append([r.judul or r.modul, r.latihan, r.poin, r.dinilai, r.berhasil, r.tingkat_berhasil])
    for lembar, lebar in ((ws, [22, 28, 18, 40, 16, 8, 10, 8, 16, 10, 60]), (rl, [40, 28, 8, 9, 9, 20])):
        for sel in lembar[1]:
            sel.font = Font(bold=True)
        for i, w in enumerate(lebar):
            lembar.column_dimensions[chr(65 + i)].width = w
        lembar.freeze_panes = "A2"
    if ringkas:
        grafik = BarChart()
        grafik.type = "bar"
        grafik.title = "Tingkat berhasil per latihan (%)"
        grafik.y_axis.title = "% peserta berhasil"
        grafik.y_axis.scaling.min, grafik.y_axis.scaling.max = 0, 100
        grafik.add_data(Reference(rl, min_col=6, min_row=1, max_row=len(ringkas) + 1), titles_from_data=True)
        grafik.set_categories(Reference(rl, min_col=2, min_row=2, max_row=len(ringkas) + 1))
        grafik.height, grafik.width = max(7.5, 0.6 * len(ringkas)), 18
        rl.add_chart(grafik, "H2")
    if akar is not None:
        from bimtek.pantau.rekap import tambah_lembar  # lembar per butir dari peristiwa pantau

        tambah_lembar(wb, akar)
    with tulis_atomik(keluar, "wb") as f:
        wb.save(f)
