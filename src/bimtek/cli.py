"""Baris perintah `bimtek`: perintah tipis yang memanggil modul kit; semua teks dalam Bahasa Indonesia."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from bimtek import __version__, argparse_id
from bimtek.galat import KesalahanPengguna

# Setiap modul di sini punya fungsi `daftarkan(subparsers)` yang menambahkan sub-perintahnya sendiri.
MODUL_PERINTAH: tuple[str, ...] = (
    "bimtek.mulai",
    "bimtek.aturan.perintah",
    "bimtek.data.perintah",
    "bimtek.kelas.perintah",
    "bimtek.paket_luring",
    "bimtek.hub.perintah",
    "bimtek.panduan",
)


def buat_parser() -> argparse.ArgumentParser:
    argparse_id.pasang()
    parser = argparse.ArgumentParser(
        prog="bimtek",
        description=(
            "Kit Bimtek e-Kinerja: perangkat pelatihan sistem kepegawaian digital ASN "
            "(e-Kinerja, e-Presensi, SIASN, layanan kepegawaian daring)."
        ),
        epilog="Bantuan tiap perintah: bimtek PERINTAH --help",
    )
    parser.add_argument("--versi", action="version", version=f"bimtek {__version__}",
                        help="tampilkan versi kit lalu keluar")
    sub = parser.add_subparsers(dest="perintah", title="perintah", metavar="PERINTAH")
    for nama in MODUL_PERINTAH:
        importlib.import_module(nama).daftarkan(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = buat_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "jalankan", None):
        parser.print_help()
        return 0
    try:
        return int(args.jalankan(args) or 0)
    except KesalahanPengguna as e:
        print(f"Galat: {e}", file=sys.stderr)
        return e.kode_keluar
    except KeyboardInterrupt:
        print("\nDihentikan oleh pengguna.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
