"""Kait (hook) mkdocs: tabel di panduan dibuat dari paket kit, tidak disalin tangan.

Di halaman markdown, tulis `<!-- tabel: NAMA -->`; saat panduan dibangun, penanda itu diganti tabel dari
`bimtek.aturan` (aturan), `bimtek.data.kamus` (kamus data), atau daftar notebook peserta per modul
(`<!-- tabel: notebook_modul_N -->`). Dengan begitu panduan, notebook, dan kode selalu memakai tabel yang sama.
Kait ini alat pembangun panduan, bukan bagian kit yang berjalan di kelas; karena itu tinggal di `alat/`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from bimtek import aturan
from bimtek.lab_indonesia import glosarium_lengkap


def _tabel(kepala: Sequence[str], baris: Iterable[Sequence[object]]) -> str:
    def sel(x: object) -> str:
        if isinstance(x, float):
            return f"{x:g}".replace(".", ",")
        return "-" if x is None else str(x).replace("|", "\\|")

    garis = ["| " + " | ".join(kepala) + " |", "|" + "---|" * len(kepala)]
    garis += ["| " + " | ".join(sel(x) for x in b) + " |" for b in baris]
    return "\n".join(garis)


def _pangkat() -> str:
    return _tabel(["Golongan ruang", "Pangkat"], aturan.PANGKAT.items())


def _golongan_awal() -> str:
    pppk = aturan.GOLONGAN_AWAL_PPPK
    return _tabel(
        ["Pendidikan", "Golongan awal PNS", "Golongan awal PPPK (contoh, belum terkonfirmasi)"],
        ((p, g, pppk.get(p)) for p, g in aturan.GOLONGAN_AWAL.items()),
    )


def _jenjang() -> str:
    return _tabel(
        ["Jenjang jabatan fungsional", "Kategori", "Golongan ruang", "BUP (tahun)"],
        (
            (j, aturan.KATEGORI_JENJANG[j], ", ".join(g), aturan.BUP_FUNGSIONAL[j])
            for j, g in aturan.JENJANG_FUNGSIONAL.items()
        ),
    )


def _bup() -> str:
    return _tabel(["Jenis jabatan", "BUP (tahun)"], aturan.BUP_JABATAN.items())


def _kuadran() -> str:
    baris = []
    for hasil in aturan.RATING:
        baris.append([f"**{hasil}**"] + [aturan.MATRIKS_PREDIKAT[(hasil, p)] for p in reversed(aturan.RATING)])
    return _tabel(["Hasil kerja \\ Perilaku kerja", *reversed(aturan.RATING)], baris)


def _distribusi() -> str:
    def uraian(b: aturan.kinerja.BatasDistribusi) -> str:
        nama = " dan/atau ".join(b.kelompok)
        bagian = []
        if b.sebagian_besar:
            bagian.append(f"sebagian besar (lebih dari separuh) {nama}")
        if b.wajib_ada:
            bagian.append(f"harus ada {nama}")
        if b.minimal is not None:
            bagian.append(f"{nama} paling sedikit {float(b.minimal) * 100:g}%")
        if b.maksimal is not None:
            bagian.append(f"{nama} tidak boleh ada" if b.maksimal == 0 else
                          f"{nama} paling banyak {float(b.maksimal) * 100:g}%")
        return "; ".join(bagian)

    return _tabel(
        ["Predikat organisasi", "Syarat sebaran predikat pegawai"],
        ((org, "; ".join(uraian(b) for b in pola)) for org, pola in aturan.POLA_DISTRIBUSI.items()),
    )


def _berakhlak() -> str:
    return _tabel(["Nilai dasar", "Panduan perilaku"], ((k, "; ".join(v)) for k, v in aturan.BERAKHLAK.items()))


def _angka_kredit() -> str:
    persen = _tabel(["Predikat", "Persentase"], ((p, f"{v}%") for p, v in aturan.PERSEN_PREDIKAT.items()))
    jenjang = _tabel(
        ["Jenjang", "Koefisien per tahun", "AK kenaikan pangkat", "AK kenaikan jenjang"],
        (
            (j + (" (contoh, belum terkonfirmasi)" if j == "Pemula" else ""), float(k), *aturan.AK_DIBUTUHKAN[j])
            for j, k in aturan.KOEFISIEN_TAHUNAN.items()
        ),
    )
    return persen + "\n\n" + jenjang


def _talenta() -> str:
    kotak = _tabel(
        ["Kinerja \\ Potensial", *aturan.POTENSIAL],
        ([f"**{r}**"] + [aturan.KOTAK_TALENTA[(r, p)] for p in aturan.POTENSIAL] for r in aturan.RATING),
    )
    rekomendasi = _tabel(["Kotak", "Rekomendasi"], sorted(aturan.REKOMENDASI_TALENTA.items(), reverse=True))
    return kotak + "\n\n" + rekomendasi


def _merit() -> str:
    batas = [b for b, _r, _l in aturan.KATEGORI_SISTEM_MERIT] + [401]
    return _tabel(
        ["Kategori", "Label", "Rentang indeks"],
        ((r, lbl, f"{batas[i]}-{batas[i + 1] - 1}") for i, (_b, r, lbl) in enumerate(aturan.KATEGORI_SISTEM_MERIT)),
    )


def _sakip() -> str:
    baris, atas = [], 100
    for bawah, predikat, arti in aturan.PREDIKAT_SAKIP:
        baris.append((f"> {bawah} - {atas}", predikat, arti))
        atas = bawah
    baris.append((f"0 - {atas}", *aturan.sakip.PREDIKAT_SAKIP_TERENDAH))
    return _tabel(["Nilai", "Predikat", "Arti"], baris)


def _presensi() -> str:
    k = aturan.KebijakanPresensi()
    baris, bawah = [], 1
    for i, t in enumerate(k.terlambat, start=1):
        if t.sampai_menit:
            rentang = f"{bawah}-{t.sampai_menit} menit"
        else:
            rentang = f"lebih dari {bawah - 1} menit, atau tanpa catatan"
        baris.append((f"TL{i} / PSW{i}", rentang, f"{t.persen:g}%".replace(".", ",")))
        bawah = (t.sampai_menit or 0) + 1
    return _tabel(["Kode", "Keterlambatan / pulang cepat", "Potongan tunjangan kinerja (contoh)"], baris)


def _disiplin() -> str:
    baris, atas = [], None
    for minimal, hukuman in aturan.HUKUMAN_KETIDAKHADIRAN:
        baris.append((f"{minimal} hari atau lebih" if atas is None else f"{minimal}-{atas} hari", hukuman))
        atas = minimal - 1
    return _tabel(["Tidak masuk tanpa alasan sah (akumulasi setahun)", "Hukuman disiplin"], reversed(baris))


def _istilah_lab() -> str:
    return _tabel(["Istilah di layar", "Istilah asli (Inggris)", "Artinya"], glosarium_lengkap())


TABEL: dict[str, Callable[[], str]] = {
    "pangkat": _pangkat,
    "golongan_awal": _golongan_awal,
    "jenjang": _jenjang,
    "bup": _bup,
    "kuadran": _kuadran,
    "distribusi": _distribusi,
    "berakhlak": _berakhlak,
    "angka_kredit": _angka_kredit,
    "talenta": _talenta,
    "merit": _merit,
    "sakip": _sakip,
    "presensi": _presensi,
    "disiplin": _disiplin,
    "istilah_lab": _istilah_lab,
}

def _kamus_data() -> str:
    """Kamus data sintetis (semua tabel dan kolom) dari bimtek.data.kamus."""
    from bimtek.data.kamus import TABEL as TABEL_DATA

    bagian = []
    for t in TABEL_DATA.values():
        bagian.append(f"### `{t.nama}`\n\n{t.keterangan}\n\n"
                      + _tabel(["Kolom", "Jenis", "Keterangan"], ((f"`{k.nama}`", k.jenis, k.keterangan)
                                                                  for k in t.kolom)))
    return "\n\n".join(bagian)


def _invarian_data() -> str:
    from bimtek.data.invarian import INVARIAN

    return _tabel(["Kode", "Yang diperiksa"], ((f"`{k}`", judul) for k, (judul, _) in INVARIAN.items()))


TABEL["kamus_data"] = _kamus_data
TABEL["invarian_data"] = _invarian_data


def _dasar_aturan() -> str:
    """Satu baris per modul `bimtek.aturan`: isi dan dasar hukumnya, diambil dari docstring modul itu sendiri."""
    import importlib
    import pkgutil

    baris = []
    for info in sorted(pkgutil.iter_modules(aturan.__path__), key=lambda m: m.name):
        doc = importlib.import_module(f"bimtek.aturan.{info.name}").__doc__ or ""
        dasar = " ".join(" ".join(doc.split("Dasar", 1)[1:]).split()).lstrip(": ")
        if dasar:
            baris.append((f"`bimtek.aturan.{info.name}`", doc.strip().splitlines()[0], dasar))
    return _tabel(["Modul aturan kit", "Isi", "Dasar (dari kode)"], baris)


TABEL["dasar_aturan"] = _dasar_aturan

JALUR = {"pengguna": "Jalur Pengguna (formulir, tanpa kode)", "analis": "Jalur Analis (menulis kode)"}


def jalur_tugas(tugas: str) -> str:
    """Jalur sebuah tugas: dari metadata notebook `bimtek.jalur`, atau dari namanya (`modul-N-pengguna`)."""
    import json

    from bimtek.kelas.tugas_kursus import FOLDER_SUMBER

    meta = json.loads((FOLDER_SUMBER / tugas / f"{tugas}.ipynb").read_text(encoding="utf-8"))["metadata"]
    return meta.get("bimtek", {}).get("jalur") or ("pengguna" if tugas.endswith("-pengguna") else "analis")


def tugas_modul(nomor: int) -> list[str]:
    """Tugas (notebook peserta) sebuah modul, semua jalur, urut nama."""
    from bimtek.kelas.tugas_kursus import daftar_tugas

    return [t for t in daftar_tugas() if int(t.split("-")[1]) == nomor]


def _notebook_modul(nomor: int) -> str:
    baris = [(JALUR[jalur_tugas(t)], f"[unduh `{t}.ipynb`](notebook/{t}.ipynb)", f"`{t}/{t}.ipynb`")
             for t in sorted(tugas_modul(nomor), key=lambda t: (jalur_tugas(t) != "pengguna", t))]
    if not baris:
        raise ValueError(f"Modul {nomor} belum punya notebook di notebooks/.")
    return _tabel(["Jalur", "Notebook peserta (versi kosong)", "Di ruang kerja JupyterLab"], baris)


for _n in range(10):
    TABEL[f"notebook_modul_{_n}"] = (lambda n=_n: _notebook_modul(n))


def jp_modul(nomor: int) -> int:
    """JP sebuah modul dari metadata notebook (`bimtek.jp`); semua jalur modul itu harus sama JP-nya."""
    import json

    from bimtek.kelas.tugas_kursus import FOLDER_SUMBER

    jp = {t: json.loads((FOLDER_SUMBER / t / f"{t}.ipynb").read_text(encoding="utf-8"))["metadata"]
          .get("bimtek", {}).get("jp") for t in tugas_modul(nomor)}
    if not jp or None in jp.values() or len(set(jp.values())) != 1:
        raise ValueError(f"Modul {nomor}: JP di metadata notebook tidak ada atau tidak sama antarjalur: {jp}. "
                         "Perbaiki BIMTEK['jp'] di alat/notebook/, lalu jalankan `python -m alat.notebook`.")
    return next(iter(jp.values()))


def nomor_modul() -> list[int]:
    from bimtek.kelas.tugas_kursus import daftar_tugas

    return sorted({int(t.split("-")[1]) for t in daftar_tugas()})



_PENANDA_JP = re.compile(r"<!--\s*jp:\s*(\d+)\s*-->")
_BLOK_MODUL = re.compile(r"\[?Modul (\d+)\s*[·:]")


def isi_jp(markdown: str) -> str:
    """Ganti `<!-- jp: N -->` dengan JP Modul N dari metadata notebook."""
    return _PENANDA_JP.sub(lambda m: str(jp_modul(int(m.group(1)))), markdown)


def periksa_jadwal(markdown: str, halaman: str = "") -> None:
    """Tolak jadwal yang tidak cocok dengan notebook: baris blok `Modul N` harus ber-JP sama dengan notebooknya,
    dan baris **Jumlah** setiap tabel (serta "(N JP)" di judul bagiannya) harus sama dengan jumlah kolom JP-nya."""
    salah, jumlah, judul = [], 0, None
    for baris in markdown.splitlines() + [""]:
        if baris.startswith("#"):
            m = re.search(r"\((\d+) JP\)", baris)
            judul = (baris.lstrip("# "), int(m.group(1))) if m else None
        if not baris.startswith("|"):
            jumlah = 0
            continue
        sel = [x.strip() for x in baris.strip().strip("|").split("|")]
        jp = sel[-1].strip("*")
        if "**Jumlah**" in sel:
            if jp.isdigit() and int(jp) != jumlah:
                salah.append(f"jumlah {jp} JP, padahal blok-bloknya berjumlah {jumlah} JP")
            if judul and judul[1] != jumlah:
                salah.append(f"judul {judul[0]!r}, padahal tabelnya berjumlah {jumlah} JP")
            continue
        if not jp.isdigit():
            continue
        jumlah += int(jp)
        blok = next((x for x in sel[:-1] if _BLOK_MODUL.match(x)), None)
        if blok and "·" in blok or blok and blok.split(":")[1].strip().startswith("materi"):
            n = int(_BLOK_MODUL.match(blok).group(1))
            if int(jp) != jp_modul(n):
                salah.append(f"blok {blok!r} {jp} JP, padahal notebook Modul {n} {jp_modul(n)} JP")
    if salah:
        raise ValueError(f"Halaman {halaman}: jadwal tidak cocok dengan notebook: " + "; ".join(salah) + ".")


_PENANDA = re.compile(r"<!--\s*tabel:\s*([a-z_0-9]+)\s*-->")


def isi_tabel(markdown: str, halaman: str = "") -> str:
    """Ganti setiap penanda `<!-- tabel: NAMA -->` dengan tabel dari aturan."""

    def ganti(m: re.Match[str]) -> str:
        nama = m.group(1)
        if nama not in TABEL:
            raise ValueError(f"Halaman {halaman}: tabel {nama!r} tidak dikenal. Pilihan: {', '.join(TABEL)}.")
        return TABEL[nama]()

    return _PENANDA.sub(ganti, markdown)


def on_page_markdown(markdown: str, page: object, config: object, files: object) -> str:  # kait mkdocs
    halaman = getattr(getattr(page, "file", None), "src_path", "")
    markdown = isi_jp(isi_tabel(markdown, halaman))
    if halaman.endswith("jadwal.md"):
        periksa_jadwal(markdown, halaman)
    return markdown


# Perbaikan kecil pada HTML tema, tanpa menimpa templat (agar mkdocs.yml tetap polos untuk pindah ke Zensical):
# dialog pencarian Material tidak bernama (axe: aria-dialog-name), dan judul bagian halaman cetak print-site
# membawa tooltip berbahasa Inggris.
_GANTI_HTML = (
    ('<div class="md-search" data-md-component="search" role="dialog">',
     '<div class="md-search" data-md-component="search" role="dialog" aria-label="Pencarian">'),
    ("title='Permanent link'", "title='Tautan permanen ke bagian ini'"),
)


def rapikan_html(html: str) -> str:
    for lama, baru in _GANTI_HTML:
        html = html.replace(lama, baru)
    return html


def on_post_page(output: str, page: object, config: object) -> str:  # kait mkdocs
    return rapikan_html(output)


def on_post_build(config: dict) -> None:  # kait mkdocs; halaman cetak ditulis print-site di on_post_build-nya
    from pathlib import Path

    cetak = Path(config["site_dir"]) / "print_page.html"
    if cetak.is_file():
        cetak.write_text(rapikan_html(cetak.read_text(encoding="utf-8")), encoding="utf-8")
