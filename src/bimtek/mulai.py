"""`bimtek mulai`: siapkan kursus (data, notebook peserta, panduan) lalu jalankan JupyterLab dan panduan."""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import secrets
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from bimtek import lokasi
from bimtek.galat import KesalahanPengguna
from bimtek.lab_indonesia import gabungkan_terjemahan
from bimtek.tulis_atomik import tulis_teks

AKAR_REPO = lokasi.sumber_panduan()
RUANG_KERJA_BAWAAN = lokasi.ruang_kerja_bawaan()

# Pengaturan JupyterLab untuk kelas luring: antarmuka berbahasa Indonesia, tanpa pengumuman/berita dari internet.
PENGATURAN_LAB = {
    "@jupyterlab/translation-extension:plugin": {"locale": "id_ID"},
    "@jupyterlab/apputils-extension:notification": {"checkForUpdates": False, "fetchNews": "false"},
}
EKSTENSI_NONAKTIF = {
    "@jupyterlab/apputils-extension:announcements": True,
    # Alat fasilitator nbgrader tidak untuk peserta: menu "Nbgrader", Formgrader, panel "Create Assignment",
    # daftar kursus. Tombol "Validate" juga disembunyikan: teksnya berbahasa Inggris (tidak bisa diterjemahkan
    # lewat paket bahasa) dan peserta memeriksa jawabannya dengan pemeriksaan mandiri kit. Daftar tugas
    # (assignment-list) tetap aktif untuk mode JupyterHub (pertukaran nbgrader).
    "@jupyter/nbgrader:menu": True,
    "@jupyter/nbgrader:formgrader": True,
    "@jupyter/nbgrader:create-assignment": True,
    "@jupyter/nbgrader:course-list": True,
    "@jupyter/nbgrader:validate-assignment": True,
    # Debugger: alat pemrogram; tombol dan panelnya dibuat JupyterLab tanpa penerjemah (tetap berbahasa Inggris
    # walau paket bahasa lengkap) dan tidak dipakai peserta pelatihan.
    "@jupyterlab/debugger-extension": True,
    # Tautan menu Bantuan ke situs luar (referensi JupyterLab, forum, dan "Python Reference" dsb. dari kernel,
    # namanya dari kernel sehingga tetap berbahasa Inggris): tidak dapat dibuka di kelas luring.
    "@jupyterlab/help-extension:resources": True,
    "@jupyterlab/help-extension:jupyter-forum": True,
    # Tombol "Buka di Jupyter Notebook" membawa peserta ke antarmuka kedua yang belum berbahasa Indonesia;
    # peserta cukup satu antarmuka: JupyterLab.
    "@jupyter-notebook/lab-extension:interface-switcher": True,
    "@jupyter-notebook/lab-extension:launch-tree": True,
}
# Sisi server alat fasilitator juga dimatikan agar tidak terbuka lewat alamat langsung (/formgrader).
EKSTENSI_SERVER_NONAKTIF = {
    "nbgrader.server_extensions.formgrader": False,
    "nbgrader.server_extensions.course_list": False,
    "nbgrader.server_extensions.validate_assignment": False,
}
# Nama berkas baru yang dibuat peserta: berbahasa Indonesia, tanpa spasi agar aman untuk nbgrader.
NAMA_BERKAS_BARU = {
    "untitled_notebook": "TanpaJudul",
    "untitled_file": "TanpaJudul",
    "untitled_directory": "FolderBaru",
}


def _gabung_json(path: Path, isi: dict) -> None:
    """Gabungkan `isi` (dua tingkat) ke berkas JSON tanpa membuang pengaturan lain yang sudah ada."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    for kunci, nilai in isi.items():
        if isinstance(nilai, dict) and isinstance(data.get(kunci), dict):
            data[kunci].update(nilai)
        else:
            data[kunci] = nilai
    tulis_teks(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def pasang_pengaturan_lab(prefix: Path | None = None) -> list[Path]:
    """Siapkan JupyterLab peserta di lingkungan Python ini (berlaku untuk semua pengguna): bahasa Indonesia
    (pengaturan dan terjemahan tambahan kit), mode luring, tanpa alat fasilitator nbgrader."""
    prefix = Path(prefix or sys.prefix)
    overrides = prefix / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    page_config = prefix / "etc" / "jupyter" / "labconfig" / "page_config.json"
    server_config = prefix / "etc" / "jupyter" / "jupyter_server_config.json"
    _gabung_json(overrides, PENGATURAN_LAB)
    _gabung_json(page_config, {"disabledExtensions": EKSTENSI_NONAKTIF})
    # Berkas akar jupyter_server_config.json dibaca setelah jupyter_server_config.d/nbgrader.json, jadi
    # nilai di sini yang berlaku.
    _gabung_json(server_config, {
        "ServerApp": {"jpserver_extensions": EKSTENSI_SERVER_NONAKTIF},
        "ContentsManager": NAMA_BERKAS_BARU,
    })
    hasil = gabungkan_terjemahan(prefix=prefix)
    return [overrides, page_config, server_config, *hasil.berkas_berubah]


def pasang_bahasa_pengguna(folder: Path | None = None) -> Path | None:
    """Catat bahasa id_ID di pengaturan pengguna JupyterLab, bila pengguna belum punya pengaturan bahasa.

    overrides.json cukup untuk antarmuka, tetapi server JupyterLab memilih bahasa untuk menerjemahkan skema
    pengaturan (submenu menu konteks seperti "Buka dengan", editor pengaturan) hanya dari pengaturan pengguna
    (`get_current_locale` di jupyterlab_server/settings_utils.py). Pilihan bahasa pengguna tidak ditimpa.
    """
    from jupyterlab.commands import get_user_settings_dir

    folder = Path(folder or get_user_settings_dir())
    path = folder / "@jupyterlab" / "translation-extension" / "plugin.jupyterlab-settings"
    if path.exists():
        return None
    tulis_teks(path, json.dumps({"locale": PENGATURAN_LAB["@jupyterlab/translation-extension:plugin"]["locale"]},
                                indent=2) + "\n")
    return path


def bangun_panduan(akar: Path = AKAR_REPO) -> Path:
    """Bangun panduan mkdocs ke site/ (mode ketat: tautan rusak membuat gagal)."""
    hasil = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet"],
        cwd=akar,
        capture_output=True,
        text=True,
    )
    if hasil.returncode != 0:
        raise KesalahanPengguna(
            "Panduan gagal dibangun (mkdocs build --strict).\n" + hasil.stderr[-3000:]
        )
    return akar / "site"


def siapkan_notebook_peserta(ruang_kerja: Path) -> None:
    """Versi peserta semua modul ke ruang kerja; pekerjaan peserta yang sudah ada tidak pernah ditimpa."""
    from bimtek.kelas.ruang_kerja import siapkan_ruang_kerja

    hasil = siapkan_ruang_kerja(ruang_kerja)
    print(f"  {len(hasil.disalin)} berkas baru disalin, {len(hasil.dibiarkan)} berkas peserta dibiarkan apa adanya.")


def _langkah_persiapan(ruang_kerja: Path = RUANG_KERJA_BAWAAN) -> list[tuple[str, Callable[[], object]]]:
    langkah: list[tuple[str, Callable[[], object]]] = [
        ("Pengaturan JupyterLab (bahasa Indonesia, mode luring, tanpa alat fasilitator)", pasang_pengaturan_lab),
        ("Bahasa Indonesia di pengaturan pengguna JupyterLab", pasang_bahasa_pengguna),
        (f"Notebook peserta (nbgrader) ke {ruang_kerja}", functools.partial(siapkan_notebook_peserta, ruang_kerja)),
        ("Panduan (mkdocs) ke folder site/", bangun_panduan),
    ]
    return langkah


def siapkan(ruang_kerja: Path = RUANG_KERJA_BAWAAN) -> None:
    for judul, fungsi in _langkah_persiapan(ruang_kerja):
        print(f"- {judul} ...", flush=True)
        fungsi()


def _sajikan_panduan(folder: Path, port: int) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(_HandlerSenyap, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class _HandlerSenyap(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - nama dari kelas induk
        pass


def jalankan(args: argparse.Namespace) -> int:
    ruang = Path(args.ruang_kerja).resolve()
    ruang.mkdir(parents=True, exist_ok=True)
    siapkan(ruang)
    if args.hanya_siapkan:
        print(f"Kursus siap. Ruang kerja peserta: {ruang}")
        return 0
    try:
        server = _sajikan_panduan(AKAR_REPO / "site", args.port_panduan)
    except OSError as e:
        raise KesalahanPengguna(
            f"Port {args.port_panduan} untuk panduan sudah dipakai ({e}). "
            "Hentikan program lain atau pilih port lain dengan --port-panduan."
        ) from e
    token = secrets.token_hex(16)
    perintah = [
        sys.executable, "-m", "jupyter", "lab",
        f"--ServerApp.root_dir={ruang}",
        f"--port={args.port}",
        "--ServerApp.port_retries=0",
        "--ServerApp.ip=127.0.0.1",
        f"--IdentityProvider.token={token}",
        "--no-browser",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        perintah.append("--allow-root")
    # Catatan server JupyterLab (berbahasa Inggris, panjang) masuk ke berkas; layar hanya memuat blok penutup.
    log = Path(sys.prefix) / "jupyterlab.log"
    print(f"- JupyterLab dimulai (catatan server: {log}) ...", flush=True)
    with open(log, "a", encoding="utf-8") as berkas_log:
        proses = subprocess.Popen(perintah, stdout=berkas_log, stderr=subprocess.STDOUT)
        try:
            alamat = f"http://127.0.0.1:{args.port}/lab?token={token}"
            if not _tunggu_siap(args.port, proses):
                raise KesalahanPengguna(
                    f"JupyterLab tidak dapat dimulai di port {args.port}. Baca bagian akhir {log}; bila port "
                    "sudah dipakai, pilih port lain dengan --port."
                )
            print(blok_penutup(alamat, f"http://127.0.0.1:{server.server_port}/", ruang, log), flush=True)
            if not args.tanpa_peramban:
                import webbrowser

                webbrowser.open(alamat)
            return proses.wait()
        except KeyboardInterrupt:
            proses.terminate()
            proses.wait(timeout=30)
            print("JupyterLab dihentikan.")
            return 0
        finally:
            if proses.poll() is None:
                proses.terminate()
            server.shutdown()


def _tunggu_siap(port: int, proses: subprocess.Popen, batas_detik: float = 120) -> bool:
    """Tunggu sampai JupyterLab menjawab di port-nya (atau prosesnya berhenti)."""
    import socket
    import time

    akhir = time.monotonic() + batas_detik
    while time.monotonic() < akhir:
        if proses.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return True
        except OSError:
            time.sleep(0.3)
    return False


def blok_penutup(alamat_lab: str, alamat_panduan: str, ruang: Path, log: Path) -> str:
    """Blok singkat di akhir `make start`: apa yang dibuka, di mana berkasnya, cara berhenti."""
    garis = "=" * 72
    return "\n".join([
        "", garis,
        "Kit Bimtek e-Kinerja siap.",
        f"  Buka JupyterLab di peramban : {alamat_lab}",
        f"  Panduan                     : {alamat_panduan}",
        f"  Ruang kerja peserta         : {ruang}",
        f"  Catatan server (bila ada masalah): {log}",
        "Biarkan jendela ini terbuka selama pelatihan. Tekan Ctrl+C untuk berhenti.",
        garis,
    ])


def daftarkan(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "mulai",
        help="siapkan kursus lalu jalankan JupyterLab dan panduan",
        description="Menyiapkan data contoh, notebook peserta, dan panduan, lalu menjalankan JupyterLab.",
    )
    p.add_argument("--ruang-kerja", default=str(RUANG_KERJA_BAWAAN),
                   help="folder kerja peserta (bawaan: ruang_kerja/ di repositori)")
    p.add_argument("--port", type=int, default=8888, help="port JupyterLab (bawaan: 8888)")
    p.add_argument("--port-panduan", type=int, default=8001, help="port panduan (bawaan: 8001)")
    p.add_argument("--tanpa-peramban", action="store_true", help="jangan membuka peramban otomatis")
    p.add_argument("--hanya-siapkan", action="store_true", help="siapkan kursus saja, tanpa menjalankan JupyterLab")
    p.set_defaults(jalankan=jalankan)
