"""BUP sektor menurut undang-undang, masa usul KP (contoh), potongan tunjangan kinerja satu bulan."""

from datetime import date

import pandas as pd
import pytest

from bimtek import aturan
from bimtek.aturan import KebijakanPresensi, batas_usia_pensiun, bup_sektor, mencapai_bup_pada_tahun
from bimtek.data.bup import bup_pegawai


@pytest.mark.parametrize(
    ("jenis", "jenjang", "jabatan", "bup"),
    [
        ("Fungsional", "Ahli Pertama", "Guru Ahli Pertama", 60),  # UU 14/2005 Ps. 30(4): setiap guru 60
        ("Fungsional", "Ahli Madya", "Guru Ahli Madya", 60),
        ("Fungsional", "Ahli Utama", "Guru Ahli Utama", 60),  # tanpa aturan sektor: 65
        ("Fungsional", "Pemula", "guru pemula", 60),
        ("Fungsional", "Ahli Muda", "Dosen Ahli Muda", 65),
        ("Fungsional", "Ahli Utama", "Guru Besar", 70),
        ("Fungsional", "Ahli Utama", "Profesor", 70),
        ("Fungsional", "Ahli Utama", "Peneliti Ahli Utama", 70),
        ("Fungsional", "Ahli Utama", "Perekayasa Ahli Utama", 70),
        ("Fungsional", "Ahli Madya", "Peneliti Ahli Madya", 60),  # hanya Ahli Utama
        ("Fungsional", "Ahli Utama", "Peneliti", 70),  # jenjang dari kolom jenjang
        ("Pelaksana", None, "Pengurus Barang Pengguna", 58),  # "guru" hanya sebagai kata utuh
        ("Pelaksana", None, "Pengadministrasi Perkantoran", 58),
    ],
)
def test_bup_dari_nama_jabatan(jenis, jenjang, jabatan, bup):
    assert batas_usia_pensiun(jenis, jenjang, jabatan=jabatan) == bup


def test_bukan_sektor():
    assert bup_sektor("Pengurus Barang") is None and bup_sektor(None) is None and bup_sektor(float("nan")) is None


def test_dasar_hukum_dan_tanpa_jabatan():
    assert bup_sektor("Guru Ahli Muda").dasar == "UU 14/2005 Ps. 30(4)"
    assert bup_sektor("Guru Besar").dasar == "UU 14/2005 Ps. 67(4)"
    assert bup_sektor("Peneliti Ahli Utama").dasar == "PP 11/2017 Ps. 239"
    assert batas_usia_pensiun("Fungsional", "Ahli Madya") == 60  # tanpa nama jabatan: aturan umum


def test_pengecualian_instansi_tidak_menimpa_undang_undang():
    assert batas_usia_pensiun("Fungsional", "Ahli Madya", jabatan="Hakim", bup_khusus={"Hakim": 67}) == 67
    assert batas_usia_pensiun("Fungsional", "Ahli Madya", jabatan="Guru Ahli Madya",
                              bup_khusus={"Guru Ahli Madya": 58}) == 60


def test_bup_massal_sama_dengan_per_baris():
    tabel = pd.DataFrame({
        "jenis_jabatan": ["Fungsional", "Fungsional", "Fungsional", "Pelaksana", "JPT Pratama", "Fungsional", "x"],
        "jenjang": ["Ahli Utama", "Ahli Pertama", "Ahli Utama", None, None, "Ahli Madya", None],
        "jabatan": ["Guru Besar", "Guru Ahli Pertama", "Peneliti Ahli Utama", "Operator", "Sekretaris Daerah",
                    "Peneliti Ahli Madya", "Guru Ahli Muda"],
    })
    bup, tidak = bup_pegawai(tabel)
    harapan = [batas_usia_pensiun(j, g, jabatan=n) for j, g, n in tabel.itertuples(index=False)]
    assert bup.tolist() == harapan == [70, 60, 70, 58, 60, 60, 60]
    assert not tidak.any()
    bup, tidak = bup_pegawai(tabel.assign(jabatan="Operator"))
    assert tidak.tolist() == [False] * 6 + [True]


def test_mencapai_bup_pada_tahun():
    assert mencapai_bup_pada_tahun(date(1967, 5, 14), 58, 2025)
    assert not mencapai_bup_pada_tahun(date(1967, 5, 14), 60, 2025)
    assert mencapai_bup_pada_tahun(date(1966, 12, 31), 60, 2026)


def test_masa_usul_kp_contoh():
    assert aturan.masa_usul_kenaikan_pangkat(date(2024, 4, 1)) == (date(2024, 2, 1), date(2024, 2, 29))
    assert aturan.masa_usul_kenaikan_pangkat(date(2025, 2, 1)) == (date(2024, 12, 1), date(2024, 12, 31))
    assert aturan.masa_usul_kenaikan_pangkat(date(2025, 6, 1), bulan_sebelum=1) == (date(2025, 5, 1),
                                                                                     date(2025, 5, 31))
    with pytest.raises(ValueError, match="bukan periode kenaikan pangkat"):
        aturan.masa_usul_kenaikan_pangkat(date(2025, 3, 1))
    with pytest.raises(ValueError, match="bukan periode"):
        aturan.masa_usul_kenaikan_pangkat(date(2023, 2, 1))  # sebelum 2024: April dan Oktober saja
    with pytest.raises(ValueError, match="bulan_sebelum"):
        aturan.masa_usul_kenaikan_pangkat(date(2025, 6, 1), bulan_sebelum=0)


def test_potongan_bulan():
    k = KebijakanPresensi()
    assert k.potongan_bulan(["TL1", None, "PSW2", "TL4"]) == pytest.approx(0.5 + 1 + 1.5)
    assert k.potongan_bulan([], hari_tanpa_keterangan=2) == 6.0
    assert k.potongan_bulan(["TL4"] * 100) == 100.0  # tidak melebihi tunjangan
    assert k.potongan_rupiah(5_000_000, 3.5) == 175_000
    with pytest.raises(ValueError, match="tidak dikenal"):
        k.potongan_bulan(["TL9"])
    with pytest.raises(ValueError, match="tanpa keterangan"):
        k.potongan_bulan([], hari_tanpa_keterangan=-1)
    with pytest.raises(ValueError, match="tanpa_keterangan_per_hari"):
        KebijakanPresensi(tanpa_keterangan_per_hari=-3)


def test_kode_massal_sama_dengan_aturan_per_baris():
    import numpy as np

    from bimtek.data.presensi import kode_tingkat

    k = KebijakanPresensi()
    menit = np.array([-5, 0, 1, 30, 31, 60, 61, 90, 91, 500, 0])
    tanpa = np.array([False] * 10 + [True])
    kode, persen = kode_tingkat("TL", k.terlambat, menit, tanpa)
    harapan = [k.kode_terlambat(int(m)) for m in menit[:-1]] + [k.kode_terlambat(None)]
    assert kode.tolist() == harapan
    assert persen.tolist() == [k.potongan(x) for x in harapan]


def test_ramadan_dari_kalender_libur():
    from bimtek.data.presensi import hari_ramadan

    hari = hari_ramadan(date(2025, 1, 1), date(2025, 12, 31))
    assert str(hari[0]) == "2025-03-01" and str(hari[-1]) == "2025-03-30" and len(hari) == 30
