from pathlib import Path

from bantu_kelas import NIP_A, NIP_B, tulis_peserta
from openpyxl import Workbook

from bimtek.kelas.folder_kelas import FolderKelas
from bimtek.kelas.peserta import daftar


def test_impor_csv_lalu_ulang_tidak_mengubah(kelas_uji: Path, tmp_path: Path, bimtek) -> None:
    berkas = tulis_peserta(tmp_path, [f"{NIP_A},Budi Santoso,BKD", f"{NIP_B[:8]} {NIP_B[8:14]} 2 001,Siti,Bappeda"])
    kode, out, _ = bimtek("kelas", "peserta", "impor", str(berkas), "--kelas", str(kelas_uji))
    assert kode == 0 and "2 ditambah" in out
    kode, out, _ = bimtek("kelas", "peserta", "impor", str(berkas), "--kelas", str(kelas_uji))
    assert "0 ditambah, 0 diperbarui, 2 tidak berubah" in out
    kelas = FolderKelas(kelas_uji)
    assert [p.nip for p in daftar(kelas)] == [NIP_A, NIP_B]
    with kelas.buku_nilai() as gb:
        assert sorted(s.id for s in gb.students) == [NIP_A, NIP_B]
        assert gb.find_student(NIP_A).first_name == "Budi Santoso"


def test_baris_buruk_dilaporkan_per_baris_dan_tidak_ada_yang_diimpor(kelas_uji: Path, tmp_path: Path,
                                                                    bimtek) -> None:
    berkas = tulis_peserta(tmp_path, [
        f"{NIP_A},Budi,BKD",
        "198609262015051,Pendek,BKD",
        f"{NIP_A},Budi Lagi,BKD",
        "199313282021012001,Bulan Salah,BKD",
        f"{NIP_B},,BKD",
    ])
    kode, _, err = bimtek("kelas", "peserta", "impor", str(berkas), "--kelas", str(kelas_uji))
    assert kode == 2
    for potongan in ("baris 3", "baris 4: NIP", "ganda (sudah ada di baris 2)", "baris 5", "baris 6: nama kosong"):
        assert potongan in err
    assert daftar(FolderKelas(kelas_uji)) == []
    assert not (kelas_uji / "gradebook.db").exists()


def test_impor_xlsx_nip_teks_dan_nip_angka_yang_rusak(kelas_uji: Path, tmp_path: Path, bimtek) -> None:
    wb = Workbook()
    wb.active.append(["NIP", "Nama", "Unit"])
    wb.active.append([int(NIP_A), "Budi", "BKD"])  # Excel menyimpan angka 18 digit sebagai float: digit hilang
    wb.active.append([NIP_B, "Siti", "Bappeda"])
    wb.save(tmp_path / "angka.xlsx")
    kode, _, err = bimtek("kelas", "peserta", "impor", str(tmp_path / "angka.xlsx"), "--kelas", str(kelas_uji))
    assert kode == 2 and "baris 2" in err and "Format kolom NIP sebagai Teks" in err
    wb.active["A2"] = NIP_A
    wb.save(tmp_path / "peserta.xlsx")
    kode, out, err = bimtek("kelas", "peserta", "impor", str(tmp_path / "peserta.xlsx"), "--kelas", str(kelas_uji))
    assert kode == 0, err
    assert [p.nip for p in daftar(FolderKelas(kelas_uji))] == [NIP_A, NIP_B]
    _, out, _ = bimtek("kelas", "peserta", "daftar", "--kelas", str(kelas_uji))
    assert "19860926 201505 1 001" in out and "2 peserta" in out


NI_PPPK = "199001012021211001"


def test_ni_pppk_diterima_dan_pesan_nip_salah_tidak_berulang(kelas_uji: Path, tmp_path: Path, bimtek) -> None:
    berkas = tulis_peserta(tmp_path, [f"{NIP_A},Budi,BKD", "19900101 2021 21 1 001,Rina (PPPK),Dinas Pendidikan"])
    kode, out, err = bimtek("kelas", "peserta", "impor", str(berkas), "--kelas", str(kelas_uji))
    assert kode == 0, err
    assert NI_PPPK in [p.nip for p in daftar(FolderKelas(kelas_uji))]
    berkas = tulis_peserta(tmp_path, ["19860926201505100,Pendek,BKD"])
    kode, _, err = bimtek("kelas", "peserta", "impor", str(berkas), "--kelas", str(kelas_uji))
    assert kode == 2
    assert "baris 2: Nomor '19860926201505100' bukan NIP maupun NI PPPK yang sah" in err
    assert err.count("19860926201505100") == 1 and ".." not in err and "tidak sah: NIP" not in err
