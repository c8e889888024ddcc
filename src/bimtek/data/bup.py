"""BUP untuk seluruh tabel pegawai sekaligus: aturan `bimtek.aturan.batas_usia_pensiun` dalam bentuk larik.

Aturannya tetap satu (di `aturan.jabatan`): di sini hanya cara menerapkannya pada jutaan baris, yaitu per
pasangan (jenis jabatan, jenjang) lalu pengecualian undang-undang (`aturan.BUP_SEKTOR`) menurut nama jabatan.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from bimtek import aturan


def bup_pegawai(pegawai: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """(BUP per baris, topeng baris yang BUP-nya tidak dapat ditentukan) dari kolom jenis_jabatan, jenjang, jabatan.

    Sama dengan `aturan.batas_usia_pensiun(jenis, jenjang, jabatan=jabatan)` baris demi baris.
    """
    n = len(pegawai)
    bup = np.zeros(n, dtype=np.int64)
    tidak_dikenal = np.zeros(n, dtype=bool)
    kolom = ["jenis_jabatan", "jenjang"]
    kunci = pegawai[kolom].astype(object).where(pegawai[kolom].notna(), None)
    for (jenis, jenjang), idx in kunci.groupby(kolom, dropna=False).indices.items():
        try:
            bup[idx] = aturan.batas_usia_pensiun(jenis, None if pd.isna(jenjang) else jenjang)
        except (ValueError, KeyError):
            tidak_dikenal[idx] = True
    jabatan = pegawai["jabatan"].astype("string").fillna("")
    jenjang = pegawai["jenjang"].astype("string").fillna("")
    # Dari belakang ke depan, agar pengecualian pertama yang cocok (mis. "guru besar" sebelum "guru") menang.
    for sektor in reversed(aturan.BUP_SEKTOR):
        cocok = jabatan.str.contains(sektor.regex, case=False, regex=True).to_numpy(dtype=bool)
        if sektor.jenjang is not None:
            cocok &= ((jenjang == sektor.jenjang)
                      | jabatan.str.contains(rf"\b{sektor.jenjang}\b", case=False, regex=True)).to_numpy(dtype=bool)
        bup[cocok] = sektor.bup
        tidak_dikenal[cocok] = False
    return bup, tidak_dikenal
