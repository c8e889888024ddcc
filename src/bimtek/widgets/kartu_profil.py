"""Kartu profil pegawai (simulasi profil SIASN): ketik NIP, lihat data kepegawaian dan atasan langsung."""

from __future__ import annotations

from typing import Any

import ipywidgets as w
import pandas as pd

from bimtek import jawaban
from bimtek.aturan import format_ni_pppk, format_nip
from bimtek.galat import KesalahanPengguna
from bimtek.widgets import tampilan as T
from bimtek.widgets.logika_profil import HasilCari, cari_pegawai

# Kolom tabel pegawai yang ditampilkan, dengan labelnya (urutan seperti halaman profil SIASN).
KOLOM_PROFIL: tuple[tuple[str, str], ...] = (
    ("nama", "Nama"),
    ("status_kepegawaian", "Status kepegawaian"),
    ("jenis_kelamin", "Jenis kelamin"),
    ("tempat_lahir", "Tempat lahir"),
    ("tanggal_lahir", "Tanggal lahir"),
    ("tmt_cpns", "TMT CPNS"),
    ("golongan", "Golongan"),
    ("pangkat", "Pangkat"),
    ("tmt_golongan", "TMT golongan"),
    ("pendidikan", "Pendidikan"),
    ("jenis_jabatan", "Jenis jabatan"),
    ("jabatan", "Jabatan"),
    ("jenjang", "Jenjang"),
    ("unit_kerja", "Unit kerja"),
)


JENIS_KELAMIN = {"L": "Laki-laki", "P": "Perempuan"}


def _nip_tampil(nip: str) -> str:
    for fungsi in (format_nip, format_ni_pppk):
        try:
            return fungsi(nip)
        except ValueError:
            continue
    return nip


def _tampil(nilai: object) -> object:
    """Tanggal ditulis seperti di dokumen kepegawaian (hari-bulan-tahun)."""
    return f"{nilai:%d-%m-%Y}" if hasattr(nilai, "strftime") else nilai


def html_profil(hasil: HasilCari) -> str:
    """Kartu profil HTML dari hasil pencarian (atau pesan bila tidak ketemu)."""
    if not hasil.ketemu:
        return T.kotak_pesan([hasil.pesan]) if not hasil.sah else T.info(hasil.pesan, "#d97706")
    p = hasil.pegawai
    baris = [("NIP", _nip_tampil(str(p["nip"])))]
    baris += [(label, _tampil(JENIS_KELAMIN.get(p[kolom], p[kolom]) if kolom == "jenis_kelamin" else p[kolom]))
              for kolom, label in KOLOM_PROFIL if p.get(kolom) not in (None, "")]
    if hasil.atasan:
        baris.append(("Atasan langsung", f"{hasil.atasan.get('nama', '')} ({_nip_tampil(str(hasil.atasan['nip']))})"))
    else:
        baris.append(("Atasan langsung", "tidak ada (kepala unit tertinggi)"))
    return T.tabel(("Data", "Isi"), baris)


class KartuProfil(w.VBox):
    """Cari pegawai dengan NIP pada tabel pegawai contoh; NIP terakhir yang dicari disimpan bila `modul` diisi."""

    def __init__(self, pegawai: pd.DataFrame, unit_kerja: pd.DataFrame | None = None, modul: str | None = None,
                 kunci: str = "profil_nip") -> None:
        super().__init__(layout=w.Layout(border="1px solid #c7d2fe", padding="6px", width="100%"))
        self.tabel = pegawai.copy()
        if unit_kerja is not None and "unit_kerja_id" in self.tabel:
            nama_unit = unit_kerja.set_index("unit_kerja_id")["nama"]
            self.tabel["unit_kerja"] = self.tabel["unit_kerja_id"].map(nama_unit)
        self.modul, self.kunci = modul, kunci
        isi, pesan_muat = T.muat_jawaban(modul) if modul else ({}, "")
        awal = str(isi.get(kunci, ""))
        self.w_nip = w.Text(value=awal, description="NIP / NI PPPK", placeholder="contoh: 19860926 201505 1 001",
                            style=T.GAYA_LABEL, layout=w.Layout(width="480px"))
        self.w_cari = w.Button(description="Cari", icon="search", button_style="primary")
        self.w_hasil = w.HTML(pesan_muat)
        self.hasil: HasilCari | None = None
        self.w_cari.on_click(lambda _: self.cari())
        self.children = [T.judul("SIASN (simulasi) - Profil Pegawai"), w.HBox([self.w_nip, self.w_cari]),
                         self.w_hasil]
        if awal:
            self.cari(simpan=False)

    def cari(self, simpan: bool = True) -> HasilCari:
        """Cari NIP yang diketik dan tampilkan kartunya."""
        self.hasil = cari_pegawai(self.w_nip.value, self.tabel)
        self.w_hasil.value = html_profil(self.hasil)
        if simpan and self.modul:
            try:
                jawaban.simpan(self.modul, self.kunci, self.w_nip.value)
            except (KesalahanPengguna, OSError) as e:
                self.w_hasil.value += T.kotak_pesan([f"Gagal menyimpan jawaban: {e}"])
        return self.hasil

    @property
    def data(self) -> dict[str, Any]:
        """Data pegawai yang terakhir ditemukan (kosong bila belum ada)."""
        return dict(self.hasil.pegawai) if self.hasil else {}
