"""Jam kerja ASN dan potongan tunjangan kinerja karena terlambat (TL) atau pulang sebelum waktunya (PSW).

Dasar jam kerja: Perpres 21/2023 (5 hari Senin-Jumat, 37 jam 30 menit per minggu di luar istirahat, masuk
07.30 waktu setempat; istirahat 60 menit, Jumat 90 menit; Ramadan 32 jam 30 menit mulai 08.00).
Potongan TL/PSW ditetapkan OLEH MASING-MASING INSTANSI: tabel bawaan di sini hanyalah CONTOH pola yang paling
umum (mis. Kemenag); instansi memuat tabelnya sendiri dengan KebijakanPresensi.dari_berkas().
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path

JAM_KERJA_PER_MINGGU = 37.5
JAM_KERJA_PER_MINGGU_RAMADAN = 32.5
HARI_KERJA: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat")
JAM_MASUK = time(7, 30)
JAM_MASUK_RAMADAN = time(8, 0)
ISTIRAHAT_MENIT = 60
ISTIRAHAT_JUMAT_MENIT = 90


@dataclass(frozen=True)
class TingkatPotongan:
    """Satu tingkat: keterlambatan sampai `sampai_menit` (None = tanpa batas atas) dipotong `persen`."""

    sampai_menit: int | None
    persen: float


def _tingkat_contoh() -> tuple[TingkatPotongan, ...]:
    return (
        TingkatPotongan(30, 0.5),
        TingkatPotongan(60, 1.0),
        TingkatPotongan(90, 1.25),
        TingkatPotongan(None, 1.5),
    )


@dataclass(frozen=True)
class KebijakanPresensi:
    """Tabel potongan tunjangan kinerja satu instansi. Bawaan: CONTOH pola umum (TL1/PSW1 1-30 menit 0,5%;
    2: 31-60 menit 1%; 3: 61-90 menit 1,25%; 4: lebih dari 90 menit atau tanpa catatan 1,5%; tanpa
    keterangan 3% per hari)."""

    nama: str = "Contoh pola umum (mis. Kemenag) - bukan ketentuan nasional"
    terlambat: tuple[TingkatPotongan, ...] = field(default_factory=_tingkat_contoh)
    pulang_cepat: tuple[TingkatPotongan, ...] = field(default_factory=_tingkat_contoh)
    tanpa_keterangan_per_hari: float = 3.0

    def __post_init__(self) -> None:
        for nama, tingkat in (("terlambat", self.terlambat), ("pulang_cepat", self.pulang_cepat)):
            _periksa_tingkat(nama, tingkat)
        if not 0 <= self.tanpa_keterangan_per_hari <= 100:
            raise ValueError("potongan 'tanpa_keterangan_per_hari' harus 0 sampai 100 (persen)")

    @staticmethod
    def _kode(awalan: str, tingkat: tuple[TingkatPotongan, ...], menit: float | None) -> str | None:
        if menit is None:  # tidak ada catatan presensi: tingkat tertinggi
            return f"{awalan}{len(tingkat)}"
        if isinstance(menit, bool) or not isinstance(menit, int | float) or math.isnan(menit):
            raise ValueError(f"Menit {menit!r} harus angka (atau None bila tidak ada catatan presensi).")
        if menit <= 0:
            return None
        for i, t in enumerate(tingkat, start=1):
            if t.sampai_menit is None or menit <= t.sampai_menit:
                return f"{awalan}{i}"
        raise AssertionError("tingkat terakhir selalu tanpa batas atas")

    def kode_terlambat(self, menit: float | None) -> str | None:
        """Kode TL1..TLn untuk keterlambatan `menit`; None bila tepat waktu; None-masukan = tanpa catatan."""
        return self._kode("TL", self.terlambat, menit)

    def kode_pulang_cepat(self, menit: float | None) -> str | None:
        """Kode PSW1..PSWn untuk pulang `menit` lebih awal; None bila tidak pulang cepat."""
        return self._kode("PSW", self.pulang_cepat, menit)

    def potongan(self, kode: str | None) -> float:
        """Persen potongan tunjangan kinerja untuk kode TLn/PSWn (0 untuk None)."""
        if kode is None:
            return 0.0
        k = str(kode).strip().upper()
        for awalan, tingkat in (("PSW", self.pulang_cepat), ("TL", self.terlambat)):
            if k.startswith(awalan) and k[len(awalan):].isdigit():
                i = int(k[len(awalan):])
                if 1 <= i <= len(tingkat):
                    return tingkat[i - 1].persen
        sah = [f"TL{i}" for i in range(1, len(self.terlambat) + 1)]
        sah += [f"PSW{i}" for i in range(1, len(self.pulang_cepat) + 1)]
        raise ValueError(f"Kode presensi {kode!r} tidak dikenal. Pilihan: {', '.join(sah)}.")

    def potongan_terlambat(self, menit: float | None) -> float:
        return self.potongan(self.kode_terlambat(menit))

    def potongan_pulang_cepat(self, menit: float | None) -> float:
        return self.potongan(self.kode_pulang_cepat(menit))

    def potongan_bulan(self, kode_harian: Iterable[str | None], hari_tanpa_keterangan: int = 0) -> float:
        """Persen potongan tunjangan kinerja satu bulan: jumlah potongan setiap kode TL/PSW harian ditambah
        `tanpa_keterangan_per_hari` untuk setiap hari tidak masuk tanpa keterangan; paling banyak 100% karena
        potongan tidak dapat melebihi tunjangan itu sendiri."""
        if isinstance(hari_tanpa_keterangan, bool) or not isinstance(hari_tanpa_keterangan, int) \
                or hari_tanpa_keterangan < 0:
            raise ValueError(f"Jumlah hari tanpa keterangan {hari_tanpa_keterangan!r} harus bilangan bulat 0 atau "
                             "lebih.")
        total = sum(self.potongan(k) for k in kode_harian) + hari_tanpa_keterangan * self.tanpa_keterangan_per_hari
        return min(round(total, 4), 100.0)

    def potongan_rupiah(self, tunjangan: float, persen: float) -> float:
        """Rupiah yang dipotong dari tunjangan kinerja `tunjangan` untuk potongan `persen`."""
        if not 0 <= persen <= 100 or tunjangan < 0:
            raise ValueError(f"Tunjangan {tunjangan!r} harus 0 atau lebih dan persen {persen!r} 0 sampai 100.")
        return round(tunjangan * persen / 100, 2)

    @classmethod
    def dari_berkas(cls, path: str | Path) -> KebijakanPresensi:
        """Muat tabel potongan instansi dari berkas YAML, JSON, atau TOML, diperiksa terhadap SKEMA_KEBIJAKAN
        (pesan menyebut kunci dan nilai yang diizinkan; galatnya juga ValueError).

        Bentuk: `nama`, `terlambat` (daftar {sampai_menit, persen}, terakhir sampai_menit kosong),
        `pulang_cepat` (opsional, bawaan sama dengan terlambat), `tanpa_keterangan_per_hari`.
        """
        from bimtek.berkas_pengaturan import PengaturanTidakSah, baca

        p = Path(path)
        data = baca(p, SKEMA_KEBIJAKAN)
        terlambat = _baca_tingkat(data["terlambat"])
        try:
            return cls(
                nama=str(data.get("nama") or p.stem),
                terlambat=terlambat,
                pulang_cepat=_baca_tingkat(data["pulang_cepat"]) if data.get("pulang_cepat") else terlambat,
                tanpa_keterangan_per_hari=float(data.get("tanpa_keterangan_per_hari", 3.0)),
            )
        except ValueError as e:
            raise PengaturanTidakSah(f"{p} tidak sah; perbaiki lalu ulangi:\n- {e}") from e


_TINGKAT = {
    "type": "array", "minItems": 1,
    "items": {
        "type": "object", "additionalProperties": False, "required": ["persen"],
        "properties": {
            "sampai_menit": {"type": ["integer", "null"], "minimum": 1,
                             "description": "menit terlambat terbesar tingkat ini; kosong pada tingkat terakhir"},
            "persen": {"type": "number", "minimum": 0, "maximum": 100},
        },
    },
}
# Skema berkas kebijakan presensi instansi: satu-satunya tempat kunci dan nilai yang diizinkan ditetapkan.
SKEMA_KEBIJAKAN: dict = {
    "type": "object", "additionalProperties": False, "required": ["terlambat"],
    "properties": {
        "nama": {"type": ["string", "null"]},
        "terlambat": _TINGKAT,
        "pulang_cepat": {**_TINGKAT, "type": ["array", "null"]},
        "tanpa_keterangan_per_hari": {"type": "number", "minimum": 0, "maximum": 100},
    },
}


def _baca_tingkat(daftar: list[dict]) -> tuple[TingkatPotongan, ...]:
    """Daftar tingkat yang sudah lolos skema menjadi TingkatPotongan."""
    return tuple(TingkatPotongan(b.get("sampai_menit"), float(b["persen"])) for b in daftar)


def _periksa_tingkat(nama: str, tingkat: tuple[TingkatPotongan, ...]) -> None:
    if not tingkat or tingkat[-1].sampai_menit is not None:
        raise ValueError(f"tingkat '{nama}' yang terakhir harus tanpa batas atas (sampai_menit kosong)")
    batas = [t.sampai_menit for t in tingkat[:-1]]
    if any(b is None for b in batas) or batas != sorted(set(batas)) or (batas and batas[0] <= 0):  # type: ignore[type-var]
        raise ValueError(f"batas menit pada '{nama}' harus positif dan naik berurutan: {batas}")
    if any(t.persen < 0 for t in tingkat):
        raise ValueError(f"persen potongan pada '{nama}' tidak boleh negatif")
