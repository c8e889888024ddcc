"""Layar simulasi e-Kinerja (ipywidgets): tampilan tipis di atas `Sesi`; semua aturan ada di `aksi`.

Menu mengikuti peran seperti aplikasinya: pegawai melihat Masuk dan Profil, Periode, SKP, Penilaian Diri,
Dokumen; atasan (pejabat penilai) melihat Matriks Peran Hasil, SKP Bawahan, Penilaian Bawahan, Kurva, Dokumen.
Isian teks disimpan saat kursor meninggalkan kotaknya (Tab atau klik di luar), sehingga ketikan tidak terputus;
isian yang salah diberi bingkai merah dan pesannya tampil tepat di bawah isian itu, isian terakhir yang benar tetap
tersimpan.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

import ipywidgets as w

from bimtek.aturan import ASPEK_IKI, BERAKHLAK, JENIS_RHK, MATRIKS_PREDIKAT, RATING
from bimtek.aturan.kinerja import PREDIKAT
from bimtek.ekinerja import aksi as A
from bimtek.ekinerja import dokumen
from bimtek.ekinerja.keadaan import BULAN, DIAJUKAN, DISETUJUI, DITOLAK, Simulasi
from bimtek.ekinerja.sesi import Sesi
from bimtek.widgets.tampilan import WARNA_PREDIKAT, WARNA_STATUS, lencana, tutup_semua

MENU_PEGAWAI = ("Masuk dan Profil", "Periode", "SKP", "Penilaian Diri", "Dokumen")
MENU_ATASAN = ("Matriks Peran Hasil", "SKP Bawahan", "Penilaian Bawahan", "Kurva", "Dokumen")
PERAN_LABEL = {"Pegawai": "pegawai", "Atasan (pejabat penilai)": "atasan"}
PILIH = "(pilih)"
LABEL = {"description_width": "230px"}
INDEN = "236px"  # pesan isian sejajar kotak isiannya (lebar label + jarak)

# Tombol pilihan yang aktif harus jelas terlihat (bawaan JupyterLab hanya abu-abu muda).
GAYA = """<style>
.bimtek-ek .widget-toggle-button.mod-active, .bimtek-ek .jupyter-button.mod-active {
  background:#1e3a8a !important; color:#fff !important; font-weight:bold; box-shadow:0 0 0 2px #93c5fd; }
.bimtek-ek .bimtek-salah input, .bimtek-ek .bimtek-salah textarea, .bimtek-ek .bimtek-salah select {
  border:2px solid #b91c1c !important; background:#fef2f2; }
.bimtek-ek .bimtek-salah.widget-toggle-buttons { outline:2px solid #b91c1c; background:#fef2f2; }
.bimtek-ek .widget-label, .bimtek-ek .widget-html-content { font-size:14px; }
.bimtek-ek .jupyter-button { font-size:14px; }
</style>"""


def _html(isi: str) -> w.HTML:
    return w.HTML(isi)


def _kotak(teks: str, warna: str, tanda: str) -> str:
    return (f"<div style='border-left:6px solid {warna};background:#f8fafc;padding:6px 10px;margin:4px 0;"
            f"color:#111827'><b style='color:{warna}'>{tanda}</b> {teks}</div>")


def berhasil(teks: str) -> str:
    return _kotak(escape(teks), "#15803d", "&#10004; Berhasil:")


def perlu(teks: str) -> str:
    return _kotak(escape(teks), "#b91c1c", "&#10006; Perlu diperbaiki:")


# Ikon dari CSS dan huruf biasa: tampil di semua peramban, juga tanpa fon emoji.
_IKON_INFO = ("<span style='display:inline-block;width:16px;height:16px;line-height:16px;border-radius:50%;"
              "background:#1d4ed8;color:#fff;text-align:center;font-size:12px;font-style:italic'>i</span>")


def catatan(teks: str) -> str:
    return _kotak(escape(teks), "#1d4ed8", f"{_IKON_INFO} Catatan:")


def daftar(judul: str, butir: list[str], jika_kosong: str) -> str:
    if not butir:
        return berhasil(jika_kosong)
    isi = "".join(f"<li>{escape(b)}</li>" for b in butir)
    return _kotak(f"{escape(judul)}<ul style='margin:2px 0'>{isi}</ul>", "#b45309", "&#9888; Belum lengkap:")


def tabel(kepala: list[str], baris: list[list[Any]], mentah: bool = False) -> str:
    sel = "border:1px solid #cbd5e1;padding:4px 8px;text-align:left;vertical-align:top"
    atas = "".join(f"<th style='{sel};background:#e0e7ff'>{escape(k)}</th>" for k in kepala)
    isi = "".join("<tr>" + "".join(
        f"<td style='{sel}'>{v if mentah else escape('' if v is None else str(v))}</td>" for v in b) + "</tr>"
        for b in baris)
    return f"<table style='border-collapse:collapse;margin:4px 0;font-size:13px'><tr>{atas}</tr>{isi}</table>"


def pesan_isian(teks: str) -> str:
    """Pesan galat di bawah isian yang bertanda merah (apa yang salah dan apa yang harus dilakukan)."""
    return (f"<div style='color:#b91c1c;font-size:13px;margin:0 0 4px {INDEN};line-height:1.4'>"
            f"<b>&#10006; Perlu diperbaiki:</b> {escape(teks)}</div>")


def _judul(teks: str) -> w.HTML:
    return w.HTML(f"<h3 style='margin:8px 0 4px 0;color:#1e3a8a'>{escape(teks)}</h3>")


class Aplikasi(w.VBox):
    """Simulasi aplikasi e-Kinerja untuk satu pegawai dan atasannya; menyimpan ke `jawaban/<modul>.json`."""

    def __init__(self, modul: str, awal: Simulasi, menu_pegawai: tuple[str, ...] = MENU_PEGAWAI,
                 menu_atasan: tuple[str, ...] = MENU_ATASAN, folder_dokumen: str = "dokumen") -> None:
        super().__init__(layout=w.Layout(border="1px solid #c7d2fe", padding="8px", width="100%"))
        self.add_class("bimtek-ek")
        self.sesi = Sesi(modul, awal)
        self.menu = {"pegawai": menu_pegawai, "atasan": menu_atasan}
        self.folder_dokumen = Path(folder_dokumen)
        self.widget: dict[str, w.Widget] = {}  # widget layar aktif menurut nama (untuk diuji dan dipakai dari kode)
        self.w_galat: dict[str, w.HTML] = {}  # tempat pesan di bawah tiap isian, menurut nama isian
        self.w_kepala = w.HTML()
        self.w_peran = w.ToggleButtons(options=list(PERAN_LABEL), description="Masuk sebagai",
                                       style={**LABEL, "button_width": "auto"})
        self.w_peran.value = next(k for k, v in PERAN_LABEL.items() if v == self.sesi.s.peran)
        self.w_menu = w.ToggleButtons(options=self.menu[self.sesi.s.peran], description="Menu",
                                      style={**LABEL, "button_width": "auto"})
        self.w_isi = w.VBox()
        self.w_pesan = w.HTML(perlu(self.sesi.pesan_muat) if self.sesi.pesan_muat else "")
        self.w_peran.observe(self._ganti_peran, names="value")
        self.w_menu.observe(self._ganti_menu, names="value")
        self.children = [w.HTML(GAYA), self.w_kepala, self.w_peran, self.w_menu, self.w_isi, self.w_pesan]
        self.bangun_layar()

    # ---------- kerangka ----------
    @property
    def s(self) -> Simulasi:
        return self.sesi.s

    def buka(self, layar: str) -> None:
        """Pindah ke layar `layar` (seperti mengklik menunya); peran ikut berganti bila perlu."""
        peran = "pegawai" if layar in self.menu["pegawai"] else "atasan"
        if self.s.peran != peran and layar not in self.menu[self.s.peran]:
            self.w_peran.value = next(k for k, v in PERAN_LABEL.items() if v == peran)
        self.w_menu.value = layar

    def _ganti_menu(self, _: object = None) -> None:
        self.w_pesan.value = ""  # pesan langkah sebelumnya tidak berlaku di layar lain
        self.bangun_layar()

    def _ganti_peran(self, change: dict[str, Any]) -> None:
        self.sesi.jalankan(A.ganti_peran, PERAN_LABEL[change["new"]])
        menu = self.menu[self.s.peran]
        lama = self.w_menu.value
        self.w_menu.unobserve_all("value")
        self.w_menu.options = menu
        self.w_menu.value = lama if lama in menu else menu[0]
        self.w_menu.observe(self._ganti_menu, names="value")
        self._ganti_menu()

    def _kepala(self) -> None:
        s = self.s
        status = lencana(s.skp.status, WARNA_STATUS.get(s.skp.status, "#6b7280"))
        siapa = s.pegawai if s.peran == "pegawai" else s.atasan
        self.w_kepala.value = (
            "<div style='background:#1e3a8a;color:white;padding:8px 12px;border-radius:4px'>"
            "<b style='font-size:16px'>e-Kinerja (simulasi)</b>"
            f"<div style='font-size:13px'>Masuk sebagai: {escape(siapa.nama)} (NIP {escape(siapa.nip)}) | "
            f"SKP {escape(s.pegawai.nama)}: {status}</div></div>"
        )

    def bangun_layar(self) -> None:
        """Susun ulang layar aktif dari keadaan tersimpan (widget lama ditutup seutuhnya)."""
        lama = list(self.w_isi.children)
        self.widget, self.w_galat = {}, {}
        self._penyegar: list[tuple[w.HTML, Callable[[], str]]] = []
        nama = self.w_menu.value
        pembangun: dict[str, Callable[[], list[w.Widget]]] = {
            "Masuk dan Profil": self._profil, "Periode": self._periode, "Matriks Peran Hasil": self._matriks,
            "SKP": self._skp, "SKP Bawahan": self._skp_bawahan, "Penilaian Diri": self._penilaian_diri,
            "Penilaian Bawahan": self._penilaian_bawahan, "Kurva": self._kurva, "Dokumen": self._dokumen,
        }
        self.w_isi.children = [_judul(nama), *pembangun[nama]()]
        for widget in lama:
            tutup_semua(widget)
        self._kepala()

    def _lapor(self, berhasil_teks: str = "") -> bool:
        g = self.sesi.galat
        if g is not None:
            if self._tandai(g.tempat, g.pesan):
                self.w_pesan.value = perlu("Ada isian bertanda merah di atas: baca pesannya di bawah isian itu.")
            else:
                self.w_pesan.value = perlu(g.pesan)
            return False
        self.w_pesan.value = berhasil(berhasil_teks or "Tersimpan.")
        self._kepala()
        return True

    def _tandai(self, nama: str, pesan: str) -> bool:
        """Beri bingkai merah pada isian `nama` dan tulis pesannya tepat di bawahnya; False bila isian itu tidak
        ada di layar ini (pesannya lalu tampil di bagian bawah)."""
        kotak = self.w_galat.get(nama)
        if kotak is None:
            return False
        kotak.value = pesan_isian(pesan)
        if nama in self.widget:
            self.widget[nama].add_class("bimtek-salah")
        return True

    def _bersihkan(self, nama: str) -> None:
        if nama in self.w_galat:
            self.w_galat[nama].value = ""
        if nama in self.widget:
            self.widget[nama].remove_class("bimtek-salah")

    def _tombol(self, nama: str, label: str, fungsi: Callable[..., None], *args: Any, gaya: str = "",
                susun_ulang: bool = True, pesan: str | Callable[[], str] = "", ikon: str = "",
                setelah: Callable[[], None] | None = None, **kwargs: Any) -> w.Button:
        tombol = w.Button(description=label, button_style=gaya, icon=ikon,
                          layout=w.Layout(width="max-content", min_width="160px"))

        def klik(_: object) -> None:
            argumen = [a() if callable(a) else a for a in args]
            if self.sesi.jalankan(fungsi, *argumen, **kwargs):
                if setelah is not None:
                    setelah()
                if susun_ulang:
                    self.bangun_layar()
            self._lapor(pesan() if callable(pesan) else pesan)

        tombol.on_click(klik)
        self.widget[nama] = tombol
        return tombol

    def _isian(self, nama: str, widget: w.ValueWidget, simpan: Callable[[Any], tuple],
               susun_ulang: bool = False, pesan_di: w.HTML | None = None) -> w.Widget:
        """Masukan yang menjalankan aksi `simpan(nilai) -> (fungsi, *argumen[, kwargs])` setiap kali berubah.

        Hasilnya isian beserta tempat pesannya tepat di bawahnya; dengan `pesan_di` (satu tempat pesan bersama
        untuk isian sebaris) yang dikembalikan isiannya saja."""
        kotak = pesan_di if pesan_di is not None else w.HTML()
        self.w_galat[nama] = kotak

        def berubah(change: dict[str, Any]) -> None:
            fungsi, *argumen = simpan(change["new"])
            kw = argumen.pop() if argumen and isinstance(argumen[-1], dict) else {}
            ok = self.sesi.jalankan(fungsi, *argumen, **kw)
            if ok:
                self._bersihkan(nama)
                if susun_ulang:
                    self.bangun_layar()
                self._lapor()
            else:
                # Pesan di isian yang baru diubah: di situlah peserta sedang melihat.
                self._tandai(nama, self.sesi.galat.pesan if self.sesi.galat else "")
                self.w_pesan.value = ""
            self._segarkan_ringkasan()

        widget.observe(berubah, names="value")
        self.widget[nama] = widget
        return widget if pesan_di is not None else w.VBox([widget, kotak])

    def _tempat_pesan(self, nama: str) -> w.HTML:
        """Tempat pesan di bawah isian `nama` untuk galat yang muncul saat tombol diklik (misalnya OK, Tolak)."""
        self.w_galat[nama] = w.HTML()
        return self.w_galat[nama]

    def _segarkan_ringkasan(self) -> None:
        f = getattr(self, "_ringkasan", None)
        if f is not None and "ringkasan" in self.widget:
            self.widget["ringkasan"].value = f()
        for kotak, isi in self._penyegar:
            kotak.value = isi()

    def _segar(self, isi: Callable[[], str]) -> w.HTML:
        """HTML yang disusun ulang setiap kali isian di layar ini tersimpan (misalnya tabel realisasi tahunan)."""
        kotak = w.HTML(isi())
        self._penyegar.append((kotak, isi))
        return kotak

    def _teks(self, nilai: str, placeholder: str = "", deskripsi: str = "", baris: int = 1,
              lebar: str = "95%") -> w.Widget:
        kelas = w.Textarea if baris > 1 else w.Text
        return kelas(value=nilai or "", placeholder=placeholder, description=deskripsi, style=LABEL,
                     continuous_update=False, layout=w.Layout(width=lebar, height=f"{baris * 26}px" if baris > 1
                                                             else "auto"))

    # ---------- 1. Masuk dan Profil ----------
    def _profil(self) -> list[w.Widget]:
        s = self.s
        p, a = s.pegawai, s.atasan
        info = tabel(["Data (dari SIASN)", "Pegawai", "Pejabat penilai (atasan langsung)"], [
            ["NIP", p.nip, a.nip], ["Nama", p.nama, a.nama], ["Jabatan", p.jabatan, a.jabatan],
            ["Unit kerja", p.unit_kerja, a.unit_kerja],
        ])
        keadaan = berhasil("Profil dan pejabat penilai sudah Anda periksa.") if s.profil_diperiksa else ""
        return [
            _html(info),
            _html(catatan("Bila pejabat penilai salah, JANGAN lanjut membuat SKP: perbaiki datanya di SIASN/MyASN "
                          "atau hubungi admin kepegawaian instansi. SKP selalu mengikuti atasan di data SIASN.")),
            self._tombol("profil_benar", "Data sudah benar", A.periksa_profil, gaya="success", ikon="check",
                         pesan="Profil diperiksa. Lanjut ke menu Periode."),
            _html(keadaan),
        ]

    # ---------- 2. Periode ----------
    def _periode(self) -> list[w.Widget]:
        p = self.s.periode
        bulan = [(b, i + 1) for i, b in enumerate(BULAN)]
        self.widget["bulan_awal"] = w.Dropdown(options=bulan, value=p.bulan_awal, description="Periode awal",
                                               style=LABEL, layout=w.Layout(width="330px"))
        self.widget["tahun_awal"] = w.BoundedIntText(value=p.tahun_awal, min=2022, max=2035,
                                                     layout=w.Layout(width="90px"))
        self.widget["bulan_akhir"] = w.Dropdown(options=bulan, value=p.bulan_akhir, description="Periode akhir",
                                                style=LABEL, layout=w.Layout(width="330px"))
        self.widget["tahun_akhir"] = w.BoundedIntText(value=p.tahun_akhir, min=2022, max=2035,
                                                      layout=w.Layout(width="90px"))
        pilihan = [("Kuantitatif (penilaian indikator)", "Kuantitatif"), ("Kualitatif", "Kualitatif")]
        self.widget["pendekatan"] = w.ToggleButtons(options=pilihan, value=p.pendekatan or None,
                                                    description="Pendekatan",
                                                    style={**LABEL, "button_width": "auto"})
        ok = self._tombol(
            "ok", "OK", A.atur_periode, lambda: self.widget["bulan_awal"].value,
            lambda: self.widget["tahun_awal"].value, lambda: self.widget["bulan_akhir"].value,
            lambda: self.widget["tahun_akhir"].value, lambda: self.widget["pendekatan"].value or "",
            gaya="primary", pesan="SKP aktif. Lanjut ke menu SKP.",
        )
        keadaan = []
        if p.aktif:
            keadaan.append(_html(berhasil(
                f"SKP aktif: {BULAN[p.bulan_awal - 1]} {p.tahun_awal} s.d. {BULAN[p.bulan_akhir - 1]} "
                f"{p.tahun_akhir}, pendekatan {p.pendekatan}.")))
            keadaan += [_html(catatan(c)) for c in A.catatan_periode(self.s)]
        return [
            _html(catatan("SKP disusun untuk satu tahun (Januari sampai Desember). Penilaian periodik (bulanan "
                          "atau triwulanan menurut ketentuan instansi; contoh di kit ini triwulanan) dan penilaian "
                          "tahunan dilakukan di dalam SKP tahunan itu, bukan dengan membuat SKP per bulan.")),
            w.HBox([self.widget["bulan_awal"], self.widget["tahun_awal"]]),
            w.HBox([self.widget["bulan_akhir"], self.widget["tahun_akhir"]]),
            self._tempat_pesan("periode"),
            self.widget["pendekatan"], self._tempat_pesan("pendekatan"), ok, *keadaan,
        ]

    # ---------- 3. Matriks Peran Hasil ----------
    def _matriks(self) -> list[w.Widget]:
        s = self.s
        turun = set(A.rhk_diturunkan(s))
        baris: list[w.Widget] = [_html(catatan(
            f"Centang RHK Anda yang diturunkan kepada {s.pegawai.nama}. RHK yang dicentang menjadi pilihan "
            "\"RHK atasan yang diintervensi\" di SKP bawahan."))]
        for n, rhk in enumerate(s.rhk_atasan):
            kotak = w.Checkbox(value=rhk in turun, description=f"Turunkan: {rhk}", indent=False,
                               layout=w.Layout(width="95%"))
            baris.append(self._isian(f"turunkan_{n}", kotak, lambda v, r=rhk: (
                A.turunkan_rhk if v else A.batal_turunkan, s.pegawai.nip, r), susun_ulang=True))
        baris.append(_html(tabel(["RHK atasan", f"Diturunkan kepada {s.pegawai.nama}"],
                                 [[r, "Ya" if r in turun else "-"] for r in s.rhk_atasan])))
        return baris

    # ---------- 4. SKP ----------
    def _ringkasan_skp(self) -> str:
        s = self.s
        if s.skp.status == DITOLAK:
            return perlu(f"SKP ditolak atasan: {s.skp.catatan_atasan}. Perbaiki lalu klik Ajukan lagi.")
        if s.skp.status in (DIAJUKAN, DISETUJUI):
            return berhasil(f"SKP berstatus {s.skp.status}.")
        return daftar("Sebelum diajukan:", A.periksa_skp(s), "Semua isian lengkap: SKP siap diajukan.")

    def _skp(self) -> list[w.Widget]:
        s = self.s
        self._ringkasan = self._ringkasan_skp
        if not s.periode.aktif:
            return [_html(perlu("SKP belum aktif. Buka menu Periode, isi periode dan Pendekatan, lalu klik OK."))]
        kualitatif = s.periode.pendekatan == "Kualitatif"
        kartu: list[w.Widget] = []
        pilihan_atasan = [(PILIH, ""), *[(r, r) for r in A.rhk_diturunkan(s)]]
        for i, r in enumerate(s.skp.rhk):
            opsi = list(pilihan_atasan)
            if r.rhk_atasan and (r.rhk_atasan, r.rhk_atasan) not in opsi:
                opsi.append((r.rhk_atasan, r.rhk_atasan))
            isi = [
                _html(f"<b>RHK {i + 1} ({escape(r.jenis)})</b>"),
                self._isian(f"rhk{i}.jenis", w.Dropdown(options=JENIS_RHK, value=r.jenis, description="Jenis RHK",
                                                        style=LABEL, layout=w.Layout(width="380px")),
                            lambda v, i=i: (A.ubah_rhk, i, {"jenis": v})),
                self._isian(f"rhk{i}.atasan", w.Dropdown(options=opsi, value=r.rhk_atasan,
                                                         description="RHK atasan yang diintervensi", style=LABEL,
                                                         layout=w.Layout(width="95%")),
                            lambda v, i=i: (A.ubah_rhk, i, {"rhk_atasan": v})),
                self._isian(f"rhk{i}.rumusan", self._teks(r.rumusan, "Misalnya: Tersusunnya laporan keuangan "
                                                          "bulanan yang tepat waktu", "Rencana hasil kerja", 2),
                            lambda v, i=i: (A.ubah_rhk, i, {"rumusan": v})),
            ]
            for j, k in enumerate(r.iki):
                target = "" if k.target is None else (k.target if isinstance(k.target, str) else f"{k.target:g}")
                # Indikator selebar kartu dan bertinggi dua baris: teks indikator yang panjang terbaca utuh.
                isi.append(self._isian(f"rhk{i}.iki{j}.indikator", self._teks(
                    k.indikator, "Indikator kinerja individu", f"IKI {j + 1}: indikator", 2),
                    lambda v, i=i, j=j: (A.ubah_iki, i, j, {"indikator": v})))
                pesan_baris = w.HTML()
                isi += [w.HBox([
                    self._isian(f"rhk{i}.iki{j}.aspek", w.Dropdown(
                        options=ASPEK_IKI, value=k.aspek, description="Aspek", style=LABEL,
                        layout=w.Layout(width="380px")), lambda v, i=i, j=j: (A.ubah_iki, i, j, {"aspek": v}),
                        pesan_di=pesan_baris),
                    self._isian(f"rhk{i}.iki{j}.target", w.Text(
                        value=target, placeholder="Target (uraian)" if kualitatif else "Target (angka)",
                        description="Target", continuous_update=False, style={"description_width": "55px"},
                        layout=w.Layout(width="40%" if kualitatif else "210px")),
                        lambda v, i=i, j=j: (A.ubah_iki, i, j, {"target": v}), pesan_di=pesan_baris),
                    self._isian(f"rhk{i}.iki{j}.satuan", w.Text(
                        value=k.satuan, placeholder="Satuan", description="Satuan", continuous_update=False,
                        style={"description_width": "55px"}, layout=w.Layout(width="210px")),
                        lambda v, i=i, j=j: (A.ubah_iki, i, j, {"satuan": v}), pesan_di=pesan_baris),
                ], layout=w.Layout(flex_flow="row wrap")), pesan_baris]
            isi.append(w.HBox([
                self._tombol(f"rhk{i}.tambah_iki", "Tambah IKI", A.tambah_iki, i, ikon="plus"),
                self._tombol(f"rhk{i}.hapus", "Hapus RHK ini", A.hapus_rhk, i, gaya="warning", ikon="trash"),
            ]))
            kartu.append(w.VBox(isi, layout=w.Layout(border="1px solid #cbd5e1", padding="6px", margin="4px 0")))
        panduan = [[n, "; ".join(g), s.skp.ekspektasi_pimpinan.get(n, "(tidak ada)")] for n, g in BERAKHLAK.items()]
        self.widget["ringkasan"] = w.HTML(self._ringkasan_skp())
        return [
            _html(catatan("RHK Utama mengintervensi RHK atasan yang diturunkan lewat Matriks Peran Hasil. "
                          + ("Pendekatan Kualitatif: target ditulis sebagai uraian." if kualitatif else
                             "Pendekatan Kuantitatif: target berupa angka dengan satuan.")
                          + self._teks_contoh())),
            *kartu,
            w.HBox([self._tombol("tambah_utama", "Tambah RHK Utama", A.tambah_rhk, "Utama", gaya="info",
                                 ikon="plus"),
                    self._tombol("tambah_tambahan", "Tambah RHK Tambahan", A.tambah_rhk, "Tambahan", ikon="plus")]),
            _html("<h4 style='color:#1e3a8a;margin:8px 0 2px 0'>Perilaku kerja BerAKHLAK</h4>" + tabel(
                ["Nilai", "Panduan perilaku", "Ekspektasi khusus pimpinan (opsional, ditulis atasan)"], panduan)),
            self.widget["ringkasan"],
            self._tombol("ajukan", "Ajukan", A.ajukan, gaya="success", ikon="paper-plane",
                         pesan="SKP diajukan kepada atasan. Atasan memeriksanya di menu SKP Bawahan."),
        ]

    # ---------- 5. SKP Bawahan ----------
    def _skp_bawahan(self) -> list[w.Widget]:
        s = self.s
        self._ringkasan = None
        isi: list[w.Widget] = [_html(tabel(
            ["No", "Jenis", "RHK atasan yang diintervensi", "Rencana hasil kerja", "Indikator", "Target"],
            dokumen._rhk(s)))]
        isi.append(_html(f"Status SKP {escape(s.pegawai.nama)}: "
                         + lencana(s.skp.status, WARNA_STATUS.get(s.skp.status, "#6b7280"))))
        if s.skp.status != DIAJUKAN:
            isi.append(_html(catatan("Belum ada SKP yang menunggu persetujuan Anda." if s.skp.status != DISETUJUI
                                     else "SKP bawahan sudah Anda setujui.")))
            return isi
        isi.append(_html("<b>Ekspektasi khusus pimpinan (opsional):</b> isi hanya bila Anda punya harapan khusus "
                         "untuk suatu nilai BerAKHLAK; boleh dikosongkan."))
        for n, (nilai, panduan) in enumerate(BERAKHLAK.items()):
            isi.append(self._isian(f"ekspektasi_{n}", self._teks(
                s.skp.ekspektasi_pimpinan.get(nilai, ""), "Panduan: " + "; ".join(panduan), nilai, 2, lebar="95%"),
                lambda v, nilai=nilai: (A.tulis_ekspektasi, nilai, v)))
        self.widget["catatan"] = self._teks("", "Wajib bila menolak: apa yang harus diperbaiki", "Catatan", 2)
        isi += [
            self.widget["catatan"], self._tempat_pesan("catatan"),
            w.HBox([
                self._tombol("setujui", "Setujui", A.setujui, gaya="success", ikon="check",
                             pesan="SKP disetujui. Pegawai dapat mengisi Penilaian Diri."),
                self._tombol("tolak", "Tolak", A.tolak, lambda: self.widget["catatan"].value, gaya="danger",
                             ikon="times", pesan="SKP ditolak dengan catatan; pegawai merevisi lalu mengajukan ulang."),
            ]),
        ]
        return isi

    # ---------- 6. Penilaian Diri ----------
    def _pilih_periode(self, bawaan: str) -> w.Dropdown:
        """Pilihan periode: periode periodik (triwulan, contoh) lalu Tahunan; bawaan periode yang sedang dikerjakan."""
        pilihan = A.periode_penilaian(self.s)
        lama = getattr(self, "_periode_nilai", None)
        lama = lama if lama in pilihan else bawaan
        dd = w.Dropdown(options=pilihan, value=lama, description="Periode penilaian", style=LABEL,
                        layout=w.Layout(width="420px"))

        def ganti(change: dict[str, Any]) -> None:
            self._periode_nilai = change["new"]
            self.bangun_layar()

        dd.observe(ganti, names="value")
        self.widget["periode_nilai"] = dd
        self._periode_nilai = lama
        return dd

    def _hasil_html(self, periode: str) -> str:
        b = self.s.penilaian_bawahan.get(periode)
        if b is None or not b.predikat_kinerja:
            return catatan(f"Atasan belum memberi penilaian untuk periode {periode}.")
        baris = [[f"RHK {int(i) + 1}", t] for i, t in sorted(b.umpan_balik.items())]
        return (f"<b>Hasil penilaian {escape(periode)}</b>" + tabel(["RHK", "Umpan balik atasan"], baris) + tabel(
            ["Rating hasil kerja", "Rating perilaku kerja", "Predikat kinerja"],
            [[b.rating_hasil_kerja, b.rating_perilaku_kerja,
              lencana(b.predikat_kinerja, WARNA_PREDIKAT[b.predikat_kinerja])]], mentah=True))

    def _teks_contoh(self) -> str:
        """Contoh RHK yang selaras dengan jabatan pegawai (dari data kelas), untuk ditiru di layar SKP."""
        c = self.s.contoh_rhk
        if not c:
            return ""
        iki = "; ".join(f'"{i["indikator"]}" ({i["aspek"]}, {self._angka(i["target"])} {i["satuan"]})'
                        for i in c.get("iki", []))
        return (f' Contoh yang selaras dengan jabatan Anda: RHK "{c["rencana_hasil_kerja"]}" mengintervensi RHK '
                f'atasan "{c["rhk_atasan"]}", dengan IKI {iki}.')

    @staticmethod
    def _angka(v: object) -> str:
        if isinstance(v, (int, float)):
            return f"{v:g}".replace(".", ",")
        return "-" if v in (None, "") else str(v)

    def _target(self, k: Any) -> str:
        return k.target if isinstance(k.target, str) else f"{self._angka(k.target)} {k.satuan}"

    def _tabel_tahunan(self, i: int) -> str:
        """Realisasi tiap periode dan realisasi tahunan satu RHK: Kuantitas dijumlahkan, aspek lain tidak."""
        s = self.s
        berkala = A.periode_berkala(s)
        baris = []
        for j, k in enumerate(s.skp.rhk[i].iki):
            tahunan = A.realisasi_iki(s, A.TAHUNAN, i, j)
            cara = "jumlah semua periode" if A.dijumlahkan(s, i, j) else "diisi pegawai (tidak dijumlahkan)"
            c = A.capaian(s, A.TAHUNAN, i, j)
            baris.append([escape(k.indikator), escape(k.aspek), escape(self._target(k)),
                          *[escape(self._angka(v)) for v in A.realisasi_periodik(s, i, j)],
                          f"<b>{escape(self._angka(tahunan))}</b><br><small>{cara}</small>",
                          "-" if c is None else f"{c:.0f}%"])
        return tabel(["Indikator", "Aspek", "Target setahun", *berkala, "Realisasi tahunan", "Capaian (alat bantu)"],
                     baris, mentah=True)

    def _terkirim_html(self, per: str) -> str:
        """Isian Penilaian Diri yang sudah dikirim, sebagai tabel baca-saja."""
        s, isian = self.s, self.s.penilaian_diri[per]
        baris = []
        for i, r in enumerate(s.skp.rhk):
            real = "; ".join(f"IKI {j + 1}: {self._angka(A.realisasi_iki(s, per, i, j))}" for j in range(len(r.iki)))
            ev = escape(isian.eviden.get(str(i), ""))
            baris.append([f"RHK {i + 1}: {escape(r.rumusan)}", escape(isian.rencana_aksi.get(str(i), "-")),
                          escape(real), f"<a href='{ev}' target='_blank'>{ev}</a>"])
        return tabel(["RHK", "Rencana Aksi", "Realisasi", "Eviden"], baris, mentah=True)

    def _penilaian_diri(self) -> list[w.Widget]:
        s = self.s
        if s.skp.status != DISETUJUI:
            return [_html(perlu("Penilaian Diri dibuka setelah SKP disetujui atasan."))]
        pilih = self._pilih_periode(A.periode_berikutnya(s))
        per = self._periode_nilai
        tahunan = per == A.TAHUNAN
        isian = s.penilaian_diri.get(per)
        self._ringkasan = lambda: daftar("Sebelum dikirim:", A.periksa_penilaian_diri(self.s, per),
                                         "Penilaian Diri lengkap: siap dikirim kepada atasan.")
        isi: list[w.Widget] = [pilih, _html(catatan(
            "Penilaian periodik: setiap periode isi Rencana Aksi, realisasi periode itu, dan Eviden. Penilaian "
            "tahunan: realisasi Kuantitas dijumlahkan otomatis dari semua periode; Kualitas, Waktu, dan Biaya "
            "tidak dijumlahkan, isi realisasi setahunnya."))]
        belum = [p for p in A.periode_berkala(s) if not s.penilaian_diri.get(p) or not s.penilaian_diri[p].dikirim]
        if isian is not None and isian.dikirim:
            isi.append(_html(berhasil(f"Penilaian Diri {per} sudah dikirim kepada atasan.")))
            if tahunan:  # per RHK: realisasi tiap periode, realisasi tahunan, Eviden tahunan
                for i, r in enumerate(s.skp.rhk):
                    ev = escape(isian.eviden.get(str(i), ""))
                    isi.append(_html(f"<b>RHK {i + 1}: {escape(r.rumusan)}</b>{self._tabel_tahunan(i)}"
                                     f"Eviden: <a href='{ev}' target='_blank'>{ev}</a>"))
            else:
                isi.append(_html(self._terkirim_html(per)))
        elif tahunan and belum:
            isi.append(_html(perlu(f"Penilaian tahunan dibuka setelah semua penilaian periodik dikirim. Kirim "
                                   f"dahulu: {', '.join(belum)}.")))
        else:
            for i, r in enumerate(s.skp.rhk):
                bagian: list[w.Widget] = [_html(f"<b>RHK {i + 1}: {escape(r.rumusan)}</b>")]
                if tahunan:
                    bagian.append(self._segar(lambda i=i: self._tabel_tahunan(i)))
                else:
                    bagian.append(self._isian(f"rencana_aksi{i}", self._teks(
                        (isian.rencana_aksi if isian else {}).get(str(i), ""),
                        "Kegiatan yang Anda rencanakan periode ini", "Rencana Aksi", 2),
                        lambda v, i=i: (A.isi_rencana_aksi, per, i, v)))
                for j, k in enumerate(r.iki):
                    if tahunan and A.dijumlahkan(s, i, j):
                        continue
                    nilai = (isian.realisasi if isian else {}).get(f"{i}.{j}", "")
                    bagian.append(self._isian(f"realisasi{i}.{j}", self._teks(
                        "" if nilai == "" else (nilai if isinstance(nilai, str) else f"{nilai:g}"),
                        "Realisasi", f"Realisasi {'setahun ' if tahunan else ''}IKI {j + 1}", lebar="60%"),
                        lambda v, i=i, j=j: (A.isi_realisasi, per, i, j, v)))
                    bagian.append(_html(f"<div style='margin:-4px 0 6px {INDEN};font-size:13px;color:#374151'>"
                                        f"{escape(k.indikator)} ({escape(k.aspek)}), target setahun "
                                        f"{escape(self._target(k))}{escape(self._sudah(i, j, per))}</div>"))
                bagian.append(self._isian(f"eviden{i}", self._teks(
                    (isian.eviden if isian else {}).get(str(i), ""), "https://... (tautan bukti dukung)", "Eviden"),
                    lambda v, i=i: (A.isi_eviden, per, i, v)))
                isi.append(w.VBox(bagian, layout=w.Layout(border="1px solid #cbd5e1", padding="6px", margin="4px 0")))
            self.widget["ringkasan"] = w.HTML(self._ringkasan())
            isi += [self.widget["ringkasan"],
                    self._tombol("kirim", "Kirim ke atasan", A.kirim_penilaian_diri, per, gaya="success",
                                 ikon="paper-plane", setelah=self._ke_periode_berikutnya,
                                 pesan=lambda: f"Penilaian Diri {per} dikirim kepada atasan (dinilai di menu Penilaian "
                                               f"Bawahan). Sekarang terbuka: {self._periode_nilai}.")]
        self.widget["hasil"] = w.HTML()
        lihat = w.Button(description="Lihat Hasil", icon="eye", layout=w.Layout(width="max-content", min_width="160px"))
        lihat.on_click(lambda _: setattr(self.widget["hasil"], "value", self._hasil_html(per)))
        self.widget["lihat_hasil"] = lihat
        return [*isi, lihat, self.widget["hasil"]]

    def _ke_periode_berikutnya(self) -> None:
        """Setelah Kirim, layar pindah ke periode yang belum dikirim (akhirnya penilaian tahunan)."""
        self._periode_nilai = A.periode_berikutnya(self.s)

    def _sudah(self, i: int, j: int, per: str) -> str:
        """Pengingat realisasi periode sebelumnya, agar realisasi periode ini wajar."""
        s = self.s
        berkala = A.periode_berkala(s)
        if per == A.TAHUNAN:
            nilai = A.realisasi_periodik(s, i, j)
            return "; realisasi per periode: " + ", ".join(self._angka(v) for v in nilai) + " (tidak dijumlahkan)"
        sebelum = berkala[:berkala.index(per)]
        nilai = [v for v in A.realisasi_periodik(s, i, j)[:len(sebelum)] if isinstance(v, (int, float))]
        if not sebelum or not nilai:
            return ""
        if A.dijumlahkan(s, i, j):
            return f"; sudah terealisasi {sebelum[0]} s.d. {sebelum[-1]}: {self._angka(sum(nilai))}"
        return f"; realisasi {sebelum[-1]}: {self._angka(nilai[-1])}"

    # ---------- 7. Penilaian Bawahan ----------
    def _kuadran_html(self, hasil: str, perilaku: str) -> str:
        sel = "border:1px solid #94a3b8;padding:4px 6px;font-size:12px;text-align:center"
        kepala = "".join(f"<th style='{sel};background:#e0e7ff'>Perilaku {escape(r)}</th>" for r in reversed(RATING))
        baris = ""
        for h in RATING:
            baris += f"<tr><th style='{sel};background:#e0e7ff'>Hasil kerja {escape(h)}</th>"
            for pr in reversed(RATING):
                pilih = (h, pr) == (hasil, perilaku)
                gaya = "background:#1e3a8a;color:white;font-weight:bold" if pilih else ""
                tanda = "&#9632; " if pilih else ""
                baris += f"<td style='{sel};{gaya}'>{tanda}{escape(MATRIKS_PREDIKAT[(h, pr)])}</td>"
            baris += "</tr>"
        return f"<table style='border-collapse:collapse;margin:4px 0'><tr><th></th>{kepala}</tr>{baris}</table>"

    def _predikat_html(self, per: str) -> str:
        b = self.s.penilaian_bawahan.get(per)
        if b is None or not b.predikat_kinerja:
            return catatan("Pilih kedua rating: predikat langsung muncul dari kuadran kinerja.")
        return ("<div style='font-size:15px;margin:4px 0'>Predikat kinerja: "
                + lencana(b.predikat_kinerja, WARNA_PREDIKAT[b.predikat_kinerja]) + "</div>"
                + self._kuadran_html(b.rating_hasil_kerja, b.rating_perilaku_kerja))

    def _penilaian_bawahan(self) -> list[w.Widget]:
        s = self.s
        if s.skp.status != DISETUJUI:
            return [_html(perlu("Penilaian Bawahan dibuka setelah SKP bawahan disetujui."))]
        dikirim = [p for p in A.periode_penilaian(s) if s.penilaian_diri.get(p) and s.penilaian_diri[p].dikirim]
        belum_dinilai = [p for p in dikirim if not (s.penilaian_bawahan.get(p)
                                                    and s.penilaian_bawahan[p].predikat_kinerja)]
        bawaan = A.TAHUNAN if A.TAHUNAN in dikirim else (belum_dinilai or dikirim or [A.periode_berikutnya(s)])[-1]
        pilih = self._pilih_periode(bawaan)
        per = self._periode_nilai
        diri = s.penilaian_diri.get(per)
        if diri is None or not diri.dikirim:
            return [pilih, _html(catatan(f"{s.pegawai.nama} belum mengirim Penilaian Diri {per}."))]
        b = s.penilaian_bawahan.get(per)
        self._ringkasan = lambda: self._predikat_html(per)
        isi: list[w.Widget] = [pilih]
        if per == A.TAHUNAN:
            isi.append(_html(catatan("Penilaian tahunan: realisasi Kuantitas adalah jumlah realisasi semua periode; "
                                     "Kualitas, Waktu, dan Biaya memakai realisasi setahun yang diisi pegawai.")))
        for i, r in enumerate(s.skp.rhk):
            if per == A.TAHUNAN:
                tabel_rhk = self._tabel_tahunan(i)
                atas = ""
            else:
                baris = []
                for j, k in enumerate(r.iki):
                    c = A.capaian(s, per, i, j)
                    baris.append([escape(k.indikator), escape(k.aspek), escape(self._target(k)),
                                  escape(self._angka(diri.realisasi.get(f"{i}.{j}"))),
                                  "-" if c is None else f"{c:.0f}%"])
                tabel_rhk = tabel(["Indikator", "Aspek", "Target setahun", f"Realisasi {per}",
                                   "Capaian (alat bantu)"], baris, mentah=True)
                atas = f"<br>Rencana Aksi: {escape(diri.rencana_aksi.get(str(i), ''))}"
            ev = escape(diri.eviden.get(str(i), ""))
            isi.append(w.VBox([
                _html(f"<b>RHK {i + 1}: {escape(r.rumusan)}</b>{atas}<br>"
                      f"Eviden: <a href='{ev}' target='_blank'>{ev}</a>"),
                _html(tabel_rhk),
                self._isian(f"umpan_balik{i}", self._teks((b.umpan_balik if b else {}).get(str(i), ""),
                                                          "Umpan balik untuk RHK ini", "Umpan balik", 2),
                            lambda v, i=i: (A.beri_umpan_balik, per, i, v)),
            ], layout=w.Layout(border="1px solid #cbd5e1", padding="6px", margin="4px 0")))
        isi.append(_html(catatan("Capaian hanya alat bantu: Kuantitas dan Kualitas makin besar makin baik, Waktu "
                                 "dan Biaya makin kecil makin baik. Rating ditetapkan dari realisasi dan Eviden, "
                                 "bukan dari rumus.")))
        isi.append(self._isian("catatan_perilaku", self._teks(b.catatan_perilaku if b else "",
                                                             "Catatan perilaku yang Anda amati (BerAKHLAK)",
                                                             "Catatan perilaku", 2),
                               lambda v: (A.catat_perilaku, per, v)))
        opsi = [(PILIH, ""), *[(r, r) for r in RATING]]
        self.widget["rating_hasil"] = w.Dropdown(options=opsi, value=b.rating_hasil_kerja if b else "",
                                                 description="Rating hasil kerja", style=LABEL,
                                                 layout=w.Layout(width="460px"))
        self.widget["rating_perilaku"] = w.Dropdown(options=opsi, value=b.rating_perilaku_kerja if b else "",
                                                    description="Rating perilaku kerja", style=LABEL,
                                                    layout=w.Layout(width="460px"))

        def rating(_: object) -> None:
            h, p = self.widget["rating_hasil"].value, self.widget["rating_perilaku"].value
            if h and p:
                self.sesi.jalankan(A.beri_rating, per, h, p)
                self._lapor("Rating tersimpan.")
                self.widget["ringkasan"].value = self._predikat_html(per)

        self.widget["rating_hasil"].observe(rating, names="value")
        self.widget["rating_perilaku"].observe(rating, names="value")
        self.widget["ringkasan"] = w.HTML(self._predikat_html(per))
        return [*isi, self.widget["rating_hasil"], self.widget["rating_perilaku"], self.widget["ringkasan"]]

    # ---------- 8. Kurva ----------
    def _kurva(self) -> list[w.Widget]:
        s = self.s
        self._ringkasan = None
        tombol = self._tombol("lihat_kurva", "Lihat kurva", A.lihat_kurva, A.TAHUNAN, gaya="primary",
                              ikon="bar-chart", pesan="Kurva unit ditampilkan.")
        isi: list[w.Widget] = [_html(catatan(
            "Pola distribusi adalah bahan pertimbangan penilai, bukan pemeringkatan paksa: tidak ada aturan "
            "\"capaian terendah diberi predikat terendah\". Bila pola tidak terpenuhi, tinjau kembali penilaian "
            "berdasarkan realisasi dan Eviden, lalu bahas bersama pimpinan unit.")), tombol]
        k = s.kurva
        if k.dilihat:
            n = len(k.predikat_pegawai)
            baris = ""
            for p in PREDIKAT:
                jumlah = k.predikat_pegawai.count(p)
                lebar = int(300 * jumlah / n) if n else 0
                baris += (f"<tr><td style='padding:2px 8px'>{escape(p)}</td><td><div style='background:"
                          f"{WARNA_PREDIKAT[p]};height:16px;width:{max(lebar, 2)}px'></div></td>"
                          f"<td style='padding:2px 8px'>{jumlah} ({jumlah / n:.0%})</td></tr>")
            syarat = A.uraian_pola(k.predikat_organisasi)
            isi += [
                _html(f"<b>Predikat kinerja organisasi unit: {escape(k.predikat_organisasi)}</b> "
                      f"({n} pegawai, predikat tahunan). Pola yang dibolehkan (SE MenPANRB 3/2023): "
                      f"{escape('; '.join(syarat))}."),
                _html(f"<table>{baris}</table>"),
                _html(daftar("Pola distribusi belum terpenuhi:", k.pelanggaran,
                             "Sebaran predikat unit sesuai pola distribusi.")),
            ]
        return isi

    # ---------- 9. Dokumen ----------
    def _dokumen(self) -> list[w.Widget]:
        self._ringkasan = None
        self.widget["pratinjau"] = w.HTML()
        tombol = []
        for jenis in A.JENIS_DOKUMEN:
            t = w.Button(description=f"Cetak {jenis}", icon="print", button_style="primary",
                         layout=w.Layout(width="max-content", min_width="200px"))
            t.on_click(lambda _, jenis=jenis: self.cetak(jenis))
            self.widget[f"cetak_{jenis}"] = t
            tombol.append(t)
        self.widget["catatan_dokumen"] = _html(self._catatan_dokumen())
        return [self.widget["catatan_dokumen"], w.HBox(tombol), self.widget["pratinjau"]]

    def _catatan_dokumen(self) -> str:
        sudah = ", ".join(self.s.dokumen) or "belum ada"
        return catatan(f"Dokumen disimpan sebagai HTML dan PDF di folder {self.folder_dokumen}/ di samping notebook. "
                       f"Sudah dicetak: {sudah}.")

    def cetak(self, jenis: str) -> None:
        """Tombol "Cetak ...": simpan HTML dan PDF, tampilkan pratinjaunya."""
        if not self.sesi.jalankan(A.cetak_dokumen, jenis):
            self._lapor()
            return
        nama = jenis.lower().replace(" ", "-")
        self.folder_dokumen.mkdir(parents=True, exist_ok=True)
        isi = dokumen.html(self.s, jenis)
        (self.folder_dokumen / f"{nama}.html").write_text(f"<!doctype html><meta charset='utf-8'>{isi}",
                                                          encoding="utf-8")
        dokumen.pdf(self.s, jenis, self.folder_dokumen / f"{nama}.pdf")
        self.widget["pratinjau"].value = isi
        self.widget["catatan_dokumen"].value = self._catatan_dokumen()
        self._lapor(f"{jenis} tersimpan: {self.folder_dokumen}/{nama}.html dan {nama}.pdf.")
