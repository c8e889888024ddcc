"""Isi notebook Modul 3 Jalur Pengguna: penilaian kinerja di simulasi e-Kinerja, tanpa menulis kode."""

from alat.notebook.ekinerja import sel_simulasi, sembunyikan_jawaban
from alat.notebook.sel import teks

TUGAS = "modul-3-pengguna"
BIMTEK = {"jalur": "pengguna", "modul": 3, "judul": "Penilaian kinerja di e-Kinerja", "jp": 3}

LANGKAH = [
    ("diri", "Penilaian Diri periodik", 2, """
        ## Langkah 1 · Penilaian Diri periodik (peran: pegawai)

        SKP pegawai contoh sudah disetujui, dan Penilaian Diri **Triwulan I sampai III** sudah dikirim (terisi
        dari data kelas; pilih periodenya di **Periode penilaian** untuk melihatnya). Sebagai **Pegawai**, menu
        **Penilaian Diri**: yang terbuka adalah **Triwulan IV**. Untuk setiap RHK tulis **Rencana Aksi**, isi
        **realisasi** tiap IKI untuk triwulan ini saja (angka; di bawah kotaknya tertulis target setahun dan
        realisasi triwulan sebelumnya), dan tempel tautan **Eviden** (bukti dukung, diawali https://). Klik
        **Kirim ke atasan**.
        """),
    ("tahunan", "Penilaian Diri tahunan", 2, """
        ## Langkah 2 · Penilaian Diri tahunan (peran: pegawai)

        Setelah Triwulan IV dikirim, layar pindah ke periode **Tahunan**. Realisasi IKI **Kuantitas** (jumlah,
        misalnya dokumen) **dijumlahkan otomatis** dari semua triwulan; Anda tidak mengetiknya. Realisasi
        **Kualitas, Waktu, dan Biaya tidak dijumlahkan**: isi realisasi setahunnya. Tempel **Eviden** tahunan,
        lalu klik **Kirim ke atasan**.
        """),
    ("bawahan", "Penilaian Bawahan tahunan", 2, """
        ## Langkah 3 · Penilaian Bawahan tahunan (peran: atasan)

        Sebagai **Atasan**, menu **Penilaian Bawahan**, periode **Tahunan**. Realisasi tiap triwulan, realisasi
        tahunan, dan Eviden tampil di samping target. Tulis **umpan balik** per RHK, catatan perilaku, lalu pilih
        **rating hasil kerja** dan **rating perilaku kerja**: predikat langsung muncul dari kuadran kinerja.
        Capaian (%) hanya alat bantu: Waktu dan Biaya makin kecil makin baik. Setelah atasan menilai, pegawai
        dapat membuka **Lihat Hasil** di menu Penilaian Diri.
        """),
    ("kurva", "Kurva", 2, """
        ## Langkah 4 · Kurva / pola distribusi (peran: atasan)

        Menu **Kurva**, klik **Lihat kurva**. Sebaran predikat tahunan unit dibandingkan dengan pola yang dibolehkan
        predikat kinerja organisasi (SE MenPANRB 3/2023), beserta aturan yang belum terpenuhi. Pola ini bahan
        pertimbangan, **bukan pemeringkatan paksa**: predikat tetap ditetapkan dari realisasi dan Eviden.
        """),
    ("dokumen", "Dokumen", 2, """
        ## Langkah 5 · Dokumen

        Menu **Dokumen**: klik **Cetak SKP**, **Cetak Dokumen Evaluasi**, dan **Cetak Kuadran**. Setiap dokumen
        disimpan sebagai HTML dan PDF di folder `dokumen/` di samping notebook.
        """),
]


def sel() -> list:
    isi = [
        teks("""
        # Modul 3 · Penilaian kinerja di e-Kinerja (Jalur Pengguna)

        Di modul ini Anda memakai **simulasi aplikasi e-Kinerja BKN** dengan mouse dan keyboard saja: Penilaian
        Diri, Penilaian Bawahan, Kurva, dan Dokumen.

        **Tujuan.** Setelah modul ini Anda dapat:

        1. mengisi Rencana Aksi, realisasi, dan Eviden pada Penilaian Diri periodik, lalu penilaian tahunan;
        2. memberi umpan balik, rating hasil kerja, dan rating perilaku kerja sebagai atasan;
        3. membaca predikat dari kuadran kinerja dan pola distribusi unit;
        4. mencetak SKP, Dokumen Evaluasi, dan Kuadran.

        **Perkiraan waktu:** 90 menit (materi 30 menit, praktik 60 menit).

        **Cara mulai:** pilih menu **Jalankan > Jalankan Semua Sel**. Simulasi muncul di bawah. Setiap isian
        tersimpan otomatis dan kembali saat notebook dibuka lagi. Semua data pegawai di kit ini **sintetis**.
        """),
        *sel_simulasi(TUGAS, LANGKAH),
        teks("""
        ## Poin kunci

        - Penilaian Diri tiap periode: Rencana Aksi, realisasi, dan Eviden (tautan bukti dukung).
        - Penilaian tahunan: realisasi Kuantitas dijumlahkan dari semua periode; Kualitas, Waktu, dan Biaya tidak.
        - Predikat mengikuti kuadran kinerja dari rating hasil kerja dan rating perilaku kerja.
        - Capaian persen hanya alat bantu; Waktu dan Biaya makin kecil makin baik.
        - Pola distribusi adalah pertimbangan pimpinan, bukan pemeringkatan paksa.
        """),
    ]
    return sembunyikan_jawaban(isi)
