"""Folder peristiwa di server pelatihan (JupyterHub dengan akun sistem per peserta).

Tata letak (dipanggil konfigurasi hub sekali saat server disiapkan, sebagai root):

    /srv/bimtek/pantau/            pemilik root, grup = grup pelatih, mode 3773 (drwxrws-wt)
        199001012015031001.jsonl   pemilik peserta itu, grup pelatih, mode 0640

- setgid (2000): berkas baru mewarisi grup pelatih, jadi pelatih membaca semua berkas;
- "others" -wx: peserta boleh membuat berkasnya sendiri tetapi tidak dapat melihat daftar isi folder;
- berkas 0640: peserta lain tidak dapat membaca berkas temannya;
- sticky (1000): peserta tidak dapat menghapus atau mengganti nama berkas orang lain (tanpa ini, izin tulis folder
  mengizinkan `rm` berkas peserta lain yang namanya mudah ditebak dari NIP).
Peserta yang lebih dulu membuat berkas atas nama NIP orang lain tidak dipercaya: pembaca memeriksa bahwa pemilik
berkas `<NIP>.jsonl` adalah akun sistem bernama NIP itu (`pemilik_cocok`).

Server peserta diberi `BIMTEK_PANTAU_DIR=/srv/bimtek/pantau`; nama pengguna hub (= NIP) menjadi nama berkasnya.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from bimtek.galat import KesalahanPengguna

MODE_FOLDER = 0o3773  # setgid + sticky + rwxrwx-wx
MODE_BERKAS = 0o640
GRUP_BAWAAN = "fasilitator"


def siapkan_folder_hub(folder: str | os.PathLike[str], grup: str = GRUP_BAWAAN) -> Path:
    """Buat (atau betulkan) folder peristiwa: pemilik root, grup pelatih, mode 3773. Aman diulang."""
    import grp  # hanya ada di Linux/Unix: server pelatihan

    folder = Path(folder)
    try:
        gid = grp.getgrnam(grup).gr_gid
    except KeyError:
        raise KesalahanPengguna(
            f"Grup sistem '{grup}' untuk pelatih tidak ada. Buat dulu (groupadd {grup}) dan masukkan akun pelatih."
        ) from None
    folder.mkdir(parents=True, exist_ok=True)
    os.chown(folder, 0, gid)
    os.chmod(folder, MODE_FOLDER)  # chmod setelah chown: chown dapat menghapus bit setgid
    return folder


def pemilik_cocok(berkas: Path, st: os.stat_result | None = None) -> bool | None:
    """Apakah pemilik `<NIP>.jsonl` adalah akun bernama NIP itu. None bila akun itu tidak ada di sistem ini
    (mis. berkas kiriman di laptop, atau Kubernetes tempat semua server memakai satu uid)."""
    try:
        import pwd
    except ImportError:  # Windows: tidak ada akun sistem untuk dicocokkan
        return None
    try:
        uid = pwd.getpwnam(berkas.stem).pw_uid
    except KeyError:
        return None
    st = st or berkas.stat()
    return st.st_uid == uid


def folder_terlindung(folder: Path) -> bool:
    """Folder disiapkan seperti di atas (untuk pemeriksaan/peringatan di sisi pelatih)."""
    st = folder.stat()
    return stat.S_IMODE(st.st_mode) == MODE_FOLDER and st.st_uid == 0
