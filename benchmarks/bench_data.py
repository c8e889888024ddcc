"""Tolok ukur generator data sintetis: baris per detik dibandingkan loop Faker per baris (diukur pada proses yang
sama), lalu waktu dan memori puncak `bimtek data buat` untuk skala kelas, provinsi, dan nasional.

Jalankan: `.venv/bin/python benchmarks/bench_data.py` (tambahkan `--tanpa-nasional` untuk melewati skala nasional).
Sasaran (mesin 2 inti): `kelas` < 2 detik; `provinsi` (sekitar 80.000
pegawai, semua tabel, presensi harian sebulan) < 15 detik; `nasional` (4,5 juta pegawai, presensi seminggu)
< 60 detik dan < 8 GiB memori puncak. Waktu perintah termasuk memulai Python dan menulis CSV.
Rasio terhadap loop Faker per baris dicetak sebagai pembanding. Sasaran lama ">= 100x" (generator pertama) dicapai
dengan trik seluruh proses (utas pekerja global, pengalokasi pyarrow ditukar, kait fork) yang sengaja dilepas agar
generator mudah diubah; tanpa trik itu rasionya sekitar 55x, sedangkan sasaran waktu perintah di atas tetap
terpenuhi.
Loop per baris membuat 17 kolom yang sama dengan tabel `pegawai` generator. Pembanding utamanya loop dengan banyak
baris yang sama dengan generator (baris per detik keduanya turun bila baris makin banyak); loop 20.000 baris dan
loop 10 kolom versi sebelumnya ikut dicetak agar angka lama dapat dibandingkan.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from faker import Faker

from bimtek import aturan
from bimtek.data.generator import SKALA, susun_tabel

AKAR = Path(__file__).resolve().parents[1]


def loop_faker_per_baris(n: int, seed: int = 1) -> tuple[float, float]:
    """Cara lugas untuk tabel yang sama: satu baris pegawai per iterasi, 17 kolom seperti tabel `pegawai`
    generator. Faker id_ID per baris untuk nama depan/belakang, tanggal lahir, dan kota; fungsi aturan per baris
    untuk NIP/NI PPPK, golongan awal, pangkat, jenjang, dan jadwal KP; kepala unit = pegawai pertama unitnya
    (atasan pegawai lain di unit itu); surel dari nama, diberi angka bila sudah dipakai.
    (baris/detik dinding, baris/detik CPU)"""
    fake = Faker("id_ID")
    fake.seed_instance(seed)
    acak = random.Random(seed)
    acuan = dt.date(2025, 12, 31)
    pendidikan = list(aturan.PENDIDIKAN)
    gelar = {"D-III": "A.Md.", "D-IV": "S.Tr.Sos.", "S1": "S.E.", "S2": "S.E., M.M.", "S3": "S.E., M.M."}
    jabatan_fungsional = ["Analis Kebijakan", "Perencana", "Pranata Komputer", "Arsiparis", "Guru", "Perawat"]
    jabatan_pelaksana = ["Pengadministrasi Perkantoran", "Pengelola Layanan Operasional", "Penata Layanan Operasional"]
    jumlah_unit = max(1, n // 13)
    kepala_unit: dict[int, str] = {}
    surel_terpakai: set[str] = set()
    mulai, mulai_cpu = time.perf_counter(), time.process_time()
    baris = []
    for _ in range(n):
        jk = "L" if acak.random() < 0.46 else "P"
        depan = fake.first_name_male() if jk == "L" else fake.first_name_female()
        belakang = (fake.last_name_male() if jk == "L" else fake.last_name_female()) if acak.random() < 0.85 else ""
        lahir = fake.date_of_birth(minimum_age=24, maximum_age=57)
        pend = acak.choice(pendidikan)
        nama = f"{depan} {belakang}".strip()
        if pend in gelar:
            nama = f"{'Dr. ' if pend == 'S3' else ''}{nama}, {gelar[pend]}"
        pns = acak.random() >= 0.16
        if pns:
            tmt = min(dt.date(lahir.year + acak.randint(23, 30), acak.randint(1, 12), 1), dt.date(2025, 12, 1))
            awal = aturan.indeks_golongan(aturan.golongan_awal(pend))
            naik = min((acuan.year - tmt.year) // 4, len(aturan.GOLONGAN_PNS) - 1 - awal)
            gol = aturan.GOLONGAN_PNS[awal + naik]
            tmt_gol = tmt
            if naik:  # KP reguler terakhir: jadwal pertama sesudah 4 x naik tahun sejak TMT
                tahun_kp = min(tmt.year + 4 * naik, acuan.year)
                tmt_gol = min(t for t in aturan.jadwal_kenaikan_pangkat(tahun_kp) + [dt.date(tahun_kp + 1, 4, 1)]
                              if t >= dt.date(tahun_kp, tmt.month, 1))
            nip = aturan.buat_nip(lahir, tmt, jk, 1)
            pangkat = aturan.pangkat(gol)
        else:
            tahun = acak.randint(2021, 2025)
            tmt, tmt_gol, pangkat = None, dt.date(tahun, acak.randint(1, 12), 1), None
            gol = aturan.golongan_awal_pppk(pend)
            nip = aturan.buat_ni_pppk(lahir, tahun, jk, 1)
        unit = acak.randrange(jumlah_unit)
        atasan = kepala_unit.get(unit)
        if atasan is None:
            kepala_unit[unit] = nip
            jenis, jenjang, jabatan = "Pengawas", None, f"Kepala Seksi {unit + 1}"
        elif pend in ("D-IV", "S1", "S2", "S3") and pns and acak.random() < 0.6:
            jenis = "Fungsional"
            jenjang = next((j for j, g in aturan.JENJANG_FUNGSIONAL.items()
                            if gol in g and aturan.KATEGORI_JENJANG[j] == "keahlian"), None)
            jabatan = f"{acak.choice(jabatan_fungsional)} {jenjang}" if jenjang else acak.choice(jabatan_pelaksana)
        else:
            jenis, jenjang, jabatan = "Pelaksana", None, acak.choice(jabatan_pelaksana)
        surel = f"{depan}.{belakang}".rstrip(".").replace(" ", "").lower()
        ke = 1
        while f"{surel}{ke if ke > 1 else ''}@contohkab.go.id" in surel_terpakai:
            ke += 1
        surel = f"{surel}{ke if ke > 1 else ''}@contohkab.go.id"
        surel_terpakai.add(surel)
        baris.append({"nip": nip, "nama": nama, "jenis_kelamin": jk, "tempat_lahir": fake.city(),
                      "tanggal_lahir": lahir.isoformat(), "status_kepegawaian": "PNS" if pns else "PPPK",
                      "tmt_cpns": tmt.isoformat() if tmt else None, "golongan": gol, "pangkat": pangkat,
                      "tmt_golongan": tmt_gol.isoformat(), "pendidikan": pend, "jenis_jabatan": jenis,
                      "jabatan": jabatan, "jenjang": jenjang, "unit_kerja_id": f"U{unit + 1:06d}",
                      "atasan_nip": atasan, "email": surel})
    return n / (time.perf_counter() - mulai), n / (time.process_time() - mulai_cpu)


def loop_faker_10_kolom(n: int, seed: int = 1) -> tuple[float, float]:
    """Loop pembanding versi sebelumnya (hanya 10 kolom; nama dan surel dari `fake.name_*()` dan `fake.email()`),
    tetap diukur agar angka lama dapat dibandingkan. (baris/detik dinding, baris/detik CPU)"""
    fake = Faker("id_ID")
    fake.seed_instance(seed)
    acak = random.Random(seed)
    acuan = dt.date(2025, 12, 31)
    pendidikan = list(aturan.PENDIDIKAN)
    mulai, mulai_cpu = time.perf_counter(), time.process_time()
    baris = []
    for _ in range(n):
        jk = "L" if acak.random() < 0.46 else "P"
        nama = fake.name_male() if jk == "L" else fake.name_female()
        lahir = fake.date_of_birth(minimum_age=24, maximum_age=57)
        pend = acak.choice(pendidikan)
        tmt = min(dt.date(lahir.year + acak.randint(23, 30), acak.randint(1, 12), 1), dt.date(2025, 12, 1))
        awal = aturan.indeks_golongan(aturan.golongan_awal(pend))
        gol = aturan.GOLONGAN_PNS[min(awal + (acuan.year - tmt.year) // 4, len(aturan.GOLONGAN_PNS) - 1)]
        baris.append({"nip": aturan.buat_nip(lahir, tmt, jk, 1), "nama": nama, "jenis_kelamin": jk,
                      "tempat_lahir": fake.city(), "tanggal_lahir": lahir, "tmt_cpns": tmt, "pendidikan": pend,
                      "golongan": gol, "pangkat": aturan.pangkat(gol), "email": fake.email()})
    return n / (time.perf_counter() - mulai), n / (time.process_time() - mulai_cpu)


def generator_pegawai(n: int) -> tuple[float, float, float]:
    """(baris pegawai/detik dinding, baris pegawai/detik CPU, baris semua tabel/detik dinding) untuk generator
    kolom-demi-kolom; waktu pegawai termasuk menyusun pohon organisasi."""
    info: dict = {}
    mulai, mulai_cpu = time.perf_counter(), time.process_time()
    aliran = susun_tabel(n, 2025, 2025, None, None, False, info)
    nama, df = next(aliran)
    assert nama == "pegawai" and len(df) == n
    t_pegawai, cpu_pegawai = time.perf_counter() - mulai, time.process_time() - mulai_cpu
    total = len(df)
    del df
    for _, df in aliran:
        total += len(df)
    return n / t_pegawai, n / cpu_pegawai, total / (time.perf_counter() - mulai)


def perintah_buat(skala: str, format: str) -> tuple[float, float, float, int]:
    """(detik dinding, detik CPU, memori puncak GiB, ukuran MB) untuk `bimtek data buat --skala SKALA`."""
    with tempfile.TemporaryDirectory(dir=AKAR) as tmp:
        mulai = time.perf_counter()
        hwm = Path(tmp, "vmhwm")
        proses = subprocess.Popen([sys.executable, "-c", _PUNCAK_PROSES, str(hwm), "data", "buat", "--skala", skala,
                                   "--format", format, "--keluaran", f"{tmp}/{skala}", "--tanpa-kemajuan"],
                                  stdout=subprocess.DEVNULL)
        # wait4 memberi pemakaian sumber daya proses itu sendiri (RUSAGE_CHILDREN akan memberi maksimum semua anak).
        _, status, pakai = os.wait4(proses.pid, 0)
        dinding = time.perf_counter() - mulai
        proses.returncode = os.waitstatus_to_exitcode(status)
        if proses.returncode:
            raise SystemExit(f"bimtek data buat gagal (kode {proses.returncode})")
        ukuran = sum(p.stat().st_size for p in Path(tmp, skala).iterdir()) // 1_000_000
        # ru_maxrss ikut menghitung memori proses tolok ukur yang tersalin saat fork (sebelum exec), jadi untuk skala
        # kecil angkanya milik proses ini; VmHWM milik perintah itu sendiri (dibaca saat perintah selesai).
        puncak = int(hwm.read_text()) / 1024**2 if hwm.exists() else pakai.ru_maxrss / 1024**2
    return dinding, pakai.ru_utime + pakai.ru_stime, puncak, ukuran


# Menjalankan `bimtek` seperti `python -m bimtek.cli ...` dan, saat keluar, mencatat memori puncak proses (VmHWM,
# KiB) ke berkas argumen pertama.
_PUNCAK_PROSES = """
import atexit, re, runpy, sys
berkas = sys.argv.pop(1)
def catat():
    with open("/proc/self/status") as f:
        kib = re.search(r"VmHWM:\\s+(\\d+)", f.read())
    if kib:
        with open(berkas, "w") as f:
            f.write(kib.group(1))
atexit.register(catat)
sys.argv[0] = "bimtek"
runpy.run_module("bimtek.cli", run_name="__main__")
"""


def terbaik(ukur, ulang: int) -> tuple[float, ...]:
    """Hasil terbaik (terbesar) tiap angka dari beberapa ulangan: proses lain hanya bisa memperlambat."""
    return tuple(max(x) for x in zip(*(ukur(i) for i in range(ulang)), strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--baris", type=int, default=500_000,
                        help="banyak baris pegawai untuk generator dan loop pembanding utama (bawaan 500.000)")
    parser.add_argument("--baris-kecil", type=int, default=20_000, help="banyak baris loop pembanding kedua")
    parser.add_argument("--ulang", type=int, default=3, help="ulangan tiap ukuran; yang tercepat dilaporkan")
    parser.add_argument("--tanpa-nasional", action="store_true")
    parser.add_argument("--format", choices=("csv", "parquet"), nargs="+", default=["csv", "parquet"],
                        help="format skala nasional yang diukur (bawaan: keduanya)")
    args = parser.parse_args()

    print(f"Mesin: {os.cpu_count()} inti, beban rata-rata saat mulai {os.getloadavg()[0]:.1f}")
    # Generator murah diulang lebih sering: terbaik dari paling sedikit 5 ulangan.
    ulang_generator = max(args.ulang, 5)
    pegawai, pegawai_cpu, semua = terbaik(lambda _: generator_pegawai(args.baris), ulang_generator)
    print(f"Generator (tabel pegawai) : {pegawai:12,.0f} baris pegawai/detik ({pegawai_cpu:,.0f}/detik CPU; "
          f"{args.baris:,} pegawai, terbaik dari {ulang_generator})")
    print(f"Generator (semua tabel)   : {semua:12,.0f} baris/detik (semua tabel, termasuk struktur dan kinerja)")
    # Pada jumlah kecil biaya tetap (struktur organisasi, kumpulan teks) lebih terasa: dicetak agar jelas.
    for n_kecil in (args.baris_kecil, 80_000):
        kecil_gen, _, _ = terbaik(lambda _, n=n_kecil: generator_pegawai(n), ulang_generator)
        print(f"Generator pada {n_kecil:>7,} : {kecil_gen:12,.0f} baris pegawai/detik")
    dasar, dasar_cpu = terbaik(lambda i: loop_faker_per_baris(args.baris, seed=i), args.ulang)
    print(f"Loop Faker per baris      : {dasar:12,.0f} baris pegawai/detik ({dasar_cpu:,.0f}/detik CPU; "
          f"{args.baris:,} baris, 17 kolom seperti generator)")
    kecil, kecil_cpu = terbaik(lambda i: loop_faker_per_baris(args.baris_kecil, seed=i), args.ulang)
    print(f"Loop Faker per baris      : {kecil:12,.0f} baris pegawai/detik ({kecil_cpu:,.0f}/detik CPU; "
          f"{args.baris_kecil:,} baris)")
    lama, lama_cpu = terbaik(lambda i: loop_faker_10_kolom(args.baris_kecil, seed=i), args.ulang)
    print(f"Loop Faker 10 kolom (lama): {lama:12,.0f} baris pegawai/detik ({lama_cpu:,.0f}/detik CPU; "
          f"{args.baris_kecil:,} baris, pembanding versi sebelumnya)")
    # Pada mesin bersama, rasio CPU lebih stabil daripada rasio dinding; keduanya dicetak.
    print(f"Rasio generator : loop    : {pegawai / dasar:12,.1f}x dinding, {pegawai_cpu / dasar_cpu:.1f}x CPU "
          f"(banyak baris sama)")
    print(f"Rasio thd loop {args.baris_kecil:,} baris: {pegawai / kecil:8,.1f}x dinding, "
          f"{pegawai_cpu / kecil_cpu:.1f}x CPU")
    print(f"Rasio thd loop 10 kolom   : {pegawai / lama:12,.1f}x dinding, {pegawai_cpu / lama_cpu:.1f}x CPU")
    sampel = AKAR / "sample_data"
    if sampel.is_dir():
        ukuran = sum(p.stat().st_size for p in sampel.iterdir()) / 1e6
        print(f"Dataset kelas di disk     : {ukuran:.1f} MB (sample_data/)")
    print(f"Beban rata-rata sesudahnya: {os.getloadavg()[0]:.1f} (proses lain di mesin memperlambat waktu dinding)")
    # Tiap pengukuran di proses baru, jadi memori puncak adalah milik satu perintah saja.
    ringkasan = []
    for skala in ("kelas", "provinsi") + (() if args.tanpa_nasional else ("nasional",)):
        for format in (("csv",) if skala != "nasional" else tuple(args.format)):
            dinding, cpu, puncak, ukuran = perintah_buat(skala, format)
            batas_detik, batas_gib = SASARAN[skala]
            print(f"{skala.capitalize():9s}({format:7s})      : {dinding:.1f} detik dinding, {cpu:.1f} detik CPU, "
                  f"memori puncak {puncak:.2f} GiB, {ukuran} MB di disk (sasaran {_teks_sasaran(skala)})")
            print(f"Beban rata-rata sesudahnya: {os.getloadavg()[0]:.1f}")
            ringkasan.append((skala, format, dinding, cpu, puncak, batas_detik, batas_gib))
    # Ringkasan terhadap sasaran, dengan loop Faker per baris yang diukur di atas sebagai pembanding: waktu yang
    # dibutuhkan loop itu untuk tabel pegawai SAJA pada skala yang sama (laju loop x jumlah pegawai).
    print("\nRingkasan terhadap sasaran (waktu perintah lengkap: semua tabel, memulai Python, menulis berkas):")
    for skala, format, dinding, cpu, puncak, batas_detik, batas_gib in ringkasan:
        n = SKALA[skala]
        faker = n / dasar
        ok = dinding < batas_detik and (batas_gib is None or puncak < batas_gib)
        ok_cpu = cpu < batas_detik and (batas_gib is None or puncak < batas_gib)
        print(f"  {skala:9s}{format:8s}: {dinding:6.1f} s dinding / {cpu:6.1f} s CPU / {puncak:5.2f} GiB "
              f"(sasaran {_teks_sasaran(skala)}) -> {'MEMENUHI' if ok else 'TIDAK memenuhi'} menurut waktu dinding, "
              f"{'MEMENUHI' if ok_cpu else 'TIDAK memenuhi'} menurut waktu CPU; loop Faker per baris untuk tabel "
              f"pegawai saja: {faker:,.2f} s ({faker / dinding:,.2f}x waktu perintah lengkap)")


SASARAN: dict[str, tuple[float, float | None]] = {"kelas": (2.0, None), "provinsi": (15.0, None),
                                                  "nasional": (60.0, 8.0)}


def _teks_sasaran(skala: str) -> str:
    detik, gib = SASARAN[skala]
    return f"< {detik:g} detik" + (f", < {gib:g} GiB" if gib else "")


if __name__ == "__main__":
    main()
