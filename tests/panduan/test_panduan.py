"""Panduan mkdocs: dibangun ketat, tabel aturan diisi dari paket, dan tidak memuat apa pun dari luar."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from alat.panduan import TABEL, isi_tabel
from bimtek import aturan

AKAR = Path(__file__).resolve().parents[2]


def test_semua_penanda_tabel_terisi(situs):
    for html in situs.rglob("*.html"):
        assert "<!-- tabel:" not in html.read_text(encoding="utf-8"), html


def test_tabel_aturan_dari_paket(situs):
    teks = (situs / "referensi" / "aturan.html").read_text(encoding="utf-8")
    for gol, nama in aturan.PANGKAT.items():
        assert f"<td>{gol}</td>\n<td>{nama}</td>" in teks
    assert teks.count("Kurang/Misconduct") >= 2
    for dasar in ("PermenPANRB 6/2022", "SE MenPANRB 3/2023", "PP 94/2021", "Perpres 21/2023", "PerBKN 4/2023"):
        assert dasar in teks


def test_penanda_tidak_dikenal_ditolak():
    with pytest.raises(ValueError, match="tidak dikenal"):
        isi_tabel("<!-- tabel: khayalan -->", "x.md")
    assert set(TABEL) >= {"kuadran", "distribusi", "presensi"}


def test_kuadran_tidak_tertukar():
    baris = {b.split("|")[1].strip(): b for b in TABEL["kuadran"]().splitlines()[2:]}
    # Kolom: perilaku Di Bawah, Sesuai, Di Atas. Hasil Di Atas + perilaku Di Bawah = Kurang/Misconduct.
    assert baris["**Di Atas Ekspektasi**"].split("|")[2].strip() == "Kurang/Misconduct"
    assert baris["**Di Bawah Ekspektasi**"].split("|")[4].strip() == "Butuh Perbaikan"


HOST_LUAR = re.compile(r"""(?:src|href)\s*=\s*["'](?:https?:)?//""", re.IGNORECASE)


def test_html_tidak_merujuk_host_luar(situs):
    temuan = []
    for html in situs.rglob("*.html"):
        for m in HOST_LUAR.finditer(html.read_text(encoding="utf-8")):
            temuan.append(f"{html.relative_to(situs)}: {m.group(0)}")
    assert not temuan, temuan


@pytest.mark.peramban
def test_luring_di_peramban_termasuk_pencarian(situs, alamat_situs, peramban, folder_artefak):
    asal = alamat_situs
    luar: list[str] = []
    try:
        page = peramban.new_page(viewport={"width": 1280, "height": 900})
        page.on("request", lambda r: luar.append(r.url) if urlparse(r.url).hostname not in ("127.0.0.1",)
                and not r.url.startswith(("data:", "blob:")) else None)
        halaman = sorted(p.relative_to(situs).as_posix() for p in situs.rglob("*.html") if p.name != "404.html")
        for h in halaman:
            page.goto(f"{asal}/{h}", wait_until="networkidle")
        page.goto(f"{asal}/referensi/aturan.html", wait_until="networkidle")
        page.screenshot(path=str(folder_artefak / "panduan-aturan.png"), full_page=False)
        page.keyboard.press("/")  # pintasan pencarian Material
        page.keyboard.type("pensiun")
        page.wait_for_selector(".md-search-result__item", timeout=10_000)
        assert page.locator(".md-search-result__item").count() > 0
        page.wait_for_timeout(500)  # tunggu animasi panel hasil selesai sebelum difoto
        page.screenshot(path=str(folder_artefak / "panduan-pencarian.png"))
    finally:
        page.close()
    assert not luar, f"panduan memuat dari luar: {sorted(set(luar))}"


def test_jp_dari_metadata_notebook(situs):
    import json

    from alat.panduan import isi_jp, jp_modul

    for n in range(4):
        meta = [json.loads(p.read_text(encoding="utf-8"))["metadata"]["bimtek"]["jp"]
                for p in (AKAR / "notebooks").glob(f"modul-{n}-*/*.ipynb")]
        assert len(meta) == 2 and {jp_modul(n)} == set(meta)
        assert isi_jp(f"<!-- jp: {n} --> JP") == f"{meta[0]} JP"
    for html in situs.rglob("*.html"):
        assert "<!-- jp:" not in html.read_text(encoding="utf-8"), html
    jadwal = (situs / "fasilitator" / "jadwal.html").read_text(encoding="utf-8")
    assert f'modul-2-skp.html">Modul 2 · Perencanaan kinerja (SKP)</a></td>\n<td><code>modul-2-pengguna</code></td>\n' \
           f"<td><code>modul-2-skp</code></td>\n<td>{jp_modul(2)}</td>" in jadwal


def test_jadwal_yang_tidak_cocok_ditolak():
    from alat.panduan import jp_modul, periksa_jadwal

    n0 = jp_modul(0)
    benar = (f"## Contoh ({n0 + 1} JP)\n\n| Blok | JP |\n|---|---|\n| Pembukaan | 1 |\n"
             f"| Modul 0 · Orientasi | {n0} |\n| **Jumlah** | **{n0 + 1}** |\n")
    periksa_jadwal(benar, "jadwal.md")
    with pytest.raises(ValueError, match="notebook Modul 0"):
        periksa_jadwal(benar.replace(f"Orientasi | {n0} |", f"Orientasi | {n0 + 1} |"), "jadwal.md")
    with pytest.raises(ValueError, match="blok-bloknya berjumlah"):
        periksa_jadwal(benar.replace(f"**{n0 + 1}** |", f"**{n0 + 5}** |"), "jadwal.md")
    with pytest.raises(ValueError, match="judul"):
        periksa_jadwal(benar.replace(f"({n0 + 1} JP)", "(99 JP)"), "jadwal.md")
