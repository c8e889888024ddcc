"""Dijalankan sebagai peserta setiap kali servernya dimulai, lalu digantikan jupyterhub-singleuser.

Menyiapkan rumah peserta: bahasa Indonesia di pengaturan JupyterLab, konfigurasi nbgrader (kursus dan exchange),
data contoh, dan modul yang sudah dirilis fasilitator tetapi belum ada di rumah (diambil dari exchange).
Pekerjaan peserta yang sudah ada tidak pernah ditimpa.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

KONFIGURASI_NBGRADER = """\
# Dibuat oleh Kit Bimtek: kursus dan exchange nbgrader server kelas ini.
c = get_config()  # noqa: F821
c.CourseDirectory.course_id = {kursus!r}
c.Exchange.root = {exchange!r}
c.Exchange.assignment_dir = {rumah!r}
"""


def siapkan_rumah(rumah: Path, kursus: str, exchange: Path, data: Path | None) -> list[str]:
    """Siapkan rumah peserta; kembalikan modul yang baru diambil dari exchange."""
    from bimtek.mulai import pasang_bahasa_pengguna

    pasang_bahasa_pengguna(rumah / ".jupyter" / "lab" / "user-settings")
    konfig = rumah / ".jupyter" / "nbgrader_config.py"
    konfig.parent.mkdir(parents=True, exist_ok=True)
    konfig.write_text(KONFIGURASI_NBGRADER.format(kursus=kursus, exchange=str(exchange), rumah=str(rumah)),
                      encoding="utf-8")
    if data is not None and data.is_dir() and not (rumah / "data_contoh").exists():
        shutil.copytree(data, rumah / "data_contoh")
    return ambil_modul(rumah, kursus, exchange)


def ambil_modul(rumah: Path, kursus: str, exchange: Path) -> list[str]:
    """Ambil (nbgrader fetch) setiap modul yang dirilis dan belum ada di rumah."""
    from bimtek.kelas.adaptor_nbgrader import ambil_dari_exchange

    keluar = exchange / kursus / "outbound"
    if not keluar.is_dir():
        return []
    diambil = []
    for modul in sorted(p.name for p in keluar.iterdir() if p.is_dir()):
        if (rumah / modul).exists():
            continue
        ambil_dari_exchange(kursus, modul, exchange, rumah)
        diambil.append(modul)
    return diambil


def main() -> None:
    rumah = Path.home()
    os.chdir(rumah)
    try:
        data = Path(os.environ["BIMTEK_DATA_CONTOH"]) if os.environ.get("BIMTEK_DATA_CONTOH") else None
        diambil = siapkan_rumah(rumah, os.environ["BIMTEK_KURSUS"], Path(os.environ["BIMTEK_EXCHANGE"]), data)
        if diambil:
            print(f"Modul diambil dari exchange: {', '.join(diambil)}", file=sys.stderr)
    except Exception as e:  # server peserta tetap dimulai; fasilitator melihat alasannya di log hub
        print(f"Persiapan rumah peserta tidak lengkap: {type(e).__name__}: {e}", file=sys.stderr)
    program = shutil.which("jupyterhub-singleuser", path=os.path.dirname(sys.executable)) or "jupyterhub-singleuser"
    os.execv(program, [program, *sys.argv[1:]])


if __name__ == "__main__":
    main()
