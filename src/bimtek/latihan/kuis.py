"""Cek pemahaman tanpa kode: pilihan ganda, benar/salah, isian angka, isian teks pendek, dan menjodohkan.

Butir latihan (`dinilai=False`) membawa kuncinya dan langsung memberi umpan balik berbahasa Indonesia. Butir yang
dinilai TIDAK membawa kunci: widgetnya hanya menyimpan jawaban ke `jawaban/<tugas>.json` (lewat `bimtek.jawaban`),
dan kuncinya tinggal di uji tersembunyi nbgrader yang memanggil `nilai_kuis(butir, tugas, kunci, poin)` saat
penilaian. Versi peserta, paket kit, dan umpan balik tidak memuat kunci butir dinilai.

Jawaban dipulihkan dari berkas saat widget dibuat lagi (kernel dimulai ulang atau notebook dibuka ulang).
Logika pemeriksaan (`baku`, `cocok`) terpisah dari tampilan dan dapat diuji tanpa peramban.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import ipywidgets as w

from bimtek import jawaban as _jawaban
from bimtek.galat import KesalahanPengguna
from bimtek.latihan.kotak import Kotak
from bimtek.pantau import catat

JENIS = ("pilihan", "benar_salah", "angka", "teks", "jodoh")
BENAR_SALAH = ("Benar", "Salah")
_BELUM_DIPILIH = "(pilih)"
# Huruf pilihan dan isian sebesar teks soal (bawaan ipywidgets 13px terlalu kecil untuk peserta 45-58 tahun).
_GAYA = ("<style>.bimtek-kuis .widget-radio-box label, .bimtek-kuis input, .bimtek-kuis select"
         "{font-size:15px !important} .bimtek-kuis .widget-radio-box label{margin:3px 0}</style>")


class JawabanTidakSah(ValueError):
    """Isian belum dapat dibaca (mis. bukan angka, belum memilih); pesannya untuk peserta."""


@dataclass(frozen=True)
class Butir:
    """Satu butir cek pemahaman.

    `pilihan`: opsi pilihan ganda, atau opsi sisi kanan untuk menjodohkan. `kiri`: hal yang dijodohkan.
    `kunci`: hanya untuk butir latihan (teks opsi, "Benar"/"Salah", angka, teks, atau {kiri: kanan}).
    `sinonim`: isian teks lain yang juga diterima (butir latihan). `penjelasan` tampil bila benar; `saran` (arah
    berpikir, bukan jawabannya) tampil bila belum tepat."""

    kode: str
    jenis: str
    pertanyaan: str
    pilihan: tuple[str, ...] = ()
    kiri: tuple[str, ...] = ()
    kunci: Any = None
    penjelasan: str = ""
    dinilai: bool = False
    toleransi: float = 0.0
    satuan: str = ""
    sinonim: tuple[str, ...] = field(default=())
    saran: str = ""

    def __post_init__(self) -> None:
        if self.jenis not in JENIS:
            raise ValueError(f"Butir {self.kode}: jenis {self.jenis!r} tidak dikenal; pilih salah satu {JENIS}.")
        if self.dinilai and self.kunci is not None:
            raise ValueError(f"Butir {self.kode} dinilai: kuncinya tinggal di uji tersembunyi, bukan di butir.")
        if not self.dinilai and self.kunci is None:
            raise ValueError(f"Butir latihan {self.kode} perlu kunci untuk umpan balik langsung.")
        if self.jenis in ("pilihan", "jodoh") and len(self.pilihan) < 2:
            raise ValueError(f"Butir {self.kode}: perlu paling sedikit dua pilihan.")
        if self.jenis == "jodoh" and not self.kiri:
            raise ValueError(f"Butir {self.kode}: menjodohkan perlu daftar `kiri`.")

    @property
    def kunci_simpan(self) -> str:
        """Kunci di berkas jawaban/<tugas>.json."""
        return f"kuis-{self.kode}"


def _angka(teks: Any) -> float:
    """Angka dari isian peserta: koma atau titik desimal, spasi dan satuan di belakang diabaikan."""
    if isinstance(teks, int | float) and not isinstance(teks, bool):
        return float(teks)
    s = str(teks).strip().replace(" ", "")
    m = re.match(r"^[-+]?\d+(?:[.,]\d+)?", s)
    if not m:
        raise JawabanTidakSah("isian harus berupa angka, misalnya 37,5 atau 60.")
    return float(m.group(0).replace(",", "."))


def _teks(teks: Any) -> str:
    return re.sub(r"\s+", " ", str(teks)).strip().casefold()


def baku(butir: Butir, nilai: Any) -> Any:
    """Bentuk baku jawaban yang disimpan dan dibandingkan; `JawabanTidakSah` bila belum dapat dibaca."""
    if butir.jenis in ("pilihan", "benar_salah"):
        opsi = butir.pilihan if butir.jenis == "pilihan" else BENAR_SALAH
        if nilai is True or nilai is False:
            nilai = "Benar" if nilai else "Salah"
        if nilai not in opsi:
            raise JawabanTidakSah("pilih salah satu jawaban dulu.")
        return nilai
    if butir.jenis == "angka":
        if nilai is None or str(nilai).strip() == "":
            raise JawabanTidakSah("kotak isian masih kosong. Ketik sebuah angka.")
        hasil = _angka(nilai)
        return int(hasil) if hasil.is_integer() else hasil
    if butir.jenis == "teks":
        if nilai is None or not str(nilai).strip():
            raise JawabanTidakSah("kotak isian masih kosong. Ketik jawaban Anda.")
        return re.sub(r"\s+", " ", str(nilai)).strip()
    # jodoh
    if not isinstance(nilai, Mapping):
        raise JawabanTidakSah("pasangkan setiap hal di kiri dengan satu pilihan.")
    kosong = [k for k in butir.kiri if nilai.get(k) in (None, "", _BELUM_DIPILIH)]
    if kosong:
        raise JawabanTidakSah(f"masih ada {len(kosong)} yang belum dipasangkan, mis. \"{kosong[0]}\".")
    asing = [v for v in nilai.values() if v not in butir.pilihan]
    if asing:
        raise JawabanTidakSah(f"pilihan \"{asing[0]}\" tidak ada di daftar.")
    return {k: nilai[k] for k in butir.kiri}


def cocok(butir: Butir, nilai: Any, kunci: Any) -> bool:
    """Apakah jawaban (bentuk baku) sama dengan kunci."""
    if kunci is None or nilai is None:
        return False
    try:
        nilai = baku(butir, nilai)
    except JawabanTidakSah:
        return False
    if butir.jenis == "angka":
        return abs(float(nilai) - _angka(kunci)) <= butir.toleransi + 1e-9
    if butir.jenis == "teks":
        diterima = [kunci] if isinstance(kunci, str) else list(kunci)
        return _teks(nilai) in {_teks(k) for k in [*diterima, *butir.sinonim]}
    if butir.jenis == "jodoh":
        return all(nilai.get(k) == kunci.get(k) for k in butir.kiri)
    if butir.jenis == "benar_salah" and isinstance(kunci, bool):
        kunci = "Benar" if kunci else "Salah"
    return nilai == kunci


def tersimpan(butir: Butir, tugas: str) -> Any:
    """Jawaban butir yang tersimpan di berkas jawaban tugas (None bila belum ada)."""
    return _jawaban.muat(tugas).get(butir.kunci_simpan)


@dataclass(frozen=True)
class Nilai:
    """Nilai satu butir untuk sel uji nbgrader: teksnya angka poin (nilai parsial nbgrader), tampilannya kotak."""

    poin: float
    kotak: Kotak

    def __repr__(self) -> str:
        return f"{self.poin:g}"

    def _repr_html_(self) -> str:
        return self.kotak.html()


def nilai_kuis(butir: Butir, tugas: str, kunci: Any = None, poin: float = 1) -> Nilai:
    """Nilai butir dari jawaban tersimpan. Tanpa kunci (versi peserta) hanya melaporkan status, bernilai 0."""
    isi = tersimpan(butir, tugas)
    if isi is None:
        return Nilai(0, Kotak("belum", f"Butir {butir.kode}: belum dijawab",
                                ["Jawab pada kotak pertanyaan di atas, lalu tekan tombolnya."]))
    if kunci is None:
        return Nilai(0, Kotak("tersimpan", f"Butir {butir.kode}: jawaban tersimpan",
                                ["Jawaban dinilai fasilitator setelah Anda mengirim pekerjaan."]))
    benar = cocok(butir, isi, kunci)
    return Nilai(poin if benar else 0, Kotak("tersimpan", f"Butir {butir.kode}: jawaban tersimpan", []))


def _ringkas(nilai: Any) -> str:
    if isinstance(nilai, Mapping):
        return "; ".join(f"{k} - {v}" for k, v in nilai.items())
    if isinstance(nilai, float):
        return f"{nilai:g}".replace(".", ",")
    return str(nilai)


class Kuis(w.VBox):
    """Widget satu butir: pertanyaan, isian, tombol Periksa (latihan) atau Simpan jawaban (dinilai), umpan balik.

    API Python (untuk uji dan kunci notebook sumber, pengganti klik): `jawab(nilai)` mengisi lalu menekan tombol."""

    def __init__(self, butir: Butir, tugas: str, nomor: str | int | None = None) -> None:
        super().__init__(layout=w.Layout(border="1px solid #c7d2fe", padding="8px 12px", margin="6px 0",
                                          width="100%"))
        self.butir, self.tugas = butir, tugas
        label = "Cek pemahaman (dinilai)" if butir.dinilai else "Latihan (tidak dinilai)"
        kepala = f"{label} · {nomor}" if nomor is not None else label
        self.add_class("bimtek-kuis")
        self.w_pertanyaan = w.HTML(
            _GAYA + f"<div style='font-size:13px;color:#1e3a8a;font-weight:bold'>{kepala}</div>"
            f"<div style='font-size:15px;margin:.3em 0'>{_html(butir.pertanyaan)}</div>"
        )
        self._mengisi = False  # nilai diisi dari kode (pulihkan/jawab), bukan diketik peserta
        self._terakhir_diketik: str | None = None
        self.w_isian = self._buat_isian()
        teks_tombol = "Simpan jawaban" if butir.dinilai else "Periksa"
        self.w_tombol = w.Button(description=teks_tombol, button_style="primary",
                                 layout=w.Layout(width="auto", min_width="180px", align_self="flex-start"),
                                 style={"font_size": "15px"})
        self.w_tombol.on_click(lambda _: self._klik())
        self.w_umpan = w.HTML()
        self.children = [self.w_pertanyaan, self.w_isian, self.w_tombol, self.w_umpan]
        self._pulihkan()

    # --- isian -------------------------------------------------------------------------------------------------
    def _buat_isian(self) -> w.Widget:
        b = self.butir
        if b.jenis in ("pilihan", "benar_salah"):
            opsi = b.pilihan if b.jenis == "pilihan" else BENAR_SALAH
            return w.RadioButtons(options=list(opsi), value=None, layout=w.Layout(width="auto"),
                                  style={"description_width": "0px"})
        if b.jenis in ("angka", "teks"):
            contoh = "ketik angka, mis. 37,5" if b.jenis == "angka" else "ketik jawaban singkat"
            # Enter atau kursor meninggalkan kotak mengirim jawaban (continuous_update=False + observe: pengganti
            # `on_submit` yang usang di ipywidgets 8).
            kotak = w.Text(placeholder=contoh, continuous_update=False, layout=w.Layout(width="260px"))
            kotak.observe(self._selesai_mengetik, names="value")
            if b.satuan:
                return w.HBox([kotak, w.HTML(f"<span style='margin-left:6px'>{_html(b.satuan)}</span>")])
            return kotak
        self._w_jodoh = {
            k: w.Dropdown(options=[_BELUM_DIPILIH, *b.pilihan], value=_BELUM_DIPILIH, layout=w.Layout(width="340px"))
            for k in b.kiri
        }
        return w.VBox([w.HBox([w.HTML(f"<div style='width:300px;padding-top:4px'>{_html(k)}</div>"), d])
                       for k, d in self._w_jodoh.items()])

    def _selesai_mengetik(self, change: dict[str, Any]) -> None:
        if self._mengisi or not str(change["new"]).strip():
            return
        self._terakhir_diketik = change["new"]
        self.kirim()

    def _klik(self) -> None:
        # Klik tombol memindahkan kursor dari kotak: jawaban itu baru saja diperiksa; jangan dikirim dua kali.
        if (self.butir.jenis in ("angka", "teks") and self._terakhir_diketik is not None
                and self._kotak_teks().value == self._terakhir_diketik):
            self._terakhir_diketik = None
            return
        self.kirim()

    def _kotak_teks(self) -> w.Text:
        return self.w_isian.children[0] if isinstance(self.w_isian, w.HBox) else self.w_isian

    def _baca(self) -> Any:
        if self.butir.jenis in ("pilihan", "benar_salah"):
            return self.w_isian.value
        if self.butir.jenis in ("angka", "teks"):
            return self._kotak_teks().value
        return {k: d.value for k, d in self._w_jodoh.items()}

    def _isi(self, nilai: Any) -> None:
        self._mengisi = True
        try:
            self._isi_nilai(nilai)
        finally:
            self._mengisi = False

    def _isi_nilai(self, nilai: Any) -> None:
        if self.butir.jenis in ("pilihan", "benar_salah"):
            if nilai is True or nilai is False:
                nilai = "Benar" if nilai else "Salah"
            self.w_isian.value = nilai
        elif self.butir.jenis in ("angka", "teks"):
            self._kotak_teks().value = _ringkas(nilai) if not isinstance(nilai, str) else nilai
        else:
            for k, d in self._w_jodoh.items():
                d.value = nilai.get(k, _BELUM_DIPILIH) if nilai.get(k) in d.options else _BELUM_DIPILIH

    # --- aksi --------------------------------------------------------------------------------------------------
    def jawab(self, nilai: Any) -> bool | None:
        """Isi jawaban lalu tekan tombolnya (pengganti klik untuk uji dan kunci)."""
        self._isi(nilai)
        return self.kirim()

    def kirim(self) -> bool | None:
        """Baca isian, simpan, tampilkan umpan balik. Kembalikan benar/salah (latihan) atau None (dinilai)."""
        try:
            nilai = baku(self.butir, self._baca())
        except JawabanTidakSah as e:
            self._tampil(Kotak("belum", "Belum dapat diperiksa", [_kalimat(str(e))]))
            return None
        try:
            _jawaban.simpan(self.tugas, self.butir.kunci_simpan, nilai)
        except (KesalahanPengguna, OSError) as e:
            self._tampil(Kotak("salah", "Jawaban gagal disimpan", [str(e), "Minta bantuan fasilitator."]))
            return None
        return self._umpan_balik(nilai)

    def _umpan_balik(self, nilai: Any, dipulihkan: bool = False) -> bool | None:
        b = self.butir
        if not dipulihkan:  # pantau kelas: hasil saja, tanpa isi jawaban
            catat(self.tugas, f"kuis_{b.kode}", "tersimpan" if b.dinilai else
                  ("benar" if cocok(b, nilai, b.kunci) else "salah"))
        if b.dinilai:
            awal = "Jawaban tersimpan sebelumnya" if dipulihkan else "Jawaban tersimpan"
            self._tampil(Kotak("tersimpan", awal, [
                f"Jawaban Anda: {_ringkas(nilai)}.",
                "Butir ini dinilai setelah Anda mengirim pekerjaan. Anda masih boleh mengubahnya: pilih lagi lalu "
                "tekan \"Simpan jawaban\".",
            ]))
            return None
        benar = cocok(b, nilai, b.kunci)
        baris = [f"Jawaban Anda: {_ringkas(nilai)}."]
        if not benar and b.jenis == "jodoh":
            salah = [k for k in b.kiri if nilai.get(k) != b.kunci.get(k)]
            baris.append(f"{len(salah)} pasangan belum tepat, mis. \"{salah[0]}\".")
        if benar and b.penjelasan:
            baris.append(b.penjelasan)
        elif not benar:
            baris.append(f"Coba lagi. {b.saran}".strip())
        if benar:
            self._tampil(Kotak("benar", "Benar!", baris))
        else:
            self._tampil(Kotak("salah", "Belum tepat", baris))
        return benar

    def _pulihkan(self) -> None:
        try:
            isi = tersimpan(self.butir, self.tugas)
        except KesalahanPengguna:
            isi = None
        if isi is None:
            return
        try:
            self._isi(isi)
        except Exception:  # noqa: BLE001 - isian lama yang tidak lagi cocok tidak menghentikan notebook
            return
        self._umpan_balik(isi, dipulihkan=True)

    def _tampil(self, kotak: Kotak) -> None:
        self.w_umpan.value = kotak.html()
        self.umpan_teks = kotak.teks()


def _kalimat(teks: str) -> str:
    return teks[:1].upper() + teks[1:]


def _html(teks: str) -> str:
    from bimtek.latihan.kotak import _html_isi

    return "<br>".join(_html_isi(b) for b in teks.split("\n"))


def kuis(daftar: Sequence[Butir], tugas: str) -> dict[str, Kuis]:
    """Widget untuk beberapa butir sekaligus, menurut kodenya."""
    return {b.kode: Kuis(b, tugas) for b in daftar}


def nilai_isian(tugas: str, kunci_simpan: str, benar: bool | None, poin: float, judul: str) -> Nilai:
    """Nilai isian formulir lain (mis. kartu profil) untuk sel uji: `benar` dihitung di uji tersembunyi; None di
    versi peserta (hanya status, nilai 0)."""
    ada = _jawaban.muat(tugas).get(kunci_simpan) not in (None, "", [], {})
    if not ada:
        return Nilai(0, Kotak("belum", f"{judul}: belum diisi", ["Isi formulir di atas lalu tekan tombolnya."]))
    kotak = Kotak("tersimpan", f"{judul}: isian tersimpan", ["Isian dinilai setelah Anda mengirim pekerjaan."])
    return Nilai(poin if benar else 0, kotak)
