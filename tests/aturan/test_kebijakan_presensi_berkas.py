"""Berkas kebijakan presensi instansi dibaca lewat berkas_pengaturan: skema JSON, pesan menyebut kunci dan nilai
yang diizinkan (mekanisme yang sama dengan kelas.yaml)."""

from __future__ import annotations

import pytest

from bimtek.aturan import KebijakanPresensi
from bimtek.galat import KesalahanPengguna

BAIK = "terlambat:\n  - {sampai_menit: 30, persen: 0.5}\n  - {sampai_menit: null, persen: 1.5}\n"


@pytest.mark.parametrize(("akhiran", "isi", "potongan"), [
    (".yaml", "terlmabat:\n  - {persen: 1}\n",
     "kunci terlmabat tidak dikenal; kunci yang boleh: nama, pulang_cepat, tanpa_keterangan_per_hari, terlambat"),
    (".yaml", "nama: x\n", "kunci terlambat wajib ada"),
    (".yaml", "terlambat:\n  - {sampai_menit: 30, persen: satu}\n  - {persen: 2}\n",
     "kunci terlambat butir ke-1 persen: harus angka, bukan teks ('satu')"),
    (".yaml", "terlambat:\n  - {sampai_menit: 30, persen: 150}\n  - {persen: 2}\n",
     "kunci terlambat butir ke-1 persen: harus antara 0 dan 100, bukan 150"),
    (".yaml", "terlambat:\n  - {sampai_menit: 0, persen: 1}\n  - {persen: 2}\n",
     "kunci terlambat butir ke-1 sampai_menit: harus paling sedikit 1, bukan 0"),
    (".yaml", "terlambat: []\n", "kunci terlambat: daftar harus berisi paling sedikit 1 butir"),
    (".yaml", "terlambat:\n  - {menit: 30, persen: 1}\n",
     "kunci menit tidak dikenal; kunci yang boleh: persen, sampai_menit"),
    (".yaml", BAIK + "tanpa_keterangan_per_hari: tiga\n",
     "kunci tanpa_keterangan_per_hari: harus angka, bukan teks ('tiga')"),
    (".json", '{"terlambat": [{"persen": 1}], "pulang_cepat": "sama"}',
     "kunci pulang_cepat: harus daftar atau kosong, bukan teks ('sama')"),
    (".toml", "terlambat = [{persen = }]\n", "baris 1 tidak dapat dibaca"),
    (".yaml", "terlambat:\n  - {sampai_menit: 30, persen: 0.5}\n", "tanpa batas atas"),
])
def test_berkas_kebijakan_salah_menyebut_kunci(tmp_path, akhiran, isi, potongan):
    p = tmp_path / f"kebijakan{akhiran}"
    p.write_text(isi, encoding="utf-8")
    with pytest.raises(KesalahanPengguna) as e:
        KebijakanPresensi.dari_berkas(p)
    assert isinstance(e.value, ValueError)  # pemanggil lama yang menangkap ValueError tetap bekerja
    assert str(p) in str(e.value) and potongan in str(e.value), str(e.value)
    assert "Traceback" not in str(e.value) and "is not of type" not in str(e.value)


def test_berkas_kebijakan_tidak_ada(tmp_path):
    with pytest.raises(KesalahanPengguna, match="tidak dapat dibaca"):
        KebijakanPresensi.dari_berkas(tmp_path / "tidak-ada.yaml")


def test_berkas_kebijakan_baik_dan_pulang_cepat_bawaan(tmp_path):
    p = tmp_path / "instansi.yaml"
    p.write_text("nama: Contoh instansi\n" + BAIK, encoding="utf-8")
    k = KebijakanPresensi.dari_berkas(p)
    assert k.nama == "Contoh instansi" and k.potongan_terlambat(45) == 1.5 and k.potongan_pulang_cepat(10) == 0.5
