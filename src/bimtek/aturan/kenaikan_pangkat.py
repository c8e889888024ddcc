"""Kenaikan pangkat (KP) PNS: periode dan kelayakan KP reguler dan KP pilihan jabatan fungsional.

Dasar: PerBKN 4/2023 (periode KP mulai 2024: 1 Februari, April, Juni, Agustus, Oktober, Desember; sebelumnya
1 April dan 1 Oktober); syarat KP reguler: paling singkat 4 tahun dalam pangkat terakhir, predikat kinerja
paling rendah Baik dalam 2 tahun terakhir, tidak melampaui pangkat atasan langsung. KP pilihan JF: paling
singkat 2 tahun dan angka kredit terpenuhi.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from bimtek.aturan.angka_kredit import ak_kenaikan_pangkat
from bimtek.aturan.golongan import golongan_berikutnya, indeks_golongan, normalisasi_golongan
from bimtek.aturan.kinerja import normalisasi_predikat
from bimtek.aturan.waktu import masa_kerja

BULAN_PERIODE_KP: tuple[int, ...] = (2, 4, 6, 8, 10, 12)
BULAN_PERIODE_KP_SEBELUM_2024: tuple[int, ...] = (4, 10)
TAHUN_BERLAKU_PERBKN_4_2023 = 2024
MASA_PANGKAT_KP_REGULER = 4
MASA_PANGKAT_KP_FUNGSIONAL = 2
PREDIKAT_MINIMAL_KP: tuple[str, ...] = ("Sangat Baik", "Baik")
# Masa pengusulan: CONTOH dari satu pengumuman (TMT 1 April 2024 diusulkan 1-28 Februari 2024, yaitu bulan kedua
# sebelum TMT). Jadwal persisnya diumumkan BKN/instansi per periode: ubah lewat argumen `bulan_sebelum`.
BULAN_USUL_SEBELUM_TMT = 2


def jadwal_kenaikan_pangkat(tahun: int) -> list[date]:
    """Tanggal-tanggal TMT kenaikan pangkat dalam satu tahun (PerBKN 4/2023 mulai 2024)."""
    bulan = BULAN_PERIODE_KP if tahun >= TAHUN_BERLAKU_PERBKN_4_2023 else BULAN_PERIODE_KP_SEBELUM_2024
    return [date(tahun, b, 1) for b in bulan]


def periode_kenaikan_pangkat_berikutnya(tanggal: date) -> date:
    """Periode KP terdekat pada atau sesudah `tanggal`."""
    for tahun in (tanggal.year, tanggal.year + 1):
        for t in jadwal_kenaikan_pangkat(tahun):
            if t >= tanggal:
                return t
    raise AssertionError("tidak terjangkau")


def masa_usul_kenaikan_pangkat(tmt: date, bulan_sebelum: int = BULAN_USUL_SEBELUM_TMT) -> tuple[date, date]:
    """Masa pengusulan (tanggal awal, tanggal akhir) untuk periode KP `tmt` (CONTOH, bukan ketentuan nasional).

    Bawaan: seluruh bulan ke-2 sebelum TMT; TMT 1 April 2024 -> 1 sampai 29 Februari 2024. `tmt` harus salah satu
    tanggal periode KP tahunnya (`jadwal_kenaikan_pangkat`).
    """
    if tmt not in jadwal_kenaikan_pangkat(tmt.year):
        sah = ", ".join(t.strftime("%d-%m-%Y") for t in jadwal_kenaikan_pangkat(tmt.year))
        raise ValueError(f"{tmt.isoformat()} bukan periode kenaikan pangkat tahun {tmt.year}. Pilihan: {sah}.")
    if isinstance(bulan_sebelum, bool) or not isinstance(bulan_sebelum, int) or not 1 <= bulan_sebelum <= 12:
        raise ValueError(f"bulan_sebelum {bulan_sebelum!r} harus bilangan bulat 1 sampai 12.")
    k = tmt.year * 12 + tmt.month - 1 - bulan_sebelum
    awal = date(k // 12, k % 12 + 1, 1)
    k += 1
    akhir = date(k // 12, k % 12 + 1, 1) - timedelta(days=1)
    return awal, akhir


@dataclass
class HasilKelayakan:
    """Hasil pemeriksaan kelayakan: `layak` dan `alasan` (kalimat untuk setiap syarat yang belum dipenuhi)."""

    golongan_baru: str | None
    alasan: list[str] = field(default_factory=list)

    @property
    def layak(self) -> bool:
        return not self.alasan


def _mulai_pemeriksaan(golongan: object, tmt_golongan: date, tanggal: date | None, minimal: int) -> HasilKelayakan:
    """Syarat bersama KP: ada golongan berikutnya, dan masa dalam pangkat terakhir paling singkat `minimal` tahun
    pada `tanggal` (bawaan: periode KP berikutnya dari hari ini)."""
    tanggal = tanggal or periode_kenaikan_pangkat_berikutnya(date.today())
    gol = normalisasi_golongan(golongan)
    hasil = HasilKelayakan(golongan_berikutnya(gol))
    if hasil.golongan_baru is None:
        hasil.alasan.append(f"Golongan {gol} adalah golongan tertinggi; tidak ada kenaikan pangkat lagi.")
    tahun, bulan = masa_kerja(tmt_golongan, tanggal)
    if tahun < minimal:
        hasil.alasan.append(
            f"Masa dalam pangkat terakhir baru {tahun} tahun {bulan} bulan pada {tanggal.isoformat()}; "
            f"paling singkat {minimal} tahun."
        )
    return hasil


def periksa_kenaikan_pangkat_reguler(
    golongan: object,
    tmt_golongan: date,
    predikat_dua_tahun: list[object],
    golongan_atasan: object | None = None,
    tanggal: date | None = None,
) -> HasilKelayakan:
    """Periksa syarat KP reguler pada tanggal `tanggal` (bawaan: periode KP berikutnya dari hari ini).

    `predikat_dua_tahun` adalah predikat kinerja 2 tahun terakhir (dua nilai).
    """
    hasil = _mulai_pemeriksaan(golongan, tmt_golongan, tanggal, MASA_PANGKAT_KP_REGULER)
    predikat = [normalisasi_predikat(p) for p in predikat_dua_tahun]
    if len(predikat) < 2:
        hasil.alasan.append(
            f"Predikat kinerja 2 tahun terakhir harus lengkap (2 nilai), baru ada {len(predikat)}."
        )
    for i, p in enumerate(predikat[-2:], start=1):
        if p not in PREDIKAT_MINIMAL_KP:
            hasil.alasan.append(f"Predikat kinerja tahun ke-{i} dari 2 tahun terakhir {p}; paling rendah Baik.")
    if golongan_atasan is not None and hasil.golongan_baru is not None:
        atasan = normalisasi_golongan(golongan_atasan)
        if indeks_golongan(hasil.golongan_baru) > indeks_golongan(atasan):
            hasil.alasan.append(
                f"Golongan baru {hasil.golongan_baru} akan melampaui golongan atasan langsung ({atasan})."
            )
    return hasil


def periksa_kenaikan_pangkat_fungsional(
    golongan: object,
    tmt_golongan: date,
    jenjang: object,
    angka_kredit_terkumpul: float,
    tanggal: date | None = None,
) -> HasilKelayakan:
    """Periksa syarat KP pilihan jabatan fungsional: paling singkat 2 tahun dan angka kredit terpenuhi."""
    hasil = _mulai_pemeriksaan(golongan, tmt_golongan, tanggal, MASA_PANGKAT_KP_FUNGSIONAL)
    dibutuhkan = ak_kenaikan_pangkat(jenjang)
    if angka_kredit_terkumpul < dibutuhkan:
        hasil.alasan.append(
            f"Angka kredit {angka_kredit_terkumpul:g} belum mencapai {dibutuhkan} yang dibutuhkan untuk "
            f"kenaikan pangkat."
        )
    return hasil
