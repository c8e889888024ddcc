"""Formulir Modul 1 tanpa kode: urai NIP/NI PPPK, dan hitung BUP serta TMT pensiun (simulasi layanan SIASN).

Logika ada di `logika_profil` (`urai_nomor`, `hitung_pensiun`); di sini hanya tampilan dan penyimpanan isian.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from bimtek import jawaban
from bimtek.aturan import JENIS_JABATAN, JENJANG_FUNGSIONAL
from bimtek.galat import KesalahanPengguna
from bimtek.widgets import tampilan as T
from bimtek.widgets.logika_profil import HasilPensiun, hitung_pensiun, tanggal_panjang, urai_nomor

_GAYA_BESAR = ("<style>.bimtek-form input, .bimtek-form select, .bimtek-form label"
               "{font-size:15px !important}</style>")


def _simpan(modul: str | None, kunci: str, nilai: Any, keluaran: w.HTML) -> None:
    if not modul:
        return
    try:
        jawaban.simpan(modul, kunci, nilai)
    except (KesalahanPengguna, OSError) as e:
        keluaran.value += T.kotak_pesan([f"Gagal menyimpan jawaban: {e}"])


class FormUraiNIP(w.VBox):
    """Ketik NIP atau NI PPPK, tekan Urai: arti setiap kelompok angka. Nomor terakhir disimpan di `kunci`."""

    def __init__(self, modul: str | None = None, kunci: str = "urai_nip") -> None:
        super().__init__(layout=w.Layout(border="1px solid #c7d2fe", padding="6px", width="100%"))
        self.add_class("bimtek-form")
        self.modul, self.kunci = modul, kunci
        isi, pesan = T.muat_jawaban(modul) if modul else ({}, "")
        self.w_nomor = w.Text(value=str(isi.get(kunci, "")), description="NIP / NI PPPK",
                              placeholder="contoh: 19860926 201505 1 001", style=T.GAYA_LABEL,
                              continuous_update=False, layout=w.Layout(width="520px"))
        self.w_urai = w.Button(description="Urai", button_style="primary", style={"font_size": "15px"})
        self.w_hasil = w.HTML(pesan)
        self.w_urai.on_click(lambda _: self.urai())
        # Enter atau kursor meninggalkan kotak langsung mengurai (pengganti `on_submit` yang usang di ipywidgets 8).
        self.w_nomor.observe(lambda _: self.urai(), names="value")
        self.children = [T.judul("Urai NIP / NI PPPK", "Arti setiap kelompok angka"), w.HTML(_GAYA_BESAR),
                         w.HBox([self.w_nomor, self.w_urai]), self.w_hasil]
        if self.w_nomor.value:
            self.urai(simpan=False)

    def urai(self, simpan: bool = True) -> list[tuple[str, str]]:
        bagian, pesan = urai_nomor(self.w_nomor.value)
        self.w_hasil.value = T.kotak_pesan([pesan]) if pesan else T.tabel(("Bagian", "Arti"), bagian)
        if simpan and not pesan:
            _simpan(self.modul, self.kunci, self.w_nomor.value, self.w_hasil)
        return bagian


class FormPensiun(w.VBox):
    """Tanggal lahir, jenis jabatan, jenjang (untuk Fungsional), nama jabatan (aturan sektoral, mis. guru dan dosen,
    yang tercatat di `bimtek.aturan`) -> BUP, tanggal mencapai BUP, TMT pensiun."""

    def __init__(self, modul: str | None = None, kunci: str = "pensiun") -> None:
        super().__init__(layout=w.Layout(border="1px solid #c7d2fe", padding="6px", width="100%"))
        self.add_class("bimtek-form")
        self.modul, self.kunci = modul, kunci
        isi, pesan = T.muat_jawaban(modul) if modul else ({}, "")
        lama = isi.get(kunci) or {}
        self.w_lahir = w.Text(value=lama.get("tanggal_lahir", ""), description="Tanggal lahir",
                              placeholder="hari-bulan-tahun, mis. 14-05-1967", style=T.GAYA_LABEL,
                              layout=w.Layout(width="520px"))
        self.w_jenis = w.Dropdown(options=["", *JENIS_JABATAN], value=lama.get("jenis_jabatan", ""),
                                  description="Jenis jabatan", style=T.GAYA_LABEL, layout=w.Layout(width="520px"))
        self.w_jenjang = w.Dropdown(options=["", *JENJANG_FUNGSIONAL], value=lama.get("jenjang") or "",
                                    description="Jenjang (Fungsional)", style=T.GAYA_LABEL,
                                    layout=w.Layout(width="520px"))
        self.w_jabatan = w.Text(value=lama.get("jabatan", ""), description="Nama jabatan (bila ada)",
                                placeholder="mis. Guru Ahli Muda; boleh kosong", style=T.GAYA_LABEL,
                                layout=w.Layout(width="520px"))
        self.w_hitung = w.Button(description="Hitung", button_style="primary", style={"font_size": "15px"})
        self.w_hasil = w.HTML(pesan)
        self.hasil: HasilPensiun | None = None
        self.w_hitung.on_click(lambda _: self.hitung())
        self.children = [T.judul("Perkiraan pensiun (simulasi)", "Batas usia pensiun dan TMT pensiun"),
                         w.HTML(_GAYA_BESAR), self.w_lahir, self.w_jenis, self.w_jenjang, self.w_jabatan, self.w_hitung,
                         self.w_hasil]
        if lama:
            self.hitung(simpan=False)

    def hitung(self, simpan: bool = True) -> HasilPensiun:
        jenjang = self.w_jenjang.value if self.w_jenis.value == "Fungsional" else ""
        self.hasil = hitung_pensiun(self.w_lahir.value, self.w_jenis.value, jenjang, self.w_jabatan.value.strip())
        if self.hasil.pesan:
            self.w_hasil.value = T.kotak_pesan([self.hasil.pesan])
            return self.hasil
        self.w_hasil.value = T.tabel(("Data", "Hasil"), [
            ("Batas usia pensiun (BUP)", f"{self.hasil.bup} tahun"),
            ("Mencapai BUP pada", tanggal_panjang(self.hasil.mencapai_bup)),
            ("TMT pensiun", tanggal_panjang(self.hasil.tmt_pensiun) + " (tanggal 1 bulan berikutnya)"),
        ])
        if simpan:
            _simpan(self.modul, self.kunci, {"tanggal_lahir": self.w_lahir.value, "jenis_jabatan": self.w_jenis.value,
                                             "jenjang": jenjang, "jabatan": self.w_jabatan.value.strip(),
                                             "bup": self.hasil.bup,
                                             "tmt_pensiun": self.hasil.tmt_pensiun}, self.w_hasil)
        return self.hasil
