"""Pembantu notebook Jalur Pengguna Modul 2 dan 3: membuka simulasi, menampilkan status tiap langkah, menilai
langkah dari berkas jawaban, contoh pengisian untuk kunci jawaban, dan tombol Kirim tanpa mengetik kode.
"""

from __future__ import annotations

from typing import Any

from IPython.display import HTML, display

from bimtek import jawaban
from bimtek.ekinerja import aksi as A
from bimtek.ekinerja import layar as L
from bimtek.ekinerja.data_kelas import awal_modul_2, awal_modul_3
from bimtek.ekinerja.langkah import LANGKAH_MODUL_2, LANGKAH_MODUL_3, nilai_langkah
from bimtek.ekinerja.sesi import KUNCI

TUGAS_2, TUGAS_3 = "modul-2-pengguna", "modul-3-pengguna"
LANGKAH = {TUGAS_2: LANGKAH_MODUL_2, TUGAS_3: LANGKAH_MODUL_3}


def aplikasi(tugas: str) -> L.Aplikasi:
    """Simulasi e-Kinerja untuk notebook `tugas`, dipulihkan dari isian tersimpan."""
    if tugas == TUGAS_2:
        return L.Aplikasi(tugas, awal_modul_2())
    return L.Aplikasi(tugas, awal_modul_3())


def hasil_langkah(tugas: str, nama: str) -> tuple[int, int, list[str]]:
    """(poin, poin maksimum, yang masih kurang) satu langkah, dari berkas jawaban."""
    isi = jawaban.muat(tugas).get(KUNCI)
    poin, kurang = nilai_langkah(isi, LANGKAH[tugas])[nama]
    return poin, LANGKAH[tugas][nama][1], kurang


def tampilkan_langkah(tugas: str, nama: str) -> None:
    """Status satu langkah untuk peserta (tidak pernah gagal: Jalankan Semua Sel berjalan terus)."""
    poin, maks, kurang = hasil_langkah(tugas, nama)
    if not kurang:
        display(HTML(L.berhasil(f"Langkah {nama} selesai ({poin} dari {maks} poin).")))
    else:
        display(HTML(L.daftar(f"Langkah {nama} ({maks} poin) belum selesai:", kurang, "")))


def langkah_lulus(tugas: str, nama: str) -> bool:
    """Untuk sel uji tersembunyi: langkah lulus bila aturan `bimtek.aturan` terpenuhi pada isian tersimpan."""
    poin, maks, kurang = hasil_langkah(tugas, nama)
    assert not kurang, f"Langkah {nama}: " + " ".join(kurang)
    return poin == maks


# ---------- contoh pengisian (kunci jawaban fasilitator) lewat widget, seperti klik dan ketik ----------
# Biasanya contohnya RHK pegawai itu sendiri dari data kelas (Simulasi.contoh_rhk); ini hanya bila tidak ada.
_RHK_CONTOH = [
    ("Tersusunnya laporan kegiatan unit kerja yang tepat waktu", [
        ("Jumlah laporan kegiatan unit kerja yang tersusun", "Kuantitas", "4", "laporan"),
        ("Persentase laporan kegiatan yang diterima tanpa revisi", "Kualitas", "90", "persen"),
    ]),
]


def _isi(app: L.Aplikasi, nama: str, nilai: Any) -> None:
    app.widget[nama].value = nilai


def _profil(app: L.Aplikasi) -> None:
    app.buka("Masuk dan Profil")
    app.widget["profil_benar"].click()


def _periode(app: L.Aplikasi) -> None:
    app.buka("Periode")
    _isi(app, "bulan_awal", 1)
    _isi(app, "bulan_akhir", 12)
    _isi(app, "pendekatan", "Kuantitatif")
    app.widget["ok"].click()


def _matriks(app: L.Aplikasi) -> None:
    app.buka("Matriks Peran Hasil")
    atasan = app.s.contoh_rhk.get("rhk_atasan", "")
    _isi(app, f"turunkan_{app.s.rhk_atasan.index(atasan) if atasan in app.s.rhk_atasan else 0}", True)


def _skp(app: L.Aplikasi) -> None:
    app.buka("SKP")
    diturunkan = app.s.matriks.get(app.s.pegawai.nip, [""])
    rhk_atasan = app.s.contoh_rhk.get("rhk_atasan") if app.s.contoh_rhk else diturunkan[0]
    contoh = [(app.s.contoh_rhk["rencana_hasil_kerja"],
               [(i["indikator"], i["aspek"], f"{i['target']:g}", i["satuan"]) for i in app.s.contoh_rhk["iki"]])
              ] if app.s.contoh_rhk else _RHK_CONTOH
    for i, (rumusan, daftar_iki) in enumerate(contoh):
        if i >= len(app.s.skp.rhk):
            app.widget["tambah_utama"].click()
        _isi(app, f"rhk{i}.atasan", rhk_atasan)
        _isi(app, f"rhk{i}.rumusan", rumusan)
        for j, (indikator, aspek, target, satuan) in enumerate(daftar_iki):
            if j >= len(app.s.skp.rhk[i].iki):
                app.widget[f"rhk{i}.tambah_iki"].click()
            _isi(app, f"rhk{i}.iki{j}.indikator", indikator)
            _isi(app, f"rhk{i}.iki{j}.aspek", aspek)
            _isi(app, f"rhk{i}.iki{j}.target", target)
            _isi(app, f"rhk{i}.iki{j}.satuan", satuan)
    app.widget["ajukan"].click()


def _setujui(app: L.Aplikasi) -> None:
    app.buka("SKP Bawahan")
    _isi(app, "ekspektasi_1", "Hasil kerja disusun dengan data yang dapat dipertanggungjawabkan")
    app.widget["setujui"].click()


def _realisasi_wajar(app: L.Aplikasi, i: int, j: int) -> str:
    """Realisasi contoh: Kuantitas sebagian target setahun per periode (jumlahnya tepat target), aspek lain
    setara target."""
    k = app.s.skp.rhk[i].iki[j]
    target = k.target if isinstance(k.target, float) else 1.0
    if not A.dijumlahkan(app.s, i, j):
        return f"{target:g}"
    sudah = sum(v for v in A.realisasi_periodik(app.s, i, j) if isinstance(v, (int, float)))
    sisa = len([v for v in A.realisasi_periodik(app.s, i, j) if v is None])
    return f"{max(round((target - sudah) / max(sisa, 1)), 0):g}"


def _isi_penilaian_diri(app: L.Aplikasi, periode: str) -> None:
    _isi(app, "periode_nilai", periode)
    tahunan = periode == A.TAHUNAN
    for i, r in enumerate(app.s.skp.rhk):
        if not tahunan:
            _isi(app, f"rencana_aksi{i}", "Mengumpulkan data, menyusun, dan menyerahkan hasil kerja periode ini")
        for j in range(len(r.iki)):
            if not (tahunan and A.dijumlahkan(app.s, i, j)):
                _isi(app, f"realisasi{i}.{j}", _realisasi_wajar(app, i, j))
        _isi(app, f"eviden{i}", f"https://bukti.ekinerja.test/eviden/{periode.lower().replace(' ', '-')}/rhk-{i + 1}")
    app.widget["kirim"].click()


def _diri_periodik(app: L.Aplikasi) -> None:
    app.buka("Penilaian Diri")
    while (periode := A.periode_berikutnya(app.s)) != A.TAHUNAN:
        _isi_penilaian_diri(app, periode)


def _diri_tahunan(app: L.Aplikasi) -> None:
    app.buka("Penilaian Diri")
    _isi_penilaian_diri(app, A.TAHUNAN)


def _bawahan_tahunan(app: L.Aplikasi) -> None:
    app.buka("Penilaian Bawahan")
    _isi(app, "periode_nilai", A.TAHUNAN)
    for i in range(len(app.s.skp.rhk)):
        _isi(app, f"umpan_balik{i}", "Realisasi setahun sesuai target dan Eviden lengkap; pertahankan.")
    _isi(app, "catatan_perilaku", "Tepat waktu dan membantu rekan menyiapkan data.")
    _isi(app, "rating_hasil", "Sesuai Ekspektasi")
    _isi(app, "rating_perilaku", "Sesuai Ekspektasi")


def _kurva(app: L.Aplikasi) -> None:
    app.buka("Kurva")
    app.widget["lihat_kurva"].click()


def _dokumen(app: L.Aplikasi) -> None:
    app.buka("Dokumen")
    for jenis in ("SKP", "Dokumen Evaluasi", "Kuadran"):
        app.widget[f"cetak_{jenis}"].click()


_CONTOH = {
    "Masuk dan Profil": _profil, "Periode": _periode, "Matriks Peran Hasil": _matriks, "SKP": _skp,
    "SKP Bawahan (persetujuan)": _setujui, "Penilaian Diri periodik": _diri_periodik,
    "Penilaian Diri tahunan": _diri_tahunan, "Penilaian Bawahan tahunan": _bawahan_tahunan, "Kurva": _kurva,
    "Dokumen": _dokumen,
}


def contoh_langkah(app: L.Aplikasi, nama: str) -> None:
    """Kerjakan langkah `nama` lewat widget (nilai diubah, tombol diklik); langkah sebelumnya yang belum selesai
    dikerjakan dahulu, seperti urutan aplikasi."""
    langkah = LANGKAH[app.sesi.modul]
    for sebelum in langkah:
        if sebelum == nama:
            break
        if langkah[sebelum][0](app.s):
            _CONTOH[sebelum](app)
    _CONTOH[nama](app)
