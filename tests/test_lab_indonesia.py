"""Terjemahan tambahan JupyterLab: penggabungan ke paket bahasa, bentuk berkas, dan kecocokan dengan JupyterLab."""

from __future__ import annotations

import gettext
import json
import re
import sys
from pathlib import Path

import pytest

from bimtek import lab_indonesia
from bimtek.galat import KesalahanPengguna
from bimtek.lab_indonesia import daftar_entri, gabungkan_terjemahan, glosarium, muat_data

PREFIX = Path(sys.prefix)

def _baca(folder: Path) -> tuple[dict, gettext.GNUTranslations]:
    frontend = json.loads((folder / "jupyterlab.json").read_text(encoding="utf-8"))
    with (folder / "jupyterlab.mo").open("rb") as f:
        return frontend, gettext.GNUTranslations(f)


def test_gabung_memperbaiki_yang_keliru_dan_menjaga_yang_baik(tmp_path, paket_contoh):
    folder = paket_contoh(tmp_path / "LC_MESSAGES")
    hasil = gabungkan_terjemahan(folder)
    frontend, server = _baca(folder)

    # Terjemahan keliru diperbaiki, di berkas antarmuka dan di berkas server.
    for msgid, benar in (("Help", "Bantuan"), ("Run", "Jalankan"), ("Light", "Terang"),
                         ("Restart Kernel and Run All Cells…", "Mulai Ulang Kernel dan Jalankan Semua Sel…")):
        assert frontend[msgid] == [benar]
        assert server.gettext(msgid) == benar
    # Terjemahan baik yang tidak diatur kit tetap ada; teks berkonteks schema tetap terbaca server.
    assert "Kernel Operations" not in {e.msgid for e in daftar_entri()}
    assert frontend["Kernel Operations"] == ["Operasi Kernel"]
    assert server.gettext("Kernel Operations") == "Operasi Kernel"
    assert server.pgettext("schema", "Code Console") == "Konsol Kode"
    assert server.ngettext("%1 Item", "%1 Items", 3) == "%1 Item"
    # Judul menu utama: konteks "menu" di kedua berkas (server menerjemahkan jupyter.lab.menus dengan pgettext).
    for asli, id_ in (("File", "Berkas"), ("Edit", "Sunting"), ("Tabs", "Tab"), ("Help", "Bantuan")):
        assert frontend[f"menu\x04{asli}"] == [id_]
        assert server.pgettext("menu", asli) == id_
    # Teks jamak: antarmuka hanya memakainya bila daftarnya lebih dari satu bentuk.
    assert frontend["Run Selected Cell"] == ["Jalankan Sel Terpilih"] * 2
    assert server.ngettext("Run Selected Cell", "Run Selected Cells", 1) == "Jalankan Sel Terpilih"
    assert server.ngettext("Run Selected Cell", "Run Selected Cells", 5) == "Jalankan Sel Terpilih"
    assert server.info()["plural-forms"] == "nplurals=1; plural=0;"
    # Hitungan: empat teks keliru diperbaiki, "Save" sudah sama, sisanya baru.
    assert hasil.diperbaiki == 4
    assert hasil.sudah_sama == 1
    assert hasil.ditambah == len(daftar_entri()) - 5
    assert {p.name for p in hasil.berkas_berubah} >= {"jupyterlab.json", "jupyterlab.mo"}


def test_gabung_idempoten(tmp_path, paket_contoh):
    folder = paket_contoh(tmp_path / "LC_MESSAGES")
    gabungkan_terjemahan(folder)
    sebelum = {p.name: p.read_bytes() for p in folder.iterdir()}
    hasil = gabungkan_terjemahan(folder)
    assert hasil.berkas_berubah == []
    assert hasil.ditambah == hasil.diperbaiki == 0
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == sebelum


def test_mo_hasil_gabung_terbaca_gettext(tmp_path, paket_contoh):
    """.mo ditulis babel: konteks dan bentuk jamak terbaca gettext Python (yang dipakai server JupyterLab)."""
    folder = paket_contoh(tmp_path / "LC_MESSAGES")
    gabungkan_terjemahan(folder)
    _, server = _baca(folder)
    for e in daftar_entri():
        if e.domain != "jupyterlab":
            continue
        if e.jamak:
            hasil = server.npgettext(e.konteks, e.msgid, e.jamak, 2) if e.konteks else \
                server.ngettext(e.msgid, e.jamak, 2)
        else:
            hasil = server.pgettext(e.konteks, e.msgid) if e.konteks else server.gettext(e.msgid)
        assert hasil == e.terjemahan, e


def test_paket_tidak_ada_memberi_pesan_jelas(tmp_path):
    with pytest.raises(KesalahanPengguna, match="jupyterlab-language-pack-id-ID"):
        lab_indonesia.folder_paket_bahasa(tmp_path)


def test_istilah_konsisten_dengan_glosarium():
    data = muat_data()
    istilah = glosarium()
    menu = data["terjemahan"]["jupyterlab"]["menu"]
    for judul in ("File", "Edit", "View", "Run", "Kernel", "Tabs", "Settings", "Help"):
        assert menu[judul] == istilah[judul]
    # Kata keliru atau campur Inggris yang pernah ada di paket tidak boleh muncul di terjemahan kit.
    # Juga sinonim di luar glosarium (Jalur untuk Lokasi, titik pemeriksaan untuk Titik Simpan, dan seterusnya).
    terlarang = re.compile(
        r"\b(Membantu|Menjalankan|Dimulai lagi|Demulai|Peramban Berkas|Catatan|and|the|Launcher|clipboard|"
        r"Checkpoint|pemeriksaan|Jalur|keyboard)\b",
        re.I,
    )
    for e in daftar_entri():
        assert not terlarang.search(e.terjemahan), (e.msgid, e.terjemahan)
        # Penanda %1, %2 dan akhiran "…" harus tetap ada agar teks yang disisipkan JupyterLab tidak hilang.
        assert sorted(re.findall(r"%\d", e.msgid)) == sorted(re.findall(r"%\d", e.terjemahan)), e.msgid
        assert e.msgid.endswith("…") == e.terjemahan.endswith("…"), e.msgid


# --- setiap teks kit benar-benar ada di JupyterLab yang terpasang (tidak ada entri mati) ----------------------

_STR = r'"((?:[^"\\]|\\.)*)"'
_STR1 = r"'((?:[^'\\]|\\.)*)'"
_POLA = [
    (re.compile(r"\.__\(" + s + r"[,)]"), "tunggal") for s in (_STR, _STR1)
] + [
    (re.compile(r"\._p\(" + _STR + "," + _STR + r"[,)]"), "konteks"),
    (re.compile(r"\._n\(" + _STR + "," + _STR + ","), "jamak"),
    (re.compile(r"\._np\(" + _STR + "," + _STR + "," + _STR + ","), "konteks_jamak"),
]
_ESC = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)


def _tanpa_escape(s: str) -> str:
    def ganti(m: re.Match[str]) -> str:
        g = m.group(1)
        if g[0] in "ux" and len(g) > 1:
            return chr(int(g[1:], 16))
        return {"n": "\n", "t": "\t", "r": "\r"}.get(g, g)

    return _ESC.sub(ganti, s)


def _msgid_terpasang(berkas_js: list[Path], berkas_skema: list[Path]) -> dict[tuple[str, str], str | None]:
    """(konteks, msgid) -> msgid jamak, dari bundel JS dan skema pengaturan (cara server memilih teks skema)."""
    from jupyterlab_server.translation_utils import translator

    hasil: dict[tuple[str, str], str | None] = {}
    for js in berkas_js:
        teks = js.read_text(encoding="utf-8", errors="replace")
        for pola, jenis in _POLA:
            for m in pola.finditer(teks):
                g = [_tanpa_escape(x) for x in m.groups()]
                if jenis == "tunggal":
                    hasil[("", g[0])] = None
                elif jenis == "konteks":
                    hasil[(g[0], g[1])] = None
                elif jenis == "jamak":
                    hasil[("", g[0])] = g[1]
                else:
                    hasil[(g[0], g[1])] = g[2]

    class Perekam:
        def pgettext(self, konteks: str, msgid: str) -> str:
            hasil.setdefault((konteks, msgid), None)
            return msgid

    for skema in berkas_skema:
        isi = json.loads(skema.read_text(encoding="utf-8"))
        if isinstance(isi, dict):
            translator._translate_schema_strings(Perekam(), isi)
    return hasil


SUMBER_DOMAIN = {
    "jupyterlab": (
        sorted((PREFIX / "share/jupyter/lab/static").glob("*.js")),
        sorted((PREFIX / "share/jupyter/lab/schemas").rglob("*.json")),
    ),
    "jupyterlab_widgets": (
        sorted((PREFIX / "share/jupyter/labextensions/@jupyter-widgets").rglob("*.js")),
        [],
    ),
}


@pytest.mark.parametrize("domain", sorted(SUMBER_DOMAIN))
def test_setiap_teks_kit_ada_di_jupyterlab_terpasang(domain):
    js, skema = SUMBER_DOMAIN[domain]
    assert js, f"bundel JS domain {domain} tidak ditemukan di {PREFIX}"
    terpasang = _msgid_terpasang(js, skema)
    entri = [e for e in daftar_entri() if e.domain == domain]
    assert entri
    mati = [(e.konteks, e.msgid) for e in entri if (e.konteks, e.msgid) not in terpasang]
    assert mati == [], f"teks kit yang tidak ada di JupyterLab terpasang: {mati}"
    beda_jamak = [(e.msgid, e.jamak, terpasang[(e.konteks, e.msgid)]) for e in entri
                  if e.jamak != terpasang[(e.konteks, e.msgid)]]
    assert beda_jamak == [], f"bentuk jamak tidak cocok dengan JupyterLab: {beda_jamak}"


def test_domain_kit_hanya_yang_dikenal():
    assert set(muat_data()["terjemahan"]) == set(SUMBER_DOMAIN)


def test_tabel_glosarium_panduan_dari_data():
    from alat.panduan import isi_tabel

    tabel = isi_tabel("<!-- tabel: istilah_lab -->", "referensi/antarmuka-jupyterlab.md")
    for istilah, asli, arti in lab_indonesia.glosarium_lengkap():
        assert f"| {istilah} | {asli} | {arti} |" in tabel
    halaman = Path(__file__).resolve().parents[1] / "course/referensi/antarmuka-jupyterlab.md"
    assert "<!-- tabel: istilah_lab -->" in halaman.read_text(encoding="utf-8")
