"""Anatomi halaman modul: setiap modul (kedua jalur) punya halaman dengan susunan yang sama, menautkan notebook
peserta setiap jalurnya (bukan sumber), masuk navigasi, dan poinnya sama dengan notebook Jalur Analis."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
import yaml

from alat.panduan import tugas_modul
from bimtek.kelas.tugas_kursus import FOLDER_SUMBER, daftar_tugas

AKAR = Path(__file__).resolve().parents[2]
FOLDER_MODUL = AKAR / "course" / "modul"
BAGIAN = ["Tujuan", "Durasi", "Materi", "Langkah praktik", "Latihan", "Uji pemahaman", "Poin kunci",
          "Catatan fasilitator"]
NOMOR = sorted({int(t.split("-")[1]) for t in daftar_tugas()})
REGULASI = re.compile(r"(PermenPANRB|Perpres|PP|UU|SE|PerBKN|Perka BKN) [\w .]*\d+/\d{4}")


def _halaman(nomor: int) -> Path:
    cocok = sorted(FOLDER_MODUL.glob(f"modul-{nomor}-*.md"))
    assert len(cocok) == 1, f"Modul {nomor} harus punya tepat satu halaman course/modul/modul-{nomor}-*.md: {cocok}"
    return cocok[0]


def _teks(nomor: int) -> str:
    return _halaman(nomor).read_text(encoding="utf-8")


def _bagian(teks: str, judul: str) -> str:
    return re.split(r"^## ", teks.split(f"\n## {judul}\n", 1)[1], maxsplit=1, flags=re.M)[0]


def test_setiap_modul_punya_tugas_dan_halaman() -> None:
    assert NOMOR, "tidak ada tugas di notebooks/"
    for nomor in NOMOR:
        _halaman(nomor)


@pytest.mark.parametrize("nomor", NOMOR)
def test_susunan_bagian(nomor: int) -> None:
    teks = _teks(nomor)
    assert re.findall(r"^## (.+)$", teks, flags=re.M) == BAGIAN
    assert teks.startswith(f"# Modul {nomor} · "), "Judul halaman: '# Modul N · ...'"
    assert "!!! tujuan" in _bagian(teks, "Tujuan")
    durasi = _bagian(teks, "Durasi")
    assert "| Jalur Pengguna | Jalur Analis |" in durasi, "Durasi: satu tabel blok dengan menit per jalur"
    assert len(re.findall(r"^\|.*\| \d+ menit \|", durasi, flags=re.M)) >= 3, "Durasi: menit untuk setiap blok"
    assert re.search(rf"\d+ menit \(<!-- jp: {nomor} --> JP", durasi), "Durasi: menit dan JP (dari notebook)"
    assert REGULASI.search(_bagian(teks, "Materi")), "Materi menyebut regulasi di balik aturannya"
    assert "<!-- tabel: notebook_modul_" in _bagian(teks, "Latihan"), "Latihan menautkan notebook setiap jalur"
    uji = _bagian(teks, "Uji pemahaman")
    assert uji.count('??? success "Jawaban"') >= 3, "Uji pemahaman: paling sedikit 3 pertanyaan dengan jawaban"
    assert _bagian(teks, "Poin kunci").count("\n- ") >= 3
    fasilitator = _bagian(teks, "Catatan fasilitator")
    assert '!!! fasilitator "Catatan fasilitator"' in fasilitator
    for isi in ("Yang sering keliru", "Cara membuka kebuntuan", "Tanyakan ke ruangan"):
        assert isi in fasilitator, f"Catatan fasilitator Modul {nomor} tanpa '{isi}'"


@pytest.mark.parametrize("nomor", NOMOR)
def test_admonisi_tampil_di_situs(situs: Path, nomor: int) -> None:
    html = (situs / "modul" / f"{_halaman(nomor).stem}.html").read_text(encoding="utf-8")
    assert 'class="admonition tujuan"' in html
    assert 'class="admonition fasilitator"' in html
    assert html.count('<details class="success">') >= 3


@pytest.mark.parametrize("nomor", NOMOR)
def test_menautkan_notebook_peserta_setiap_jalur(situs: Path, nomor: int) -> None:
    html = (situs / "modul" / f"{_halaman(nomor).stem}.html").read_text(encoding="utf-8")
    for tugas in tugas_modul(nomor):
        assert f'href="notebook/{tugas}.ipynb"' in html, f"Halaman Modul {nomor} tidak menautkan {tugas}"
        unduhan = nbformat.reads((situs / "modul" / "notebook" / f"{tugas}.ipynb").read_text(encoding="utf-8"), 4)
        sumber = "\n".join(s.source for s in unduhan.cells)
        assert "BEGIN SOLUTION" not in sumber and "BEGIN HIDDEN TESTS" not in sumber, f"{tugas}: versi berkunci"
    teks = _teks(nomor)
    assert "notebooks/" not in teks and "grader/" not in teks


@pytest.mark.parametrize("tugas", [t for t in daftar_tugas() if not t.endswith("-pengguna")])
def test_poin_latihan_sama_dengan_notebook(tugas: str) -> None:
    nb = nbformat.read(FOLDER_SUMBER / tugas / f"{tugas}.ipynb", as_version=4)
    poin_notebook = sum(s.metadata.get("nbgrader", {}).get("points", 0) for s in nb.cells)
    baris = re.findall(r"^\| *\d+ *\|.*\| *(\d+)[^|]*\|$", _bagian(_teks(int(tugas.split("-")[1])), "Latihan"),
                       flags=re.M)
    assert len(baris) >= 4, "Tabel latihan: satu baris per soal, kolom terakhir poin"
    assert sum(map(int, baris)) == poin_notebook


def test_halaman_modul_ada_di_navigasi_dan_daftar() -> None:
    mkdocs = yaml.load((AKAR / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    nav = str(mkdocs["nav"])
    daftar = (FOLDER_MODUL / "index.md").read_text(encoding="utf-8")
    for nomor in NOMOR:
        nama = _halaman(nomor).name
        assert f"modul/{nama}" in nav, f"{nama} belum ada di nav mkdocs.yml"
        assert f"]({nama})" in daftar, f"{nama} belum ada di course/modul/index.md"
