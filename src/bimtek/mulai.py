"""`bimtek mulai`: siapkan kursus (data, notebook peserta, panduan) lalu jalankan JupyterLab dan panduan."""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from bimtek.galat import KesalahanPengguna

AKAR_REPO = Path(__file__).resolve().parents[2]
RUANG_KERJA_BAWAAN = AKAR_REPO / "ruang_kerja"

# Pengaturan JupyterLab untuk kelas luring: antarmuka berbahasa Indonesia, tanpa pengumuman/berita dari internet.
PENGATURAN_LAB = {
    "@jupyterlab/translation-extension:plugin": {"locale": "id_ID"},
    "@jupyterlab/apputils-extension:notification": {"checkForUpdates": False, "fetchNews": "false"},
}
EKSTENSI_NONAKTIF = {"@jupyterlab/apputils-extension:announcements": True}


def pasang_pengaturan_lab(prefix: Path | None = None) -> list[Path]:
    """Tulis overrides.json dan page_config.json di lingkungan Python ini (berlaku untuk semua pengguna)."""
    prefix = Path(prefix or sys.prefix)
    overrides = prefix / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    page_config = prefix / "etc" / "jupyter" / "labconfig" / "page_config.json"
    for path, isi, kunci in (
        (overrides, PENGATURAN_LAB, None),
        (page_config, EKSTENSI_NONAKTIF, "disabledExtensions"),
    ):
        path.parent.mkdir(parents=True, exist_ok=True)
        lama = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        if kunci:
            lama.setdefault(kunci, {}).update(isi)
        else:
            lama.update(isi)
        path.write_text(json.dumps(lama, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return [overrides, page_config]


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
    from bimtek.kursus.persiapan import siapkan_ruang_kerja

    hasil = siapkan_ruang_kerja(ruang_kerja)
    print(f"  {len(hasil.disalin)} berkas baru disalin, {len(hasil.dibiarkan)} berkas peserta dibiarkan apa adanya.")


def _langkah_persiapan(ruang_kerja: Path = RUANG_KERJA_BAWAAN) -> list[tuple[str, Callable[[], object]]]:
    langkah: list[tuple[str, Callable[[], object]]] = [
        ("Pengaturan JupyterLab (bahasa Indonesia, mode luring)", pasang_pengaturan_lab),
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
    print(f"Panduan: http://127.0.0.1:{server.server_port}/", flush=True)
    perintah = [
        sys.executable, "-m", "jupyter", "lab",
        f"--ServerApp.root_dir={ruang}",
        f"--port={args.port}",
        "--ServerApp.ip=127.0.0.1",
        "--no-browser" if args.tanpa_peramban else "--ServerApp.open_browser=True",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        perintah.append("--allow-root")
    print("JupyterLab dimulai; buka alamat http://127.0.0.1:... yang dicetak di bawah. Tekan Ctrl+C untuk berhenti.")
    try:
        return subprocess.call(perintah)
    finally:
        server.shutdown()


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
