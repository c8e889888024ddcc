from datetime import date

import pytest

from bimtek.aturan import (
    GOLONGAN_PNS,
    GOLONGAN_PPPK,
    JENJANG_FUNGSIONAL,
    NilaiTidakDikenal,
    batas_usia_pensiun,
    golongan_awal,
    golongan_awal_pppk,
    golongan_berikutnya,
    indeks_golongan,
    jenjang_sesuai_golongan,
    normalisasi_golongan,
    pangkat,
    tmt_pensiun,
)


@pytest.mark.parametrize(
    ("golongan", "nama"),
    [
        ("I/a", "Juru Muda"), ("I/b", "Juru Muda Tingkat I"), ("I/c", "Juru"), ("I/d", "Juru Tingkat I"),
        ("II/a", "Pengatur Muda"), ("II/b", "Pengatur Muda Tingkat I"), ("II/c", "Pengatur"),
        ("II/d", "Pengatur Tingkat I"), ("III/a", "Penata Muda"), ("III/b", "Penata Muda Tingkat I"),
        ("III/c", "Penata"), ("III/d", "Penata Tingkat I"), ("IV/a", "Pembina"), ("IV/b", "Pembina Tingkat I"),
        ("IV/c", "Pembina Utama Muda"), ("IV/d", "Pembina Utama Madya"), ("IV/e", "Pembina Utama"),
    ],
)
def test_pangkat(golongan, nama):
    assert pangkat(golongan) == nama


def test_urutan_golongan():
    assert len(GOLONGAN_PNS) == 17
    assert GOLONGAN_PNS[0] == "I/a" and GOLONGAN_PNS[-1] == "IV/e"
    assert GOLONGAN_PPPK == (
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
    )
    assert indeks_golongan("III/a") < indeks_golongan("III/b") < indeks_golongan("IV/a")
    assert golongan_berikutnya("II/d") == "III/a"
    assert golongan_berikutnya("IV/e") is None


@pytest.mark.parametrize("tulisan", ["III/a", "iii/a", "III a", "IIIa", "3a", "III-A", " 3/a "])
def test_ejaan_golongan(tulisan):
    assert normalisasi_golongan(tulisan) == "III/a"


@pytest.mark.parametrize("buruk", ["V/a", "III/f", "", "Penata", None, "I/e"])
def test_golongan_tidak_dikenal(buruk):
    with pytest.raises(NilaiTidakDikenal, match="III/a"):
        pangkat(buruk)


@pytest.mark.parametrize(
    ("pendidikan", "golongan"),
    [("SD", "I/a"), ("SMP", "I/c"), ("SMA", "II/a"), ("D-I", "II/a"), ("D-II", "II/b"), ("D-III", "II/c"),
     ("D-IV", "III/a"), ("S1", "III/a"), ("S2", "III/b"), ("Dokter", "III/b"), ("apoteker", "III/b"),
     ("S3", "III/c"), ("s1", "III/a"), ("D3", "II/c"), ("SMK", "II/a")],
)
def test_golongan_awal(pendidikan, golongan):
    assert golongan_awal(pendidikan) == golongan


def test_golongan_awal_pppk_contoh_dan_dapat_diganti():
    assert golongan_awal_pppk("S1") == "IX"
    assert golongan_awal_pppk("D-IV") == "IX"
    assert golongan_awal_pppk("SMA") == "V"
    assert golongan_awal_pppk("S1", tabel={"S1": "X"}) == "X"
    with pytest.raises(NilaiTidakDikenal, match="tidak ada di tabel"):
        golongan_awal_pppk("S2", tabel={"S1": "X"})
    with pytest.raises(NilaiTidakDikenal, match="Pendidikan"):
        golongan_awal("TK")


@pytest.mark.parametrize(
    ("jenis", "jenjang", "bup"),
    [
        ("Administrator", None, 58), ("Pengawas", None, 58), ("Pelaksana", None, 58),
        ("Fungsional", "Ahli Pertama", 58), ("Fungsional", "Ahli Muda", 58),
        ("Fungsional", "Pemula", 58), ("Fungsional", "Terampil", 58), ("Fungsional", "Mahir", 58),
        ("Fungsional", "Penyelia", 58),
        ("JPT Utama", None, 60), ("JPT Madya", None, 60), ("JPT Pratama", None, 60),
        ("Fungsional", "Ahli Madya", 60), ("Fungsional", "Ahli Utama", 65),
        ("jpt pratama", None, 60), ("fungsional", "ahli utama", 65),
    ],
)
def test_batas_usia_pensiun(jenis, jenjang, bup):
    assert batas_usia_pensiun(jenis, jenjang) == bup


def test_bup_salah_dan_khusus():
    with pytest.raises(ValueError, match="jenjang wajib"):
        batas_usia_pensiun("Fungsional")
    with pytest.raises(ValueError, match="Jenis jabatan"):
        batas_usia_pensiun("Guru")
    with pytest.raises(ValueError, match="Jenjang"):
        batas_usia_pensiun("Fungsional", "Ahli Sekali")
    assert batas_usia_pensiun("Fungsional", "Ahli Pertama", jabatan="Guru", bup_khusus={"Guru": 60}) == 60


@pytest.mark.parametrize(
    ("lahir", "bup", "tmt"),
    [
        (date(1967, 5, 14), 58, date(2025, 6, 1)),
        (date(1967, 5, 1), 58, date(2025, 6, 1)),
        (date(1966, 12, 31), 60, date(2027, 1, 1)),
        (date(1964, 2, 29), 65, date(2029, 3, 1)),  # 29 Feb 2029 tidak ada: BUP tetap dicapai pada Februari
    ],
)
def test_tmt_pensiun(lahir, bup, tmt):
    assert tmt_pensiun(lahir, bup) == tmt


def test_jenjang_dan_golongan():
    assert JENJANG_FUNGSIONAL["Ahli Madya"] == ("IV/a", "IV/b", "IV/c")
    assert jenjang_sesuai_golongan("Ahli Pertama", "III/b")
    assert not jenjang_sesuai_golongan("Ahli Pertama", "III/c")
    assert jenjang_sesuai_golongan("Pemula", "II/a")
