"""Folder peristiwa server: dua akun sistem sungguhan (useradd) tidak dapat membaca atau menghapus berkas satu sama
lain; akun pelatih (grup fasilitator) membaca keduanya; berkas atas nama orang lain tidak dipercaya."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest

from bimtek.pantau.folder_hub import MODE_FOLDER, siapkan_folder_hub
from bimtek.pantau.pantauan import Pantauan

pytestmark = pytest.mark.skipif(
    os.geteuid() != 0 or not shutil.which("useradd") or not shutil.which("runuser"),
    reason="butuh root, useradd, dan runuser (tersedia di CI)",
)


@pytest.fixture
def terbuka():
    """Folder yang dapat dilalui akun lain, di luar folder sementara pytest (yang tertutup 0700 dan dapat
    dibersihkan oleh sesi pytest lain di mesin yang sama)."""
    folder = Path(tempfile.mkdtemp(prefix="bimtek-uji-pantau-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def paket_terbuka(terbuka: Path) -> str:
    """Salinan paket pantau (hanya pustaka standar) yang dapat dibaca akun lain: venv kerja mungkin tertutup."""
    import bimtek
    import bimtek.pantau

    akar = terbuka / "paket"
    tujuan = akar / "bimtek"
    tujuan.mkdir(parents=True)
    shutil.copy(bimtek.__file__, tujuan / "__init__.py")
    shutil.copy(Path(bimtek.__file__).parent / "galat.py", tujuan / "galat.py")
    shutil.copytree(Path(bimtek.pantau.__file__).parent, tujuan / "pantau",
                    ignore=shutil.ignore_patterns("__pycache__"))
    for p in [akar, *akar.rglob("*")]:
        p.chmod(0o755 if p.is_dir() else 0o644)
    return str(akar)


def _jalan(pengguna: str, kode: str, paket: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    lingkungan = ["env", f"PYTHONPATH={paket}", "PYTHONDONTWRITEBYTECODE=1",
                  *(f"{k}={v}" for k, v in (env or {}).items())]
    python = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
    return subprocess.run(["runuser", "-u", pengguna, "--", *lingkungan, python, "-c", kode],
                          capture_output=True, text=True, timeout=60, cwd="/")


@pytest.fixture
def akun():
    akhiran = uuid.uuid4().hex[:6]
    grup = f"fas{akhiran}"
    peserta = [f"19900101201503{n}{akhiran[:3]}" for n in ("1", "2")]  # nama akun = NIP-seperti
    peserta = [p[:18] for p in peserta]
    pelatih = f"pel{akhiran}"
    subprocess.run(["groupadd", grup], check=True)
    for p in peserta:
        subprocess.run(["useradd", "-M", "-N", "-s", "/usr/sbin/nologin", p], check=True)
    subprocess.run(["useradd", "-M", "-N", "-g", grup, "-s", "/usr/sbin/nologin", pelatih], check=True)
    yield grup, peserta, pelatih
    for p in [*peserta, pelatih]:
        subprocess.run(["userdel", p], check=False)
    subprocess.run(["groupdel", grup], check=False)


def test_peserta_tidak_membaca_berkas_peserta_lain(terbuka, akun, paket_terbuka):
    grup, (a, b), pelatih = akun
    folder = siapkan_folder_hub(terbuka / "pantau", grup)
    st = folder.stat()
    assert stat.S_IMODE(st.st_mode) == MODE_FOLDER and st.st_uid == 0
    tulis = ("from bimtek.pantau import catat\n"
             "catat('modul-0-orientasi', 'soal_1', 'salah'); catat('modul-0-orientasi', 'soal_1', 'benar')")
    for nip in (a, b):
        # umask 077 peserta pun tidak boleh menutup akses baca grup pelatih
        r = _jalan(nip, "import os; os.umask(0o077)\n" + tulis, paket_terbuka,
                   {"BIMTEK_PANTAU_DIR": str(folder), "JUPYTERHUB_USER": nip})
        assert r.returncode == 0 and not r.stderr.strip(), r.stderr
    for nip in (a, b):
        st = (folder / f"{nip}.jsonl").stat()
        assert stat.S_IMODE(st.st_mode) == 0o640 and st.st_gid == __import__("grp").getgrnam(grup).gr_gid

    # Peserta B tidak dapat membaca, menghapus, atau melihat daftar folder.
    baca = _jalan(b, f"print(open({str(folder / (a + '.jsonl'))!r}).read())", paket_terbuka)
    assert baca.returncode != 0 and "PermissionError" in baca.stderr
    hapus = _jalan(b, f"import os; os.unlink({str(folder / (a + '.jsonl'))!r})", paket_terbuka)
    assert hapus.returncode != 0 and "PermissionError" in hapus.stderr
    daftar = _jalan(b, f"import os; print(os.listdir({str(folder)!r}))", paket_terbuka)
    assert daftar.returncode != 0 and "PermissionError" in daftar.stderr

    # Pelatih (grup fasilitator) membaca semua: cuplikan dari akunnya memuat kedua peserta.
    r = _jalan(pelatih, "import json\nfrom pathlib import Path\n"
                        "from bimtek.pantau.pembaca import Pembaca, sumber_folder_hub\n"
                        f"ev, cat = Pembaca().baca(sumber_folder_hub(Path({str(folder)!r})))\n"
                        "print(json.dumps(sorted({e.nip for e in ev if e.hasil == 'benar'})))", paket_terbuka)
    assert r.returncode == 0, r.stderr
    assert sorted(__import__("json").loads(r.stdout)) == sorted([a, b])


def test_berkas_atas_nama_peserta_lain_diabaikan(terbuka, akun, paket_terbuka):
    grup, (a, b), _ = akun
    folder = siapkan_folder_hub(terbuka / "pantau", grup)
    # B membuat berkas bernama NIP A lebih dulu (mencoba memalsukan kemajuan A).
    r = _jalan(b, "from bimtek.pantau import catat; catat('modul-0-orientasi', 'soal_1', 'benar')", paket_terbuka,
               {"BIMTEK_PANTAU_DIR": str(folder), "BIMTEK_NIP": a})
    assert r.returncode == 0, r.stderr
    c = Pantauan(folder_hub=folder).cuplikan("modul-0-orientasi")
    assert not c.peserta
    assert any("dibuat oleh akun lain" in x for x in c.catatan)
