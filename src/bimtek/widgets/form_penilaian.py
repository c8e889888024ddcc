"""Form penilaian (simulasi menu Penilaian e-Kinerja) untuk pejabat penilai: per bawahan RHK, realisasi dan bukti
dukung, umpan balik, rating hasil kerja dan rating perilaku, predikat seketika; lalu grafik sebaran predikat unit
terhadap pola yang dibolehkan predikat organisasinya, dengan daftar pelanggarannya.

Aturannya ada di `logika_penilaian`; isian disimpan ke `jawaban/<modul>.json` (kunci `penilaian`) setiap berubah
dan dimuat kembali saat formulir dibuat.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import ipywidgets as w

from bimtek import jawaban
from bimtek.aturan import PREDIKAT, RATING, HasilDistribusi, normalisasi_predikat_organisasi, normalisasi_rating
from bimtek.galat import KesalahanPengguna
from bimtek.widgets import logika_penilaian as L
from bimtek.widgets import tampilan as T

BELUM_DIPILIH = "(pilih rating)"


def grafik_distribusi(predikat_organisasi: str, hasil: HasilDistribusi | None) -> str:
    """Grafik batang HTML sebaran predikat unit, dengan batas pola per predikat (garis hijau minimal, merah
    maksimal) dan uraian pola yang dibolehkan."""
    batas: dict[str, tuple[float | None, float | None]] = {}
    for kelompok, minimal, maksimal in L.batas_pola(predikat_organisasi):
        if len(kelompok) == 1:
            batas[kelompok[0]] = (minimal, maksimal)
    baris = []
    for p in PREDIKAT:
        porsi = hasil.proporsi[p] if hasil else 0.0
        jumlah = hasil.jumlah[p] if hasil else 0
        minimal, maksimal = batas.get(p, (None, None))
        garis = ""
        if minimal is not None:
            garis += f"<div style='position:absolute;left:{minimal * 100:.1f}%;top:0;bottom:0;border-left:3px " \
                     "solid #15803d' title='batas minimal'></div>"
        if maksimal is not None:
            garis += f"<div style='position:absolute;left:{maksimal * 100:.1f}%;top:0;bottom:0;border-left:3px " \
                     "dashed #b91c1c' title='batas maksimal'></div>"
        baris.append(
            "<tr><td style='width:150px;padding:2px 6px'>" + p + "</td>"
            "<td style='width:360px'><div style='position:relative;height:18px;background:#f3f4f6'>"
            f"<div style='width:{porsi * 100:.1f}%;height:100%;background:{T.WARNA_PREDIKAT[p]}'></div>{garis}</div>"
            f"</td><td style='padding:2px 6px'>{jumlah} ({porsi * 100:.0f}%)</td></tr>"
        )
    pola = "".join(f"<li>{x}</li>" for x in L.uraian_pola(predikat_organisasi))
    return (
        f"<div><b>Sebaran predikat unit</b> (predikat organisasi: <b>{predikat_organisasi}</b>)"
        f"<table style='border-collapse:collapse;font-size:12px'>{''.join(baris)}</table>"
        "<div style='font-size:11px;color:#374151'>Garis hijau: batas minimal; garis merah putus-putus: batas "
        f"maksimal. Pola yang dibolehkan (SE MenPANRB 3/2023):<ul style='margin:2px 0'>{pola}</ul></div></div>"
    )


def _angka(nilai: object) -> str:
    """Angka ditulis dengan koma desimal dan tanpa ",0" yang tidak perlu (89.0 -> "89", 90.95 -> "90,95")."""
    if nilai is None or nilai == "":
        return ""
    if isinstance(nilai, (int, float)):
        return f"{nilai:g}".replace(".", ",")
    return str(nilai)


class FormPenilaian(w.VBox):
    """Formulir penilaian kinerja bawahan oleh pejabat penilai; `penilaian` berisi dict yang disimpan."""

    def __init__(
        self,
        bawahan: Sequence[dict[str, Any]],
        predikat_organisasi: str,
        predikat_lain: Sequence[str] = (),
        penilai: dict[str, Any] | None = None,
        modul: str = "modul-3-penilaian",
        kunci: str = "penilaian",
    ) -> None:
        super().__init__(layout=w.Layout(border="1px solid #c7d2fe", padding="6px", width="100%"))
        self.bawahan = list(bawahan)
        self.predikat_organisasi = normalisasi_predikat_organisasi(predikat_organisasi)
        self.predikat_lain = list(predikat_lain)
        self.penilai = penilai or {}
        self.modul, self.kunci = modul, kunci
        isi, self._pesan_muat = T.muat_jawaban(modul)
        tersimpan = isi.get(kunci)
        isian = tersimpan.get("bawahan", {}) if isinstance(tersimpan, dict) else {}
        self.penilaian: dict[str, Any] = {
            "penilai_nip": str(self.penilai.get("nip", "")),
            "predikat_organisasi": self.predikat_organisasi,
            "bawahan": {
                str(b["nip"]): L.lengkapi_entri(isian.get(str(b["nip"]), {})) for b in self.bawahan
            },
        }
        self._memuat = True
        self._bangun()
        self._memuat = False
        self._segarkan()

    def _bangun(self) -> None:
        p = self.penilai
        sub = f"Pejabat penilai: {p.get('nama', '')} | {p.get('jabatan', '')}" if p else ""
        self.w_kartu: dict[str, w.VBox] = {}
        self.w_predikat: dict[str, w.HTML] = {}
        self.w_isian: dict[str, tuple[w.Textarea, w.Dropdown, w.Dropdown]] = {}
        kartu = [self._kartu(b) for b in self.bawahan]
        self.w_akordeon = w.Accordion(children=kartu, selected_index=0 if kartu else None)
        self.w_grafik = w.HTML()
        self.w_pelanggaran = w.HTML()
        self.w_pesan = w.HTML(self._pesan_muat)
        self.children = [
            T.judul("e-Kinerja (simulasi) - Penilaian Kinerja Bawahan", sub),
            w.HTML(T.info("Buka setiap bawahan, baca realisasi dan bukti dukungnya, tulis umpan balik, lalu pilih "
                          "kedua rating. Predikat muncul seketika dan semua isian langsung tersimpan.")),
            self.w_akordeon,
            T.subjudul("Kurva: sebaran predikat unit"),
            self.w_grafik,
            self.w_pelanggaran,
            self.w_pesan,
        ]

    def _kartu(self, b: dict[str, Any]) -> w.VBox:
        nip = str(b["nip"])
        entri = self.penilaian["bawahan"][nip]
        baris = []
        for r in b.get("rhk", []):
            for iki in r.get("iki", []) or [{}]:
                baris.append((
                    f"{r.get('jenis', '')}: {r.get('rencana_hasil_kerja', '')}",
                    iki.get("indikator", ""),
                    f"{_angka(iki.get('target'))} {iki.get('satuan', '')}".strip(),
                    _angka(iki.get("realisasi")),
                    iki.get("bukti", ""),
                ))
        rincian = w.HTML(T.tabel(("RHK", "IKI", "Target", "Realisasi", "Bukti dukung"), baris))
        umpan = w.Textarea(value=entri.get("umpan_balik") or "", description="Umpan balik",
                           placeholder="Tulis umpan balik atas realisasi dan bukti dukung", style=T.GAYA_LABEL,
                           layout=w.Layout(width="98%", height="50px"))
        pilihan = [(BELUM_DIPILIH, None)] + [(r, r) for r in RATING]
        hasil = w.Dropdown(options=pilihan, value=entri.get("rating_hasil_kerja"), description="Rating hasil kerja",
                           style=T.GAYA_LABEL, layout=w.Layout(width="420px"))
        perilaku = w.Dropdown(options=pilihan, value=entri.get("rating_perilaku_kerja"),
                              description="Rating perilaku kerja", style=T.GAYA_LABEL, layout=w.Layout(width="420px"))
        predikat = w.HTML()
        for widget, kunci in ((umpan, "umpan_balik"), (hasil, "rating_hasil_kerja"),
                              (perilaku, "rating_perilaku_kerja")):
            widget.observe(lambda c, n=nip, k=kunci: self._ubah(n, k, c["new"]), names="value")
        self.w_predikat[nip] = predikat
        self.w_isian[nip] = (umpan, hasil, perilaku)
        kartu = w.VBox([
            w.HTML(T.info(f"NIP {nip} | {b.get('jabatan', '')}")),
            rincian, umpan, w.HBox([hasil, perilaku]), predikat,
        ])
        self.w_kartu[nip] = kartu
        return kartu

    def nilai(self, nip: str, rating_hasil_kerja: str, rating_perilaku_kerja: str, umpan_balik: str) -> str:
        """Jalur kode: isi penilaian satu bawahan seperti lewat formulir; mengembalikan predikatnya."""
        nip = str(nip)
        if nip not in self.w_isian:
            daftar = ", ".join(self.w_isian)
            raise KesalahanPengguna(f"NIP {nip} bukan bawahan pada formulir ini. NIP bawahan: {daftar}.")
        umpan, hasil, perilaku = self.w_isian[nip]
        hasil.value = normalisasi_rating(rating_hasil_kerja)
        perilaku.value = normalisasi_rating(rating_perilaku_kerja)
        umpan.value = str(umpan_balik)
        return self.penilaian["bawahan"][nip]["predikat_kinerja"]

    def _ubah(self, nip: str, kunci: str, nilai: Any) -> None:
        if self._memuat:
            return
        entri = {**self.penilaian["bawahan"][nip], kunci: nilai}
        self.penilaian["bawahan"][nip] = L.lengkapi_entri(entri)
        try:
            jawaban.simpan(self.modul, self.kunci, self.penilaian)
        except (KesalahanPengguna, OSError) as e:
            self.w_pesan.value = T.kotak_pesan([f"Gagal menyimpan jawaban: {e}"])
        self._segarkan()

    def _segarkan(self) -> None:
        for i, b in enumerate(self.bawahan):
            nip = str(b["nip"])
            entri = self.penilaian["bawahan"][nip]
            predikat = entri.get("predikat_kinerja")
            if predikat:
                self.w_predikat[nip].value = "Predikat kinerja: " + T.lencana(predikat, T.WARNA_PREDIKAT[predikat])
            else:
                self.w_predikat[nip].value = T.info("Predikat muncul setelah kedua rating dipilih.", "#6b7280")
            nama = b.get("nama", nip)
            if L.periksa_entri(entri, nama):
                judul = f"\u25cb {nama} - belum lengkap" + (f" ({predikat})" if predikat else "")
            else:
                judul = f"\u2714 {nama} - {predikat}"
            self.w_akordeon.set_title(i, judul)
        hasil = L.distribusi_unit(self.predikat_organisasi, self.penilaian["bawahan"].values(), self.predikat_lain)
        dinilai = sum(1 for e in self.penilaian["bawahan"].values() if e.get("predikat_kinerja"))
        keterangan = f"{dinilai} dari {len(self.bawahan)} bawahan sudah berpredikat"
        if self.predikat_lain:
            keterangan += f", ditambah {len(self.predikat_lain)} pegawai lain di unit ini"
        self.w_grafik.value = T.info(keterangan + ".", "#374151") + grafik_distribusi(self.predikat_organisasi, hasil)
        if hasil is None:
            self.w_pelanggaran.value = T.info("Belum ada predikat untuk digambar.", "#6b7280")
        else:
            self.w_pelanggaran.value = T.kotak_pesan(
                hasil.pelanggaran,
                jika_kosong="Sebaran predikat unit sesuai pola distribusi predikat organisasinya.",
                judul_daftar="Sebaran belum sesuai pola distribusi:",
            )
