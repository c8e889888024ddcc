"""Halaman pantau di Chromium: kisi kelas simulasi 30 peserta terbaca dari jauh (tangkapan layar di artefak/)."""

from __future__ import annotations

import json
import time
import urllib.request

import pytest
from bantu_pantau import MODUL, ServerUtas, kelas_simulasi

from bimtek.pantau.pantauan import Pantauan
from bimtek.pantau.server import aplikasi, layanan_hub, peran_hub

PORT = 9024


@pytest.fixture
def server_kelas(tmp_path):
    peserta = kelas_simulasi(tmp_path / "pantau", 30, time.time())
    server = ServerUtas(aplikasi(Pantauan(folder_hub=tmp_path / "pantau", peserta=peserta), segarkan=5), PORT)
    yield server, peserta
    server.berhenti()


@pytest.mark.peramban
def test_kisi_30_peserta_di_chromium(server_kelas, peramban, folder_artefak):
    server, peserta = server_kelas
    halaman = peramban.new_page(viewport={"width": 1920, "height": 1080})
    halaman.goto(server.url)
    baris = halaman.locator("table.kisi tbody tr")
    assert baris.count() == 30
    assert halaman.locator("header h1").inner_text() == f"Pantau kelas · {MODUL}"
    # Tiap peserta ke-10 belum mulai (3 orang), tiap ke-4 macet di Soal 3 (8 orang).
    assert halaman.locator(".kotak").nth(2).inner_text().startswith("3")
    assert halaman.locator(".kotak.macet b").inner_text() == "8"
    teks_sel = halaman.locator("td.s").all_inner_texts()
    assert len(teks_sel) == 30 * 5 and {t.split(" ")[0] for t in teks_sel} <= {"✓", "~", "!", "·"}
    macet = halaman.locator("td.s", has_text="!").first
    assert macet.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(179, 38, 30)"
    # Terbaca dari belakang ruangan: huruf kisi paling kecil 18 px.
    ukuran = halaman.locator("td").first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert ukuran >= 18
    assert halaman.locator(f"text={peserta[0][1]}").count() >= 1
    halaman.screenshot(path=str(folder_artefak / "pantau_kelas_30.png"), full_page=True)
    # Halaman menyegarkan diri tanpa skrip dan tidak memuat aset luar.
    assert halaman.locator('meta[http-equiv="refresh"]').get_attribute("content") == "5"
    assert halaman.locator("script, link[rel=stylesheet], img").count() == 0
    halaman.close()


def test_json_dan_modul_tidak_dikenal(server_kelas):
    server, _ = server_kelas
    with urllib.request.urlopen(server.url + "json", timeout=10) as r:
        c = json.loads(r.read())
    assert c["modul"] == MODUL and len(c["peserta"]) == 30
    with urllib.request.urlopen(server.url + "json?modul=modul-9", timeout=10) as r:
        kosong = json.loads(r.read())
    assert kosong["modul"] == "modul-9" and all(b["terakhir"] is None for b in kosong["peserta"])


def test_entri_layanan_hub():
    layanan = layanan_hub("/srv/bimtek/pantau", "/srv/bimtek/kelas")
    assert layanan["name"] == "pantau" and layanan["url"].startswith("http://127.0.0.1:")
    assert layanan["command"][1:] == ["-m", "bimtek.pantau.server", "--hub"]
    assert layanan["environment"]["BIMTEK_PANTAU_DIR"] == "/srv/bimtek/pantau"
    peran = peran_hub(grup=["fasilitator"])
    assert peran["scopes"] == ["access:services!service=pantau"] and peran["groups"] == ["fasilitator"]


def test_layanan_hub_menolak_tanpa_login(monkeypatch):
    """Tanpa login hub, halaman dan JSON dialihkan ke login hub: tidak ada data peserta yang keluar."""
    pytest.importorskip("jupyterhub")
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "rahasia-uji")
    monkeypatch.setenv("JUPYTERHUB_API_URL", "http://127.0.0.1:9025/hub/api")
    monkeypatch.setenv("JUPYTERHUB_BASE_URL", "/")
    monkeypatch.setenv("JUPYTERHUB_SERVICE_PREFIX", "/services/pantau/")
    monkeypatch.setenv("JUPYTERHUB_CLIENT_ID", "service-pantau")
    monkeypatch.setenv("JUPYTERHUB_OAUTH_CALLBACK_URL", "/services/pantau/oauth_callback")
    monkeypatch.setenv("JUPYTERHUB_OAUTH_ACCESS_SCOPES", '["access:services!service=pantau"]')
    app = aplikasi(Pantauan(), dasar="/services/pantau/", hub=True)
    server = ServerUtas(app, PORT + 1)
    try:
        for jalur in ("services/pantau/", "services/pantau/json"):
            permintaan = urllib.request.Request(server.url + jalur)
            pembuka = urllib.request.build_opener(_TanpaAlih)
            with pytest.raises(urllib.error.HTTPError) as e:
                pembuka.open(permintaan, timeout=10)
            assert e.value.code in (302, 303) and "/hub/api/oauth2/authorize" in e.value.headers["Location"]
    finally:
        server.berhenti()


class _TanpaAlih(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
