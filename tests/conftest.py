"""Perlengkapan uji bersama: kursus nbgrader sementara yang memakai konfigurasi `grader/` dan notebook sumber asli."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

AKAR_REPO = Path(__file__).resolve().parents[1]
# `alat/` (pembangun notebook) tidak dipasang sebagai paket; uji mengimpornya dari akar repositori.
if str(AKAR_REPO) not in sys.path:
    sys.path.insert(0, str(AKAR_REPO))


@dataclass
class KursusUji:
    """Kursus nbgrader di folder sementara: konfigurasi kit, buku nilai sendiri, versi peserta sudah dibuat."""

    api: Any
    akar: Path
    rilis: dict[str, Path]

    @property
    def db_url(self) -> str:
        return self.api.coursedir.db_url


@pytest.fixture(scope="session")
def kursus(tmp_path_factory: pytest.TempPathFactory) -> KursusUji:
    from bimtek.kursus.persiapan import buat_versi_peserta
    from bimtek.kursus.tugas import api_kursus

    akar = tmp_path_factory.mktemp("kursus")
    api = api_kursus(ubah={"CourseDirectory": {"root": str(akar), "db_url": f"sqlite:///{akar / 'gradebook.db'}"}})
    return KursusUji(api=api, akar=akar, rilis=buat_versi_peserta(api))
