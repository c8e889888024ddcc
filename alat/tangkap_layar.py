"""Tangkapan layar JupyterLab untuk halaman Persiapan peserta: `python -m alat.tangkap_layar RUANG_KERJA`.

Menyalakan JupyterLab berbahasa Indonesia (tanpa token, 127.0.0.1) di atas ruang kerja peserta yang berisi versi
peserta Modul 0, lalu memotret apa yang dilihat peserta dengan Chromium Debian: halaman awal dengan daftar
berkas, dan notebook setelah *Jalankan Semua Sel*. Gambar ditulis ke `course/aset/persiapan/`.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bimtek.panduan import ARGUMEN_CHROMIUM, cari_chromium

AKAR = Path(__file__).resolve().parents[1]
KELUARAN = AKAR / "course" / "aset" / "persiapan"
TUGAS = "modul-0-orientasi"


def main(ruang_kerja: Path) -> None:
    from playwright.sync_api import sync_playwright

    from alat.lab_peramban import LabTidakMenyala, buka_notebook, lab_peserta
    from bimtek.mulai import pasang_bahasa_pengguna, pasang_pengaturan_lab

    # Pengaturan yang sama dengan `bimtek mulai`: bahasa Indonesia, terjemahan tambahan kit, tanpa alat fasilitator.
    pasang_pengaturan_lab()
    try:
        with lab_peserta(ruang_kerja, Path(tempfile.mkdtemp(prefix="bimtek-tangkap-")), batas_detik=90,
                         pengaturan=pasang_bahasa_pengguna) as alamat, sync_playwright() as p:
            KELUARAN.mkdir(parents=True, exist_ok=True)
            peramban = p.chromium.launch(executable_path=cari_chromium(), headless=True, args=ARGUMEN_CHROMIUM)
            h = peramban.new_page(viewport={"width": 1280, "height": 760})
            h.goto(f"{alamat}/lab/workspaces/awal")
            h.wait_for_selector(".jp-DirListing-item", timeout=60_000)
            h.wait_for_timeout(1500)
            h.screenshot(path=str(KELUARAN / "lab-awal.png"))
            h.close()
            h = buka_notebook(peramban, alamat, TUGAS, tinggi=760)
            h.wait_for_timeout(1000)
            h.screenshot(path=str(KELUARAN / "notebook-terbuka.png"))
            h.locator(".lm-MenuBar-item", has_text="Jalankan").first.click()
            h.wait_for_timeout(700)
            h.screenshot(path=str(KELUARAN / "menu-jalankan.png"))
            h.keyboard.press("Escape")
            peramban.close()
    except LabTidakMenyala as e:
        raise SystemExit(str(e)) from None


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve())
