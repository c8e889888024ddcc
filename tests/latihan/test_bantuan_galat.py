"""Penjelasan galat berbahasa Indonesia: isi penjelasan, dan pemasangannya di kernel IPython sungguhan."""

from __future__ import annotations

import nbformat
import pandas as pd
import pytest

from bimtek import aturan
from bimtek.latihan import penjelasan


def _tangkap(fungsi) -> BaseException:
    try:
        fungsi()
    except Exception as e:  # noqa: BLE001
        return e
    raise AssertionError("tidak ada galat")


def test_nameerror_menyarankan_menjalankan_sel_di_atas() -> None:
    e = _tangkap(lambda: eval("pegawai_belum_ada"))
    assert "`pegawai_belum_ada` belum dikenal" in penjelasan(e, e.__traceback__)
    assert "Jalankan Semua Sel di Atas Sel Terpilih" in penjelasan(e, e.__traceback__)


def test_keyerror_kolom_dataframe_menyarankan_nama_mirip() -> None:
    tabel = pd.DataFrame({"golongan": [1], "nama": ["A"]})
    e = _tangkap(lambda: tabel["golngan"])
    teks = penjelasan(e, e.__traceback__)
    assert "tidak punya kolom 'golngan'" in teks and "golongan" in teks.split("Mungkin maksud Anda:")[1]


def test_valueerror_dari_aturan_meneruskan_pesannya() -> None:
    e = _tangkap(lambda: aturan.normalisasi_rating("luar biasa"))
    teks = penjelasan(e, e.__traceback__)
    assert teks.startswith("nilai yang Anda berikan ditolak oleh aturan kit") and str(e) in teks


def test_jawaban_belum_diisi() -> None:
    e = _tangkap(lambda: (_ for _ in ()).throw(NotImplementedError("Jawaban belum diisi")))
    assert "sel ini belum diisi" in penjelasan(e)


def test_galat_tanpa_penjelasan_khusus() -> None:
    assert penjelasan(MemoryError()) is None


@pytest.mark.lambat
def test_kernel_menampilkan_penjelasan_sebelum_traceback() -> None:
    from nbclient import NotebookClient

    sel = [
        "from bimtek.latihan import pasang_bantuan_galat\npasang_bantuan_galat()",
        "nama_tidak_ada + 1",
        "def f(:\n    pass",
        "from bimtek.latihan import Salah\nraise Salah('golongan tertukar')",
        "print('tetap jalan')",
    ]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sel])
    NotebookClient(nb, kernel_name="python3", allow_errors=True, timeout=60).execute()
    galat = [[o for o in s.outputs if o.output_type == "error"] for s in nb.cells]
    assert not galat[0]
    assert galat[1][0].ename == "NameError" and "belum dikenal" in galat[1][0].traceback[0]
    assert any("Traceback" in b for b in galat[1][0].traceback), "traceback asli tetap ditampilkan"
    assert galat[2][0].ename == "SyntaxError" and "tidak dapat membaca kode" in galat[2][0].traceback[0]
    assert galat[3][0].traceback == ["Belum tepat: golongan tertukar"]
    assert nb.cells[4].outputs[0].text == "tetap jalan\n"
