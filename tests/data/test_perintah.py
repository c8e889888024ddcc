"""Perintah `bimtek data buat|periksa`: hasil, pesan galat berbahasa Indonesia, tidak ada dataset setengah jadi."""

from __future__ import annotations

import pandas as pd
import pytest

from bimtek import cli
from bimtek.data import berkas


def jalankan(*argv: str) -> int:
    return cli.main(list(argv))


def test_buat_lalu_periksa(tmp_path, capsys):
    assert jalankan("data", "buat", "--keluaran", str(tmp_path / "d"), "--format", "parquet") == 0
    assert (tmp_path / "d" / "pegawai.parquet").exists() and (tmp_path / "d" / "DATA_CARD.md").exists()
    assert jalankan("data", "periksa", str(tmp_path / "d")) == 0
    assert "Semua invarian terpenuhi" in capsys.readouterr().out


def test_periksa_menemukan_pelanggaran(tmp_path, capsys):
    assert jalankan("data", "buat", "--keluaran", str(tmp_path / "d")) == 0
    berkas_penilaian = tmp_path / "d" / "penilaian.csv"
    teks = berkas_penilaian.read_text(encoding="utf-8-sig").replace('"Sangat Baik"', '"Sangat Kurang"', 1)
    berkas_penilaian.write_text(teks, encoding="utf-8-sig")
    assert jalankan("data", "periksa", str(tmp_path / "d")) == 1
    assert "[predikat] penilaian" in capsys.readouterr().err


def test_periksa_folder_tidak_ada(tmp_path, capsys):
    assert jalankan("data", "periksa", str(tmp_path / "tidak_ada")) == 2
    assert "Galat: Folder" in capsys.readouterr().err


@pytest.mark.parametrize("skala", ["besar", "10", "-5"])
def test_skala_tidak_sah(tmp_path, capsys, skala):
    assert jalankan("data", "buat", "--skala", skala, "--keluaran", str(tmp_path / "d")) == 2
    assert "Galat: Pilihan tidak sah" in capsys.readouterr().err
    assert not (tmp_path / "d").exists()


def test_format_tidak_dikenal(tmp_path, capsys):
    with pytest.raises(SystemExit) as e:
        jalankan("data", "buat", "--format", "xlsx", "--keluaran", str(tmp_path / "d"))
    assert e.value.code == 2 and "pilihan 'xlsx' tidak dikenal" in capsys.readouterr().err


def test_folder_tidak_dapat_ditulis(tmp_path, capsys):
    (tmp_path / "berkas").write_text("bukan folder")
    assert jalankan("data", "buat", "--keluaran", str(tmp_path / "berkas" / "data")) == 2
    assert "Galat:" in capsys.readouterr().err


def test_folder_berisi_tidak_ditimpa_tanpa_izin(tmp_path, capsys):
    tujuan = tmp_path / "d"
    tujuan.mkdir()
    (tujuan / "catatan.txt").write_text("penting")
    assert jalankan("data", "buat", "--keluaran", str(tujuan)) == 2
    assert "--timpa" in capsys.readouterr().err
    assert (tujuan / "catatan.txt").read_text() == "penting"
    assert jalankan("data", "buat", "--keluaran", str(tujuan), "--timpa") == 0
    assert not (tujuan / "catatan.txt").exists() and (tujuan / "pegawai.csv").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["d"]  # tidak ada folder sementara yang tertinggal


def test_gagal_di_tengah_tidak_meninggalkan_dataset_setengah_jadi(tmp_path, monkeypatch):
    asli = berkas.tulis_tabel

    def tulis_lalu_gagal(df, nama, folder, format):
        if nama == "penilaian":
            raise OSError(28, "No space left on device")
        return asli(df, nama, folder, format)

    monkeypatch.setattr(berkas, "tulis_tabel", tulis_lalu_gagal)
    assert jalankan("data", "buat", "--keluaran", str(tmp_path / "d")) == 2
    assert list(tmp_path.iterdir()) == []


def test_kotor_menulis_manifest(tmp_path):
    assert jalankan("data", "buat", "--kotor", "--keluaran", str(tmp_path / "d")) == 0
    assert (tmp_path / "d" / "manifest_kotor.json").exists()
    assert jalankan("data", "periksa", str(tmp_path / "d")) == 1


def test_csv_utf8_bom_dan_nip_teks(tmp_path):
    assert jalankan("data", "buat", "--keluaran", str(tmp_path / "d")) == 0
    mentah = (tmp_path / "d" / "pegawai.csv").read_bytes()
    assert mentah.startswith("\ufeff".encode())
    p = pd.read_csv(tmp_path / "d" / "pegawai.csv", encoding="utf-8-sig", dtype={"nip": str})
    assert p["nip"].str.fullmatch(r"\d{18}").all()
    assert "e+" not in mentah.decode("utf-8-sig").split("\n")[1]


def test_periode_terbalik_pilihan_tidak_sah_dan_bug_tampil_sebagai_bug(tmp_path, capsys, monkeypatch):
    kode = jalankan("data", "buat", "--skala", "kelas", "--keluaran", str(tmp_path / "d"),
                    "--presensi-mulai", "2025-03-01", "--presensi-selesai", "2025-02-01")
    assert kode == 2
    err = capsys.readouterr().err
    assert "Galat: Pilihan tidak sah: periode presensi terbalik" in err and ".." not in err
    # ValueError dari dalam pembuatan data (bug kit) tidak disamarkan sebagai pilihan pengguna yang salah.
    from bimtek.data import perintah

    def rusak(*a, **k):
        raise ValueError("bug di generator")
        yield

    monkeypatch.setattr(perintah, "susun_tabel", rusak)
    with pytest.raises(ValueError, match="bug di generator"):
        jalankan("data", "buat", "--skala", "kelas", "--keluaran", str(tmp_path / "e"))
