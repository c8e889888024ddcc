"""Widget di kernel tanpa peramban: setiap perubahan tersimpan, isian dimuat kembali, gerbang Ajukan, profil NIP."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from bimtek import jawaban
from bimtek.aturan import buat_nip
from bimtek.galat import KesalahanPengguna
from bimtek.widgets import FormPenilaian, FormSKP, KartuProfil
from bimtek.widgets import tampilan as T

RHK_ATASAN = ["Meningkatnya kualitas layanan kepegawaian", "Tertibnya administrasi kepegawaian"]


@pytest.fixture(autouse=True)
def folder_kerja(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def isi_form(form: FormSKP) -> None:
    form.w_tambah_rhk.click()
    kartu = form.w_daftar_rhk.children[0]
    _, jenis, intervensi, rumusan, baris_iki, _ = kartu.children
    intervensi.value = RHK_ATASAN[1]
    rumusan.value = "Tersusunnya data kepegawaian yang mutakhir"
    indikator, aspek, target, satuan, _ = baris_iki.children
    indikator.value = "Persentase data pegawai yang dimutakhirkan"
    aspek.value = "Kualitas"
    target.value = 95
    satuan.value = "persen"


def test_form_skp_menyimpan_setiap_perubahan_dan_memuat_kembali():
    form = FormSKP(RHK_ATASAN, pegawai={"nip": "199001012015051001", "nama": "Andi"})
    assert jawaban.muat("modul-2-skp") == {}  # membuat formulir tidak menulis apa pun
    assert not hasattr(form, "w_isi_panduan")  # ekspektasi khusus pimpinan opsional: tanpa tombol isi semua
    form.w_bulan_akhir.value = 1
    assert jawaban.muat("modul-2-skp")["skp"]["periode"]["bulan_akhir"] == 1
    assert "tidak Januari sampai Desember" in form.w_pesan_periode.value
    form.w_bulan_akhir.value = 12
    assert form.w_pesan_periode.value == T.kotak_pesan([])
    form.w_tahun_awal.value = 2026
    assert "tahun yang sama" in form.w_pesan_periode.value
    form.w_tahun_akhir.value = 2026
    assert jawaban.muat("modul-2-skp")["skp"]["tahun"] == 2026
    form.w_tahun_awal.value = form.w_tahun_akhir.value = 2025
    isi_form(form)
    tersimpan = jawaban.muat("modul-2-skp")["skp"]
    assert tersimpan["rhk"][0]["iki"][0] == {"indikator": "Persentase data pegawai yang dimutakhirkan",
                                             "aspek": "Kualitas", "target": 95.0, "satuan": "persen"}
    assert "siap diajukan" in form.w_periksa.value
    form.w_simpan.click()
    assert "Draf SKP tersimpan" in form.w_pesan.value

    # Kernel baru: formulir baru membaca isian yang sama dan menampilkannya.
    baru = FormSKP(RHK_ATASAN)
    assert baru.skp == tersimpan
    rumusan = baru.w_daftar_rhk.children[0].children[3]
    assert rumusan.value == "Tersusunnya data kepegawaian yang mutakhir"


def test_jalur_kode_isi_lalu_ajukan_dan_putuskan():
    form = FormSKP(RHK_ATASAN)
    contoh = FormSKP(RHK_ATASAN, modul="contoh")
    isi_form(contoh)
    skp = contoh.salinan_skp
    skp["periode"]["bulan_akhir"] = 1
    form.isi(skp)
    assert form.w_bulan_akhir.value == 1 and form.w_daftar_rhk.children[0].children[3].value
    with pytest.raises(KesalahanPengguna, match="tidak Januari sampai Desember"):
        form.ajukan()
    skp["periode"]["bulan_akhir"] = 12
    form.isi(skp)
    form.ajukan()
    with pytest.raises(KesalahanPengguna, match="wajib diberi catatan"):
        form.putuskan(False)
    form.putuskan(True)
    assert jawaban.muat("modul-2-skp")["skp"]["status"] == "Disetujui"
    with pytest.raises(KesalahanPengguna, match="tidak dapat diubah"):
        form.isi(skp)


def test_ajukan_diblokir_lalu_alur_atasan():
    form = FormSKP(RHK_ATASAN)
    form.w_ajukan.click()
    assert "belum dapat diajukan" in form.w_pesan.value and "RHK Utama" in form.w_pesan.value
    assert form.skp["status"] == "Draft"
    isi_form(form)
    form.w_ajukan.click()
    assert form.skp["status"] == "Diajukan" and jawaban.muat("modul-2-skp")["skp"]["status"] == "Diajukan"
    assert form.w_bulan_awal.disabled and form.w_tahun_akhir.disabled and not form.w_setujui.disabled
    form.w_tolak.click()
    assert "wajib diberi catatan" in form.w_pesan_atasan.value and form.skp["status"] == "Diajukan"
    form.w_catatan.value = "Tambahkan IKI aspek waktu."
    form.w_tolak.click()
    assert form.skp["status"] == "Ditolak" and not form.w_bulan_awal.disabled
    form.w_bulan_awal.value = 2  # revisi: kembali menjadi draf
    assert jawaban.muat("modul-2-skp")["skp"]["status"] == "Draft"
    form.w_ajukan.click()
    assert "tidak Januari sampai Desember" in form.w_pesan.value and form.skp["status"] == "Draft"
    form.w_bulan_awal.value = 1
    form.w_ajukan.click()
    form.w_catatan.value = ""
    form.w_setujui.click()
    assert jawaban.muat("modul-2-skp")["skp"]["status"] == "Disetujui"


def test_form_skp_tetap_jalan_dengan_berkas_jawaban_rusak(folder_kerja):
    (folder_kerja / "jawaban").mkdir()
    (folder_kerja / "jawaban" / "modul-2-skp.json").write_text("{rusak", encoding="utf-8")
    form = FormSKP(RHK_ATASAN)
    assert form.skp["status"] == "Draft" and form.skp["rhk"] == []
    # Pesannya tampil di formulir itu sendiri, dan cadangan berkas rusak disimpan.
    assert "rusak" in form.w_pesan.value and "cadangan" in form.w_pesan.value.lower()
    assert [p.name.startswith("modul-2-skp.rusak-") for p in (folder_kerja / "jawaban").iterdir()] == [True]
    form.w_tahun_awal.value = 2026
    assert jawaban.muat("modul-2-skp")["skp"]["tahun"] == 2026


BAWAHAN = [
    {"nip": "199001012015051001", "nama": "Andi", "jabatan": "Analis SDM Aparatur",
     "rhk": [{"jenis": "Utama", "rencana_hasil_kerja": "Data pegawai mutakhir",
              "iki": [{"indikator": "Data dimutakhirkan", "target": 95, "satuan": "persen", "realisasi": 97,
                       "bukti": "laporan-pemutakhiran.pdf"}]}]},
    {"nip": "199202022016022001", "nama": "Sari", "jabatan": "Pengelola Kepegawaian", "rhk": []},
]


def test_form_penilaian_predikat_seketika_dan_kurva():
    form = FormPenilaian(BAWAHAN, "Baik", predikat_lain=["Baik", "Butuh Perbaikan"])
    assert "laporan-pemutakhiran.pdf" in form.w_kartu["199001012015051001"].children[1].value
    umpan, hasil, perilaku = form.w_isian["199001012015051001"]
    hasil.value = "Di Atas Ekspektasi"
    perilaku.value = "Di Bawah Ekspektasi"
    assert "Kurang/Misconduct" in form.w_predikat["199001012015051001"].value
    umpan.value = "Realisasi melampaui target."
    tersimpan = jawaban.muat("modul-3-penilaian")["penilaian"]["bawahan"]["199001012015051001"]
    assert tersimpan == {"umpan_balik": "Realisasi melampaui target.", "rating_hasil_kerja": "Di Atas Ekspektasi",
                         "rating_perilaku_kerja": "Di Bawah Ekspektasi", "predikat_kinerja": "Kurang/Misconduct"}
    assert "Sebaran predikat unit" in form.w_grafik.value
    assert form.nilai("199202022016022001", "sesuai", "diatas", "Baik.") == "Baik"
    with pytest.raises(KesalahanPengguna, match="bukan bawahan"):
        form.nilai("1", "sesuai", "sesuai", "")
    baru = FormPenilaian(BAWAHAN, "Baik")
    assert baru.w_isian["199001012015051001"][1].value == "Di Atas Ekspektasi"
    assert baru.penilaian["bawahan"]["199001012015051001"]["predikat_kinerja"] == "Kurang/Misconduct"


def pegawai_contoh() -> pd.DataFrame:
    kepala = buat_nip(date(1975, 3, 4), date(2000, 3, 1), "L", 1)
    staf = buat_nip(date(1990, 1, 1), date(2015, 5, 1), "P", 1)
    return pd.DataFrame([
        {"nip": kepala, "nama": "Budi, S.H.", "golongan": "IV/a", "jabatan": "Kepala Bagian", "atasan_nip": None,
         "unit_kerja_id": "U1"},
        {"nip": staf, "nama": "Rina, S.Kom.", "golongan": "III/a", "jabatan": "Pranata Komputer",
         "atasan_nip": kepala, "unit_kerja_id": "U1"},
    ])


def test_kartu_profil_mencari_nip_dan_menjelaskan_kesalahan():
    tabel = pegawai_contoh()
    unit = pd.DataFrame([{"unit_kerja_id": "U1", "nama": "Bagian Organisasi"}])
    kartu = KartuProfil(tabel, unit, modul="modul-2-skp")
    staf = tabel.loc[1, "nip"]
    kartu.w_nip.value = f"{staf[:8]} {staf[8:14]} {staf[14]} {staf[15:]}"
    hasil = kartu.cari()
    assert hasil.ketemu and hasil.atasan["nama"] == "Budi, S.H."
    assert "Bagian Organisasi" in kartu.w_hasil.value and "Rina, S.Kom." in kartu.w_hasil.value
    assert jawaban.muat("modul-2-skp")["profil_nip"] == kartu.w_nip.value
    kartu.w_nip.value = staf[:14] + "3" + staf[15:]
    assert "digit ke-15" in kartu.cari().pesan
    kartu.w_nip.value = "12345"
    assert "18 angka" in kartu.cari().pesan
    kartu.w_nip.value = "199901012020011001"
    hasil = kartu.cari()
    assert hasil.sah and not hasil.ketemu and "tidak ada dalam data" in hasil.pesan
    # Dimuat kembali: NIP terakhir yang dicari langsung ditampilkan.
    assert KartuProfil(tabel, modul="modul-2-skp").w_nip.value == "199901012020011001"
