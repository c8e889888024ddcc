import stat
import zipfile
from pathlib import Path

import pytest

from bimtek.kelas.zip_aman import ZipDitolak, ekstrak


def _zip(path: Path, anggota: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for nama, isi in anggota.items():
            z.writestr(nama, isi)
    return path


@pytest.mark.parametrize("nama", ["../keluar.txt", "a/../../keluar.txt", "/etc/keluar.txt", "C:/keluar.txt"])
def test_path_keluar_ditolak_tanpa_mengekstrak_apa_pun(tmp_path: Path, nama: str) -> None:
    z = _zip(tmp_path / "k.zip", {"modul/ok.txt": b"ok", nama: b"jahat"})
    with pytest.raises(ZipDitolak, match="keluar dari foldernya"):
        ekstrak(z, tmp_path / "isi")
    assert not (tmp_path / "isi").exists()
    assert not list(tmp_path.rglob("keluar.txt"))


def test_zip_kosong_rusak_dan_tautan_ditolak(tmp_path: Path) -> None:
    with pytest.raises(ZipDitolak, match="zip kosong"):
        ekstrak(_zip(tmp_path / "kosong.zip", {}), tmp_path / "a")
    (tmp_path / "rusak.zip").write_bytes(b"PK\x03\x04 bukan zip")
    with pytest.raises(ZipDitolak, match="bukan zip"):
        ekstrak(tmp_path / "rusak.zip", tmp_path / "b")
    info = zipfile.ZipInfo("tautan")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(tmp_path / "tautan.zip", "w") as z:
        z.writestr(info, "/etc/passwd")
    with pytest.raises(ZipDitolak, match="tautan simbolik"):
        ekstrak(tmp_path / "tautan.zip", tmp_path / "c")


def test_zip_baik_diekstrak_dengan_waktunya(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "baik.zip", "w") as z:
        z.writestr(zipfile.ZipInfo("modul/jawaban/m.json", (2026, 1, 2, 3, 4, 6)), b"{}")
    ekstrak(tmp_path / "baik.zip", tmp_path / "isi")
    berkas = tmp_path / "isi" / "modul" / "jawaban" / "m.json"
    assert berkas.read_bytes() == b"{}"
    import time
    assert time.localtime(berkas.stat().st_mtime)[:6] == (2026, 1, 2, 3, 4, 6)
