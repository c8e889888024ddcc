"""Aturan Form SKP (perencanaan kinerja di e-Kinerja) sebagai fungsi biasa, dapat diuji tanpa peramban.

SKP disimpan sebagai dict JSON (lihat `skp_kosong`) agar sama persis dengan isi berkas jawaban yang diperiksa
sel uji nbgrader. Dasar: PermenPANRB 6/2022 (RHK utama/tambahan yang mengintervensi RHK atasan, IKI dengan aspek
dan target, perilaku kerja BerAKHLAK dengan ekspektasi khusus pimpinan yang opsional dan ditulis atasan); alur
status aplikasi e-Kinerja BKN (Draft -> Diajukan -> Disetujui/Ditolak dengan catatan); periode SKP seperti dialog
Periode aplikasi (periode awal dan akhir, bulan dan tahun). Aturan periode, pendekatan, RHK, dan IKI tinggal di
`bimtek.ekinerja.aksi` (satu rumah, sama dengan simulasi e-Kinerja); modul ini hanya menerapkannya pada SKP
berbentuk dict.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from bimtek.aturan import ASPEK_IKI, BERAKHLAK, JENIS_RHK, PENDEKATAN_SKP, STATUS_SKP
from bimtek.ekinerja import aksi
from bimtek.ekinerja.aksi import (
    PESAN_PERIODE_PENDEK,
    PESAN_TANPA_UTAMA,
    pesan_iki,
    pesan_rentang_periode,
    pesan_rhk,
    rentang_setahun,
)
from bimtek.ekinerja.keadaan import BULAN, IKI, RHK, Simulasi
from bimtek.galat import KesalahanPengguna

DRAFT, DIAJUKAN, DISETUJUI, DITOLAK = STATUS_SKP
# Status yang masih boleh diubah isinya oleh pegawai; mengubah SKP yang ditolak menjadikannya draf kembali.
STATUS_DAPAT_DIUBAH: tuple[str, ...] = (DRAFT, DITOLAK)

def skp_kosong(nip: str = "", tahun: int = 2025) -> dict[str, Any]:
    """SKP baru berstatus Draft, periode Januari-Desember, tanpa RHK, ekspektasi BerAKHLAK (opsional) kosong."""
    return {
        "nip": nip,
        "tahun": tahun,
        "periode": periode_setahun(tahun),
        "pendekatan": PENDEKATAN_SKP[0],
        "rhk": [],
        "perilaku": {nilai: "" for nilai in BERAKHLAK},
        "status": DRAFT,
        "catatan_atasan": "",
        "riwayat": [],
    }


def periode_setahun(tahun: int) -> dict[str, int]:
    """Periode awal Januari dan akhir Desember tahun itu (isian dialog Periode yang umum)."""
    return {"bulan_awal": 1, "tahun_awal": tahun, "bulan_akhir": 12, "tahun_akhir": tahun}


def teks_periode(periode: dict[str, Any] | None) -> str:
    """Periode untuk dibaca orang, misalnya "Januari 2025 - Desember 2025"."""
    p = periode or {}
    try:
        return (f"{BULAN[int(p['bulan_awal']) - 1]} {p['tahun_awal']} - "
                f"{BULAN[int(p['bulan_akhir']) - 1]} {p['tahun_akhir']}")
    except (KeyError, ValueError, TypeError, IndexError):
        return "(periode belum diisi dengan benar)"


def rhk_kosong(jenis: str = JENIS_RHK[0]) -> dict[str, Any]:
    """Satu Rencana Hasil Kerja baru dengan satu IKI kosong."""
    return {"jenis": jenis, "rencana_hasil_kerja": "", "rhk_atasan": "", "iki": [iki_kosong()]}


def iki_kosong() -> dict[str, Any]:
    """Satu Indikator Kinerja Individu kosong."""
    return {"indikator": "", "aspek": ASPEK_IKI[0], "target": None, "satuan": ""}


def periksa_periode(periode: object, bekerja_setahun: bool = True) -> list[str]:
    """Pesan bila periode (dict bulan_awal, tahun_awal, bulan_akhir, tahun_akhir) tidak sah.

    Pegawai yang bekerja setahun penuh wajib memakai Januari sampai Desember; periode lebih pendek hanya untuk
    pegawai yang pindah jabatan atau pensiun di tengah tahun."""
    if not isinstance(periode, dict):
        return ["Periode SKP belum diisi: isi periode awal dan akhir (bulan dan tahun), misalnya "
                "Januari 2025 sampai Desember 2025."]
    nilai = [periode.get(k) for k in ("bulan_awal", "tahun_awal", "bulan_akhir", "tahun_akhir")]
    salah = pesan_rentang_periode(*nilai)
    if salah:
        return [salah]
    if bekerja_setahun and not rentang_setahun(*nilai):
        return [PESAN_PERIODE_PENDEK + " Penilaian periodik (bulanan atau triwulanan) dilakukan di dalam SKP "
                "tahunan yang sama, bukan dengan SKP baru."]
    return []


def periksa_pendekatan(pendekatan: object) -> list[str]:
    """Pesan bila pendekatan SKP bukan kuantitatif atau kualitatif."""
    if pendekatan in PENDEKATAN_SKP:
        return []
    return [f"Pendekatan SKP {pendekatan!r} tidak dikenal; pilih salah satu: {', '.join(PENDEKATAN_SKP)}."]


def _iki(iki: dict[str, Any]) -> IKI:
    return IKI(indikator=str(iki.get("indikator") or ""), aspek=iki.get("aspek"), target=iki.get("target"),
               satuan=str(iki.get("satuan") or ""))


def _rhk(rhk: dict[str, Any]) -> RHK:
    return RHK(jenis=rhk.get("jenis"), rhk_atasan=str(rhk.get("rhk_atasan") or ""),
               rumusan=str(rhk.get("rencana_hasil_kerja") or ""),
               iki=[_iki(i) if isinstance(i, dict) else IKI() for i in rhk.get("iki") or []])


def periksa_iki(iki: dict[str, Any], letak: str = "IKI", pendekatan: str = PENDEKATAN_SKP[0]) -> list[str]:
    """Pesan untuk satu IKI: indikator, aspek (Kuantitas/Kualitas/Waktu/Biaya), target, satuan; aturannya aturan
    simulasi e-Kinerja (`bimtek.ekinerja.aksi.pesan_iki`)."""
    return pesan_iki(_iki(iki), letak, pendekatan)


def periksa_rhk(rhk: dict[str, Any], nomor: int, rhk_atasan: Sequence[str] | None = None,
                pendekatan: str = PENDEKATAN_SKP[0]) -> list[str]:
    """Pesan untuk satu RHK: jenis, rumusan, RHK atasan yang diintervensi, dan IKI-nya (`aksi.pesan_rhk`)."""
    return pesan_rhk(_rhk(rhk), nomor, pendekatan, rhk_atasan)


def periksa_skp(skp: dict[str, Any], rhk_atasan: Sequence[str] | None = None) -> list[str]:
    """Semua aturan yang masih dilanggar SKP ini (daftar kosong berarti siap diajukan)."""
    pesan = periksa_periode(skp.get("periode")) + periksa_pendekatan(skp.get("pendekatan"))
    daftar_rhk = [r for r in skp.get("rhk") or [] if isinstance(r, dict)]
    if not any(r.get("jenis") == "Utama" for r in daftar_rhk):
        pesan.append(PESAN_TANPA_UTAMA)
    for nomor, rhk in enumerate(daftar_rhk, start=1):
        pesan.extend(periksa_rhk(rhk, nomor, rhk_atasan, skp.get("pendekatan", PENDEKATAN_SKP[0])))
    return pesan


def _simulasi(skp: dict[str, Any], peran: str) -> Simulasi:
    """SKP dict sebagai keadaan simulasi e-Kinerja, agar perpindahan status memakai aturan `bimtek.ekinerja.aksi`."""
    s = Simulasi(peran=peran)
    s.periode.aktif, s.periode.pendekatan = True, str(skp.get("pendekatan") or PENDEKATAN_SKP[0])
    s.skp.rhk = [_rhk(r) for r in skp.get("rhk") or [] if isinstance(r, dict)]
    s.skp.status, s.skp.catatan_atasan = skp.get("status"), str(skp.get("catatan_atasan") or "")
    return s


def _dengan_status(skp: dict[str, Any], s: Simulasi, catatan_riwayat: str) -> dict[str, Any]:
    baru = copy.deepcopy(skp)
    baru["status"], baru["catatan_atasan"] = s.skp.status, s.skp.catatan_atasan
    baru["riwayat"] = [*baru.get("riwayat", []), {"status": s.skp.status, "catatan": catatan_riwayat}]
    return baru


def setelah_diubah(skp: dict[str, Any]) -> dict[str, Any]:
    """SKP setelah isinya diubah pegawai: SKP yang ditolak kembali menjadi draf untuk direvisi."""
    aksi.status_dapat_diubah(skp.get("status"))
    baru = copy.deepcopy(skp)
    if baru["status"] == DITOLAK:
        baru["status"] = DRAFT
        baru["riwayat"] = [*baru.get("riwayat", []), {"status": DRAFT, "catatan": "Direvisi setelah ditolak."}]
    return baru


def ajukan(skp: dict[str, Any], rhk_atasan: Sequence[str] | None = None) -> dict[str, Any]:
    """SKP berstatus Diajukan; ditolak dengan daftar lengkap aturan yang masih dilanggar."""
    aksi.status_dapat_diajukan(skp.get("status"))
    pesan = periksa_skp(skp, rhk_atasan)
    if pesan:
        raise KesalahanPengguna(
            "SKP belum dapat diajukan. Perbaiki dahulu:\n" + "\n".join(f"- {p}" for p in pesan)
        )
    s = _simulasi(skp, "pegawai")
    s.matriks = {s.pegawai.nip: [r.rhk_atasan for r in s.skp.rhk if r.rhk_atasan]}
    return _dengan_status(skp, aksi.terapkan(s, aksi.ajukan), "")


def putuskan_atasan(skp: dict[str, Any], setuju: bool, catatan: str = "") -> dict[str, Any]:
    """Keputusan atasan (simulasi) atas SKP yang diajukan: Disetujui, atau Ditolak dengan catatan wajib; aturannya
    aturan layar SKP Bawahan simulasi (`aksi.setujui`, `aksi.tolak`)."""
    s = _simulasi(skp, "atasan")
    s = aksi.terapkan(s, aksi.setujui) if setuju else aksi.terapkan(s, aksi.tolak, catatan)
    return _dengan_status(skp, s, s.skp.catatan_atasan)
