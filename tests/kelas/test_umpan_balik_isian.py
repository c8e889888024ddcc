"""Umpan balik: isian formulir tampil sebagai tabel dan daftar yang dibaca orang, bukan JSON."""

import json

from bimtek.kelas.umpan_balik import _jawaban


def test_isian_formulir_dibaca_orang_bukan_json(tmp_path):
    (tmp_path / "jawaban").mkdir()
    isi = {"ekinerja": {"skp": {"rhk": [{"jenis": "Utama", "uraian": "Laporan <keuangan>",
                                           "iki": [{"aspek": "Kuantitas", "target": 4}]}], "disetujui": True}},
           "rating_hasil": None, "kuis-K1": "Jalankan > Jalankan Semua Sel"}
    (tmp_path / "jawaban" / "modul-2-pengguna.json").write_text(json.dumps(isi), encoding="utf-8")
    (tmp_path / "jawaban" / "rusak.json").write_text("{rusak", encoding="utf-8")
    hasil = dict(_jawaban(tmp_path))
    baris = dict(hasil["modul-2-pengguna.json"])
    html = str(baris["Ekinerja"])
    assert "<th>SKP</th>" in html and "<th>RHK</th>" in html and "<th>Jenis</th><th>Uraian</th>" in html
    assert "Laporan &lt;keuangan&gt;" in html and "<td>ya</td>" in html
    assert "{" not in html and '"' not in html
    assert str(baris["Rating hasil"]) == "&ndash;"
    # Sama dengan nama pemeriksaannya ("Pemeriksaan Butir K1"), bukan "Kuis-K1".
    assert "Jalankan &gt; Jalankan Semua Sel" in str(baris["Butir K1"])
    assert "tidak dapat dibaca" in str(dict(hasil["rusak.json"])["(berkas)"])


def test_sebab_memori_habis_tidak_berulang():
    from bimtek.kelas.umpan_balik import SEBAB_UMUM, sebab

    keluaran = [{"output_type": "error", "ename": "MemoryError",
                 "evalue": "memori habis: melebihi batas memori kernel (400 MB); kernel dimulai ulang"}]
    assert sebab(keluaran) == SEBAB_UMUM["MemoryError"]
    # MemoryError biasa dari kode peserta tetap menyebut pesannya.
    assert sebab([{"output_type": "error", "ename": "MemoryError", "evalue": "x"}]).endswith("(MemoryError: x)")


def test_umpan_balik_formulir_tanpa_kode_dan_dengan_sebab_dari_kotak():
    """Jalur Pengguna: sel formulir (kode tersembunyi) tidak tampil sebagai kode, teks polos widget
    ("Kuis(children=...") tidak tampil, dan sebab gagal diambil dari kotak kit, bukan "tidak sesuai harapan"."""
    import nbformat

    from bimtek.kelas.umpan_balik import _bagian, _keluaran

    widget = {"output_type": "execute_result", "execution_count": 1, "metadata": {},
              "data": {"application/vnd.jupyter.widget-view+json": {"model_id": "x", "version_major": 2,
                                                                   "version_minor": 0},
                       "text/plain": "Kuis(children=(HTML(value=\"<style>.bimtek-kuis\u2026"}}
    kotak = {"output_type": "execute_result", "execution_count": 2, "metadata": {},
             "data": {"text/plain": "0", "text/html": (
                 "<div class='bimtek-kotak bimtek-belum'><div><span>\u2026</span>Butir K4: belum dijawab</div>"
                 "<div>Jawab pada kotak pertanyaan di atas, lalu tekan tombolnya.</div></div>")}}
    formulir = nbformat.v4.new_code_cell("kuis_k4 = Kuis(K4, TUGAS, 'Butir 4')\njawaban = None\nkuis_k4")
    formulir.metadata = {"jupyter": {"source_hidden": True},
                         "nbgrader": {"solution": True, "grade": False, "grade_id": "jawaban-k4"}}
    formulir.outputs = [nbformat.from_dict(widget)]
    uji = nbformat.v4.new_code_cell("# Penilaian butir K4 (1 poin). Tidak perlu diubah.\nnilai_kuis(K4)")
    uji.metadata = {"jupyter": {"source_hidden": True},
                    "nbgrader": {"solution": False, "grade": True, "grade_id": "uji-k4", "points": 1}}
    uji.outputs = [nbformat.from_dict(kotak)]
    kode = nbformat.v4.new_code_cell("jawaban = 1")
    kode.metadata = {"nbgrader": {"solution": True, "grade": False, "grade_id": "jawaban-1"}}
    nb = nbformat.v4.new_notebook(cells=[formulir, uji, kode])
    bagian = _bagian(nb, {"uji-k4": (0.0, 1.0)})
    assert [b["jenis"] for b in bagian] == ["uji", "jawaban"]  # sel kode Jalur Analis tetap tampil
    assert bagian[0]["nama"] == "Butir K4"
    assert bagian[0]["sebab"] == ("Butir K4: belum dijawab. Jawab pada kotak pertanyaan di atas, lalu tekan "
                                  "tombolnya.")
    assert _keluaran(formulir) == ""
    assert bagian[0]["kode"] == "" and bagian[1]["kode"] == "jawaban = 1"


def test_sebab_formulir_dijawab_tetapi_salah():
    from bimtek.kelas.umpan_balik import sebab

    kotak = {"output_type": "execute_result", "data": {"text/plain": "0", "text/html": (
        "<div class='bimtek-kotak bimtek-tersimpan'><div>Butir K5: jawaban tersimpan</div></div>")}}
    assert sebab([kotak]) == "jawaban belum tepat."
