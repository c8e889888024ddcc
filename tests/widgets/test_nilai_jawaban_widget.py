"""Jawaban widget dinilai nbgrader sungguhan: versi peserta + berkas jawaban/<tugas>.json dijalankan ulang tanpa
layar (autograde). Berkas yang benar mendapat poin penuh untuk soal widget, yang salah tidak, dan yang setengah
jadi mendapat nilai parsial per bagian."""

from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path

import pytest

from bimtek.aturan import periksa_distribusi, predikat_kinerja
from bimtek.widgets import dari_data
from bimtek.widgets import logika_skp as L

pytestmark = pytest.mark.lambat

# Satu pasangan rating (hasil kerja, perilaku kerja) untuk setiap predikat.
RATING_UNTUK = {
    predikat_kinerja(h, p): (h, p)
    for h, p in itertools.product(("Di Atas", "Sesuai", "Di Bawah"), repeat=2)
}


@pytest.fixture(scope="module")
def kursus(tmp_path_factory):
    from bimtek.kelas.adaptor_nbgrader import api_kursus, buat_versi_peserta

    akar = tmp_path_factory.mktemp("kursus")
    api = api_kursus(ubah={"CourseDirectory": {"root": str(akar), "db_url": f"sqlite:///{akar}/gradebook.db"}})
    rilis = buat_versi_peserta(api, ["modul-2-skp", "modul-3-penilaian"])
    return api, rilis


def kirim(kursus, tugas: str, siswa: str, isi_jawaban: dict | None) -> None:
    """Letakkan versi peserta beserta berkas jawaban widget di folder kiriman nbgrader."""
    api, rilis = kursus
    folder = Path(api.coursedir.root) / "submitted" / siswa / tugas
    shutil.copytree(rilis[tugas], folder)
    if isi_jawaban is not None:
        (folder / "jawaban").mkdir()
        (folder / "jawaban" / f"{tugas}.json").write_text(json.dumps(isi_jawaban, ensure_ascii=False))


def nilai_semua(kursus, tugas: str) -> dict[str, dict[str, float]]:
    """Autograde semua kiriman satu tugas sekaligus; skor setiap sel uji per siswa."""
    from nbgrader.api import Gradebook

    api, _ = kursus
    hasil = api.autograde(tugas, "*")
    assert hasil["success"], hasil.get("log", "")[-3000:]
    with Gradebook(api.coursedir.db_url, api.coursedir.course_id) as gb:
        return {s.student.id: {g.name: g.score for g in gb.find_submission_notebook(tugas, tugas, s.student.id).grades}
                for s in gb.find_assignment(tugas).submissions}


def skp_benar() -> dict:
    t = dari_data.tabel_kelas("pegawai", "rhk")
    saya = dari_data.persona_skp(t)
    skp = L.skp_kosong(saya["nip"], 2025)
    skp["rhk"] = [{"jenis": "Utama", "rencana_hasil_kerja": "Tersusunnya laporan kepegawaian tepat waktu",
                   "rhk_atasan": dari_data.rhk_atasan(saya["nip"], t)[0],
                   "iki": [{"indikator": "Jumlah laporan", "aspek": "Kuantitas", "target": 12, "satuan": "laporan"}]}]
    return L.ajukan(skp)


def test_jawaban_form_skp_dinilai_setelah_dijalankan_ulang(kursus):
    draf = skp_benar()
    draf["status"], draf["riwayat"] = "Draft", []
    salah = skp_benar()
    salah["periode"]["bulan_akhir"] = 1
    salah["rhk"][0]["rhk_atasan"] = "RHK karangan sendiri"
    for siswa, isi in (("benar", {"skp": skp_benar()}), ("sebagian", {"skp": draf}), ("salah", {"skp": salah}),
                       ("kosong", None)):
        kirim(kursus, "modul-2-skp", siswa, isi)
    skor = nilai_semua(kursus, "modul-2-skp")
    soal_1 = {s: (g["uji-1a"], g["uji-1b"], g["uji-1c"]) for s, g in skor.items()}
    assert soal_1 == {"benar": (1, 1, 1), "sebagian": (1, 1, 0), "salah": (0, 0, 0), "kosong": (0, 0, 0)}
    assert sum(skor["kosong"].values()) == 0


def penilaian_sesuai_pola(patuh: bool) -> dict:
    """Isian Form penilaian yang sebaran unitnya sesuai (atau sengaja melanggar) pola predikat organisasi."""
    t = dari_data.tabel_kelas()
    penilai = dari_data.penilai_contoh(t)
    bawahan = dari_data.bawahan_penilaian(penilai["nip"], t)
    organisasi = dari_data.predikat_organisasi_unit(penilai["unit_kerja_id"], t)
    lain = dari_data.predikat_pegawai_lain(penilai["nip"], t)
    pilihan = list(RATING_UNTUK)
    for susunan in itertools.combinations_with_replacement(pilihan, len(bawahan)):
        if periksa_distribusi(organisasi, [*susunan, *lain]).sesuai == patuh:
            break
    else:
        raise AssertionError("Tidak ada susunan predikat yang cocok untuk bawahan contoh.")
    isian = {}
    for b, predikat in zip(bawahan, susunan, strict=True):
        hasil, perilaku = RATING_UNTUK[predikat]
        isian[str(b["nip"])] = {"umpan_balik": "Realisasi dan bukti dukung sudah diperiksa.",
                                "rating_hasil_kerja": f"{hasil} Ekspektasi",
                                "rating_perilaku_kerja": f"{perilaku} Ekspektasi", "predikat_kinerja": predikat}
    return {"penilaian": {"penilai_nip": penilai["nip"], "predikat_organisasi": organisasi, "bawahan": isian}}


def test_jawaban_form_penilaian_dinilai_setelah_dijalankan_ulang(kursus):
    kirim(kursus, "modul-3-penilaian", "benar", penilaian_sesuai_pola(True))
    # Pola distribusi adalah bahan pertimbangan, bukan pemeringkatan paksa: sebaran yang melanggar pola tetap
    # bernilai penuh bila setiap predikat mengikuti kuadran; predikat yang tidak mengikuti kuadran bernilai nol.
    kirim(kursus, "modul-3-penilaian", "melanggar", penilaian_sesuai_pola(False))
    palsu = penilaian_sesuai_pola(True)
    for entri in palsu["penilaian"]["bawahan"].values():
        entri["predikat_kinerja"] = "Sangat Baik" if entri["predikat_kinerja"] != "Sangat Baik" else "Baik"
    kirim(kursus, "modul-3-penilaian", "palsu", palsu)
    skor = nilai_semua(kursus, "modul-3-penilaian")
    assert {s: (g["uji-1a"], g["uji-1b"]) for s, g in skor.items()} == {
        "benar": (1, 2), "melanggar": (1, 2), "palsu": (0, 0)}
