"""Kotak pesan periksa mandiri, petunjuk, dan kuis: HTML bergaya (seperti Kaggle Learn) dengan teks biasa sebagai
cadangan di luar notebook.

Ikon dibuat dengan CSS dan huruf biasa (bukan emoji): komputer tanpa fon emoji tetap menampilkan tanda yang
terbaca, dan makna tidak pernah hanya dibawa oleh warna atau ikon (setiap kotak punya judul bertulisan).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

# jenis -> (warna garis, latar, tanda di dalam lingkaran ikon, awalan teks biasa)
GAYA: dict[str, tuple[str, str, str, str]] = {
    "benar": ("#15803d", "#f0fdf4", "✓", "[BENAR]"),
    "salah": ("#b91c1c", "#fef2f2", "×", "[BELUM TEPAT]"),
    "belum": ("#b45309", "#fffbeb", "…", "[BELUM DIJAWAB]"),
    "petunjuk": ("#1d4ed8", "#eff6ff", "?", "[PETUNJUK]"),
    "info": ("#374151", "#f9fafb", "i", "[INFO]"),
    "tersimpan": ("#1e3a8a", "#eef2ff", "✓", "[TERSIMPAN]"),
}


def _html_isi(baris: str) -> str:
    """Teks pesan ke HTML: di-escape, lalu `kode` (di antara tanda petik terbalik) ditulis dengan fon tetap."""
    bagian = escape(baris).split("`")
    return "".join(f"<code>{b}</code>" if i % 2 else b for i, b in enumerate(bagian))


@dataclass(frozen=True)
class Kotak:
    """Satu kotak pesan. `jenis`: benar, salah, belum, petunjuk, info, tersimpan."""

    jenis: str
    judul: str
    baris: Sequence[str] = ()

    def teks(self) -> str:
        awalan = GAYA[self.jenis][3]
        return "\n".join([f"{awalan} {self.judul}", *(f"   {b}" for b in self.baris)])

    def html(self) -> str:
        warna, latar, tanda, _ = GAYA[self.jenis]
        ikon = (
            f"<span style='display:inline-block;width:1.45em;height:1.45em;line-height:1.45em;border-radius:50%;"
            f"background:{warna};color:#fff;text-align:center;font-weight:bold;margin-right:.5em;"
            f"font-family:DejaVu Sans,Arial,sans-serif'>{tanda}</span>"
        )
        isi = "".join(f"<div style='margin:.3em 0 0 1.95em'>{_html_isi(b)}</div>" for b in self.baris)
        return (
            f"<div class='bimtek-kotak bimtek-{self.jenis}' style='border-left:6px solid {warna};background:{latar};"
            "color:#111827;padding:.6em .9em;margin:.4em 0;border-radius:4px;font-size:15px;line-height:1.5'>"
            f"<div style='font-weight:bold;color:{warna}'>{ikon}{escape(self.judul)}</div>{isi}</div>"
        )

    def _repr_html_(self) -> str:
        return self.html()

    def __repr__(self) -> str:
        return self.teks()


def tampilkan(*kotak: Kotak) -> None:
    """Tampilkan kotak di notebook (HTML); di luar IPython (mis. uji, terminal) cetak teks biasanya."""
    try:
        from IPython import get_ipython
        from IPython.display import HTML, display
    except ImportError:  # pragma: no cover - IPython selalu terpasang bersama JupyterLab
        get_ipython = None
    if get_ipython is not None and get_ipython() is not None:
        display(HTML("".join(k.html() for k in kotak)))
        return
    for k in kotak:
        print(k.teks())
