"""Tampilan terminal cuplikan kelas: tabel peserta x butir, lalu siapa belum mulai, siapa macet, butir tersulit."""

from __future__ import annotations

import time

from bimtek.pantau.cuplikan import STATUS, Cuplikan, Macet, Sel, judul_pendek

# Simbol dan warna ANSI per status; simbol selalu ada sehingga tampilan tetap terbaca tanpa warna.
SIMBOL = {"belum-mulai": "·", "mencoba": "~", "macet": "!", "benar": "✓", "dijawab": "+"}
WARNA = {"belum-mulai": "2", "mencoba": "33", "macet": "1;37;41", "benar": "32", "dijawab": "36"}
LEBAR_SEL = 8
LEBAR_NAMA = 26


def teks_sel(s: Sel) -> str:
    """Mis. "✓", "~ 1x", "! 4x p2": status, jumlah jawaban belum tepat, tingkat petunjuk."""
    bagian = [SIMBOL[s.status]]
    if s.status != "benar" and s.salah:
        bagian.append(f"{s.salah}x")
    if s.petunjuk:
        bagian.append(f"p{s.petunjuk}")
    return " ".join(bagian)


def _warnai(teks: str, status: str, warna: bool) -> str:
    return f"\x1b[{WARNA[status]}m{teks}\x1b[0m" if warna else teks


def menit(m: float) -> str:
    return f"{m:.0f} mnt" if m < 120 else f"{m / 60:.1f} jam"


def keterangan_macet(m: Macet) -> str:
    """Mis. "3x belum tepat, petunjuk ke-2, sejak 12 mnt" (bagian yang nol tidak disebut)."""
    bagian = [f"{m.salah}x belum tepat"] if m.salah else []
    bagian += [f"petunjuk ke-{m.petunjuk}"] if m.petunjuk else []
    return ", ".join([*bagian, f"sejak {menit(m.menit)}"])


def nama_peserta(nip: str, nama: str) -> str:
    return nama or f"NIP {nip}"


def tabel(c: Cuplikan, warna: bool = False) -> list[str]:
    jam = time.strftime("%H:%M:%S", time.localtime(c.waktu))
    judul = {i: j for i, j in c.butir}
    baris = [
        f"Pantau kelas · {c.modul or '(belum ada peristiwa)'} · {jam} · {len(c.peserta)} peserta · "
        f"kemajuan kelas {c.kemajuan_persen:.0f}% · selesai semua butir: {c.selesai_semua}",
        "Keterangan: ✓ benar   ~ mencoba   ! macet   · belum mulai   + dijawab (kuis dinilai, hasil setelah dinilai)"
        "   3x = 3 kali belum tepat   p2 = petunjuk ke-2",
        "",
    ]
    nomor = [f"B{n}" for n in range(1, len(c.butir) + 1)]
    baris.append(f"{'Peserta':<{LEBAR_NAMA}}" + "".join(f"{n:<{LEBAR_SEL}}" for n in nomor) + "Selesai")
    for b in c.peserta:
        nama = nama_peserta(b.nip, b.nama)[: LEBAR_NAMA - 2]
        sel = "".join(_warnai(f"{teks_sel(b.sel[i]):<{LEBAR_SEL}}", b.sel[i].status, warna) for i, _ in c.butir)
        baris.append(f"{nama:<{LEBAR_NAMA}}{sel}{b.selesai}/{len(c.butir)}")
    baris += ["", "Butir:"] + [f"  {n:<4}{j}" for n, (_, j) in zip(nomor, c.butir, strict=True)]
    nama = {b.nip: nama_peserta(b.nip, b.nama) for b in c.peserta}
    baris.append("")
    baris.append(f"Belum mulai ({len(c.belum_mulai)}): " + (", ".join(nama[n] for n in c.belum_mulai) or "-"))
    baris.append(f"Macet ({len(c.macet)}):" + ("" if c.macet else " -"))
    for m in c.macet[:15]:
        baris.append(f"  {nama[m.nip]} di {judul_pendek(judul.get(m.item, m.item))}: {keterangan_macet(m)}")
    if len(c.macet) > 15:
        baris.append(f"  ... dan {len(c.macet) - 15} lagi")
    if c.butir_tersulit:
        r = next(r for r in c.per_butir if r.item == c.butir_tersulit)
        baris.append(f"Butir tersulit: {r.judul} ({r.mencoba + r.macet} peserta mencoba tetapi belum benar, "
                     f"{r.macet} macet, {r.benar} benar)")
    if c.modul_lain:
        baris.append("Modul lain yang punya peristiwa: " + ", ".join(c.modul_lain) + " (pilih dengan --modul)")
    for n in c.catatan:
        baris.append(f"Catatan: {n}")
    return baris


__all__ = ["STATUS", "tabel", "teks_sel"]
