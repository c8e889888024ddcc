"""kelas.yaml memilih jalur dan modul yang dihitung: kelas yang hanya merilis Modul 0 Jalur Pengguna menerbitkan
sertifikat dari penilaian nbgrader sungguhan; kelas dua jalur melaporkan keduanya di rekap; kunci jalur yang salah
disebut dengan pilihan yang boleh."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

import pytest
from bantu_kelas import NIP_A, NIP_B, tulis_peserta

from bimtek.galat import KesalahanPengguna
from bimtek.kelas import rekap, sertifikat
from bimtek.kelas.folder_kelas import FolderKelas, buat_kelas_terpisah

sys.path.insert(0, str(Path(__file__).parents[1] / "notebooks"))
import jawab_widget  # noqa: E402  (peserta jalur pengguna "mengklik" lewat API widget)

BATAS_UJI = ("--batas-waktu-sel", "60", "--batas-waktu-notebook", "240", "--batas-memori", "1536")


def _kelas(tmp_path: Path, yaml: str) -> FolderKelas:
    """Kelas terpisah atas kursus terpasang (semua notebook sumber, kedua jalur) dengan kelas.yaml ini."""
    kelas = buat_kelas_terpisah(tmp_path / "kelas")
    assert {"modul-0-pengguna", "modul-0-orientasi", "modul-1-nip"} <= set(kelas.daftar_modul())
    (kelas.akar / "kelas.yaml").write_text(yaml, encoding="utf-8")
    tulis_peserta(tmp_path, [f"{NIP_A},Budi Santoso,BKD", f"{NIP_B},Siti Aminah,Bappeda"])
    return kelas


def test_kelas_modul_0_pengguna_menerbitkan_sertifikat(tmp_path: Path, bimtek) -> None:
    kelas = _kelas(tmp_path, "jalur: [pengguna]\nmodul: [modul-0-pengguna]\ntempat: Aula BKD Kota Contoh\n"
                   # Tanggal tanpa tanda kutip (YAML membacanya sebagai tanggal) dan logo yang belum disimpan.
                   'tanggal_mulai: 2026-12-01\ntanggal_selesai: "2026-12-03"\nlogo: /srv/bimtek/logo.png\n')
    k = ("--kelas", str(kelas.akar))
    assert kelas.modul_kelas() == ["modul-0-pengguna"]
    assert bimtek("kelas", "peserta", "impor", str(tmp_path / "peserta.csv"), *k)[0] == 0
    ruang = tmp_path / "ruang_kerja"
    kode, out, err = bimtek("kelas", "rilis", "--ruang-kerja", str(ruang), *k)  # tanpa nama modul: modul kelas
    assert kode == 0, err
    assert (ruang / "modul-0-pengguna").is_dir() and not (ruang / "modul-0-orientasi").exists()
    assert "Peringatan" not in err
    # Modul di luar kunci modul kelas.yaml: dirilis, dengan peringatan bahwa nilainya tidak dihitung.
    kode, out, err = bimtek("kelas", "rilis", "modul-0-orientasi", "--mode", "zip", *k)
    assert kode == 0 and "modul-0-orientasi: versi peserta dikemas" in out
    assert "Peringatan: modul modul-0-orientasi tidak termasuk modul kelas ini" in err
    assert "modul: modul-0-pengguna; jalur: pengguna" in err and "tidak dihitung di rekap dan sertifikat" in err

    jawab_widget.modul_0_pengguna(ruang / "modul-0-pengguna")  # Budi mengerjakan; Siti tidak mengirim
    masuk = tmp_path / "masuk"
    assert bimtek("kirim", "modul-0-pengguna", "--nip", NIP_A, "--ruang-kerja", str(ruang),
                  "--keluar", str(masuk))[0] == 0
    assert bimtek("kelas", "kumpulkan", "--dari", str(masuk), *k)[0] == 0
    kode, out, err = bimtek("kelas", "nilai", *BATAS_UJI, *k)
    assert kode == 0, out + err
    assert bimtek("kelas", "umpan-balik", *k)[0] == 0
    halaman = (kelas.direktori("feedback") / NIP_A / "modul-0-pengguna" / "umpan_balik.html").read_text("utf-8")
    assert "Umpan balik Orientasi: JupyterLab, e-Kinerja, dan SIASN" in halaman
    # Jalur Pengguna: tanpa kode formulir, tanpa teks polos widget, tanpa kode sel penilaian.
    assert "Kuis(children" not in halaman and "jawaban = None" not in halaman and "nilai_kuis(" not in halaman

    kode, out, err = bimtek("kelas", "status", *k)
    assert "modul-0-pengguna" in out and "modul-0-orientasi" not in out

    kode, out, err = bimtek("kelas", "sertifikat", *k)
    assert kode == 0, err
    # Logo yang tidak ditemukan: peringatan, sertifikat tetap dibuat (tanpa logo).
    assert "Peringatan: berkas logo /srv/bimtek/logo.png (kelas.yaml, kunci logo) tidak ditemukan" in err
    folder = kelas.keadaan / "sertifikat"
    assert sorted(p.name for p in folder.glob("*.pdf")) == [f"{NIP_A}.pdf"]
    teks = subprocess.run(["pdftotext", "-layout", str(folder / f"{NIP_A}.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    nomor = sertifikat.nomor_sertifikat(kelas, kelas.pengaturan(), NIP_A)
    for potongan in ("Budi Santoso", "Jalur Pengguna", "sebanyak 2 JP",
                     "Modul 0: Orientasi: JupyterLab, e-Kinerja, dan SIASN (2 JP)",
                     "di Aula BKD Kota Contoh pada 1\u20133 Desember 2026", "3 Desember 2026", f"Nomor: {nomor}"):
        assert potongan in " ".join(teks.split()), (potongan, teks)
    assert "modul-0-pengguna" not in teks and "Jalur Analis" not in teks
    info = subprocess.run(["pdfinfo", str(folder / f"{NIP_A}.pdf")], capture_output=True, text=True,
                          check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M) and "(A4)" in info
    # Nomor tetap untuk peserta dan kelas yang sama, berbeda untuk peserta lain.
    assert nomor == sertifikat.nomor_sertifikat(kelas, kelas.pengaturan(), NIP_A)
    assert nomor != sertifikat.nomor_sertifikat(kelas, kelas.pengaturan(), NIP_B)
    with (folder / "belum_lulus.csv").open(encoding="utf-8") as f:
        belum = list(csv.DictReader(f))
    assert [b["nip"] for b in belum] == [NIP_B] and "modul-0-pengguna (belum mengirim)" in belum[0]["modul_belum_lulus"]


def test_kelas_dua_jalur_dilaporkan_di_rekap(tmp_path: Path, bimtek) -> None:
    from openpyxl import load_workbook

    kelas = _kelas(tmp_path, "jalur: [pengguna, analis]\nmodul: [modul-0-pengguna, modul-0-orientasi]\n")
    k = ("--kelas", str(kelas.akar))
    assert kelas.modul_kelas() == ["modul-0-orientasi", "modul-0-pengguna"]
    assert bimtek("kelas", "peserta", "impor", str(tmp_path / "peserta.csv"), *k)[0] == 0
    assert bimtek("kelas", "rilis", "--mode", "zip", *k)[0] == 0
    assert sorted(p.name for p in (kelas.keadaan / "unduhan").glob("*.zip")) == \
        ["modul-0-orientasi.zip", "modul-0-pengguna.zip"]
    baris, ringkas = rekap.data_rekap(kelas)
    assert ringkas == []  # modul yang belum dikerjakan siapa pun tidak tampil sebagai 0% di ringkasan latihan
    assert {(b.modul, b.jalur, b.judul) for b in baris} == {
        ("modul-0-pengguna", "pengguna", "Orientasi: JupyterLab, e-Kinerja, dan SIASN"),
        ("modul-0-orientasi", "analis", "Orientasi: bekerja di JupyterLab (Jalur Analis)")}
    kode, _, err = bimtek("kelas", "rekap", *k)
    assert kode == 0, err
    ws = load_workbook(kelas.keadaan / "rekap" / "rekap.xlsx")["Rekap"]
    judul = [c.value for c in ws[1]]
    isi = {(r[judul.index("Modul")], r[judul.index("Jalur")]) for r in ws.iter_rows(min_row=2, values_only=True)}
    assert isi == {("Orientasi: JupyterLab, e-Kinerja, dan SIASN", "Jalur Pengguna"),
                   ("Orientasi: bekerja di JupyterLab (Jalur Analis)", "Jalur Analis")}
    # Belum ada kiriman: tidak ada sertifikat, keduanya menunggu dua modul.
    berkas, belum = sertifikat.buat(kelas)
    assert berkas == [] and "modul-0-orientasi (belum mengirim); modul-0-pengguna (belum mengirim)" in \
        belum.read_text(encoding="utf-8")


@pytest.mark.parametrize(("isi", "potongan"), [
    ("jalur: [penguna]\n", "kunci jalur butir ke-1: nilai 'penguna' tidak dikenal; pilihan: pengguna, analis"),
    ("jalur: pengguna\n", "kunci jalur: harus daftar atau kosong, bukan teks ('pengguna')"),
    ("jalr: [pengguna]\n", "kunci jalr tidak dikenal"),
    ('tanggal_mulai: "1 Desember 2026"\n', "kunci tanggal_mulai: '1 Desember 2026' tidak sesuai format"),
])
def test_kunci_jalur_salah_disebut(tmp_path: Path, isi: str, potongan: str) -> None:
    (tmp_path / "kelas.yaml").write_text(isi, encoding="utf-8")
    with pytest.raises(KesalahanPengguna) as e:
        FolderKelas(tmp_path).pengaturan()
    assert potongan in str(e.value)


def test_modul_kelas_yang_tidak_ada_disebut(tmp_path: Path) -> None:
    kelas = _kelas(tmp_path, "modul: [modul-9-pengguna]\n")
    with pytest.raises(KesalahanPengguna) as e:
        kelas.modul_kelas()
    assert "kunci modul menyebut modul-9-pengguna" in str(e.value) and "modul-0-pengguna" in str(e.value)
