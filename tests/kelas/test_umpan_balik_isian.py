"""Umpan balik: isian formulir tampil sebagai tabel dan daftar yang dibaca orang, bukan JSON."""

import json

from bimtek.kelas.umpan_balik import _jawaban


def test_isian_formulir_dibaca_orang_bukan_json(tmp_path):
    (tmp_path / "jawaban").mkdir()
    isi = {"ekinerja": {"skp": {"rhk": [{"jenis": "Utama", "uraian": "Laporan <keuangan>",
                                           "iki": [{"aspek": "Kuantitas", "target": 4}]}], "disetujui": True}},
           "rating_hasil": None, "kuis_K1": "Jalankan > Jalankan Semua Sel"}
    (tmp_path / "jawaban" / "modul-2-pengguna.json").write_text(json.dumps(isi), encoding="utf-8")
    (tmp_path / "jawaban" / "rusak.json").write_text("{rusak", encoding="utf-8")
    hasil = dict(_jawaban(tmp_path))
    baris = dict(hasil["modul-2-pengguna.json"])
    html = str(baris["Ekinerja"])
    assert "<th>SKP</th>" in html and "<th>RHK</th>" in html and "<th>Jenis</th><th>Uraian</th>" in html
    assert "Laporan &lt;keuangan&gt;" in html and "<td>ya</td>" in html
    assert "{" not in html and '"' not in html
    assert str(baris["Rating hasil"]) == "&ndash;"
    assert "Jalankan &gt; Jalankan Semua Sel" in str(baris["Kuis K1"])
    assert "tidak dapat dibaca" in str(dict(hasil["rusak.json"])["(berkas)"])


def test_sebab_memori_habis_tidak_berulang():
    from bimtek.kelas.umpan_balik import SEBAB_UMUM, sebab

    keluaran = [{"output_type": "error", "ename": "MemoryError",
                 "evalue": "memori habis: melebihi batas memori kernel (400 MB); kernel dimulai ulang"}]
    assert sebab(keluaran) == SEBAB_UMUM["MemoryError"]
    # MemoryError biasa dari kode peserta tetap menyebut pesannya.
    assert sebab([{"output_type": "error", "ename": "MemoryError", "evalue": "x"}]).endswith("(MemoryError: x)")
