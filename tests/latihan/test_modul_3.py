"""Soal Modul 3: jawaban benar lulus, kesalahan umum (mengambil triwulan terakhir sebagai realisasi tahunan, sumbu
kuadran tertukar, membulatkan ke bawah, koefisien tanpa persentase) mendapat pesan yang menyebutnya."""

from __future__ import annotations

import math

import pytest

from bimtek import aturan
from bimtek.latihan import Salah
from bimtek.latihan.modul_3 import (
    PREDIKAT_SOAL_4,
    RATING_RINA,
    UNIT_SOAL_4,
    pegawai_soal_2,
    soal_1,
    soal_2,
    soal_3,
    soal_4,
    soal_5,
    tim_kotor,
)
from bimtek.widgets import dari_data


def test_soal_2_realisasi_tahunan() -> None:
    t = dari_data.tabel_kelas("realisasi", "iki")
    r = t["realisasi"][t["realisasi"]["nip"] == pegawai_soal_2()["nip"]]
    baris = r[r["jenis_periode"] == "Tahunan"]
    tahunan = dict(zip(baris["iki_id"], baris["realisasi"], strict=True))
    iki = t["iki"].set_index("iki_id")
    capaian = {k: aturan.capaian_iki(iki.loc[k, "target"], v, iki.loc[k, "aspek"]) for k, v in tahunan.items()}
    soal_2.uji(ruang={"realisasi_tahunan": tahunan, "capaian": capaian})
    # Kuantitas tahunan = jumlah keempat triwulan (aturan.realisasi_tahunan).
    tw = r[r["jenis_periode"] == "Triwulanan"]
    for k, v in tahunan.items():
        if iki.loc[k, "aspek"] == "Kuantitas":
            assert aturan.realisasi_tahunan("Kuantitas", tw[tw["iki_id"] == k]["realisasi"].tolist()) == v
    akhir = r[r["periode"].str.endswith("TW4")]
    with pytest.raises(Salah, match="triwulan terakhir"):
        soal_2.uji("a", ruang={"realisasi_tahunan": dict(zip(akhir["iki_id"], akhir["realisasi"], strict=True))})
    with pytest.raises(Salah, match="termasuk baris Tahunan"):
        soal_2.uji("a", ruang={"realisasi_tahunan": r.groupby("iki_id")["realisasi"].sum()})
    # Pegawai soal punya IKI Waktu/Biaya: realisasi / target untuk semua aspek salah arah.
    assert any(iki.loc[k, "aspek"] in ("Waktu", "Biaya") for k in tahunan)
    with pytest.raises(Salah, match="makin kecil makin baik"):
        soal_2.uji("b", ruang={"capaian": {k: v / iki.loc[k, "target"] * 100 for k, v in tahunan.items()}})
    with pytest.raises(Salah, match="terbalik"):
        soal_2.uji("b", ruang={"capaian": {k: 100 / c * 100 for k, c in capaian.items()}})


def test_soal_3_predikat() -> None:
    tim = tim_kotor()
    tim["predikat_kinerja"] = [aturan.predikat_kinerja(h, p) for h, p in
                               zip(tim["rating_hasil_kerja"], tim["rating_perilaku_kerja"], strict=True)]
    soal_3.uji(ruang={"predikat_rina": aturan.predikat_kinerja(*RATING_RINA), "tim": tim})
    with pytest.raises(Salah, match="sumbunya tertukar"):
        soal_3.uji("a", ruang={"predikat_rina": "Butuh Perbaikan"})
    tertukar = tim.assign(predikat_kinerja=[aturan.predikat_kinerja(p, h) for h, p in
                                            zip(tim["rating_hasil_kerja"], tim["rating_perilaku_kerja"], strict=True)])
    with pytest.raises(Salah, match="sumbunya tertukar"):
        soal_3.uji("b", ruang={"tim": tertukar})


def test_soal_1_tanpa_berkas_jawaban(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(Salah, match="Form penilaian belum diisi"):
        soal_1.uji("a", ruang={})


def test_soal_4_distribusi() -> None:
    soal_4.uji(ruang={"sesuai_kurva": aturan.periksa_distribusi(UNIT_SOAL_4, PREDIKAT_SOAL_4).sesuai,
                      "minimal_butuh_perbaikan": math.ceil(0.6 * 12)})
    with pytest.raises(Salah, match="ke ATAS"):
        soal_4.uji("b", ruang={"minimal_butuh_perbaikan": 7})
    with pytest.raises(Salah, match="True atau False"):
        soal_4.uji("a", ruang={"sesuai_kurva": "tidak"})


def test_soal_5_angka_kredit() -> None:
    soal_5.uji(ruang={"ak_rina": 18.75, "tahun_kp": 3})
    with pytest.raises(Salah, match="koefisien tahunan saja"):
        soal_5.uji("a", ruang={"ak_rina": 12.5})
    with pytest.raises(Salah, match="ke ATAS"):
        soal_5.uji("b", ruang={"tahun_kp": 2})
