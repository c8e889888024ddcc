"""Penulisan berkas atomik: tulis ke berkas sementara di folder yang sama, lalu ganti sekaligus.

Pembaca tidak pernah melihat berkas setengah jadi, dan bila penulisan gagal berkas lama tetap utuh.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


@contextmanager
def tulis_atomik(path: Path | str, mode: str = "w", **buka: Any) -> Iterator[IO[Any]]:
    """`with tulis_atomik(path) as f:` - isi `f`; `path` diganti hanya bila blok selesai tanpa galat."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if "b" not in mode:
        buka.setdefault("encoding", "utf-8")
    fd, sementara = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with open(fd, mode, **buka) as f:
            yield f
            # Isi sampai ke disk sebelum nama diganti: laptop pelatihan bisa mati mendadak (baterai habis).
            f.flush()
            os.fsync(f.fileno())
        os.replace(sementara, path)
    except BaseException:
        Path(sementara).unlink(missing_ok=True)
        raise


def tulis_teks(path: Path | str, teks: str) -> None:
    with tulis_atomik(path) as f:
        f.write(teks)


def tulis_byte(path: Path | str, isi: bytes) -> None:
    with tulis_atomik(path, "wb") as f:
        f.write(isi)


def tulis_json(path: Path | str, data: Any) -> None:
    with tulis_atomik(path) as f:
        json.dump(data, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
