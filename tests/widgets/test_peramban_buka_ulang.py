"""Uji peramban: tutup tab notebook lalu buka lagi dan jalankan ulang sel tidak boleh merusak widget.

Kasus nyata (JupyterLab 4.6 + ipywidgets 8.1): tambah RHK, pilih "RHK atasan diintervensi", tutup tab, buka lagi,
Run All -> "Model class 'DropdownModel' ... can not be instantiated / widget model not found".
"""

from __future__ import annotations

import json

import pytest

from tests.widgets.test_peramban_skp import (  # noqa: F401 - fixture dipakai lewat nama
    ARTEFAK,
    _buka_dan_jalankan_semua,
    _kotak,
    _tunggu_form,
    lab,
    ruang_kerja,
)

pytestmark = [pytest.mark.peramban, pytest.mark.lambat]

GALAT_WIDGET = ("can not be instantiated", "widget model not found", "Error displaying widget")


def _tanpa_galat_widget(halaman) -> None:
    teks = halaman.locator(".jp-Notebook").inner_text()
    for g in GALAT_WIDGET:
        assert g not in teks, f"Widget rusak setelah buka ulang: {g!r}"


def test_tutup_tab_buka_lagi_jalankan_ulang(peramban, lab, ruang_kerja):  # noqa: F811 - fixture impor
    konteks = peramban.new_context(viewport={"width": 1280, "height": 2400})

    class _Konteks:  # `_buka_dan_jalankan_semua` meminta new_page(viewport=...); konteks sudah berukuran itu
        @staticmethod
        def new_page(**_):
            return konteks.new_page()

    halaman = _buka_dan_jalankan_semua(_Konteks, lab, "modul-2-skp")
    form = _tunggu_form(halaman, "Sasaran Kinerja Pegawai", "buka-ulang-1")
    form.get_by_role("button", name="Tambah RHK").click()
    intervensi = _kotak(halaman, "dropdown", "RHK atasan diintervensi")
    intervensi.wait_for()
    pilihan = intervensi.locator("option").nth(1).inner_text().replace("\xa0", " ")
    intervensi.select_option(index=1)
    form.get_by_role("button", name="Tambah RHK").click()
    halaman.wait_for_timeout(1500)
    halaman.keyboard.press("Control+s")
    halaman.wait_for_timeout(1500)
    halaman.close()  # tab ditutup; kernel tetap hidup di server

    halaman = konteks.new_page()
    halaman.goto(f"{lab}/lab/workspaces/modul-2-skp/tree/modul-2-skp/modul-2-skp.ipynb")
    halaman.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    halaman.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000)
    halaman.wait_for_timeout(2000)
    _tanpa_galat_widget(halaman)
    # Peserta menjalankan ulang semua sel tanpa memulai ulang kernel (menu Jalankan > Jalankan Semua Sel).
    # Tanpa memulai ulang kernel: sel dijalankan satu per satu dengan Shift+Enter dari sel pertama.
    sel = halaman.locator(".jp-Notebook .jp-Cell")
    sel.first.locator(".jp-InputPrompt").click()
    for _ in range(sel.count()):
        halaman.keyboard.press("Shift+Enter")
        halaman.wait_for_timeout(150)
    form = _tunggu_form(halaman, "Sasaran Kinerja Pegawai", "buka-ulang-2")
    intervensi = _kotak(halaman, "dropdown", "RHK atasan diintervensi").first
    intervensi.wait_for(timeout=60_000)
    halaman.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000)
    halaman.wait_for_timeout(2000)
    ARTEFAK.mkdir(exist_ok=True)
    halaman.screenshot(path=str(ARTEFAK / "buka-ulang.png"), full_page=True)
    _tanpa_galat_widget(halaman)
    berkas = ruang_kerja / "modul-2-skp" / "jawaban" / "modul-2-skp.json"
    assert json.loads(berkas.read_text(encoding="utf-8"))["skp"]["rhk"][0]["rhk_atasan"] == pilihan
    konteks.close()
