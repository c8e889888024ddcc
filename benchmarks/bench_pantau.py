"""Tolok ukur pantau kelas: 100 peserta x 60 peristiwa.

Mencetak, dengan pembanding dari putaran yang sama:
- cuplikan kelas (baca semua berkas + hitung), dingin dan segar-ulang, lawan sekadar membaca dan mengurai JSON;
  sasaran < 1 s;
- tambahan waktu `cek()` karena menulis peristiwa: `cek()` dengan pencatatan lawan `cek()` dengan pencatatan
  dimatikan (BIMTEK_PANTAU=mati); sasaran < 5 ms;
- waktu tanggap halaman web dan JSON (server tornado lokal, 100 peserta) lawan menghitung cuplikan saja.

    .venv/bin/python benchmarks/bench_pantau.py [--peserta 100] [--peristiwa 60] [--port 9030]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from bimtek.pantau import peristiwa
from bimtek.pantau.cuplikan import butir_modul
from bimtek.pantau.pantauan import Pantauan
from bimtek.pantau.peristiwa import baris_peristiwa

MODUL = "modul-0-orientasi"


def buat_kelas(folder: Path, peserta: int, per_peserta: int) -> list[tuple[str, str, str]]:
    acak = random.Random(15)
    daftar = []
    t0 = time.time() - 3600
    for k in range(peserta):
        nip = f"19800101200501{1000 + k:04d}"
        daftar.append((nip, f"Peserta {k + 1:03d}", "Unit"))
        baris = []
        t = t0
        for _ in range(per_peserta):
            t += acak.random() * 50
            hasil = acak.choice(["salah", "salah", "belum", "benar", "petunjuk-1", "petunjuk-2"])
            baris.append(baris_peristiwa(MODUL, f"soal_{acak.randint(1, 5)}", hasil, nip, t))
        (folder / f"{nip}.jsonl").write_bytes(b"".join(baris))
    return daftar


def ukur(fungsi, ulang: int) -> float:
    """Median detik per panggilan."""
    hasil = []
    for _ in range(ulang):
        t = time.perf_counter()
        fungsi()
        hasil.append(time.perf_counter() - t)
    return statistics.median(hasil)


def baca_mentah(folder: Path) -> int:
    n = 0
    for p in folder.iterdir():
        for baris in p.read_bytes().splitlines():
            json.loads(baris)
            n += 1
    return n


def bench_cek(folder_kerja: Path, ulang: int) -> tuple[float, float]:
    from bimtek.latihan.modul_0 import soal_1

    nb = folder_kerja / MODUL
    nb.mkdir()
    (nb / f"{MODUL}.ipynb").write_text("{}", encoding="utf-8")
    os.chdir(nb)
    ruang = {"jam_kerja_per_hari": 8, "menit_kerja_per_minggu": 1}
    sys_stdout = sys.stdout
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keluaran cek() tidak diukur di terminal
    try:
        os.environ["BIMTEK_PANTAU"] = "mati"
        soal_1.cek(ruang)
        tanpa = ukur(lambda: soal_1.cek(ruang), ulang)
        os.environ.pop("BIMTEK_PANTAU")
        soal_1.cek(ruang)
        dengan = ukur(lambda: soal_1.cek(ruang), ulang)
    finally:
        sys.stdout.close()
        sys.stdout = sys_stdout
    tertulis = len((nb / "jawaban" / "pantau.jsonl").read_bytes().splitlines())
    assert tertulis == ulang + 1, tertulis
    return tanpa, dengan


def bench_web(pantauan: Pantauan, port: int, ulang: int) -> tuple[float, float, float]:
    from tornado.ioloop import IOLoop

    from bimtek.pantau.server import aplikasi

    siap = threading.Event()
    kotak: dict = {}

    def jalan() -> None:
        asyncio.set_event_loop(asyncio.new_event_loop())
        kotak["server"] = aplikasi(pantauan).listen(port, address="127.0.0.1")
        kotak["loop"] = IOLoop.current()
        siap.set()
        kotak["loop"].start()

    utas = threading.Thread(target=jalan, daemon=True)
    utas.start()
    siap.wait(10)
    url = f"http://127.0.0.1:{port}/"

    def ambil(alamat: str) -> None:
        with urllib.request.urlopen(alamat, timeout=30) as r:
            r.read()

    try:
        ambil(url)
        html = ukur(lambda: ambil(url), ulang)
        js = ukur(lambda: ambil(url + "json"), ulang)
        cuplikan = ukur(lambda: pantauan.cuplikan(MODUL), ulang)
    finally:
        def henti() -> None:
            kotak["server"].stop()
            kotak["loop"].stop()

        kotak["loop"].add_callback(henti)
        utas.join(10)
    return html, js, cuplikan


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--peserta", type=int, default=100)
    p.add_argument("--peristiwa", type=int, default=60)
    p.add_argument("--port", type=int, default=9030)
    p.add_argument("--ulang", type=int, default=20)
    args = p.parse_args()
    for v in ("BIMTEK_PANTAU_DIR", "JUPYTERHUB_USER", "BIMTEK_NIP", "BIMTEK_PANTAU"):
        os.environ.pop(v, None)
    butir_modul(MODUL)  # impor modul latihan sekali (biaya awal proses, bukan biaya tiap cuplikan)
    with tempfile.TemporaryDirectory(prefix="bench-pantau-") as tmp:
        folder = Path(tmp) / "pantau"
        folder.mkdir()
        daftar = buat_kelas(folder, args.peserta, args.peristiwa)
        n = args.peserta * args.peristiwa
        print(f"Kelas simulasi: {args.peserta} peserta x {args.peristiwa} peristiwa = {n} baris")

        mentah = ukur(lambda: baca_mentah(folder), 5)
        dingin = ukur(lambda: Pantauan(folder_hub=folder, peserta=daftar).cuplikan(MODUL), 5)
        tetap = Pantauan(folder_hub=folder, peserta=daftar)
        tetap.cuplikan(MODUL)
        segar = ukur(lambda: tetap.cuplikan(MODUL), 10)
        print(f"Pembanding, baca + urai JSON saja:     {mentah * 1000:8.1f} ms")
        print(f"Cuplikan dingin (baca semua + hitung): {dingin * 1000:8.1f} ms  = {dingin / mentah:.2f}x pembanding"
              f"  (sasaran < 1000 ms: {'YA' if dingin < 1 else 'TIDAK'})")
        print(f"Cuplikan segar-ulang (baris baru saja): {segar * 1000:7.1f} ms  = {segar / mentah:.2f}x pembanding")

        tanpa, dengan = bench_cek(Path(tmp), 300)
        tambah = (dengan - tanpa) * 1000
        print(f"cek() tanpa pencatatan (pembanding):   {tanpa * 1000:8.3f} ms")
        print(f"cek() dengan pencatatan:               {dengan * 1000:8.3f} ms  = {dengan / tanpa:.2f}x pembanding, "
              f"tambahan {tambah:.3f} ms (sasaran < 5 ms: {'YA' if tambah < 5 else 'TIDAK'})")
        assert not peristiwa._sudah_memperingatkan, "penulisan peristiwa gagal selama tolok ukur"

        html, js, cupl = bench_web(tetap, args.port, args.ulang)
        print(f"Cuplikan saja (pembanding web):        {cupl * 1000:8.1f} ms")
        print(f"Halaman web {args.peserta} peserta:              {html * 1000:8.1f} ms  = "
              f"{html / cupl:.2f}x pembanding")
        print(f"JSON {args.peserta} peserta:                     {js * 1000:8.1f} ms  = {js / cupl:.2f}x pembanding")
    return 0


if __name__ == "__main__":
    sys.exit(main())
