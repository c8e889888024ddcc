import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bimtek.aturan import (
    BERAKHLAK,
    PREDIKAT,
    RATING,
    NilaiTidakDikenal,
    normalisasi_predikat,
    normalisasi_rating,
    periksa_distribusi,
    predikat_kinerja,
    rating_hasil_kepala_unit,
)

# Kuadran kinerja PermenPANRB 6/2022, ditulis ulang di sini dari lembar fakta agar uji independen dari tabel kode.
KUADRAN = {
    ("Di Atas", "Di Bawah"): "Kurang/Misconduct",
    ("Di Atas", "Sesuai"): "Baik",
    ("Di Atas", "Di Atas"): "Sangat Baik",
    ("Sesuai", "Di Bawah"): "Kurang/Misconduct",
    ("Sesuai", "Sesuai"): "Baik",
    ("Sesuai", "Di Atas"): "Baik",
    ("Di Bawah", "Di Bawah"): "Sangat Kurang",
    ("Di Bawah", "Sesuai"): "Butuh Perbaikan",
    ("Di Bawah", "Di Atas"): "Butuh Perbaikan",
}


@pytest.mark.parametrize(("sumbu", "predikat"), KUADRAN.items())
def test_kuadran(sumbu, predikat):
    hasil, perilaku = sumbu
    assert predikat_kinerja(f"{hasil} Ekspektasi", f"{perilaku} Ekspektasi") == predikat


def test_sumbu_tidak_tertukar():
    assert predikat_kinerja("Di Atas Ekspektasi", "Di Bawah Ekspektasi") == "Kurang/Misconduct"
    assert predikat_kinerja("Di Bawah Ekspektasi", "Di Atas Ekspektasi") == "Butuh Perbaikan"


def _ejaan(rating: str) -> list[str]:
    inti = rating.replace(" Ekspektasi", "")
    bentuk = {rating, inti, inti.replace("Di ", "Di"), f"{inti.replace('Di ', 'Di')} Ekspektasi"}
    hasil = set()
    for b in bentuk:
        hasil |= {b, b.upper(), b.lower(), f"  {b}  ", b.replace(" ", "  ")}
    return sorted(hasil)


EJAAN = [(e, r) for r in RATING for e in _ejaan(r)]


@pytest.mark.parametrize(("tulisan", "baku"), EJAAN)
def test_ejaan_rating(tulisan, baku):
    assert normalisasi_rating(tulisan) == baku


@given(a=st.sampled_from(EJAAN), b=st.sampled_from(EJAAN))
def test_predikat_total_atas_semua_ejaan(a, b):
    hasil = predikat_kinerja(a[0], b[0])
    assert hasil in PREDIKAT
    assert hasil == KUADRAN[(a[1].replace(" Ekspektasi", ""), b[1].replace(" Ekspektasi", ""))]


@pytest.mark.parametrize("buruk", ["bagus", "", "Atas Ekspektasi", "di tengah", None, 3, "diatas sekali"])
def test_rating_tidak_dikenal(buruk):
    with pytest.raises(ValueError, match="Di Atas Ekspektasi") as e:
        predikat_kinerja(buruk, "sesuai")
    assert isinstance(e.value, NilaiTidakDikenal)
    assert repr(buruk) in str(e.value)


@pytest.mark.parametrize(
    ("tulisan", "baku"),
    [("kurang", "Kurang/Misconduct"), ("KURANG/MISCONDUCT", "Kurang/Misconduct"), ("Kurang / Misconduct",
     "Kurang/Misconduct"), ("sangat baik", "Sangat Baik"), ("butuh  perbaikan", "Butuh Perbaikan"),
     ("Sangat Kurang", "Sangat Kurang")],
)
def test_ejaan_predikat(tulisan, baku):
    assert normalisasi_predikat(tulisan) == baku


def test_berakhlak():
    assert list(BERAKHLAK) == [
        "Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif",
    ]
    assert all(len(v) == 3 for v in BERAKHLAK.values())


def _daftar(**jumlah: int) -> list[str]:
    nama = {"SB": "Sangat Baik", "B": "Baik", "BP": "Butuh Perbaikan", "K": "Kurang", "SK": "Sangat Kurang"}
    return list(itertools.chain.from_iterable([nama[k]] * n for k, n in jumlah.items()))


@pytest.mark.parametrize(
    ("organisasi", "jumlah", "sesuai", "kata"),
    [
        ("Istimewa", dict(SB=7, B=3), True, None),
        ("Istimewa", dict(SB=8, B=2), False, "paling banyak 70%"),
        ("Istimewa", dict(SB=3, B=5, BP=2), False, "sebagian besar"),
        ("Istimewa", dict(SB=6, B=2, K=1, SK=1), True, None),
        ("Istimewa", dict(SB=5, B=3, K=1, SK=1), False, "lebih dari separuh"),
        ("Istimewa", dict(SB=4, B=3, BP=3), False, "hanya 40%"),
        ("Baik", dict(B=7, SB=2, BP=1), True, None),
        ("Baik", dict(B=6, SB=2, K=2), True, None),
        ("Baik", dict(B=7, SB=3), False, "harus ada pegawai dengan predikat Butuh Perbaikan dan/atau Kurang"),
        ("Baik", dict(B=8, BP=2), False, "paling banyak 70%"),
        ("Baik", dict(B=3, SB=5, BP=2), False, "sebagian besar"),
        ("Butuh Perbaikan", dict(BP=6, B=3, SB=1), True, None),
        ("Butuh Perbaikan", dict(BP=5, B=5), False, "paling sedikit 60%"),
        ("Butuh Perbaikan", dict(BP=6, SB=2, B=2), False, "Sangat Baik paling banyak 10%"),
        ("Kurang", dict(K=6, BP=1, SB=1, B=2), True, None),
        ("Kurang", dict(K=6, B=4), False, "Butuh Perbaikan paling sedikit 10%"),
        ("Kurang", dict(K=5, BP=5), False, "Kurang/Misconduct paling sedikit 60%"),
        ("Sangat Kurang", dict(SK=6, K=2, BP=2), True, None),
        ("Sangat Kurang", dict(SK=9, B=1), False, "Kurang/Misconduct dan/atau Butuh Perbaikan paling sedikit 10%"),
        ("Sangat Kurang", dict(SK=7, BP=2, SB=1), False, "Sangat Baik tidak boleh ada"),
    ],
)
def test_pola_distribusi(organisasi, jumlah, sesuai, kata):
    hasil = periksa_distribusi(organisasi, _daftar(**jumlah))
    assert hasil.sesuai is sesuai, hasil.pelanggaran
    if kata:
        assert any(kata in p for p in hasil.pelanggaran), hasil.pelanggaran
    else:
        assert hasil.pelanggaran == []


def test_distribusi_menghitung_dan_pesan():
    hasil = periksa_distribusi("baik", ["baik", "Baik", "sangat baik", "kurang"])
    assert hasil.jumlah["Baik"] == 2 and hasil.jumlah["Kurang/Misconduct"] == 1
    assert hasil.proporsi["Baik"] == 0.5
    with pytest.raises(ValueError, match="kosong"):
        periksa_distribusi("Baik", [])
    with pytest.raises(ValueError, match="Predikat kinerja organisasi"):
        periksa_distribusi("Luar Biasa", ["Baik"])
    with pytest.raises(ValueError, match="Predikat kinerja"):
        periksa_distribusi("Baik", ["Baik", "Hebat"])


@pytest.mark.parametrize(("organisasi", "rating"), [
    ("Istimewa", "Di Atas Ekspektasi"), ("baik", "Sesuai Ekspektasi"), ("Butuh Perbaikan", "Di Bawah Ekspektasi"),
    ("KURANG", "Di Bawah Ekspektasi"), ("Sangat Kurang", "Di Bawah Ekspektasi"),
])
def test_rating_hasil_kerja_kepala_unit_dari_capaian_organisasi(organisasi, rating):
    # PermenPANRB 6/2022: capaian kinerja organisasi menjadi rating hasil kerja pimpinan unit.
    assert rating_hasil_kepala_unit(organisasi) == rating


def test_rating_hasil_kepala_unit_menolak_predikat_tidak_dikenal():
    with pytest.raises(NilaiTidakDikenal):
        rating_hasil_kepala_unit("Luar Biasa")
