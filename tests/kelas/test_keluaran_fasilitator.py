"""Yang dibaca fasilitator: nama latihan di rekap dan umpan balik, ringkasan `bimtek kelas nilai`."""

import pytest

from bimtek.kelas.rekap import label_latihan


@pytest.mark.parametrize(("sumber", "harapan"), [
    ("# Uji Soal 1a: jam kerja per hari (1 poin)\nsoal_1.uji('a')", "Soal 1a: jam kerja per hari"),
    ("# Penilaian butir K1 (1 poin). Tidak perlu diubah.\n_kunci = None", "Butir K1"),
    ("# Penilaian kartu profil (2 poin). Tidak perlu diubah.\n_benar = None", "Kartu profil"),
    ("# Penilaian formulir urai NIP (1 poin). Tidak perlu diubah.", "Formulir urai NIP"),
])
def test_label_dari_komentar_sel_uji(sumber: str, harapan: str) -> None:
    assert label_latihan("uji-x", sumber) == harapan


def test_label_jalur_pengguna_tanpa_pesan_untuk_peserta() -> None:
    """Semua sel penilaian Jalur Pengguna yang dibangkitkan: label tanpa "Tidak perlu diubah" dan tanpa "(N poin)"."""
    import nbformat

    from bimtek.kelas.tugas_kursus import FOLDER_SUMBER, daftar_tugas

    for tugas in (t for t in daftar_tugas() if t.endswith("-pengguna")):
        nb = nbformat.read(FOLDER_SUMBER / tugas / f"{tugas}.ipynb", as_version=4)
        for sel in nb.cells:
            meta = sel.metadata.get("nbgrader", {})
            if meta.get("grade") and sel.cell_type == "code":
                label = label_latihan(meta["grade_id"], sel.source)
                assert "perlu diubah" not in label and "poin" not in label, (tugas, label)


def test_ringkasan_nilai_tidak_menghitung_kiriman_gagal_sebagai_dinilai() -> None:
    from bimtek.kelas.nilai import ringkas

    assert ringkas([]) == "0 kiriman dinilai."
    assert ringkas([{"status": "dinilai"}, {"status": "dinilai"}]) == "2 kiriman dinilai."
    teks = ringkas([{"status": "dinilai"}, {"status": "dinilai"}, {"status": "gagal"}])
    assert teks.startswith("2 kiriman dinilai, 1 tidak dapat dinilai") and ".kelas/log/" in teks


def test_tanpa_langkah_menampilkan_bantuan_kelompok_itu(capsys) -> None:
    """`bimtek kelas` dan `bimtek kelas peserta` tanpa langkah: bantuan langkahnya, bukan bantuan umum bimtek."""
    from bimtek.cli import main

    assert main(["kelas"]) == 0
    keluar = capsys.readouterr().out
    assert "cara pakai: bimtek kelas" in keluar and "kumpulkan" in keluar
    assert main(["kelas", "peserta"]) == 0
    keluar = capsys.readouterr().out
    assert "cara pakai: bimtek kelas peserta" in keluar and "impor" in keluar and "daftar" in keluar


def test_bantuan_tidak_menyebut_argumen_opsional_wajib(capsys) -> None:
    import pytest

    from bimtek.cli import main

    with pytest.raises(SystemExit):
        main(["kelas", "rilis", "--help"])
    keluar = capsys.readouterr().out
    assert "[modul]" in keluar and "wajib" not in keluar


def test_sertifikat_kelas_dua_jalur_cukup_satu_jalur() -> None:
    """kelas.yaml `jalur: [pengguna, analis]`: peserta Jalur Pengguna yang lulus semua modul Pengguna mendapat
    sertifikat (tanpa modul Analis yang memang tidak dikerjakannya); kekurangannya dihitung di jalur yang dikerjakan."""
    from bimtek.kelas.rekap import BarisRekap
    from bimtek.kelas.sertifikat import pilah

    def b(nip: str, modul: str, jalur: str, status: str) -> BarisRekap:
        persen = None if status == "belum mengirim" else (100.0 if status == "lulus" else 40.0)
        return BarisRekap(nip, "N", "U", modul, 0, 8, persen, status, False, "", jalur=jalur)

    baris = [
        b("1", "modul-0-pengguna", "pengguna", "lulus"), b("1", "modul-0-orientasi", "analis", "belum mengirim"),
        b("2", "modul-0-pengguna", "pengguna", "lulus"), b("2", "modul-0-orientasi", "analis", "lulus"),
        b("3", "modul-0-pengguna", "pengguna", "belum"), b("3", "modul-0-orientasi", "analis", "belum mengirim"),
        b("4", "modul-0-pengguna", "pengguna", "belum mengirim"),
        b("4", "modul-0-orientasi", "analis", "belum mengirim"),
    ]
    lulus, belum = pilah(baris)
    assert sorted(lulus) == ["1", "2"]
    assert [x.modul for x in lulus["1"]] == ["modul-0-pengguna"]
    assert [x.modul for x in lulus["2"]] == ["modul-0-pengguna", "modul-0-orientasi"]
    assert [x.modul for x in belum["3"]] == ["modul-0-pengguna"]
    assert len(belum["4"]) == 2  # belum mengerjakan apa pun: semua modul disebut
    # Kelas satu jalur: tetap harus lulus semua modul.
    satu = [b("5", "modul-0-pengguna", "pengguna", "lulus"), b("5", "modul-1-pengguna", "pengguna", "belum")]
    assert pilah(satu)[0] == {}


def test_kelas_yaml_rusak_disebut_barisnya_tanpa_nama_galat_python(tmp_path) -> None:
    import pytest

    from bimtek.berkas_pengaturan import PengaturanTidakSah, baca

    berkas = tmp_path / "kelas.yaml"
    berkas.write_text("penyelenggara: BKPSDM\n batas_lulus: 70\njalur: [pengguna\n", encoding="utf-8")
    with pytest.raises(PengaturanTidakSah) as e:
        baca(berkas, {"type": "object"})
    pesan = str(e.value)
    assert "baris 2" in pesan and "kunci: nilai" in pesan and "Error" not in pesan


def test_kumpulkan_tanpa_berkas_menyebut_tindakannya() -> None:
    from bimtek.kelas.kumpulkan import Laporan

    assert "Tidak ada berkas kiriman di sana" in "\n".join(Laporan().baris())
    assert "Tidak ada berkas kiriman" not in "\n".join(Laporan(tetap=["x"]).baris())


def test_folder_yang_bukan_kelas_ditolak(tmp_path, capsys) -> None:
    """Salah folder (mis. ruang kerja): galat yang menyebut folder itu, kode keluar bukan 0, tidak ada yang dibuat."""
    from bimtek.cli import main

    (tmp_path / "ruang").mkdir()
    assert main(["kelas", "status", "--kelas", str(tmp_path / "ruang")]) != 0
    galat = capsys.readouterr().err
    assert "bukan folder kelas" in galat and "bimtek kelas buat" in galat
    assert list((tmp_path / "ruang").iterdir()) == []


@pytest.mark.parametrize(("detik", "teks"), [
    (45 * 60, "45 menit"), (3 * 3600 + 20 * 60, "3 jam 20 menit"), (2 * 3600, "2 jam"),
    (150.5 * 3600, "6 hari 6 jam"), (2 * 86400, "2 hari"),
])
def test_lama_terlambat_dalam_hari_jam_menit(detik: float, teks: str) -> None:
    # Dulu "150.5 jam setelah tenggat": pelatih harus menghitung sendiri berapa hari.
    from bimtek.kelas.kumpulkan import lama_terlambat

    assert lama_terlambat(detik) == teks
