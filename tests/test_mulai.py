"""`bimtek mulai`: pengaturan JupyterLab luring berbahasa Indonesia, dan kit benar-benar bisa dijalankan."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bimtek.mulai import EKSTENSI_NONAKTIF, PENGATURAN_LAB, pasang_pengaturan_lab


def test_pengaturan_lab_idempoten_dan_tidak_menghapus_yang_ada(tmp_path):
    overrides = tmp_path / "share/jupyter/lab/settings/overrides.json"
    overrides.parent.mkdir(parents=True)
    overrides.write_text(json.dumps({"@jupyterlab/notebook-extension:tracker": {"kernelShutdown": True}}))
    for _ in range(2):
        pasang_pengaturan_lab(tmp_path)
    isi = json.loads(overrides.read_text())
    assert isi["@jupyterlab/translation-extension:plugin"]["locale"] == "id_ID"
    assert isi["@jupyterlab/notebook-extension:tracker"] == {"kernelShutdown": True}
    page = json.loads((tmp_path / "etc/jupyter/labconfig/page_config.json").read_text())
    assert page["disabledExtensions"] == EKSTENSI_NONAKTIF
    assert set(PENGATURAN_LAB) <= set(isi)


def _port_bebas() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.lambat
@pytest.mark.peramban
def test_kit_mulai_jupyterlab_berbahasa_indonesia_dan_panduan(tmp_path, peramban, folder_artefak):
    port, port_panduan = _port_bebas(), _port_bebas()
    log = tmp_path / "mulai.log"
    proses = subprocess.Popen(
        [sys.executable, "-m", "bimtek.cli", "mulai", "--tanpa-peramban", "--ruang-kerja", str(tmp_path / "ruang"),
         "--port", str(port), "--port-panduan", str(port_panduan)],
        stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        alamat = None
        batas = time.monotonic() + 120
        while time.monotonic() < batas and alamat is None:
            assert proses.poll() is None, log.read_text()
            m = re.search(rf"http://127\.0\.0\.1:{port}/lab\?token=\w+", log.read_text())
            alamat = m.group(0) if m else None
            time.sleep(0.5)
        assert alamat, log.read_text()
        assert f"Panduan: http://127.0.0.1:{port_panduan}/" in log.read_text()
        page = peramban.new_page(viewport={"width": 1280, "height": 800})
        page.goto(alamat)
        # Paket bahasa id_ID terpasang dan dipilih: kolom peramban berkas berbahasa Indonesia.
        page.wait_for_selector(".jp-DirListing-headerItemText", timeout=60_000)
        page.screenshot(path=str(folder_artefak / "jupyterlab-mulai.png"))
        assert page.locator(".jp-DirListing-headerItemText", has_text="Nama").count() == 1
        page.goto(f"http://127.0.0.1:{port_panduan}/index.html")
        assert "Kit Bimtek e-Kinerja" in page.title()
    finally:
        os.killpg(proses.pid, signal.SIGTERM)
        try:
            proses.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proses.pid, signal.SIGKILL)
    assert Path(tmp_path / "ruang").is_dir()
    from bimtek.kursus.tugas import daftar_tugas

    for tugas in daftar_tugas():
        versi_peserta = (tmp_path / "ruang" / tugas / f"{tugas}.ipynb").read_text(encoding="utf-8")
        assert "TULIS JAWABAN ANDA DI SINI" in versi_peserta and "BEGIN SOLUTION" not in versi_peserta
