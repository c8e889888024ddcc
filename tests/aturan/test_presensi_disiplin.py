import json

import pytest

from bimtek.aturan import JAM_KERJA_PER_MINGGU, JAM_MASUK, KebijakanPresensi, hukuman_disiplin_ketidakhadiran


def test_jam_kerja():
    assert JAM_KERJA_PER_MINGGU == 37.5
    assert JAM_MASUK.strftime("%H.%M") == "07.30"


@pytest.mark.parametrize(("menit", "kode", "persen"), [
    (0, None, 0.0), (-5, None, 0.0), (1, "TL1", 0.5), (30, "TL1", 0.5), (31, "TL2", 1.0), (60, "TL2", 1.0),
    (61, "TL3", 1.25), (90, "TL3", 1.25), (91, "TL4", 1.5), (400, "TL4", 1.5), (None, "TL4", 1.5),
])
def test_terlambat_contoh(menit, kode, persen):
    k = KebijakanPresensi()
    assert k.kode_terlambat(menit) == kode
    assert k.potongan_terlambat(menit) == persen
    psw = None if kode is None else kode.replace("TL", "PSW")
    assert k.kode_pulang_cepat(menit) == psw
    assert k.potongan(psw) == persen


def test_kode_tidak_dikenal_dan_menit_buruk():
    k = KebijakanPresensi()
    with pytest.raises(ValueError, match="TL1"):
        k.potongan("TL9")
    with pytest.raises(ValueError, match="angka"):
        k.kode_terlambat("lima")
    assert k.tanpa_keterangan_per_hari == 3.0
    assert "Contoh" in k.nama


def test_kebijakan_instansi_dari_berkas(tmp_path):
    # Pola lain yang disebut lembar fakta (Permentan): TL3 1,5%, TL4 2%.
    yaml_teks = """
nama: Contoh Permentan
terlambat:
  - {sampai_menit: 30, persen: 0.5}
  - {sampai_menit: 60, persen: 1.0}
  - {sampai_menit: 90, persen: 1.5}
  - {sampai_menit: null, persen: 2.0}
tanpa_keterangan_per_hari: 3
"""
    p = tmp_path / "permentan.yaml"
    p.write_text(yaml_teks, encoding="utf-8")
    k = KebijakanPresensi.dari_berkas(p)
    assert k.nama == "Contoh Permentan"
    assert k.potongan_terlambat(75) == 1.5 and k.potongan_terlambat(120) == 2.0
    assert k.potongan_pulang_cepat(120) == 2.0
    j = tmp_path / "dua.json"
    j.write_text(json.dumps({"terlambat": [{"sampai_menit": 15, "persen": 1}, {"sampai_menit": None, "persen": 2}]}))
    assert KebijakanPresensi.dari_berkas(j).kode_terlambat(16) == "TL2"
    t = tmp_path / "tiga.toml"
    t.write_text('terlambat = [{sampai_menit = 30, persen = 0.5}, {persen = 1.0}]\n')
    assert KebijakanPresensi.dari_berkas(t).potongan_terlambat(45) == 1.0


@pytest.mark.parametrize(("isi", "kata"), [
    ("[1, 2", "tidak dapat dibaca"),
    ("nama: x\n", "terlambat"),
    ("terlambat:\n  - {sampai_menit: 30, persen: 0.5}\n", "tanpa batas atas"),
    ("terlambat:\n  - {sampai_menit: 60, persen: 0.5}\n  - {sampai_menit: 30, persen: 1}\n  - {persen: 2}\n",
     "naik berurutan"),
    ("terlambat:\n  - {sampai_menit: 30}\n", "persen"),
])
def test_berkas_kebijakan_rusak(tmp_path, isi, kata):
    p = tmp_path / "rusak.yaml"
    p.write_text(isi, encoding="utf-8")
    with pytest.raises(ValueError, match=kata) as e:
        KebijakanPresensi.dari_berkas(p)
    assert str(p) in str(e.value)


def test_berkas_tidak_ada(tmp_path):
    with pytest.raises(ValueError, match="tidak dapat dibaca"):
        KebijakanPresensi.dari_berkas(tmp_path / "tidak-ada.yaml")


@pytest.mark.parametrize(("hari", "hukuman"), [
    (0, None), (2, None), (3, "Teguran lisan"), (4, "Teguran tertulis"), (6, "Teguran tertulis"),
    (7, "Pernyataan tidak puas secara tertulis"), (10, "Pernyataan tidak puas secara tertulis"),
    (11, "Pemotongan tunjangan kinerja sebesar 25% selama 6 bulan"),
    (13, "Pemotongan tunjangan kinerja sebesar 25% selama 6 bulan"),
    (14, "Pemotongan tunjangan kinerja sebesar 25% selama 9 bulan"),
    (16, "Pemotongan tunjangan kinerja sebesar 25% selama 9 bulan"),
    (17, "Pemotongan tunjangan kinerja sebesar 25% selama 12 bulan"),
    (20, "Pemotongan tunjangan kinerja sebesar 25% selama 12 bulan"),
    (21, "Penurunan jabatan setingkat lebih rendah selama 12 bulan"),
    (24, "Penurunan jabatan setingkat lebih rendah selama 12 bulan"),
    (25, "Pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan"),
    (27, "Pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan"),
    (28, "Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS"),
    (60, "Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS"),
])
def test_hukuman_disiplin(hari, hukuman):
    assert hukuman_disiplin_ketidakhadiran(hari) == hukuman


def test_sepuluh_hari_berturut():
    assert hukuman_disiplin_ketidakhadiran(10, berturut_turut=10).startswith("Pemberhentian")
    assert hukuman_disiplin_ketidakhadiran(10, berturut_turut=9) == "Pernyataan tidak puas secara tertulis"
    with pytest.raises(ValueError):
        hukuman_disiplin_ketidakhadiran(-1)
    with pytest.raises(ValueError, match="berturut"):
        hukuman_disiplin_ketidakhadiran(3, berturut_turut=5)
