"""Soal latihan untuk peserta: periksa mandiri (`cek`), petunjuk bertingkat (`petunjuk`), dan uji untuk nbgrader.

Pola learntools: peserta menyimpan jawabannya di variabel yang disebut soal, lalu memanggil `soal_1.cek()`.
Pemeriksa membaca variabel itu dari notebook, sehingga peserta tidak perlu mengetik ulang jawabannya.
Sel uji nbgrader memanggil `soal_1.uji("a")`: sama dengan `cek`, tetapi gagal (AssertionError) bila salah.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bimtek.latihan.kotak import Kotak, tampilkan
from bimtek.pantau import catat

_PAKET = __name__.rsplit(".", 1)[0]


class Salah(AssertionError):
    """Jawaban belum tepat. Pesannya menyebut apa yang salah dan apa yang harus diperbaiki."""

    def _render_traceback_(self) -> list[str]:
        # IPython menampilkan ini sebagai ganti traceback panjang: peserta cukup membaca pesannya.
        return [f"Belum tepat: {self}"]


class BelumDijawab(Salah):
    """Jawaban belum ada: variabel belum dibuat, masih kosong (None), atau fungsi belum mengembalikan apa pun."""


_BelumAda = BelumDijawab


def jelaskan_galat(e: BaseException) -> str:
    """Penjelasan galat kode peserta dalam kalimat biasa, tanpa nama galat Python mentah."""
    from bimtek.latihan.bantuan_galat import penjelasan

    return penjelasan(e) or "kode jawaban berhenti karena galat. Jalankan sel jawaban itu untuk melihat letaknya."


@dataclass(frozen=True)
class Bagian:
    """Satu bagian jawaban yang dinilai tersendiri (nilai parsial): variabel yang dibaca dan pemeriksanya.

    `periksa` menerima nilai variabel-variabel itu (urut sesuai `variabel`) dan melempar `Salah` bila keliru.
    """

    kode: str
    uraian: str
    variabel: tuple[str, ...]
    periksa: Callable[..., None]


def _ruang_nama_pemanggil() -> Mapping[str, Any]:
    """Variabel global notebook: bingkai pertama di luar paket latihan (di IPython, ini `user_ns`)."""
    bingkai = inspect.currentframe()
    while bingkai is not None and bingkai.f_globals.get("__name__", "").startswith(_PAKET):
        bingkai = bingkai.f_back
    return bingkai.f_globals if bingkai is not None else {}


def _ambil(ruang: Mapping[str, Any], nama: str) -> Any:
    if nama not in ruang:
        raise _BelumAda(
            f"variabel `{nama}` belum ada. Tulis jawaban Anda di sel jawaban, simpan di `{nama}`, "
            "jalankan sel itu (Shift+Enter), lalu periksa lagi."
        )
    return ruang[nama]


class Soal:
    """Satu soal: judul, bagian-bagian yang dinilai, dan petunjuk yang dibuka satu per satu."""

    def __init__(
        self,
        nomor: int,
        judul: str,
        bagian: Sequence[Bagian],
        petunjuk: Sequence[str],
        *,
        dinilai: bool = True,
        solusi: str | None = None,
    ) -> None:
        if len(petunjuk) < 2:
            raise ValueError(f"Soal {nomor} perlu paling sedikit dua tingkat petunjuk.")
        if dinilai and solusi is not None:
            raise ValueError(f"Soal {nomor} dinilai: solusinya tidak boleh disertakan.")
        kode = [b.kode for b in bagian]
        if len(set(kode)) != len(kode):
            raise ValueError(f"Soal {nomor}: kode bagian harus unik, didapat {kode}.")
        self.nomor = nomor
        self.judul = judul
        self.bagian = tuple(bagian)
        self.daftar_petunjuk = tuple(petunjuk)
        self.dinilai = dinilai
        self._solusi = solusi
        self._petunjuk_dibuka = 0

    def __repr__(self) -> str:
        return f"<Soal {self.nomor}: {self.judul}>"

    def _bagian(self, kode: str | None) -> tuple[Bagian, ...]:
        if kode is None:
            return self.bagian
        for b in self.bagian:
            if b.kode == kode:
                return (b,)
        raise ValueError(f"Soal {self.nomor} tidak punya bagian {kode!r}; ada: {[b.kode for b in self.bagian]}.")

    def _periksa(self, bagian: Bagian, ruang: Mapping[str, Any]) -> None:
        nilai = [_ambil(ruang, nama) for nama in bagian.variabel]
        bagian.periksa(*nilai)

    def uji(self, bagian: str | None = None, ruang: Mapping[str, Any] | None = None) -> None:
        """Untuk sel uji nbgrader: lulus diam-diam, atau gagal dengan pesan `Salah` berbahasa Indonesia."""
        ruang = _ruang_nama_pemanggil() if ruang is None else ruang
        for b in self._bagian(bagian):
            try:
                self._periksa(b, ruang)
            except Salah as e:
                raise Salah(f"Soal {self.nomor}{b.kode} ({b.uraian}): {e}") from None
        tampilkan(Kotak("benar", f"Soal {self.nomor}{bagian or ''} lulus uji."))

    def cek(self, ruang: Mapping[str, Any] | None = None) -> None:
        """Periksa semua bagian jawaban dan tampilkan "Benar!" atau apa yang perlu diperbaiki.

        Tidak mengembalikan nilai, supaya sel notebook tidak menampilkan `True`/`False` yang membingungkan."""
        ruang = _ruang_nama_pemanggil() if ruang is None else ruang
        baris, jenis = [], set()
        for b in self.bagian:
            label = f"Soal {self.nomor}{b.kode if len(self.bagian) > 1 else ''} ({b.uraian})"
            try:
                self._periksa(b, ruang)
            except BelumDijawab as e:
                jenis.add("belum")
                baris.append(f"{label}: belum dijawab. {_kalimat(str(e))}")
            except Salah as e:
                jenis.add("salah")
                baris.append(f"{label}: belum tepat. {_kalimat(str(e))}")
            except Exception as e:  # noqa: BLE001 - kesalahan kode peserta dilaporkan, bukan dilempar
                jenis.add("salah")
                baris.append(f"{label}: belum tepat. Jawaban gagal dijalankan: {jelaskan_galat(e)}")
            else:
                baris.append(f"{label}: benar.")
        # Pantau kelas: hasil saja, tanpa isi jawaban.
        catat(None, f"soal_{self.nomor}", "benar" if not jenis else ("salah" if "salah" in jenis else "belum"))
        if not jenis:
            tampilkan(Kotak("benar", f"Benar! Soal {self.nomor} selesai.", baris))
            return
        if self._petunjuk_dibuka < len(self.daftar_petunjuk):
            baris.append(f"Butuh bantuan? Jalankan `soal_{self.nomor}.petunjuk()`.")
        judul = "belum tepat" if "salah" in jenis else "belum dijawab"
        tampilkan(Kotak("salah" if "salah" in jenis else "belum", f"Soal {self.nomor}: {judul}", baris))

    def petunjuk(self) -> None:
        """Tampilkan petunjuk berikutnya; setiap panggilan membuka satu tingkat lagi."""
        total = len(self.daftar_petunjuk)
        if self._petunjuk_dibuka >= total:
            baris = [f"Petunjuk {i}: {t}" for i, t in enumerate(self.daftar_petunjuk, 1)]
            tampilkan(Kotak("petunjuk", f"Semua {total} petunjuk Soal {self.nomor} sudah dibuka",
                            [*baris, "Masih buntu? Tanyakan kepada fasilitator."]))
            return
        teks = self.daftar_petunjuk[self._petunjuk_dibuka]
        self._petunjuk_dibuka += 1
        catat(None, f"soal_{self.nomor}", f"petunjuk-{self._petunjuk_dibuka}")
        baris = [teks]
        if self._petunjuk_dibuka < total:
            baris.append(f"Jalankan `soal_{self.nomor}.petunjuk()` lagi untuk petunjuk berikutnya.")
        tampilkan(Kotak("petunjuk", f"Petunjuk {self._petunjuk_dibuka} dari {total}", baris))

    def solusi(self) -> None:
        """Tampilkan solusi, hanya untuk soal latihan yang tidak dinilai."""
        if self.dinilai or self._solusi is None:
            print(
                f"Soal {self.nomor} dinilai, jadi solusinya tidak ditampilkan. "
                f"Gunakan soal_{self.nomor}.petunjuk() atau tanyakan kepada fasilitator."
            )
            return
        print(self._solusi)


def _kalimat(teks: str) -> str:
    """Pesan pemeriksa ditulis untuk disambung setelah titik dua; di awal kalimat huruf pertamanya kapital."""
    return teks[:1].upper() + teks[1:]


def tampilkan_ringkas(nilai: Any, batas: int = 80) -> str:
    """Representasi nilai yang pendek untuk pesan (jawaban panjang dipotong)."""
    teks = repr(nilai)
    return teks if len(teks) <= batas else teks[: batas - 3] + "..."
