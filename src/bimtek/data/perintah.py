"""Perintah `bimtek data buat` dan `bimtek data periksa`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

from bimtek.data.berkas import FORMAT, periksa, tulis_aliran, tulis_dataset
from bimtek.data.generator import (
    SEED_BAWAAN,
    SKALA,
    TAHUN_BAWAAN,
    buat_dataset,
    jumlah_pegawai,
    periode_presensi,
    susun_tabel,
)
from bimtek.galat import KesalahanPengguna


def _tanggal(teks: str) -> dt.date:
    try:
        return dt.date.fromisoformat(teks)
    except ValueError:
        raise argparse.ArgumentTypeError(f"tanggal {teks!r} harus berbentuk YYYY-MM-DD, mis. 2025-01-31") from None


def _periksa_periode(mulai: dt.date, selesai: dt.date) -> None:
    """Periode presensi dari --presensi-mulai/--presensi-selesai (atau bawaannya)."""
    if selesai < mulai:
        raise KesalahanPengguna(f"Pilihan tidak sah: periode presensi terbalik ({mulai.isoformat()} sampai "
                                f"{selesai.isoformat()}). Tukar --presensi-mulai dan --presensi-selesai.")
    if (selesai - mulai).days > 366:
        raise KesalahanPengguna("Pilihan tidak sah: periode presensi paling panjang satu tahun. Perpendek "
                                "--presensi-mulai sampai --presensi-selesai.")


def jalankan_buat(args: argparse.Namespace) -> int:
    mulai = time.perf_counter()
    kemajuan = False if args.tanpa_kemajuan else None
    # Hanya pilihan pengguna yang dilaporkan sebagai "Pilihan tidak sah"; ValueError dari dalam pembuatan data
    # adalah bug kit dan tampil sebagai bug (traceback), bukan sebagai kesalahan pengguna.
    try:
        jumlah_pegawai(args.skala)
    except ValueError as e:
        raise KesalahanPengguna(f"Pilihan tidak sah: {e}") from e
    bawaan_mulai, bawaan_selesai = periode_presensi(args.skala, args.tahun)
    _periksa_periode(args.presensi_mulai or bawaan_mulai, args.presensi_selesai or bawaan_selesai)
    if args.kotor:
        dataset = buat_dataset(args.skala, args.seed, True, args.tahun, args.presensi_mulai,
                               args.presensi_selesai, kemajuan=kemajuan)
        info = dataset.info
        folder = tulis_dataset(dataset, args.keluaran, args.format, timpa=args.timpa)
    else:
        # Tabel ditulis satu per satu saat dibuat: memori tetap kecil pada skala nasional.
        info = {}
        aliran = susun_tabel(args.skala, args.seed, args.tahun, args.presensi_mulai, args.presensi_selesai,
                             kemajuan, info)
        folder = tulis_aliran(aliran, info, args.keluaran, args.format, timpa=args.timpa)
    baris = ", ".join(f"{k} " + f"{v:_}".replace("_", ".") for k, v in info["jumlah_baris"].items())
    print(f"Dataset {args.skala} (seed {args.seed}) ditulis ke {folder} dalam {time.perf_counter() - mulai:.1f} detik.")
    print(f"Jumlah baris: {baris}.")
    if args.kotor:
        print("Versi kotor: rincian kekotoran di manifest_kotor.json.")
    return 0


def jalankan_periksa(args: argparse.Namespace) -> int:
    folder = Path(args.folder)
    if not folder.is_dir():
        raise KesalahanPengguna(f"Folder {folder} tidak ada. Beri folder hasil `bimtek data buat`.")
    pelanggaran = periksa(folder)
    if not pelanggaran:
        print(f"Semua invarian terpenuhi pada {folder}.")
        return 0
    print(f"Ditemukan {len(pelanggaran)} pelanggaran invarian pada {folder}:", file=sys.stderr)
    for p in pelanggaran:
        print(f"- {p}", file=sys.stderr)
    return 1


def daftarkan(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("data", help="buat dan periksa data sintetis ASN",
                       description="Data sintetis ASN untuk latihan: buat dataset atau periksa invariannya.")
    sub_data = p.add_subparsers(dest="perintah_data", title="perintah", metavar="PERINTAH", required=True)
    b = sub_data.add_parser("buat", help="buat dataset sintetis",
                            description="Membuat dataset sintetis ASN (pegawai, unit kerja, e-Kinerja, presensi, "
                                        "layanan, talenta). Seed dan pilihan yang sama memberi berkas yang sama.")
    b.add_argument("--skala", default="kelas",
                   help=f"{' | '.join(SKALA)} atau jumlah pegawai (bawaan: kelas, {SKALA['kelas']} pegawai)")
    b.add_argument("--seed", type=int, default=SEED_BAWAAN, help=f"bilangan pengacak (bawaan: {SEED_BAWAAN})")
    b.add_argument("--keluaran", required=True, metavar="FOLDER",
                   help="folder tujuan (dibuat; harus kosong kecuali dengan --timpa)")
    b.add_argument("--format", choices=FORMAT, default="csv", help="csv (UTF-8, terbuka di Excel) atau parquet")
    b.add_argument("--kotor", action="store_true",
                   help="tambahkan kekotoran realistis untuk latihan pembersihan (dicatat di manifest_kotor.json)")
    b.add_argument("--timpa", action="store_true", help="ganti isi folder keluaran yang sudah ada")
    b.add_argument("--tahun", type=int, default=TAHUN_BAWAAN, help=f"tahun penilaian (bawaan: {TAHUN_BAWAAN})")
    b.add_argument("--presensi-mulai", type=_tanggal, metavar="TANGGAL", help="awal periode presensi YYYY-MM-DD")
    b.add_argument("--presensi-selesai", type=_tanggal, metavar="TANGGAL", help="akhir periode presensi YYYY-MM-DD")
    b.add_argument("--tanpa-kemajuan", action="store_true", help="jangan tampilkan bilah kemajuan")
    b.set_defaults(jalankan=jalankan_buat)
    q = sub_data.add_parser("periksa", help="periksa invarian dataset",
                            description="Memeriksa setiap invarian dataset; keluar dengan kode 1 bila ada pelanggaran.")
    q.add_argument("folder", help="folder dataset hasil `bimtek data buat`")
    q.set_defaults(jalankan=jalankan_periksa)
