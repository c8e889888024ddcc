from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bimtek.aturan import (
    NIPTidakValid,
    buat_ni_pppk,
    buat_nip,
    format_ni_pppk,
    format_nip,
    parse_ni_pppk,
    parse_nip,
)


def test_contoh_fakta():
    info = parse_nip("19860926 201505 1 001")
    assert info.tanggal_lahir == date(1986, 9, 26)
    assert info.tmt_cpns == date(2015, 5, 1)
    assert info.jenis_kelamin == "L"
    assert info.nomor_urut == 1


@pytest.mark.parametrize("tulisan", ["198609262015051001", " 19860926 201505 1 001 ", "19860926\u00a0201505\t1 001"])
def test_spasi_diterima(tulisan):
    assert parse_nip(tulisan) == parse_nip("198609262015051001")


def test_perempuan_dan_nomor_urut():
    info = parse_nip("199001312014022015")
    assert info.jenis_kelamin == "P"
    assert info.nomor_urut == 15


@pytest.mark.parametrize(
    ("nip", "potongan_pesan"),
    [
        ("1986092620150510", "tepat 18 angka"),
        ("1986092620150510011", "tepat 18 angka"),
        ("19860926201505100A", "bukan angka"),
        ("19860231 201505 1 001", "tanggal lahir"),
        ("19861326 201505 1 001", "tanggal lahir"),
        ("19860926 201513 1 001", "TMT CPNS"),
        ("19860926 201500 1 001", "TMT CPNS"),
        ("19860926 201505 3 001", "jenis kelamin"),
        ("19860926 201505 0 001", "jenis kelamin"),
        ("19860926 201505 1 000", "000"),
        ("19860926 200305 1 001", "ulang tahun ke-18"),
        ("20990101 212001 1 001", "masa depan"),
    ],
)
def test_nip_tidak_sah_menyebut_bagian_yang_salah(nip, potongan_pesan):
    with pytest.raises(NIPTidakValid, match=potongan_pesan) as e:
        parse_nip(nip)
    assert isinstance(e.value, ValueError)
    assert nip.strip() in str(e.value) or repr(nip) in str(e.value)


def test_tmt_tepat_usia_18_sah():
    # Lahir 1 Mei 1990; TMT 1 Mei 2008 tepat pada ulang tahun ke-18.
    assert parse_nip("19900501 200805 1 001").tmt_cpns == date(2008, 5, 1)
    with pytest.raises(NIPTidakValid):
        parse_nip("19900502 200805 1 001")


def test_bukan_teks():
    with pytest.raises(NIPTidakValid, match="teks"):
        parse_nip(None)
    assert parse_nip(198609262015051001).nomor_urut == 1


def test_format_dan_buat():
    assert format_nip("198609262015051001") == "19860926 201505 1 001"
    assert buat_nip(date(1986, 9, 26), date(2015, 5, 1), "L", 1) == "198609262015051001"
    assert buat_nip(date(1986, 9, 26), date(2015, 5, 17), "p", 12) == "198609262015052012"
    with pytest.raises(NIPTidakValid, match="Jenis kelamin"):
        buat_nip(date(1986, 9, 26), date(2015, 5, 1), "X", 1)
    with pytest.raises(NIPTidakValid, match="Nomor urut"):
        buat_nip(date(1986, 9, 26), date(2015, 5, 1), "L", 0)


def test_ni_pppk():
    info = parse_ni_pppk("19931228 2025 21 2 001")
    assert (info.tanggal_lahir, info.tahun_pengangkatan, info.kode, info.jenis_kelamin, info.nomor_urut) == (
        date(1993, 12, 28), 2025, "21", "P", 1,
    )
    assert format_ni_pppk("199312282025212001") == "19931228 2025 21 2 001"
    assert buat_ni_pppk(date(1993, 12, 28), 2025, "P", 1) == "199312282025212001"
    # NI PPPK bukan NIP PNS: digit 13-14 ("21") bukan bulan.
    with pytest.raises(NIPTidakValid, match="TMT CPNS"):
        parse_nip("199312282025212001")
    with pytest.raises(NIPTidakValid, match="jenis kelamin"):
        parse_ni_pppk("199312282025213001")
    with pytest.raises(NIPTidakValid, match="000"):
        parse_ni_pppk("199312282025212000")
    with pytest.raises(NIPTidakValid, match="sebelum tahun lahir"):
        parse_ni_pppk("199312281990212001")


tanggal_lahir = st.dates(min_value=date(1950, 1, 1), max_value=date(2005, 12, 31))


@given(lahir=tanggal_lahir, tambah_bulan=st.integers(18 * 12 + 1, 45 * 12), jk=st.sampled_from("LP"),
       urut=st.integers(1, 999))
def test_nip_bolak_balik(lahir, tambah_bulan, jk, urut):
    bulan_total = lahir.year * 12 + lahir.month - 1 + tambah_bulan
    tmt = date(bulan_total // 12, bulan_total % 12 + 1, 1)
    nip = buat_nip(lahir, tmt, jk, urut)
    info = parse_nip(nip)
    assert (info.tanggal_lahir, info.tmt_cpns, info.jenis_kelamin, info.nomor_urut) == (lahir, tmt, jk, urut)
    assert parse_nip(format_nip(nip)) == info


@given(lahir=tanggal_lahir, tahun=st.integers(2006, 2030), jk=st.sampled_from("LP"), urut=st.integers(1, 999))
def test_ni_pppk_bolak_balik(lahir, tahun, jk, urut):
    info = parse_ni_pppk(buat_ni_pppk(lahir, tahun, jk, urut))
    hasil = (info.tanggal_lahir, info.tahun_pengangkatan, info.jenis_kelamin, info.nomor_urut)
    assert hasil == (lahir, tahun, jk, urut)
