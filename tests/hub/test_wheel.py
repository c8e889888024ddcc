"""Kit terpasang dari wheel (bukan editable): kelas dibuat dari kursus terpasang, dirilis, set gladi dinilai
dengan skor yang sama dengan dari repositori (harapan.json set gladi)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

AKAR = Path(__file__).resolve().parents[2]
SET_GLADI = AKAR / "grader" / "contoh_kiriman"

pytestmark = pytest.mark.lambat


def _jalankan(venv: Path, *argv: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("BIMTEK_KELAS", "PYTHONPATH", "VIRTUAL_ENV")}
    # Program ketergantungan (mis. alembic untuk nbgrader) ada di lingkungan uji; kit dari venv wheel didahulukan.
    env["PATH"] = os.pathsep.join([str(venv / "bin"), str(Path(sys.executable).parent), env.get("PATH", "")])
    return subprocess.run([str(venv / "bin" / argv[0]), *argv[1:]], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600)


def test_wheel_memuat_bahan_kursus(wheel_kit):
    import zipfile

    nama = zipfile.ZipFile(wheel_kit).namelist()
    for wajib in ("bimtek/_bahan/notebooks/modul-0-orientasi/modul-0-orientasi.ipynb",
                  "bimtek/_bahan/grader/nbgrader_config.py", "bimtek/_bahan/sample_data/pegawai.csv",
                  "bimtek/_bahan/course/index.md", "bimtek/_bahan/grader/contoh_kiriman/harapan.json"):
        assert wajib in nama
    # Keadaan kelas repositori (buku nilai, kiriman) tidak pernah ikut.
    assert not [n for n in nama if "gradebook" in n or "/submitted/" in n or "/.kelas/" in n]


def test_kelas_dari_wheel_menilai_sama_dengan_repositori(venv_wheel, tmp_path):
    cek = _jalankan(venv_wheel, "python", "-c",
                    "import bimtek, bimtek.lokasi as l; print(bimtek.__file__); print(l.akar_repo()); "
                    "print(l.sample_data())", cwd=tmp_path)
    file_paket, repo, data = cek.stdout.split("\n")[:3]
    assert file_paket.startswith(str(venv_wheel)) and repo == "None" and data.startswith(str(venv_wheel)), cek

    # Tanpa kelas: pesan menyebut cara membuatnya.
    tanpa = _jalankan(venv_wheel, "bimtek", "kelas", "status", cwd=tmp_path)
    assert tanpa.returncode != 0 and "bimtek kelas buat" in tanpa.stderr

    kelas = tmp_path / "kelas"
    h = _jalankan(venv_wheel, "bimtek", "kelas", "buat", str(kelas), cwd=tmp_path)
    assert h.returncode == 0, h.stderr
    k = ("--kelas", str(kelas))
    h = _jalankan(venv_wheel, "bimtek", "kelas", "rilis", "modul-0-orientasi", "--ruang-kerja",
                  str(tmp_path / "ruang"), *k, cwd=tmp_path)
    assert h.returncode == 0, h.stderr
    assert (tmp_path / "ruang" / "modul-0-orientasi" / "modul-0-orientasi.ipynb").is_file()

    harapan = json.loads((SET_GLADI / "harapan.json").read_text(encoding="utf-8"))
    assert _jalankan(venv_wheel, "bimtek", "kelas", "peserta", "impor", str(SET_GLADI / "peserta.csv"), *k,
                     cwd=tmp_path).returncode == 0
    h = _jalankan(venv_wheel, "bimtek", "kelas", "kumpulkan", "--dari", str(SET_GLADI / "kiriman"), "--tenggat",
                  harapan["tenggat"], *k, cwd=tmp_path)
    assert h.returncode == 1 and "DITOLAK" in h.stdout, h.stderr  # set gladi memuat kiriman rusak
    h = _jalankan(venv_wheel, "bimtek", "kelas", "nilai", harapan["modul"], "--batas-waktu-sel", "8",
                  "--batas-waktu-notebook", "60", "--batas-memori", "1024", *k, cwd=tmp_path)
    assert h.returncode == 0, h.stderr
    # Pembanding set gladi dari kit terpasang: skor, status, dan alasan sama dengan harapan dari repositori.
    banding = _jalankan(venv_wheel, "python", "-c",
                        f"import sys; sys.path.append({str(AKAR)!r}); from pathlib import Path; "
                        "from alat import contoh_kiriman as c; "
                        "from bimtek.kelas.folder_kelas import FolderKelas; "
                        f"s = c.bandingkan(FolderKelas(Path({str(kelas)!r})), Path({str(SET_GLADI)!r})); "
                        "print(s); sys.exit(1 if s else 0)", cwd=tmp_path)
    assert banding.returncode == 0, banding.stdout + banding.stderr
    hasil = json.loads((kelas / ".kelas" / "hasil_nilai.json").read_text())[harapan["modul"]]
    for kasus in harapan["kasus"]:
        if kasus.get("nip") in hasil and "skor" in kasus["harapan"]:
            assert hasil[kasus["nip"]]["skor"] == pytest.approx(kasus["harapan"]["skor"]), kasus["kasus"]
