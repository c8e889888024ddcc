"""Langkah 6, umpan balik: satu halaman HTML berbahasa Indonesia per peserta dan modul, tanpa bocoran.

Halaman memuat jawaban peserta, pemeriksaan yang berhasil/gagal beserta sebabnya. Wilayah uji tersembunyi
dibuang dengan praproses kursus (`bimtek.kelas.praproses.SembunyikanUjiTersembunyi`); kunci jawaban tidak
pernah ada di notebook hasil nilai (yang dinilai adalah kode peserta). Tanpa MathJax atau aset dari luar.
"""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path
from typing import Any

import nbformat
from markupsafe import Markup, escape

from bimtek.kelas import peserta as peserta_kelas
from bimtek.kelas.folder_kelas import FolderKelas, baca_json
from bimtek.kelas.praproses import SembunyikanUjiTersembunyi
from bimtek.kelas.rekap import label_latihan
from bimtek.tulis_atomik import tulis_teks

ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
BATAS_TEKS = 4000
NAMA_BERKAS = "umpan_balik.html"

SEBAB_UMUM = {
    "NotImplementedError": "jawaban belum diisi (masih berisi potongan bawaan).",
    "NameError": "ada nama yang belum didefinisikan; pastikan sel jawaban sudah diisi dan dijalankan.",
    "CellTimeoutError": "sel berjalan melebihi batas waktu, lalu dihentikan.",
    "MemoryError": "memori habis: sel memakai memori melebihi batas; kernel dimulai ulang dan soal ini tidak "
                   "mendapat poin.",
    "KernelBerhenti": "kernel berhenti mendadak di sel ini (proses kernel dimatikan); kernel dimulai ulang dan soal "
                      "ini tidak mendapat poin.",
    "SyntaxError": "ada kesalahan penulisan kode (sintaks).",
    "FileNotFoundError": "berkas yang dibutuhkan tidak ditemukan (misalnya jawaban formulir belum disimpan).",
}


def _teks(s: Any) -> str:
    s = ANSI.sub("", "".join(s) if isinstance(s, list) else str(s))
    return s if len(s) <= BATAS_TEKS else s[:BATAS_TEKS] + "\n[... dipotong]"


def sebab(keluaran: list[dict]) -> str:
    """Sebab gagal dari galat terakhir di keluaran sel uji: jenis dan pesannya saja."""
    galat = [o for o in keluaran if o.get("output_type") == "error"]
    if not galat:
        # Sel penilaian formulir tidak melempar galat: pesannya ada di kotak kit ("Butir K4: belum dijawab").
        kotak = [_teks(o.get("data", {}).get("text/html", "")) for o in keluaran
                 if "bimtek-kotak" in _teks(o.get("data", {}).get("text/html", ""))]
        if kotak and "bimtek-belum" not in kotak[-1]:
            return "jawaban belum tepat."  # kotak "jawaban tersimpan": sudah dijawab, tetapi tidak cocok kuncinya
        if kotak:
            teks = re.sub(r"<[^>]+>|&hellip;|\u2026|…", " ", kotak[-1].replace("</div>", ". "))
            teks = re.sub(r"\s*(\.\s*)+", ". ", " ".join(unescape(teks).split())).strip(" .")
            return teks + "."
        return "keluaran sel tidak sesuai harapan."
    nama, pesan = galat[-1].get("ename", ""), _teks(galat[-1].get("evalue", "")).strip()
    if nama == "AssertionError":
        return pesan or "hasil jawaban belum sesuai dengan yang diharapkan pemeriksaan."
    umum = SEBAB_UMUM.get(nama)
    if umum and "kernel dimulai ulang" in pesan:  # keluaran yang ditulis kit sendiri: jangan diulang dua kali
        return umum
    return f"{umum} ({nama}: {pesan})" if umum and pesan else umum or f"{nama}: {pesan}"


def _keluaran(sel: dict) -> str:
    bagian = []
    for o in sel.get("outputs", []):
        if o.get("output_type") == "stream":
            bagian.append(_teks(o.get("text", "")))
        elif o.get("output_type") in ("execute_result", "display_data"):
            if "application/vnd.jupyter.widget-view+json" in o.get("data", {}):
                continue  # formulir: teks polosnya hanya nama kelas Python; isiannya tampil di tabel jawaban
            bagian.append(_teks(o.get("data", {}).get("text/plain", "")))
        elif o.get("output_type") == "error":
            bagian.append(f"{o.get('ename', '')}: {_teks(o.get('evalue', ''))}")
    return _teks("".join(b if b.endswith("\n") else b + "\n" for b in bagian)).strip()


def _bagian(nb: Any, nilai_sel: dict[str, tuple[float, float]]) -> list[dict[str, Any]]:
    import markdown

    hasil = []
    for sel in nb.cells:
        meta = sel.metadata.get("nbgrader", {})
        gid = meta.get("grade_id", "")
        if sel.cell_type == "markdown" and meta.get("locked"):
            # Sel teks terkunci dipulihkan nbgrader dari sumber: aman dirender.
            hasil.append({"jenis": "teks", "html": markdown.markdown(sel.source, extensions=["tables"])})
        elif meta.get("solution") and sel.metadata.get("jupyter", {}).get("source_hidden"):
            continue  # sel formulir (kodenya tersembunyi bagi peserta): jawabannya tampil di tabel isian formulir
        elif meta.get("solution"):
            hasil.append({"jenis": "jawaban", "kode": _teks(sel.source), "keluaran": _keluaran(sel)})
        elif meta.get("grade") and sel.cell_type == "code":
            skor, maks = nilai_sel.get(gid, (0.0, float(meta.get("points", 0))))
            hasil.append({"jenis": "uji", "nama": label_latihan(gid, sel.source), "skor": f"{skor:g}",
                          "maks": f"{maks:g}", "lulus": skor >= maks, "sebab": sebab(sel.get("outputs", [])),
                          # Sel penilaian formulir (kodenya tersembunyi bagi peserta): tanpa kode di umpan balik.
                          "kode": "" if sel.metadata.get("jupyter", {}).get("source_hidden") else _teks(sel.source)})
    return hasil


_SINGKATAN = {"skp", "rhk", "iki", "nip", "bup", "tmt", "jp", "pppk", "siasn", "opd"}


def _label(kunci: object) -> str:
    """Nama kunci isian sebagai label: "rating_hasil" -> "Rating hasil", "rhk_atasan" -> "RHK atasan"; jawaban
    pengecekan pemahaman "kuis-K1" -> "Butir K1", nama yang sama dengan di notebook dan pemeriksaannya."""
    if butir := re.fullmatch(r"kuis[-_](\w+)", str(kunci), re.IGNORECASE):
        return f"Butir {butir.group(1).upper()}"
    kata = [k.upper() if k.lower() in _SINGKATAN else k for k in str(kunci).replace("_", " ").split()]
    teks = " ".join(kata)
    return teks[:1].upper() + teks[1:]


def _sajikan(nilai: Any) -> Markup:
    """Isian formulir sebagai HTML yang dibaca orang: tabel untuk daftar isian (mis. RHK di SKP), daftar untuk
    pasangan nama-nilai, teks biasa untuk nilai tunggal; tidak pernah sebongkah JSON."""
    if nilai is None or nilai == "" or nilai == [] or nilai == {}:
        return Markup("&ndash;")
    if isinstance(nilai, bool):
        return Markup("ya" if nilai else "tidak")
    if isinstance(nilai, dict):
        baris = "".join(f"<tr><th>{escape(_label(k))}</th><td>{_sajikan(v)}</td></tr>" for k, v in nilai.items())
        return Markup(f"<table>{baris}</table>")
    if isinstance(nilai, list):
        if nilai and all(isinstance(x, dict) for x in nilai):
            kolom = list(dict.fromkeys(k for x in nilai for k in x))
            kepala = "".join(f"<th>{escape(_label(k))}</th>" for k in kolom)
            isi = "".join("<tr>" + "".join(f"<td>{_sajikan(x.get(k))}</td>" for k in kolom) + "</tr>" for x in nilai)
            return Markup(f"<table><tr>{kepala}</tr>{isi}</table>")
        return Markup("<ul>" + "".join(f"<li>{_sajikan(x)}</li>" for x in nilai) + "</ul>")
    return Markup(escape(_teks(str(nilai))))


def _jawaban(folder: Path) -> list[tuple[str, list[tuple[str, Markup]]]]:
    hasil = []
    for berkas in sorted((folder / "jawaban").glob("*.json")):
        try:
            isi = json.loads(berkas.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            hasil.append((berkas.name, [("(berkas)", Markup("tidak dapat dibaca: bukan JSON yang sah"))]))
            continue
        pasangan = isi.items() if isinstance(isi, dict) else [("isi", isi)]
        hasil.append((berkas.name, [(_label(k), _sajikan(v)) for k, v in pasangan]))
    return hasil


def _nilai_sel(kelas: FolderKelas, modul: str, nip: str) -> dict[str, tuple[float, float]]:
    from bimtek.kelas.adaptor_nbgrader import MissingEntry

    with kelas.buku_nilai() as gb:
        try:
            sub = gb.find_submission(modul, nip)
        except MissingEntry:
            return {}
        return {g.name: (float(g.score or 0), float(g.max_score or 0)) for nb in sub.notebooks for g in nb.grades}


def halaman(kelas: FolderKelas, modul: str, nip: str, nama: str, batas_lulus: float) -> str:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    hasil_nilai = baca_json(kelas.hasil_nilai, {}).get(modul, {}).get(nip, {})
    folder = kelas.direktori("autograded") / nip / modul
    bagian: list[dict[str, Any]] = []
    nilai_sel = _nilai_sel(kelas, modul, nip)
    bersih = SembunyikanUjiTersembunyi()
    for berkas in sorted(folder.glob("*.ipynb")) if hasil_nilai.get("status") == "dinilai" else []:
        nb = nbformat.read(berkas, as_version=4)
        for i, sel in enumerate(nb.cells):
            bersih.preprocess_cell(sel, {}, i)
        bagian += _bagian(nb, nilai_sel)
    skor, maks = float(hasil_nilai.get("skor", 0)), float(hasil_nilai.get("maks", 0))
    persen = round(100 * skor / maks, 1) if maks else 0.0
    catatan_kiriman = baca_json(kelas.kiriman_masuk, {}).get(modul, {}).get(nip, {})
    env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templat"), autoescape=select_autoescape())
    return env.get_template("umpan_balik.html").render(
        modul=modul, judul=kelas.info_modul(modul)["judul"], nama=nama, nip=peserta_kelas.nomor_induk_tertulis(nip),
        skor=f"{skor:g}", maks=f"{maks:g}", persen=f"{persen:g}",
        lulus=persen >= batas_lulus, batas_lulus=f"{batas_lulus:g}", alasan=hasil_nilai.get("alasan", ""),
        catatan=hasil_nilai.get("catatan", []), terlambat=catatan_kiriman.get("terlambat", False),
        jawaban=_jawaban(kelas.direktori("submitted") / nip / modul), bagian=bagian,
    )


def buat(kelas: FolderKelas, modul: str) -> tuple[int, int]:
    """Tulis feedback/NIP/MODUL/umpan_balik.html untuk semua kiriman yang sudah dinilai; (ditulis, tetap)."""
    peserta = peserta_kelas.cari(kelas)
    batas_lulus = float(kelas.pengaturan()["batas_lulus"])
    dinilai = baca_json(kelas.hasil_nilai, {}).get(modul, {})
    ditulis = tetap = 0
    for nip in sorted(dinilai):
        if nip not in peserta:
            continue
        html = halaman(kelas, modul, nip, peserta[nip].nama, batas_lulus)
        tujuan = kelas.direktori("feedback") / nip / modul / NAMA_BERKAS
        if tujuan.exists() and tujuan.read_text(encoding="utf-8") == html:
            tetap += 1
            continue
        tulis_teks(tujuan, html)
        ditulis += 1
    return ditulis, tetap
