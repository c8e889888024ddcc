"""Uji peramban Jalur Pengguna: peserta menyelesaikan Modul 0 di JupyterLab berbahasa Indonesia (Chromium) hanya
dengan klik dan ketik: menu Jalankan > Jalankan Semua Sel, memilih jawaban, mengetik, Cari, Kirim pekerjaan.
Pekerjaannya lalu dinilai nbgrader sungguhan dan harus bernilai penuh. Tangkapan layar disimpan di artefak/."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from alat.lab_peramban import LabTidakMenyala, buka_notebook, lab_peserta
from bimtek import aturan

pytestmark = [pytest.mark.peramban, pytest.mark.lambat]

AKAR = Path(__file__).resolve().parents[2]
ARTEFAK = AKAR / "artefak"
TUGAS = "modul-0-pengguna"
TUGAS_1 = "modul-1-pengguna"
NIP_PESERTA = "19700101 199803 1 002"


@pytest.fixture(scope="module")
def kursus(tmp_path_factory):
    from bimtek.kelas.adaptor_nbgrader import api_kursus, buat_versi_peserta

    akar = tmp_path_factory.mktemp("kursus")
    api = api_kursus(ubah={"CourseDirectory": {"root": str(akar), "db_url": f"sqlite:///{akar}/gradebook.db"}})
    ruang = tmp_path_factory.mktemp("ruang_kerja")
    for tugas, folder in buat_versi_peserta(api, [TUGAS, TUGAS_1]).items():
        shutil.copytree(folder, ruang / tugas)
    return api, akar, ruang


@pytest.fixture(scope="module")
def lab(kursus, tmp_path_factory):
    from bimtek.lab_indonesia import gabungkan_terjemahan

    gabungkan_terjemahan()  # seperti `bimtek mulai`: menu berbahasa Indonesia baku
    try:
        with lab_peserta(kursus[2], tmp_path_factory.mktemp("lab")) as alamat:
            yield alamat
    except LabTidakMenyala as e:
        pytest.fail(str(e))


def _butir(halaman, judul: str):
    kotak = halaman.locator(".widget-vbox").filter(has_text=judul).last
    kotak.wait_for(timeout=60_000)
    kotak.scroll_into_view_if_needed()
    return kotak


def _simpan(kotak) -> None:
    kotak.get_by_role("button", name="Simpan jawaban").click()
    kotak.locator("text=Jawaban tersimpan").wait_for(timeout=60_000)


def test_modul_0_pengguna_diselesaikan_dengan_klik_dan_ketik(peramban, lab, kursus):
    api, akar, ruang = kursus
    ARTEFAK.mkdir(exist_ok=True)
    halaman = buka_notebook(peramban, lab, TUGAS, tinggi=900)
    halaman.screenshot(path=str(ARTEFAK / "pengguna-0-awal.png"))

    # Persis seperti teks notebook: menu Jalankan > Jalankan Semua Sel.
    halaman.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Jalankan$")).click()
    halaman.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Jalankan Semua Sel$")).click()
    # Tunggu Jalankan Semua Sel selesai (sel terakhir, formulir Kirim, tampil) sebelum mengklik formulir.
    halaman.locator("text=Kirim pekerjaan modul ini").last.wait_for(timeout=180_000)

    latihan = _butir(halaman, "Latihan 1")
    latihan.locator("label", has_text="Ctrl+S").click()
    latihan.get_by_role("button", name="Periksa").click()
    latihan.locator("text=Belum tepat").wait_for(timeout=60_000)
    latihan.screenshot(path=str(ARTEFAK / "pengguna-0-latihan-salah.png"))
    latihan.locator("label", has_text="Shift+Enter").click()
    latihan.get_by_role("button", name="Periksa").click()
    latihan.locator("text=Benar!").wait_for(timeout=60_000)
    latihan.screenshot(path=str(ARTEFAK / "pengguna-0-latihan-benar.png"))

    k1 = _butir(halaman, "Butir 1")
    k1.locator("label", has_text="Jalankan > Jalankan Semua Sel").click()
    _simpan(k1)
    k1.screenshot(path=str(ARTEFAK / "pengguna-0-butir-1.png"))
    k2 = _butir(halaman, "Butir 2")
    k2.locator("label", has_text=re.compile(r"^Salah$")).click()
    _simpan(k2)
    k3 = _butir(halaman, "Butir 3")
    k3.locator("label", has_text="e-Kinerja").click()
    _simpan(k3)
    k4 = _butir(halaman, "Butir 4")
    k4.locator("input[type='text']").fill(f"{aturan.JAM_KERJA_PER_MINGGU:g}".replace(".", ","))
    _simpan(k4)
    k5 = _butir(halaman, "Butir 5")
    pilih = k5.locator("select")
    pilih.nth(0).select_option("e-Kinerja")
    pilih.nth(1).select_option("SIASN")
    pilih.nth(2).select_option("e-Presensi")
    _simpan(k5)
    k5.screenshot(path=str(ARTEFAK / "pengguna-0-butir-5.png"))
    k6 = _butir(halaman, "Butir 6")
    k6.locator("input[type='text']").fill("SKP")
    _simpan(k6)

    teks_nip = halaman.locator(".jp-OutputArea-output", has_text="NIP yang dicari:").first
    teks_nip.wait_for(timeout=30_000)
    nip = teks_nip.inner_text().split(":", 1)[1].strip()
    kartu = halaman.locator(".widget-vbox").filter(has_text="Profil Pegawai").last
    kartu.locator("input[type='text']").fill(nip)
    kartu.get_by_role("button", name="Cari").click()
    kartu.locator("text=Atasan langsung").wait_for(timeout=60_000)
    kartu.screenshot(path=str(ARTEFAK / "pengguna-0-kartu-profil.png"))

    formulir = halaman.locator(".widget-vbox").filter(has_text="Kirim pekerjaan modul ini").last
    formulir.scroll_into_view_if_needed()
    halaman.keyboard.press("Control+s")
    formulir.locator("input[type='text']").fill(NIP_PESERTA)
    formulir.get_by_role("button", name="Kirim pekerjaan").click()
    formulir.locator("text=Pekerjaan terkirim").wait_for(timeout=30_000)
    formulir.screenshot(path=str(ARTEFAK / "pengguna-0-kirim.png"))
    halaman.close()

    zip_kiriman = ruang / "kiriman" / f"{aturan.bersihkan_nip(NIP_PESERTA)}_{TUGAS}.zip"
    assert zip_kiriman.is_file()

    # Nilai dengan nbgrader sungguhan: folder peserta apa adanya sebagai kiriman.
    tujuan = akar / "submitted" / "peserta-peramban" / TUGAS
    shutil.copytree(ruang / TUGAS, tujuan, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    keluaran = api.autograde(TUGAS, "peserta-peramban")
    assert keluaran["success"], keluaran.get("log", "")[-2000:]
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{akar}/gradebook.db") as gb:
        kiriman = gb.find_submission(TUGAS, "peserta-peramban")
        assert kiriman.max_score > 0 and kiriman.score == kiriman.max_score


def test_modul_1_pengguna_formulir_nip_dan_pensiun(peramban, lab, kursus):
    ruang = kursus[2]
    ARTEFAK.mkdir(exist_ok=True)
    halaman = buka_notebook(peramban, lab, TUGAS_1, tinggi=900)
    halaman.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Jalankan$")).click()
    halaman.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Jalankan Semua Sel$")).click()
    # Tunggu Jalankan Semua Sel selesai (sel terakhir, formulir Kirim, tampil) sebelum mengklik formulir.
    halaman.locator("text=Kirim pekerjaan modul ini").last.wait_for(timeout=180_000)

    from bimtek.latihan.kuis_modul_1 import NIP_SOAL as nip  # nomor yang dicetak di atas formulir

    halaman.screenshot(path=str(ARTEFAK / "pengguna-1-setelah-jalankan-semua.png"))
    urai = halaman.locator(".widget-vbox").filter(has_text="Urai NIP / NI PPPK").last
    urai.scroll_into_view_if_needed()
    urai.locator("input[type='text']").fill(nip)
    urai.get_by_role("button", name="Urai").click()
    urai.locator("text=TMT CPNS").first.wait_for(timeout=60_000)
    urai.screenshot(path=str(ARTEFAK / "pengguna-1-urai-nip.png"))

    pensiun = halaman.locator(".widget-vbox").filter(has_text="Perkiraan pensiun (simulasi)").last
    pensiun.scroll_into_view_if_needed()
    pensiun.locator("input[type='text']").first.fill("14-05-1967")
    pensiun.locator("select").nth(0).select_option("Fungsional")
    pensiun.locator("select").nth(1).select_option("Ahli Madya")
    pensiun.get_by_role("button", name="Hitung").click()
    pensiun.locator("text=TMT pensiun").first.wait_for(timeout=60_000)
    pensiun.screenshot(path=str(ARTEFAK / "pengguna-1-pensiun.png"))
    halaman.close()

    isi = json.loads((ruang / TUGAS_1 / "jawaban" / f"{TUGAS_1}.json").read_text(encoding="utf-8"))
    assert aturan.bersihkan_nip(isi["urai_nip"]) == aturan.bersihkan_nip(nip)
    bup = aturan.batas_usia_pensiun("Fungsional", "Ahli Madya")
    assert isi["pensiun"]["bup"] == bup
    assert isi["pensiun"]["tmt_pensiun"] == aturan.tmt_pensiun(date(1967, 5, 14), bup).isoformat()
