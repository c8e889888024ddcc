"""Tolok ukur server kelas: N peserta tiruan sekaligus di JupyterHub sungguhan (127.0.0.1) dari konfigurasi kit.

Setiap peserta: masuk pertama (kata sandi pilihan sendiri), memulai server, menerima Modul 0 dari rilis, menjalankan
semua sel lewat API kernel, lalu sel Kirim. Fasilitator mengumpulkan dari exchange. Dicetak: kegagalan (sasaran 0),
kiriman terkumpul (sasaran N/N), p50/p95 waktu sampai server berjalan dan sampai notebook selesai, memori puncak
per peserta dan total. Butuh root (akun sistem) dan `make hub-siapkan`.

    sudo .venv/bin/python benchmarks/bench_hub.py [--peserta 30] [--batas-menit 20]
"""

from __future__ import annotations

import argparse
import json
import os
import pwd
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(AKAR / "tests" / "hub"))
sys.path.insert(0, str(AKAR))  # alat/ (pembangun set gladi) tidak ikut terpasang

from bantu_hub import Hub, Peserta, bimtek  # noqa: E402
from test_hub_kelas import MODUL, _hapus_akun, _notebook_terisi  # noqa: E402

from alat.contoh_kiriman import baca_kunci  # noqa: E402

PORT = 8950


def _nip(i: int) -> str:
    return f"19800101201001{1 + i % 2}{i + 1:03d}"


class PengukurMemori(threading.Thread):
    """Setiap 0,5 detik: jumlah RSS semua proses milik setiap peserta (uid); disimpan puncaknya."""

    def __init__(self, uid: dict[int, str]):
        super().__init__(daemon=True)
        self.uid, self.puncak, self.puncak_total, self.berhenti = uid, defaultdict(int), 0, threading.Event()

    def run(self) -> None:
        import psutil

        while not self.berhenti.wait(0.5):
            sekarang: dict[str, int] = defaultdict(int)
            for p in psutil.process_iter(["uids", "memory_info"]):
                try:
                    nama = self.uid.get(p.info["uids"].real)
                    if nama:
                        sekarang[nama] += p.info["memory_info"].rss
                except (psutil.Error, TypeError, AttributeError):
                    continue
            for nama, rss in sekarang.items():
                self.puncak[nama] = max(self.puncak[nama], rss)
            self.puncak_total = max(self.puncak_total, sum(sekarang.values()))


def _persen(nilai: list[float], p: float) -> float:
    if not nilai:
        return float("nan")
    urut = sorted(nilai)
    return urut[min(len(urut) - 1, round(p / 100 * (len(urut) - 1)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--peserta", type=int, default=30)
    ap.add_argument("--batas-menit", type=float, default=20)
    ap.add_argument("--memori", default="1G")
    args = ap.parse_args()
    if os.geteuid() != 0:
        print("Butuh root: akun peserta adalah pengguna sistem.")
        return 2
    nip = [_nip(i) for i in range(args.peserta)]
    akar = Path(tempfile.mkdtemp(prefix="bench-hub-", dir="/tmp"))
    os.chmod(akar, 0o755)
    _hapus_akun(nip)
    roster = akar / "peserta.csv"
    roster.write_text("NIP,nama,unit\n" + "".join(f"{n},Peserta {i},Unit Uji\n" for i, n in enumerate(nip)))
    hub_dir, kelas_dir, exchange = akar / "hub", akar / "hub" / "kelas", akar / "exchange"
    (akar / "panduan").mkdir()
    (akar / "panduan" / "index.html").write_text("panduan")
    h = bimtek("hub", "konfigurasi", "--peserta", str(roster), "--keluar", str(hub_dir), "--kelas", str(kelas_dir),
               "--exchange", str(exchange), "--panduan", str(akar / "panduan"), "--ip", "127.0.0.1",
               "--port", str(PORT), "--port-hub", str(PORT + 1), "--port-api-proxy", str(PORT + 2),
               "--port-panduan", str(PORT + 3), "--memori", args.memori)
    if h.returncode != 0:
        print(h.stderr)
        return 1
    hub = Hub(hub_dir, PORT)
    gagal: list[str] = []
    waktu_server: list[float] = []
    waktu_notebook: list[float] = []
    try:
        hub.tunggu_siap()
        h = bimtek("kelas", "rilis", MODUL, "--mode", "exchange", "--kelas", str(kelas_dir))
        assert h.returncode == 0, h.stderr
        kunci = baca_kunci(kelas_dir / "source" / MODUL / f"{MODUL}.ipynb",
                           exchange / "bimtek-ekinerja" / "outbound" / MODUL / f"{MODUL}.ipynb", {})
        ukur = PengukurMemori({pwd.getpwnam(n).pw_uid: n for n in nip})
        ukur.start()
        batas = time.monotonic() + args.batas_menit * 60

        def satu(n: str) -> None:
            try:
                t0 = time.monotonic()
                p = Peserta(hub.url, n)
                r = p.masuk(f"sandi-{n[-6:]}")
                assert r.status_code == 302, f"masuk {r.status_code}"
                p.buat_token()
                p.mulai_server(batas=max(10.0, batas - time.monotonic()))
                waktu_server.append(time.monotonic() - t0)
                nb = _notebook_terisi(kunci, n, lengkap=True)
                jalur = f"{MODUL}/{MODUL}.ipynb"
                p.tulis_berkas(jalur, nb)
                t1 = time.monotonic()
                keluaran = p.jalankan_notebook(jalur, nb, batas_sel=max(10.0, batas - time.monotonic()))
                waktu_notebook.append(time.monotonic() - t1)
                assert "Terkirim ke fasilitator" in keluaran[-1]["teks"], keluaran[-1]
            except Exception as e:  # dicatat dan dihitung sebagai kegagalan; peserta lain berjalan terus
                gagal.append(f"{n}: {type(e).__name__}: {str(e)[:200]}")

        t_mulai = time.monotonic()
        with ThreadPoolExecutor(args.peserta) as ex:
            list(ex.map(satu, nip))
        durasi = time.monotonic() - t_mulai
        ukur.berhenti.set()
        h = bimtek("kelas", "kumpulkan", "--exchange", "--modul", MODUL, "--kelas", str(kelas_dir))
        terkumpul = len([p for p in (kelas_dir / "submitted").glob(f"*/{MODUL}") if p.is_dir()])
        print(f"Peserta sekaligus: {args.peserta} (batas memori {args.memori}, {os.cpu_count()} inti)")
        print(f"Kegagalan: {len(gagal)} (sasaran 0)")
        for g in gagal:
            print(f"  {g}")
        print(f"Kiriman terkumpul: {terkumpul}/{args.peserta}")
        print(f"Sampai server berjalan (masuk + mulai): p50 {_persen(waktu_server, 50):.1f} s, "
              f"p95 {_persen(waktu_server, 95):.1f} s")
        print(f"Notebook Modul 0 selesai dijalankan (termasuk Kirim): p50 {_persen(waktu_notebook, 50):.1f} s, "
              f"p95 {_persen(waktu_notebook, 95):.1f} s")
        puncak = list(ukur.puncak.values())
        if puncak:
            print(f"Memori puncak per peserta: median {statistics.median(puncak) / 2**20:.0f} MB, "
                  f"terbesar {max(puncak) / 2**20:.0f} MB; total semua peserta {ukur.puncak_total / 2**30:.2f} GB")
        print(f"Seluruh putaran: {durasi:.0f} s")
        print(json.dumps({"peserta": args.peserta, "gagal": len(gagal), "terkumpul": terkumpul}))
    finally:
        hub.hentikan()
        _hapus_akun(nip)
        shutil.rmtree(akar, ignore_errors=True)
    return 0 if not gagal else 1


if __name__ == "__main__":
    sys.exit(main())
