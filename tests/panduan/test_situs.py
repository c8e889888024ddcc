"""Situs hasil bangunan: tautan dan gambar lokal ada, setiap gambar berteks alternatif, tidak ada host luar, tidak
ada kunci jawaban atau uji tersembunyi, tooltip berbahasa Indonesia, dan PDF (panduan + handout) yang benar."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import nbformat
import pytest

from bimtek.kelas.tugas_kursus import FOLDER_SUMBER, daftar_tugas
from bimtek.panduan import FOLDER_UNDUH, PDF_PANDUAN, halaman_modul


class _Tautan(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rujukan: list[tuple[str, str]] = []
        self.gambar_tanpa_alt: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        for nama in ("href", "src"):
            if a.get(nama):
                self.rujukan.append((tag, a[nama] or ""))
        if tag == "img" and not (a.get("alt") or "").strip():
            self.gambar_tanpa_alt.append(a.get("src") or "")


def _halaman_html(situs: Path) -> list[Path]:
    # 404.html disajikan server web untuk alamat apa pun, jadi tautannya sengaja mutlak (/assets/...).
    return sorted(p for p in situs.rglob("*.html") if p != situs / "404.html")


def _urai(html: Path) -> _Tautan:
    p = _Tautan()
    p.feed(html.read_text(encoding="utf-8"))
    return p


def test_tautan_dan_gambar_lokal_ada(situs: Path) -> None:
    rusak = []
    for html in _halaman_html(situs):
        for tag, rujukan in _urai(html).rujukan:
            u = urlparse(rujukan)
            if u.scheme or rujukan.startswith(("#", "//", "data:", "mailto:")):
                continue
            target = (html.parent / unquote(u.path)).resolve() if u.path else html
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                rusak.append(f"{html.relative_to(situs)}: <{tag}> {rujukan}")
    assert not rusak, rusak


def test_setiap_gambar_punya_teks_alternatif(situs: Path) -> None:
    jumlah_gambar = 0
    tanpa_alt = []
    for html in _halaman_html(situs):
        t = _urai(html)
        jumlah_gambar += sum(1 for tag, _ in t.rujukan if tag == "img")
        tanpa_alt += [f"{html.relative_to(situs)}: {s}" for s in t.gambar_tanpa_alt]
    assert jumlah_gambar >= 5, "panduan semestinya bergambar (tangkapan layar)"
    assert not tanpa_alt, tanpa_alt


HOST = re.compile(
    r"""(?:src|href|action)\s*=\s*["'](?:https?:)?//|url\(\s*["']?(?:https?:)?//|@import\s+["']?https?:""",
    re.IGNORECASE,
)


def test_tidak_ada_host_luar_di_html_dan_css(situs: Path) -> None:
    temuan = []
    for berkas in [*situs.rglob("*.html"), *situs.rglob("*.css")]:
        for m in HOST.finditer(berkas.read_text(encoding="utf-8", errors="replace")):
            temuan.append(f"{berkas.relative_to(situs)}: {m.group(0)}")
    assert not temuan, temuan


def _teks_rahasia() -> list[str]:
    """Baris kunci jawaban dan uji tersembunyi notebook sumber (cukup panjang agar khas)."""
    rahasia = []
    for tugas in daftar_tugas():
        nb = nbformat.read(FOLDER_SUMBER / tugas / f"{tugas}.ipynb", as_version=4)
        for sel in nb.cells:
            for blok in re.findall(r"### BEGIN (?:SOLUTION|HIDDEN TESTS)\n(.*?)### END", sel.source, flags=re.S):
                rahasia += [b.strip() for b in blok.splitlines() if len(b.strip()) >= 25]
    return rahasia


def test_tanpa_kunci_jawaban_dan_uji_tersembunyi(situs: Path) -> None:
    rahasia = _teks_rahasia()
    assert rahasia, "notebook sumber semestinya punya kunci jawaban; pola penanda berubah?"
    bocor = []
    for berkas in [*situs.rglob("*.html"), *situs.rglob("*.ipynb"), *situs.rglob("search_index.js*")]:
        teks = berkas.read_text(encoding="utf-8", errors="replace")
        if "BEGIN SOLUTION" in teks or "BEGIN HIDDEN TESTS" in teks:
            bocor.append(f"{berkas.relative_to(situs)}: penanda nbgrader")
        bocor += [f"{berkas.relative_to(situs)}: {r[:60]}" for r in rahasia if r in teks]
    assert not bocor, bocor


def test_tooltip_dan_antarmuka_berbahasa_indonesia(situs: Path) -> None:
    for html in _halaman_html(situs):
        teks = html.read_text(encoding="utf-8")
        for inggris in ("Permanent link", "Back to top", 'placeholder="Search"', "Table of contents", "Print Site",
                        ">Page "):
            assert inggris not in teks, f"{html.relative_to(situs)}: '{inggris}'"
    beranda = (situs / "index.html").read_text(encoding="utf-8")
    assert 'title="Tautan permanen ke bagian ini"' in beranda
    assert '<html lang="id"' in beranda


def _pdfinfo(pdf: Path) -> dict[str, str]:
    keluaran = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return dict(b.split(":", 1) for b in keluaran.splitlines() if ":" in b)


def _halaman_pdf(pdf: Path) -> list[str]:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout.split("\f")[:-1]


@pytest.fixture(scope="module")
def poppler() -> None:
    if not shutil.which("pdfinfo"):
        pytest.fail("pdfinfo tidak ada: jalankan `make test` (memasang paket Debian poppler-utils).")


def test_pdf_panduan_lengkap_dan_bernomor(bangunan, situs: Path, poppler, folder_artefak: Path) -> None:
    pdf = situs / FOLDER_UNDUH / PDF_PANDUAN
    assert pdf in bangunan.pdf and pdf.is_file()
    info = _pdfinfo(pdf)
    jumlah = int(info["Pages"])
    assert jumlah >= 20
    assert info["Page size"].split()[:3] == ["595.92", "x", "842.88"] or "A4" in info["Page size"]
    halaman = _halaman_pdf(pdf)
    assert len(halaman) == jumlah
    for i, teks in enumerate(halaman, start=1):
        assert f"halaman {i} dari {jumlah}" in teks, f"halaman {i} tanpa nomor halaman"
    # Setiap halaman modul mulai di halaman baru: judulnya baris pertama sebuah halaman PDF.
    modul = [h.stem for h in halaman_modul(situs)]
    awal = [n for n, teks in enumerate(halaman) if re.match(r"\s*Modul \d+ · ", teks)]
    assert len(awal) == len(modul), f"{len(awal)} bagian modul di PDF, {len(modul)} modul di situs"
    # PDF dapat dibuka dan digambar: halaman pertama menjadi PNG.
    keluar = folder_artefak / "panduan-pdf-halaman"
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(pdf), str(keluar)], check=True)
    assert any(folder_artefak.glob("panduan-pdf-halaman*.png"))


def test_handout_per_modul_a4_dua_sampai_empat_halaman(bangunan, situs: Path, poppler) -> None:
    for h in halaman_modul(situs):
        nomor = h.stem.split("-")[1]
        pdf = situs / FOLDER_UNDUH / f"handout-modul-{nomor}.pdf"
        assert pdf.is_file(), f"handout Modul {nomor} tidak ada"
        info = _pdfinfo(pdf)
        assert "595" in info["Page size"] and "842" in info["Page size"], info["Page size"]
        assert 2 <= int(info["Pages"]) <= 4, f"handout Modul {nomor}: {info['Pages']} halaman"
        assert _halaman_pdf(pdf)[0].lstrip().startswith(f"Modul {nomor} · ")
    beranda = (situs / "index.html").read_text(encoding="utf-8")
    assert f'href="{FOLDER_UNDUH}/{PDF_PANDUAN}"' in beranda
