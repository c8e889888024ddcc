"""Penilaian langkah simulasi e-Kinerja dari keadaan tersimpan, diperiksa ulang dengan `bimtek.aturan`.

Dipakai sel uji tersembunyi Jalur Pengguna: setiap langkah bernilai sendiri (nilai sebagian per langkah), dan
tidak ada yang dipercaya dari isian tanpa dihitung ulang (predikat dari kuadran, pola distribusi dari predikat).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bimtek.aturan import periksa_distribusi, predikat_kinerja
from bimtek.ekinerja import aksi
from bimtek.ekinerja.keadaan import DISETUJUI, TAHUNAN, Simulasi

Periksa = Callable[[Simulasi], list[str]]


def _profil(s: Simulasi) -> list[str]:
    if not s.profil_diperiksa:
        return ["Profil dan pejabat penilai belum diperiksa (layar Masuk dan Profil)."]
    if s.atasan.nip != s.pegawai.atasan_nip:
        return ["Pejabat penilai tidak sama dengan atasan langsung di data SIASN."]
    return []


def _periode(s: Simulasi) -> list[str]:
    if not s.periode.aktif:
        return ["SKP belum diaktifkan lewat dialog Periode (OK)."]
    if not aksi.periode_setahun(s):
        return ["Pegawai ini bekerja setahun penuh: periode SKP harus Januari sampai Desember."]
    if s.periode.pendekatan not in ("Kuantitatif", "Kualitatif"):
        return ["Pendekatan belum dipilih."]
    return []


def _matriks(s: Simulasi) -> list[str]:
    turun = aksi.rhk_diturunkan(s)
    if not turun:
        return ["Atasan belum menurunkan RHK kepada pegawai di Matriks Peran Hasil."]
    asing = [r for r in turun if r not in s.rhk_atasan]
    return [f"RHK yang diturunkan bukan RHK atasan: {asing[0]}"] if asing else []


def _skp(s: Simulasi) -> list[str]:
    if s.skp.status == "Draft" and not s.skp.riwayat:
        return ["SKP belum diajukan.", *aksi.periksa_skp(s)]
    return aksi.periksa_skp(s)


def _persetujuan(s: Simulasi) -> list[str]:
    if s.skp.status != DISETUJUI:
        return [f"SKP belum disetujui atasan (status {s.skp.status})."]
    return []


def _diri_periodik(s: Simulasi) -> list[str]:
    """Semua penilaian periodik terkirim dan lengkap (periode awal sudah terisi dari data kelas di Modul 3)."""
    kurang = []
    for p in aksi.periode_berkala(s):
        isi = s.penilaian_diri.get(p)
        if isi is None or not isi.dikirim:
            kurang.append(f"Penilaian Diri {p} belum dikirim (Rencana Aksi, realisasi, Eviden).")
        else:
            kurang += [f"{p}: {k}" for k in aksi.periksa_penilaian_diri(s, p)]
    return kurang


def _diri_tahunan(s: Simulasi) -> list[str]:
    isi = s.penilaian_diri.get(TAHUNAN)
    if isi is None or not isi.dikirim:
        return ["Penilaian Diri Tahunan belum dikirim (realisasi setahun dan Eviden)."]
    kurang = aksi.periksa_penilaian_diri(s, TAHUNAN)
    for i, r in enumerate(s.skp.rhk):
        for j in range(len(r.iki)):
            if aksi.dijumlahkan(s, i, j) and f"{i}.{j}" in isi.realisasi:
                kurang.append(f"RHK {i + 1}, IKI {j + 1}: realisasi tahunan Kuantitas harus jumlah periode, bukan "
                              "diketik.")
    return kurang


def _bawahan_tahunan(s: Simulasi) -> list[str]:
    isi = s.penilaian_bawahan.get(TAHUNAN)
    if isi is None or not (s.penilaian_diri.get(TAHUNAN) and s.penilaian_diri[TAHUNAN].dikirim):
        return ["Atasan belum menilai Penilaian Diri Tahunan (umpan balik dan rating)."]
    sisa = aksi.periksa_penilaian_bawahan(s, TAHUNAN)
    if sisa:
        return sisa
    if isi.predikat_kinerja != predikat_kinerja(isi.rating_hasil_kerja, isi.rating_perilaku_kerja):
        return [f"Predikat {isi.predikat_kinerja} tidak mengikuti kuadran kinerja."]
    return []


def _kurva(s: Simulasi) -> list[str]:
    k = s.kurva
    if not k.dilihat:
        return ["Kurva (pola distribusi) unit belum dilihat."]
    tahunan = s.penilaian_bawahan.get(TAHUNAN)
    if tahunan is None or not tahunan.predikat_kinerja:
        return ["Kurva tahunan memakai predikat penilaian tahunan; beri rating tahunan dahulu."]
    if not k.predikat_pegawai or k.predikat_pegawai[-1] != tahunan.predikat_kinerja:
        return ["Kurva tidak memuat predikat tahunan pegawai; lihat ulang kurvanya."]
    ulang = periksa_distribusi(k.predikat_organisasi or s.predikat_organisasi, k.predikat_pegawai)
    if ulang.pelanggaran != k.pelanggaran:
        return ["Catatan pola distribusi tidak sesuai aturan SE MenPANRB 3/2023; lihat ulang kurvanya."]
    return []


def _dokumen(s: Simulasi) -> list[str]:
    kurang = [d for d in aksi.JENIS_DOKUMEN if d not in s.dokumen]
    return [f"Dokumen belum dicetak: {', '.join(kurang)}."] if kurang else []


# Langkah Modul 2 (perencanaan) dan Modul 3 (penilaian), dengan bobot nilai.
LANGKAH_MODUL_2: dict[str, tuple[Periksa, int]] = {
    "Masuk dan Profil": (_profil, 1),
    "Periode": (_periode, 2),
    "Matriks Peran Hasil": (_matriks, 2),
    "SKP": (_skp, 3),
    "SKP Bawahan (persetujuan)": (_persetujuan, 2),
}
LANGKAH_MODUL_3: dict[str, tuple[Periksa, int]] = {
    "Penilaian Diri periodik": (_diri_periodik, 2),
    "Penilaian Diri tahunan": (_diri_tahunan, 2),
    "Penilaian Bawahan tahunan": (_bawahan_tahunan, 2),
    "Kurva": (_kurva, 2),
    "Dokumen": (_dokumen, 2),
}


def nilai_langkah(
    isi: dict[str, Any] | None, langkah: dict[str, tuple[Periksa, int]]
) -> dict[str, tuple[int, list[str]]]:
    """Nilai tiap langkah: (poin yang diperoleh, pesan yang masih kurang)."""
    if not isinstance(isi, dict):
        return {nama: (0, ["Belum ada isian simulasi tersimpan."]) for nama in langkah}
    try:
        s = Simulasi.dari_dict(isi)
    except (TypeError, ValueError) as e:
        return {nama: (0, [f"Isian tersimpan rusak: {e}"]) for nama in langkah}
    hasil = {}
    for nama, (periksa, bobot) in langkah.items():
        try:
            kurang = periksa(s)
        except (TypeError, ValueError, KeyError, IndexError) as e:
            kurang = [f"Isian tidak dapat diperiksa: {e}"]
        hasil[nama] = (0 if kurang else bobot, kurang)
    return hasil
