"""Dokumen cetak simulasi e-Kinerja: SKP, Dokumen Evaluasi, dan Kuadran, sebagai HTML dan PDF (fpdf2).

Isi tiap dokumen disusun sekali sebagai daftar bagian (judul, baris tabel) lalu dicetak ke dua bentuk, agar HTML
dan PDF selalu sama isinya.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from bimtek.aturan import BERAKHLAK, MATRIKS_PREDIKAT, RATING
from bimtek.ekinerja.aksi import realisasi_iki
from bimtek.ekinerja.keadaan import BULAN, TAHUNAN, Simulasi

Bagian = tuple[str, list[str], list[list[str]]]  # (judul bagian, kepala tabel, baris)


def _kepala(s: Simulasi) -> list[list[str]]:
    p, a, per = s.pegawai, s.atasan, s.periode
    return [
        ["Pegawai yang dinilai", f"{p.nama} / NIP {p.nip}", p.jabatan],
        ["Pejabat penilai kinerja", f"{a.nama} / NIP {a.nip}", a.jabatan],
        ["Periode", f"{BULAN[per.bulan_awal - 1]} {per.tahun_awal} s.d. {BULAN[per.bulan_akhir - 1]} {per.tahun_akhir}",
         f"Pendekatan {per.pendekatan}"],
    ]


def _teks_realisasi(v: object) -> str:
    if isinstance(v, (int, float)):
        return f"{v:g}".replace(".", ",")
    return "-" if v in (None, "") else str(v)


def _rhk(s: Simulasi) -> list[list[str]]:
    baris = []
    for i, r in enumerate(s.skp.rhk, 1):
        for j, k in enumerate(r.iki, 1):
            target = k.target if isinstance(k.target, str) else f"{k.target:g} {k.satuan}"
            baris.append([f"{i}" if j == 1 else "", r.jenis if j == 1 else "", r.rhk_atasan if j == 1 else "",
                          r.rumusan if j == 1 else "", f"{k.aspek}: {k.indikator}", str(target)])
    return baris


def bagian(s: Simulasi, jenis: str) -> list[Bagian]:
    """Isi dokumen `jenis` ("SKP", "Dokumen Evaluasi", "Kuadran")."""
    kepala: Bagian = ("Identitas", ["", "Nama / NIP", "Jabatan / keterangan"], _kepala(s))
    if jenis == "SKP":
        perilaku = [[n, "; ".join(g), s.skp.ekspektasi_pimpinan.get(n, "")] for n, g in BERAKHLAK.items()]
        return [
            kepala,
            ("Hasil kerja", ["No", "Jenis", "RHK atasan yang diintervensi", "Rencana hasil kerja", "Indikator",
                             "Target"], _rhk(s)),
            ("Perilaku kerja (BerAKHLAK)", ["Nilai", "Panduan perilaku", "Ekspektasi khusus pimpinan"], perilaku),
            ("Status", ["Status SKP"], [[s.skp.status]]),
        ]
    dinilai = [(p, b) for p, b in s.penilaian_bawahan.items() if b.predikat_kinerja]
    if jenis == "Dokumen Evaluasi":
        baris = []
        for p, b in dinilai:
            diri = s.penilaian_diri.get(p)
            for i, r in enumerate(s.skp.rhk):
                real = ", ".join(_teks_realisasi(realisasi_iki(s, p, i, j)) for j in range(len(r.iki)))
                baris.append([p, r.rumusan, real, (diri.eviden if diri else {}).get(str(i), ""),
                              b.umpan_balik.get(str(i), "")])
        ringkas = [[p, b.rating_hasil_kerja, b.rating_perilaku_kerja, b.predikat_kinerja] for p, b in dinilai]
        return [
            kepala,
            ("Realisasi dan umpan balik", ["Periode", "Rencana hasil kerja", "Realisasi", "Eviden", "Umpan balik"],
             baris),
            ("Hasil penilaian", ["Periode", "Rating hasil kerja", "Rating perilaku kerja", "Predikat kinerja"],
             ringkas),
        ]
    if jenis == "Kuadran":
        # Posisi pegawai di kuadran: hasil penilaian tahunan (bila belum ada, penilaian periodik terakhir).
        akhir = dict(dinilai).get(TAHUNAN) or (dinilai[-1][1] if dinilai else None)
        tanda = {(akhir.rating_hasil_kerja, akhir.rating_perilaku_kerja)} if akhir else set()
        baris = [
            [f"Hasil kerja {h}"] + [
                ("[X] " if (h, pr) in tanda else "") + MATRIKS_PREDIKAT[(h, pr)] for pr in reversed(RATING)
            ]
            for h in RATING
        ]
        asal = "penilaian tahunan" if TAHUNAN in dict(dinilai) else (f"penilaian {dinilai[-1][0]}" if dinilai else "")
        return [kepala, (f"Kuadran kinerja ([X] = posisi pegawai, {asal})" if asal else "Kuadran kinerja",
                         ["", *(f"Perilaku {r}" for r in reversed(RATING))], baris)]
    raise ValueError(f"Jenis dokumen {jenis!r} tidak dikenal.")


def html(s: Simulasi, jenis: str) -> str:
    """Dokumen sebagai HTML siap cetak (Ctrl+P di peramban)."""
    sel = "border:1px solid #555;padding:4px 6px;text-align:left;vertical-align:top;font-size:12px"
    isi = [f"<h2 style='text-align:center'>{escape(jenis.upper())} (SIMULASI E-KINERJA)</h2>"]
    for judul, kepala, baris in bagian(s, jenis):
        isi.append(f"<h3>{escape(judul)}</h3><table style='border-collapse:collapse;width:100%'>")
        if any(kepala):
            isi.append("<tr>" + "".join(f"<th style='{sel};background:#e5e7eb'>{escape(k)}</th>" for k in kepala)
                       + "</tr>")
        for b in baris:
            isi.append("<tr>" + "".join(f"<td style='{sel}'>{escape(str(v))}</td>" for v in b) + "</tr>")
        isi.append("</table>")
    return "<div style='font-family:sans-serif;background:white;color:black;padding:8px'>" + "".join(isi) + "</div>"


def _latin1(teks: str) -> str:
    return teks.encode("latin-1", "replace").decode("latin-1")


def pdf(s: Simulasi, jenis: str, tujuan: Path) -> Path:
    """Dokumen sebagai PDF A4 mendatar."""
    from fpdf import FPDF

    doc = FPDF(orientation="L", format="A4")
    doc.set_auto_page_break(True, 12)
    doc.add_page()
    doc.set_font("Helvetica", "B", 13)
    doc.cell(0, 8, _latin1(f"{jenis.upper()} (SIMULASI E-KINERJA)"), align="C", new_x="LMARGIN", new_y="NEXT")
    for judul, kepala, baris in bagian(s, jenis):
        doc.set_font("Helvetica", "B", 10)
        doc.cell(0, 7, _latin1(judul), new_x="LMARGIN", new_y="NEXT")
        doc.set_font("Helvetica", "", 8)
        with doc.table(first_row_as_headings=any(kepala)) as tabel:
            if any(kepala):
                tabel.row([_latin1(k) for k in kepala])
            for b in baris:
                tabel.row([_latin1(str(v)) for v in b])
        doc.ln(3)
    tujuan.parent.mkdir(parents=True, exist_ok=True)
    doc.output(str(tujuan))
    return tujuan
