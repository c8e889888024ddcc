"""Berkas pengaturan (YAML, JSON, atau TOML) yang diperiksa terhadap skema JSON, dengan pesan berbahasa Indonesia
yang menyebut kunci, nilai yang ditemukan, dan nilai yang diizinkan. Dipakai kelas.yaml dan berkas kebijakan
presensi instansi."""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from pathlib import Path
from typing import Any

import yaml

from bimtek.galat import KesalahanPengguna


class PengaturanTidakSah(KesalahanPengguna, ValueError):
    """Berkas pengaturan yang tidak dapat dibaca atau tidak sesuai skemanya."""


NAMA_TIPE = {"string": "teks", "number": "angka", "integer": "bilangan bulat", "boolean": "true atau false",
             "object": "pasangan kunci: nilai", "array": "daftar", "null": "kosong"}


def _tipe(nilai: Any) -> str:
    for nama, tipe in (("boolean", bool), ("integer", int), ("number", float), ("string", str),
                       ("object", dict), ("array", list)):
        if isinstance(nilai, tipe):
            return NAMA_TIPE[nama]
    return "kosong" if nilai is None else type(nilai).__name__


def _tanggal_jadi_teks(data: Any) -> Any:
    """Tanggal yang ditulis tanpa tanda kutip dibaca YAML/TOML sebagai tanggal: jadikan teks yang sama
    ("2026-11-30", "2026-11-30 16:00") agar skema dan pembaca kit cukup mengenal satu bentuk."""
    if isinstance(data, dict):
        return {k: _tanggal_jadi_teks(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_tanggal_jadi_teks(v) for v in data]
    if isinstance(data, dt.datetime):
        return data.strftime("%Y-%m-%d %H:%M")
    if isinstance(data, dt.date):
        return data.isoformat()
    return data


def nama_kunci(path: Any) -> str:
    """Letak nilai di berkas untuk dibaca orang: "tenggat.modul-1", "terlambat butir ke-2 persen" (bukan
    terlambat.1.persen)."""
    teks, sebelumnya = "", None
    for p in path:
        if isinstance(p, int):
            teks += f" butir ke-{p + 1}"
        else:
            teks += ("." if isinstance(sebelumnya, str) else " " if sebelumnya is not None else "") + str(p)
        sebelumnya = p
    return teks or "(isi berkas)"


def _pesan(galat: Any) -> str:
    """Satu galat jsonschema -> kalimat yang menyebut kunci dan nilai yang diizinkan."""
    kunci = nama_kunci(galat.absolute_path)
    skema, nilai, v = galat.schema, galat.instance, galat.validator
    if v == "additionalProperties":
        dikenal = sorted(skema.get("properties", {}))
        asing = sorted(set(nilai) - set(dikenal))
        if dikenal:
            return f"kunci {', '.join(asing)} tidak dikenal; kunci yang boleh: {', '.join(dikenal)}"
        return f"{kunci}: {', '.join(asing)} tidak diizinkan"
    if v == "type":
        tipe = skema["type"] if isinstance(skema["type"], list) else [skema["type"]]
        return f"kunci {kunci}: harus {' atau '.join(NAMA_TIPE.get(t, t) for t in tipe)}, bukan {_tipe(nilai)} " \
               f"({nilai!r})"
    if v == "enum":
        return f"kunci {kunci}: nilai {nilai!r} tidak dikenal; pilihan: {', '.join(map(str, skema['enum']))}"
    if v in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        bawah, atas = skema.get("minimum", skema.get("exclusiveMinimum")), skema.get("maximum")
        rentang = f"antara {bawah:g} dan {atas:g}" if bawah is not None and atas is not None else \
            (f"paling sedikit {bawah:g}" if bawah is not None else f"paling banyak {atas:g}")
        return f"kunci {kunci}: harus {rentang}, bukan {nilai!r}"
    if v == "pattern":
        return f"kunci {kunci}: {nilai!r} tidak sesuai format; {skema.get('description', skema['pattern'])}"
    if v == "required":
        return f"kunci {galat.message.split(chr(39))[1]} wajib ada" + (f" di {kunci}" if galat.absolute_path else "")
    if v == "minItems":
        return f"kunci {kunci}: daftar harus berisi paling sedikit {skema['minItems']} butir"
    return f"kunci {kunci}: {skema.get('description') or galat.message}"


def periksa(data: Any, skema: dict[str, Any], berkas: Path | str) -> None:
    """Semua pelanggaran skema sekaligus, urut menurut kunci; tidak ada pelanggaran yang diam-diam dilewati."""
    from jsonschema import Draft202012Validator

    galat = sorted(Draft202012Validator(skema).iter_errors(data), key=lambda g: [str(p) for p in g.absolute_path])
    if galat:
        raise PengaturanTidakSah(f"{berkas} tidak sah; perbaiki lalu ulangi:\n- "
                                + "\n- ".join(dict.fromkeys(_pesan(g) for g in galat)))


def baca(berkas: Path | str, skema: dict[str, Any]) -> dict[str, Any]:
    """Baca berkas YAML/JSON/TOML (menurut akhiran namanya) lalu periksa terhadap skema; berkas kosong berarti {}."""
    berkas = Path(berkas)
    try:
        teks = berkas.read_text(encoding="utf-8")
    except OSError as e:
        raise PengaturanTidakSah(f"Berkas {berkas} tidak dapat dibaca ({e.strerror or e}). Periksa nama dan "
                                 "letak berkasnya.") from e
    akhiran = berkas.suffix.lower()
    try:
        data = json.loads(teks) if akhiran == ".json" else tomllib.loads(teks) if akhiran == ".toml" \
            else yaml.safe_load(teks)
    except (ValueError, yaml.YAMLError) as e:
        letak = getattr(e, "problem_mark", None)
        # YAML: problem_mark; JSON: lineno; TOML (Python 3.11): "... (at line N, column M)" di pesannya.
        nomor = letak.line + 1 if letak is not None else getattr(e, "lineno", None) or \
            next(iter(re.findall(r"at line (\d+)", str(e))), None)
        baris = f" baris {nomor}" if nomor else ""
        # Tanpa nama kelas galat Python (mis. ScannerError): yang membaca pesan ini fasilitator, bukan pemrogram.
        raise PengaturanTidakSah(f"{berkas}{baris} tidak dapat dibaca. Periksa penulisan di sekitar baris itu: "
                                 "setiap baris `kunci: nilai`, kunci utama tanpa spasi di awal baris, kurung siku "
                                 "dan tanda kutip berpasangan.") from e
    data = {} if data is None else _tanggal_jadi_teks(data)
    periksa(data, skema, berkas)
    return data
