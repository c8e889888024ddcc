"""`bimtek aturan ...`: memeriksa aturan dari baris perintah (mis. saat fasilitator menjawab pertanyaan kelas)."""

from __future__ import annotations

import argparse
from datetime import date

from bimtek import aturan
from bimtek.galat import KesalahanPengguna


def _nip(args: argparse.Namespace) -> int:
    gagal = 0
    for nip in args.nip:
        try:
            info = aturan.parse_nip(nip)
        except aturan.NIPTidakValid as e:
            try:
                ni = aturan.parse_ni_pppk(nip)
            except aturan.NIPTidakValid:
                print(f"TIDAK SAH  {e}")
                gagal += 1
                continue
            print(
                f"NI PPPK    {aturan.format_ni_pppk(nip)}: lahir {ni.tanggal_lahir.isoformat()}, "
                f"diangkat {ni.tahun_pengangkatan}, jenis kelamin {ni.jenis_kelamin}, nomor urut {ni.nomor_urut}"
            )
            continue
        print(
            f"NIP SAH    {aturan.format_nip(nip)}: lahir {info.tanggal_lahir.isoformat()}, "
            f"TMT CPNS {info.tmt_cpns.isoformat()}, jenis kelamin {info.jenis_kelamin}, nomor urut {info.nomor_urut}"
        )
    return 1 if gagal else 0


def _predikat(args: argparse.Namespace) -> int:
    try:
        print(aturan.predikat_kinerja(args.rating_hasil_kerja, args.rating_perilaku_kerja))
    except ValueError as e:
        raise KesalahanPengguna(str(e)) from e
    return 0


def _pensiun(args: argparse.Namespace) -> int:
    try:
        lahir = date.fromisoformat(args.tanggal_lahir)
    except ValueError as e:
        raise KesalahanPengguna(
            f"Tanggal lahir {args.tanggal_lahir!r} tidak sah; tulis sebagai TTTT-BB-HH, mis. 1967-05-14."
        ) from e
    try:
        bup = aturan.batas_usia_pensiun(args.jenis_jabatan, args.jenjang)
    except ValueError as e:
        raise KesalahanPengguna(str(e)) from e
    print(f"BUP {bup} tahun; TMT pensiun {aturan.tmt_pensiun(lahir, bup).isoformat()}")
    return 0


def daftarkan(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("aturan", help="periksa aturan kepegawaian (NIP, predikat, pensiun)",
                       description="Memeriksa aturan kepegawaian ASN seperti yang dihitung kit.")
    s = p.add_subparsers(dest="perintah_aturan", title="perintah", metavar="PERINTAH", required=True)
    n = s.add_parser("nip", help="urai dan periksa NIP PNS atau NI PPPK",
                     description=(
                         "Mengurai NIP (Perka BKN 22/2007) atau NI PPPK; "
                         "keluar dengan kode 1 bila ada yang tidak sah."
                     ))
    n.add_argument("nip", nargs="+", help="NIP 18 angka (boleh dengan spasi, beri tanda kutip)")
    n.set_defaults(jalankan=_nip)
    k = s.add_parser("predikat", help="predikat kinerja dari dua rating (PermenPANRB 6/2022)",
                     description="Menghitung predikat kinerja pegawai dari kuadran kinerja.")
    k.add_argument("rating_hasil_kerja", help='mis. "Di Atas Ekspektasi" atau "diatas"')
    k.add_argument("rating_perilaku_kerja", help='mis. "Sesuai Ekspektasi" atau "sesuai"')
    k.set_defaults(jalankan=_predikat)
    b = s.add_parser("pensiun", help="BUP dan TMT pensiun (PP 11/2017 Ps. 239)",
                     description="Menghitung batas usia pensiun dan TMT pensiun.")
    b.add_argument("tanggal_lahir", help="TTTT-BB-HH, mis. 1967-05-14")
    b.add_argument("jenis_jabatan", help='mis. "Pelaksana", "JPT Pratama", "Fungsional"')
    b.add_argument("jenjang", nargs="?", help='untuk Fungsional, mis. "Ahli Madya"')
    b.set_defaults(jalankan=_pensiun)
