"""Pantau kelas di JupyterHub sungguhan (127.0.0.1) dari konfigurasi `bimtek hub konfigurasi`: kernel peserta
mencatat periksa mandiri dan petunjuk ke folder peristiwa server; fasilitator (admin hub) membaca cuplikannya di
/services/pantau/json; peserta ditolak di layanan itu dan tidak dapat membaca berkas peristiwa temannya."""

from __future__ import annotations

import grp
import json
import stat
from concurrent.futures import ThreadPoolExecutor

import pytest
from bantu_hub import TANDA_HUB, Hub, Peserta, bimtek, roster_dan_panduan, tempat_hub

MODUL = "modul-0-orientasi"
PORT = 9040  # 9040-9044
NIP = ["198002012010021001", "198002022010022002"]
FASILITATOR = "pantaufasil"
GRUP = "bimtekujipantau"

pytestmark = TANDA_HUB


@pytest.fixture
def tempat():
    with tempat_hub("hub-pantau-", [*NIP, FASILITATOR], GRUP) as akar:
        yield akar


def test_pantau_kelas_di_jupyterhub(tempat):
    roster, panduan = roster_dan_panduan(tempat, NIP)
    hub_dir, folder_pantau = tempat / "hub", tempat / "pantau"
    h = bimtek("hub", "konfigurasi", "--peserta", str(roster), "--keluar", str(hub_dir),
               "--exchange", str(tempat / "exchange"), "--fasilitator", FASILITATOR, "--panduan", str(panduan),
               "--ip", "127.0.0.1", "--port", str(PORT), "--port-hub", str(PORT + 1),
               "--port-api-proxy", str(PORT + 2), "--port-panduan", str(PORT + 3), "--port-pantau", str(PORT + 4),
               "--folder-pantau", str(folder_pantau), "--grup-pelatih", GRUP)
    assert h.returncode == 0, h.stderr
    teks = (hub_dir / "jupyterhub_config.py").read_text()
    assert f"'BIMTEK_PANTAU_DIR': '{folder_pantau}'" in teks

    hub = Hub(hub_dir, PORT)
    try:
        hub.tunggu_siap()
        # `hub mulai` menyiapkan folder peristiwa: root, grup pelatih (berisi akun fasilitator), mode 3773.
        st = folder_pantau.stat()
        assert (st.st_uid, stat.S_IMODE(st.st_mode)) == (0, 0o3773)
        assert grp.getgrgid(st.st_gid).gr_name == GRUP and FASILITATOR in grp.getgrnam(GRUP).gr_mem

        def satu_peserta(i_nip: tuple[int, str]) -> Peserta:
            i, nip = i_nip
            p = Peserta(hub.url, nip)
            assert p.masuk(f"sandi-{nip[-6:]}").status_code == 302
            p.buat_token()
            p.mulai_server()
            p.buat_folder(MODUL)
            # Peserta pertama membuka petunjuk lalu memeriksa jawaban; peserta kedua hanya membuka petunjuk.
            kode = "from bimtek.latihan.modul_0 import soal_1\nsoal_1.petunjuk()\n" + ("soal_1.cek()\n" * (i == 0))
            keluaran = p.jalankan_kode(f"{MODUL}/latihan.ipynb", kode)
            assert keluaran[0]["galat"] is None, keluaran
            return p

        with ThreadPoolExecutor(len(NIP)) as ex:
            peserta = list(ex.map(satu_peserta, enumerate(NIP)))
        for nip in NIP:
            berkas = folder_pantau / f"{nip}.jsonl"
            assert berkas.owner() == nip
            assert stat.S_IMODE(berkas.stat().st_mode) == 0o640 and berkas.group() == GRUP

        # Dari kernel peserta pertama: berkas peristiwa peserta kedua dan daftar isi folder tertutup.
        kode = (f"import json, os\nh = {{}}\nfor n, f in [('berkas_teman', lambda: open({str(folder_pantau / NIP[1])!r}"
                f" + '.jsonl', 'rb').read(1)), ('daftar_folder', lambda: os.listdir({str(folder_pantau)!r}))]:\n"
                "    try:\n        f()\n        h[n] = 'terbaca'\n    except PermissionError:\n"
                "        h[n] = 'ditolak'\nprint(json.dumps(h))")
        baca = peserta[0].jalankan_kode(f"{MODUL}/latihan.ipynb", kode)
        assert json.loads(baca[0]["teks"]) == {"berkas_teman": "ditolak", "daftar_folder": "ditolak"}, baca

        # Fasilitator (admin hub) membuka cuplikan JSON layanan pantau lewat OAuth hub.
        f = Peserta(hub.url, FASILITATOR)
        assert f.masuk("sandi-fasilitator").status_code == 302
        r = f.s.get(f"{hub.url}/services/pantau/json?modul={MODUL}", timeout=60)
        assert r.status_code == 200, (r.status_code, r.text[:500])
        cuplikan = r.json()
        baris = {b["nip"]: b for b in cuplikan["peserta"]}
        assert baris[NIP[0]]["nama"] == "Peserta 0"
        sel0, sel1 = baris[NIP[0]]["sel"]["soal_1"], baris[NIP[1]]["sel"]["soal_1"]
        assert (sel0["percobaan"], sel0["petunjuk"]) == (1, 1), sel0
        assert (sel1["percobaan"], sel1["petunjuk"]) == (0, 1), sel1
        assert "Pantau" in f.s.get(f"{hub.url}/services/pantau/", timeout=60).text

        # Peserta tidak boleh membuka layanan pantau (hub menolak otorisasi OAuth-nya).
        for p in peserta:
            r = p.s.get(f"{hub.url}/services/pantau/json?modul={MODUL}", timeout=60)
            assert r.status_code == 403, (r.status_code, r.text[:300])
            assert "butir_tersulit" not in r.text and "Pantau kelas" not in r.text  # bukan cuplikan kelas
    finally:
        hub.hentikan()
