"""Menulis dan membaca folder dataset (CSV UTF-8 dengan BOM agar terbuka rapi di Excel, atau Parquet).

Penulisan selalu ke folder sementara di sebelah tujuan lalu dipindahkan sekaligus: dataset tidak pernah
tertinggal setengah jadi, dan dataset lama hanya diganti bila diminta (`timpa=True`).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from bimtek.data.invarian import Pelanggaran, periksa_tabel
from bimtek.data.kamus import NAMA_TABEL, TABEL, bentuk_tabel
from bimtek.data.kartu import kartu_data
from bimtek.galat import KesalahanPengguna

FORMAT = ("csv", "parquet")
BOM = "\ufeff".encode()
BERKAS_INFO = "metadata.json"
BERKAS_MANIFEST_KOTOR = "manifest_kotor.json"
BERKAS_KARTU = "DATA_CARD.md"


def _ke_arrow(df: pd.DataFrame, nama: str) -> pa.Table:
    kolom = {}
    for k in TABEL[nama].kolom:
        s = df[k.nama]
        if k.jenis == "tanggal" and pd.api.types.is_datetime64_any_dtype(s):
            kolom[k.nama] = pa.array(s.to_numpy().astype("datetime64[D]"), pa.date32(), mask=s.isna().to_numpy())
        elif k.jenis == "bilangan" and pd.api.types.is_numeric_dtype(s):
            kolom[k.nama] = pa.array(s.to_numpy(dtype="float64", na_value=np.nan), pa.float64()).cast(pa.int64())
        elif k.jenis == "desimal" and pd.api.types.is_numeric_dtype(s):
            kolom[k.nama] = pa.array(s.to_numpy(dtype="float64", na_value=np.nan), pa.float64(), from_pandas=True)
        elif isinstance(s.dtype, pd.StringDtype) and s.dtype.storage == "pyarrow":
            kolom[k.nama] = pa.array(s)  # large_string milik pandas, tanpa salinan
        else:
            kolom[k.nama] = pa.array(s.astype(object).where(s.notna(), None).to_numpy(), pa.string())
    return pa.table(kolom)


def tulis_tabel(df: pd.DataFrame, nama: str, folder: Path, format: str) -> Path:
    tabel = _ke_arrow(df, nama)
    if format == "csv":
        path = folder / f"{nama}.csv"
        with open(path, "wb") as f:
            f.write(BOM)
            pacsv.write_csv(tabel, f, pacsv.WriteOptions(quoting_style="needed", batch_size=65536))
    else:
        path = folder / f"{nama}.parquet"
        pq.write_table(tabel, path, compression="zstd")
    return path


def _siapkan_tujuan(folder: Path, timpa: bool) -> Path:
    folder = Path(folder).expanduser().absolute()
    if folder.exists() and not folder.is_dir():
        raise KesalahanPengguna(f"Keluaran {folder} adalah berkas, bukan folder. Pilih folder lain dengan --keluaran.")
    if folder.exists() and any(folder.iterdir()) and not timpa:
        raise KesalahanPengguna(
            f"Folder keluaran {folder} sudah berisi berkas. Pilih folder kosong/baru dengan --keluaran, "
            "atau tambahkan --timpa untuk mengganti isinya."
        )
    induk = folder.parent
    try:
        induk.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise KesalahanPengguna(f"Folder {induk} tidak dapat dibuat ({e.strerror}). Pilih lokasi lain.") from e
    if not os.access(induk, os.W_OK | os.X_OK):
        raise KesalahanPengguna(
            f"Tidak ada izin menulis di folder {induk}. Pilih lokasi lain dengan --keluaran "
            "(mis. folder di rumah Anda)."
        )
    return folder


def tulis_dataset(dataset, folder: str | Path, format: str = "csv", timpa: bool = False) -> Path:
    """Tulis semua tabel, metadata.json, DATA_CARD.md (dan manifest_kotor.json bila kotor) ke `folder`."""
    return tulis_aliran(iter(dataset.tabel.items()), dataset.info, folder, format, timpa)


def tulis_aliran(aliran: Iterator[tuple[str, pd.DataFrame]], info: dict, folder: str | Path, format: str = "csv",
                 timpa: bool = False) -> Path:
    """Tulis tabel satu per satu saat dihasilkan (`generator.susun_tabel`), lalu metadata dan kartu data.

    Semuanya ditulis ke folder sementara di sebelah tujuan dan baru dipindahkan bila selesai tanpa galat.
    """
    if format not in FORMAT:
        raise KesalahanPengguna(f"Format {format!r} tidak dikenal. Pilih salah satu: {', '.join(FORMAT)}.")
    folder = _siapkan_tujuan(Path(folder), timpa)
    try:
        sementara = Path(tempfile.mkdtemp(prefix=f".{folder.name}.sementara-", dir=folder.parent))
    except OSError as e:
        raise KesalahanPengguna(f"Tidak dapat menulis di {folder.parent} ({e.strerror}). Pilih lokasi lain.") from e
    try:
        # Penulisan berjalan di utas lain (pyarrow melepas GIL) sementara tabel berikutnya dibuat; paling
        # banyak satu tabel menunggu agar memori tetap terbatas.
        with ThreadPoolExecutor(max_workers=1) as penulis:
            tertunda = None
            for nama, df in aliran:
                if tertunda is not None:
                    tertunda.result()
                tertunda = penulis.submit(tulis_tabel, df, nama, sementara, format)
                del df
            if tertunda is not None:
                tertunda.result()
        lengkap = {k: v for k, v in info.items() if k != "manifest_kotor"} | {"format": format}
        _tulis_json(sementara / BERKAS_INFO, lengkap)
        if info.get("manifest_kotor") is not None:
            _tulis_json(sementara / BERKAS_MANIFEST_KOTOR, info["manifest_kotor"])
        (sementara / BERKAS_KARTU).write_text(kartu_data(info), encoding="utf-8", newline="\n")
        os.chmod(sementara, 0o755)
        if folder.exists():
            lama = Path(tempfile.mkdtemp(prefix=f".{folder.name}.lama-", dir=folder.parent))
            os.rename(folder, lama / "isi")
            os.rename(sementara, folder)
            shutil.rmtree(lama, ignore_errors=True)
        else:
            os.rename(sementara, folder)
    except OSError as e:
        shutil.rmtree(sementara, ignore_errors=True)
        raise KesalahanPengguna(f"Gagal menulis dataset ke {folder} ({e.strerror or e}). Tidak ada yang diubah.") from e
    except BaseException:
        shutil.rmtree(sementara, ignore_errors=True)
        raise
    return folder


def _tulis_json(path: Path, isi: dict) -> None:
    path.write_text(json.dumps(isi, ensure_ascii=False, indent=2, sort_keys=False) + "\n", encoding="utf-8",
                    newline="\n")


def baca_tabel(folder: str | Path, nama: str, ketat: bool = True) -> pd.DataFrame:
    """Baca satu tabel dari folder dataset (CSV atau Parquet); NIP dan kolom teks tetap teks."""
    folder = Path(folder)
    csv, parquet = folder / f"{nama}.csv", folder / f"{nama}.parquet"
    if csv.exists():
        df = pd.read_csv(csv, dtype=str, encoding="utf-8-sig", keep_default_na=False, na_values=[""])
    elif parquet.exists():
        df = pq.read_table(parquet).to_pandas()
    else:
        raise KesalahanPengguna(f"Tabel {nama} tidak ditemukan di {folder} ({nama}.csv atau {nama}.parquet).")
    if not ketat:
        return df
    return bentuk_tabel(df, nama)


def baca_info(folder: str | Path) -> dict:
    path = Path(folder) / BERKAS_INFO
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def periksa(tabel_atau_folder: dict[str, pd.DataFrame] | str | Path,
            tanggal_acuan: dt.date | None = None) -> list[Pelanggaran]:
    """Jalankan semua invarian pada tabel di memori atau pada folder dataset; kembalikan daftar pelanggaran
    (kosong berarti konsisten). Tanggal acuan folder dibaca dari metadata.json bila ada."""
    if not isinstance(tabel_atau_folder, str | Path):
        return periksa_tabel(tabel_atau_folder, tanggal_acuan)
    folder = Path(tabel_atau_folder)
    info = baca_info(folder)
    if tanggal_acuan is None and info.get("tanggal_acuan"):
        tanggal_acuan = dt.date.fromisoformat(info["tanggal_acuan"])
    mentah = {}
    for nama in NAMA_TABEL:
        try:
            mentah[nama] = baca_tabel(folder, nama, ketat=False)
        except Exception:  # noqa: BLE001 - tabel yang tidak terbaca dilaporkan sebagai pelanggaran "kolom"
            continue
    return periksa_tabel(mentah, tanggal_acuan)
