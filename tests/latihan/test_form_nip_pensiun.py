"""Formulir Modul 1 tanpa kode: urai NIP/NI PPPK dan perkiraan pensiun, logika dan widget (tanpa peramban)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bimtek import aturan
from bimtek.widgets.form_nip_pensiun import FormPensiun, FormUraiNIP
from bimtek.widgets.logika_profil import baca_tanggal, hitung_pensiun, urai_nomor


def test_urai_nip_dan_ni_pppk() -> None:
    bagian, pesan = urai_nomor("19860926 201505 1 001")
    assert not pesan and dict(bagian)["Angka 9-14: 201505"].startswith("TMT CPNS 1 Mei 2015")
    bagian, pesan = urai_nomor("19931228 2025 21 2 001")
    arti = dict(bagian)
    assert "NI PPPK" in arti["Jenis nomor"] and "belum terkonfirmasi" in arti["Angka 13-14: 21"]
    assert "kode tetap" not in " ".join(arti.values())
    assert urai_nomor("123")[1]


def test_pensiun_mengikuti_aturan() -> None:
    hasil = hitung_pensiun("14-05-1967", "Fungsional", "Ahli Madya")
    bup = aturan.batas_usia_pensiun("Fungsional", "Ahli Madya")
    assert hasil.bup == bup and hasil.tmt_pensiun == aturan.tmt_pensiun(date(1967, 5, 14), bup)
    assert hitung_pensiun("31-02-1967", "Pelaksana").pesan.startswith("Tanggal")
    assert "jenjang" in hitung_pensiun("14-05-1967", "Fungsional").pesan
    assert baca_tanggal("14/5/1967") == date(1967, 5, 14)
    with pytest.raises(ValueError, match="hari-bulan-tahun"):
        baca_tanggal("1967-05-14")


def test_widget_menyimpan_dan_memulihkan(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    urai = FormUraiNIP("m")
    urai.w_nomor.value = "19860926 201505 1 001"
    urai.w_urai.click()
    pensiun = FormPensiun("m")
    pensiun.w_lahir.value = "14-05-1967"
    pensiun.w_jenis.value = "Pelaksana"
    pensiun.w_hitung.click()
    isi = json.loads(Path("jawaban/m.json").read_text())
    assert isi["urai_nip"] == "19860926 201505 1 001"
    assert isi["pensiun"]["bup"] == aturan.batas_usia_pensiun("Pelaksana")
    baru = FormPensiun("m")
    assert baru.w_lahir.value == "14-05-1967" and baru.hasil.bup == isi["pensiun"]["bup"]
    assert "TMT pensiun" in baru.w_hasil.value
