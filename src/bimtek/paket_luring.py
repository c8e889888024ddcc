"""`bimtek paket-luring --keluar DIR`: satu folder untuk tempat pelatihan tanpa internet.

Isi: `roda/` (wheel kit dan semua ketergantungannya untuk platform server ini, dari `pip wheel`), `panduan/`
(panduan yang sudah dibangun), `pasang.sh` (memasang kit dari `roda/` dengan `pip --no-index`, tanpa jaringan),
dan `BACA.txt`. Dibuat dari salinan repositori (tempat wheel kit dan panduan dibangun).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from bimtek import lokasi
from bimtek.galat import KesalahanPengguna

SKRIP_PASANG = """\
#!/bin/sh
# Memasang Kit Bimtek dari folder ini tanpa internet. Pakai: sh pasang.sh [FOLDER_LINGKUNGAN] (bawaan: ./bimtek-env)
set -eu
DI_SINI=$(cd "$(dirname "$0")" && pwd)
TUJUAN=${{1:-$DI_SINI/bimtek-env}}
python3 -m venv "$TUJUAN"
"$TUJUAN/bin/python" -m pip install --no-index --find-links "$DI_SINI/roda" --no-cache-dir "bimtek{ekstra}"
echo "Kit terpasang di $TUJUAN. Coba: $TUJUAN/bin/bimtek --help"
echo "Panduan (sudah dibangun): $DI_SINI/panduan/index.html"
"""

BACA = """\
Paket luring Kit Bimtek e-Kinerja

roda/       wheel kit dan semua ketergantungannya (Python {versi}, {platform})
panduan/    panduan yang sudah dibangun; buka panduan/index.html di peramban
pasang.sh   memasang kit tanpa internet: sh pasang.sh

Paket ini hanya untuk server dengan versi Python dan platform yang sama dengan komputer pembuatnya.
"""


def _pip(*argv: str) -> None:
    hasil = subprocess.run([sys.executable, "-m", "pip", *argv], capture_output=True, text=True)
    if hasil.returncode != 0:
        raise KesalahanPengguna("pip gagal: " + " ".join(argv[:2]) + "\n" + hasil.stderr[-2000:])


def buat(keluar: Path, ekstra: str = "", panduan: bool = True) -> Path:
    """Tulis paket luring ke `keluar` (folder baru atau kosong)."""
    repo = lokasi.akar_repo()
    if repo is None:
        raise KesalahanPengguna(
            "Paket luring dibuat dari salinan repositori kit (tempat wheel dan panduan dibangun). "
            "Jalankan perintah ini dari salinan repositori."
        )
    keluar = Path(keluar).resolve()
    if keluar.exists() and any(keluar.iterdir()):
        raise KesalahanPengguna(f"Folder {keluar} tidak kosong. Pilih folder baru agar tidak ada yang tertimpa.")
    roda = keluar / "roda"
    roda.mkdir(parents=True)
    print("- wheel kit ...", flush=True)
    _pip("wheel", "--no-deps", "-q", "-w", str(roda), str(repo))
    wheel_kit = next(roda.glob("bimtek-*.whl"))
    print("- wheel semua ketergantungan (pip wheel) ...", flush=True)
    _pip("wheel", "-q", "-w", str(roda), f"{wheel_kit}{ekstra}")
    # pip dan setuptools ikut agar venv di server dapat diperbarui tanpa internet.
    _pip("download", "-q", "-d", str(roda), "pip", "setuptools")
    if panduan:
        print("- panduan (mkdocs build --strict) ...", flush=True)
        hasil = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d",
                                str(keluar / "panduan")], cwd=repo, capture_output=True, text=True)
        if hasil.returncode != 0:
            raise KesalahanPengguna("Panduan gagal dibangun (mkdocs build --strict).\n" + hasil.stderr[-3000:])
    skrip = keluar / "pasang.sh"
    skrip.write_text(SKRIP_PASANG.format(ekstra=ekstra), encoding="utf-8")
    skrip.chmod(0o755)
    import platform

    (keluar / "BACA.txt").write_text(BACA.format(versi=platform.python_version(), platform=platform.platform()),
                                     encoding="utf-8")
    return keluar


def _jalankan(args: argparse.Namespace) -> int:
    ekstra = f"[{args.ekstra}]" if args.ekstra else ""
    keluar = buat(Path(args.keluar), ekstra, panduan=not args.tanpa_panduan)
    jumlah = len(list((keluar / "roda").glob("*.whl")))
    print(f"Paket luring siap di {keluar}: {jumlah} wheel, panduan, pasang.sh. Salin foldernya ke server, "
          "lalu jalankan: sh pasang.sh")
    return 0


def daftarkan(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("paket-luring", help="folder pemasangan tanpa internet (wheel, panduan, skrip pasang)",
                       description="Menulis wheel kit dan semua ketergantungannya, panduan yang sudah dibangun, "
                                   "dan skrip pasang.sh ke satu folder untuk server tanpa internet.")
    p.add_argument("--keluar", required=True, metavar="FOLDER", help="folder tujuan (baru atau kosong)")
    p.add_argument("--ekstra", metavar="NAMA", help="paket tambahan kit, misalnya hub (JupyterHub)")
    p.add_argument("--tanpa-panduan", action="store_true", help="jangan bangun panduan")
    p.set_defaults(jalankan=_jalankan)
