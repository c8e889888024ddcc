"""Baris perintah `bimtek kelas ...` (fasilitator) dan `bimtek kirim MODUL` (peserta): parsing dan pesan saja."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from datetime import date
from pathlib import Path

from bimtek.galat import KesalahanPengguna
from bimtek.kelas.folder_kelas import VAR_LINGKUNGAN, FolderKelas, kelas_dari_args


def _buat(args: argparse.Namespace) -> int:
    from bimtek.kelas import buat

    kelas = buat.buat(Path(args.folder), Path(args.exchange) if args.exchange else None)
    print(f"Kelas dibuat di {kelas.akar} dengan modul: {', '.join(kelas.daftar_modul())}.\n"
          f"Pakai dengan --kelas {kelas.akar} atau {VAR_LINGKUNGAN}={kelas.akar}.")
    return 0


def _peserta_impor(args: argparse.Namespace) -> int:
    from bimtek.kelas import peserta

    kelas = kelas_dari_args(args)
    h = peserta.impor(kelas, Path(args.berkas))
    print(f"Peserta diimpor dari {args.berkas}: {h['ditambah']} ditambah, {h['diperbarui']} diperbarui, "
          f"{h['tetap']} tidak berubah. Jumlah peserta kelas: {len(peserta.daftar(kelas))}.")
    return 0


def _peserta_daftar(args: argparse.Namespace) -> int:
    from bimtek.kelas import peserta

    daftar = peserta.daftar(kelas_dari_args(args))
    for p in daftar:
        print(f"{peserta.nomor_induk_tertulis(p.nip):<32} {p.nama:<36} {p.unit}")
    print(f"{len(daftar)} peserta.")
    return 0


def _rilis(args: argparse.Namespace) -> int:
    from bimtek.kelas import rilis

    kelas = kelas_dari_args(args)
    for m in kelas.modul_atau_semua(args.modul):
        if peringatan := rilis.peringatan_di_luar_kelas(kelas, m):
            print(peringatan, file=sys.stderr)
        print(rilis.rilis(kelas, m, args.mode, Path(args.ruang_kerja) if args.ruang_kerja else None))
    return 0


def _wajib_dirilis(kelas: FolderKelas, modul: str | None, akibat: str) -> None:
    """Modul yang disebut harus sudah dirilis; tanpa itu tidak ada kiriman yang dapat diolah."""
    from bimtek.kelas import kumpulkan

    if modul and kelas.periksa_modul(modul) not in kumpulkan.modul_dirilis(kelas):
        raise KesalahanPengguna(f"Modul {modul} belum dirilis ke peserta kelas ini, jadi {akibat}. "
                                f"Jalankan dulu: bimtek kelas rilis {modul}")


def _kumpulkan(args: argparse.Namespace) -> int:
    from bimtek.kelas import kumpulkan

    kelas = kelas_dari_args(args)
    if args.exchange:
        for m in kelas.modul_atau_semua(args.modul):
            print(kumpulkan.dari_exchange(kelas, m))
        return 0
    if not args.dari:
        raise KesalahanPengguna("Sebutkan asal kiriman: --dari FOLDER atau --dari BERKAS.zip (atau --exchange).")
    tenggat = kumpulkan.parse_tenggat(args.tenggat) if args.tenggat else None
    _wajib_dirilis(kelas, args.modul, "kirimannya tidak dikumpulkan")
    lap = kumpulkan.kumpulkan(kelas, Path(args.dari), args.modul, tenggat)
    print("\n".join(lap.baris()))
    if lap.ditolak:
        # Kode keluar bukan nol agar skrip/pelatih tahu ada yang perlu ditindaklanjuti; yang diterima tetap tersimpan.
        print(f"Perhatian: {len(lap.ditolak)} kiriman DITOLAK (lihat alasannya di atas); kiriman lain sudah "
              "tersimpan. Minta peserta yang bersangkutan mengirim ulang, lalu jalankan kumpulkan lagi.")
        return 1
    return 0


def _nilai(args: argparse.Namespace) -> int:
    from bimtek.kelas import nilai

    kelas = kelas_dari_args(args)
    _wajib_dirilis(kelas, args.modul, "belum ada kiriman yang dapat dinilai")
    batas = nilai.batas_kelas(kelas, waktu_sel=args.batas_waktu_sel, waktu_notebook=args.batas_waktu_notebook,
                              memori_mb=args.batas_memori, keluaran_kb=args.batas_keluaran)
    semua = []
    for m in kelas.modul_atau_semua(args.modul):
        semua += nilai.nilai(kelas, m, args.pekerja, batas, args.ulang)
    print(nilai.ringkas(semua))
    return 0


def _umpan_balik(args: argparse.Namespace) -> int:
    from bimtek.kelas import umpan_balik

    kelas = kelas_dari_args(args)
    _wajib_dirilis(kelas, args.modul, "belum ada umpan balik yang dapat dibuat")
    for m in kelas.modul_atau_semua(args.modul):
        ditulis, tetap = umpan_balik.buat(kelas, m)
        print(f"{m}: {ditulis} halaman umpan balik ditulis, {tetap} tidak berubah, di "
              f"{kelas.direktori('feedback')}/<NIP peserta>/{m}/{umpan_balik.NAMA_BERKAS}")
    return 0


def _rekap(args: argparse.Namespace) -> int:
    from bimtek.kelas import rekap

    berkas = rekap.tulis(kelas_dari_args(args), args.format, Path(args.keluar) if args.keluar else None,
                         args.batas_lulus)
    print("Rekap ditulis: " + ", ".join(map(str, berkas)))
    return 0


def _sertifikat(args: argparse.Namespace) -> int:
    from bimtek.kelas import sertifikat

    try:
        tanggal = date.fromisoformat(args.tanggal) if args.tanggal else None
    except ValueError as e:
        raise KesalahanPengguna(f"Tanggal '{args.tanggal}' tidak dikenali. Tulis seperti 2026-11-30.") from e
    berkas, belum = sertifikat.buat(kelas_dari_args(args), Path(args.keluar) if args.keluar else None, tanggal,
                                    args.batas_lulus)
    print(f"{len(berkas)} sertifikat ditulis" + (f" di {berkas[0].parent}" if berkas else "") +
          f". Daftar peserta yang belum lulus: {belum}")
    return 0


def _status(args: argparse.Namespace) -> int:
    from bimtek.kelas import status

    kelas = kelas_dari_args(args)
    print(f"Kelas: {kelas.akar}")
    print("\n".join(status.tabel(status.status(kelas))))
    return 0


def _kirim(args: argparse.Namespace) -> int:
    from bimtek.kelas import kirim

    kirim.periksa_nip(args.nip)
    folder = kirim.folder_modul(Path(args.ruang_kerja or os.getcwd()), args.modul)
    tujuan = kirim.kemas(folder, args.nip, Path(args.keluar) if args.keluar else folder.parent / "kiriman")
    print(f"Kiriman siap: {tujuan}\nSerahkan berkas ini kepada fasilitator (unggah atau salin ke folder kelas).")
    return 0


def daftarkan(sub: argparse._SubParsersAction) -> None:
    umum = argparse.ArgumentParser(add_help=False)
    umum.add_argument("--kelas", metavar="FOLDER",
                      help=f"folder kelas (akar kursus nbgrader); bawaan: ${VAR_LINGKUNGAN} atau grader/ di repositori")
    k = sub.add_parser("kelas", help="alur kerja fasilitator: peserta, rilis, kumpulkan, nilai, rekap, sertifikat",
                       description="Menjalankan kelas di atas nbgrader. Setiap langkah aman diulang.")
    ks = k.add_subparsers(dest="langkah", title="langkah", metavar="LANGKAH")
    # Tanpa langkah (atau tanpa aksi): bantuan kelompok itu sendiri, bukan bantuan umum `bimtek`.
    k.set_defaults(jalankan=lambda _args: k.print_help())

    b = ks.add_parser("buat", help="buat folder kelas baru dari kursus yang terpasang")
    b.add_argument("folder", help="folder kelas baru (dibuat bila belum ada)")
    b.add_argument("--exchange", metavar="FOLDER", help="folder exchange nbgrader (mode JupyterHub)")
    b.set_defaults(jalankan=_buat)

    p = ks.add_parser("peserta", help="impor atau tampilkan daftar peserta")
    ps = p.add_subparsers(dest="aksi", title="aksi", metavar="AKSI")
    p.set_defaults(jalankan=lambda _args: p.print_help())
    pi = ps.add_parser("impor", parents=[umum], help="impor peserta dari CSV/XLSX (kolom NIP, nama, unit)")
    pi.add_argument("berkas", help="berkas .csv atau .xlsx")
    pi.set_defaults(jalankan=_peserta_impor)
    ps.add_parser("daftar", parents=[umum], help="tampilkan peserta kelas").set_defaults(jalankan=_peserta_daftar)

    r = ks.add_parser("rilis", parents=[umum], help="buat versi peserta modul lalu bagikan")
    r.add_argument("modul", nargs="?", help="nama modul (bawaan: semua modul kelas menurut kelas.yaml)")
    r.add_argument("--mode", choices=("laptop", "zip", "exchange"), default="laptop",
                   help="laptop: salin ke ruang kerja; zip: satu berkas unduhan; exchange: JupyterHub (bawaan: laptop)")
    r.add_argument("--ruang-kerja", help="folder ruang kerja peserta (mode laptop; bawaan: ruang_kerja/ di folder "
                   "kit, yang dibuka `bimtek mulai`)")
    r.set_defaults(jalankan=_rilis)

    c = ks.add_parser("kumpulkan", parents=[umum], help="kumpulkan kiriman peserta (dicocokkan lewat NIP)")
    c.add_argument("--dari", help="folder atau zip berisi kiriman (NIP_modul.zip, folder, atau .ipynb)")
    c.add_argument("--exchange", action="store_true", help="kumpulkan dari exchange nbgrader (mode JupyterHub)")
    c.add_argument("--modul", help="paksa semua kiriman ke modul ini")
    c.add_argument("--tenggat", help="tenggat 'YYYY-MM-DD HH:MM' (bawaan: kelas.yaml, atau tanpa tenggat)")
    c.set_defaults(jalankan=_kumpulkan)

    n = ks.add_parser("nilai", parents=[umum], help="nilai otomatis paralel dan terisolasi")
    n.add_argument("modul", nargs="?", help="nama modul (bawaan: semua modul kelas menurut kelas.yaml)")
    n.add_argument("--pekerja", type=int, metavar="N", help="jumlah proses pekerja (bawaan: jumlah inti CPU)")
    n.add_argument("--batas-waktu-sel", type=int, metavar="DETIK",
                   help="detik per sel (bawaan: Execute.timeout kursus atau 30)")
    n.add_argument("--batas-waktu-notebook", type=int, metavar="DETIK", help="detik per notebook (bawaan: 300)")
    n.add_argument("--batas-memori", type=int, metavar="MB", help="MB memori kernel (bawaan: 2048)")
    n.add_argument("--batas-keluaran", type=int, metavar="KB", help="KB keluaran per sel (bawaan: 256)")
    n.add_argument("--ulang", action="store_true", help="nilai ulang juga kiriman yang tidak berubah")
    n.set_defaults(jalankan=_nilai)

    u = ks.add_parser("umpan-balik", parents=[umum], help="halaman umpan balik per peserta (tanpa uji tersembunyi)")
    u.add_argument("modul", nargs="?", help="nama modul (bawaan: semua modul kelas menurut kelas.yaml)")
    u.set_defaults(jalankan=_umpan_balik)

    rk = ks.add_parser("rekap", parents=[umum], help="rekap nilai per peserta dan modul, plus ringkasan latihan")
    rk.add_argument("--format", choices=("csv", "xlsx"), default="xlsx", help="csv atau xlsx (bawaan: xlsx)")
    rk.add_argument("--keluar", help="berkas keluaran (bawaan: .kelas/rekap/rekap.FORMAT)")
    rk.add_argument("--batas-lulus", type=float, metavar="PERSEN",
                    help="persen nilai minimal untuk lulus (bawaan: kelas.yaml, 70)")
    rk.set_defaults(jalankan=_rekap)

    s = ks.add_parser("sertifikat", parents=[umum], help="sertifikat PDF untuk peserta yang lulus semua modul")
    s.add_argument("--keluar", help="folder keluaran (bawaan: .kelas/sertifikat/)")
    s.add_argument("--tanggal", help="tanggal sertifikat YYYY-MM-DD (bawaan: hari ini)")
    s.add_argument("--batas-lulus", type=float, metavar="PERSEN",
                   help="persen nilai minimal untuk lulus (bawaan: kelas.yaml, 70)")
    s.set_defaults(jalankan=_sertifikat)

    ks.add_parser("status", parents=[umum], help="posisi kelas per modul").set_defaults(jalankan=_status)
    importlib.import_module("bimtek.pantau.perintah").daftarkan(ks, umum)

    kr = sub.add_parser("kirim", help="(peserta) kemas pekerjaan modul menjadi satu berkas bernama NIP",
                        description="Mengemas folder modul (notebook dan jawaban/*.json) menjadi NIP_MODUL.zip.")
    kr.add_argument("modul", help="nama modul, misalnya modul-0-orientasi")
    kr.add_argument("--nip", required=True, help="NIP atau NI PPPK Anda (18 angka)")
    kr.add_argument("--ruang-kerja", help="folder ruang kerja (bawaan: folder saat ini)")
    kr.add_argument("--keluar", help="folder tujuan zip (bawaan: RUANG_KERJA/kiriman)")
    kr.set_defaults(jalankan=_kirim)
