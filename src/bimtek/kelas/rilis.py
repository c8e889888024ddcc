"""Langkah 2, rilis: versi peserta (nbgrader generate_assignment) ke ruang kerja, berkas zip, atau exchange."""

from __future__ import annotations

import zipfile
from pathlib import Path

from bimtek import lokasi
from bimtek.galat import KesalahanPengguna
from bimtek.kelas import adaptor_nbgrader
from bimtek.kelas.folder_kelas import FolderKelas
from bimtek.kelas.ruang_kerja import salin_ke_ruang_kerja
from bimtek.tulis_atomik import tulis_atomik

MODE = ("laptop", "zip", "exchange")
RUANG_KERJA_BAWAAN = lokasi.ruang_kerja_bawaan()


def pastikan_berhasil(hasil: dict, langkah: str) -> None:
    """Hasil API nbgrader yang gagal menjadi galat pengguna dengan ekor log-nya."""
    if not hasil.get("success"):
        ekor = (hasil.get("log") or "")[-1500:] + (hasil.get("error") or "")[-1500:]
        raise KesalahanPengguna(f"{langkah} gagal. Keterangan nbgrader:\n{ekor}")


def buat_versi_peserta(kelas: FolderKelas, modul: str) -> Path:
    """Jalankan generate_assignment: jawaban dan uji tersembunyi dibuang dari versi peserta."""
    kelas.periksa_modul(modul)
    return adaptor_nbgrader.buat_versi_peserta(kelas.api(), [modul])[modul]


def peringatan_di_luar_kelas(kelas: FolderKelas, modul: str) -> str | None:
    """Modul yang dirilis tetapi tidak dihitung kelas ini (kelas.yaml: modul, jalur): rilis tetap jalan, tetapi
    nilainya tidak masuk rekap dan sertifikat; fasilitator perlu tahu sebelum peserta mengerjakannya."""
    p = kelas.pengaturan()
    if not (p.get("modul") or p.get("jalur")) or modul in kelas.modul_kelas():
        return None
    kunci = "; ".join(f"{k}: {', '.join(p[k])}" for k in ("modul", "jalur") if p.get(k))
    return (f"Peringatan: modul {modul} tidak termasuk modul kelas ini ({kelas.akar / 'kelas.yaml'}, {kunci}). "
            "Modul tetap dirilis, tetapi nilainya tidak dihitung di rekap dan sertifikat. Bila modul ini memang "
            "bagian kelas, tambahkan namanya ke kunci modul di kelas.yaml.")


def ke_zip(rilisan: Path, folder_unduhan: Path) -> Path:
    """Satu zip versi peserta untuk diunduh (isi: folder MODUL/...)."""
    tujuan = folder_unduhan / f"{rilisan.name}.zip"
    with tulis_atomik(tujuan, "wb") as f, zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as z:
        for berkas in sorted(rilisan.rglob("*")):
            if berkas.is_file():
                # Tanggal tetap: rilis ulang yang sama menghasilkan zip yang sama.
                info = zipfile.ZipInfo(str(Path(rilisan.name) / berkas.relative_to(rilisan)), (2020, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, berkas.read_bytes())
    return tujuan


def rilis(kelas: FolderKelas, modul: str, mode: str = "laptop", ruang_kerja: Path | None = None) -> str:
    """Buat versi peserta lalu bagikan; kembalikan kalimat tentang apa yang dilakukan."""
    if mode not in MODE:
        raise KesalahanPengguna(f"Mode rilis '{mode}' tidak dikenal. Pilih salah satu: {', '.join(MODE)}.")
    rilisan = buat_versi_peserta(kelas, modul)
    if mode == "laptop":
        ruang = Path(ruang_kerja or RUANG_KERJA_BAWAAN)
        hasil = salin_ke_ruang_kerja({modul: rilisan}, ruang)
        return (f"{modul}: {len(hasil.disalin)} berkas versi peserta disalin ke {ruang / modul}; "
                f"{len(hasil.dibiarkan)} berkas yang sudah ada (kerja peserta) dibiarkan.")
    if mode == "zip":
        return f"{modul}: versi peserta dikemas di {ke_zip(rilisan, kelas.keadaan / 'unduhan')}."
    # force: rilis ulang mengganti versi di exchange (langkah aman diulang), bukan galat "sudah ada".
    pastikan_berhasil(kelas.api(**{"ExchangeReleaseAssignment.force": True}).release_assignment(modul),
                      f"Rilis {modul} ke exchange nbgrader")
    return f"{modul}: versi peserta dirilis ke exchange nbgrader (peserta mengambilnya lewat Assignments/fetch)."
