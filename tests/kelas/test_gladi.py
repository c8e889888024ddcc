"""Set gladi dinilai lewat baris perintah dan dibandingkan dengan skor serta alasan yang diharapkan.

Juga: buku nilai konsisten, tidak ada bocoran uji tersembunyi, mengulang tidak mengubah apa pun, dan tidak ada
yang tersentuh di luar folder kelas.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from pathlib import Path

import pytest
from bantu_kelas import JAWABAN_BENAR, MODUL_UJI

from alat import contoh_kiriman
from bimtek.kelas.folder_kelas import AKAR_REPO, FolderKelas, baca_json, buat_kelas_terpisah

BATAS_UJI = ("--batas-waktu-sel", "8", "--batas-waktu-notebook", "60", "--batas-memori", "1024")
SET_TERSIMPAN = AKAR_REPO / "grader" / "contoh_kiriman"


def _sidik_folder(folder: Path, kecuali: tuple[Path, ...] = ()) -> dict[str, str]:
    hasil = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file() and not any(p.is_relative_to(k) for k in kecuali):
            hasil[str(p.relative_to(folder))] = hashlib.sha256(p.read_bytes()).hexdigest()
    return hasil


def _uji_tersembunyi(sumber: Path) -> list[str]:
    teks = sumber.read_text(encoding="utf-8")
    nb = json.loads(teks)
    baris = []
    for sel in nb["cells"]:
        for blok in re.findall(r"### BEGIN HIDDEN TESTS\n(.*?)### END HIDDEN TESTS", "".join(sel["source"]), re.S):
            baris += [b.strip() for b in blok.splitlines() if len(b.strip()) > 12]
    return baris


def jalankan_gladi(folder_kelas: Path, folder_set: Path, bimtek, luar: Path) -> None:
    harapan = json.loads((folder_set / "harapan.json").read_text(encoding="utf-8"))
    modul = harapan["modul"]
    kelas = FolderKelas(folder_kelas)
    sebelum_luar = _sidik_folder(luar, (folder_kelas,))
    k = ("--kelas", str(folder_kelas))
    assert bimtek("kelas", "peserta", "impor", str(folder_set / "peserta.csv"), *k)[0] == 0
    assert bimtek("kelas", "rilis", modul, "--mode", "zip", *k)[0] == 0  # hanya modul yang dirilis dikumpulkan
    kode, out, err = bimtek("kelas", "kumpulkan", "--dari", str(folder_set / "kiriman"), "--tenggat",
                            harapan["tenggat"], *k)
    # Set gladi memuat kiriman rusak: semuanya ditolak satu per satu, yang lain tetap diterima, kode keluar 1.
    assert kode == 1 and "DITOLAK" in out and "kiriman lain sudah tersimpan" in out, err
    kode, out, err = bimtek("kelas", "nilai", modul, *BATAS_UJI, *k)
    assert kode == 0, err

    assert contoh_kiriman.bandingkan(kelas, folder_set) == []

    # Buku nilai konsisten dengan hasil penilaian; kode jahil tidak merusaknya.
    hasil = baca_json(kelas.hasil_nilai, {})[modul]
    with kelas.buku_nilai() as gb:
        assert len(gb.students) == len((folder_set / "peserta.csv").read_text().splitlines()) - 1
        for nip, h in hasil.items():
            s = gb.find_submission(modul, nip)
            assert s.score == pytest.approx(h["skor"]) and s.max_score == pytest.approx(h["maks"])
    # Kiriman peserta lain tidak tertimpa oleh kasus tulis_peserta_lain.
    for nb in (folder_kelas / "submitted").glob(f"*/{modul}/*.ipynb"):
        assert nb.read_text(encoding="utf-8") != "{}"

    # Tidak ada uji tersembunyi di keluaran sel (yang dikembalikan ke peserta) maupun di halaman umpan balik.
    tersembunyi = _uji_tersembunyi(next((kelas.direktori("source") / modul).glob("*.ipynb")))
    assert tersembunyi
    for nb in (folder_kelas / "autograded").glob(f"*/{modul}/*.ipynb"):
        keluaran = json.dumps([c.get("outputs", []) for c in json.loads(nb.read_text())["cells"]])
        assert not [t for t in tersembunyi if t in keluaran], nb
        assert nb.stat().st_size < 2_000_000, f"keluaran tidak dibatasi: {nb}"
    kode, out, _ = bimtek("kelas", "umpan-balik", modul, *k)
    assert kode == 0
    halaman = list((folder_kelas / "feedback").glob(f"*/{modul}/umpan_balik.html"))
    assert len(halaman) == len(hasil)
    for h in halaman:
        teks = h.read_text(encoding="utf-8")
        assert not [t for t in tersembunyi if t in teks], h
        assert "http://" not in teks and "https://" not in teks and "mathjax" not in teks.lower()

    # Mengulang kumpulkan dan nilai tidak mengubah apa pun di folder kelas.
    sebelum = _sidik_folder(folder_kelas, (kelas.catatan,))
    _, out, _ = bimtek("kelas", "kumpulkan", "--dari", str(folder_set / "kiriman"), "--tenggat", harapan["tenggat"],
                       *k)
    assert "Diterima: 0," in out
    _, out, _ = bimtek("kelas", "nilai", modul, *BATAS_UJI, *k)
    assert "tidak ada kiriman baru" in out
    assert _sidik_folder(folder_kelas, (kelas.catatan,)) == sebelum

    # Rekap, sertifikat, status.
    assert bimtek("kelas", "rekap", "--format", "xlsx", *k)[0] == 0
    from openpyxl import load_workbook

    wb = load_workbook(kelas.keadaan / "rekap" / "rekap.xlsx")
    assert wb.sheetnames == ["Rekap", "Ringkasan Latihan", "Per Butir (Pantau)"] and wb["Ringkasan Latihan"]._charts
    # Latihan diberi nama yang dibaca orang (bukan id sel seperti "uji-1a").
    latihan = [r[1].value for r in wb["Ringkasan Latihan"].iter_rows(min_row=2)]
    assert latihan and not any(re.fullmatch(r"uji[-_]\w+", x) for x in latihan), latihan
    if modul.startswith("modul-"):
        assert all(x.startswith("Soal ") for x in latihan), latihan
    assert bimtek("kelas", "rekap", "--format", "csv", *k)[0] == 0
    with open(kelas.keadaan / "rekap" / "rekap.csv", encoding="utf-8") as f:
        rekap = {b["nip"]: b for b in csv.DictReader(f)}
    for c in harapan["kasus"]:
        h = c["harapan"]
        if h["status"] == "ditolak":
            assert c["nip"] not in rekap or rekap[c["nip"]]["status"] == "belum mengirim"
            continue
        b = rekap[c["nip"]]
        assert float(b["skor"]) == h["skor"] and float(b["maks"]) == h["maks"]
        assert b["status"] == ("lulus" if h["skor"] / h["maks"] * 100 >= kelas.pengaturan()["batas_lulus"]
                               else "belum")
        assert b["terlambat"] == str(h.get("terlambat", False))
    assert bimtek("kelas", "sertifikat", "--tanggal", "2026-11-30", *k)[0] == 0
    lulus = [c for c in harapan["kasus"] if c["harapan"]["status"] == "dinilai"
             and c["harapan"]["skor"] / c["harapan"]["maks"] * 100 >= kelas.pengaturan()["batas_lulus"]]
    assert sorted(p.stem for p in (kelas.keadaan / "sertifikat").glob("*.pdf")) == sorted(c["nip"] for c in lulus)
    with open(kelas.keadaan / "sertifikat" / "belum_lulus.csv", encoding="utf-8") as f:
        for b in csv.DictReader(f):
            bagian = [x for x in b["keterangan"].split("; ") if x]
            assert len(bagian) == len(set(bagian)) and ".." not in b["keterangan"], b
    _, out, _ = bimtek("kelas", "status", *k)
    dinilai = sum(c["harapan"]["status"] == "dinilai" for c in harapan["kasus"])
    gagal = sum(c["harapan"]["status"] == "gagal" for c in harapan["kasus"])
    peserta = len((folder_set / "peserta.csv").read_text().splitlines()) - 1
    baris = next(b.split() for b in out.splitlines() if b.startswith(modul))
    assert baris == [modul, "ya", f"{dinilai + gagal}/{peserta}", "1", str(dinilai), str(gagal), str(len(hasil))]

    # Di luar folder kelas tidak ada yang berubah (termasuk path ../ dari zip jahil).
    assert _sidik_folder(luar, (folder_kelas,)) == sebelum_luar
    assert not list(luar.rglob("bocor.txt"))


@pytest.mark.lambat
def test_set_gladi_kursus_uji(kelas_uji: Path, tmp_path: Path, bimtek) -> None:
    folder_set = tmp_path / "set"
    contoh_kiriman.bangun(FolderKelas(kelas_uji), MODUL_UJI, folder_set, JAWABAN_BENAR)
    jalankan_gladi(kelas_uji, folder_set, bimtek, tmp_path)


@pytest.mark.lambat
def test_set_gladi_tersimpan_modul_sungguhan(tmp_path: Path, bimtek) -> None:
    """Set yang dikomit di grader/contoh_kiriman, dinilai terhadap notebook sumber modulnya di repositori."""
    harapan = json.loads((SET_TERSIMPAN / "harapan.json").read_text(encoding="utf-8"))
    folder_kelas = buat_kelas_terpisah(tmp_path / "kelas").akar
    assert harapan["modul"] in FolderKelas(folder_kelas).daftar_modul()
    sebelum_repo = _sidik_folder(AKAR_REPO / "grader", (SET_TERSIMPAN,))
    jalankan_gladi(folder_kelas, SET_TERSIMPAN, bimtek, tmp_path)
    assert _sidik_folder(AKAR_REPO / "grader", (SET_TERSIMPAN,)) == sebelum_repo
