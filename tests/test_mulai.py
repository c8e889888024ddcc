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

from bimtek.lab_indonesia import glosarium
from bimtek.mulai import (
    EKSTENSI_NONAKTIF,
    EKSTENSI_SERVER_NONAKTIF,
    PENGATURAN_LAB,
    pasang_bahasa_pengguna,
    pasang_pengaturan_lab,
)

MENU_UTAMA = ("File", "Edit", "View", "Run", "Kernel", "Tabs", "Settings", "Help")


def test_pengaturan_lab_idempoten_dan_tidak_menghapus_yang_ada(tmp_path, paket_contoh):
    paket = paket_contoh(
        tmp_path / "lib/python3.11/site-packages/jupyterlab_language_pack_id_ID/locale/id_ID/LC_MESSAGES"
    )
    overrides = tmp_path / "share/jupyter/lab/settings/overrides.json"
    overrides.parent.mkdir(parents=True)
    overrides.write_text(json.dumps({"@jupyterlab/notebook-extension:tracker": {"kernelShutdown": True}}))
    page_config = tmp_path / "etc/jupyter/labconfig/page_config.json"
    page_config.parent.mkdir(parents=True)
    page_config.write_text(json.dumps({"disabledExtensions": {"ekstensi-lain:plugin": True}, "lain": 1}))
    berubah = pasang_pengaturan_lab(tmp_path)
    assert paket / "jupyterlab.json" in berubah and paket / "jupyterlab.mo" in berubah
    salinan = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    pasang_pengaturan_lab(tmp_path)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == salinan

    isi = json.loads(overrides.read_text())
    assert isi["@jupyterlab/translation-extension:plugin"]["locale"] == "id_ID"
    assert isi["@jupyterlab/notebook-extension:tracker"] == {"kernelShutdown": True}
    assert set(PENGATURAN_LAB) <= set(isi)
    page = json.loads(page_config.read_text())
    assert page["disabledExtensions"] == {"ekstensi-lain:plugin": True, **EKSTENSI_NONAKTIF}
    assert page["lain"] == 1
    server = json.loads((tmp_path / "etc/jupyter/jupyter_server_config.json").read_text())
    assert server["ServerApp"]["jpserver_extensions"] == EKSTENSI_SERVER_NONAKTIF
    assert json.loads((paket / "jupyterlab.json").read_text())["Help"] == ["Bantuan"]


def test_bahasa_pengguna_dicatat_tanpa_menimpa_pilihan_pengguna(tmp_path):
    path = pasang_bahasa_pengguna(tmp_path)
    assert json.loads(path.read_text()) == {"locale": "id_ID"}
    path.write_text('{\n  // pilihan pengguna sendiri\n  "locale": "en"\n}\n')
    assert pasang_bahasa_pengguna(tmp_path) is None
    assert '"en"' in path.read_text()


def test_alat_fasilitator_yang_dimatikan_ada_di_nbgrader_terpasang():
    """Nama plugin dan ekstensi server yang dimatikan benar-benar ada (salah ketik = alat tetap tampil)."""
    share = Path(sys.prefix) / "share/jupyter"
    plugin = set()
    for js in [*share.glob("lab/static/*.js"), *share.glob("labextensions/**/static/*.js")]:
        plugin |= set(re.findall(r'"(@[-\w]+/[-\w]+:[-\w]+)"', js.read_text(errors="replace")))
    for nama in EKSTENSI_NONAKTIF:
        # Nama tanpa ":" mematikan seluruh paket ekstensi: harus ada plugin dari paket itu.
        assert nama in plugin if ":" in nama else any(p.startswith(nama + ":") for p in plugin), nama
    nbgrader = json.loads((Path(sys.prefix) / "etc/jupyter/jupyter_server_config.d/nbgrader.json").read_text())
    assert set(EKSTENSI_SERVER_NONAKTIF) <= set(nbgrader["ServerApp"]["jpserver_extensions"])
    assert {"@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment", "@jupyter/nbgrader:course-list",
            "@jupyter/nbgrader:menu"} <= set(EKSTENSI_NONAKTIF)


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
        # Pengaturan pengguna JupyterLab di folder uji, bukan di rumah pengguna mesin ini.
        env={**os.environ, "JUPYTERLAB_SETTINGS_DIR": str(tmp_path / "pengaturan-pengguna"),
             "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "ruang-kerja-lab")},
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
        keluaran = log.read_text()
        # Layar memuat langkah persiapan dan satu blok penutup berbahasa Indonesia; catatan server ada di berkas.
        assert f"Panduan                     : http://127.0.0.1:{port_panduan}/" in keluaran
        assert "Kit Bimtek e-Kinerja siap." in keluaran and "Tekan Ctrl+C untuk berhenti." in keluaran
        assert "Jupyter Server" not in keluaran and "[I " not in keluaran and len(keluaran.splitlines()) < 25, keluaran
        page = peramban.new_page(viewport={"width": 1280, "height": 800})
        page.goto(alamat)
        _periksa_jupyterlab_peserta(page, alamat, folder_artefak)
        page.goto(f"http://127.0.0.1:{port_panduan}/index.html")
        assert "Kit Bimtek e-Kinerja" in page.title()
    finally:
        os.killpg(proses.pid, signal.SIGTERM)
        try:
            proses.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proses.pid, signal.SIGKILL)
    assert Path(tmp_path / "ruang").is_dir()
    from bimtek.kelas.tugas_kursus import daftar_tugas

    for tugas in daftar_tugas():
        versi_peserta = (tmp_path / "ruang" / tugas / f"{tugas}.ipynb").read_text(encoding="utf-8")
        assert "tulis jawaban Anda di sini" in versi_peserta and "BEGIN SOLUTION" not in versi_peserta


# Kata Inggris yang tidak boleh terlihat peserta di menu, bilah alat, dan dialog notebook.
_KATA_INGGRIS = re.compile(
    r"\b(Run|Restart|Cell|Cells|Save|Insert|the|this|and|Clear|Shut|Change|Interrupt|Enable|Debugger|Reference|Help)\b"
)


def _isi_menu(page, judul: str, artefak: Path, nama_gambar: str) -> list[str]:
    page.locator(".lm-MenuBar-item", has_text=judul).click()
    menu = page.locator(".lm-Menu").last
    menu.wait_for()
    page.screenshot(path=str(artefak / nama_gambar))
    isi = [t for t in menu.locator(".lm-Menu-itemLabel").all_inner_texts() if t.strip()]
    page.keyboard.press("Escape")
    return isi


def _periksa_dialog(page, menu: str, perintah: str, gambar: Path, judul: str, tombol: list[str]) -> None:
    page.locator(".lm-MenuBar-item", has_text=menu).click()
    page.locator(".lm-Menu-item", has_text=perintah).first.click()
    dialog = page.locator(".jp-Dialog")
    dialog.wait_for()
    page.screenshot(path=str(gambar))
    assert judul in dialog.inner_text()
    assert dialog.locator(".jp-Dialog-footer button").all_inner_texts() == tombol
    dialog.locator("button", has_text="Batal").click()
    dialog.wait_for(state="detached")


def _periksa_jupyterlab_peserta(page, alamat: str, artefak: Path) -> None:
    """Yang dilihat peserta: menu, peluncur, notebook baru, dialog; semuanya berbahasa Indonesia, tanpa alat
    fasilitator nbgrader."""
    istilah = glosarium()
    page.wait_for_selector(".jp-LauncherCard", timeout=60_000)
    page.screenshot(path=str(artefak / "jupyterlab-mulai.png"))
    assert page.locator(".lm-MenuBar-itemLabel").all_inner_texts() == [istilah[m] for m in MENU_UTAMA]
    assert page.locator(".jp-DirListing-headerItemText", has_text="Nama").count() == 1

    page.locator(".jp-LauncherCard[data-category='Notebook']").first.click()
    page.wait_for_selector(".jp-NotebookPanel-toolbar", timeout=30_000)
    bilah_status = page.locator("#jp-main-statusbar")
    bilah_status.get_by_text("Siaga").wait_for(timeout=60_000)
    page.screenshot(path=str(artefak / "jupyterlab-notebook-baru.png"))
    assert re.search(r"Mode: (Perintah|Sunting)", bilah_status.inner_text())

    jalankan = _isi_menu(page, istilah["Run"], artefak, "jupyterlab-menu-jalankan.png")
    assert "Jalankan Semua Sel" in jalankan and "Jalankan Sel Terpilih" in jalankan
    kernel = _isi_menu(page, istilah["Kernel"], artefak, "jupyterlab-menu-kernel.png")
    assert {"Interupsi Kernel", "Mulai Ulang Kernel…", "Mulai Ulang Kernel dan Jalankan Semua Sel…"} <= set(kernel)
    bantuan = _isi_menu(page, istilah["Help"], artefak, "jupyterlab-menu-bantuan.png")
    assert "Tentang JupyterLab" in bantuan
    for teks in jalankan + kernel + bantuan:
        assert not _KATA_INGGRIS.search(teks), teks

    bilah_alat = page.locator(".jp-NotebookPanel-toolbar [title]")
    judul_alat = [e.get_attribute("title") for e in bilah_alat.all() if e.is_visible()]
    assert "Jalankan sel terpilih lalu pindah ke sel berikutnya (Shift+Enter)" in judul_alat
    for teks in judul_alat:
        assert not _KATA_INGGRIS.search(teks), teks

    # Dialog umum: mulai ulang kernel, ganti nama, tutup tanpa menyimpan.
    _periksa_dialog(page, istilah["Kernel"], "Mulai Ulang Kernel…", artefak / "jupyterlab-dialog-mulai-ulang.png",
                    "Mulai Ulang Kernel?", ["Batal", "Mulai Ulang"])
    _periksa_dialog(page, istilah["File"], "Ganti Nama Notebook…", artefak / "jupyterlab-dialog-ganti-nama.png",
                    "Ganti Nama Berkas", ["Batal", "Ganti Nama"])
    page.locator(".jp-Cell .cm-content").first.click()
    page.keyboard.type("x = 1")
    _periksa_dialog(page, istilah["File"], "Tutup Tab", artefak / "jupyterlab-dialog-tutup.png",
                    "Simpan pekerjaan Anda", ["Batal", "Buang", "Simpan"])

    # Submenu menu konteks diterjemahkan server dari berkas .mo (konteks "menu"), bukan oleh antarmuka.
    page.locator(".jp-DirListing-item", has_text="TanpaJudul.ipynb").click(button="right")
    menu_konteks = page.locator(".lm-Menu").last
    menu_konteks.wait_for()
    page.screenshot(path=str(artefak / "jupyterlab-menu-konteks-berkas.png"))
    isi_konteks = menu_konteks.locator(".lm-Menu-itemLabel").all_inner_texts()
    assert "Buka dengan" in isi_konteks and "Ganti Nama" in isi_konteks
    page.keyboard.press("Escape")

    # Alat fasilitator nbgrader tidak terlihat, dan formgrader tidak terbuka lewat alamat langsung.
    tubuh = page.locator("body").inner_text()
    assert not re.search(r"nbgrader|formgrader|Create Assignment|Course List", tubuh, re.I)
    assert page.locator("[title*='Assignment'], [title*='Nbgrader'], #jp-mainmenu-nbgrader").count() == 0
    akar = alamat.split("/lab?")[0]
    token = alamat.split("token=")[1]
    assert page.request.get(f"{akar}/formgrader?token={token}").status == 404
