"""Berkas pengaturan (YAML atau JSON) yang diperiksa terhadap skema JSON, dengan pesan berbahasa Indonesia yang
menyebut kunci, nilai yang ditemukan, dan nilai yang diizinkan. Dipakai kelas.yaml dan berkas kebijakan lain."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from bimtek.galat import KesalahanPengguna

NAMA_TIPE = {"string": "teks", "number": "angka", "integer": "bilangan bulat", "boolean": "true atau false",
             "object": "pasangan kunci: nilai", "array": "daftar", "null": "kosong"}


def _tipe(nilai: Any) -> str:
    for nama, tipe in (("boolean", bool), ("integer", int), ("number", float), ("string", str),
                       ("object", dict), ("array", list)):
        if isinstance(nilai, tipe):
            return NAMA_TIPE[nama]
    return "kosong" if nilai is None else type(nilai).__name__


def _pesan(galat: Any) -> str:
    """Satu galat jsonschema -> kalimat yang menyebut kunci dan nilai yang diizinkan."""
    kunci = ".".join(str(p) for p in galat.absolute_path) or "(isi berkas)"
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
    return f"kunci {kunci}: {skema.get('description') or galat.message}"


def periksa(data: Any, skema: dict[str, Any], berkas: Path | str) -> None:
    """Semua pelanggaran skema sekaligus, urut menurut kunci; tidak ada pelanggaran yang diam-diam dilewati."""
    from jsonschema import Draft202012Validator

    galat = sorted(Draft202012Validator(skema).iter_errors(data), key=lambda g: [str(p) for p in g.absolute_path])
    if galat:
        raise KesalahanPengguna(f"{berkas} tidak sah; perbaiki lalu ulangi:\n- "
                                + "\n- ".join(dict.fromkeys(_pesan(g) for g in galat)))


def baca(berkas: Path | str, skema: dict[str, Any]) -> dict[str, Any]:
    """Baca berkas YAML/JSON lalu periksa terhadap skema; berkas kosong berarti {}."""
    berkas = Path(berkas)
    try:
        teks = berkas.read_text(encoding="utf-8")
        data = json.loads(teks) if berkas.suffix.lower() == ".json" else yaml.safe_load(teks)
    except (ValueError, yaml.YAMLError) as e:
        letak = getattr(e, "problem_mark", None)
        baris = f" baris {letak.line + 1}" if letak is not None else ""
        raise KesalahanPengguna(f"{berkas}{baris} tidak dapat dibaca ({type(e).__name__}). Periksa penulisan "
                                "kunci: nilai dan tanda kutipnya.") from e
    data = {} if data is None else data
    periksa(data, skema, berkas)
    return data
