"""Isi notebook Modul 0 Orientasi: JupyterLab berbahasa Indonesia, sel, periksa mandiri, petunjuk, menyimpan."""

from alat.notebook.sel import jawaban, jawaban_jalur_kode, kirim, kode, persiapan, teks, uji

TUGAS = "modul-0-orientasi"
BIMTEK = {"jalur": "analis", "modul": 0, "judul": "Orientasi: bekerja di JupyterLab (Jalur Analis)", "jp": 2}


def sel() -> list:
    return [
        teks("""
        # Modul 0 · Orientasi: bekerja di JupyterLab

        Selamat datang di Bimtek e-Kinerja. Modul ini mengenalkan cara kerja notebook yang dipakai di semua modul.

        **Tujuan.** Setelah modul ini Anda dapat:

        1. menjalankan sel kode dan membaca hasilnya;
        2. menyimpan nilai dalam variabel dan memanggil fungsi aturan kepegawaian dari paket `bimtek`;
        3. memeriksa jawaban sendiri (`cek()`) dan membuka petunjuk (`petunjuk()`);
        4. membaca tabel data pegawai contoh;
        5. memakai formulir simulasi (jalur tanpa kode), menyimpan, dan mengumpulkan pekerjaan.

        **Perkiraan waktu:** 75 menit (materi 25 menit, praktik dan latihan 50 menit).

        Semua data pegawai di kit ini **sintetis** (buatan), bukan data orang sungguhan.
        """),
        teks("""
        ## Materi 1 · Notebook terdiri atas sel

        Notebook berisi **sel teks** (seperti ini) dan **sel kode** (berlatar abu-abu, bertanda `[ ]:`).

        - Jalankan sel yang dipilih dengan **Shift+Enter** atau tombol ▶ di bilah atas.
        - Tanda `[*]` berarti sel sedang berjalan; `[1]` berarti sudah selesai (angka = urutan dijalankan).
        - Jalankan sel **dari atas ke bawah**. Bila ragu, pilih menu **Jalankan > Jalankan Semua Sel**.
        - Simpan dengan **Ctrl+S** (atau ikon disket). Pekerjaan juga tersimpan otomatis berkala.

        Sel pertama di bawah menyiapkan alat bantu latihan. Jalankan sekarang (Shift+Enter).
        """),
        persiapan("persiapan", """
        # Sel persiapan: jalankan lebih dulu setiap kali membuka notebook ini.
        from bimtek.aturan import JAM_KERJA_PER_MINGGU, JAM_MASUK, predikat_kinerja
        from bimtek.data import muat
        from bimtek.latihan import pasang_bantuan_galat
        from bimtek.latihan.modul_0 import soal_1, soal_2, soal_3, soal_4, soal_5

        pasang_bantuan_galat()
        print("Siap. Selamat berlatih!")
        """),
        teks("""
        ## Praktik 1 · Menjalankan kode

        Sel di bawah menghitung dan mencetak sesuatu. Jalankan, lalu ubah angkanya dan jalankan lagi.
        """),
        kode("""
        print("Halo, peserta bimtek!")
        3 * 37.5
        """),
        teks("""
        Sel kode menampilkan nilai baris terakhirnya. `print(...)` menampilkan teks di mana saja.

        **Variabel** menyimpan nilai dengan sebuah nama: `nama = nilai`. Jam kerja ASN per minggu menurut
        Perpres 21/2023 sudah tersedia sebagai `JAM_KERJA_PER_MINGGU`:
        """),
        kode("""
        print("Jam kerja per minggu:", JAM_KERJA_PER_MINGGU)
        print("Jam masuk:", JAM_MASUK)
        """),
        teks("""
        ## Materi 2 · Kesalahan itu biasa

        Jika sebuah sel gagal, notebook menampilkan **Penjelasan** singkat di atas pesan galat. Jalankan sel di
        bawah: namanya sengaja salah eja. Baca penjelasannya, perbaiki ejaannya menjadi `JAM_KERJA_PER_MINGGU`, lalu
        jalankan lagi.
        """),
        kode("""
        jam_kerja_per_minggu_salah_eja = JAM_KERJA_PERMINGGU
        """, sengaja_gagal=True),
        teks("""
        ## Latihan

        Setiap soal punya **sel jawaban** (bertuliskan `# TULIS JAWABAN ANDA DI SINI`) dan **sel uji** yang
        terkunci. Cara mengerjakan:

        1. Ganti baris `jawaban = None  # tulis jawaban Anda di sini` dengan jawaban Anda, lalu jalankan selnya.
        2. Periksa sendiri dengan `soal_1.cek()`: hasilnya **Benar!** atau apa yang perlu diperbaiki.
        3. Buntu? `soal_1.petunjuk()` membuka petunjuk satu per satu (jalankan lagi untuk petunjuk berikutnya).
        4. Jalankan sel uji. Saat penilaian, fasilitator menjalankan uji yang sama ditambah uji tersembunyi.

        ### Soal 1 (2 poin) · Jam kerja

        - **a.** Simpan jam kerja **per hari** (Senin-Jumat) di variabel `jam_kerja_per_hari`, dihitung dari
             `JAM_KERJA_PER_MINGGU`.
        - **b.** Simpan jam kerja per minggu dalam **menit** di variabel `menit_kerja_per_minggu`.
        """),
        jawaban("jawaban-1", """
        ### BEGIN SOLUTION
        jam_kerja_per_hari = JAM_KERJA_PER_MINGGU / 5
        menit_kerja_per_minggu = JAM_KERJA_PER_MINGGU * 60
        ### END SOLUTION
        """),
        kode("""
        soal_1.cek()
        """),
        kode("""
        # Jalankan untuk petunjuk berikutnya.
        soal_1.petunjuk()
        """),
        uji("uji-1a", 1, """
        # Uji Soal 1a: jam kerja per hari (1 poin)
        soal_1.uji("a")
        ### BEGIN HIDDEN TESTS
        assert abs(jam_kerja_per_hari * 5 - JAM_KERJA_PER_MINGGU) < 1e-9, "Jam kerja per hari x 5 hari harus sama dengan jam per minggu."
        ### END HIDDEN TESTS
        """),
        uji("uji-1b", 1, """
        # Uji Soal 1b: menit kerja per minggu (1 poin)
        soal_1.uji("b")
        ### BEGIN HIDDEN TESTS
        assert abs(menit_kerja_per_minggu / 60 - JAM_KERJA_PER_MINGGU) < 1e-9, "Menit dibagi 60 harus sama dengan jam per minggu."
        ### END HIDDEN TESTS
        """),
        teks("""
        ### Soal 2 (1 poin) · Memanggil fungsi aturan

        Predikat kinerja pegawai ditentukan dari dua rating (PermenPANRB 6/2022). Fungsi
        `predikat_kinerja(rating_hasil_kerja, rating_perilaku_kerja)` menerapkan matriksnya. Contoh:
        """),
        kode("""
        predikat_kinerja("Sesuai Ekspektasi", "Di Atas Ekspektasi")
        """),
        teks("""
        Pak Budi memperoleh rating **hasil kerja Di Bawah Ekspektasi** dan rating **perilaku kerja Di Atas
        Ekspektasi**. Simpan predikatnya di variabel `predikat_budi` dengan memanggil `predikat_kinerja`.
        """),
        jawaban("jawaban-2", """
        ### BEGIN SOLUTION
        predikat_budi = predikat_kinerja("Di Bawah Ekspektasi", "Di Atas Ekspektasi")
        ### END SOLUTION
        predikat_budi
        """),
        kode("""
        soal_2.cek()
        """),
        uji("uji-2", 1, """
        # Uji Soal 2: predikat Pak Budi (1 poin)
        soal_2.uji()
        ### BEGIN HIDDEN TESTS
        assert predikat_budi == "Butuh Perbaikan", "Hasil kerja di bawah ekspektasi dengan perilaku di atas ekspektasi: Butuh Perbaikan."
        ### END HIDDEN TESTS
        """),
        teks("""
        ### Soal 3 (2 poin) · Menulis fungsi kecil

        Fungsi dibuat dengan `def nama(masukan):` dan mengembalikan hasil dengan `return`. Contoh:
        """),
        kode("""
        def jam_ke_menit(jam):
            return jam * 60

        jam_ke_menit(1.5)
        """),
        teks("""
        Tulis fungsi `menit_terlambat(jam_datang)` yang menerima jam datang berbentuk teks `"HH:MM"` (mis.
        `"07:45"`) dan mengembalikan berapa menit pegawai terlambat dari `JAM_MASUK`. Datang tepat waktu atau lebih
        awal berarti 0.
        """),
        jawaban("jawaban-3", """
        def menit_terlambat(jam_datang):
            ### BEGIN SOLUTION
            jam, menit = jam_datang.split(":")
            selisih = int(jam) * 60 + int(menit) - (JAM_MASUK.hour * 60 + JAM_MASUK.minute)
            return max(0, selisih)
            ### END SOLUTION
        """),
        kode("""
        soal_3.cek()
        """),
        uji("uji-3", 2, """
        # Uji Soal 3: fungsi menit_terlambat (2 poin)
        soal_3.uji()
        ### BEGIN HIDDEN TESTS
        assert menit_terlambat("07:31") == 1, "Satu menit setelah jam masuk berarti terlambat 1 menit."
        assert menit_terlambat("10:00") == 150, "Pukul 10.00 berarti terlambat 150 menit."
        assert menit_terlambat("06:59") == 0, "Datang sebelum jam masuk tidak terlambat."
        ### END HIDDEN TESTS
        """),
        teks("""
        ## Materi 3 · Primer data: tabel, kolom, menyaring, daftar, dan kamus

        Bagian ini mengajarkan semua bentuk kode yang dipakai latihan Jalur Analis di Modul 0 dan 1.

        **Tabel.** Data latihan dimuat dengan `muat("nama_tabel")`. Hasilnya tabel (di pandas disebut DataFrame):
        baris = pegawai, kolom = data. `tabel.head()` menampilkan lima baris pertama, `len(tabel)` jumlah barisnya,
        `tabel.columns` nama-nama kolomnya.
        """),
        kode("""
        pegawai = muat("pegawai")
        print("Jumlah baris:", len(pegawai))
        print("Kolom:", list(pegawai.columns))
        pegawai.head()
        """),
        teks("""
        **Kolom.** `tabel["nama_kolom"]` mengambil satu kolom; `tabel[["kolom_a", "kolom_b"]]` (dua pasang kurung
        siku) beberapa kolom. `.value_counts()` menghitung berapa kali setiap isi muncul, dari yang terbanyak.
        """),
        kode("""
        pegawai[["nama", "golongan", "jabatan"]].head(3)
        """),
        kode("""
        pegawai["status_kepegawaian"].value_counts()
        """),
        teks("""
        **Menyaring baris.** `pegawai["jenis_kelamin"] == "P"` menghasilkan kolom benar/salah (True/False) untuk
        setiap baris. Dipakai di dalam kurung siku, ia menyaring tabel; dijumlahkan dengan `.sum()`, ia menghitung
        baris yang benar (True dihitung 1).
        """),
        kode("""
        perempuan = pegawai[pegawai["jenis_kelamin"] == "P"]
        print("Pegawai perempuan:", len(perempuan))
        print("Dihitung langsung:", int((pegawai["jenis_kelamin"] == "P").sum()))
        """),
        teks("""
        **Daftar (list)** menyimpan beberapa nilai berurutan dalam kurung siku; `for` mengulang setiap isinya,
        `.append(x)` menambah isi, `x in daftar` memeriksa keanggotaan. **Kamus (dict)** memasangkan kunci dengan
        nilai dalam kurung kurawal; `kamus["kunci"]` mengambil nilainya.
        """),
        kode("""
        hari_kerja = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat"]
        for hari in hari_kerja:
            print(hari)
        print("Sabtu hari kerja?", "Sabtu" in hari_kerja)

        pangkat_contoh = {"III/a": "Penata Muda", "III/b": "Penata Muda Tingkat I"}
        pangkat_contoh["III/b"]
        """),
        teks("""
        ### Soal 4 (2 poin) · Membaca tabel

        - **a.** Simpan jumlah seluruh pegawai di `jumlah_pegawai`.
        - **b.** Simpan jumlah pegawai berstatus PPPK di `jumlah_pppk`.
        """),
        jawaban("jawaban-4", """
        ### BEGIN SOLUTION
        jumlah_pegawai = len(pegawai)
        jumlah_pppk = int((pegawai["status_kepegawaian"] == "PPPK").sum())
        ### END SOLUTION
        """),
        kode("""
        soal_4.cek()
        """),
        uji("uji-4a", 1, """
        # Uji Soal 4a: jumlah pegawai (1 poin)
        soal_4.uji("a")
        ### BEGIN HIDDEN TESTS
        assert jumlah_pegawai == len(muat("pegawai")), "Jumlah pegawai harus jumlah baris tabel pegawai."
        ### END HIDDEN TESTS
        """),
        uji("uji-4b", 1, """
        # Uji Soal 4b: jumlah PPPK (1 poin)
        soal_4.uji("b")
        ### BEGIN HIDDEN TESTS
        _asli = muat("pegawai")
        assert jumlah_pppk == len(_asli) - int((_asli["status_kepegawaian"] == "PNS").sum()), "PPPK = semua pegawai dikurangi PNS."
        ### END HIDDEN TESTS
        """),
        teks("""
        ## Praktik 2 · Jalur tanpa kode: kartu profil SIASN (simulasi)

        Banyak latihan juga bisa dikerjakan dengan **formulir**, tanpa menulis kode. Formulir menyimpan isiannya ke
        folder `jawaban/` di samping notebook setiap kali berubah, dan isian itulah yang dinilai.

        ### Soal 5 (1 poin) · Cari pegawai

        Jalankan sel di bawah. Pada kartu profil, ketik NIP yang dicetak di atas kartu (spasi boleh), lalu tekan
        **Cari**. Perhatikan isinya: golongan, pangkat, jabatan, dan atasan langsung.
        """),
        persiapan("kartu-profil", """
        from bimtek.aturan import format_nip
        from bimtek.latihan.modul_0 import TUGAS, pegawai_soal_5
        from bimtek.widgets import KartuProfil

        print("NIP yang dicari:", format_nip(pegawai_soal_5()["nip"]))
        kartu = KartuProfil(muat("pegawai"), muat("unit_kerja"), modul=TUGAS)
        kartu
        """),
        jawaban_jalur_kode("jawaban-5", """
        kartu.w_nip.value = format_nip(pegawai_soal_5()["nip"])
        kartu.cari()
        """, "Jalur tanpa kode: pakai kartu profil di atas; pencarian Anda tersimpan otomatis."),
        kode("""
        soal_5.cek()
        """),
        uji("uji-5", 1, """
        # Uji Soal 5: pencarian di kartu profil (1 poin)
        soal_5.uji()
        ### BEGIN HIDDEN TESTS
        from bimtek import jawaban as _jawaban

        assert _jawaban.muat(TUGAS).get("profil_nip"), "Kartu profil belum dipakai mencari."
        ### END HIDDEN TESTS
        """),
        teks("""
        ## Memeriksa sebelum mengirim

        Pastikan semua sel berjalan dari awal: menu **Kernel > Mulai Ulang Kernel dan Jalankan Semua Sel…**. Sel uji
        yang menampilkan "Belum tepat" menandai jawaban yang masih perlu diperbaiki; notebook tetap berjalan sampai
        akhir.
        """),
        *kirim(TUGAS),
        teks("""
        ## Poin kunci

        - Jalankan sel dari atas ke bawah; **Shift+Enter** menjalankan satu sel.
        - Galat adalah petunjuk: baca **Penjelasan** di atasnya.
        - `soal_N.cek()` memeriksa jawaban; `soal_N.petunjuk()` membuka petunjuk bertahap.
        - Aturan kepegawaian tersedia sebagai fungsi di `bimtek.aturan`; data latihan dimuat dengan `muat(...)`.
        - Formulir simulasi menyimpan isian di folder `jawaban/`; isian itu ikut dinilai.
        """),
    ]
