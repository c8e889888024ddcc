"""Perlengkapan uji bersama."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

AKAR = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGUMEN_CHROMIUM = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def folder_artefak() -> Path:
    """Folder tangkapan layar dan berkas hasil uji untuk dilihat manusia (tidak dikomit)."""
    p = AKAR / "artefak"
    p.mkdir(exist_ok=True)
    return p


@pytest.fixture(scope="session")
def peramban():
    """Chromium Debian lewat Playwright (tanpa mengunduh peramban)."""
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} tidak ada: jalankan `make test` (memasang paket Debian chromium).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGUMEN_CHROMIUM)
        yield browser
        browser.close()
