"""Uji peramban: JupyterLab sungguhan di Chromium membuka notebook PESERTA Modul 2 (hasil generate_assignment),
Run All, mengisi Form SKP, klik "Simpan draf", lalu berkas jawaban di disk diperiksa. Tangkapan layar disimpan di
artefak/ (tidak dikomit) untuk dilihat manusia; Modul 3 (Form penilaian) ikut difoto untuk panduan.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from bimtek.widgets.logika_skp import periksa_skp

pytestmark = [pytest.mark.peramban, pytest.mark.lambat]

AKAR = Path(__file__).resolve().parents[2]
ARTEFAK = AKAR / "artefak"
CHROMIUM = "/usr/bin/chromium"
ARGUMEN_CHROMIUM = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run"]
TUGAS = ("modul-2-skp", "modul-3-penilaian")


def _port_bebas() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def ruang_kerja(tmp_path_factory) -> Path:
    """Versi peserta Modul 2 dan 3 dari nbgrader, disalin ke ruang kerja sementara."""
    from bimtek.kursus.persiapan import buat_versi_peserta
    from bimtek.kursus.tugas import api_kursus

    kursus = tmp_path_factory.mktemp("kursus")
    api = api_kursus(ubah={"CourseDirectory": {"root": str(kursus), "db_url": f"sqlite:///{kursus}/gradebook.db"}})
    ruang = tmp_path_factory.mktemp("ruang_kerja")
    for tugas, folder in buat_versi_peserta(api, list(TUGAS)).items():
        shutil.copytree(folder, ruang / tugas)
        assert not (ruang / tugas / "jawaban").exists(), "Versi peserta tidak boleh membawa berkas jawaban."
    return ruang


@pytest.fixture(scope="module")
def lab(ruang_kerja, tmp_path_factory):
    """JupyterLab tanpa token di 127.0.0.1 pada port acak, tanpa plugin pengumuman (kelas luring)."""
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium Debian belum terpasang: jalankan `make chromium` (apt-get install chromium).")
    konfigurasi = tmp_path_factory.mktemp("jupyter_config")
    (konfigurasi / "labconfig").mkdir()
    (konfigurasi / "labconfig" / "page_config.json").write_text(json.dumps(
        {"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True}}))
    port = _port_bebas()
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(konfigurasi)}
    log = open(tmp_path_factory.mktemp("log") / "lab.log", "w")  # noqa: SIM115 - ditutup di akhir fixture
    proses = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--allow-root", "--ip=127.0.0.1", f"--port={port}",
         "--ServerApp.token=", "--ServerApp.password=", "--ServerApp.disable_check_xsrf=True",
         f"--ServerApp.root_dir={ruang_kerja}", f"--LabApp.workspaces_dir={konfigurasi / 'workspaces'}"],
        cwd=ruang_kerja, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    alamat = f"http://127.0.0.1:{port}"
    batas = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{alamat}/api/status", timeout=2):
                break
        except OSError:
            if proses.poll() is not None or time.monotonic() > batas:
                proses.kill()
                pytest.fail("JupyterLab tidak mau menyala; lihat " + log.name)
            time.sleep(0.3)
    yield alamat
    proses.terminate()
    try:
        proses.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proses.kill()
    log.close()


@pytest.fixture(scope="module")
def peramban():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGUMEN_CHROMIUM)
        yield browser
        browser.close()


def _buka_dan_jalankan_semua(peramban, lab: str, tugas: str):
    halaman = peramban.new_page(viewport={"width": 1400, "height": 1000})
    halaman.goto(f"{lab}/lab/tree/{tugas}/{tugas}.ipynb")
    halaman.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    halaman.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000)
    halaman.get_by_role("menuitem", name="Run", exact=True).click()
    halaman.get_by_role("menuitem", name="Run All Cells", exact=True).click()
    return halaman


def _kotak(halaman, jenis: str, label: str):
    """Masukan ipywidgets (input/textarea/select) yang berlabel `label`."""
    wadah = halaman.locator(f".widget-{jenis}").filter(has=halaman.locator("label", has_text=label)).first
    return wadah.locator({"text": "input", "textarea": "textarea", "dropdown": "select"}[jenis])


def test_isi_form_skp_lalu_simpan_draf(peramban, lab, ruang_kerja):
    halaman = _buka_dan_jalankan_semua(peramban, lab, "modul-2-skp")
    form = halaman.locator(".widget-vbox").filter(has_text="Sasaran Kinerja Pegawai").first
    form.wait_for(timeout=60_000)
    form.get_by_role("button", name="Tambah RHK").click()
    intervensi = _kotak(halaman, "dropdown", "RHK atasan diintervensi")
    intervensi.wait_for()
    pilihan_atasan = intervensi.locator("option").nth(1).inner_text()
    intervensi.select_option(index=1)
    _kotak(halaman, "textarea", "Rencana hasil kerja").fill("Tersusunnya laporan kepegawaian bulanan yang tepat waktu")
    form.locator("input[placeholder='Indikator kinerja individu']").fill("Jumlah laporan yang selesai tepat waktu")
    target = _kotak(halaman, "text", "Target")
    target.fill("12")
    target.press("Tab")
    form.locator("input[placeholder='Satuan']").fill("laporan")
    form.get_by_role("button", name="Isi yang kosong dengan panduan perilaku").click()
    halaman.locator("text=SKP siap diajukan").wait_for(timeout=20_000)
    form.get_by_role("button", name="Simpan draf").click()
    halaman.locator("text=Draf SKP tersimpan").wait_for(timeout=20_000)

    ARTEFAK.mkdir(exist_ok=True)
    form.screenshot(path=str(ARTEFAK / "modul-2-form-skp.png"))

    berkas = ruang_kerja / "modul-2-skp" / "jawaban" / "modul-2-skp.json"
    skp = json.loads(berkas.read_text(encoding="utf-8"))["skp"]
    assert skp["status"] == "Draft" and skp["jenis_periode"] == "Tahunan"
    assert skp["rhk"][0]["rhk_atasan"] == pilihan_atasan
    assert skp["rhk"][0]["iki"][0] == {"indikator": "Jumlah laporan yang selesai tepat waktu", "aspek": "Kuantitas",
                                       "target": 12.0, "satuan": "laporan"}
    assert periksa_skp(skp) == []

    # Kesalahan umum: periode bulanan langsung ditandai, dan gerbang Ajukan menolak dengan daftar aturannya.
    _kotak(halaman, "dropdown", "Jenis periode SKP").select_option("Bulanan")
    halaman.locator("text=Periode SKP harus tahunan").first.wait_for(timeout=20_000)
    form.get_by_role("button", name="Ajukan").click()
    halaman.locator("text=SKP belum dapat diajukan").wait_for(timeout=20_000)
    form.screenshot(path=str(ARTEFAK / "modul-2-form-skp-bulanan.png"))
    assert json.loads(berkas.read_text(encoding="utf-8"))["skp"]["status"] == "Draft"
    halaman.close()


def test_form_penilaian_tampil_dan_tersimpan(peramban, lab, ruang_kerja):
    halaman = _buka_dan_jalankan_semua(peramban, lab, "modul-3-penilaian")
    form = halaman.locator(".widget-vbox").filter(has_text="Penilaian Kinerja Bawahan").first
    form.wait_for(timeout=60_000)
    _kotak(halaman, "textarea", "Umpan balik").first.fill("Realisasi melampaui target; bukti dukung lengkap.")
    _kotak(halaman, "dropdown", "Rating hasil kerja").first.select_option("Di Atas Ekspektasi")
    _kotak(halaman, "dropdown", "Rating perilaku kerja").first.select_option("Sesuai Ekspektasi")
    halaman.locator("text=Predikat kinerja:").first.wait_for(timeout=20_000)
    ARTEFAK.mkdir(exist_ok=True)
    form.screenshot(path=str(ARTEFAK / "modul-3-form-penilaian.png"))
    berkas = ruang_kerja / "modul-3-penilaian" / "jawaban" / "modul-3-penilaian.json"
    isian = json.loads(berkas.read_text(encoding="utf-8"))["penilaian"]["bawahan"]
    assert {"Baik"} == {e["predikat_kinerja"] for e in isian.values() if e["predikat_kinerja"]}
    halaman.close()
