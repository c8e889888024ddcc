"""Perlengkapan uji bersama: peramban, folder artefak, dan kursus nbgrader sementara."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

AKAR = Path(__file__).resolve().parents[1]
# `alat/` (pembangun notebook) tidak dipasang sebagai paket; uji mengimpornya dari akar repositori.
if str(AKAR) not in sys.path:
    sys.path.insert(0, str(AKAR))
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


@dataclass
class KursusUji:
    """Kursus nbgrader di folder sementara: konfigurasi kit, buku nilai sendiri, versi peserta sudah dibuat."""

    api: Any
    akar: Path
    rilis: dict[str, Path]

    @property
    def db_url(self) -> str:
        return self.api.coursedir.db_url


@pytest.fixture(scope="session")
def kursus(tmp_path_factory: pytest.TempPathFactory) -> KursusUji:
    from bimtek.kursus.persiapan import buat_versi_peserta
    from bimtek.kursus.tugas import api_kursus

    akar = tmp_path_factory.mktemp("kursus")
    api = api_kursus(ubah={"CourseDirectory": {"root": str(akar), "db_url": f"sqlite:///{akar / 'gradebook.db'}"}})
    return KursusUji(api=api, akar=akar, rilis=buat_versi_peserta(api))
