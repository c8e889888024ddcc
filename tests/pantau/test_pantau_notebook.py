"""Ujung ke ujung: kernel sungguhan menjalankan notebook modul yang memanggil cek()/petunjuk(); peristiwanya muncul
di `bimtek kelas pantau --sekali --format json` (ruang kerja, kiriman terkumpul, dan folder server)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from bimtek.kelas.kirim import kemas

MODUL = "modul-0-orientasi"
NIP = "199001012015031001"
SEL = [
    "from bimtek import aturan\nfrom bimtek.latihan.modul_0 import soal_1, soal_2",
    "soal_1.cek()",
    "jam_kerja_per_hari = 8\nmenit_kerja_per_minggu = 60\nsoal_1.cek()",
    "soal_1.petunjuk()",
    "jam_kerja_per_hari = aturan.JAM_KERJA_PER_MINGGU / 5\n"
    "menit_kerja_per_minggu = aturan.JAM_KERJA_PER_MINGGU * 60\nsoal_1.cek()",
    "soal_2.petunjuk()",
]

pytestmark = pytest.mark.lambat


def _jalankan_notebook(folder: Path, env: dict[str, str] | None = None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in SEL])
    nbformat.write(nb, folder / f"{MODUL}.ipynb")
    lama = dict(os.environ)
    os.environ.update(env or {})
    try:  # kernel mewarisi lingkungan proses ini, seperti server peserta di JupyterHub
        NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(folder)}}).execute()
    finally:
        os.environ.clear()
        os.environ.update(lama)
    # cek()/petunjuk() menampilkan kotak HTML (display_data), bukan print.
    keluaran = "".join(o.get("text", "") + o.get("data", {}).get("text/html", "")
                       for c in nb.cells for o in c.get("outputs", []))
    assert "Soal 1 selesai" in keluaran and "Petunjuk 1 dari" in keluaran


def _pantau_json(*argumen: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("BIMTEK_PANTAU_DIR", "JUPYTERHUB_USER", "BIMTEK_NIP")}
    r = subprocess.run([sys.executable, "-m", "bimtek.cli", "kelas", "pantau", "--sekali", "--format", "json",
                        *argumen], capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def _hasil(c: dict, nip: str) -> dict:
    b = next(b for b in c["peserta"] if b["nip"] == nip)
    return {i: (s["status"], s["salah"], s["petunjuk"], s["percobaan"]) for i, s in b["sel"].items()}


def test_peristiwa_kernel_muncul_di_pantau(tmp_path, monkeypatch):
    for v in ("BIMTEK_PANTAU_DIR", "JUPYTERHUB_USER", "BIMTEK_NIP", "BIMTEK_PANTAU"):
        monkeypatch.delenv(v, raising=False)
    kelas = tmp_path / "kelas"
    (kelas / ".kelas").mkdir(parents=True)
    (kelas / ".kelas" / "peserta.json").write_text(json.dumps(
        [{"nip": NIP, "nama": "Sri Rahayu", "unit": "Bagian Umum"},
         {"nip": "199202022019032002", "nama": "Belum Datang", "unit": "Bagian Umum"}]), encoding="utf-8")

    # Laptop: peristiwa di jawaban/ ruang kerja, tanpa NIP sampai dikirim.
    ruang = tmp_path / "ruang_kerja"
    _jalankan_notebook(ruang / MODUL)
    c = _pantau_json("--kelas", str(kelas), "--ruang-kerja", str(ruang), "--modul", MODUL)
    tanpa_nip = f"tanpa NIP ({MODUL})"
    harapan = {"soal_1": ("benar", 1, 1, 3), "soal_2": ("mencoba", 0, 1, 0)}
    assert {k: v for k, v in _hasil(c, tanpa_nip).items() if k in harapan} == harapan

    # Dikirim (`bimtek kirim`) lalu dikumpulkan ke submitted/NIP/MODUL: NIP dan nama dari daftar peserta.
    zip_ = kemas(ruang / MODUL, NIP, tmp_path / "kiriman")
    with zipfile.ZipFile(zip_) as z:
        assert f"{MODUL}/jawaban/pantau.jsonl" in z.namelist()
        z.extractall(kelas / "submitted" / NIP)
    c = _pantau_json("--kelas", str(kelas), "--ruang-kerja", str(tmp_path / "kosong"))
    assert c["modul"] == MODUL
    assert {k: v for k, v in _hasil(c, NIP).items() if k in harapan} == harapan
    assert next(b for b in c["peserta"] if b["nip"] == NIP)["nama"] == "Sri Rahayu"
    assert c["belum_mulai"] == ["199202022019032002"]

    # Server pelatihan: BIMTEK_PANTAU_DIR dan nama pengguna hub di lingkungan kernel.
    folder_hub = tmp_path / "pantau"
    folder_hub.mkdir()
    nip_hub = "199303032020121003"
    _jalankan_notebook(tmp_path / "hub" / MODUL, {"BIMTEK_PANTAU_DIR": str(folder_hub), "JUPYTERHUB_USER": nip_hub})
    assert not (tmp_path / "hub" / MODUL / "jawaban").exists()
    c = _pantau_json("--kelas", str(tmp_path / "tanpa-kelas"), "--folder", str(folder_hub), "--ruang-kerja",
                     str(tmp_path / "kosong"))
    assert {k: v for k, v in _hasil(c, nip_hub).items() if k in harapan} == harapan
