"""JupyterLab peserta untuk uji peramban dan tangkapan layar: satu tempat cara menyalakan, menunggu, dan mematikannya.

Seperti ruang kerja peserta (`bimtek mulai`): tanpa token di 127.0.0.1, antarmuka berbahasa Indonesia, ekstensi
pengumuman dan alat fasilitator nbgrader dimatikan. Port: `PORT_LAB` bila diisi, selain itu port bebas acak.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any


class LabTidakMenyala(RuntimeError):
    """JupyterLab tidak menjawab dalam batas waktu; pesannya menyebut berkas log."""


def port_bebas() -> int:
    """Port dari `PORT_LAB`, atau port TCP bebas di 127.0.0.1."""
    if os.environ.get("PORT_LAB"):
        return int(os.environ["PORT_LAB"])
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _bahasa_indonesia(folder_pengaturan: Path) -> None:
    pengaturan = folder_pengaturan / "@jupyterlab" / "translation-extension"
    pengaturan.mkdir(parents=True, exist_ok=True)
    (pengaturan / "plugin.jupyterlab-settings").write_text(json.dumps({"locale": "id_ID"}))


@contextlib.contextmanager
def lab_peserta(ruang_kerja: Path, folder_kerja: Path, batas_detik: float = 180,
                pengaturan: Callable[[Path], Any] | None = None) -> Iterator[str]:
    """Nyalakan JupyterLab atas `ruang_kerja` (konfigurasi dan log di `folder_kerja`), berikan alamatnya, lalu
    matikan. `pengaturan(folder_pengaturan_pengguna)` menyiapkan pengaturan pengguna (bawaan: bahasa Indonesia)."""
    from bimtek.mulai import EKSTENSI_NONAKTIF

    konfigurasi = folder_kerja / "jupyter_config"
    (konfigurasi / "labconfig").mkdir(parents=True, exist_ok=True)
    (konfigurasi / "labconfig" / "page_config.json").write_text(json.dumps({"disabledExtensions": EKSTENSI_NONAKTIF}))
    folder_pengaturan = konfigurasi / "user-settings"
    (pengaturan or _bahasa_indonesia)(folder_pengaturan)
    port = port_bebas()
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(konfigurasi), "JUPYTERLAB_SETTINGS_DIR": str(folder_pengaturan)}
    berkas_log = folder_kerja / "lab.log"
    with open(berkas_log, "w") as log:
        proses = subprocess.Popen(
            [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--allow-root", "--ip=127.0.0.1",
             f"--port={port}", "--ServerApp.token=", "--ServerApp.password=", "--ServerApp.disable_check_xsrf=True",
             f"--ServerApp.root_dir={ruang_kerja}", f"--LabApp.workspaces_dir={konfigurasi / 'workspaces'}"],
            cwd=ruang_kerja, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
        alamat = f"http://127.0.0.1:{port}"
        try:
            batas = time.monotonic() + batas_detik  # mesin 2 inti yang sibuk: JupyterLab bisa lambat menyala
            while True:
                try:
                    with urllib.request.urlopen(f"{alamat}/api/status", timeout=2):
                        break
                except OSError:
                    if proses.poll() is not None or time.monotonic() > batas:
                        raise LabTidakMenyala(f"JupyterLab tidak mau menyala; lihat {berkas_log}") from None
                    time.sleep(0.3)
            yield alamat
        finally:
            proses.terminate()
            try:
                proses.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proses.kill()


def buka_notebook(peramban: Any, alamat: str, tugas: str, ruang: str | None = None, tinggi: int = 2400) -> Any:
    """Buka notebook `tugas/tugas.ipynb` di ruang kerja Lab `ruang` (bawaan: nama tugas) dan tunggu kernelnya siap.
    `peramban` boleh Browser atau BrowserContext Playwright."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    halaman = peramban.new_page(viewport={"width": 1280, "height": tinggi})
    # Ruang kerja Lab sendiri per notebook: tab notebook dari uji sebelumnya tidak ikut dipulihkan.
    halaman.goto(f"{alamat}/lab/workspaces/{ruang or tugas}/tree/{tugas}/{tugas}.ipynb")
    halaman.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    # Lab kadang menanyakan kernel untuk notebook yang baru dibuka: pilih kernel bawaannya. Tombol dan dialog dicari
    # lewat perintah dan kelasnya, bukan teksnya, karena antarmuka peserta berbahasa Indonesia.
    with contextlib.suppress(PlaywrightTimeout):  # dialog tidak muncul: tidak ada yang perlu dipilih
        halaman.locator(".jp-Dialog .jp-mod-accept").click(timeout=3_000)
    halaman.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000)
    return halaman


def buka_dan_jalankan_semua(peramban: Any, alamat: str, tugas: str, ruang: str | None = None,
                            tinggi: int = 2400) -> Any:
    """Buka notebook lalu Mulai Ulang Kernel dan Jalankan Semua Sel (tombol bilah notebook)."""
    halaman = buka_notebook(peramban, alamat, tugas, ruang, tinggi)
    halaman.locator("jp-button[data-command='notebook:restart-run-all']").click()  # tombol ⏩ bilah notebook
    halaman.locator(".jp-Dialog .jp-mod-accept").click()  # "Mulai ulang" kernel
    return halaman
