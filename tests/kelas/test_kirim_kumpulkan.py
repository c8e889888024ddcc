import json
import shutil
import zipfile
from pathlib import Path

from bantu_kelas import MODUL_UJI, NIP_A, NIP_B, tulis_peserta

from bimtek.kelas.folder_kelas import FolderKelas, baca_json


def _siapkan(kelas_uji: Path, tmp_path: Path, bimtek) -> None:
    berkas = tulis_peserta(tmp_path, [f"{NIP_A},Budi,BKD", f"{NIP_B},Siti,Bappeda"])
    assert bimtek("kelas", "peserta", "impor", str(berkas), "--kelas", str(kelas_uji))[0] == 0


def _ruang_kerja(tmp_path: Path, bimtek, kelas_uji: Path) -> Path:
    ruang = tmp_path / "ruang_kerja"
    kode, out, _ = bimtek("kelas", "rilis", MODUL_UJI, "--kelas", str(kelas_uji), "--ruang-kerja", str(ruang))
    assert kode == 0 and "1 berkas versi peserta disalin" in out
    return ruang


def test_rilis_tidak_menimpa_kerja_peserta_dan_zip(kelas_uji: Path, tmp_path: Path, bimtek) -> None:
    ruang = _ruang_kerja(tmp_path, bimtek, kelas_uji)
    nb = ruang / MODUL_UJI / f"{MODUL_UJI}.ipynb"
    teks = nb.read_text(encoding="utf-8")
    assert "BEGIN SOLUTION" not in teks and "HIDDEN" not in teks and "TULIS KODE ANDA" in teks
    nb.write_text(teks.replace("TULIS KODE ANDA", "kerja peserta"), encoding="utf-8")
    kode, out, _ = bimtek("kelas", "rilis", MODUL_UJI, "--kelas", str(kelas_uji), "--ruang-kerja", str(ruang))
    assert "1 berkas yang sudah ada (kerja peserta) dibiarkan" in out
    assert "kerja peserta" in nb.read_text(encoding="utf-8")
    kode, out, _ = bimtek("kelas", "rilis", MODUL_UJI, "--mode", "zip", "--kelas", str(kelas_uji))
    with zipfile.ZipFile(kelas_uji / ".kelas" / "unduhan" / f"{MODUL_UJI}.zip") as z:
        assert z.namelist() == [f"{MODUL_UJI}/{MODUL_UJI}.ipynb"]


def test_kirim_lalu_kumpulkan_dengan_kiriman_ulang_dan_terlambat(kelas_uji: Path, tmp_path: Path, bimtek) -> None:
    _siapkan(kelas_uji, tmp_path, bimtek)
    ruang = _ruang_kerja(tmp_path, bimtek, kelas_uji)
    (ruang / MODUL_UJI / "jawaban").mkdir()
    (ruang / MODUL_UJI / "jawaban" / f"{MODUL_UJI}.json").write_text('{"predikat": "Baik"}', encoding="utf-8")
    kode, out, _ = bimtek("kirim", MODUL_UJI, "--nip", NIP_A, "--ruang-kerja", str(ruang))
    assert kode == 0
    zip_a = ruang / "kiriman" / f"{NIP_A}_{MODUL_UJI}.zip"
    with zipfile.ZipFile(zip_a) as z:
        assert sorted(z.namelist()) == [f"{MODUL_UJI}/jawaban/{MODUL_UJI}.json", f"{MODUL_UJI}/{MODUL_UJI}.ipynb"]
    assert bimtek("kirim", MODUL_UJI, "--nip", "123", "--ruang-kerja", str(ruang))[0] == 2

    masuk = tmp_path / "masuk"
    masuk.mkdir()
    shutil.copy2(zip_a, masuk)
    shutil.copy2(zip_a, masuk / f"{NIP_A}_{NIP_B}_{MODUL_UJI}.zip")  # dua NIP: meragukan
    (masuk / "catatan.txt").write_text("bukan kiriman", encoding="utf-8")
    shutil.copy2(ruang / MODUL_UJI / f"{MODUL_UJI}.ipynb", masuk / f"{NIP_B} {MODUL_UJI}.ipynb")  # notebook lepas
    kode, out, _ = bimtek("kelas", "kumpulkan", "--dari", str(masuk), "--kelas", str(kelas_uji),
                          "--tenggat", "2000-01-01 00:00")
    assert kode == 1  # dua berkas ditolak (lihat di bawah); yang sah tetap diterima
    assert "Diterima: 2" in out and "terlambat: 2" in out
    assert (kelas_uji / "submitted" / NIP_B / MODUL_UJI / f"{MODUL_UJI}.ipynb").exists()
    assert "meragukan: memuat beberapa NIP" in out and "catatan.txt: nama berkas tidak memuat NIP" in out
    assert "ganti namanya menjadi NIP_MODUL.zip" in out
    kelas = FolderKelas(kelas_uji)
    kiriman = kelas_uji / "submitted" / NIP_A / MODUL_UJI
    assert (kiriman / "jawaban" / f"{MODUL_UJI}.json").exists() and (kiriman / "timestamp.txt").exists()
    assert baca_json(kelas.kiriman_masuk, {})[MODUL_UJI][NIP_A]["terlambat"] is True
    assert set(baca_json(kelas.kiriman_ditolak, {})) == {f"{NIP_A}_{NIP_B}_{MODUL_UJI}.zip", "catatan.txt"}
    with kelas.buku_nilai() as gb:
        assert gb.find_assignment(MODUL_UJI).duedate is not None

    # Mengulang dengan folder yang sama tidak mengubah apa pun.
    _, out, _ = bimtek("kelas", "kumpulkan", "--dari", str(masuk), "--kelas", str(kelas_uji))
    assert "Diterima: 0, tidak berubah: 2, diarsipkan: 0" in out

    # Kiriman baru yang lebih baru: yang lama diarsipkan.
    nb = ruang / MODUL_UJI / f"{MODUL_UJI}.ipynb"
    nb.write_text(nb.read_text(encoding="utf-8").replace("TULIS KODE ANDA", "versi kedua"), encoding="utf-8")
    bimtek("kirim", MODUL_UJI, "--nip", NIP_A, "--ruang-kerja", str(ruang))
    masuk2 = tmp_path / "masuk2"
    masuk2.mkdir()
    shutil.copy2(zip_a, masuk2)
    _, out, _ = bimtek("kelas", "kumpulkan", "--dari", str(masuk2), "--kelas", str(kelas_uji))
    assert "Diterima: 1" in out and "diarsipkan: 1" in out
    assert "versi kedua" in (kiriman / f"{MODUL_UJI}.ipynb").read_text(encoding="utf-8")
    arsip = list((kelas.arsip / MODUL_UJI / NIP_A).glob(f"*/{MODUL_UJI}.ipynb"))
    assert len(arsip) == 1 and "versi kedua" not in arsip[0].read_text(encoding="utf-8")
    assert json.loads(arsip[0].read_text(encoding="utf-8"))["cells"]


def test_rilis_exchange_dapat_diulang(kelas_uji: Path, tmp_path: Path, bimtek) -> None:
    exchange = tmp_path / "exchange"
    exchange.mkdir()
    with open(kelas_uji / "nbgrader_config.py", "a", encoding="utf-8") as f:
        f.write(f"c.Exchange.root = {str(exchange)!r}\n")
    for _ in range(2):
        kode, out, err = bimtek("kelas", "rilis", MODUL_UJI, "--mode", "exchange", "--kelas", str(kelas_uji))
        assert kode == 0, err
    assert (exchange / "kursus-uji" / "outbound" / MODUL_UJI / f"{MODUL_UJI}.ipynb").exists()


def test_kirim_dari_notebook_di_folder_modul(tmp_path: Path, monkeypatch) -> None:
    from bimtek.kelas.kirim import kirim_dari_notebook

    folder = tmp_path / "ruang_kerja" / MODUL_UJI
    (folder / "jawaban").mkdir(parents=True)
    (folder / f"{MODUL_UJI}.ipynb").write_text("{}", encoding="utf-8")
    (folder / "jawaban" / f"{MODUL_UJI}.json").write_text("{}", encoding="utf-8")
    (folder / ".ipynb_checkpoints").mkdir()
    (folder / ".ipynb_checkpoints" / "x.ipynb").write_text("{}", encoding="utf-8")
    monkeypatch.chdir(folder)
    zip_ = kirim_dari_notebook(f"{NIP_A[:8]} {NIP_A[8:14]} 1 001")
    assert zip_ == tmp_path / "ruang_kerja" / "kiriman" / f"{NIP_A}_{MODUL_UJI}.zip"
    with zipfile.ZipFile(zip_) as z:
        assert sorted(z.namelist()) == [f"{MODUL_UJI}/jawaban/{MODUL_UJI}.json", f"{MODUL_UJI}/{MODUL_UJI}.ipynb"]


def test_kirim_dari_notebook_tidak_pernah_mogok(tmp_path: Path, monkeypatch, capsys) -> None:
    # Sel pengumpulan di notebook: NIP salah atau folder yang tidak dapat ditulis (mis. saat dinilai ulang di folder
    # terkurung) menghasilkan pesan, bukan galat yang menghentikan notebook.
    from bimtek.kelas.kirim import kirim_dari_notebook

    folder = tmp_path / "ruang_kerja" / MODUL_UJI
    folder.mkdir(parents=True)
    (folder / f"{MODUL_UJI}.ipynb").write_text("{}", encoding="utf-8")
    monkeypatch.chdir(folder)
    assert kirim_dari_notebook("12345") is None
    assert "Kiriman belum dibuat" in capsys.readouterr().out
    (tmp_path / "ruang_kerja" / "kiriman").write_text("bukan folder", encoding="utf-8")
    assert kirim_dari_notebook(NIP_A) is None
    assert "tidak dapat dibuat" in capsys.readouterr().out


def _zip_crc_rusak(sumber: Path, tujuan: Path) -> None:
    """Salinan zip kiriman tanpa kompresi dengan satu bajt notebook diubah: CRC-32 tidak cocok."""
    with zipfile.ZipFile(sumber) as z, zipfile.ZipFile(tujuan, "w", zipfile.ZIP_STORED) as baru:
        for info in z.infolist():
            baru.writestr(info.filename, z.read(info))
    data = tujuan.read_bytes()
    i = data.index(b'"cells"')
    tujuan.write_bytes(data[:i] + b'"cellz"' + data[i + 7:])


def test_zip_rusak_ditolak_sendiri_tanpa_sisa(kelas_uji: Path, tmp_path: Path, bimtek) -> None:
    _siapkan(kelas_uji, tmp_path, bimtek)
    ruang = _ruang_kerja(tmp_path, bimtek, kelas_uji)
    masuk = tmp_path / "masuk"
    for nip in (NIP_A, NIP_B):
        assert bimtek("kirim", MODUL_UJI, "--nip", nip, "--ruang-kerja", str(ruang), "--keluar", str(masuk))[0] == 0
    _zip_crc_rusak(masuk / f"{NIP_B}_{MODUL_UJI}.zip", tmp_path / "rusak.zip")
    shutil.move(tmp_path / "rusak.zip", masuk / f"{NIP_B}_{MODUL_UJI}.zip")
    kode, out, err = bimtek("kelas", "kumpulkan", "--dari", str(masuk), "--kelas", str(kelas_uji))
    assert kode == 1, err  # ada yang ditolak: kode keluar bukan nol, yang baik tetap diterima
    assert "Diterima: 1" in out and "ditolak: 1" in out
    assert f"DITOLAK    {NIP_B}_{MODUL_UJI}.zip: rusak: berkas '{MODUL_UJI}/{MODUL_UJI}.ipynb'" in out
    assert "pemeriksaan CRC gagal" in out
    assert (kelas_uji / "submitted" / NIP_A / MODUL_UJI / f"{MODUL_UJI}.ipynb").exists()
    assert not (kelas_uji / "submitted" / NIP_B).exists()
    assert [p.name for p in (kelas_uji / ".kelas").iterdir() if p.name.startswith("kumpul")] == []


def test_kirim_hanya_modul_yang_disebut(kelas_uji: Path, tmp_path: Path, bimtek) -> None:
    ruang = _ruang_kerja(tmp_path, bimtek, kelas_uji)
    lain = ruang / "modul-0-orientasi"
    lain.mkdir()
    (lain / "modul-0-orientasi.ipynb").write_text("{}", encoding="utf-8")
    # Dari dalam folder modul lain: ditolak, tidak mengemas modul lain itu.
    kode, _, err = bimtek("kirim", MODUL_UJI, "--nip", NIP_A, "--ruang-kerja", str(lain))
    assert kode == 2
    assert f"Folder modul {MODUL_UJI} tidak ditemukan di {lain}" in err
    assert "Anda sedang berada di folder modul lain (modul-0-orientasi)" in err and "--ruang-kerja" in err
    assert not list(tmp_path.rglob("*.zip"))
    # Dari folder besar tanpa folder modul: ditolak tanpa menelusuri isinya.
    besar = tmp_path / "Dokumen"
    (besar / "a").mkdir(parents=True)
    (besar / "a" / "x.ipynb").write_text("{}", encoding="utf-8")
    kode, _, err = bimtek("kirim", MODUL_UJI, "--nip", NIP_A, "--ruang-kerja", str(besar))
    assert kode == 2 and f"Folder modul {MODUL_UJI} tidak ditemukan" in err
    # Dari dalam folder modul yang benar: berhasil, zip di ruang_kerja/kiriman.
    kode, out, err = bimtek("kirim", MODUL_UJI, "--nip", NIP_A, "--ruang-kerja", str(ruang / MODUL_UJI))
    assert kode == 0, err
    with zipfile.ZipFile(ruang / "kiriman" / f"{NIP_A}_{MODUL_UJI}.zip") as z:
        assert all(n.startswith(f"{MODUL_UJI}/") for n in z.namelist())


def test_modul_yang_belum_dirilis_dilewati(kelas_uji: Path, tmp_path: Path, bimtek) -> None:
    _siapkan(kelas_uji, tmp_path, bimtek)
    ruang = _ruang_kerja(tmp_path, bimtek, kelas_uji)
    dua = kelas_uji / "source" / "latihan-dua"
    dua.mkdir()
    shutil.copy2(kelas_uji / "source" / MODUL_UJI / f"{MODUL_UJI}.ipynb", dua / "latihan-dua.ipynb")
    shutil.copytree(ruang / MODUL_UJI, ruang / "latihan-dua")
    (ruang / "latihan-dua" / f"{MODUL_UJI}.ipynb").rename(ruang / "latihan-dua" / "latihan-dua.ipynb")
    masuk = tmp_path / "masuk"
    for modul in (MODUL_UJI, "latihan-dua"):
        assert bimtek("kirim", modul, "--nip", NIP_A, "--ruang-kerja", str(ruang), "--keluar", str(masuk))[0] == 0
    kode, out, err = bimtek("kelas", "kumpulkan", "--dari", str(masuk), "--kelas", str(kelas_uji))
    assert kode == 0, err
    assert "Diterima: 1" in out and "dilewati: 1" in out
    assert (f"DILEWATI   {NIP_A}_latihan-dua.zip: modul latihan-dua belum dirilis ke peserta kelas ini; "
            "jalankan dulu `bimtek kelas rilis latihan-dua`") in out
    assert not (kelas_uji / "submitted" / NIP_A / "latihan-dua").exists()
    kode, _, err = bimtek("kelas", "kumpulkan", "--dari", str(masuk), "--modul", "latihan-dua",
                          "--kelas", str(kelas_uji))
    assert kode == 2 and "Modul latihan-dua belum dirilis" in err
    # Menilai atau membuat umpan balik modul yang belum dirilis: sebabnya disebut, bukan "tidak ada kiriman baru".
    for langkah, akibat in (("nilai", "belum ada kiriman yang dapat dinilai"),
                            ("umpan-balik", "belum ada umpan balik yang dapat dibuat")):
        kode, _, err = bimtek("kelas", langkah, "latihan-dua", "--kelas", str(kelas_uji))
        assert kode == 2 and "belum dirilis" in err and akibat in err and "bimtek kelas rilis latihan-dua" in err


def test_ni_pppk_dan_tanda_terlambat_yang_konsisten(kelas_uji: Path, tmp_path: Path, bimtek) -> None:
    ni_pppk = "199001012021211001"
    berkas = tulis_peserta(tmp_path, [f"{NIP_A},Budi,BKD", f"{ni_pppk},Rina,Dinas Pendidikan"])
    assert bimtek("kelas", "peserta", "impor", str(berkas), "--kelas", str(kelas_uji))[0] == 0
    ruang = _ruang_kerja(tmp_path, bimtek, kelas_uji)
    masuk = tmp_path / "masuk"
    for nip in (NIP_A, "19900101 2021 21 1 001"):
        kode, _, err = bimtek("kirim", MODUL_UJI, "--nip", nip, "--ruang-kerja", str(ruang), "--keluar", str(masuk))
        assert kode == 0, err
    assert (masuk / f"{ni_pppk}_{MODUL_UJI}.zip").exists()
    kode, out, _ = bimtek("kelas", "kumpulkan", "--dari", str(masuk), "--kelas", str(kelas_uji))
    assert "Diterima: 2" in out and "terlambat: 0" in out
    # Tenggat ditetapkan kemudian: kiriman yang tidak berubah ikut ditandai terlambat, dengan aturan yang sama.
    kode, out, _ = bimtek("kelas", "kumpulkan", "--dari", str(masuk), "--kelas", str(kelas_uji),
                          "--tenggat", "2000-01-01 00:00")
    assert "tidak berubah: 2" in out and "terlambat: 2" in out
    catatan = baca_json(FolderKelas(kelas_uji).kiriman_masuk, {})[MODUL_UJI]
    assert catatan[ni_pppk]["terlambat"] is True and catatan[NIP_A]["terlambat"] is True
