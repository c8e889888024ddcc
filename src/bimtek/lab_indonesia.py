"""Terjemahan tambahan JupyterLab berbahasa Indonesia untuk peserta, digabung ke paket bahasa id_ID yang terpasang.

Paket `jupyterlab-language-pack-id-ID` baru menerjemahkan sebagian kecil antarmuka, dan sebagian terjemahannya
keliru ("Help" menjadi "Membantu"). Kit menyimpan terjemahan tambahannya sebagai data di `lab_indonesia.json`
(satu glosarium, istilah baku yang sama di semua menu) lalu menggabungkannya ke dua berkas paket:

- `LC_MESSAGES/<domain>.json`: dibaca antarmuka (peramban); kunci `msgid`, atau `konteks\\u0004msgid`,
  nilainya daftar terjemahan;
- `LC_MESSAGES/<domain>.mo`: dibaca server dengan gettext Python untuk skema pengaturan, termasuk judul menu
  utama (`jupyter.lab.menus`, konteks "menu"), lihat `jupyterlab_server/translation_utils.py`.

Penggabungan idempoten: menjalankannya lagi tidak mengubah apa pun.
"""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import read_mo, write_mo

from bimtek.galat import KesalahanPengguna
from bimtek.tulis_atomik import tulis_byte

LOKAL = "id_ID"
MODUL_PAKET_BAHASA = f"jupyterlab_language_pack_{LOKAL}"
BERKAS_DATA = Path(__file__).with_name("lab_indonesia.json")

# Pemisah yang dipakai gettext: konteks\x04msgid, dan msgid\x00msgid_jamak (juga antar-bentuk jamak).
_EOT = "\x04"
_NUL = "\x00"


@dataclass(frozen=True)
class Entri:
    """Satu terjemahan: teks asli JupyterLab (msgid) dalam suatu domain dan konteks."""

    domain: str
    konteks: str
    msgid: str
    terjemahan: str
    jamak: str | None = None  # msgid bentuk jamak untuk teks yang dipanggil dengan _n()/_np()

    @property
    def kunci_json(self) -> str:
        return f"{self.konteks}{_EOT}{self.msgid}" if self.konteks else self.msgid

    @property
    def kunci_mo(self) -> str:
        kunci = self.kunci_json
        return f"{kunci}{_NUL}{self.jamak}" if self.jamak else kunci


@dataclass
class HasilGabung:
    """Ringkasan penggabungan per domain: berapa teks ditambah, diperbaiki, dan berkas yang berubah."""

    ditambah: int = 0
    diperbaiki: int = 0
    sudah_sama: int = 0
    berkas_berubah: list[Path] = field(default_factory=list)


def muat_data(berkas: Path = BERKAS_DATA) -> dict:
    return json.loads(berkas.read_text(encoding="utf-8"))


def glosarium(berkas: Path = BERKAS_DATA) -> dict[str, str]:
    """Istilah baku antarmuka: istilah Inggris JupyterLab -> istilah Indonesia yang dipakai kit."""
    return {asli: isi["istilah"] for asli, isi in muat_data(berkas)["glosarium"].items()}


def glosarium_lengkap(berkas: Path = BERKAS_DATA) -> list[tuple[str, str, str]]:
    """(istilah kit, istilah asli JupyterLab, artinya) untuk tabel glosarium di panduan."""
    return [(isi["istilah"], asli, isi["arti"]) for asli, isi in muat_data(berkas)["glosarium"].items()]


def daftar_entri(berkas: Path = BERKAS_DATA) -> list[Entri]:
    """Semua terjemahan tambahan kit.

    Bentuk data: `terjemahan[domain][konteks][msgid] = teks` ("" untuk tanpa konteks); teks jamak ditulis
    `{"jamak": msgid_jamak, "teks": terjemahan}` (bahasa Indonesia memakai satu bentuk untuk tunggal dan jamak).
    """
    entri = []
    for domain, per_konteks in muat_data(berkas)["terjemahan"].items():
        for konteks, pasangan in per_konteks.items():
            for msgid, nilai in pasangan.items():
                if isinstance(nilai, dict):
                    entri.append(Entri(domain, konteks, msgid, nilai["teks"], nilai["jamak"]))
                else:
                    entri.append(Entri(domain, konteks, msgid, nilai))
    return entri


def folder_paket_bahasa(prefix: Path | None = None) -> Path:
    """Folder `locale/id_ID/LC_MESSAGES` paket bahasa yang terpasang di lingkungan Python `prefix`."""
    if prefix is None or Path(prefix).resolve() == Path(sys.prefix).resolve():
        spec = importlib.util.find_spec(MODUL_PAKET_BAHASA)
        kandidat = [Path(spec.origin).parent] if spec and spec.origin else []
    else:
        prefix = Path(prefix)
        kandidat = sorted(prefix.glob(f"lib/python*/site-packages/{MODUL_PAKET_BAHASA}"))
        kandidat += [prefix / "Lib" / "site-packages" / MODUL_PAKET_BAHASA]
    for folder in kandidat:
        lc = folder / "locale" / LOKAL / "LC_MESSAGES"
        if (lc / "jupyterlab.json").exists():
            return lc
    raise KesalahanPengguna(
        f"Paket bahasa Indonesia JupyterLab ({MODUL_PAKET_BAHASA}) tidak ditemukan di {prefix or sys.prefix}. "
        "Jalankan `make start` (memasang semua kebutuhan kit) atau "
        "`pip install jupyterlab-language-pack-id-ID`, lalu coba lagi."
    )


# --- berkas .mo (format GNU gettext), dibaca dan ditulis dengan babel -----------------------------------------


def baca_mo(path: Path) -> Catalog:
    """Katalog .mo paket bahasa (babel)."""
    with open(path, "rb") as f:
        return read_mo(f)


def tulis_mo(katalog: Catalog) -> bytes:
    berkas = io.BytesIO()
    write_mo(berkas, katalog)
    return berkas.getvalue()


# --- penggabungan --------------------------------------------------------------------------------------------


def _tulis_bila_berubah(path: Path, isi: bytes) -> bool:
    """Tulis atomik (berkas paket tidak pernah setengah tertulis), hanya bila isinya berubah."""
    if path.exists() and path.read_bytes() == isi:
        return False
    tulis_byte(path, isi)
    return True


def _gabung_domain(folder: Path, domain: str, entri: list[Entri], hasil: HasilGabung) -> None:
    berkas_json = folder / f"{domain}.json"
    berkas_mo = folder / f"{domain}.mo"
    frontend = json.loads(berkas_json.read_text(encoding="utf-8")) if berkas_json.exists() else {}
    frontend.setdefault("", {"domain": domain, "language": "id-ID", "plural_forms": "nplurals=1; plural=0;",
                             "version": "jupyterlab"})
    server = baca_mo(berkas_mo) if berkas_mo.exists() else Catalog(locale="id_ID", domain=domain, fuzzy=False)

    for e in entri:
        lama = (frontend.get(e.kunci_json) or [""])[0]
        if not lama:
            hasil.ditambah += 1
        elif lama != e.terjemahan:
            hasil.diperbaiki += 1
        else:
            hasil.sudah_sama += 1
        # Antarmuka memakai teks jamak hanya bila daftarnya berisi lebih dari satu bentuk, dan teks tunggal hanya
        # bila tepat satu (lihat `dcnpgettext` di @jupyterlab/translation); bahasa Indonesia: bentuknya sama.
        frontend[e.kunci_json] = [e.terjemahan, e.terjemahan] if e.jamak else [e.terjemahan]
        # Satu msgid cukup satu entri di .mo: buang versi tunggal/jamak lain dari teks yang sama.
        id_baru = (e.msgid, e.jamak) if e.jamak else e.msgid
        konteks = e.konteks or None
        # Catalog.add tidak mengganti teks entri yang sudah ada, jadi entri lama dibuang dulu.
        for m in [m for m in server if m.id and m.context == konteks
                  and (m.id[0] if isinstance(m.id, tuple) else m.id) == e.msgid]:
            server.delete(m.id, context=m.context)
        # Bahasa Indonesia satu bentuk jamak (nplurals=1): teks jamak cukup satu terjemahan.
        server.add(id_baru, (e.terjemahan,) if e.jamak else e.terjemahan, context=konteks)

    isi_json = (json.dumps(frontend, ensure_ascii=False, indent=4, sort_keys=True) + "\n").encode("utf-8")
    for path, isi in ((berkas_json, isi_json), (berkas_mo, tulis_mo(server))):
        if _tulis_bila_berubah(path, isi):
            hasil.berkas_berubah.append(path)


def gabungkan_terjemahan(folder: Path | None = None, prefix: Path | None = None) -> HasilGabung:
    """Gabungkan terjemahan kit ke paket bahasa di `folder` (LC_MESSAGES), atau yang terpasang di `prefix`."""
    folder = Path(folder) if folder else folder_paket_bahasa(prefix)
    per_domain: dict[str, list[Entri]] = {}
    for e in daftar_entri():
        per_domain.setdefault(e.domain, []).append(e)
    hasil = HasilGabung()
    for domain, entri in per_domain.items():
        _gabung_domain(folder, domain, entri, hasil)
    return hasil
