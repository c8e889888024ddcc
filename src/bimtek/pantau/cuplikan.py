"""Cuplikan kelas: peserta x butir (belum mulai, mencoba, macet, benar, tingkat petunjuk) untuk satu modul.

Menjawab sekilas: siapa belum mulai, siapa macet di butir apa (dan sejak kapan), butir mana yang paling banyak
gagal, dan sejauh mana kelas melalui modul. Logika murni: masukannya peristiwa, daftar peserta, dan butir modul.
"""

from __future__ import annotations

import importlib
import pkgutil
import statistics
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache

from bimtek.pantau.pembaca import Peristiwa
from bimtek.pantau.peristiwa import tingkat_petunjuk

# Kapan seorang peserta dianggap macet pada satu butir yang belum benar (contoh; dapat diubah fasilitator).
# Macet = belum benar, dan: paling sedikit 3 kali belum tepat, atau sudah membuka petunjuk ke-2, atau sudah
# 10 menit di butir itu tanpa pindah ke butir lain.
AMBANG_MACET = {"salah": 3, "petunjuk": 2, "menit": 10}

# Status sel: kode -> label yang dibaca fasilitator (teks selalu menyertai warna).
STATUS = {
    "belum-mulai": "Belum mulai",
    "mencoba": "Mencoba",
    "macet": "Macet",
    "benar": "Benar",
    # Butir kuis yang dinilai: jawabannya tersimpan, benar atau salahnya baru diketahui saat `bimtek kelas nilai`.
    "dijawab": "Dijawab",
}


@dataclass
class Sel:
    status: str = "belum-mulai"
    percobaan: int = 0  # periksa mandiri/kuis dijalankan (benar, salah, belum)
    salah: int = 0
    petunjuk: int = 0  # tingkat petunjuk tertinggi yang dibuka
    mulai: float | None = None
    benar_pada: float | None = None
    terakhir: float | None = None
    tersimpan: bool = False  # butir kuis yang dinilai sudah dijawab (kunci tidak ada di notebook peserta)


@dataclass
class BarisPeserta:
    nip: str
    nama: str
    unit: str
    sel: dict[str, Sel]
    selesai: int = 0
    terakhir: float | None = None
    di_daftar: bool = True


@dataclass
class Macet:
    nip: str
    nama: str
    item: str
    salah: int
    petunjuk: int
    menit: float  # sejak percobaan pertama pada butir itu


@dataclass
class RingkasButir:
    item: str
    judul: str
    benar: int
    mencoba: int
    macet: int
    belum_mulai: int
    percobaan: int
    salah: int
    petunjuk_dibuka: int  # jumlah peristiwa petunjuk
    menit_ke_benar: float | None  # median, dari percobaan pertama ke benar pertama
    dijawab: int = 0  # butir kuis yang dinilai: jawaban tersimpan, benar-salahnya diketahui saat dinilai


@dataclass
class Cuplikan:
    modul: str
    waktu: float
    butir: list[tuple[str, str]]  # (item, judul)
    peserta: list[BarisPeserta]
    belum_mulai: list[str] = field(default_factory=list)  # NIP
    macet: list[Macet] = field(default_factory=list)
    per_butir: list[RingkasButir] = field(default_factory=list)
    butir_tersulit: str | None = None
    kemajuan_persen: float = 0.0
    selesai_semua: int = 0
    modul_lain: list[str] = field(default_factory=list)
    catatan: list[str] = field(default_factory=list)

    def ke_json(self) -> dict:
        d = asdict(self)
        d["butir"] = [{"item": i, "judul": j} for i, j in self.butir]
        return d


@cache
def butir_modul(modul: str) -> tuple[tuple[str, str], ...]:
    """Butir modul yang diketahui kit: soal `soal_N` di `bimtek.latihan.modul_*` yang `TUGAS`-nya modul ini,
    ditambah `BUTIR_PANTAU = [(item, judul), ...]` bila modul latihan (kuis, langkah e-Kinerja) menyediakannya."""
    import bimtek.latihan as paket
    from bimtek.latihan.soal import Soal

    hasil: list[tuple[str, str]] = []
    for info in pkgutil.iter_modules(paket.__path__):
        if not info.name.startswith("modul_"):
            continue
        try:
            m = importlib.import_module(f"{paket.__name__}.{info.name}")
        except Exception:  # noqa: BLE001 - satu modul latihan yang rusak tidak boleh menghentikan pantauan
            continue
        if getattr(m, "TUGAS", None) != modul:
            continue
        soal = sorted((v for v in vars(m).values() if isinstance(v, Soal)), key=lambda s: s.nomor)
        hasil += [(f"soal_{s.nomor}", f"Soal {s.nomor}: {s.judul}") for s in soal]
        hasil += [(str(i), str(j)) for i, j in getattr(m, "BUTIR_PANTAU", ())]
    return tuple(dict.fromkeys(hasil))


def judul_cadangan(item: str) -> str:
    """Judul butir yang tidak dikenal modul latihan: "kuis_K1" -> "Butir K1" (sebutan di notebook dan rekap)."""
    if item.startswith("kuis_"):
        return f"Butir {item.removeprefix('kuis_')}"
    return item.replace("_", " ").capitalize()


def judul_pendek(judul: str) -> str:
    """"Soal 3: Fungsi menit terlambat" -> "Soal 3"."""
    return judul.split(":", 1)[0]


def _urut_item(item: str) -> tuple:
    kepala, _, ekor = item.rpartition("_")
    return (kepala, int(ekor)) if ekor.isdigit() else (item, -1)


def buat(
    peristiwa: Iterable[Peristiwa],
    modul: str | None = None,
    daftar_peserta: Sequence[tuple[str, str, str]] = (),
    butir: Sequence[tuple[str, str]] | None = None,
    sekarang: float | None = None,
    catatan: Sequence[str] = (),
    ambang: dict[str, float] | None = None,
) -> Cuplikan:
    """Cuplikan satu modul. Tanpa `modul`: modul dengan peristiwa terbaru (yang sedang dikerjakan kelas)."""
    sekarang = time.time() if sekarang is None else sekarang
    ambang = {**AMBANG_MACET, **(ambang or {})}
    peristiwa = list(peristiwa)
    terbaru: dict[str, float] = {}
    for p in peristiwa:
        terbaru[p.modul] = max(terbaru.get(p.modul, 0.0), p.waktu)
    if modul is None:
        modul = max(terbaru, key=terbaru.__getitem__) if terbaru else ""
    milik = sorted((p for p in peristiwa if p.modul == modul), key=lambda p: p.waktu)

    butir = list(butir if butir is not None else (butir_modul(modul) if modul else ()))
    dikenal = {i for i, _ in butir}
    baru = sorted({p.item for p in milik} - dikenal, key=_urut_item)
    butir += [(i, judul_cadangan(i)) for i in baru]
    items = [i for i, _ in butir]

    baris: dict[str, BarisPeserta] = {
        nip: BarisPeserta(nip, nama, unit, {i: Sel() for i in items}) for nip, nama, unit in daftar_peserta
    }
    for p in milik:
        b = baris.get(p.nip)
        if b is None:
            b = baris[p.nip] = BarisPeserta(p.nip, "", "", {i: Sel() for i in items}, di_daftar=False)
        s = b.sel[p.item]
        s.mulai = p.waktu if s.mulai is None else s.mulai
        s.terakhir = p.waktu
        b.terakhir = p.waktu
        n = tingkat_petunjuk(p.hasil)
        if n:
            s.petunjuk = max(s.petunjuk, n)
            continue
        s.percobaan += 1
        if p.hasil == "salah":
            s.salah += 1
        elif p.hasil == "benar" and s.benar_pada is None:
            s.benar_pada = p.waktu
        elif p.hasil == "tersimpan":
            s.tersimpan = True

    macet: list[Macet] = []
    for b in baris.values():
        for item, s in b.sel.items():
            if s.mulai is None:
                continue
            if s.benar_pada is not None:
                s.status = "benar"
                b.selesai += 1
                continue
            if s.tersimpan:
                # Bukan "mencoba" atau "macet": peserta sudah menjawab; hasilnya baru ada setelah dinilai.
                s.status = "dijawab"
                b.selesai += 1
                continue
            menit = (sekarang - s.mulai) / 60
            # Lama saja berarti macet hanya bila peserta masih di butir ini (peristiwa terakhirnya di sini).
            masih_di_sini = s.terakhir == b.terakhir
            if (s.salah >= ambang["salah"] or s.petunjuk >= ambang["petunjuk"]
                    or masih_di_sini and menit >= ambang["menit"]):
                s.status = "macet"
                macet.append(Macet(b.nip, b.nama, item, s.salah, s.petunjuk, round(menit, 1)))
            else:
                s.status = "mencoba"
    macet.sort(key=lambda m: -m.menit)

    jumlah_petunjuk: dict[str, int] = {}
    for p in milik:
        if tingkat_petunjuk(p.hasil):
            jumlah_petunjuk[p.item] = jumlah_petunjuk.get(p.item, 0) + 1
    urut = sorted(baris.values(), key=lambda b: (not b.di_daftar, b.nama.lower() or "~", b.nip))
    per_butir = []
    for item, judul in butir:
        sel = [b.sel[item] for b in urut]
        hitung = {k: sum(s.status == k for s in sel) for k in STATUS}
        waktu_benar = [(s.benar_pada - s.mulai) / 60 for s in sel if s.benar_pada is not None and s.mulai]
        per_butir.append(RingkasButir(
            item, judul, hitung["benar"], hitung["mencoba"], hitung["macet"], hitung["belum-mulai"],
            sum(s.percobaan for s in sel), sum(s.salah for s in sel), jumlah_petunjuk.get(item, 0),
            round(statistics.median(waktu_benar), 1) if waktu_benar else None, hitung["dijawab"],
        ))
    # Butir tersulit: paling banyak peserta yang sudah mencoba tetapi belum benar, lalu paling banyak salah.
    sulit = max((r for r in per_butir if r.macet + r.mencoba), key=lambda r: (r.macet + r.mencoba, r.macet, r.salah),
                default=None)
    total_sel = len(urut) * len(items)
    return Cuplikan(
        modul=modul,
        waktu=sekarang,
        butir=butir,
        peserta=urut,
        belum_mulai=[b.nip for b in urut if b.terakhir is None],
        macet=macet,
        per_butir=per_butir,
        butir_tersulit=sulit.item if sulit else None,
        kemajuan_persen=round(100 * sum(b.selesai for b in urut) / total_sel, 1) if total_sel else 0.0,
        selesai_semua=sum(1 for b in urut if items and b.selesai == len(items)),
        modul_lain=sorted(m for m in terbaru if m != modul),
        catatan=list(catatan),
    )
