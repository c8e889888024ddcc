"""Panduan di Chromium (Playwright): navigasi dan pencarian lewat server lokal dan dari file:// tanpa jaringan,
serta audit aksesibilitas axe-core pada setiap jenis halaman."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.peramban

# Satu halaman untuk setiap jenis halaman panduan.
JENIS_HALAMAN = {
    "beranda": "index.html",
    "persiapan": "persiapan-peserta.html",
    "daftar-modul": "modul/index.html",
    "modul": "modul/modul-3-penilaian.html",
    "fasilitator": "fasilitator/jadwal.html",
    "referensi-tabel": "referensi/aturan.html",
    "glosarium": "referensi/glosarium.html",
    "cetak": "print_page.html",
}


def _cari(page, kata: str) -> list[str]:
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator(".md-search__input").click()
    page.keyboard.type(kata, delay=40)
    page.wait_for_selector(".md-search-result__item", timeout=15_000)
    page.wait_for_timeout(300)
    return page.locator(".md-search-result__item h1, .md-search-result__item h2").all_inner_texts()


def test_beranda_ke_modul_lalu_cari_predikat(peramban, alamat_situs, folder_artefak: Path) -> None:
    luar: list[str] = []
    page = peramban.new_page(viewport={"width": 1280, "height": 900})
    page.on("request", lambda r: luar.append(r.url) if urlparse(r.url).hostname != "127.0.0.1"
            and not r.url.startswith(("data:", "blob:")) else None)
    try:
        page.goto(f"{alamat_situs}/index.html", wait_until="networkidle")
        page.screenshot(path=str(folder_artefak / "panduan-beranda.png"), full_page=True)
        page.get_by_role("link", name="Modul 2 · Perencanaan kinerja (SKP)").first.click()
        page.wait_for_url("**/modul/modul-2-skp.html")
        assert page.locator("h1").inner_text().startswith("Modul 2 · ")
        page.screenshot(path=str(folder_artefak / "panduan-modul-2.png"))
        judul = _cari(page, "predikat")
        assert any(j.startswith("Modul 3") for j in judul), judul
        page.screenshot(path=str(folder_artefak / "panduan-cari-predikat.png"))
        hasil_modul_3 = page.locator("a.md-search-result__link").filter(
            has=page.locator("h1", has_text=re.compile(r"^Modul 3 · "))).first
        hasil_modul_3.scroll_into_view_if_needed()
        hasil_modul_3.click()
        page.wait_for_url(re.compile(r".*/modul/modul-3-penilaian\.html.*"))
        assert page.locator("h1").first.inner_text().startswith("Modul 3 · ")
    finally:
        page.close()
    assert not luar, f"panduan memuat dari luar: {sorted(set(luar))}"


def test_dari_file_tanpa_jaringan_tetap_navigasi_dan_cari(peramban, situs: Path, folder_artefak: Path) -> None:
    konteks = peramban.new_context(offline=True, viewport={"width": 1280, "height": 900})
    bukan_berkas: list[str] = []
    page = konteks.new_page()
    page.on("request", lambda r: bukan_berkas.append(r.url) if not r.url.startswith(("file:", "data:", "blob:"))
            else None)
    try:
        page.goto((situs / "index.html").as_uri())
        page.get_by_role("link", name="Jadwal pelatihan").first.click()
        page.wait_for_url("**/fasilitator/jadwal.html")
        assert "Jadwal pelatihan" in page.locator("h1").inner_text()
        judul = _cari(page, "predikat")
        assert any(j.startswith("Modul 3") for j in judul), judul
        page.screenshot(path=str(folder_artefak / "panduan-file-luring-cari.png"))
    finally:
        konteks.close()
    assert not bukan_berkas, bukan_berkas


@pytest.mark.parametrize("jenis", list(JENIS_HALAMAN))
def test_aksesibilitas_axe_tanpa_pelanggaran_berat(peramban, alamat_situs, jenis: str, folder_artefak: Path) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page = peramban.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(f"{alamat_situs}/{JENIS_HALAMAN[jenis]}", wait_until="networkidle")
        hasil = Axe().run(page)
        page.screenshot(path=str(folder_artefak / f"panduan-axe-{jenis}.png"))
    finally:
        page.close()
    berat = [
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes'][:3]]}"
        for v in hasil.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not berat, berat
