"""Kirim dari notebook di server JupyterHub: pekerjaan modul dikirim ke exchange nbgrader (nbgrader submit)."""

from __future__ import annotations

import os
from pathlib import Path


def di_hub() -> bool:
    """Notebook berjalan di server kelas JupyterHub kit (exchange tersedia)."""
    return bool(os.environ.get("JUPYTERHUB_USER") and os.environ.get("BIMTEK_EXCHANGE"))


def kirim(folder: Path) -> str:
    """Kirim folder modul (folder notebook ini) ke exchange; kembalikan nama kiriman di exchange."""
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.exchange.default import ExchangeSubmit
    from traitlets.config import Config

    cfg = Config()
    cfg.CourseDirectory.course_id = os.environ["BIMTEK_KURSUS"]
    cfg.CourseDirectory.assignment_id = folder.name
    cfg.Exchange.root = os.environ["BIMTEK_EXCHANGE"]
    cfg.Exchange.assignment_dir = str(folder.parent)
    kirim = ExchangeSubmit(coursedir=CourseDirectory(config=cfg), authenticator=Authenticator(config=cfg), config=cfg)
    kirim.start()
    return kirim.assignment_filename
