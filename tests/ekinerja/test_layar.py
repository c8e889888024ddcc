"""Layar simulasi e-Kinerja lewat API widget (nilai diubah, tombol diklik) seperti peserta di peramban."""

from __future__ import annotations

import json

import ipywidgets as w
import pytest

from bimtek.ekinerja import layar as L
from bimtek.ekinerja.langkah import LANGKAH_MODUL_2, LANGKAH_MODUL_3, nilai_langkah
from tests.ekinerja.test_aksi import RHK_ATASAN, awal


def isi_teks(app: L.Aplikasi, nama: str, nilai: str) -> None:
    app.widget[nama].value = nilai


def teks_layar(app: L.Aplikasi) -> str:
    """Semua teks HTML layar aktif (seperti yang dibaca peserta)."""
    def jelajah(widget) -> str:
        anak = "".join(jelajah(c) for c in getattr(widget, "children", ()))
        return (widget.value if isinstance(widget, w.HTML) else "") + anak

    return jelajah(app.w_isi)


def aktifkan_skp(app: L.Aplikasi) -> None:
    """Profil diperiksa, lalu Periode dengan Pendekatan Kuantitatif diaktifkan (OK)."""
    app.buka("Masuk dan Profil")
    app.widget["profil_benar"].click()
    app.buka("Periode")
    app.widget["pendekatan"].value = "Kuantitatif"
    app.widget["ok"].click()


def jalankan_modul_2(app: L.Aplikasi) -> None:
    aktifkan_skp(app)
    app.buka("Matriks Peran Hasil")
    app.widget["turunkan_0"].value = True
    app.buka("SKP")
    app.widget["tambah_utama"].click()
    app.widget["rhk0.atasan"].value = RHK_ATASAN[0]
    isi_teks(app, "rhk0.rumusan", "Tersusunnya laporan keuangan bulanan yang tepat waktu")
    isi_teks(app, "rhk0.iki0.indikator", "Jumlah laporan keuangan yang selesai tepat waktu")
    isi_teks(app, "rhk0.iki0.target", "dua belas")  # salah: ditandai, tidak tersimpan
    assert "bimtek-salah" in app.widget["rhk0.iki0.target"]._dom_classes
    # Pesan tepat di bawah isian yang bertanda merah, bukan di bagian bawah formulir.
    assert "bukan angka" in app.w_galat["rhk0.iki0.target"].value
    assert "bukan angka" not in app.w_pesan.value
    assert app.s.skp.rhk[0].iki[0].target is None  # isian terakhir yang benar (kosong) tetap tersimpan
    isi_teks(app, "rhk0.iki0.target", "12")
    assert "bimtek-salah" not in app.widget["rhk0.iki0.target"]._dom_classes
    assert app.w_galat["rhk0.iki0.target"].value == ""
    isi_teks(app, "rhk0.iki0.satuan", "laporan")
    app.widget["ajukan"].click()
    app.buka("SKP Bawahan")
    isi_teks(app, "catatan", "Tambahkan indikator ketepatan waktu")
    app.widget["tolak"].click()
    app.buka("SKP")
    assert "ditolak" in app.widget["ringkasan"].value
    app.widget["ajukan"].click()
    app.buka("SKP Bawahan")
    app.widget["setujui"].click()


def jalankan_modul_3(app: L.Aplikasi) -> None:
    from bimtek.ekinerja.notebook import contoh_langkah

    app.buka("Penilaian Diri")
    assert app.widget["periode_nilai"].value == "Triwulan I"  # periode pertama yang belum dikirim
    app.widget["periode_nilai"].value = "Tahunan"
    assert "setelah semua penilaian periodik dikirim" in teks_layar(app)
    app.widget["periode_nilai"].value = "Triwulan I"
    isi_teks(app, "realisasi0.0", "tiga")
    assert "bukan angka" in app.w_galat["realisasi0.0"].value
    app.sesi.modul = "modul-3-pengguna"  # langkah contoh Modul 3 (klik dan ketik lewat widget)
    contoh_langkah(app, "Penilaian Diri periodik")
    assert app.widget["periode_nilai"].value == "Tahunan" and app.s.penilaian_diri["Triwulan IV"].dikirim
    assert "jumlah semua periode" in teks_layar(app)
    # Tahunan: realisasi Kuantitas tidak diketik (tidak ada kotaknya), dihitung dari periode.
    assert "realisasi0.0" not in app.widget
    contoh_langkah(app, "Penilaian Diri tahunan")
    assert app.s.penilaian_diri["Tahunan"].dikirim
    contoh_langkah(app, "Penilaian Bawahan tahunan")
    assert "Predikat kinerja" in app.widget["ringkasan"].value
    assert "jumlah semua periode" in teks_layar(app) and "Realisasi tahunan" in teks_layar(app)
    app.sesi.modul = "modul-2-pengguna"
    app.buka("Kurva")
    app.widget["lihat_kurva"].click()
    app.buka("Dokumen")
    for jenis in ("SKP", "Dokumen Evaluasi", "Kuadran"):
        app.widget[f"cetak_{jenis}"].click()
    app.buka("Penilaian Diri")
    app.widget["periode_nilai"].value = "Tahunan"
    app.widget["lihat_hasil"].click()
    assert "Baik" in app.widget["hasil"].value


def test_siklus_lengkap_lewat_widget_dan_pulih(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = L.Aplikasi("modul-2-pengguna", awal())
    jalankan_modul_2(app)
    jalankan_modul_3(app)
    isi = json.loads((tmp_path / "jawaban" / "modul-2-pengguna.json").read_text(encoding="utf-8"))["ekinerja"]
    for langkah in (LANGKAH_MODUL_2, LANGKAH_MODUL_3):
        hasil = nilai_langkah(isi, langkah)
        assert {k: v for k, v in hasil.items() if v[1]} == {}
    assert (tmp_path / "dokumen" / "kuadran.pdf").read_bytes().startswith(b"%PDF")
    assert "Kuadran" in (tmp_path / "dokumen" / "kuadran.html").read_text(encoding="utf-8")
    pulih = L.Aplikasi("modul-2-pengguna", awal())  # sel dijalankan ulang / kernel dimulai ulang
    assert pulih.s.ke_dict() == app.s.ke_dict()


def test_layar_salah_peran_dan_urutan(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = L.Aplikasi("m", awal())
    app.buka("SKP")
    assert "Periode" in app.w_isi.children[1].value
    app.buka("Periode")
    app.widget["ok"].click()  # profil belum diperiksa
    assert "profil" in app.w_pesan.value
    app.buka("Penilaian Bawahan")
    assert app.s.peran == "atasan"
    assert "disetujui" in app.w_isi.children[1].value


@pytest.mark.parametrize("layar", [*L.MENU_PEGAWAI, *L.MENU_ATASAN])
def test_setiap_layar_terbangun_dari_keadaan_kosong(tmp_path, monkeypatch, layar):
    monkeypatch.chdir(tmp_path)
    app = L.Aplikasi("m", awal())
    app.buka(layar)
    assert app.w_menu.value == layar and app.w_isi.children


def test_pesan_tombol_di_bawah_isiannya(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = L.Aplikasi("m", awal())
    app.widget["profil_benar"].click()
    app.buka("Periode")
    app.widget["ok"].click()  # Pendekatan belum dipilih
    assert "Pendekatan" in app.w_galat["pendekatan"].value
    assert "bimtek-salah" in app.widget["pendekatan"]._dom_classes
    assert "Pendekatan" not in app.w_pesan.value
    app.widget["bulan_awal"].value = 6
    app.widget["bulan_akhir"].value = 3
    app.widget["pendekatan"].value = "Kuantitatif"
    app.widget["ok"].click()
    assert "tidak boleh sebelum" in app.w_galat["periode"].value
    assert not app.s.periode.aktif


def test_indikator_panjang_terbaca_utuh(tmp_path, monkeypatch):
    import ipywidgets as w

    monkeypatch.chdir(tmp_path)
    app = L.Aplikasi("m", awal())
    app.widget["profil_benar"].click()
    app.buka("Periode")
    app.widget["pendekatan"].value = "Kuantitatif"
    app.widget["ok"].click()
    app.buka("SKP")
    app.widget["tambah_utama"].click()
    kotak = app.widget["rhk0.iki0.indikator"]
    assert isinstance(kotak, w.Textarea) and kotak.layout.width == "95%"


def test_layar_skp_menampilkan_contoh_rhk_dari_jabatan_pegawai(tmp_path, monkeypatch):
    # Peserta meniru contoh yang selaras dengan jabatannya sendiri (data kelas), bukan contoh bidang lain.
    from bimtek.ekinerja.data_kelas import awal_modul_2

    monkeypatch.chdir(tmp_path)
    s = awal_modul_2()
    app = L.Aplikasi("modul-2-pengguna", s)
    aktifkan_skp(app)
    app.buka("SKP")
    teks = teks_layar(app).replace("&quot;", '"')
    assert "Contoh yang selaras dengan jabatan Anda" in teks
    assert s.contoh_rhk["rencana_hasil_kerja"] in teks and s.contoh_rhk["rhk_atasan"] in teks
