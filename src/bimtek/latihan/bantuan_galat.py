"""Galat yang ramah: penjelasan singkat berbahasa Indonesia tentang penyebab yang biasa, sebelum traceback.

Dipasang oleh sel pertama setiap notebook (`pasang_bantuan_galat()`), meniru "error helper" Data 8: peserta yang
bukan pemrogram langsung tahu apa yang biasanya salah dan apa yang harus dilakukan.
"""

from __future__ import annotations

import difflib
import types
from collections.abc import Callable
from typing import Any

from bimtek.latihan.soal import Salah

_AWAL = "\x1b[1;34mPenjelasan:\x1b[0m "


def _kolom_dataframe_di_traceback(tb: types.TracebackType | None) -> list[str] | None:
    """Daftar kolom DataFrame yang sedang diakses saat KeyError terjadi (dari bingkai pandas), bila ada."""
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - pandas selalu terpasang bersama kit
        return None
    while tb is not None:
        diri = tb.tb_frame.f_locals.get("self")
        if isinstance(diri, pd.DataFrame):
            return [str(k) for k in diri.columns]
        tb = tb.tb_next
    return None


def _dari_paket_bimtek(tb: types.TracebackType | None) -> bool:
    terakhir = None
    while tb is not None:
        terakhir = tb
        tb = tb.tb_next
    return terakhir is not None and terakhir.tb_frame.f_globals.get("__name__", "").startswith("bimtek.")


def _nameerror(e: BaseException, tb: types.TracebackType | None) -> str:
    nama = getattr(e, "name", None) or str(e)
    return (
        f"nama `{nama}` belum dikenal. Biasanya sel yang membuat `{nama}` belum dijalankan: jalankan sel-sel di "
        "atas dari atas ke bawah (menu Jalankan > Jalankan Semua Sel di Atas Sel Terpilih). Bisa juga ejaannya "
        "berbeda; huruf besar dan kecil dibedakan."
    )


def _keyerror(e: BaseException, tb: types.TracebackType | None) -> str:
    kunci = e.args[0] if e.args else ""
    kolom = _kolom_dataframe_di_traceback(tb)
    if kolom is None:
        return (
            f"kunci {kunci!r} tidak ditemukan. Jika ini nama kolom tabel, periksa ejaannya dengan `tabel.columns`; "
            "jika kamus (dict), periksa kunci yang ada dengan `kamus.keys()`."
        )
    mirip = difflib.get_close_matches(str(kunci), kolom, n=3)
    saran = f" Mungkin maksud Anda: {', '.join(mirip)}." if mirip else ""
    return f"tabel tidak punya kolom {kunci!r}. Periksa ejaan nama kolom (huruf kecil, garis bawah).{saran}"


def _valueerror(e: BaseException, tb: types.TracebackType | None) -> str:
    if _dari_paket_bimtek(tb):
        return f"nilai yang Anda berikan ditolak oleh aturan kit: {e}"
    return f"nilainya berjenis benar tetapi isinya tidak dapat dipakai: {e}. Periksa ejaan dan formatnya."


def _typeerror(e: BaseException, tb: types.TracebackType | None) -> str:
    return (
        "jenis datanya tidak cocok, misalnya teks ('5') digabung dengan angka (5), tanggal ditulis sebagai teks, "
        "nilai kosong (None) dipakai dalam hitungan, atau fungsi dipanggil dengan jumlah masukan yang salah."
    )


def _notimplemented(e: BaseException, tb: types.TracebackType | None) -> str:
    return (
        "sel ini belum diisi. Ganti baris `jawaban = None  # tulis jawaban Anda di sini` dengan jawaban Anda, "
        "lalu jalankan selnya lagi."
    )


def _attributeerror(e: BaseException, tb: types.TracebackType | None) -> str:
    return (
        "objek ini tidak punya atribut atau metode dengan nama itu. Periksa ejaan setelah titik, dan periksa "
        "apakah variabelnya berisi yang Anda kira (tampilkan dengan `type(variabel)`)."
    )


def _importerror(e: BaseException, tb: types.TracebackType | None) -> str:
    return "modul itu tidak ditemukan. Periksa ejaan nama modul; paket kit bernama `bimtek`."


def _filenotfound(e: BaseException, tb: types.TracebackType | None) -> str:
    return (
        "berkas itu tidak ada di folder ini. Muat data latihan dengan `bimtek.data.muat(\"pegawai\")`, "
        "bukan dengan jalur berkas."
    )


def _indexerror(e: BaseException, tb: types.TracebackType | None) -> str:
    return "posisi itu di luar panjang daftar atau teks. Ingat: posisi pertama adalah 0, bukan 1."


def _zerodivision(e: BaseException, tb: types.TracebackType | None) -> str:
    return "ada pembagian dengan nol. Periksa apakah penyebutnya (misalnya jumlah pegawai) bisa bernilai 0."


def _assertion(e: BaseException, tb: types.TracebackType | None) -> str:
    return (
        f"uji belum lulus{': ' + str(e) if str(e) else ''}. Perbaiki jawaban di sel atas, jalankan sel jawaban itu "
        "lagi, lalu jalankan sel uji ini."
    )


def _syntaxerror(e: BaseException, tb: types.TracebackType | None) -> str:
    return (
        "Python tidak dapat membaca kode ini (salah tulis). Yang biasa: tanda kutip atau kurung yang tidak "
        "ditutup, titik dua yang hilang setelah `def ...` atau `if ...`, atau indentasi (spasi di awal baris) "
        "yang tidak rata. Lihat tanda ^ di bawah untuk posisinya."
    )


# Urutan penting: kelas turunan sebelum induknya (NotImplementedError turunan RuntimeError, dst.).
PENJELASAN: tuple[tuple[type[BaseException], Callable[[BaseException, Any], str]], ...] = (
    (NotImplementedError, _notimplemented),
    (NameError, _nameerror),
    (KeyError, _keyerror),
    (ValueError, _valueerror),
    (TypeError, _typeerror),
    (AttributeError, _attributeerror),
    (ImportError, _importerror),
    (FileNotFoundError, _filenotfound),
    (IndexError, _indexerror),
    (ZeroDivisionError, _zerodivision),
    (AssertionError, _assertion),
    (SyntaxError, _syntaxerror),
)


def penjelasan(e: BaseException, tb: types.TracebackType | None = None) -> str | None:
    """Penjelasan singkat penyebab umum galat ini, atau None bila tidak ada penjelasan khusus."""
    for jenis, fungsi in PENJELASAN:
        if isinstance(e, jenis):
            return fungsi(e, tb)
    return None


def _penangan(shell: Any, etype: type, nilai: BaseException, tb: Any, tb_offset: int | None = None) -> None:
    # IPython membuang nilai kembali penangan khusus: penangan sendiri yang harus menampilkan galatnya.
    if isinstance(nilai, Salah):
        stb = nilai._render_traceback_()
    else:
        if isinstance(nilai, SyntaxError):
            stb = shell.SyntaxTB.structured_traceback(etype, nilai, [])
        else:
            stb = shell.InteractiveTB.structured_traceback(etype, nilai, tb, tb_offset=tb_offset)
        teks = penjelasan(nilai, tb)
        stb = ([_AWAL + teks, ""] if teks else []) + list(stb)
    shell._showtraceback(etype, nilai, stb)


def pasang_bantuan_galat(shell: Any = None) -> bool:
    """Pasang penjelasan galat di kernel IPython yang sedang berjalan; False bila tidak di IPython."""
    if shell is None:
        try:
            from IPython import get_ipython
        except ImportError:  # pragma: no cover
            return False
        shell = get_ipython()
    if shell is None:
        return False
    # Exception mencakup SyntaxError: IPython juga memanggil penangan ini untuk sel yang salah tulis.
    shell.set_custom_exc((Exception,), _penangan)
    return True
