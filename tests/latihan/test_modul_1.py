"""Soal Modul 1: jawaban benar lulus, kesalahan umum (tanggal tertukar, kode 21, PPPK ikut, BUP seragam, ...)
mendapat pesan yang menyebutnya."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd
import pytest

from bimtek import aturan
from bimtek.data import muat
from bimtek.latihan import Salah
from bimtek.latihan.modul_1 import (
    NIP_SOAL_2,
    daftar_nip_kotor,
    soal_2,
    soal_3,
    soal_4,
    soal_5,
    soal_6,
)
from bimtek.latihan.modul_1 import (
    _rapikan_benar as _rapikan,  # pembanding soal; uji ini memeriksa kasus dan pesan pemeriksanya
)


def test_soal_2_anatomi_nip() -> None:
    info = aturan.parse_nip(NIP_SOAL_2)
    soal_2.uji(ruang={"tanggal_lahir_2": info.tanggal_lahir, "tmt_cpns_2": info.tmt_cpns,
                      "jenis_kelamin_2": info.jenis_kelamin, "tahun_pengangkatan_pppk": 2025})
    tertukar = date(info.tanggal_lahir.year, info.tanggal_lahir.day, info.tanggal_lahir.month)
    with pytest.raises(Salah, match="bulan dan hari tertukar"):
        soal_2.uji("a", ruang={"tanggal_lahir_2": tertukar})
    with pytest.raises(Salah, match="masih teks"):
        soal_2.uji("a", ruang={"tanggal_lahir_2": "1991-04-03"})
    with pytest.raises(Salah, match="selalu tanggal 1"):
        soal_2.uji("b", ruang={"tmt_cpns_2": info.tmt_cpns.replace(day=15)})
    with pytest.raises(Salah, match="kode di NIP"):
        soal_2.uji("c", ruang={"jenis_kelamin_2": "2"})
    with pytest.raises(Salah, match="bukan tahun"):
        soal_2.uji("d", ruang={"tahun_pengangkatan_pppk": 2021})


def test_soal_3_golongan() -> None:
    pegawai = muat("pegawai")
    pns = pegawai[pegawai["status_kepegawaian"] == "PNS"]
    benar = pns["golongan"].value_counts().reindex(aturan.GOLONGAN_PNS, fill_value=0)
    soal_3.uji(ruang={"jumlah_per_golongan": benar, "pangkat_terbanyak": aturan.pangkat(benar.idxmax())})
    with pytest.raises(Salah, match="PPPK"):
        soal_3.uji("a", ruang={"jumlah_per_golongan": pegawai["golongan"].value_counts()})
    with pytest.raises(Salah, match="belum ada|urutannya"):
        soal_3.uji("a", ruang={"jumlah_per_golongan": pns["golongan"].value_counts()})
    with pytest.raises(Salah, match="adalah golongan"):
        soal_3.uji("b", ruang={"pangkat_terbanyak": benar.idxmax()})


def test_soal_4_usia_dan_masa_kerja() -> None:
    soal_4.uji(ruang={"hitung_usia": aturan.usia,
                      "masa_kerja_2": aturan.masa_kerja(aturan.parse_nip(NIP_SOAL_2).tmt_cpns, date(2025, 12, 31))})
    with pytest.raises(Salah, match="Sehari sebelum ulang tahun"):
        soal_4.uji("a", ruang={"hitung_usia": lambda lahir, pada: pada.year - lahir.year})
    with pytest.raises(Salah, match="tanggal lahir"):
        soal_4.uji("b", ruang={"masa_kerja_2": aturan.masa_kerja(date(1991, 4, 3), date(2025, 12, 31))})


def _pensiun(bup_seragam: bool = False, tmt_ulang_tahun: bool = False) -> pd.DataFrame:
    pegawai = muat("pegawai")
    pensiun = pegawai[pegawai["status_kepegawaian"] == "PNS"].copy()
    pensiun["bup"] = 58 if bup_seragam else [
        # Nama jabatan ikut menentukan BUP: guru 60, dosen 65 (UU 14/2005).
        aturan.batas_usia_pensiun(j, None if pd.isna(g) else g, jabatan=None if pd.isna(n) else n)
        for j, g, n in zip(pensiun["jenis_jabatan"], pensiun["jenjang"], pensiun["jabatan"], strict=True)
    ]
    lahir = pd.to_datetime(pensiun["tanggal_lahir"]).dt.date
    fungsi = aturan.tanggal_mencapai_bup if tmt_ulang_tahun else aturan.tmt_pensiun
    pensiun["tmt_pensiun"] = [fungsi(t, int(b)) for t, b in zip(lahir, pensiun["bup"], strict=True)]
    return pensiun


def test_soal_5_bup_dan_tmt_pensiun() -> None:
    soal_5.uji(ruang={"pensiun": _pensiun()})
    soal_5.uji(ruang={"pensiun": _pensiun().sample(frac=1, random_state=1)})  # urutan baris bebas
    with pytest.raises(Salah, match="BUP tidak sama untuk semua"):
        soal_5.uji("a", ruang={"pensiun": _pensiun(bup_seragam=True)})
    with pytest.raises(Salah, match="tanggal 1 bulan berikutnya"):
        soal_5.uji("b", ruang={"pensiun": _pensiun(tmt_ulang_tahun=True)})
    with pytest.raises(Salah, match="tanpa PPPK"):
        soal_5.uji("a", ruang={"pensiun": muat("pegawai").assign(bup=58)})


def test_soal_6_rapikan_nip() -> None:
    nip_sah = list(dict.fromkeys(n for n in map(_rapikan, daftar_nip_kotor()) if n))
    assert 4 <= len(nip_sah) < len(daftar_nip_kotor())
    soal_6.uji(ruang={"rapikan_nip": _rapikan, "nip_sah": nip_sah})
    with pytest.raises(Salah, match="Titik pemisah"):
        soal_6.uji("a", ruang={"rapikan_nip": lambda t: _rapikan(t.replace(".", "x")) if isinstance(t, str) else None})
    with pytest.raises(Salah, match="17 digit"):
        soal_6.uji("a", ruang={"rapikan_nip": lambda t: re.sub(r"[\s.\-]", "", t) if isinstance(t, str) else None})
    with pytest.raises(Salah, match="None"):
        soal_6.uji("a", ruang={"rapikan_nip": lambda t: _rapikan(t.strip())})
    with pytest.raises(Salah, match="ganda"):
        soal_6.uji("b", ruang={"nip_sah": nip_sah + nip_sah[:1]})
    with pytest.raises(Salah, match="urutannya"):
        soal_6.uji("b", ruang={"nip_sah": sorted(nip_sah, reverse=True)})
