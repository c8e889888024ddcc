"""Isi notebook Modul 2 Jalur Pengguna: perencanaan kinerja di simulasi e-Kinerja, tanpa menulis kode."""

from alat.notebook.ekinerja import sel_simulasi, sembunyikan_jawaban
from alat.notebook.sel import teks

TUGAS = "modul-2-pengguna"
BIMTEK = {"jalur": "pengguna", "modul": 2, "judul": "Perencanaan kinerja: SKP di e-Kinerja", "jp": 3}

LANGKAH = [
    ("profil", "Masuk dan Profil", 1, """
        ## Langkah 1 · Masuk dan Profil (peran: pegawai)

        Pada simulasi di atas, pilih **Masuk sebagai: Pegawai**, lalu menu **Masuk dan Profil**. Periksa NIP, nama,
        jabatan, dan **pejabat penilai** Anda (disalin dari SIASN). Bila benar, klik **Data sudah benar**.
        Bila atasan salah, jangan lanjut: perbaikan dilakukan di SIASN/MyASN atau oleh admin kepegawaian instansi.
        """),
    ("periode", "Periode", 2, """
        ## Langkah 2 · Periode dan Pendekatan (peran: pegawai)

        Menu **Periode**: pilih periode awal **Januari** dan periode akhir **Desember** tahun yang sama, pilih
        **Pendekatan** (Kuantitatif untuk penilaian indikator), lalu klik **OK**. SKP disusun per tahun; penilaian
        berkala dilakukan di dalamnya. Periode lebih pendek hanya untuk pegawai yang pindah atau pensiun.
        """),
    ("matriks", "Matriks Peran Hasil", 2, """
        ## Langkah 3 · Matriks Peran Hasil (peran: atasan)

        Pilih **Masuk sebagai: Atasan (pejabat penilai)**, menu **Matriks Peran Hasil**. Centang RHK atasan yang
        diturunkan kepada pegawai. Hanya RHK yang diturunkan yang dapat diintervensi di SKP pegawai.
        """),
    ("skp", "SKP", 3, """
        ## Langkah 4 · SKP: RHK, IKI, lalu Ajukan (peran: pegawai)

        Kembali sebagai **Pegawai**, menu **SKP**. Klik **Tambah RHK Utama**, pilih **RHK atasan yang
        diintervensi**, tulis rencana hasil kerja, lalu isi IKI: indikator, aspek, target (angka), dan satuan.
        Catatan di layar SKP memberi contoh RHK yang selaras dengan jabatan pegawai ini (IKI-nya mengukur hasil
        RHK itu, misalnya layanan diukur dengan jumlah layanan). Perilaku kerja BerAKHLAK tampil dengan
        panduannya; ekspektasi khusus pimpinan **tidak wajib** dan ditulis atasan. Klik **Ajukan**.
        """),
    ("persetujuan", "SKP Bawahan (persetujuan)", 2, """
        ## Langkah 5 · SKP Bawahan: Setujui atau Tolak (peran: atasan)

        Sebagai **Atasan**, menu **SKP Bawahan**: baca SKP yang diajukan. Bila perlu, tulis ekspektasi khusus
        pimpinan (boleh kosong). Klik **Setujui**, atau tulis **Catatan** lalu **Tolak**: pegawai merevisi dan
        mengajukan ulang. Catatan penolakan tidak tampil lagi setelah SKP disetujui.
        """),
]


def sel() -> list:
    isi = [
        teks("""
        # Modul 2 · Perencanaan kinerja: SKP di e-Kinerja (Jalur Pengguna)

        Di modul ini Anda memakai **simulasi aplikasi e-Kinerja BKN** dengan mouse dan keyboard saja, berurutan
        seperti aplikasinya: Masuk dan Profil, Periode, Matriks Peran Hasil, SKP, Ajukan, SKP Bawahan.

        **Tujuan.** Setelah modul ini Anda dapat:

        1. memeriksa profil dan pejabat penilai sebelum menyusun SKP;
        2. mengisi dialog Periode (Januari sampai Desember) dan memilih Pendekatan;
        3. menurunkan RHK atasan lewat Matriks Peran Hasil;
        4. menyusun RHK yang mengintervensi RHK atasan, dengan IKI, target, dan satuan;
        5. mengajukan SKP dan menyetujui atau menolaknya sebagai atasan.

        **Perkiraan waktu:** 90 menit (materi 30 menit, praktik 60 menit).

        **Cara mulai:** pilih menu **Jalankan > Jalankan Semua Sel**. Simulasi muncul di bawah. Setiap isian
        tersimpan otomatis; bila notebook ditutup lalu dibuka lagi, jalankan semua sel dan isian Anda kembali.
        Semua data pegawai di kit ini **sintetis** (buatan).
        """),
        *sel_simulasi(TUGAS, LANGKAH),
        teks("""
        ## Poin kunci

        - Periksa profil dan pejabat penilai dahulu; atasan yang salah diperbaiki di SIASN/MyASN, bukan di SKP.
        - Periode SKP: Januari sampai Desember; penilaian berkala dilakukan di dalam SKP tahunan.
        - RHK Utama mengintervensi RHK atasan yang diturunkan lewat Matriks Peran Hasil.
        - IKI yang baik selaras dengan RHK-nya (laporan diukur dengan jumlah atau ketepatan laporan).
        - Ekspektasi khusus pimpinan bersifat pilihan dan ditulis atasan.
        """),
    ]
    return sembunyikan_jawaban(isi)

