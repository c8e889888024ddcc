"""Sel bersama notebook Jalur Pengguna yang memakai simulasi e-Kinerja (Modul 2 dan 3).

Setiap langkah aplikasi: penjelasan, sel contoh pengisian (kunci fasilitator, terlipat), dan sel uji yang
mengeluarkan poin langkah itu tanpa galat, sehingga Jalankan Semua Sel tidak pernah berhenti.
"""

from alat.notebook.sel import jawaban_jalur_kode, kirim, persiapan, teks, uji


def sel_simulasi(tugas: str, langkah: list[tuple[str, str, int, str]]) -> list:
    """Persiapan simulasi, satu blok sel per langkah (kunci, nama langkah, poin, penjelasan), lalu formulir Kirim."""
    isi = [
        persiapan("persiapan", f"""
        # Sel persiapan: menyiapkan simulasi e-Kinerja.
        from bimtek.ekinerja.notebook import (
            aplikasi,
            contoh_langkah,
            hasil_langkah,
            tampilkan_langkah,
        )
        from bimtek.latihan import pasang_bantuan_galat

        pasang_bantuan_galat()
        TUGAS = "{tugas}"
        app = aplikasi(TUGAS)
        """, tersembunyi=True),
        persiapan("simulasi", "app", tersembunyi=True),
    ]
    for kunci, nama, poin, penjelasan in langkah:
        isi += [
            teks(penjelasan),
            jawaban_jalur_kode(f"contoh_{kunci}", f"contoh_langkah(app, {nama!r})",
                               "Kerjakan langkah ini pada simulasi di atas."),
            uji(f"uji_{kunci}", poin, f"""
            tampilkan_langkah(TUGAS, {nama!r})
            ### BEGIN HIDDEN TESTS
            hasil_langkah(TUGAS, {nama!r})[0]  # poin langkah ini (0 sampai penuh), tanpa galat
            ### END HIDDEN TESTS
            """, tersembunyi=True),
        ]
    return [*isi, *kirim(tugas)]


def sembunyikan_jawaban(isi: list) -> list:
    """Sel contoh pengisian (kunci fasilitator) tampil terlipat: peserta Jalur Pengguna tidak perlu membacanya."""
    for s in isi:
        if s.metadata.get("nbgrader", {}).get("solution"):
            s.metadata["jupyter"] = {"source_hidden": True}
    return isi
