"""Sisi peserta, kirim: kemas folder modul (notebook dan jawaban/*.json) menjadi satu zip bernama NIP."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from bimtek.galat import KesalahanPengguna

DILEWATI = {".ipynb_checkpoints", "__pycache__", ".virtual_documents"}
BATAS_UKURAN = 50 * 1024 * 1024


def nama_kiriman(nip: str, modul: str) -> str:
    return f"{nip}_{modul}.zip"


def periksa_nip(nip: str) -> str:
    from bimtek.aturan import parse_nip

    nip = str(nip).replace(" ", "")
    try:
        parse_nip(nip)
    except ValueError as e:
        raise KesalahanPengguna(
            f"NIP '{nip}' tidak sah: {e}. Tulis NIP 18 digit Anda, misalnya 198609262015051001."
        ) from e
    return nip


def kemas(folder_modul: Path, nip: str, folder_tujuan: Path) -> Path:
    """Buat `<NIP>_<modul>.zip` berisi `<modul>/...`; zip lama diganti hanya setelah zip baru selesai."""
    folder_modul = Path(folder_modul).resolve()
    if not folder_modul.is_dir() or not any(folder_modul.glob("*.ipynb")):
        raise KesalahanPengguna(
            f"Folder {folder_modul} tidak berisi notebook modul. Jalankan perintah dari ruang kerja, "
            "atau tunjuk foldernya dengan --ruang-kerja."
        )
    nip = periksa_nip(nip)
    berkas = [p for p in sorted(folder_modul.rglob("*"))
              if p.is_file() and not DILEWATI.intersection(p.relative_to(folder_modul).parts)]
    if sum(p.stat().st_size for p in berkas) > BATAS_UKURAN:
        raise KesalahanPengguna(
            f"Isi {folder_modul} lebih dari {BATAS_UKURAN // 2**20} MB. Hapus berkas besar yang bukan jawaban."
        )
    folder_tujuan.mkdir(parents=True, exist_ok=True)
    tujuan = folder_tujuan / nama_kiriman(nip, folder_modul.name)
    sementara = tujuan.with_name(tujuan.name + ".tmp")
    with zipfile.ZipFile(sementara, "w", zipfile.ZIP_DEFLATED) as z:
        for p in berkas:
            z.write(p, str(Path(folder_modul.name) / p.relative_to(folder_modul)))
    os.replace(sementara, tujuan)
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
    print(f"Kiriman siap: {tujuan}\nUnduh berkas ini (klik kanan > Download) lalu serahkan kepada fasilitator.")
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
