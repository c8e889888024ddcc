"""Isolasi diperiksa langsung: kode peserta (sel jawaban) mencoba membaca, menulis, dan membuka jaringan lalu
mencetak hasil percobaannya; sel itu dinilai lewat `bimtek kelas nilai` seperti kiriman biasa."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from bantu_kelas import MODUL_UJI, NIP_A, NIP_B, tulis_peserta

from bimtek.kelas.folder_kelas import AKAR_REPO

PROBE = '''
import json, os, socket
hasil = {}
def coba(nama, fungsi):
    try:
        fungsi()
        hasil[nama] = "bisa"
    except Exception as e:
        hasil[nama] = type(e).__name__
def baca(p):
    return lambda: open(p, "rb").read(1)
def tulis(p):
    return lambda: open(p, "w").write("x")
coba("baca_sumber", baca(SUMBER))
coba("baca_sumber_repo", baca(SUMBER_REPO))
coba("baca_buku_nilai", baca(BUKU))
coba("baca_peserta_lain", baca(LAIN))
coba("baca_rilis", baca(RILIS))
coba("tulis_buku_nilai", tulis(BUKU))
coba("tulis_peserta_lain", tulis(LAIN))
coba("tulis_paket_kit", tulis(PAKET))
coba("tulis_folder_kerja", tulis("coba.txt"))
coba("baca_jawaban_sendiri", baca("jawaban/latihan-uji.json"))
coba("jaringan", lambda: socket.create_connection(("1.1.1.1", 53), timeout=3).close())
hasil["antarmuka_jaringan"] = sorted(n for _, n in socket.if_nameindex())
hasil["proses_terlihat"] = len([p for p in os.listdir("/proc") if p.isdigit()])
hasil["isi_tmp"] = sorted(os.listdir("/tmp"))
coba("isi_tmp_200mb", lambda: open("/tmp/besar", "wb").write(b"x" * 200 * 2**20))
coba("isi_shm_200mb", lambda: open("/dev/shm/besar", "wb").write(b"x" * 200 * 2**20))
hasil["kapabilitas"] = [b.split()[1] for b in open("/proc/self/status") if b.startswith("CapEff")][0]
hasil["lingkungan"] = sorted(os.environ)
hasil["notebook_di_folder_kerja"] = sorted(p for p in os.listdir(".") if p.endswith(".ipynb"))
print("PROBE" + json.dumps(hasil))
'''


@pytest.mark.lambat
def test_kode_peserta_terkurung(kelas_uji: Path, tmp_path: Path, bimtek) -> None:
    k = ("--kelas", str(kelas_uji))
    bimtek("kelas", "peserta", "impor", str(tulis_peserta(tmp_path, [f"{NIP_A},A,U", f"{NIP_B},B,U"])), *k)
    bimtek("kelas", "rilis", MODUL_UJI, "--ruang-kerja", str(tmp_path / "rk"), *k)
    rilis = json.loads((kelas_uji / "release" / MODUL_UJI / f"{MODUL_UJI}.ipynb").read_text(encoding="utf-8"))
    jalur = {
        "SUMBER": kelas_uji / "source" / MODUL_UJI / f"{MODUL_UJI}.ipynb",
        "SUMBER_REPO": next((AKAR_REPO / "notebooks").glob("*/*.ipynb")),
        "BUKU": kelas_uji / "gradebook.db",
        "LAIN": kelas_uji / "submitted" / NIP_B / MODUL_UJI / f"{MODUL_UJI}.ipynb",
        "RILIS": kelas_uji / "release" / MODUL_UJI / f"{MODUL_UJI}.ipynb",
        "PAKET": AKAR_REPO / "src" / "bimtek" / "coba_tulis.txt",
    }
    kode = "".join(f"{n} = {str(p)!r}\n" for n, p in jalur.items()) + PROBE
    masuk = tmp_path / "masuk"
    masuk.mkdir()
    for nip in (NIP_A, NIP_B):
        nb = json.loads(json.dumps(rilis))
        if nip == NIP_A:
            next(c for c in nb["cells"] if c["metadata"].get("nbgrader", {}).get("solution"))["source"] = kode
        with zipfile.ZipFile(masuk / f"{nip}_{MODUL_UJI}.zip", "w") as z:
            z.writestr(f"{MODUL_UJI}/{MODUL_UJI}.ipynb", json.dumps(nb))
            z.writestr(f"{MODUL_UJI}/jawaban/{MODUL_UJI}.json", '{"predikat": "Baik"}')
    bimtek("kelas", "kumpulkan", "--dari", str(masuk), *k)
    # Buku nilai berubah wajar karena dinilai; yang lain harus sama persis.
    sebelum = {n: p.read_bytes() for n, p in jalur.items() if p.exists() and n != "BUKU"}
    kode_keluar, out, err = bimtek("kelas", "nilai", MODUL_UJI, "--batas-waktu-sel", "10", *k)
    assert kode_keluar == 0, err

    nb = json.loads((kelas_uji / "autograded" / NIP_A / MODUL_UJI / f"{MODUL_UJI}.ipynb").read_text())
    teks = "".join("".join(o.get("text", "")) for c in nb["cells"] for o in c.get("outputs", []))
    hasil = json.loads(teks.split("PROBE", 1)[1].splitlines()[0])
    for nama in ("baca_sumber", "baca_sumber_repo", "baca_buku_nilai", "baca_peserta_lain", "baca_rilis",
                 "tulis_buku_nilai", "tulis_peserta_lain", "tulis_paket_kit", "jaringan"):
        assert hasil[nama] != "bisa", (nama, hasil)
    assert hasil["isi_tmp_200mb"] != "bisa" and hasil["isi_shm_200mb"] != "bisa"  # tmpfs dibatasi
    assert hasil["tulis_folder_kerja"] == "bisa" and hasil["baca_jawaban_sendiri"] == "bisa"
    assert hasil["antarmuka_jaringan"] == ["lo"]
    assert hasil["proses_terlihat"] <= 3, hasil  # namespace PID sendiri: init bwrap dan kernel
    # /tmp kernel adalah tmpfs pribadi; yang tampak hanya titik kait folder kendali, folder kerja sendiri, dan
    # (bila kit terpasang di /tmp) lingkungan Python serta paket kit yang dipasang ulang hanya-baca.
    from bimtek.kelas.isolasi import jalur_wajib_kernel

    titik_kait = {Path(p).parts[2] for p in [str(kelas_uji), *jalur_wajib_kernel()] if Path(p).parts[1] == "tmp"}
    assert all(n.startswith("bimtek-") or n in titik_kait for n in hasil["isi_tmp"]), hasil["isi_tmp"]
    assert hasil["notebook_di_folder_kerja"] == []  # notebook berisi uji tersembunyi yang dipulihkan
    assert int(hasil["kapabilitas"], 16) == 0  # root di dalam kurungan tanpa kapabilitas apa pun
    # Variabel lingkungan penilai tidak bocor ke kernel, kecuali yang memang diteruskan.
    import os

    from bimtek.kelas.isolasi import VARIABEL_DITERUSKAN

    disetel_kit = {"HOME", "PWD", "TERM", "PYTHONDONTWRITEBYTECODE", "MPLBACKEND"}
    assert set(hasil["lingkungan"]) & set(os.environ) <= set(VARIABEL_DITERUSKAN) | disetel_kit
    assert {n: p.read_bytes() for n, p in jalur.items() if p.exists() and n != "BUKU"} == sebelum
    from bimtek.kelas.folder_kelas import FolderKelas

    with FolderKelas(kelas_uji).buku_nilai() as gb:
        assert gb.find_submission(MODUL_UJI, NIP_B).score == 1  # hanya formulir yang benar: buku nilai utuh
    assert not jalur["PAKET"].exists()
    # Coretan tidak tertinggal, dan berkas yang ditulis kode peserta tidak masuk ke folder hasil nilai.
    assert not list((kelas_uji / ".kelas" / "coretan").iterdir())
    assert not (kelas_uji / "autograded" / NIP_A / MODUL_UJI / "coba.txt").exists()


@pytest.mark.lambat
def test_pekerja_yang_mati_tidak_menghentikan_kelompok(kelas_uji: Path, tmp_path: Path, bimtek,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import bantu_kelas

    from bimtek.kelas import nilai

    k = ("--kelas", str(kelas_uji))
    bimtek("kelas", "peserta", "impor", str(tulis_peserta(tmp_path, [f"{NIP_A},A,U", f"{NIP_B},B,U"])), *k)
    bimtek("kelas", "rilis", MODUL_UJI, "--ruang-kerja", str(tmp_path / "rk"), *k)
    bimtek("kirim", MODUL_UJI, "--nip", NIP_A, "--ruang-kerja", str(tmp_path / "rk"), "--keluar", str(tmp_path / "m"))
    bimtek("kirim", MODUL_UJI, "--nip", NIP_B, "--ruang-kerja", str(tmp_path / "rk"), "--keluar", str(tmp_path / "m"))
    bimtek("kelas", "kumpulkan", "--dari", str(tmp_path / "m"), *k)
    monkeypatch.setattr(nilai, "nilai_satu_asli", nilai.nilai_satu, raising=False)
    monkeypatch.setattr(nilai, "nilai_satu", bantu_kelas.pekerja_mati_sekali)
    kode, out, err = bimtek("kelas", "nilai", MODUL_UJI, "--pekerja", "2", *k)
    assert kode == 0, err
    assert (kelas_uji / ".kelas" / "sudah_mati").exists()
    assert "2 kiriman dinilai." in out


@pytest.mark.lambat
def test_batas_waktu_notebook_menghentikan_kernel(kelas_uji: Path, tmp_path: Path, bimtek) -> None:
    k = ("--kelas", str(kelas_uji))
    bimtek("kelas", "peserta", "impor", str(tulis_peserta(tmp_path, [f"{NIP_A},A,U"])), *k)
    bimtek("kelas", "rilis", MODUL_UJI, "--ruang-kerja", str(tmp_path / "rk"), *k)
    nb_path = tmp_path / "rk" / MODUL_UJI / f"{MODUL_UJI}.ipynb"
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    jawaban = next(c for c in nb["cells"] if c["metadata"].get("nbgrader", {}).get("solution"))
    jawaban["source"] = "while True:\n    pass"
    nb_path.write_text(json.dumps(nb), encoding="utf-8")
    bimtek("kirim", MODUL_UJI, "--nip", NIP_A, "--ruang-kerja", str(tmp_path / "rk"), "--keluar", str(tmp_path / "m"))
    bimtek("kelas", "kumpulkan", "--dari", str(tmp_path / "m"), *k)
    kode, out, err = bimtek("kelas", "nilai", MODUL_UJI, "--batas-waktu-sel", "60", "--batas-waktu-notebook", "4", *k)
    assert kode == 0, err
    # Soal yang sedang berjalan disebut (pada mesin yang sangat sibuk batas bisa habis saat kernel baru dimulai).
    assert re.search(rf"{NIP_A} A: nilai 0 dari 5 \(tidak dapat dinilai\) - Kode berjalan terlalu lama"
                     r"( di sel jawab_tahun_lahir)?: notebook melebihi batas waktu notebook 4 detik; "
                     r"kernel dihentikan\.",
                     out), out


def test_lingkungan_python_di_bawah_tmp_tetap_terbaca_kernel(tmp_path: Path) -> None:
    # Klon baru (mis. CI) bisa berada di /tmp, yang bagi kernel ditutup tmpfs: lingkungan Python, paket kit, dan
    # data contoh harus dipasang ulang hanya-baca SESUDAH penutup /tmp, dan folder rahasia tetap tertutup sesudahnya.
    import sys

    from bimtek.kelas.isolasi import KernelTerisolasi, jalur_wajib_kernel

    wajib = jalur_wajib_kernel()
    assert str(Path(sys.prefix).resolve()) in wajib
    assert str(AKAR_REPO / "sample_data") in wajib
    km = KernelTerisolasi(sembunyikan=[str(AKAR_REPO / "notebooks")])
    argv = km.perintah_bwrap(["python"], tmp_path, tmp_path / "kerja", tmp_path / "kendali", {})
    tutup_tmp = argv.index("/tmp")
    for folder in wajib:
        i = argv.index(folder)
        assert argv[i - 1] == "--ro-bind" and i > tutup_tmp
    assert argv.index(str(AKAR_REPO / "notebooks")) > max(argv.index(f) for f in wajib)
