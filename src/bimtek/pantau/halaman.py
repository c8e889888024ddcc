"""Halaman web cuplikan kelas untuk proyektor: satu berkas HTML tanpa aset luar, huruf besar, warna + teks.

Halaman menyegarkan diri tiap beberapa detik (meta refresh: tanpa skrip, tetap jalan di peramban apa pun).
"""

from __future__ import annotations

import time
from html import escape
from urllib.parse import quote

from bimtek.pantau.cuplikan import Cuplikan, Sel, judul_pendek
from bimtek.pantau.tampilan_teks import keterangan_macet, nama_peserta

# Warna latar, warna teks, dan label per status: kontras tinggi, dan label teks selalu ikut (buta warna).
GAYA_STATUS = {
    "benar": ("#1e7b34", "#ffffff", "✓ Benar"),
    "mencoba": ("#ffd24d", "#1a1a1a", "~ Mencoba"),
    "macet": ("#b3261e", "#ffffff", "! Macet"),
    "belum-mulai": ("#e6e6e6", "#555555", "· Belum"),
    "dijawab": ("#cfe3ff", "#1a1a1a", "+ Dijawab"),
}

CSS = """
* { box-sizing: border-box; }
body { margin: 0; font-family: "DejaVu Sans", Arial, sans-serif; font-size: 20px; color: #1a1a1a;
       background: #fafafa; }
header { background: #1f2a6b; color: #fff; padding: 10px 24px; display: flex; flex-wrap: wrap;
         align-items: baseline; gap: 8px 32px; }
header h1 { font-size: 30px; margin: 0; }
header .jam { font-size: 22px; opacity: .9; }
.angka { display: flex; gap: 16px; padding: 12px 24px; flex-wrap: wrap; }
.kotak { background: #fff; border: 2px solid #ccc; border-radius: 8px; padding: 8px 18px; min-width: 180px; }
.kotak b { display: block; font-size: 40px; line-height: 1.1; }
.kotak.macet { border-color: #b3261e; } .kotak.macet b { color: #b3261e; }
.isi { display: flex; gap: 24px; padding: 0 24px 24px; align-items: flex-start; flex-wrap: wrap; }
table { border-collapse: separate; border-spacing: 3px; }
th { font-size: 18px; text-align: left; padding: 2px 6px; }
th.b { text-align: center; min-width: 96px; }
td { padding: 3px 6px; font-size: 19px; white-space: nowrap; }
td.nama { max-width: 300px; overflow: hidden; text-overflow: ellipsis; font-weight: bold; }
td.s { text-align: center; border-radius: 5px; font-weight: bold; }
td.tot { text-align: right; }
tr.luar td.nama { font-style: italic; font-weight: normal; }
aside { flex: 1 1 380px; max-width: 640px; }
aside h2 { font-size: 24px; margin: 10px 0 6px; }
aside ul { margin: 0; padding-left: 22px; } aside li { margin: 3px 0; }
.legenda span { display: inline-block; padding: 2px 10px; border-radius: 5px; margin: 2px 6px 2px 0;
                font-weight: bold; }
.butir td { font-size: 18px; white-space: normal; }
.catatan { color: #6b4e00; font-size: 16px; }
nav a { color: #fff; margin-right: 12px; }
"""


def _sel(s: Sel) -> str:
    latar, teks, label = GAYA_STATUS[s.status]
    isi = label.split(" ")[0]
    if s.status != "benar" and s.salah:
        isi += f" {s.salah}x"
    if s.petunjuk:
        isi += f" p{s.petunjuk}"
    return (f'<td class="s" style="background:{latar};color:{teks}" '
            f'title="{escape(label)}">{escape(isi)}</td>')


def render(c: Cuplikan, segarkan_detik: int = 5, dasar: str = "") -> str:
    """HTML lengkap untuk satu cuplikan. `dasar`: awalan alamat (layanan hub: /services/pantau/)."""
    jam = time.strftime("%H:%M:%S", time.localtime(c.waktu))
    judul = {i: j for i, j in c.butir}
    nama = {b.nip: nama_peserta(b.nip, b.nama) for b in c.peserta}
    n = len(c.peserta)
    r_sulit = next((r for r in c.per_butir if r.item == c.butir_tersulit), None)
    kepala = "".join(f'<th class="b" title="{escape(j)}">{escape(judul_pendek(j))}</th>' for _, j in c.butir)
    baris = []
    for b in c.peserta:
        kelas = ' class="luar"' if not b.di_daftar else ""
        sel = "".join(_sel(b.sel[i]) for i, _ in c.butir)
        baris.append(f'<tr{kelas}><td class="nama" title="NIP {escape(b.nip)}">{escape(nama[b.nip])}</td>{sel}'
                     f'<td class="tot">{b.selesai}/{len(c.butir)}</td></tr>')
    macet = "".join(
        f"<li><b>{escape(nama[m.nip])}</b>: {escape(judul_pendek(judul.get(m.item, m.item)))} "
        f"({keterangan_macet(m)})</li>" for m in c.macet[:20]
    ) + (f"<li>... dan {len(c.macet) - 20} lagi</li>" if len(c.macet) > 20 else "")
    belum = ", ".join(escape(nama[x]) for x in c.belum_mulai) or "-"
    daftar_butir = "".join(
        f"<tr><td>{escape(r.judul)}</td><td>{r.benar} benar · {r.mencoba + r.macet} belum "
        f"benar · {f'{r.dijawab} dijawab · ' if r.dijawab else ''}{r.belum_mulai} belum mulai</td></tr>"
        for r in c.per_butir
    )
    legenda = "".join(f'<span style="background:{lt};color:{tk}">{escape(lb)}</span>'
                      for lt, tk, lb in GAYA_STATUS.values())
    modul_lain = "".join(f'<a href="{escape(dasar)}?modul={quote(m)}">{escape(m)}</a>' for m in c.modul_lain)
    catatan = "".join(f'<p class="catatan">Catatan: {escape(x)}</p>' for x in c.catatan[:10])
    if len(c.catatan) > 10:
        catatan += f'<p class="catatan">... dan {len(c.catatan) - 10} catatan lain.</p>'
    sulit = (f"<b>{escape(judul_pendek(r_sulit.judul))}</b>{r_sulit.mencoba + r_sulit.macet} belum benar"
             if r_sulit else "<b>-</b>belum ada")
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<meta http-equiv="refresh" content="{int(segarkan_detik)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pantau kelas · {escape(c.modul)}</title><style>{CSS}</style></head>
<body>
<header><h1>Pantau kelas · {escape(c.modul or "belum ada peristiwa")}</h1>
<span class="jam">Diperbarui {jam}, otomatis tiap {int(segarkan_detik)} detik</span>
<nav>{modul_lain}</nav></header>
<section class="angka">
<div class="kotak"><b>{c.kemajuan_persen:.0f}%</b>kemajuan kelas</div>
<div class="kotak"><b>{c.selesai_semua} / {n}</b>selesai semua butir</div>
<div class="kotak"><b>{len(c.belum_mulai)}</b>belum mulai</div>
<div class="kotak macet"><b>{len(c.macet)}</b>macet</div>
<div class="kotak"><b style="font-size:28px">{sulit}</b>butir tersulit</div>
</section>
<div class="isi">
<section><p class="legenda">{legenda} &nbsp; 3x = tiga kali belum tepat, p2 = petunjuk ke-2</p>
<table class="kisi"><thead><tr><th>Peserta</th>{kepala}<th>Selesai</th></tr></thead>
<tbody>{"".join(baris)}</tbody></table></section>
<aside>
<h2>Macet ({len(c.macet)})</h2><ul>{macet or "<li>Tidak ada</li>"}</ul>
<h2>Belum mulai ({len(c.belum_mulai)})</h2><p>{belum}</p>
<h2>Butir</h2><table class="butir">{daftar_butir}</table>
{catatan}
</aside></div>
</body></html>
"""
