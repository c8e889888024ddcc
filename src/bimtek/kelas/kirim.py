"""Sisi peserta, kirim: kemas folder modul (notebook dan jawaban/*.json) menjadi satu zip bernama NIP."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from bimtek.galat import KesalahanPengguna
from bimtek.tulis_atomik import tulis_atomik

DILEWATI = {".ipynb_checkpoints", "__pycache__", ".virtual_documents", "kiriman"}
BATAS_UKURAN = 50 * 1024 * 1024
BATAS_BERKAS = 500


def nama_kiriman(nip: str, modul: str) -> str:
    return f"{nip}_{modul}.zip"


def periksa_nip(nip: str) -> str:
    """NIP PNS atau NI PPPK yang sah (spasi dibuang); pesan galatnya menyebut nomor dan alasannya sekali saja."""
    from bimtek.aturan import bersihkan_nip, parse_nomor_induk

    try:
        nip = bersihkan_nip(nip)
        parse_nomor_induk(nip)
    except ValueError as e:
        raise KesalahanPengguna(f"{e} Tulis NIP atau NI PPPK Anda (18 angka), misalnya 198609262015051001.") from e
    return nip


def folder_modul(ruang: Path, modul: str) -> Path:
    """Folder modul yang akan dikemas: RUANG/MODUL, atau RUANG sendiri bila namanya MODUL. Selain itu ditolak,
    tanpa menelusuri folder lain (ruang kerja bisa berupa folder besar seperti Dokumen)."""
    ruang = Path(ruang).resolve()
    for calon in (ruang / modul, ruang):
        if calon.name == modul and calon.is_dir():
            return calon
    saran = (f"Anda sedang berada di folder modul lain ({ruang.name}). " if (ruang.parent / modul).is_dir()
             else "")
    raise KesalahanPengguna(
        f"Folder modul {modul} tidak ditemukan di {ruang}. {saran}Jalankan perintah dari folder ruang kerja yang "
        f"berisi folder {modul}, atau tunjuk ruang kerja itu dengan --ruang-kerja FOLDER."
    )


def _berkas_modul(folder: Path) -> list[Path]:
    """Berkas yang dikemas; berhenti menelusuri begitu batas jumlah atau ukuran terlampaui."""
    berkas: list[Path] = []
    ukuran = 0
    for akar, folder_anak, nama_berkas in os.walk(folder):
        folder_anak[:] = sorted(d for d in folder_anak if d not in DILEWATI)
        for nama in sorted(nama_berkas):
            p = Path(akar) / nama
            if not p.is_file() or p.is_symlink():
                continue
            berkas.append(p)
            ukuran += p.stat().st_size
            if ukuran > BATAS_UKURAN or len(berkas) > BATAS_BERKAS:
                raise KesalahanPengguna(
                    f"Isi {folder} lebih dari {BATAS_UKURAN // 2**20} MB atau {BATAS_BERKAS} berkas. Hapus berkas "
                    "besar yang bukan jawaban dari folder modul itu, lalu ulangi."
                )
    return sorted(berkas)


def kemas(folder_modul: Path, nip: str, folder_tujuan: Path) -> Path:
    """Buat `<NIP>_<modul>.zip` berisi `<modul>/...`; zip lama diganti hanya setelah zip baru selesai."""
    folder_modul = Path(folder_modul).resolve()
    if not folder_modul.is_dir() or not any(folder_modul.glob("*.ipynb")):
        raise KesalahanPengguna(
            f"Folder {folder_modul} tidak berisi notebook modul. Jalankan perintah dari ruang kerja, "
            "atau tunjuk foldernya dengan --ruang-kerja."
        )
    nip = periksa_nip(nip)
    berkas = _berkas_modul(folder_modul)
    tujuan = Path(folder_tujuan) / nama_kiriman(nip, folder_modul.name)
    with tulis_atomik(tujuan, "wb") as f, zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as z:
        for p in berkas:
            z.write(p, str(Path(folder_modul.name) / p.relative_to(folder_modul)))
    return tujuan


def kirim_dari_notebook(nip: str) -> Path | None:
    """Untuk sel di notebook modul: kemas folder notebook ini ke `../kiriman/NIP_MODUL.zip` (sama dengan
    `bimtek kirim`). Simpan notebook (Ctrl+S) sebelum menjalankannya."""
    folder = Path.cwd()
    from bimtek.hub import kirim_exchange

    if kirim_exchange.di_hub():
        return _kirim_ke_exchange(folder, nip)
    try:
        tujuan = kemas(folder, nip, folder.parent / "kiriman")
    except KesalahanPengguna as e:
        print(f"Kiriman belum dibuat: {e}")
        return None
    except OSError as e:
        # Mis. saat dinilai ulang di folder terkurung: folder di atas notebook tidak dapat ditulis.
        print(f"Kiriman tidak dapat dibuat di {folder.parent / 'kiriman'} ({e.strerror}). Minta bantuan fasilitator.")
        return None
    print(f"Kiriman siap: {tujuan}\nUnduh berkas ini (klik kanan pada berkas di panel kiri > Unduh) lalu "
          "serahkan kepada fasilitator.")
    return tujuan


def _kirim_ke_exchange(folder: Path, nip: str) -> Path | None:
    """Mode server JupyterHub: kirim ke exchange nbgrader; fasilitator mengumpulkannya dengan
    `bimtek kelas kumpulkan --exchange`."""
    from bimtek.hub import kirim_exchange

    pengguna = os.environ.get("JUPYTERHUB_USER", "")
    if str(nip).replace(" ", "") != pengguna:
        print(f"Catatan: NIP di sel ({nip}) berbeda dengan akun Anda ({pengguna}); kiriman dicatat atas akun Anda.")
    try:
        nama = kirim_exchange.kirim(folder)
    except Exception as e:  # galat exchange nbgrader berbahasa Inggris: beri tahu langkahnya dengan jelas
        print(f"Kiriman belum terkirim ({type(e).__name__}: {e}). Simpan notebook (Ctrl+S), jalankan sel ini "
              "lagi, atau minta bantuan fasilitator.")
        return None
    print(f"Terkirim ke fasilitator: {folder.name} ({nama}). Anda boleh mengirim ulang; yang terakhir dinilai.")
    return folder
