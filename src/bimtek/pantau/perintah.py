"""`bimtek kelas pantau`: tampilan kelas langsung di terminal, sekali sebagai JSON/teks, atau sebagai halaman web."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from bimtek.galat import KesalahanPengguna

PORT_BAWAAN = 8765


def _pantauan(args: argparse.Namespace):
    from bimtek.kelas.folder_kelas import folder_bawaan
    from bimtek.kelas.rilis import RUANG_KERJA_BAWAAN
    from bimtek.pantau.pantauan import dari_kelas

    folder = Path(args.folder) if args.folder else None
    if folder is not None and not folder.is_dir():
        raise KesalahanPengguna(f"Folder peristiwa {folder} tidak ada. Periksa --folder atau BIMTEK_PANTAU_DIR.")
    ruang = Path(args.ruang_kerja) if args.ruang_kerja else RUANG_KERJA_BAWAAN
    return dari_kelas(Path(args.kelas) if args.kelas else folder_bawaan(), folder,
                      ruang if ruang.is_dir() else None)


def jalankan(args: argparse.Namespace) -> int:
    from bimtek.pantau import tampilan_teks

    pantauan = _pantauan(args)
    if args.web:
        from bimtek.pantau.server import aplikasi
        from bimtek.pantau.server import jalankan as jalankan_server

        print(f"Halaman pantau: http://{args.host}:{args.port}/  (segar tiap {args.segarkan} detik; "
              "Ctrl+C untuk berhenti)", flush=True)
        try:
            jalankan_server(aplikasi(pantauan, args.segarkan), args.host, args.port)
        except OSError as e:
            raise KesalahanPengguna(f"Port {args.port} tidak dapat dipakai ({e.strerror}). Pilih port lain "
                                    "dengan --port.") from None
        except KeyboardInterrupt:
            return 0
        return 0
    if args.sekali or args.format == "json":
        c = pantauan.cuplikan(args.modul)
        if args.format == "json":
            print(json.dumps(c.ke_json(), ensure_ascii=False, indent=1))
        else:
            print("\n".join(tampilan_teks.tabel(c)))
        return 0
    warna = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    try:
        while True:
            teks = "\n".join(tampilan_teks.tabel(pantauan.cuplikan(args.modul), warna))
            print("\x1b[H\x1b[2J" + teks + f"\n\nDisegarkan tiap {args.segarkan} detik. Ctrl+C untuk berhenti.",
                  flush=True)
            time.sleep(args.segarkan)
    except KeyboardInterrupt:
        return 0


def daftarkan(ks: argparse._SubParsersAction, umum: argparse.ArgumentParser) -> None:
    p = ks.add_parser("pantau", parents=[umum], help="pantau kemajuan peserta secara langsung (terminal atau web)",
                      description="Menampilkan siapa belum mulai, siapa macet di butir apa, butir tersulit, dan "
                                  "kemajuan kelas. Tanpa pilihan: tabel di terminal yang diperbarui terus.")
    p.add_argument("--modul", help="modul yang dipantau (bawaan: modul yang terakhir dikerjakan)")
    p.add_argument("--sekali", action="store_true", help="tampilkan satu kali lalu selesai")
    p.add_argument("--format", choices=("teks", "json"), default="teks", help="teks atau json (bawaan: teks)")
    p.add_argument("--web", action="store_true", help="tampilkan sebagai halaman web (untuk proyektor)")
    p.add_argument("--port", type=int, default=PORT_BAWAAN, help=f"port halaman web (bawaan: {PORT_BAWAAN})")
    p.add_argument("--host", default="127.0.0.1",
                   help="alamat halaman web (bawaan: 127.0.0.1, hanya komputer ini)")
    p.add_argument("--segarkan", type=int, default=5, metavar="DETIK", help="jeda penyegaran (bawaan: 5)")
    p.add_argument("--folder", default=os.environ.get("BIMTEK_PANTAU_DIR"),
                   help="folder peristiwa server pelatihan (bawaan: $BIMTEK_PANTAU_DIR)")
    p.add_argument("--ruang-kerja", help="ruang kerja peserta di komputer ini (bawaan: ruang_kerja/ bila ada)")
    p.set_defaults(jalankan=jalankan)
