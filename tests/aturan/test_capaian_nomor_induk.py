"""Capaian menurut arah aspek, dan nomor induk ASN (NIP atau NI PPPK) lewat satu fungsi."""

import pytest

from bimtek import aturan


@pytest.mark.parametrize(
    ("target", "realisasi", "aspek", "harapan"),
    [
        (10, 12, "Kuantitas", 120.0),
        (100, 90, "kualitas", 90.0),
        (12, 10, "Waktu", 120.0),  # lebih cepat dari target: di atas 100%
        (12, 15, "WAKTU", 80.0),
        (1_000_000, 800_000, " biaya ", 125.0),  # lebih hemat: di atas 100%
    ],
)
def test_capaian_mengikuti_arah_aspek(target, realisasi, aspek, harapan):
    assert aturan.capaian_iki(target, realisasi, aspek) == pytest.approx(harapan)


@pytest.mark.parametrize(
    ("target", "realisasi", "aspek", "kata"),
    [(0, 5, "Kuantitas", "lebih dari 0"), (5, -1, "Kualitas", "negatif"), (5, 0, "Biaya", "makin kecil"),
     ("lima", 3, "Kuantitas", "harus angka")],
)
def test_capaian_masukan_salah_dijelaskan(target, realisasi, aspek, kata):
    with pytest.raises(aturan.CapaianTidakDapatDihitung, match=kata):
        aturan.capaian_iki(target, realisasi, aspek)


def test_aspek_tidak_dikenal_menyebut_pilihan():
    with pytest.raises(ValueError, match="Kuantitas"):
        aturan.capaian_iki(1, 1, "Kecepatan")


def test_hanya_kuantitas_dijumlahkan():
    assert aturan.realisasi_tahunan("Kuantitas", [3, 4, 5, 6]) == 18
    for aspek in ("Kualitas", "Waktu", "Biaya"):
        assert aturan.realisasi_tahunan(aspek, [90, 95]) is None


def test_nomor_induk_menerima_nip_dan_ni_pppk():
    assert isinstance(aturan.parse_nomor_induk("19860926 201505 1 001"), aturan.InfoNIP)
    info = aturan.parse_nomor_induk("19931228 2025 21 2 001")
    assert isinstance(info, aturan.InfoNIPPPK)
    assert info.tahun_pengangkatan == 2025


def test_nomor_induk_salah_pesan_tidak_berulang():
    with pytest.raises(aturan.NIPTidakValid) as e:
        aturan.parse_nomor_induk("12345")
    pesan = str(e.value)
    assert pesan.count("tidak sah") == 0 and pesan.count("18 angka") == 1 and ".." not in pesan
    with pytest.raises(aturan.NIPTidakValid, match="Sebagai NI PPPK"):
        aturan.parse_nomor_induk("198609262015133001")
