"""Bantuan uji hub: JupyterHub sungguhan dari konfigurasi yang dibuat kit, peserta lewat HTTP dan API kernel."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests


def _jalankan_async(coro):
    """asyncio.run di utas sendiri: uji lain dalam proses pytest yang sama (mis. Playwright sync) dapat
    meninggalkan event loop yang masih berjalan di utas utama."""
    with ThreadPoolExecutor(1) as pelaksana:
        return pelaksana.submit(asyncio.run, coro).result()

AKAR = Path(__file__).resolve().parents[2]
BIMTEK = [sys.executable, "-m", "bimtek.cli"]


def bimtek(*argv: str, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([*BIMTEK, *argv], capture_output=True, text=True, timeout=timeout, cwd=AKAR)


# Tanda bersama uji hub: akun peserta adalah pengguna sistem (butuh root) dan proksi dari npm.
TANDA_HUB = [
    pytest.mark.lambat,
    pytest.mark.skipif(os.geteuid() != 0, reason="akun peserta adalah pengguna sistem: butuh root"),
    pytest.mark.skipif(not (AKAR / ".hub/node_modules/.bin/configurable-http-proxy").exists()
                       and not shutil.which("configurable-http-proxy"),
                       reason="configurable-http-proxy belum terpasang (make hub-siapkan)"),
]


@contextlib.contextmanager
def tempat_hub(awalan: str, akun: list[str], grup: str):
    """Folder uji yang dapat dicapai pengguna peserta (bukan tmp_path pytest, 0700 milik root); akun dan grup uji
    dihapus sebelum dan sesudahnya."""
    akar = Path(tempfile.mkdtemp(prefix=awalan, dir="/tmp"))
    os.chmod(akar, 0o755)
    hapus_akun(akun)
    try:
        yield akar
    finally:
        hapus_akun(akun)
        subprocess.run(["groupdel", grup], capture_output=True)
        shutil.rmtree(akar, ignore_errors=True)


def roster_dan_panduan(tempat: Path, nip: list[str]) -> tuple[Path, Path]:
    """Daftar peserta CSV dan folder panduan kecil untuk `bimtek hub konfigurasi` di folder uji."""
    roster = tempat / "peserta.csv"
    roster.write_text("NIP,nama,unit\n" + "".join(f"{n},Peserta {i},Unit Uji\n" for i, n in enumerate(nip)))
    panduan = tempat / "panduan"
    panduan.mkdir()
    (panduan / "index.html").write_text("<h1>Panduan uji</h1>", encoding="utf-8")
    return roster, panduan


def hapus_akun(nama: list[str]) -> None:
    """Hapus pengguna sistem uji (beserta rumahnya) bila ada."""
    import pwd

    for n in nama:
        try:
            pwd.getpwnam(n)
        except KeyError:
            continue
        subprocess.run(["userdel", "--remove", n], capture_output=True)


class Hub:
    """`bimtek hub mulai` di latar; dihentikan (beserta server peserta) saat keluar."""

    def __init__(self, folder: Path, port: int):
        self.folder, self.url = folder, f"http://127.0.0.1:{port}"
        # Log hub disimpan di artefak/ agar dapat dibaca setelah uji gagal.
        self.berkas_log = AKAR / "artefak" / f"hub-{port}.log"
        self.berkas_log.parent.mkdir(exist_ok=True)
        self.log = open(self.berkas_log, "w")  # noqa: SIM115 - ditutup di hentikan()
        self.proses = subprocess.Popen([*BIMTEK, "hub", "mulai", "--konfigurasi", str(folder)], cwd=AKAR,
                                       stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)

    def tunggu_siap(self, batas: float = 90) -> None:
        akhir = time.monotonic() + batas
        while time.monotonic() < akhir:
            if self.proses.poll() is not None:
                raise RuntimeError("hub berhenti:\n" + self.berkas_log.read_text()[-4000:])
            try:
                if requests.get(self.url + "/hub/api/", timeout=2).status_code == 200:
                    return
            except requests.ConnectionError:
                pass
            time.sleep(0.5)
        raise TimeoutError("hub tidak siap:\n" + self.berkas_log.read_text()[-4000:])

    def hentikan(self) -> None:
        if self.proses.poll() is None:
            self.proses.send_signal(signal.SIGTERM)
            try:
                self.proses.wait(60)
            except subprocess.TimeoutExpired:
                self.proses.kill()
                self.proses.wait(10)
        # Proxy dan layanan hub berjalan di sesi proses yang dimulai uji ini: pastikan tidak ada yang tertinggal.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proses.pid, signal.SIGTERM)
        self.log.close()


class Peserta:
    """Satu peserta: masuk lewat formulir hub, token API miliknya, server, dan kernel."""

    def __init__(self, hub_url: str, nama: str):
        self.hub, self.nama, self.s = hub_url, nama, requests.Session()
        self.token = ""

    def masuk(self, sandi: str) -> requests.Response:
        self.s.get(self.hub + "/hub/login", timeout=30)
        xsrf = self.s.cookies.get("_xsrf", "")
        return self.s.post(self.hub + "/hub/login?next=", data={"username": self.nama, "password": sandi,
                                                                 "_xsrf": xsrf}, timeout=60, allow_redirects=False)

    def buat_token(self) -> None:
        r = self.s.post(f"{self.hub}/hub/api/users/{self.nama}/tokens", json={"note": "uji", "expires_in": 1800},
                        headers={"X-XSRFToken": self.s.cookies.get("_xsrf", path="/hub/") or ""}, timeout=30)
        r.raise_for_status()
        self.token = r.json()["token"]

    @property
    def _kepala(self) -> dict:
        return {"Authorization": f"token {self.token}"}

    def mulai_server(self, batas: float = 180) -> float:
        t0 = time.monotonic()
        r = requests.post(f"{self.hub}/hub/api/users/{self.nama}/server", headers=self._kepala, timeout=60)
        assert r.status_code in (201, 202), r.text
        while time.monotonic() - t0 < batas:
            info = requests.get(f"{self.hub}/hub/api/users/{self.nama}", headers=self._kepala, timeout=30).json()
            if info.get("servers", {}).get("", {}).get("ready"):
                return time.monotonic() - t0
            time.sleep(0.5)
        raise TimeoutError(f"server {self.nama} tidak siap")

    def api(self, metode: str, jalur: str, **kw) -> requests.Response:
        return requests.request(metode, f"{self.hub}/user/{self.nama}/api/{jalur}", headers=self._kepala,
                                timeout=60, **kw)

    def buat_folder(self, jalur: str) -> None:
        self.api("PUT", f"contents/{jalur}", json={"type": "directory"}).raise_for_status()

    def tulis_berkas(self, jalur: str, isi: dict | str, jenis: str = "notebook") -> None:
        data = {"type": jenis, "format": "json" if jenis == "notebook" else "text", "content": isi}
        self.api("PUT", f"contents/{jalur}", json=data).raise_for_status()

    def jalankan_notebook(self, jalur: str, nb: dict, batas_sel: float = 120) -> list[dict]:
        """Jalankan semua sel kode notebook lewat API kernel (sesi dengan folder notebook sebagai cwd)."""
        sesi = self.api("POST", "sessions", json={"path": jalur, "type": "notebook", "name": "",
                                                  "kernel": {"name": "python3"}}).json()
        try:
            kode = ["".join(c["source"]) if isinstance(c["source"], list) else c["source"]
                    for c in nb["cells"] if c["cell_type"] == "code"]
            return _jalankan_async(self._eksekusi(sesi["kernel"]["id"], kode, batas_sel))
        finally:
            self.api("DELETE", f"sessions/{sesi['id']}")

    def jalankan_kode(self, jalur: str, kode: str) -> list[dict]:
        sesi = self.api("POST", "sessions", json={"path": jalur, "type": "notebook", "name": "",
                                                  "kernel": {"name": "python3"}}).json()
        try:
            return _jalankan_async(self._eksekusi(sesi["kernel"]["id"], [kode], 60))
        finally:
            self.api("DELETE", f"sessions/{sesi['id']}")

    async def _eksekusi(self, kernel: str, sel: list[str], batas: float) -> list[dict]:
        from tornado.httpclient import HTTPRequest
        from tornado.websocket import websocket_connect

        url = f"{self.hub.replace('http', 'ws')}/user/{self.nama}/api/kernels/{kernel}/channels"
        ws = await websocket_connect(HTTPRequest(url, headers=self._kepala, connect_timeout=120, request_timeout=120))
        sesi, hasil = uuid.uuid4().hex, []
        try:
            for kode in sel:
                mid = uuid.uuid4().hex
                ws.write_message(json.dumps({
                    "header": {"msg_id": mid, "msg_type": "execute_request", "username": self.nama,
                               "session": sesi, "version": "5.3", "date": ""},
                    "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
                    "content": {"code": kode, "silent": False, "store_history": True, "user_expressions": {},
                                "allow_stdin": False, "stop_on_error": False}}))
                keluaran: dict = {"teks": "", "galat": None}
                while True:
                    pesan = json.loads(await asyncio.wait_for(ws.read_message(), batas))
                    if pesan.get("parent_header", {}).get("msg_id") != mid:
                        continue
                    jenis = pesan["msg_type"]
                    if jenis == "stream":
                        keluaran["teks"] += pesan["content"]["text"]
                    elif jenis == "error":
                        keluaran["galat"] = pesan["content"]["ename"]
                    elif jenis == "status" and pesan["content"]["execution_state"] == "idle":
                        break  # keluaran iopub sel ini sudah lengkap
                hasil.append(keluaran)
        finally:
            ws.close()
        return hasil
