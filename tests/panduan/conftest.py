"""Satu bangunan panduan untuk semua uji panduan: situs ketat, halaman cetak, dan PDF (seperti `bimtek panduan
bangun`), di folder sementara."""

from __future__ import annotations

import functools
import http.server
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bimtek.panduan import HasilBangun


@pytest.fixture(scope="session")
def bangunan(tmp_path_factory) -> HasilBangun:
    """`bimtek panduan bangun` sungguhan, di proses sendiri (Playwright sinkron tidak boleh bersarang dengan
    peramban uji lain di proses ini)."""
    keluaran = tmp_path_factory.mktemp("situs") / "site"
    mulai = time.perf_counter()
    hasil = subprocess.run([sys.executable, "-m", "bimtek.cli", "panduan", "bangun", "--keluaran", str(keluaran)],
                           capture_output=True, text=True)
    assert hasil.returncode == 0, hasil.stdout + hasil.stderr
    pdf = [Path(b.split(":", 1)[1].strip()) for b in hasil.stdout.splitlines() if b.startswith("PDF:")]
    assert pdf, "PDF tidak dibuat: " + hasil.stdout
    return HasilBangun(situs=keluaran, detik=time.perf_counter() - mulai, pdf=pdf)


@pytest.fixture(scope="session")
def situs(bangunan: HasilBangun) -> Path:
    return bangunan.situs


class _HandlerSenyap(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def alamat_situs(situs: Path) -> Iterator[str]:
    """Situs disajikan di 127.0.0.1 pada port acak (seperti `bimtek panduan buka`)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_HandlerSenyap, directory=str(situs)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
