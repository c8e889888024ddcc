"""Baris perintah `bimtek hub ...`: konfigurasi, mulai, umpan balik ke rumah peserta."""

from __future__ import annotations

import argparse
from pathlib import Path

from bimtek import lokasi


def _konfigurasi(args: argparse.Namespace) -> int:
    from bimtek.hub import akun, konfigurasi
    from bimtek.kelas import peserta
    from bimtek.kelas.buat import buat
    from bimtek.kelas.folder_kelas import FolderKelas

    folder = Path(args.keluar).resolve()
    daftar = akun.dari_daftar(Path(args.peserta), args.fasilitator or [])
    kelas_dir = Path(args.kelas).resolve() if args.kelas else folder / "kelas"
    exchange = Path(args.exchange).resolve() if args.exchange else folder / "exchange"
    kelas = FolderKelas(kelas_dir) if (kelas_dir / "nbgrader_config.py").exists() else buat(kelas_dir, exchange)
    peserta.impor(kelas, Path(args.peserta))
    p = konfigurasi.PengaturanHub(
        folder=folder, kelas=kelas_dir, exchange=exchange,
        panduan=Path(args.panduan).resolve() if args.panduan else lokasi.panduan_terbangun(),
        ip=args.ip, port=args.port, port_hub=args.port_hub, port_api_proxy=args.port_api_proxy,
        port_panduan=args.port_panduan, port_pantau=args.port_pantau, pantau=Path(args.folder_pantau).resolve(),
        grup_pelatih=args.grup_pelatih, memori=args.memori, cpu=args.cpu, batas_diam=args.batas_diam * 60,
        kursus=kelas.konfigurasi().CourseDirectory.course_id, proxy=args.proxy or konfigurasi.cari_proxy(),
        akun=daftar, python=konfigurasi.cari_python(args.python),
    )
    berkas = konfigurasi.tulis(p)
    jumlah = sum(not a.fasilitator for a in daftar)
    print(f"Konfigurasi ditulis: {berkas}\n{jumlah} peserta, fasilitator: {', '.join(args.fasilitator or []) or '-'}."
          f"\nKelas: {kelas_dir} (pakai --kelas {kelas_dir} pada bimtek kelas ...)\n"
          f"Mulai server: sudo bimtek hub mulai --konfigurasi {folder}")
    return 0


def _mulai(args: argparse.Namespace) -> int:
    from bimtek.hub import server

    return server.mulai(Path(args.konfigurasi))


def _umpan_balik(args: argparse.Namespace) -> int:
    from bimtek.hub import server

    sampai, belum = server.umpan_balik_ke_rumah(Path(args.konfigurasi), args.modul)
    print(f"{args.modul}: umpan balik sampai di rumah {sampai} peserta (folder umpan_balik/{args.modul}/)."
          + (f" Belum ada umpan balik untuk: {', '.join(belum)}." if belum else ""))
    return 0


def daftarkan(sub: argparse._SubParsersAction) -> None:
    h = sub.add_parser("hub", help="server kelas JupyterHub: konfigurasi, mulai, umpan balik ke peserta",
                       description="Server kelas JupyterHub: peserta hanya butuh peramban.")
    hs = h.add_subparsers(dest="langkah_hub", title="langkah", metavar="LANGKAH")
    k = hs.add_parser("konfigurasi", help="tulis jupyterhub_config.py dari daftar peserta")
    k.add_argument("--peserta", required=True, metavar="BERKAS", help="daftar peserta .csv/.xlsx (NIP, nama, unit)")
    k.add_argument("--keluar", default="hub", metavar="FOLDER", help="folder konfigurasi (bawaan: ./hub)")
    k.add_argument("--fasilitator", action="append", metavar="NAMA", help="akun fasilitator (admin); boleh diulang")
    k.add_argument("--kelas", metavar="FOLDER", help="folder kelas (bawaan: FOLDER_KONFIGURASI/kelas, dibuat)")
    k.add_argument("--exchange", metavar="FOLDER", help="exchange nbgrader (bawaan: FOLDER_KONFIGURASI/exchange)")
    k.add_argument("--panduan", metavar="FOLDER", help="panduan yang sudah dibangun (bawaan: site/)")
    k.add_argument("--ip", default="0.0.0.0", help="alamat yang didengarkan (bawaan: semua jaringan)")
    k.add_argument("--port", type=int, default=8000, help="port untuk peserta (bawaan: 8000)")
    k.add_argument("--port-hub", type=int, default=8081, help="port internal hub (bawaan: 8081)")
    k.add_argument("--port-api-proxy", type=int, default=8001, help="port internal API proxy (bawaan: 8001)")
    k.add_argument("--port-panduan", type=int, default=8002, help="port internal layanan panduan (bawaan: 8002)")
    k.add_argument("--port-pantau", type=int, default=8003, help="port internal layanan pantau kelas (bawaan: 8003)")
    k.add_argument("--folder-pantau", default="/srv/bimtek/pantau", metavar="FOLDER",
                   help="folder catatan kemajuan peserta untuk pantau kelas (bawaan: /srv/bimtek/pantau)")
    k.add_argument("--grup-pelatih", default="fasilitator", metavar="GRUP",
                   help="grup sistem akun fasilitator yang boleh membaca catatan kemajuan (bawaan: fasilitator)")
    k.add_argument("--memori", default="1G", help="batas memori per peserta, misalnya 1G atau 768M (bawaan: 1G)")
    k.add_argument("--cpu", type=float, default=1.0, help="batas CPU per peserta (bawaan: 1)")
    k.add_argument("--batas-diam", type=int, default=60, metavar="MENIT",
                   help="server peserta yang diam selama ini dihentikan (bawaan: 60)")
    k.add_argument("--proxy", metavar="PROGRAM", help="configurable-http-proxy (bawaan: dicari otomatis)")
    k.add_argument("--python", metavar="PROGRAM",
                   help="Python lingkungan kit untuk hub dan peserta (bawaan: .hub/venv repositori atau Python ini)")
    k.set_defaults(jalankan=_konfigurasi)

    m = hs.add_parser("mulai", help="siapkan akun sistem lalu jalankan JupyterHub (sebagai root)")
    m.add_argument("--konfigurasi", default="hub", metavar="FOLDER", help="folder konfigurasi (bawaan: ./hub)")
    m.set_defaults(jalankan=_mulai)

    u = hs.add_parser("umpan-balik", help="buat umpan balik lalu salin ke rumah setiap peserta")
    u.add_argument("modul", help="nama modul, misalnya modul-0-orientasi")
    u.add_argument("--konfigurasi", default="hub", metavar="FOLDER", help="folder konfigurasi (bawaan: ./hub)")
    u.set_defaults(jalankan=_umpan_balik)
