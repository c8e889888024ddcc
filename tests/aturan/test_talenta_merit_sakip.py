import pytest

from bimtek.aturan import (
    kategori_sistem_merit,
    kotak_talenta,
    predikat_sakip,
    rekomendasi_talenta,
    termasuk_talent_pool,
)


@pytest.mark.parametrize(("kinerja", "potensial", "kotak"), [
    ("Di Atas Ekspektasi", "Rendah", 4), ("Di Atas Ekspektasi", "Menengah", 7), ("Di Atas Ekspektasi", "Tinggi", 9),
    ("Sesuai Ekspektasi", "Rendah", 2), ("Sesuai Ekspektasi", "Menengah", 5), ("Sesuai Ekspektasi", "Tinggi", 8),
    ("Di Bawah Ekspektasi", "Rendah", 1), ("Di Bawah Ekspektasi", "Menengah", 3), ("dibawah", "TINGGI", 6),
])
def test_kotak_talenta(kinerja, potensial, kotak):
    assert kotak_talenta(kinerja, potensial) == kotak


def test_rekomendasi_dan_pool():
    assert "suksesi" in rekomendasi_talenta(9) and "penghargaan" in rekomendasi_talenta(9)
    assert "disiplin" in rekomendasi_talenta(1)
    assert rekomendasi_talenta(4) == "Rotasi; pengembangan kompetensi"
    assert [k for k in range(1, 10) if termasuk_talent_pool(k)] == [7, 8, 9]
    for buruk in (0, 10, "9", 9.0):
        with pytest.raises(ValueError, match="1 sampai 9"):
            rekomendasi_talenta(buruk)
    with pytest.raises(ValueError, match="Potensial"):
        kotak_talenta("Sesuai", "Sangat Tinggi")


@pytest.mark.parametrize(("nilai", "kategori"), [
    (100, ("I", "Buruk")), (174, ("I", "Buruk")), (174.9, ("I", "Buruk")), (175, ("II", "Kurang")),
    (249, ("II", "Kurang")), (250, ("III", "Baik")), (324, ("III", "Baik")), (325, ("IV", "Sangat Baik")),
    (400, ("IV", "Sangat Baik")),
])
def test_sistem_merit(nilai, kategori):
    assert kategori_sistem_merit(nilai) == kategori


@pytest.mark.parametrize("buruk", [99, 401, -5, float("nan"), "300", None])
def test_sistem_merit_di_luar_rentang(buruk):
    with pytest.raises(ValueError, match="100 sampai 400"):
        kategori_sistem_merit(buruk)


@pytest.mark.parametrize(("nilai", "predikat"), [
    (100, "AA"), (90.01, "AA"), (90, "A"), (80.5, "A"), (80, "BB"), (70.1, "BB"), (70, "B"), (60.5, "B"),
    (60, "CC"), (50.01, "CC"), (50, "C"), (30.5, "C"), (30, "D"), (0, "D"),
])
def test_sakip(nilai, predikat):
    assert predikat_sakip(nilai) == predikat


@pytest.mark.parametrize("buruk", [-0.1, 100.5, "AA", None])
def test_sakip_di_luar_rentang(buruk):
    with pytest.raises(ValueError, match="0 sampai 100"):
        predikat_sakip(buruk)
