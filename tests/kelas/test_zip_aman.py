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


def _rusak_crc(path: Path) -> Path:
    """Zip tanpa kompresi dengan satu bajt isi diubah: CRC-32 tidak lagi cocok (BadZipFile saat diekstrak)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        z.writestr("modul/a.txt", b"isi pertama")
        z.writestr("modul/b.ipynb", b"ISI-YANG-AKAN-RUSAK")
    data = path.read_bytes()
    path.write_bytes(data.replace(b"ISI-YANG-AKAN-RUSAK", b"ISI-YANG-AKAN-RUSAX", 1))
    return path


def test_zip_dengan_crc_salah_ditolak_tanpa_sisa(tmp_path: Path) -> None:
    z = _rusak_crc(tmp_path / "k.zip")
    with pytest.raises(ZipDitolak, match=r"rusak: berkas 'modul/b.ipynb' .*CRC.*mengirim ulang"):
        ekstrak(z, tmp_path / "isi" / "k0")
    assert not (tmp_path / "isi" / "k0").exists()
    assert list((tmp_path / "isi").iterdir()) == []  # tidak ada folder sementara yang tertinggal


def test_zip_dengan_ukuran_salah_ditolak(tmp_path: Path) -> None:
    z = tmp_path / "u.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("modul/a.txt", b"0123456789")
    data = bytearray(z.read_bytes())
    # Ukuran asli (10) di direktori pusat diubah menjadi 4: zip berbohong tentang ukurannya.
    pusat = data.rfind(b"PK\x01\x02")
    data[pusat + 24:pusat + 28] = (4).to_bytes(4, "little")
    z.write_bytes(bytes(data))
    with pytest.raises(ZipDitolak, match="rusak"):
        ekstrak(z, tmp_path / "isi")
    assert not (tmp_path / "isi").exists()
