"""Layanan hub yang menyajikan panduan yang sudah dibangun di /services/panduan/ (tanpa perlu masuk)."""

from __future__ import annotations

import functools
import http.server
import os
import sys
from urllib.parse import urlsplit


class _Panduan(http.server.SimpleHTTPRequestHandler):
    awalan = "/"

    def translate_path(self, path: str) -> str:
        bagian = urlsplit(path).path
        if bagian.startswith(self.awalan):
            bagian = "/" + bagian[len(self.awalan):]
        return super().translate_path(bagian)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - nama dari kelas induk
        pass


def main() -> None:
    folder = sys.argv[1]
    url = urlsplit(os.environ.get("JUPYTERHUB_SERVICE_URL", "http://127.0.0.1:8949"))
    _Panduan.awalan = os.environ.get("JUPYTERHUB_SERVICE_PREFIX", "/services/panduan/")
    server = http.server.ThreadingHTTPServer((url.hostname or "127.0.0.1", url.port or 8949),
                                             functools.partial(_Panduan, directory=folder))
    server.serve_forever()


if __name__ == "__main__":
    main()
