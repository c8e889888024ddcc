"""Uji peramban: Pendekatan Kualitatif di simulasi e-Kinerja hanya dengan klik dan ketik di JupyterLab sungguhan
(Chromium): pilih Kualitatif di Periode, tulis target berupa uraian, tutup tab, buka lagi, isian kembali.

Ruang kerja dan Lab sendiri (bukan milik uji siklus Kuantitatif), karena Pendekatan tidak dapat diganti lagi setelah
SKP disetujui di uji itu.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from alat.lab_peramban import buka_dan_jalankan_semua
from tests.ekinerja.test_peramban_ekinerja import _app, _buka_lagi, _isi, _menu, _tombol, _tunggu
from tests.widgets.test_peramban_skp import lab  # noqa: F401 - fixture lab

pytestmark = [pytest.mark.peramban, pytest.mark.lambat]

TUGAS = "modul-2-pengguna"
TARGET_URAIAN = "Layanan diberikan sesuai standar pelayanan tanpa keluhan berulang"


@pytest.fixture(scope="module")
def ruang_kerja(tmp_path_factory) -> Path:
    from bimtek.kelas.adaptor_nbgrader import api_kursus, buat_versi_peserta

    akar = tmp_path_factory.mktemp("kursus_kualitatif")
    api = api_kursus(ubah={"CourseDirectory": {"root": str(akar), "db_url": f"sqlite:///{akar}/gradebook.db"}})
    ruang = tmp_path_factory.mktemp("ruang_kerja_kualitatif")
    shutil.copytree(buat_versi_peserta(api, [TUGAS])[TUGAS], ruang / TUGAS)
    return ruang


def test_pendekatan_kualitatif_target_uraian_tersimpan_dan_pulih(peramban, lab, ruang_kerja):  # noqa: F811
    halaman = buka_dan_jalankan_semua(peramban, lab, TUGAS)
    app = _app(halaman)
    _tombol(app, "Data sudah benar").click()
    _tunggu(app, "Profil dan pejabat penilai sudah Anda periksa")

    _menu(app, None, "Periode")
    _tombol(app, "Kualitatif").click()
    _tombol(app, "OK").click()
    _tunggu(app, "pendekatan Kualitatif")

    _menu(app, "Atasan (pejabat penilai)", "Matriks Peran Hasil")
    app.locator(".widget-checkbox input").first.check()
    app.locator("td").filter(has_text="Ya").first.wait_for(timeout=30_000)

    _menu(app, "Pegawai", "SKP")
    _tunggu(app, "Pendekatan Kualitatif: target ditulis sebagai uraian")
    _tombol(app, "Tambah RHK Utama").click()
    app.locator(".widget-dropdown", has_text="RHK atasan yang diintervensi").locator("select").select_option(index=1)
    _isi(app.get_by_placeholder("Misalnya: Tersusunnya laporan keuangan bulanan yang tepat waktu"),
         "Terlaksananya layanan kepada masyarakat yang berkualitas")
    _isi(app.get_by_placeholder("Indikator kinerja individu"), "Kualitas layanan kepada masyarakat")
    assert app.get_by_placeholder("Target (angka)").count() == 0
    _isi(app.get_by_placeholder("Target (uraian)"), TARGET_URAIAN)
    _tunggu(app, "SKP siap diajukan")  # Kualitatif: target uraian sah, satuan tidak wajib
    assert app.get_by_text("bukan angka").count() == 0
    halaman.keyboard.press("Control+s")
    halaman.wait_for_timeout(1000)
    halaman.close()

    berkas = ruang_kerja / TUGAS / "jawaban" / f"{TUGAS}.json"
    keadaan = json.loads(berkas.read_text("utf-8"))["ekinerja"]
    assert keadaan["periode"]["pendekatan"] == "Kualitatif" and keadaan["periode"]["aktif"] is True
    assert keadaan["skp"]["rhk"][0]["iki"][0]["target"] == TARGET_URAIAN

    # Tab ditutup, notebook dibuka lagi dan dijalankan ulang: Periode dan target uraian kembali seperti semula.
    halaman = _buka_lagi(peramban, lab, TUGAS)
    app = _app(halaman)
    _menu(app, None, "Periode")
    _tunggu(app, "pendekatan Kualitatif")
    _menu(app, None, "SKP")
    assert app.get_by_placeholder("Target (uraian)").input_value() == TARGET_URAIAN
    for g in ("can not be instantiated", "widget model not found"):
        assert g not in halaman.locator(".jp-Notebook").inner_text()
    halaman.close()
