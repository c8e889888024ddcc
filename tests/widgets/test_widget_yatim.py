"""Tutup tab lalu buka lagi: JupyterLab meminta keadaan SEMUA widget hidup dari kernel (`request_states`).

Bila satu wadah hidup masih merujuk widget yang sudah ditutup, permintaan itu gagal dan notebook yang dibuka lagi
menampilkan "Model class 'DropdownModel' ... can not be instantiated / widget model not found". Uji ini memeriksa
syarat itu langsung di kernel, tanpa peramban; uji peramban `test_peramban_buka_ulang` menempuh jalur aslinya.
"""

from __future__ import annotations

import json
import re

import ipywidgets as w
from ipywidgets.widgets import widget as modul_widget

from bimtek.widgets.form_skp import FormSKP


def _rujukan_putus() -> list[str]:
    hidup = dict(modul_widget._instances)
    w.Widget.get_manager_state()  # yang dijalankan kernel saat tab dibuka lagi; tidak boleh gagal
    putus = []
    for wd in hidup.values():
        for ref in re.findall(r"IPY_MODEL_([0-9a-f]+)", json.dumps(wd.get_state(), default=str)):
            if ref not in hidup:
                putus.append(f"{type(wd).__name__} -> {ref}")
    return putus


def test_tambah_dan_hapus_rhk_tidak_meninggalkan_rujukan_putus(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    form = FormSKP(["RHK A", "RHK B"], pegawai={"nip": "1"}, modul="m")
    form.w_tambah_rhk.click()
    intervensi = form.w_daftar_rhk.children[0].children[2]
    assert intervensi.description == "RHK atasan diintervensi"
    intervensi.value = "RHK A"
    form.w_tambah_rhk.click()  # kartu RHK disusun ulang: kartu lama ditutup
    assert _rujukan_putus() == []
    form.w_daftar_rhk.children[1].children[-1].children[1].click()  # "Hapus RHK ini"
    assert _rujukan_putus() == []
    FormSKP(["RHK A", "RHK B"], pegawai={"nip": "1"}, modul="m")  # sel dijalankan ulang
    assert _rujukan_putus() == []
