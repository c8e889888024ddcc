"""Tolok ukur penilaian: `nbgrader autograde` berurutan lawan `bimtek kelas nilai` (paralel, terisolasi).

Kedua cara menilai kiriman yang sama (bawaan 40: benar, sebagian, salah bergantian, dibuat dari set gladi
modul) di dua salinan kelas dalam putaran yang sama, lalu mencetak detik per kiriman, rasio, dan memeriksa
bahwa skor setiap peserta identik. Sasaran: rasio >= 1,8 di mesin 2 inti.

    .venv/bin/python benchmarks/bench_nilai.py [--modul modul-0-orientasi] [--jumlah 40] [--pekerja N]
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

from bimtek.aturan import buat_nip
from bimtek.kelas import kumpulkan, peserta
from bimtek.kelas.folder_kelas import AKAR_REPO, FolderKelas, buat_kelas_terpisah
from bimtek.kelas.nilai import batas_kelas, nilai
from bimtek.kelas.rilis import buat_versi_peserta

sys.path.insert(0, str(AKAR_REPO))  # alat/ (alat penulis, di luar paket) dari salinan repo
from alat import contoh_kiriman  # noqa: E402

SASARAN = 1.8
KASUS_BIASA = ("benar", "sebagian", "salah")


def siapkan_kelas(folder: Path, modul: str, jumlah: int, kunci_jawaban: dict) -> FolderKelas:
    """Kelas terpisah dengan `jumlah` peserta dan kiriman mereka sudah dikumpulkan."""
    kelas = buat_kelas_terpisah(folder)
    rilis = buat_versi_peserta(kelas, modul)
    nama_nb = sorted(p.name for p in rilis.glob("*.ipynb"))[0]
    kunci = contoh_kiriman.baca_kunci(kelas.direktori("source") / modul / nama_nb, rilis / nama_nb, kunci_jawaban)
    per_kasus = {k["id"]: k for k in contoh_kiriman.kasus(kunci) if k["id"] in KASUS_BIASA}
    masuk = folder.parent / f"{folder.name}-masuk"
    masuk.mkdir()
    with open(folder.parent / f"{folder.name}-peserta.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["NIP", "nama", "unit"])
        for i in range(jumlah):
            nip = buat_nip(date(1985, 1 + i % 12, 1 + i % 28), date(2012, 1 + i % 12, 1), "L" if i % 2 else "P", i + 1)
            w.writerow([nip, f"Peserta Tolok Ukur {i + 1:02d}", "Unit Contoh"])
            k = per_kasus[KASUS_BIASA[i % len(KASUS_BIASA)]]
            jawaban = k.get("jawaban", kunci.jawaban_benar)
            with zipfile.ZipFile(masuk / f"{nip}_{modul}.zip", "w") as z:
                z.writestr(f"{modul}/{nama_nb}", contoh_kiriman._nb_bytes(k["nb"]))
                for nama, isi in jawaban.items():
                    z.writestr(f"{modul}/jawaban/{nama}", __import__("json").dumps(isi))
    peserta.impor(kelas, folder.parent / f"{folder.name}-peserta.csv")
    kumpulkan.kumpulkan(kelas, masuk, modul)
    return kelas


def skor(kelas: FolderKelas, modul: str) -> dict[str, float]:
    with kelas.buku_nilai() as gb:
        return {s.student.id: round(float(s.score or 0), 6) for s in gb.find_assignment(modul).submissions}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--modul", default="modul-0-orientasi")
    p.add_argument("--jumlah", type=int, default=40)
    p.add_argument("--pekerja", type=int, default=None, help="bawaan: jumlah inti CPU")
    a = p.parse_args()
    kunci_jawaban = {}
    berkas_kunci = AKAR_REPO / "grader" / "contoh_kiriman" / "kunci_jawaban.json"
    if berkas_kunci.exists():
        kunci_jawaban = __import__("json").loads(berkas_kunci.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="bimtek-bench-nilai-") as tmp:
        a_kelas = siapkan_kelas(Path(tmp) / "berurutan", a.modul, a.jumlah, kunci_jawaban)
        b_kelas = siapkan_kelas(Path(tmp) / "paralel", a.modul, a.jumlah, kunci_jawaban)
        env = dict(os.environ, PATH=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]))

        mulai = time.perf_counter()
        hasil = subprocess.run([str(Path(sys.executable).parent / "nbgrader"), "autograde", a.modul, "--force"],
                               cwd=a_kelas.akar, env=env, capture_output=True, text=True)
        t_urut = time.perf_counter() - mulai
        if hasil.returncode != 0:
            print(hasil.stderr[-3000:])
            return 1

        mulai = time.perf_counter()
        nilai(b_kelas, a.modul, a.pekerja, batas_kelas(b_kelas), tampilkan=lambda *_: None)
        t_paralel = time.perf_counter() - mulai

        skor_a, skor_b = skor(a_kelas, a.modul), skor(b_kelas, a.modul)
        sama = skor_a == skor_b and len(skor_a) == a.jumlah
        pekerja = a.pekerja or os.cpu_count()
        print(f"Modul {a.modul}, {a.jumlah} kiriman, {os.cpu_count()} inti, {pekerja} pekerja")
        print(f"nbgrader autograde berurutan : {t_urut:7.1f} s  ({t_urut / a.jumlah:.2f} s per kiriman)")
        print(f"bimtek kelas nilai (isolasi) : {t_paralel:7.1f} s  ({t_paralel / a.jumlah:.2f} s per kiriman)")
        # Proses lain di mesin yang sama merebut inti yang dipakai pekerja paralel: cetak bebannya.
        print(f"Beban rata-rata mesin (1 mnt) : {os.getloadavg()[0]:.1f}")
        print(f"Rasio                        : {t_urut / t_paralel:.2f}x  (sasaran >= {SASARAN}x)")
        print(f"Skor identik                 : {'ya' if sama else 'TIDAK'} "
              f"(jumlah skor {sum(skor_a.values()):g} lawan {sum(skor_b.values()):g})")
        shutil.rmtree(tmp, ignore_errors=True)
    return 0 if sama else 1


if __name__ == "__main__":
    sys.exit(main())
