"""Satu hari kelas di JupyterHub sungguhan (127.0.0.1) dari konfigurasi `bimtek hub konfigurasi`, 5 peserta:
masuk pertama dengan kata sandi pilihan sendiri, server, Modul 0 dari rilis, dijalankan lewat API kernel, Kirim;
fasilitator mengumpulkan dan menilai; umpan balik sampai di rumah; peserta tidak dapat membaca milik orang lain."""

from __future__ import annotations

import copy
import json
import pwd
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from bantu_hub import AKAR, TANDA_HUB, Hub, Peserta, bimtek, roster_dan_panduan, tempat_hub

from alat.contoh_kiriman import baca_kunci
from bimtek import lokasi

MODUL = "modul-0-orientasi"
PORT = 8940  # 8940-8944
GRUP = "bimtekujikelas"  # grup pelatih uji (dihapus setelah uji)
NIP = ["198001022010021001", "198001032010032002", "198001042010041003", "198001052010052004",
       "198001062010061005"]

pytestmark = TANDA_HUB


@pytest.fixture
def tempat():
    with tempat_hub("hub-uji-", [*NIP, "fasil1"], GRUP) as akar:
        yield akar


def _notebook_terisi(kunci, nip: str, lengkap: bool) -> dict:
    nb = copy.deepcopy(kunci.rilis)
    pertama = next(iter(kunci.solusi))
    for sel in nb["cells"]:
        gid = sel.get("metadata", {}).get("nbgrader", {}).get("grade_id", "")
        if gid in kunci.solusi and (lengkap or gid != pertama):
            sel["source"] = kunci.solusi[gid]
        teks = "".join(sel["source"])
        if 'NIP_SAYA = ""' in teks:
            sel["source"] = teks.replace('NIP_SAYA = ""', f'NIP_SAYA = "{nip}"')
    return nb


def test_hari_kelas_di_jupyterhub(tempat):
    roster, panduan = roster_dan_panduan(tempat, NIP)
    hub_dir, kelas_dir, exchange = tempat / "hub", tempat / "hub" / "kelas", tempat / "exchange"
    h = bimtek("hub", "konfigurasi", "--peserta", str(roster), "--keluar", str(hub_dir), "--kelas", str(kelas_dir),
               "--exchange", str(exchange), "--fasilitator", "fasil1", "--panduan", str(panduan),
               "--ip", "127.0.0.1", "--port", str(PORT),
               "--port-hub", str(PORT + 1), "--port-api-proxy", str(PORT + 2), "--port-panduan", str(PORT + 3),
               "--port-pantau", str(PORT + 4), "--folder-pantau", str(tempat / "pantau"), "--grup-pelatih", GRUP)
    assert h.returncode == 0, h.stderr
    teks = (hub_dir / "jupyterhub_config.py").read_text()
    assert "SharedPassword" not in teks and "DummyAuthenticator" not in teks

    hub = Hub(hub_dir, PORT)
    try:
        hub.tunggu_siap()
        k = ("--kelas", str(kelas_dir))
        h = bimtek("kelas", "rilis", MODUL, "--mode", "exchange", *k)
        assert h.returncode == 0, h.stderr
        assert "Kata sandi" in Peserta(hub.url, "x").s.get(hub.url + "/hub/login").text
        assert "Panduan uji" in Peserta(hub.url, "x").s.get(hub.url + "/services/panduan/index.html").text

        kunci = baca_kunci(kelas_dir / "source" / MODUL / f"{MODUL}.ipynb",
                           exchange / "bimtek-ekinerja" / "outbound" / MODUL / f"{MODUL}.ipynb", {})
        harapan = {n: (kunci.total if i % 2 == 0 else kunci.total - kunci.poin_jawaban_pertama())
                   for i, n in enumerate(NIP)}
        jawaban = json.loads((AKAR / "grader/contoh_kiriman/kunci_jawaban.json").read_text())

        def satu_peserta(nip: str) -> dict:
            p = Peserta(hub.url, nip)
            r = p.masuk(f"sandi-{nip[-6:]}")  # masuk pertama: kata sandi ini menjadi kata sandinya
            assert r.status_code == 302 and "/hub/login" not in r.headers.get("location", ""), r.status_code
            p.buat_token()
            p.mulai_server()
            assert (Path(pwd.getpwnam(nip).pw_dir) / MODUL / f"{MODUL}.ipynb").exists(), "modul tidak diambil"
            # JupyterLab berbahasa Indonesia di pengaturan peserta (dibaca server lab peserta itu).
            pengaturan = p.s.get(f"{hub.url}/user/{nip}/lab/api/settings/@jupyterlab/translation-extension:plugin",
                                 headers={"Authorization": f"token {p.token}"}, timeout=30).json()
            assert pengaturan["settings"].get("locale") == "id_ID", pengaturan.get("settings")
            nb = _notebook_terisi(kunci, nip, lengkap=harapan[nip] == kunci.total)
            jalur = f"{MODUL}/{MODUL}.ipynb"
            p.tulis_berkas(jalur, nb)
            p.buat_folder(f"{MODUL}/jawaban")
            for nama, isi in jawaban.items():
                p.tulis_berkas(f"{MODUL}/jawaban/{nama}", json.dumps(isi), jenis="file")
            p.jalankan_notebook(jalur, nb)
            # Tombol "Kirim pekerjaan" formulir Kirim tidak dapat ditekan lewat API kernel: panggil langkah kirimnya.
            keluaran = p.jalankan_kode(jalur, f"from bimtek.kelas.kirim import kirim_dari_notebook\n"
                                              f"kirim_dari_notebook({nip!r})")
            return {"nip": nip, "kirim": keluaran[-1]["teks"], "peserta": p}

        with ThreadPoolExecutor(len(NIP)) as ex:
            hasil = list(ex.map(satu_peserta, NIP))
        for h_ in hasil:
            assert "Terkirim ke fasilitator" in h_["kirim"], h_

        # Kata sandi pertama sudah tersimpan: sandi lain ditolak.
        assert Peserta(hub.url, NIP[0]).masuk("sandi-lain-sekali").status_code != 302

        # Peserta pertama mencoba membaca milik orang lain dari kernelnya.
        sasaran = {
            "rumah_lain": str(Path(pwd.getpwnam(NIP[1]).pw_dir)),
            "inbound": str(exchange / "bimtek-ekinerja" / "inbound"),
            "buku_nilai": str(kelas_dir / "gradebook.db"),
            "sumber_kelas": str(kelas_dir / "source" / MODUL / f"{MODUL}.ipynb"),
            "sumber_kit": str(lokasi.folder_sumber() / MODUL / f"{MODUL}.ipynb"),
        }
        kode = (f"import json, os\nh = {{}}\nfor n, p in {sasaran!r}.items():\n    try:\n"
                "        os.listdir(p) if os.path.isdir(p) else open(p, 'rb').read(1)\n        h[n] = 'terbaca'\n"
                "    except PermissionError:\n        h[n] = 'ditolak'\n    except OSError as e:\n"
                "        h[n] = type(e).__name__\nprint(json.dumps(h))")
        baca = hasil[0]["peserta"].jalankan_kode(f"{MODUL}/{MODUL}.ipynb", kode)
        assert json.loads(baca[0]["teks"]) == {n: "ditolak" for n in sasaran}, baca

        h = bimtek("kelas", "kumpulkan", "--exchange", "--modul", MODUL, *k)
        assert h.returncode == 0, h.stderr
        h = bimtek("kelas", "nilai", MODUL, "--batas-waktu-sel", "15", "--batas-waktu-notebook", "120", *k)
        assert h.returncode == 0, h.stderr
        nilai = json.loads((kelas_dir / ".kelas" / "hasil_nilai.json").read_text())[MODUL]
        assert {n: nilai[n]["skor"] for n in NIP} == pytest.approx(harapan)

        h = bimtek("hub", "umpan-balik", MODUL, "--konfigurasi", str(hub_dir))
        assert h.returncode == 0, h.stderr
        for n in NIP:
            halaman = Path(pwd.getpwnam(n).pw_dir) / "umpan_balik" / MODUL / "umpan_balik.html"
            assert halaman.exists() and halaman.stat().st_uid == pwd.getpwnam(n).pw_uid
    finally:
        hub.hentikan()
