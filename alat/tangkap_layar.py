"""Tangkapan layar JupyterLab untuk halaman Persiapan peserta: `python -m alat.tangkap_layar RUANG_KERJA`.

Menyalakan JupyterLab berbahasa Indonesia (tanpa token, 127.0.0.1) di atas ruang kerja peserta yang berisi versi
peserta Modul 0, lalu memotret apa yang dilihat peserta dengan Chromium Debian: halaman awal dengan daftar
berkas, dan notebook setelah *Jalankan Semua Sel*. Gambar ditulis ke `course/aset/persiapan/`.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from bimtek.panduan import ARGUMEN_CHROMIUM, cari_chromium

AKAR = Path(__file__).resolve().parents[1]
KELUARAN = AKAR / "course" / "aset" / "persiapan"
TUGAS = "modul-0-orientasi"


def _port_bebas() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(ruang_kerja: Path) -> None:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    from bimtek.mulai import pasang_bahasa_pengguna, pasang_pengaturan_lab

    # Pengaturan yang sama dengan `bimtek mulai`: bahasa Indonesia, terjemahan tambahan kit, tanpa alat fasilitator.
    pasang_pengaturan_lab()
    konfigurasi = Path(tempfile.mkdtemp(prefix="bimtek-tangkap-"))
    pasang_bahasa_pengguna(konfigurasi / "user-settings")
    port = int(os.environ.get("PORT_LAB", _port_bebas()))
    env = {**os.environ, "JUPYTERLAB_SETTINGS_DIR": str(konfigurasi / "user-settings")}
    proses = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--allow-root", "--ip=127.0.0.1", f"--port={port}",
         "--ServerApp.token=", "--ServerApp.password=", f"--ServerApp.root_dir={ruang_kerja}",
         f"--LabApp.workspaces_dir={konfigurasi / 'workspaces'}"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    alamat = f"http://127.0.0.1:{port}"
    try:
        batas = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{alamat}/api/status", timeout=2):
                    break
            except OSError:
                if proses.poll() is not None or time.monotonic() > batas:
                    raise SystemExit("JupyterLab tidak mau menyala.") from None
                time.sleep(0.5)
        KELUARAN.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as p:
            peramban = p.chromium.launch(executable_path=cari_chromium(), headless=True, args=ARGUMEN_CHROMIUM)
            h = peramban.new_page(viewport={"width": 1280, "height": 760})
            h.goto(f"{alamat}/lab/workspaces/awal")
            h.wait_for_selector(".jp-DirListing-item", timeout=60_000)
            h.wait_for_timeout(1500)
            h.screenshot(path=str(KELUARAN / "lab-awal.png"))
            h.goto(f"{alamat}/lab/workspaces/{TUGAS}/tree/{TUGAS}/{TUGAS}.ipynb")
            h.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
            with contextlib.suppress(PlaywrightTimeout):
                h.locator(".jp-Dialog .jp-mod-accept").click(timeout=3_000)
            h.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000)
            h.wait_for_timeout(1000)
            h.screenshot(path=str(KELUARAN / "notebook-terbuka.png"))
            h.locator(".lm-MenuBar-item", has_text="Jalankan").first.click()
            h.wait_for_timeout(700)
            h.screenshot(path=str(KELUARAN / "menu-jalankan.png"))
            h.keyboard.press("Escape")
            peramban.close()
    finally:
        proses.terminate()
        try:
            proses.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proses.kill()


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve())
