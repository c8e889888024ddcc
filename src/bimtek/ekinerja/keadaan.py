"""Keadaan simulasi e-Kinerja BKN: satu siklus SKP seorang pegawai dan atasannya (pejabat penilai).

Hanya data (dataclass) dan konversi ke/dari dict JSON untuk berkas jawaban; aturan dan perpindahan keadaan ada di
`bimtek.ekinerja.aksi`. Urutan layar mengikuti Buku Panduan Aplikasi eKinerja BKN 2022 (lembar fakta §4, §11).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

PERAN: tuple[str, ...] = ("pegawai", "atasan")
BULAN: tuple[str, ...] = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
# Penilaian periodik di dalam SKP tahunan, lalu penilaian tahunan (PermenPANRB 6/2022 Ps. 5). Frekuensi periodik
# ditetapkan tiap instansi (bulanan atau triwulanan): `Simulasi.frekuensi_penilaian`, bawaan triwulanan seperti
# data kelas (contoh).
PERIODE_PENILAIAN: tuple[str, ...] = ("Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV")
BULAN_AKHIR_PERIODE: dict[str, int] = {"Triwulan I": 3, "Triwulan II": 6, "Triwulan III": 9, "Triwulan IV": 12}
FREKUENSI_PENILAIAN: dict[str, tuple[str, ...]] = {"Triwulanan": PERIODE_PENILAIAN, "Bulanan": BULAN}
FREKUENSI_CONTOH = "Triwulanan"
TAHUNAN = "Tahunan"

# Status SKP pada aplikasi: Draft -> Diajukan -> Disetujui, atau Ditolak (dengan catatan) lalu direvisi.
DRAFT, DIAJUKAN, DISETUJUI, DITOLAK = "Draft", "Diajukan", "Disetujui", "Ditolak"


@dataclass
class Orang:
    """Pegawai atau pejabat penilai sebagaimana disinkronkan dari SIASN."""

    nip: str = ""
    nama: str = ""
    jabatan: str = ""
    unit_kerja: str = ""
    atasan_nip: str = ""


@dataclass
class Periode:
    """Dialog Periode: periode awal dan akhir (bulan, tahun) dan Pendekatan; OK mengaktifkan SKP."""

    bulan_awal: int = 1
    tahun_awal: int = 2025
    bulan_akhir: int = 12
    tahun_akhir: int = 2025
    pendekatan: str = ""
    aktif: bool = False


@dataclass
class IKI:
    """Indikator kinerja individu: target angka (Kuantitatif) atau teks (Kualitatif)."""

    indikator: str = ""
    aspek: str = "Kuantitas"
    target: float | str | None = None
    satuan: str = ""


@dataclass
class RHK:
    """Rencana hasil kerja pegawai; RHK Utama mengintervensi RHK atasan yang diturunkan kepadanya."""

    jenis: str = "Utama"
    rhk_atasan: str = ""
    rumusan: str = ""
    iki: list[IKI] = field(default_factory=list)


@dataclass
class SKP:
    """SKP pegawai: RHK, ekspektasi khusus pimpinan (opsional, ditulis atasan), status dan catatan atasan."""

    rhk: list[RHK] = field(default_factory=list)
    ekspektasi_pimpinan: dict[str, str] = field(default_factory=dict)
    status: str = DRAFT
    catatan_atasan: str = ""
    riwayat: list[str] = field(default_factory=list)


@dataclass
class PenilaianDiri:
    """Penilaian Diri satu periode: Rencana Aksi, realisasi, dan Eviden (tautan bukti dukung) per RHK/IKI.

    Pada penilaian tahunan Rencana Aksi tidak diisi dan realisasi Kuantitas tidak diketik: dihitung dari periode."""

    rencana_aksi: dict[str, str] = field(default_factory=dict)  # nomor RHK -> rencana aksi
    realisasi: dict[str, float | str] = field(default_factory=dict)  # "r.i" -> realisasi IKI
    eviden: dict[str, str] = field(default_factory=dict)  # nomor RHK -> tautan bukti dukung
    dikirim: bool = False


@dataclass
class PenilaianBawahan:
    """Penilaian Bawahan satu periode oleh pejabat penilai."""

    umpan_balik: dict[str, str] = field(default_factory=dict)  # nomor RHK -> umpan balik
    rating_hasil_kerja: str = ""
    rating_perilaku_kerja: str = ""
    catatan_perilaku: str = ""
    predikat_kinerja: str = ""


@dataclass
class Kurva:
    """Pola distribusi unit: predikat organisasi, predikat pegawai unit, dan aturan yang dilanggar."""

    predikat_organisasi: str = ""
    predikat_pegawai: list[str] = field(default_factory=list)
    pelanggaran: list[str] = field(default_factory=list)
    dilihat: bool = False


@dataclass
class Simulasi:
    """Seluruh keadaan simulasi: peran aktif, profil, periode, matriks, SKP, penilaian, kurva, dokumen."""

    peran: str = "pegawai"
    pegawai: Orang = field(default_factory=Orang)
    atasan: Orang = field(default_factory=Orang)
    rhk_atasan: list[str] = field(default_factory=list)  # RHK milik atasan (dari data kelas)
    # Contoh RHK yang selaras dengan jabatan pegawai ini (dari SKP-nya di data kelas): {"rhk_atasan",
    # "rencana_hasil_kerja", "iki": [{"indikator", "aspek", "target", "satuan"}]}; kosong bila tidak ada.
    contoh_rhk: dict[str, Any] = field(default_factory=dict)
    profil_diperiksa: bool = False
    periode: Periode = field(default_factory=Periode)
    matriks: dict[str, list[str]] = field(default_factory=dict)  # NIP bawahan -> RHK atasan yang diturunkan
    skp: SKP = field(default_factory=SKP)
    penilaian_diri: dict[str, PenilaianDiri] = field(default_factory=dict)  # nama periode -> isian
    penilaian_bawahan: dict[str, PenilaianBawahan] = field(default_factory=dict)
    frekuensi_penilaian: str = FREKUENSI_CONTOH  # penilaian periodik: Triwulanan atau Bulanan (per instansi)
    predikat_unit_lain: list[str] = field(default_factory=list)  # predikat pegawai lain di unit (data kelas)
    predikat_organisasi: str = ""
    kurva: Kurva = field(default_factory=Kurva)
    dokumen: list[str] = field(default_factory=list)  # dokumen yang sudah dicetak

    def ke_dict(self) -> dict[str, Any]:
        """Bentuk JSON untuk berkas jawaban."""
        return asdict(self)

    @classmethod
    def dari_dict(cls, isi: dict[str, Any]) -> Simulasi:
        """Bangun ulang keadaan dari berkas jawaban; kunci yang tidak dikenal diabaikan."""
        if not isinstance(isi, dict):
            raise ValueError("Isian simulasi harus berupa objek JSON {...}.")
        d = _saring(cls, isi)
        for kunci, jenis in (("pegawai", Orang), ("atasan", Orang), ("periode", Periode), ("kurva", Kurva)):
            if kunci in d:
                d[kunci] = jenis(**_saring(jenis, d[kunci]))
        if "skp" in d:
            s = _saring(SKP, d["skp"])
            s["rhk"] = [
                RHK(**{**_saring(RHK, r), "iki": [IKI(**_saring(IKI, i)) for i in r.get("iki", [])]})
                for r in s.get("rhk", [])
            ]
            d["skp"] = SKP(**s)
        if "penilaian_diri" in d:
            d["penilaian_diri"] = {
                k: PenilaianDiri(**_saring(PenilaianDiri, v)) for k, v in d["penilaian_diri"].items()
            }
        if "penilaian_bawahan" in d:
            d["penilaian_bawahan"] = {
                k: PenilaianBawahan(**_saring(PenilaianBawahan, v)) for k, v in d["penilaian_bawahan"].items()
            }
        return cls(**d)


def _saring(jenis: type, isi: object) -> dict[str, Any]:
    if not isinstance(isi, dict):
        raise ValueError(f"Bagian {jenis.__name__} harus berupa objek JSON {{...}}.")
    nama = {f.name for f in fields(jenis)}
    return {k: v for k, v in isi.items() if k in nama}
