"""Penilaian yang tangguh: urutan sel dipulihkan, kernel yang dimatikan atau kehabisan memori di satu sel dimulai
ulang (hanya soal itu yang kehilangan poin), tanpa sisa folder sementara."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from bantu_kelas import MODUL_UJI, NIP_A, NIP_B, tulis_peserta

from bimtek.kelas.folder_kelas import FolderKelas, baca_json


def _kirim(kelas_uji: Path, tmp_path: Path, bimtek, ubah: dict[str, callable], *batas: str) -> tuple[int, str, str]:
    """Rilis, lalu kirim versi jawaban benar per NIP yang diubah oleh `ubah[nip]`, kumpulkan, dan nilai."""
    k = ("--kelas", str(kelas_uji))
    bimtek("kelas", "peserta", "impor", str(tulis_peserta(tmp_path, [f"{n},Peserta {n[-3:]},U" for n in ubah])), *k)
    bimtek("kelas", "rilis", MODUL_UJI, "--ruang-kerja", str(tmp_path / "rk"), *k)
    sumber = json.loads((kelas_uji / "source" / MODUL_UJI / f"{MODUL_UJI}.ipynb").read_text(encoding="utf-8"))
    masuk = tmp_path / "masuk"
    masuk.mkdir()
    for nip, fungsi in ubah.items():
        nb = json.loads(json.dumps(sumber))
        for c in nb["cells"]:  # jawaban benar tanpa penanda solusi/uji tersembunyi
            baris = "".join(c["source"]).split("### BEGIN HIDDEN TESTS")[0].splitlines()
            c["source"] = "\n".join(b for b in baris if b.strip() not in ("### BEGIN SOLUTION", "### END SOLUTION"))
        isi = fungsi(nb["cells"])
        with zipfile.ZipFile(masuk / f"{nip}_{MODUL_UJI}.zip", "w") as z:
            z.writestr(f"{MODUL_UJI}/{MODUL_UJI}.ipynb", isi if isinstance(isi, bytes) else json.dumps(nb))
            z.writestr(f"{MODUL_UJI}/jawaban/{MODUL_UJI}.json", '{"predikat": "Baik"}')
    bimtek("kelas", "kumpulkan", "--dari", str(masuk), *k)
    return bimtek("kelas", "nilai", MODUL_UJI, "--batas-waktu-sel", "20", *batas, *k)


def _sel(cells: list[dict], grade_id: str) -> int:
    return next(i for i, c in enumerate(cells) if c["metadata"].get("nbgrader", {}).get("grade_id") == grade_id)


def _seret_jawaban_ke_atas(cells: list[dict]) -> None:
    # Sel jawaban kedua diseret ke atas sel persiapan, dengan sel tambahan peserta di bawahnya.
    jawab = cells.pop(_sel(cells, "jawab_jenis_kelamin"))
    tambahan = {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
                "source": "catatan_saya = 'dicoba dulu'"}
    cells.insert(0, jawab)
    cells.insert(1, tambahan)


def _matikan_kernel(cells: list[dict]) -> None:
    cells[_sel(cells, "jawab_tahun_lahir")]["source"] = "import os\nos._exit(1)"


def _mati_kehabisan_memori(cells: list[dict]) -> None:
    # Proses kernel menulis pesan memori habis pustaka C ke keluaran galatnya lalu berhenti (seperti pustaka yang
    # gagal mengalokasikan memori): keluaran galat proses kernel dibaca penilai untuk menyebut sebabnya.
    cells[_sel(cells, "jawab_tahun_lahir")]["source"] = (
        'import os\nos.write(2, b"std::bad_alloc: Cannot allocate memory\\n")\nos._exit(134)')


def _penuhi_memori(potongan: str):
    """Sel jawaban pertama menumpuk memori sampai melewati batas memori kernel dan terus menahannya (tanpa
    simulasi: alokasi sungguhan). Sebelumnya kernel lalu macet atau mati di sel berikutnya, dan soal lain (atau
    seluruh kiriman) ikut bernilai 0."""
    def ubah(cells: list[dict]) -> None:
        sel = cells[_sel(cells, "jawab_tahun_lahir")]
        sel["source"] = f"_simpan = []\nwhile True:\n    _simpan.append({potongan})\n" + sel["source"]
    return ubah


@pytest.mark.lambat
def test_urutan_sel_dan_kernel_mati(kelas_uji: Path, tmp_path: Path, bimtek, monkeypatch) -> None:
    import tempfile

    # Folder kendali kernel (tempfile.mkdtemp(prefix="bimtek-")) dibuat di folder sementara milik uji ini saja,
    # jadi penilaian lain yang berjalan bersamaan di mesin yang sama tidak mengacaukan pemeriksaan sisa folder.
    # Path pendek: soket ipc kernel berbatas ~107 bajt.
    sementara = Path(tempfile.mkdtemp(prefix="uji-kd-", dir="/tmp"))
    monkeypatch.setattr(tempfile, "tempdir", str(sementara))
    kosong = "199001012021211001"  # NI PPPK: kiriman notebook kosong (0 bajt)
    memori_bongkah, memori_kecil, mati_memori = "198507152010011002", "197912312005022003", "198001012010011004"
    kode, out, err = _kirim(kelas_uji, tmp_path, bimtek, {
        NIP_A: _seret_jawaban_ke_atas, NIP_B: _matikan_kernel, kosong: lambda cells: b"",
        memori_bongkah: _penuhi_memori("bytearray(2**20)"),
        memori_kecil: _penuhi_memori('" " * 1000 + str(len(_simpan))'), mati_memori: _mati_kehabisan_memori,
    }, "--batas-memori", "400")
    assert kode == 0, err
    hasil = baca_json(FolderKelas(kelas_uji).hasil_nilai, {})[MODUL_UJI]
    # Urutan dipulihkan: nilai penuh.
    assert hasil[NIP_A]["status"] == "dinilai" and hasil[NIP_A]["skor"] == hasil[NIP_A]["maks"] == 5, hasil[NIP_A]
    # Kernel mati di jawaban pertama: hanya soal itu yang kehilangan poin; alasannya menyebut selnya.
    assert hasil[NIP_B]["status"] == "dinilai" and hasil[NIP_B]["skor"] == 3, hasil[NIP_B]
    assert hasil[NIP_B]["catatan"] == ["kernel berhenti mendadak di sel jawab_tahun_lahir (proses kernel "
                                       "dimatikan); kernel dimulai ulang, soal itu tidak mendapat poin"], hasil
    assert f"{NIP_B} Peserta {NIP_B[-3:]}: nilai 3 dari 5 - kernel berhenti mendadak di sel jawab_tahun_lahir" in out
    # Memori habis di jawaban pertama: hanya soal itu yang kehilangan poin; catatannya menyebut sel dan memori.
    for nip in (memori_bongkah, memori_kecil, mati_memori):
        assert hasil[nip]["status"] == "dinilai" and hasil[nip]["skor"] == 3, hasil[nip]
        assert hasil[nip]["catatan"] == ["memori habis di sel jawab_tahun_lahir (melebihi batas memori); kernel "
                                         "dimulai ulang, soal itu tidak mendapat poin"], hasil[nip]
        assert f"{nip} Peserta {nip[-3:]}: nilai 3 dari 5 - memori habis di sel jawab_tahun_lahir" in out
    assert hasil[kosong]["status"] == "gagal"
    assert hasil[kosong]["alasan"] == (f"Berkas notebook {MODUL_UJI}.ipynb kosong (0 bajt): notebook belum tersimpan "
                                       "saat dikirim. Minta peserta menyimpan (Ctrl+S) lalu mengirim ulang.")
    assert "SAWarning" not in out + err and "Traceback" not in out + err
    # Tidak ada sisa folder kendali atau coretan kernel, juga dari kernel yang mati atau kehabisan memori.
    assert not list(sementara.glob("bimtek-*"))
    sementara.rmdir()
    assert not list((kelas_uji / ".kelas" / "coretan").iterdir())
