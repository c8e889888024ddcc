"""Pembaca dan cuplikan: berkas rusak dilewati dengan catatan, status sel, macet, butir tersulit, lembar rekap."""

from __future__ import annotations

import json
import time

from bimtek.pantau import cuplikan as cpl
from bimtek.pantau.pantauan import Pantauan
from bimtek.pantau.pembaca import Pembaca, sumber_folder_hub
from bimtek.pantau.peristiwa import baris_peristiwa

M = "modul-0-orientasi"
NIP_A, NIP_B, NIP_C = "198001012005011001", "198001012005011002", "198001012005011003"


def test_berkas_rusak_dan_terpotong_dilewati_dengan_catatan(tmp_path):
    t = time.time()
    (tmp_path / f"{NIP_A}.jsonl").write_bytes(
        baris_peristiwa(M, "soal_1", "benar", NIP_A, t) + b"{rusak\n" + b"\xff\xfe\n"
        + json.dumps({"waktu": "kemarin", "modul": M, "item": "soal_2", "hasil": "benar"}).encode() + b"\n"
        + baris_peristiwa(M, "soal_2", "salah", NIP_A, t + 1)
        + b'{"v":1,"waktu":1,"nip":"x","modul":"m"')  # baris terakhir terpotong (disk penuh)
    (tmp_path / f"{NIP_B}.jsonl").write_bytes(b"\x00" * 100 + b"\n")
    (tmp_path / f"{NIP_C}.jsonl").mkdir()  # bukan berkas
    c = Pantauan(folder_hub=tmp_path).cuplikan(M)
    a = next(b for b in c.peserta if b.nip == NIP_A)
    assert a.sel["soal_1"].status == "benar" and a.sel["soal_2"].salah == 1
    teks = "\n".join(c.catatan)
    assert f"{NIP_A}.jsonl baris 2: rusak" in teks and f"{NIP_A}.jsonl baris 3: rusak" in teks
    assert f"{NIP_A}.jsonl baris 4: rusak" in teks and "baris terakhir belum lengkap" in teks
    assert f"{NIP_B}.jsonl baris 1: rusak" in teks
    assert f"{NIP_C}.jsonl: tidak dapat dibaca" in teks


def test_pembaca_hanya_membaca_baris_baru_dan_berkas_yang_diganti(tmp_path):
    berkas = tmp_path / f"{NIP_A}.jsonl"
    berkas.write_bytes(baris_peristiwa(M, "soal_1", "salah", NIP_A, 10.0) + b'{"v":1')
    pembaca = Pembaca()
    ev, cat = pembaca.baca(sumber_folder_hub(tmp_path))
    assert len(ev) == 1 and any("belum lengkap" in c for c in cat)
    with open(berkas, "ab") as f:  # baris yang tadi terpotong diselesaikan penulisnya
        f.write(b',"waktu":11,"nip":"","modul":"' + M.encode() + b'","item":"soal_1","hasil":"benar"}\n')
    ev, cat = pembaca.baca(sumber_folder_hub(tmp_path))
    assert [e.hasil for e in ev] == ["salah", "benar"] and not cat
    baru = tmp_path / "baru.tmp"
    baru.write_bytes(baris_peristiwa(M, "soal_2", "benar", NIP_A, 12.0))
    baru.replace(berkas)  # kiriman ulang: berkas diganti utuh
    ev, _ = pembaca.baca(sumber_folder_hub(tmp_path))
    assert [(e.item, e.hasil) for e in ev] == [("soal_2", "benar")]


def _ev(nip, item, hasil, t):
    from bimtek.pantau.pembaca import Peristiwa

    return Peristiwa(t, nip, M, item, hasil)


def test_status_macet_belum_mulai_dan_butir_tersulit():
    t0 = 1_000_000.0
    daftar = [(NIP_A, "Ani", "U"), (NIP_B, "Budi", "U"), (NIP_C, "Citra", "U")]
    ev = [
        _ev(NIP_A, "soal_1", "salah", t0), _ev(NIP_A, "soal_1", "benar", t0 + 120),
        _ev(NIP_A, "soal_2", "salah", t0 + 200), _ev(NIP_A, "soal_2", "salah", t0 + 210),
        _ev(NIP_A, "soal_2", "salah", t0 + 220),
        _ev(NIP_B, "soal_1", "petunjuk-1", t0), _ev(NIP_B, "soal_1", "belum", t0 + 10),
        _ev("199901012020121001", "soal_2", "petunjuk-2", t0 + 5),
    ]
    c = cpl.buat(ev, M, daftar, sekarang=t0 + 300)
    sel = {b.nip: b.sel for b in c.peserta}
    assert sel[NIP_A]["soal_1"].status == "benar"
    assert sel[NIP_A]["soal_2"].status == "macet"  # tiga kali belum tepat
    assert sel[NIP_B]["soal_1"].status == "mencoba" and sel[NIP_B]["soal_1"].petunjuk == 1
    assert sel["199901012020121001"]["soal_2"].status == "macet"  # petunjuk ke-2
    assert c.belum_mulai == [NIP_C]
    assert [(m.nip, m.item) for m in c.macet] == [("199901012020121001", "soal_2"), (NIP_A, "soal_2")]
    assert c.butir_tersulit == "soal_2"
    assert [i for i, _ in c.butir][:5] == ["soal_1", "soal_2", "soal_3", "soal_4", "soal_5"]  # dari modul latihan
    r1 = next(r for r in c.per_butir if r.item == "soal_1")
    assert (r1.benar, r1.mencoba, r1.percobaan, r1.petunjuk_dibuka, r1.menit_ke_benar) == (1, 1, 3, 1, 2.0)
    assert not next(b for b in c.peserta if b.nip == "199901012020121001").di_daftar
    # Sepuluh menit di butir yang sama tanpa pindah: macet; sudah pindah ke butir lain: tidak.
    lama = cpl.buat(ev, M, daftar, sekarang=t0 + 3600)
    assert {b.nip: b.sel for b in lama.peserta}[NIP_B]["soal_1"].status == "macet"
    json.dumps(c.ke_json())


def test_lembar_rekap_per_butir(tmp_path):
    from openpyxl import Workbook

    from bimtek.pantau.rekap import NAMA_LEMBAR, tambah_lembar

    kiriman = tmp_path / "submitted" / NIP_A / M / "jawaban"
    kiriman.mkdir(parents=True)
    (kiriman / "pantau.jsonl").write_bytes(
        baris_peristiwa(M, "soal_1", "salah", "", 100.0) + baris_peristiwa(M, "soal_1", "petunjuk-1", "", 130.0)
        + baris_peristiwa(M, "soal_1", "benar", "", 400.0))
    wb = Workbook()
    tambah_lembar(wb, tmp_path)
    baris = list(wb[NAMA_LEMBAR].iter_rows(values_only=True))
    soal_1 = next(b for b in baris if b[1] == "soal_1")
    assert soal_1[0] == M and soal_1[3:] == (1, 1, 0, 0, 2, 1, 1, 5.0, 0)


def test_kuis_dinilai_yang_tersimpan_dihitung_dijawab_bukan_belum_benar():
    """Butir kuis Jalur Pengguna yang dinilai hanya mencatat 'tersimpan': peserta sudah menjawab, jadi bukan
    'mencoba', bukan butir tersulit, dan ikut dihitung selesai."""
    from bimtek.pantau.halaman import render
    from bimtek.pantau.tampilan_teks import tabel

    t0 = 1_000_000.0
    daftar = [(NIP_A, "Ani", "U"), (NIP_B, "Budi", "U")]
    butir = [("kuis_K1", "Butir K1"), ("kuis_K2", "Butir K2")]
    ev = [_ev(NIP_A, "kuis_K1", "tersimpan", t0), _ev(NIP_A, "kuis_K2", "tersimpan", t0 + 30),
          _ev(NIP_A, "kuis_K2", "tersimpan", t0 + 60), _ev(NIP_B, "kuis_K1", "tersimpan", t0)]
    c = cpl.buat(ev, M, daftar, butir=butir, sekarang=t0 + 3600)
    sel = {b.nip: b.sel for b in c.peserta}
    assert sel[NIP_A]["kuis_K1"].status == sel[NIP_A]["kuis_K2"].status == "dijawab"
    assert sel[NIP_B]["kuis_K2"].status == "belum-mulai"
    assert [b.selesai for b in c.peserta] == [2, 1] and c.selesai_semua == 1 and c.kemajuan_persen == 75.0
    assert c.macet == [] and c.butir_tersulit is None
    r1 = next(r for r in c.per_butir if r.item == "kuis_K1")
    assert (r1.dijawab, r1.mencoba, r1.benar) == (2, 0, 0)
    teks = "\n".join(tabel(c))
    assert "+ dijawab" in teks and "Butir tersulit" not in teks
    assert "Dijawab" in render(c)
    tanpa_daftar_butir = cpl.buat(ev, M, daftar, sekarang=t0 + 3600)
    assert ("kuis_K1", "Butir K1") in tanpa_daftar_butir.butir
