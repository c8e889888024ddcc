"""Widget cek pemahaman: bentuk baku jawaban, umpan balik latihan, butir dinilai tanpa kunci, simpan dan pulihkan."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bimtek.latihan.kuis import Butir, JawabanTidakSah, Kuis, baku, cocok, nilai_isian, nilai_kuis

TUGAS = "modul-uji"


@pytest.fixture(autouse=True)
def _folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def test_bentuk_baku_dan_cocok() -> None:
    angka = Butir("a", "angka", "?", kunci=37.5)
    assert baku(angka, "37,5 jam") == 37.5 and cocok(angka, "37,5", 37.5) and not cocok(angka, "37", 37.5)
    with pytest.raises(JawabanTidakSah, match="angka"):
        baku(angka, "tiga puluh")
    teks = Butir("t", "teks", "?", kunci="SKP")
    assert cocok(teks, "  skp ", "SKP") and not cocok(teks, "SKPD", "SKP")
    jodoh = Butir("j", "jodoh", "?", kiri=("x", "y"), pilihan=("A", "B"), kunci={"x": "A", "y": "B"})
    with pytest.raises(JawabanTidakSah, match="belum dipasangkan"):
        baku(jodoh, {"x": "A"})
    assert cocok(jodoh, {"y": "B", "x": "A"}, {"x": "A", "y": "B"})


def test_butir_dinilai_tidak_boleh_membawa_kunci() -> None:
    with pytest.raises(ValueError, match="uji tersembunyi"):
        Butir("k", "pilihan", "?", pilihan=("A", "B"), kunci="A", dinilai=True)


def test_latihan_memberi_umpan_balik_langsung() -> None:
    b = Butir("L", "benar_salah", "Data sintetis?", kunci="Benar", penjelasan="Semua data buatan.", saran="Baca lagi.")
    k = Kuis(b, TUGAS)
    assert k.jawab("Salah") is False and "Belum tepat" in k.umpan_teks and "Semua data buatan" not in k.umpan_teks
    assert k.jawab("Benar") is True and "Benar!" in k.umpan_teks and "Semua data buatan" in k.umpan_teks
    assert "✓" in k.w_umpan.value and "bimtek-benar" in k.w_umpan.value  # ikon CSS + huruf, bukan emoji
    k.w_isian.value = None
    assert k.kirim() is None and "Pilih salah satu" in k.umpan_teks


def test_butir_dinilai_menyimpan_dipulihkan_dan_dinilai_dengan_kunci_tersembunyi() -> None:
    b = Butir("K", "pilihan", "Menu?", pilihan=("A", "B", "C"), dinilai=True)
    assert repr(nilai_kuis(b, TUGAS, "B", 2)) == "0"  # belum dijawab
    k = Kuis(b, TUGAS)
    assert k.jawab("B") is None and "tersimpan" in k.umpan_teks.lower() and "Benar" not in k.umpan_teks
    isi = json.loads((Path("jawaban") / f"{TUGAS}.json").read_text())
    assert isi == {"kuis-K": "B"}
    baru = Kuis(b, TUGAS)  # kernel dimulai ulang: widget dibuat lagi
    assert baru.w_isian.value == "B" and "sebelumnya" in baru.umpan_teks
    assert repr(nilai_kuis(b, TUGAS, "B", 2)) == "2" and repr(nilai_kuis(b, TUGAS, "C", 2)) == "0"
    assert repr(nilai_kuis(b, TUGAS, None, 2)) == "0"  # versi peserta: tanpa kunci selalu 0
    assert "Butir K" in nilai_kuis(b, TUGAS, None, 2)._repr_html_()


def test_nilai_isian_formulir_lain() -> None:
    assert repr(nilai_isian(TUGAS, "profil_nip", True, 2, "Kartu")) == "0"
    from bimtek import jawaban

    jawaban.simpan(TUGAS, "profil_nip", "1990")
    assert repr(nilai_isian(TUGAS, "profil_nip", True, 2, "Kartu")) == "2"
    assert repr(nilai_isian(TUGAS, "profil_nip", False, 2, "Kartu")) == "0"


def test_kotak_teks_dikirim_saat_selesai_diketik_tanpa_on_submit_usang(tmp_path, monkeypatch):
    """Enter/keluar kotak mengirim jawaban sekali (tanpa `Text.on_submit` yang usang); klik tombol sesudahnya tidak
    mengirim ulang; isian dari kode (pulihkan, jawab) tidak memicu kiriman tambahan."""
    import warnings

    import ipywidgets as w

    from bimtek.latihan import kuis as K

    monkeypatch.chdir(tmp_path)
    butir = K.Butir(kode="uji", jenis="angka", pertanyaan="Berapa bulan dalam setahun?", kunci=12)
    kiriman = []
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        kuis = K.Kuis(butir, "uji-kuis")
    asli = kuis.kirim
    monkeypatch.setattr(kuis, "kirim", lambda: kiriman.append(1) or asli())
    kotak = kuis._kotak_teks()
    assert isinstance(kotak, w.Text) and kotak.continuous_update is False
    kotak.value = "12"  # peserta mengetik lalu menekan Enter / meninggalkan kotak
    assert len(kiriman) == 1 and kuis.w_umpan.value
    kuis.w_tombol.click()  # klik sesudahnya: jawaban yang sama tidak dikirim dua kali
    assert len(kiriman) == 1
    kuis.w_tombol.click()  # klik berikutnya disengaja: diperiksa lagi
    assert len(kiriman) == 2
    kuis._isi("13")  # isian dari kode tidak memicu kiriman
    assert len(kiriman) == 2
