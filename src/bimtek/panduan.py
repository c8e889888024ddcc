"""`bimtek panduan bangun|buka`: membangun panduan (situs, halaman cetak, PDF) dan menyajikannya di komputer ini.

Situs dibangun dengan mkdocs (mode ketat). PDF dibuat tanpa internet: halaman cetak dari mkdocs-print-site-plugin
dan halaman tiap modul dicetak oleh Chromium tanpa layar (Playwright), lengkap dengan nomor halaman.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bimtek.galat import KesalahanPengguna
from bimtek.tulis_atomik import tulis_byte

AKAR_REPO = Path(__file__).resolve().parents[2]
FOLDER_UNDUH = "unduh"
PDF_PANDUAN = "panduan-bimtek-ekinerja.pdf"
HALAMAN_CETAK = "print_page.html"
ARGUMEN_CHROMIUM = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run"]
# Kaki halaman PDF: nomor halaman dari Chromium (kelas pageNumber/totalPages adalah templat Chromium sendiri).
KAKI_HALAMAN = ('<div style="font-size:8pt;width:100%;text-align:center;color:#555">'
                '<span class="title"></span> &middot; halaman <span class="pageNumber"></span> dari '
                '<span class="totalPages"></span></div>')
# Handout fasilitator (A4, paling banyak 4 halaman): halaman modul yang sama, dicetak makin rapat sampai muat.
# Setiap tingkat: (skala cetak, tinggi maksimum gambar layar; None = gambar tidak dicetak).
TINGKAT_HANDOUT: tuple[tuple[float, str | None], ...] = ((0.8, "7.5cm"), (0.7, "5.5cm"), (0.62, None))
HALAMAN_HANDOUT_MAKS = 4


def _gaya_handout(tinggi_gambar: str | None) -> str:
    gambar = f"max-height: {tinggi_gambar}; width: auto;" if tinggi_gambar else "display: none;"
    return ("@media print { .md-typeset { line-height: 1.45; } .md-typeset h2 { margin-top: 0.9em; } "
            f".md-typeset img {{ {gambar} }} }}")


def jumlah_halaman_pdf(pdf: Path) -> int:
    """Jumlah halaman PDF dari pohon halamannya (/Count pada /Type /Pages), tanpa pustaka tambahan."""
    import re

    hitungan = [int(n) for n in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", pdf.read_bytes(), flags=re.S)]
    hitungan += [int(n) for n in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", pdf.read_bytes(), flags=re.S)]
    return max(hitungan, default=0)


@dataclass
class HasilBangun:
    situs: Path
    detik: float
    pdf: list[Path] = field(default_factory=list)
    catatan: str = ""


def cari_chromium() -> str | None:
    """Chromium/Chrome/Edge yang sudah terpasang (kit tidak pernah mengunduh peramban)."""
    if (dari_env := os.environ.get("BIMTEK_CHROMIUM")) and Path(dari_env).is_file():
        return dari_env
    for nama in ("chromium", "chromium-browser", "google-chrome", "msedge"):
        if path := shutil.which(nama):
            return path
    for path in (r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
                 r"C:\Program Files\Google\Chrome\Application\chrome.exe"):
        if Path(path).is_file():
            return path
    return None


def bangun_situs(keluaran: Path | None = None, akar: Path = AKAR_REPO) -> Path:
    """`mkdocs build --strict`: tautan rusak atau penanda tabel yang tidak dikenal membuat gagal."""
    keluaran = Path(keluaran or akar / "site").resolve()
    hasil = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(keluaran)],
                           cwd=akar, capture_output=True, text=True,
                           env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    if hasil.returncode != 0:
        raise KesalahanPengguna("Panduan gagal dibangun (mkdocs build --strict). Pesan mkdocs:\n"
                                + hasil.stderr[-3000:] + "\nPerbaiki halaman yang disebut di atas, lalu ulangi.")
    return keluaran


def halaman_modul(situs: Path) -> list[Path]:
    """Halaman modul di situs (satu per modul), urut nomor."""
    return sorted(situs.glob("modul/modul-*.html"), key=lambda p: int(p.stem.split("-")[1]))


def _cetak(halaman, html: Path, pdf: Path, skala: float = 1, gaya: str = "") -> Path:
    halaman.goto(html.as_uri(), wait_until="load")
    halaman.emulate_media(media="print")
    if gaya:
        halaman.add_style_tag(content=gaya)
    halaman.wait_for_timeout(300)  # skrip print-site menyusun daftar isi setelah 'load'
    isi = halaman.pdf(format="A4", print_background=True, display_header_footer=True, scale=skala,
                header_template="<span></span>", footer_template=KAKI_HALAMAN,
                margin={"top": "15mm", "bottom": "18mm", "left": "15mm", "right": "15mm"})
    tulis_byte(pdf, isi)
    return pdf


def cetak_pdf(situs: Path, chromium: str) -> list[Path]:
    """PDF seluruh panduan dan handout per modul (A4, bernomor halaman), dicetak dari berkas lokal (file://)."""
    from playwright.sync_api import sync_playwright

    unduh = situs / FOLDER_UNDUH
    unduh.mkdir(exist_ok=True)
    hasil = []
    with sync_playwright() as p:
        peramban = p.chromium.launch(executable_path=chromium, headless=True, args=ARGUMEN_CHROMIUM)
        try:
            halaman = peramban.new_page()
            hasil.append(_cetak(halaman, situs / HALAMAN_CETAK, unduh / PDF_PANDUAN))
            for html in halaman_modul(situs):
                pdf = unduh / f"handout-{'-'.join(html.stem.split('-')[:2])}.pdf"
                for skala, tinggi_gambar in TINGKAT_HANDOUT:
                    _cetak(halaman, html, pdf, skala, _gaya_handout(tinggi_gambar))
                    if jumlah_halaman_pdf(pdf) <= HALAMAN_HANDOUT_MAKS:
                        break
                hasil.append(pdf)
        finally:
            peramban.close()
    return hasil


def bangun(keluaran: Path | None = None, dengan_pdf: bool = True) -> HasilBangun:
    mulai = time.perf_counter()
    situs = bangun_situs(keluaran)
    hasil = HasilBangun(situs=situs, detik=0.0)
    if dengan_pdf:
        chromium = cari_chromium()
        if chromium is None:
            hasil.catatan = ("PDF tidak dibuat: Chromium, Chrome, atau Edge tidak ditemukan di komputer ini. "
                             f"Halaman cetak tetap ada ({HALAMAN_CETAK}): buka lalu tekan Ctrl+P.")
        else:
            hasil.pdf = cetak_pdf(situs, chromium)
    hasil.detik = time.perf_counter() - mulai
    return hasil


def _jalankan_bangun(args: argparse.Namespace) -> int:
    print("Membangun panduan (mkdocs, mode ketat) ...", flush=True)
    hasil = bangun(Path(args.keluaran) if args.keluaran else None, dengan_pdf=not args.tanpa_pdf)
    print(f"Panduan selesai dibangun dalam {hasil.detik:.0f} detik.")
    print(f"Baca tanpa server: {(hasil.situs / 'index.html').as_uri()}")
    print(f"Versi cetak:       {(hasil.situs / HALAMAN_CETAK).as_uri()}")
    for pdf in hasil.pdf:
        print(f"PDF:               {pdf}")
    if hasil.catatan:
        print(hasil.catatan)
    print("Sajikan di jaringan lokal: bimtek panduan buka")
    return 0


class _HandlerSenyap(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - nama dari kelas induk
        pass


def _jalankan_buka(args: argparse.Namespace) -> int:
    situs = Path(args.folder).resolve()
    if not (situs / "index.html").is_file():
        print("Panduan belum dibangun; membangun dulu ...", flush=True)
        situs = bangun(situs, dengan_pdf=False).situs
    try:
        server = http.server.ThreadingHTTPServer(
            (args.alamat, args.port), functools.partial(_HandlerSenyap, directory=str(situs)))
    except OSError as e:
        raise KesalahanPengguna(f"Port {args.port} sudah dipakai program lain ({e.strerror}). "
                                "Pilih port lain, misalnya: bimtek panduan buka --port 8002") from e
    print(f"Panduan: http://{args.alamat}:{server.server_port}/", flush=True)
    print("Tekan Ctrl+C untuk berhenti.", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("\nPanduan dihentikan.")
    finally:
        server.server_close()
    return 0


def daftarkan(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("panduan", help="bangun atau buka panduan (situs, versi cetak, PDF)",
                       description="Membangun panduan pelatihan dan menyajikannya di komputer ini.")
    anak = p.add_subparsers(dest="perintah_panduan", title="perintah", metavar="PERINTAH")
    b = anak.add_parser("bangun", help="bangun situs panduan, halaman cetak, dan PDF",
                        description="Membangun panduan ke folder site/ (mode ketat), lalu PDF seluruh panduan dan "
                                    "handout per modul bila Chromium, Chrome, atau Edge terpasang.")
    b.add_argument("--keluaran", help="folder hasil (bawaan: site/ di repositori)")
    b.add_argument("--tanpa-pdf", action="store_true", help="jangan membuat PDF (lebih cepat)")
    b.set_defaults(jalankan=_jalankan_bangun)
    o = anak.add_parser("buka", help="sajikan panduan yang sudah dibangun dan cetak alamatnya",
                        description="Menyajikan folder site/ lewat server web kecil sampai Ctrl+C ditekan.")
    o.add_argument("--folder", default=str(AKAR_REPO / "site"), help="folder situs (bawaan: site/)")
    o.add_argument("--port", type=int, default=8001, help="port (bawaan: 8001)")
    o.add_argument("--alamat", default="127.0.0.1",
                   help="alamat yang didengarkan (bawaan: 127.0.0.1; 0.0.0.0 agar laptop peserta di LAN bisa membuka)")
    o.set_defaults(jalankan=_jalankan_buka)
    p.set_defaults(jalankan=lambda _a: p.print_help() or 0)
