"""Kirim dari notebook di server JupyterHub: pekerjaan modul dikirim ke exchange nbgrader (nbgrader submit)."""

from __future__ import annotations

import os
from pathlib import Path


def di_hub() -> bool:
    """Notebook berjalan di server kelas JupyterHub kit (exchange tersedia)."""
    return bool(os.environ.get("JUPYTERHUB_USER") and os.environ.get("BIMTEK_EXCHANGE"))


def kirim(folder: Path) -> str:
    """Kirim folder modul (folder notebook ini) ke exchange; kembalikan nama kiriman di exchange."""
    from bimtek.kelas.adaptor_nbgrader import kirim_ke_exchange

    return kirim_ke_exchange(os.environ["BIMTEK_KURSUS"], Path(folder), Path(os.environ["BIMTEK_EXCHANGE"]))
