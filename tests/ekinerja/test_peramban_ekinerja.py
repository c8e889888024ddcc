"""Uji peramban: siklus e-Kinerja lengkap hanya dengan klik dan ketik di JupyterLab sungguhan (Chromium), pada
versi peserta modul-2-pengguna dan modul-3-pengguna; tab ditutup dan dibuka lagi, isian kembali; lalu nbgrader
menilai notebook itu dengan nilai penuh. Tangkapan layar tiap layar disimpan ke artefak/ekinerja/ untuk dilihat;
dengan BIMTEK_PERBARUI_ASET=1 ke course/aset/ekinerja/ (gambar panduan), agar uji biasa tidak mengubah berkas repo.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from pathlib import Path

import pytest

from alat.lab_peramban import buka_dan_jalankan_semua
from bimtek.ekinerja.data_kelas import awal_modul_2
from tests.widgets.test_peramban_skp import lab  # noqa: F401 - fixture lab

pytestmark = [pytest.mark.peramban, pytest.mark.lambat]

AKAR = Path(__file__).resolve().parents[2]
ASET = (AKAR / "course" / "aset" if os.environ.get("BIMTEK_PERBARUI_ASET") == "1" else AKAR / "artefak") / "ekinerja"
TUGAS = ("modul-2-pengguna", "modul-3-pengguna")
WAKTU: dict[str, float] = {}


@pytest.fixture(scope="module")
def kursus(tmp_path_factory):
    from bimtek.kelas.adaptor_nbgrader import api_kursus, buat_versi_peserta

    akar = tmp_path_factory.mktemp("kursus")
    api = api_kursus(ubah={"CourseDirectory": {"root": str(akar), "db_url": f"sqlite:///{akar}/gradebook.db"}})
    return api, akar, buat_versi_peserta(api, list(TUGAS))


@pytest.fixture(scope="module")
def ruang_kerja(kursus, tmp_path_factory) -> Path:
    ruang = tmp_path_factory.mktemp("ruang_kerja")
    for tugas, folder in kursus[2].items():
        shutil.copytree(folder, ruang / tugas)
    return ruang


def _app(halaman):
    app = halaman.locator(".bimtek-ek").first
    app.wait_for(timeout=120_000)
    return app


def _foto(app, nama: str) -> None:
    ASET.mkdir(parents=True, exist_ok=True)
    app.page.wait_for_timeout(400)
    app.screenshot(path=str(ASET / f"{nama}.png"))


def _tombol(app, nama: str):
    # Nama aksesibel tombol berikon memuat glif ikonnya; cocokkan teks tombolnya utuh.
    return app.locator("button").filter(has_text=re.compile(rf"^\s*{re.escape(nama)}\s*$")).first


def _menu(app, peran: str | None, layar: str) -> None:
    if peran:
        _tombol(app, peran).click()
    _tombol(app, layar).click()
    app.locator("h3", has_text=layar).wait_for()


def _isi(kotak, teks: str) -> None:
    kotak.fill(teks)
    kotak.press("Tab")  # isian tersimpan saat kursor meninggalkan kotak


def _tunggu(app, teks: str) -> None:
    app.get_by_text(teks).first.wait_for(timeout=30_000)


def _nilai_nbgrader(kursus, ruang_kerja: Path, tugas: str) -> tuple[float, float]:
    from nbgrader.api import Gradebook

    api, akar, _ = kursus
    shutil.copytree(ruang_kerja / tugas, akar / "submitted" / "peramban" / tugas, dirs_exist_ok=True)
    keluaran = api.autograde(tugas, "peramban")
    assert keluaran["success"], keluaran.get("log", "")[-3000:]
    with Gradebook(f"sqlite:///{akar}/gradebook.db") as gb:
        k = gb.find_submission(tugas, "peramban")
        return k.score, k.max_score


def _buka_lagi(peramban, lab: str, tugas: str):  # noqa: F811 - alamat Lab, bukan fixture
    return buka_dan_jalankan_semua(peramban, lab, tugas, ruang=f"{tugas}-ulang")


def test_modul_2_perencanaan_dengan_klik_saja(peramban, lab, ruang_kerja, kursus):  # noqa: F811
    mulai = time.perf_counter()
    halaman = buka_dan_jalankan_semua(peramban, lab, "modul-2-pengguna")
    app = _app(halaman)
    _foto(app, "01-masuk-dan-profil")
    _tombol(app, "Data sudah benar").click()
    _tunggu(app, "Profil dan pejabat penilai sudah Anda periksa")

    _menu(app, None, "Periode")
    _tombol(app, "Kuantitatif (penilaian indikator)").click()
    _foto(app, "02-periode")
    _tombol(app, "OK").click()
    _tunggu(app, "SKP aktif")

    # Peserta meniru contoh yang ditampilkan layar SKP: RHK pegawai itu sendiri dari data kelas.
    contoh = awal_modul_2().contoh_rhk
    iki = contoh["iki"][0]
    _menu(app, "Atasan (pejabat penilai)", "Matriks Peran Hasil")
    app.locator(".widget-checkbox", has_text=contoh["rhk_atasan"]).locator("input").check()
    app.locator("td").filter(has_text=re.compile(r"^Ya$")).wait_for(timeout=30_000)
    _foto(app, "03-matriks-peran-hasil")

    _menu(app, "Pegawai", "SKP")
    _tunggu(app, "Contoh yang selaras dengan jabatan Anda")
    _tombol(app, "Tambah RHK Utama").click()
    app.locator(".widget-dropdown", has_text="RHK atasan yang diintervensi").locator("select").select_option(
        label=contoh["rhk_atasan"])
    _isi(app.get_by_placeholder("Misalnya: Tersusunnya laporan keuangan bulanan yang tepat waktu"),
         contoh["rencana_hasil_kerja"])
    _isi(app.get_by_placeholder("Indikator kinerja individu"), iki["indikator"])
    _isi(app.get_by_placeholder("Target (angka)"), "empat")  # salah: ditandai merah, yang tersimpan tetap yang lama
    _tunggu(app, "bukan angka")
    _foto(app, "04a-skp-isian-salah")
    _isi(app.get_by_placeholder("Target (angka)"), f"{iki['target']:g}")
    _isi(app.get_by_placeholder("Satuan"), iki["satuan"])
    _tunggu(app, "SKP siap diajukan")
    _foto(app, "04-skp")
    _tombol(app, "Ajukan").click()
    _tunggu(app, "SKP diajukan kepada atasan")

    _menu(app, "Atasan (pejabat penilai)", "SKP Bawahan")
    _foto(app, "05-skp-bawahan")
    _tombol(app, "Setujui").click()
    _tunggu(app, "SKP disetujui")
    halaman.keyboard.press("Control+s")
    halaman.wait_for_timeout(1000)
    halaman.close()

    halaman = _buka_lagi(peramban, lab, "modul-2-pengguna")
    app = _app(halaman)
    app.get_by_text("Disetujui").first.wait_for(timeout=60_000)
    for g in ("can not be instantiated", "widget model not found"):
        assert g not in halaman.locator(".jp-Notebook").inner_text()
    halaman.get_by_text("Langkah SKP Bawahan (persetujuan) selesai").wait_for(timeout=60_000)
    halaman.keyboard.press("Control+s")
    halaman.wait_for_timeout(1000)
    halaman.close()
    WAKTU["modul-2-pengguna"] = time.perf_counter() - mulai

    isi = json.loads((ruang_kerja / "modul-2-pengguna" / "jawaban" / "modul-2-pengguna.json").read_text("utf-8"))
    assert isi["ekinerja"]["skp"]["status"] == "Disetujui"
    skor, maks = _nilai_nbgrader(kursus, ruang_kerja, "modul-2-pengguna")
    assert maks > 0 and skor == maks
    print(f"\nmodul-2-pengguna lewat peramban: {WAKTU['modul-2-pengguna']:.0f} s, nbgrader {skor}/{maks}")


def _realisasi_wajar(app) -> list[str]:
    """Realisasi yang wajar untuk tiap kotak realisasi, dari keterangan di bawahnya (urutannya sama): Kuantitas
    sisa target setahun, aspek lain setara realisasi periode sebelumnya atau targetnya."""
    nilai = []
    angka = r"([0-9]+(?:,[0-9]+)?)"
    for m in re.finditer(rf"target setahun {angka} [^;\n]*(?:; (sudah terealisasi|realisasi) [^:\n]*: {angka})?",
                         app.inner_text()):
        target = float(m.group(1).replace(",", "."))
        if m.group(2) == "sudah terealisasi":
            nilai.append(f"{max(target - float(m.group(3).replace(',', '.')), 1):g}")
        else:
            nilai.append(m.group(3) or m.group(1))
    return nilai


def _isi_realisasi(app) -> None:
    kotak = app.get_by_placeholder("Realisasi", exact=True).all()
    nilai = _realisasi_wajar(app)
    assert len(nilai) == len(kotak) > 0
    for k, v in zip(kotak, nilai, strict=True):
        _isi(k, v)


def test_modul_3_penilaian_dengan_klik_saja(peramban, lab, ruang_kerja, kursus):  # noqa: F811
    mulai = time.perf_counter()
    halaman = buka_dan_jalankan_semua(peramban, lab, "modul-3-pengguna")
    app = _app(halaman)
    _menu(app, None, "Penilaian Diri")
    # Triwulan I-III sudah dikirim (data kelas); yang terbuka Triwulan IV.
    assert app.locator(".widget-dropdown", has_text="Periode penilaian").locator("select").input_value() \
        == "Triwulan IV"
    for kotak in app.get_by_placeholder("Kegiatan yang Anda rencanakan periode ini").all():
        _isi(kotak, "Menyelesaikan seluruh kegiatan dan menyusun laporan akhir tahun")
    _isi_realisasi(app)
    for n, kotak in enumerate(app.get_by_placeholder("https://... (tautan bukti dukung)").all()):
        _isi(kotak, f"https://bukti.ekinerja.test/eviden/triwulan-iv/rhk-{n + 1}")
    _tunggu(app, "Penilaian Diri lengkap")
    _foto(app, "06-penilaian-diri")
    _tombol(app, "Kirim ke atasan").click()
    _tunggu(app, "Sekarang terbuka: Tahunan")

    # Tahunan: realisasi Kuantitas dijumlahkan otomatis; Kualitas/Waktu/Biaya diisi setahun.
    _tunggu(app, "jumlah semua periode")
    _isi_realisasi(app)
    for n, kotak in enumerate(app.get_by_placeholder("https://... (tautan bukti dukung)").all()):
        _isi(kotak, f"https://bukti.ekinerja.test/eviden/tahunan/rhk-{n + 1}")
    _tunggu(app, "Penilaian Diri lengkap")
    _foto(app, "06a-penilaian-diri-tahunan")
    _tombol(app, "Kirim ke atasan").click()
    _tunggu(app, "Penilaian Diri Tahunan sudah dikirim")

    _menu(app, "Atasan (pejabat penilai)", "Penilaian Bawahan")
    assert app.locator(".widget-dropdown", has_text="Periode penilaian").locator("select").input_value() == "Tahunan"
    for kotak in app.get_by_placeholder("Umpan balik untuk RHK ini").all():
        _isi(kotak, "Realisasi setahun dan Eviden sudah diperiksa; pertahankan ketepatan waktu.")
    _isi(app.get_by_placeholder("Catatan perilaku yang Anda amati (BerAKHLAK)"), "Membantu rekan menyiapkan data.")
    app.locator(".widget-dropdown", has_text="Rating hasil kerja").locator("select").select_option(
        "Sesuai Ekspektasi")
    app.locator(".widget-dropdown", has_text="Rating perilaku kerja").locator("select").select_option(
        "Sesuai Ekspektasi")
    _tunggu(app, "Predikat kinerja:")
    _foto(app, "07-penilaian-bawahan")

    _menu(app, None, "Kurva")
    _tombol(app, "Lihat kurva").click()
    _tunggu(app, "Predikat kinerja organisasi unit")
    _foto(app, "08-kurva")

    _menu(app, None, "Dokumen")
    for jenis in ("SKP", "Dokumen Evaluasi", "Kuadran"):
        _tombol(app, f"Cetak {jenis}").click()
        _tunggu(app, f"{jenis} tersimpan")
    _foto(app, "09-dokumen-kuadran")

    _menu(app, "Pegawai", "Penilaian Diri")
    _tombol(app, "Lihat Hasil").click()
    _tunggu(app, "Hasil penilaian Tahunan")
    _foto(app, "06b-lihat-hasil")
    halaman.keyboard.press("Control+s")
    halaman.wait_for_timeout(1000)
    halaman.close()

    halaman = _buka_lagi(peramban, lab, "modul-3-pengguna")
    halaman.get_by_text("Langkah Dokumen selesai").wait_for(timeout=120_000)
    halaman.keyboard.press("Control+s")
    halaman.wait_for_timeout(1000)
    halaman.close()
    WAKTU["modul-3-pengguna"] = time.perf_counter() - mulai

    folder = ruang_kerja / "modul-3-pengguna"
    assert (folder / "dokumen" / "kuadran.pdf").read_bytes().startswith(b"%PDF")
    skor, maks = _nilai_nbgrader(kursus, ruang_kerja, "modul-3-pengguna")
    assert maks > 0 and skor == maks
    print(f"\nmodul-3-pengguna lewat peramban: {WAKTU['modul-3-pengguna']:.0f} s, nbgrader {skor}/{maks}")
