"""Perlengkapan uji bersama: peramban, folder artefak, dan kursus nbgrader sementara."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

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


# Potongan paket bahasa id_ID 4.5.post3 apa adanya: terjemahan keliru yang harus diperbaiki kit, terjemahan baik
# yang tidak disentuh kit, teks berkonteks "schema" untuk server, dan teks jamak.
PAKET_CONTOH = {
    ("", "Help"): "Membantu",
    ("", "Run"): "Menjalankan",
    ("", "Restart Kernel and Run All Cells…"): "Demulai Lagi Kernel dan Jalankan Semua Sel…",
    ("", "Light"): "Ringan",
    ("", "Save"): "Simpan",
    ("", "Kernel Operations"): "Operasi Kernel",
    ("schema", "Code Console"): "Konsol Kode",
    ("", ("%1 Item", "%1 Items")): "%1 Item",
}


def buat_paket_contoh(folder: Path) -> Path:
    """Paket bahasa tiruan dengan .json dan .mo; .mo dibuat dengan babel, bukan dengan kode kit."""
    folder.mkdir(parents=True, exist_ok=True)
    frontend = {"": {"domain": "jupyterlab", "language": "id-ID", "plural_forms": "nplurals=1; plural=0;",
                     "version": "jupyterlab"}}
    katalog = Catalog(locale="id_ID", domain="jupyterlab")
    katalog.mime_headers = [("Plural-Forms", "nplurals=1; plural=0;")]  # seperti paket aslinya
    for (konteks, msgid), teks in PAKET_CONTOH.items():
        tunggal = msgid[0] if isinstance(msgid, tuple) else msgid
        kunci = f"{konteks}\x04{tunggal}" if konteks else tunggal
        frontend[kunci] = [teks, ""] if isinstance(msgid, tuple) else [teks]
        katalog.add(msgid, [teks] if isinstance(msgid, tuple) else teks, context=konteks or None)
    (folder / "jupyterlab.json").write_text(json.dumps(frontend, ensure_ascii=False), encoding="utf-8")
    with (folder / "jupyterlab.mo").open("wb") as f:
        write_mo(f, katalog)
    return folder


@pytest.fixture
def paket_contoh():
    """Pembuat paket bahasa tiruan: `paket_contoh(folder_LC_MESSAGES) -> folder`."""
    return buat_paket_contoh


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
    from bimtek.kelas.adaptor_nbgrader import api_kursus, buat_versi_peserta

    akar = tmp_path_factory.mktemp("kursus")
    api = api_kursus(ubah={"CourseDirectory": {"root": str(akar), "db_url": f"sqlite:///{akar / 'gradebook.db'}"}})
    return KursusUji(api=api, akar=akar, rilis=buat_versi_peserta(api))
