"""Server halaman pantau: lokal (laptop, hanya loopback bawaan) atau layanan JupyterHub (hanya admin hub).

Dua alamat: `/` halaman untuk proyektor, `/json` cuplikan yang sama untuk skrip. `?modul=NAMA` memilih modul.
Layanan hub memakai HubOAuth dari `jupyterhub.services.auth`: hanya akun dengan cakupan
`access:services!service=<nama>` (admin hub, atau peran yang diberi cakupan itu) yang dapat membuka.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from tornado import web

from bimtek.pantau import halaman
from bimtek.pantau.pantauan import Pantauan, dari_kelas

NAMA_LAYANAN = "pantau"
PORT_LAYANAN = 10815  # port loopback tempat hub menjalankan layanan (ubah bila bentrok)


class _Dasar(web.RequestHandler):
    def initialize(self, pantauan: Pantauan, segarkan: int, dasar: str) -> None:
        self.pantauan, self.segarkan, self.dasar = pantauan, segarkan, dasar

    def _cuplikan(self):
        return self.pantauan.cuplikan(self.get_argument("modul", None) or None)

    def set_default_headers(self) -> None:
        self.set_header("Cache-Control", "no-store")
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")


class HalamanPantau(_Dasar):
    def get(self) -> None:
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.finish(halaman.render(self._cuplikan(), self.segarkan, self.dasar))


class JsonPantau(_Dasar):
    def get(self) -> None:
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.finish(json.dumps(self._cuplikan().ke_json(), ensure_ascii=False))


def aplikasi(pantauan: Pantauan, segarkan: int = 5, dasar: str = "/", hub: bool = False) -> web.Application:
    """Aplikasi tornado; `hub=True` menambahkan HubOAuth (butuh variabel lingkungan layanan dari JupyterHub)."""
    opsi = {"pantauan": pantauan, "segarkan": segarkan, "dasar": dasar}
    if not hub:
        return web.Application([(dasar, HalamanPantau, opsi), (dasar + "json", JsonPantau, opsi)])
    from jupyterhub.services.auth import HubOAuthCallbackHandler, HubOAuthenticated

    class HalamanHub(HubOAuthenticated, HalamanPantau):
        @web.authenticated
        def get(self) -> None:
            super().get()

    class JsonHub(HubOAuthenticated, JsonPantau):
        @web.authenticated
        def get(self) -> None:
            super().get()

    return web.Application(
        [(dasar, HalamanHub, opsi), (dasar + "json", JsonHub, opsi),
         (dasar + "oauth_callback", HubOAuthCallbackHandler)],
        cookie_secret=os.urandom(32),
    )


def jalankan(app: web.Application, host: str, port: int) -> None:
    from tornado.ioloop import IOLoop

    app.listen(port, address=host)
    IOLoop.current().start()


# --- layanan JupyterHub -------------------------------------------------------------------------------
def layanan_hub(folder_peristiwa: str, folder_kelas: str | None = None, nama: str = NAMA_LAYANAN,
                port: int = PORT_LAYANAN, python: str | None = None) -> dict[str, Any]:
    """Entri `c.JupyterHub.services` untuk halaman pantau (hub menjalankan dan mematikannya sendiri)."""
    lingkungan = {"BIMTEK_PANTAU_DIR": folder_peristiwa}
    if folder_kelas:
        lingkungan["BIMTEK_KELAS"] = folder_kelas
    return {
        "name": nama,
        "url": f"http://127.0.0.1:{port}",
        "command": [python or sys.executable, "-m", "bimtek.pantau.server", "--hub"],
        "environment": lingkungan,
        "oauth_no_confirm": True,
        "display": True,  # muncul di menu Services hub, tetapi hanya yang berhak dapat membukanya
        "info": {"keterangan": "Pantau kelas: kemajuan peserta secara langsung (fasilitator)"},
    }


def peran_hub(nama: str = NAMA_LAYANAN, pengguna: list[str] | None = None,
              grup: list[str] | None = None) -> dict[str, Any]:
    """Entri `c.JupyterHub.load_roles`. Admin hub sudah boleh membuka layanan apa pun (peran `admin` memuat
    `access:services`); peran ini untuk pelatih yang bukan admin, bila penyelenggara menghendakinya."""
    return {
        "name": f"{nama}-fasilitator",
        "description": "Membuka halaman pantau kelas",
        "scopes": [f"access:services!service={nama}"],
        "users": list(pengguna or []),
        "groups": list(grup or []),
    }


def _utama(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bimtek.pantau.server",
                                description="Halaman pantau kelas sebagai layanan JupyterHub.")
    p.add_argument("--hub", action="store_true", help="jalankan sebagai layanan JupyterHub (HubOAuth)")
    p.add_argument("--segarkan", type=int, default=5, metavar="DETIK")
    args = p.parse_args(argv)
    if not args.hub:
        p.error("Untuk laptop, pakai: bimtek kelas pantau --web")
    from urllib.parse import urlparse

    url = urlparse(os.environ["JUPYTERHUB_SERVICE_URL"])
    dasar = os.environ.get("JUPYTERHUB_SERVICE_PREFIX", f"/services/{NAMA_LAYANAN}/")
    kelas = os.environ.get("BIMTEK_KELAS")
    pantauan = dari_kelas(Path(kelas) if kelas else None)
    jalankan(aplikasi(pantauan, args.segarkan, dasar, hub=True), url.hostname or "127.0.0.1", url.port or 80)
    return 0


if __name__ == "__main__":
    sys.exit(_utama())
