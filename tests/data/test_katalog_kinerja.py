"""Katalog RHK -> IKI -> perspektif: IKI sesuai RHK dan jabatan, perspektif sesuai isi (PermenPANRB 6/2022)."""

from __future__ import annotations

import pytest

from bimtek import aturan
from bimtek.data import katalog_kinerja as KT


@pytest.mark.parametrize(("jabatan", "keluarga"), [
    ("Bidan Terampil", "bidan"), ("Guru Ahli Pertama", "guru"), ("Perawat Penyelia", "perawat"),
    ("Analis Keuangan Pusat dan Daerah Ahli Muda", "keuangan"), ("Penyuluh Kesehatan Masyarakat Ahli Muda",
                                                                 "kesehatan_masyarakat"),
    ("Penyuluh Pertanian Ahli Pertama", "penyuluh"), ("Pengawas Sekolah Ahli Madya", "pengawas_sekolah"),
    ("Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Muda", "pengawasan"),
    ("Pengadministrasi Perkantoran", "administrasi"), ("Dokter Ahli Pertama", "dokter"),
])
def test_keluarga_menurut_nama_jabatan(jabatan, keluarga):
    assert KT.keluarga_jabatan(jabatan) == keluarga
    assert KT.keluarga_jabatan(jabatan, kepala=True) == "kepala"


def test_rhk_sesuai_jabatan_dan_iki_sesuai_rhk():
    bidan = {t.rumusan: {i.indikator for i in t.iki} for t in KT.KATALOG["bidan"]}
    assert "Persentase bayi yang mendapat imunisasi dasar lengkap" in bidan[
        "Meningkatnya cakupan imunisasi dasar lengkap"]
    keuangan = {t.rumusan: t for t in KT.KATALOG["keuangan"]}
    laporan = keuangan["Tersusunnya laporan keuangan triwulanan"]
    assert {i.aspek for i in laporan.iki} == {"Kuantitas", "Waktu"}
    assert not any("layanan" in i.indikator.lower() for i in laporan.iki)


def test_setiap_perspektif_punya_rhk_kepala_yang_sesuai():
    per = {p: [t.rumusan for t in KT.KATALOG["kepala"] if t.perspektif == p] for p in aturan.PERSPEKTIF_SKP}
    assert all(len(v) == 2 for v in per.values())
    assert all("anggaran" in r or "belanja" in r for r in per["Anggaran"])
    assert all("penerima layanan" in r or "layanan kepada masyarakat" in r for r in per["Penerima Layanan"])


def test_indikator_unik_dalam_templat_dan_target_deskriptif_terisi():
    for daftar in KT.KATALOG.values():
        for t in daftar:
            nama = [i.indikator for i in t.iki]
            assert len(nama) == len(set(nama)), t.rumusan
            assert all(i.uraian for i in t.iki)


def test_rumusan_kepala_dikenali_dengan_nama_unit():
    t = KT.templat_dari_rumusan("Terwujudnya efisiensi belanja Dinas Kesehatan")
    assert t is not None and t.perspektif == "Anggaran"
    assert KT.templat_dari_rumusan("Rumusan karangan yang tidak ada") is None


def test_data_kelas_rhk_dan_iki_dari_katalog(kelas):
    rhk, iki, peg = (kelas.tabel[k] for k in ("rhk", "iki", "pegawai"))
    bidan = peg.loc[peg["jabatan"].str.startswith("Bidan"), "nip"]
    rumusan_bidan = set(rhk.loc[rhk["nip"].isin(bidan) & (rhk["jenis_rhk"] == "Utama"), "rencana_hasil_kerja"])
    assert rumusan_bidan and rumusan_bidan <= {t.rumusan for t in KT.KATALOG["bidan"]}
    gabung = iki.merge(rhk, on="rhk_id")
    keuangan = gabung[gabung["rencana_hasil_kerja"] == "Tersusunnya laporan keuangan triwulanan"]
    assert not keuangan["indikator"].str.contains("layanan").any()
