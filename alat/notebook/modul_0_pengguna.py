"""Isi notebook Modul 0 Jalur Pengguna: JupyterLab, e-Kinerja dan SIASN, cek pemahaman, kartu profil, Kirim.

Semua poin diperoleh lewat widget; tidak ada sel yang harus diubah peserta. Kunci butir dinilai hanya ada di
wilayah SOLUTION (pengganti klik) dan HIDDEN TESTS notebook sumber ini.
"""

from alat.notebook.sel import kirim, kuis_dinilai, persiapan, teks, uji, widget, widget_dinilai

TUGAS = "modul-0-pengguna"
BIMTEK = {"jalur": "pengguna", "modul": 0, "judul": "Orientasi: JupyterLab, e-Kinerja, dan SIASN", "jp": 2}


def _butir(nomor: int, nama: str, jawab: str, kunci: str, poin: int = 1) -> list:
    """Sel widget butir dinilai (terlipat) dan sel penilaiannya (terlipat)."""
    var = f"kuis_{nama.lower()}"
    return [
        widget_dinilai(f"jawaban-{nama.lower()}", f"{var} = Kuis({nama}, TUGAS, 'Butir {nomor}')",
                       f"{var}.jawab({jawab})", var),
        kuis_dinilai(f"uji-{nama.lower()}", poin, nama, kunci),
    ]


def sel() -> list:
    return [
        teks("""
        # Modul 0 · Orientasi: JupyterLab, e-Kinerja, dan SIASN (Jalur Pengguna)

        Selamat datang di Bimtek e-Kinerja. Di jalur ini Anda **tidak menulis kode**: semua latihan dikerjakan
        dengan memilih, mengetik jawaban singkat, dan menekan tombol.

        **Tujuan.** Setelah modul ini Anda dapat:

        1. menjalankan sel, menyimpan, dan memulai ulang notebook di JupyterLab;
        2. menjelaskan kegunaan e-Kinerja, SIASN, dan e-Presensi;
        3. mencari profil pegawai dengan NIP di kartu profil (simulasi SIASN);
        4. mengirim pekerjaan dengan tombol **Kirim pekerjaan**.

        **Perkiraan waktu:** 60-75 menit (materi 25 menit, latihan 35-45 menit, mengirim 5 menit).

        Semua data pegawai di kit ini **sintetis** (buatan), bukan data orang sungguhan.
        """),
        teks("""
        ## Materi 1 · Layar JupyterLab

        - **Menu** ada di baris paling atas: **Berkas**, **Sunting**, **Tampilan**, **Jalankan**, **Kernel**,
          **Tab**, **Pengaturan**, **Bantuan**.
        - **Panel berkas** di sebelah kiri menampilkan folder Anda. Notebook ini ada di sana, juga folder
          `jawaban` (tempat jawaban Anda disimpan) dan nanti folder `kiriman`.
        - Notebook terdiri atas **sel**. Sel teks berisi bacaan seperti ini. Sel kode menyiapkan formulir; kodenya
          sengaja dilipat (tampil sebagai tiga titik `···`), jadi Anda tidak perlu membacanya.

        **Langkah pertama:** pilih menu **Jalankan > Jalankan Semua Sel**. Semua formulir di bawah akan muncul, dan
        layar berpindah ke akhir notebook: gulir kembali ke sini dengan roda tetikus.
        Tanda `[*]` di kiri sel berarti sel sedang berjalan; angka seperti `[3]` berarti sudah selesai.
        Menjalankan satu sel saja: klik selnya lalu tekan **Shift+Enter**.
        """),
        persiapan("persiapan", """
        # Menyiapkan formulir latihan. Anda tidak perlu mengubah apa pun di sini.
        from bimtek import aturan
        from bimtek.latihan import pasang_bantuan_galat
        from bimtek.latihan.kuis import Kuis, nilai_isian, nilai_kuis
        from bimtek.latihan.kuis_modul_0 import K1, K2, K3, K4, K5, K6, L1, L2, L3, TUGAS

        pasang_bantuan_galat()
        print("Siap. Selamat berlatih!")
        """, tersembunyi=True),
        teks("""
        ### Latihan (tidak dinilai)

        Pilih jawaban lalu tekan **Periksa**. Jawaban langsung diperiksa; boleh dicoba berkali-kali.
        """),
        widget("latihan-l1", "Kuis(L1, TUGAS, 'Latihan 1')"),
        widget("latihan-l2", "Kuis(L2, TUGAS, 'Latihan 2')"),
        teks("""
        ## Materi 2 · Menyimpan dan memulai ulang

        - **Simpan** notebook dengan **Ctrl+S** atau menu **Berkas > Simpan Notebook**. JupyterLab juga menyimpan
          otomatis berkala.
        - Jawaban formulir disimpan **setiap kali Anda menekan tombolnya**, ke folder `jawaban`. Jawaban itu tetap ada
          walaupun notebook ditutup atau kernel dimulai ulang, dan muncul lagi saat sel formulirnya dijalankan.
        - Bila notebook macet atau formulir tidak muncul: pilih **Kernel > Mulai Ulang Kernel**, lalu
          **Jalankan > Jalankan Semua Sel**.
        - Ingin kembali ke keadaan awal sebuah sel teks yang tidak sengaja terubah? **Sunting > Urungkan** (Ctrl+Z).

        ### Cek pemahaman (dinilai)

        Butir yang dinilai tidak langsung menunjukkan benar atau salah. Pilih jawaban lalu tekan
        **Simpan jawaban**; Anda boleh mengubahnya sampai mengirim pekerjaan.
        """),
        *_butir(1, "K1", "'Jalankan > Jalankan Semua Sel'", "'Jalankan > Jalankan Semua Sel'"),
        *_butir(2, "K2", "'Salah'", "'Salah'"),
        teks("""
        ## Materi 3 · e-Kinerja, SIASN, dan e-Presensi

        - **e-Kinerja** adalah aplikasi BKN tempat semua ASN, PNS maupun PPPK, menyusun **SKP** (Sasaran Kinerja
          Pegawai), mengisi rencana aksi dan bukti dukung, lalu dinilai atasannya (SE Kepala BKN 11/2023). Masuk
          dengan NIP dan kata sandi MyASN.
        - **SIASN** (Sistem Informasi ASN) adalah sistem nasional BKN berisi profil pegawai: pendidikan, riwayat
          pangkat dan jabatan, diklat, kinerja, dan surat keputusan (PerBKN 7/2023). e-Kinerja mengambil data profil
          dan atasan dari SIASN. Atasan yang keliru diperbaiki di data SIASN/MyASN, bukan di SKP.
        - **e-Presensi** mencatat jam datang dan jam pulang. Jam kerja ASN diatur Perpres 21/2023: lima hari kerja,
          Senin sampai Jumat, mulai pukul 07.30 waktu setempat.
        """),
        widget("latihan-l3", "Kuis(L3, TUGAS, 'Latihan 3')"),
        *_butir(3, "K3", "'e-Kinerja'", "'e-Kinerja'"),
        *_butir(4, "K4", "aturan.JAM_KERJA_PER_MINGGU", "aturan.JAM_KERJA_PER_MINGGU"),
        *_butir(5, "K5", "{'Menyusun SKP dan menilai kinerja': 'e-Kinerja', "
                "'Memeriksa riwayat pangkat dan jabatan': 'SIASN', "
                "'Mencatat jam datang dan jam pulang': 'e-Presensi'}",
                "{'Menyusun SKP dan menilai kinerja': 'e-Kinerja', "
                "'Memeriksa riwayat pangkat dan jabatan': 'SIASN', "
                "'Mencatat jam datang dan jam pulang': 'e-Presensi'}"),
        *_butir(6, "K6", "'SKP'", "'SKP'"),
        teks("""
        ## Praktik · Kartu profil pegawai (simulasi SIASN)

        Sebelum menyusun SKP, setiap pegawai memeriksa profil dan atasannya. Kartu di bawah meniru halaman profil
        SIASN dengan data contoh.

        1. Lihat NIP yang tertulis di atas kartu.
        2. Klik kotak **NIP / NI PPPK**, ketik NIP itu (spasi boleh), lalu tekan **Cari**.
        3. Baca isi kartu: golongan, pangkat, jabatan, dan atasan langsung.

        NIP PNS terdiri atas 18 angka: tanggal lahir (8 angka), tahun dan bulan TMT CPNS (6 angka), jenis kelamin
        (1 angka: 1 laki-laki, 2 perempuan), dan nomor urut (3 angka). Pegawai PPPK memakai NI PPPK yang juga
        18 angka; kartu ini menerima keduanya.
        """),
        widget_dinilai("jawaban-profil", """
        from bimtek.aturan import format_nip
        from bimtek.data import muat
        from bimtek.latihan.modul_0 import pegawai_soal_5
        from bimtek.widgets import KartuProfil

        print("NIP yang dicari:", format_nip(pegawai_soal_5()["nip"]))
        kartu = KartuProfil(muat("pegawai"), muat("unit_kerja"), modul=TUGAS)
        """, """
        kartu.w_nip.value = format_nip(pegawai_soal_5()["nip"])
        kartu.cari()
        """, "kartu"),
        uji("uji-profil", 2, """
        # Penilaian kartu profil (2 poin). Tidak perlu diubah.
        _benar = None
        ### BEGIN HIDDEN TESTS
        from bimtek import jawaban as _jawaban
        from bimtek.aturan import bersihkan_nip as _bersihkan

        _benar = _bersihkan(str(_jawaban.muat(TUGAS).get("profil_nip", ""))) == pegawai_soal_5()["nip"]
        ### END HIDDEN TESTS
        nilai_isian(TUGAS, "profil_nip", _benar, 2, "Kartu profil")
        """, lanjut=False, tersembunyi=True),
        *kirim(TUGAS),
        teks("""
        ## Poin kunci

        - **Jalankan > Jalankan Semua Sel** memunculkan semua formulir; **Shift+Enter** menjalankan satu sel.
        - Jawaban formulir tersimpan di folder `jawaban` setiap kali Anda menekan tombolnya, dan kembali lagi setelah
          **Kernel > Mulai Ulang Kernel**.
        - e-Kinerja: SKP dan penilaian kinerja. SIASN: profil dan riwayat kepegawaian. e-Presensi: jam datang dan
          pulang.
        - Akhiri setiap modul dengan **Kirim pekerjaan**.
        """),
    ]
