"""Uji peramban: JupyterLab sungguhan di Chromium membuka notebook PESERTA Modul 2 (hasil generate_assignment),
Run All, mengisi Form SKP, klik "Simpan draf", lalu berkas jawaban di disk diperiksa. Tangkapan layar disimpan di
artefak/ (tidak dikomit) untuk dilihat manusia; Modul 3 (Form penilaian) ikut difoto untuk panduan.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from alat.lab_peramban import LabTidakMenyala, lab_peserta
from alat.lab_peramban import buka_dan_jalankan_semua as _buka_dan_jalankan_semua
from bimtek.widgets.logika_skp import periksa_skp

pytestmark = [pytest.mark.peramban, pytest.mark.lambat]

AKAR = Path(__file__).resolve().parents[2]
ARTEFAK = AKAR / "artefak"
TUGAS = ("modul-2-skp", "modul-3-penilaian")


@pytest.fixture(scope="module")
def ruang_kerja(tmp_path_factory) -> Path:
    """Versi peserta Modul 2 dan 3 dari nbgrader, disalin ke ruang kerja sementara."""
    from bimtek.kelas.adaptor_nbgrader import api_kursus, buat_versi_peserta

    kursus = tmp_path_factory.mktemp("kursus")
    api = api_kursus(ubah={"CourseDirectory": {"root": str(kursus), "db_url": f"sqlite:///{kursus}/gradebook.db"}})
    ruang = tmp_path_factory.mktemp("ruang_kerja")
    for tugas, folder in buat_versi_peserta(api, list(TUGAS)).items():
        shutil.copytree(folder, ruang / tugas)
        assert not (ruang / tugas / "jawaban").exists(), "Versi peserta tidak boleh membawa berkas jawaban."
    return ruang


@pytest.fixture(scope="module")
def lab(ruang_kerja, tmp_path_factory):
    """JupyterLab tanpa token di 127.0.0.1, seperti yang dilihat peserta (kelas luring)."""
    try:
        with lab_peserta(ruang_kerja, tmp_path_factory.mktemp("lab"), batas_detik=60) as alamat:
            yield alamat
    except LabTidakMenyala as e:
        pytest.fail(str(e))


def _tunggu_form(halaman, judul: str, nama: str):
    """Formulir widget yang judulnya `judul`; bila tak kunjung tampil, foto halaman untuk diperiksa."""
    form = halaman.locator(".widget-vbox").filter(has_text=judul).first
    try:
        form.wait_for(timeout=60_000)
    except PlaywrightTimeout:
        ARTEFAK.mkdir(exist_ok=True)
        halaman.screenshot(path=str(ARTEFAK / f"{nama}-gagal.png"))
        raise
    return form


def _kotak(halaman, jenis: str, label: str):
    """Masukan ipywidgets (input/textarea/select) yang berlabel `label`."""
    wadah = halaman.locator(f".widget-{jenis}").filter(has=halaman.locator("label", has_text=label)).first
    return wadah.locator({"text": "input", "textarea": "textarea", "dropdown": "select"}[jenis])


def test_isi_form_skp_lalu_simpan_draf(peramban, lab, ruang_kerja):
    halaman = _buka_dan_jalankan_semua(peramban, lab, "modul-2-skp")
    form = _tunggu_form(halaman, "Sasaran Kinerja Pegawai", "modul-2")
    form.get_by_role("button", name="Tambah RHK").click()
    intervensi = _kotak(halaman, "dropdown", "RHK atasan diintervensi")
    intervensi.wait_for()
    pilihan_atasan = intervensi.locator("option").nth(1).inner_text().replace("\xa0", " ")  # ipywidgets: &nbsp;
    intervensi.select_option(index=1)
    _kotak(halaman, "textarea", "Rencana hasil kerja").fill("Tersusunnya laporan kepegawaian bulanan yang tepat waktu")
    form.locator("input[placeholder='Indikator kinerja individu']").fill("Jumlah laporan yang selesai tepat waktu")
    target = _kotak(halaman, "text", "Target")
    target.fill("12")
    target.press("Tab")
    form.locator("input[placeholder='Satuan']").fill("laporan")
    # Ekspektasi khusus pimpinan BerAKHLAK opsional: tanpa mengisinya pun SKP siap diajukan.
    assert form.get_by_role("button", name="Isi yang kosong dengan panduan perilaku").count() == 0
    halaman.locator("text=SKP siap diajukan").wait_for(timeout=20_000)
    form.get_by_role("button", name="Simpan draf").click()
    halaman.locator("text=Draf SKP tersimpan").wait_for(timeout=20_000)

    ARTEFAK.mkdir(exist_ok=True)
    form.screenshot(path=str(ARTEFAK / "modul-2-form-skp.png"))
    halaman.screenshot(path=str(ARTEFAK / "modul-2-jupyterlab.png"))

    berkas = ruang_kerja / "modul-2-skp" / "jawaban" / "modul-2-skp.json"
    skp = json.loads(berkas.read_text(encoding="utf-8"))["skp"]
    assert skp["status"] == "Draft" and skp["periode"] == {"bulan_awal": 1, "tahun_awal": 2025,
                                                    "bulan_akhir": 12, "tahun_akhir": 2025}
    assert skp["rhk"][0]["rhk_atasan"] == pilihan_atasan
    assert skp["rhk"][0]["iki"][0] == {"indikator": "Jumlah laporan yang selesai tepat waktu", "aspek": "Kuantitas",
                                       "target": 12.0, "satuan": "laporan"}
    assert periksa_skp(skp) == []

    # Kesalahan umum: SKP sebulan (Januari sampai Januari) langsung ditandai, dan gerbang Ajukan menolak dengan
    # daftar aturannya.
    _kotak(halaman, "dropdown", "Periode akhir").select_option("Januari")
    halaman.locator("text=Periode SKP tidak Januari sampai Desember").first.wait_for(timeout=20_000)
    form.get_by_role("button", name="Ajukan").click()
    halaman.locator("text=SKP belum dapat diajukan").wait_for(timeout=20_000)
    form.screenshot(path=str(ARTEFAK / "modul-2-form-skp-bulanan.png"))
    assert json.loads(berkas.read_text(encoding="utf-8"))["skp"]["status"] == "Draft"
    halaman.close()


def test_form_penilaian_tampil_dan_tersimpan(peramban, lab, ruang_kerja):
    halaman = _buka_dan_jalankan_semua(peramban, lab, "modul-3-penilaian")
    form = _tunggu_form(halaman, "Penilaian Kinerja Bawahan", "modul-3")
    _kotak(halaman, "textarea", "Umpan balik").first.fill("Realisasi melampaui target; bukti dukung lengkap.")
    _kotak(halaman, "dropdown", "Rating hasil kerja").first.select_option("Di Atas Ekspektasi")
    _kotak(halaman, "dropdown", "Rating perilaku kerja").first.select_option("Sesuai Ekspektasi")
    halaman.locator("text=Predikat kinerja:").first.wait_for(timeout=20_000)
    ARTEFAK.mkdir(exist_ok=True)
    form.screenshot(path=str(ARTEFAK / "modul-3-form-penilaian.png"))
    berkas = ruang_kerja / "modul-3-penilaian" / "jawaban" / "modul-3-penilaian.json"
    isian = json.loads(berkas.read_text(encoding="utf-8"))["penilaian"]["bawahan"]
    assert {"Baik"} == {e["predikat_kinerja"] for e in isian.values() if e["predikat_kinerja"]}
    halaman.close()
