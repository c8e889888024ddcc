"""BUP kepala sekolah (guru dengan tugas tambahan: 60) dan tenaga kesehatan (menurut jenjang; dapat diatur)."""

import pandas as pd
import pytest

from bimtek.aturan import batas_usia_pensiun, bup_sektor
from bimtek.data.bup import bup_pegawai


@pytest.mark.parametrize("jabatan", ["Kepala SD Negeri 3 Sukajaya", "Kepala SMP Negeri 1 Karangrejo",
                                     "Kepala SMA Negeri 2", "Kepala SMK Negeri 4 Batujaya", "Kepala SDN 7",
                                     "kepala sekolah", "Kepala SLB Negeri Bumi Asri"])
def test_kepala_sekolah_adalah_guru_bup_60(jabatan):
    # Tanpa aturan sektor, jenjang Ahli Muda pensiun 58 dan Ahli Utama 65: kepala sekolah tetap guru (60).
    for jenjang in ("Ahli Muda", "Ahli Utama"):
        assert batas_usia_pensiun("Fungsional", jenjang, jabatan=jabatan) == 60
    assert bup_sektor(jabatan).dasar == "UU 14/2005 Ps. 30(4)"


@pytest.mark.parametrize("jabatan", ["Kepala Bidang Pembinaan Sekolah Dasar", "Kepala Seksi Kurikulum SD",
                                     "Kepala Dinas Pendidikan", "Kepala Subbagian Umum dan Kepegawaian"])
def test_pejabat_dinas_pendidikan_bukan_kepala_sekolah(jabatan):
    assert bup_sektor(jabatan) is None
    assert batas_usia_pensiun("Administrator", jabatan=jabatan) == 58


@pytest.mark.parametrize(("jabatan", "jenjang", "bup"), [
    ("Dokter Ahli Pertama", "Ahli Pertama", 58), ("Dokter Ahli Madya", "Ahli Madya", 60),
    ("Dokter Gigi Ahli Muda", "Ahli Muda", 58), ("Apoteker Ahli Utama", "Ahli Utama", 65),
    ("Bidan Terampil", "Terampil", 58),
])
def test_tenaga_kesehatan_menurut_jenjang(jabatan, jenjang, bup):
    # FAKTA §3: aturan sektor dokter (spesialis) tidak dimuat; jenjang yang menentukan.
    assert bup_sektor(jabatan) is None
    assert batas_usia_pensiun("Fungsional", jenjang, jabatan=jabatan) == bup


def test_bup_dokter_dapat_diatur_instansi():
    assert batas_usia_pensiun("Fungsional", "Ahli Madya", jabatan="Dokter Ahli Madya",
                              bup_khusus={"Dokter Ahli Madya": 65}) == 65


def test_bup_massal_mengenali_kepala_sekolah():
    tabel = pd.DataFrame({"jenis_jabatan": ["Fungsional", "Fungsional", "Administrator"],
                          "jenjang": ["Ahli Muda", "Ahli Muda", None],
                          "jabatan": ["Kepala SD Negeri 3 Sukajaya", "Dokter Ahli Muda",
                                      "Kepala Bidang Pembinaan Sekolah Dasar"]})
    bup, tidak = bup_pegawai(tabel)
    assert bup.tolist() == [60, 58, 58] and not tidak.any()
