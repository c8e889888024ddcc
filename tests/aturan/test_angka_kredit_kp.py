from datetime import date

import pytest

from bimtek.aturan import (
    ak_kenaikan_jenjang,
    ak_kenaikan_pangkat,
    angka_kredit,
    jadwal_kenaikan_pangkat,
    periksa_kenaikan_pangkat_fungsional,
    periksa_kenaikan_pangkat_reguler,
)

KOEFISIEN = {"Ahli Pertama": 12.5, "Ahli Muda": 25, "Ahli Madya": 37.5, "Ahli Utama": 50,
             "Terampil": 5, "Mahir": 12.5, "Penyelia": 25, "Pemula": 3.75}
PERSEN = {"Sangat Baik": 150, "Baik": 100, "Butuh Perbaikan": 75, "Kurang/Misconduct": 50, "Sangat Kurang": 25}


def test_contoh_fakta():
    assert angka_kredit("Sangat Baik", "Ahli Pertama") == 18.75
    assert angka_kredit("Baik", "Ahli Pertama", bulan=2) == 2.083


@pytest.mark.parametrize("jenjang", KOEFISIEN)
@pytest.mark.parametrize("predikat", PERSEN)
def test_tabel_lengkap_setahun(jenjang, predikat):
    assert angka_kredit(predikat, jenjang) == pytest.approx(PERSEN[predikat] / 100 * KOEFISIEN[jenjang], abs=6e-4)


@pytest.mark.parametrize(("predikat", "jenjang", "bulan", "ak"), [
    ("Kurang", "Ahli Madya", 6, 9.375),
    ("butuh perbaikan", "terampil", 1, 0.313),  # 0,3125 dibulatkan setengah ke atas
    ("Sangat Kurang", "Ahli Utama", 12, 12.5),
    ("Sangat Baik", "Penyelia", 7, 21.875),
])
def test_sebagian_tahun(predikat, jenjang, bulan, ak):
    assert angka_kredit(predikat, jenjang, bulan) == ak


@pytest.mark.parametrize("bulan", [0, 13, -1, 2.5, True])
def test_bulan_tidak_sah(bulan):
    with pytest.raises(ValueError, match="bulan"):
        angka_kredit("Baik", "Ahli Muda", bulan)


@pytest.mark.parametrize(("jenjang", "pangkat", "jenjang_naik"), [
    ("Ahli Pertama", 50, 100), ("Ahli Muda", 100, 200), ("Ahli Madya", 150, 450), ("Ahli Utama", 200, None),
    ("Pemula", 15, 15), ("Terampil", 20, 60), ("Mahir", 50, 100), ("Penyelia", 100, None),
])
def test_ak_dibutuhkan(jenjang, pangkat, jenjang_naik):
    assert ak_kenaikan_pangkat(jenjang) == pangkat
    assert ak_kenaikan_jenjang(jenjang) == jenjang_naik


def test_jadwal_kp():
    assert jadwal_kenaikan_pangkat(2024) == [date(2024, m, 1) for m in (2, 4, 6, 8, 10, 12)]
    assert jadwal_kenaikan_pangkat(2026) == [date(2026, m, 1) for m in (2, 4, 6, 8, 10, 12)]
    assert jadwal_kenaikan_pangkat(2023) == [date(2023, 4, 1), date(2023, 10, 1)]


def test_kp_reguler_layak():
    hasil = periksa_kenaikan_pangkat_reguler("III/b", date(2020, 4, 1), ["Baik", "Sangat Baik"], "III/d",
                                             tanggal=date(2024, 4, 1))
    assert hasil.layak and hasil.alasan == [] and hasil.golongan_baru == "III/c"


def test_kp_reguler_semua_alasan():
    hasil = periksa_kenaikan_pangkat_reguler("III/b", date(2021, 10, 1), ["Butuh Perbaikan", "Baik"], "III/b",
                                             tanggal=date(2024, 4, 1))
    assert not hasil.layak
    teks = " ".join(hasil.alasan)
    assert "2 tahun 6 bulan" in teks and "paling singkat 4 tahun" in teks
    assert "Butuh Perbaikan" in teks
    assert "melampaui golongan atasan" in teks
    assert len(hasil.alasan) == 3


def test_kp_reguler_predikat_kurang_lengkap_dan_golongan_puncak():
    hasil = periksa_kenaikan_pangkat_reguler("IV/e", date(2010, 4, 1), ["Baik"], tanggal=date(2024, 4, 1))
    teks = " ".join(hasil.alasan)
    assert "tertinggi" in teks and "lengkap" in teks


def test_kp_fungsional():
    ok = periksa_kenaikan_pangkat_fungsional("III/a", date(2022, 4, 1), "Ahli Pertama", 50, tanggal=date(2024, 4, 1))
    assert ok.layak
    kurang = periksa_kenaikan_pangkat_fungsional("III/a", date(2023, 4, 1), "Ahli Pertama", 49.5,
                                                 tanggal=date(2024, 4, 1))
    assert len(kurang.alasan) == 2
