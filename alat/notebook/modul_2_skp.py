"""Isi notebook Modul 2 Perencanaan kinerja: SKP di e-Kinerja (periode, pendekatan, RHK dan matriks peran hasil,
IKI, perilaku BerAKHLAK, alur persetujuan)."""

from alat.notebook.sel import jawaban, jawaban_jalur_kode, kirim, kode, persiapan, teks, uji

TUGAS = "modul-2-skp"
BIMTEK = {"jalur": "analis", "modul": 2, "judul": "Menyusun SKP (Jalur Analis)", "jp": 3}


def sel() -> list:
    return [
        teks("""
        # Modul 2 · Perencanaan kinerja: SKP di e-Kinerja

        Setiap ASN menyusun Sasaran Kinerja Pegawai (SKP) di aplikasi e-Kinerja BKN pada awal tahun
        (PermenPANRB 6/2022; SE Kepala BKN 11/2023). Di modul ini Anda menyusun SKP pada formulir simulasi yang
        meniru layar e-Kinerja, lalu membaca SKP dengan kode pada data contoh.

        **Tujuan.** Setelah modul ini Anda dapat:

        1. mengisi **Periode** SKP (periode awal dan akhir, biasanya Januari sampai Desember) dan memilih
          **Pendekatan** (Kuantitatif atau Kualitatif);
        2. merumuskan Rencana Hasil Kerja (RHK) utama/tambahan yang **mengintervensi** RHK atasan, dan membaca
          matriks peran hasil;
        3. menyusun Indikator Kinerja Individu (IKI) dengan aspek, target, dan satuan;
        4. mengenali tujuh nilai perilaku kerja BerAKHLAK dan panduannya;
        5. menjalankan alur persetujuan: Draft, Diajukan, Disetujui atau Ditolak dengan catatan.

        **Perkiraan waktu:** 90 menit (materi 30 menit, praktik dan latihan 60 menit).

        Semua data pegawai di kit ini **sintetis** (buatan), bukan data orang sungguhan.
        """),
        persiapan("persiapan", """
        # Sel persiapan: jalankan lebih dulu setiap kali membuka notebook ini.
        from bimtek.aturan import ASPEK_IKI, BERAKHLAK, JENIS_RHK, PENDEKATAN_SKP, format_nip
        from bimtek.data import muat
        from bimtek.latihan import pasang_bantuan_galat
        from bimtek.latihan.modul_2 import (
            PERILAKU_SOAL_5,
            RHK_ATASAN_DEDI,
            TUGAS,
            persona,
            skp_dedi,
            skp_tersimpan,
            soal_1,
            soal_2,
            soal_3,
            soal_4,
            soal_5,
        )
        from bimtek.widgets import KartuProfil
        from bimtek.widgets.dari_data import form_skp_kelas
        from bimtek.widgets.logika_skp import periksa_periode, periksa_skp, skp_kosong

        pasang_bantuan_galat()
        saya = persona()
        print("Siap. Dalam modul ini Anda berperan sebagai:", saya["nama"], "-", saya["jabatan"])
        """),
        teks("""
        ## Materi 1 · Alur perencanaan kinerja di e-Kinerja

        1. Masuk dengan NIP dan kata sandi MyASN/MySAPK, lalu **periksa profil dan atasan langsung** (disalin dari
          SIASN). Atasan yang salah membuat SKP terkirim ke orang yang salah.
        2. Isi dialog **Periode**: periode awal dan periode akhir (bulan dan tahun; biasanya Januari sampai
          Desember), lalu pilih **Pendekatan**: Kuantitatif atau Kualitatif.
        3. Tambahkan **RHK** (utama atau tambahan). Setiap RHK **mengintervensi** salah satu RHK atasan: inilah
          *cascading*; dari sisi atasan tampil sebagai **Matriks Peran Hasil**.
        4. Setiap RHK diukur dengan satu atau lebih **IKI**, masing-masing dengan aspek (kuantitas, kualitas,
          waktu, biaya), target, dan satuan.
        5. Perilaku kerja memakai tujuh nilai BerAKHLAK; **ekspektasi khusus pimpinan** boleh ditambahkan oleh
          atasan (tidak wajib).
        6. **Ajukan**; atasan **menyetujui** atau **menolak dengan catatan**. SKP yang ditolak direvisi lalu
          diajukan ulang.

        ## Praktik 1 · Periksa profil dan atasan (tanpa kode)

        Ketik NIP yang dicetak di bawah ke kartu profil lalu klik **Cari**. Catat nama dan jabatan atasan langsung.
        """),
        kode("""
        print("NIP Anda dalam simulasi ini:", format_nip(saya["nip"]))
        KartuProfil(muat("pegawai"), muat("unit_kerja"), modul=TUGAS)
        """),
        teks("""
        ## Materi 2 · Periode, pendekatan, RHK, IKI, dan perilaku

        **Periode.** SKP disusun untuk satu tahun: periode awal **Januari** dan periode akhir **Desember** tahun
        yang sama. Periode yang lebih pendek hanya untuk pegawai yang pindah jabatan atau pensiun di tengah tahun.
        Kesalahan yang sering terjadi di daerah adalah membuat SKP **sebulan** (misalnya Januari sampai Januari).
        Penilaian periodik (bulanan atau triwulanan, ditetapkan instansi) dilakukan **di
        dalam** SKP tahunan yang sama, bukan dengan membuat SKP baru setiap bulan.

        **Pendekatan.** Kuantitatif (target berupa angka) atau kualitatif. Pilihan yang tersedia:
        """),
        kode("""
        PENDEKATAN_SKP, JENIS_RHK, ASPEK_IKI
        """),
        teks("""
        **RHK dan intervensi.** RHK Anda menjawab pertanyaan "hasil apa yang saya berikan agar RHK atasan
        tercapai?". RHK yang tidak mengintervensi RHK atasan mana pun tidak tersambung ke kinerja unit.

        **Perilaku kerja BerAKHLAK.** Tujuh nilai dasar ASN, masing-masing dengan tiga panduan perilaku. Atasan
        **boleh** menambahkan **ekspektasi khusus pimpinan** untuk suatu nilai; ini tidak wajib diisi pegawai.
        """),
        kode("""
        for nilai, panduan in BERAKHLAK.items():
            print(f"{nilai}:")
            for p in panduan:
                print("   -", p)
        """),
        teks("""
        ## Latihan

        Cara mengerjakan sama seperti Modul 0: tulis jawaban di sel jawaban, periksa dengan `soal_N.cek()`, buka
        petunjuk dengan `soal_N.petunjuk()`, lalu jalankan sel uji.

        ### Soal 1 (3 poin) · Menyusun SKP di Form SKP (tanpa kode)

        Jalankan sel di bawah. Pada **Form SKP**, susun SKP Anda untuk **tahun 2025**:

        - **a.** periode awal **Januari 2025** dan periode akhir **Desember 2025**, dan salah satu Pendekatan
          (1 poin);
        - **b.** paling sedikit satu **RHK Utama** yang mengintervensi salah satu RHK atasan, dengan IKI lengkap:
          indikator, aspek, target lebih dari 0, dan satuan (1 poin);
        - **c.** klik **Ajukan** (1 poin); ekspektasi khusus pimpinan BerAKHLAK boleh dikosongkan. Anda juga dapat berperan
          sebagai atasan pada panel paling bawah: **Setujui**, atau **Tolak** dengan catatan lalu revisi.

        Kotak **Pemeriksaan** memperbarui daftar yang masih kurang setiap kali Anda mengetik. Setiap perubahan
        langsung tersimpan di folder `jawaban/`, dan isian itu yang dinilai. Coba juga pilih periode akhir **Januari**:
        perhatikan pesannya. SKP yang sudah diajukan atau disetujui terkunci, seperti di aplikasi; untuk berlatih
        ulang dari awal, hapus berkas `jawaban/modul-2-skp.json` di panel berkas lalu jalankan ulang sel formulir.
        """),
        persiapan("form-skp", """
        form_skp = form_skp_kelas(TUGAS)
        form_skp
        """),
        jawaban_jalur_kode("jawaban-1", """
        if form_skp.skp["status"] in ("Draft", "Ditolak"):
            skp_saya = skp_kosong(saya["nip"], 2025)
            skp_saya["pendekatan"] = "Kuantitatif"
            skp_saya["rhk"] = [{
                "jenis": "Utama",
                "rencana_hasil_kerja": "Tersusunnya laporan pelaksanaan tugas yang tepat waktu",
                "rhk_atasan": form_skp.rhk_atasan[0],
                "iki": [{"indikator": "Jumlah laporan yang selesai", "aspek": "Kuantitas", "target": 12,
                         "satuan": "laporan"}],
            }]
            form_skp.isi(skp_saya)
            form_skp.ajukan()
        """, "Jalur tanpa kode: isi Form SKP di atas; jawaban Anda tersimpan otomatis."),
        kode("""
        soal_1.cek()
        """),
        kode("""
        # Jalankan untuk petunjuk berikutnya.
        soal_1.petunjuk()
        """),
        uji("uji-1a", 1, """
        # Uji Soal 1a: periode Januari-Desember 2025 dan Pendekatan (1 poin)
        soal_1.uji("a")
        ### BEGIN HIDDEN TESTS
        assert periksa_periode(skp_tersimpan()["periode"]) == [], "Periode SKP harus Januari sampai Desember."
        ### END HIDDEN TESTS
        """),
        uji("uji-1b", 1, """
        # Uji Soal 1b: RHK yang mengintervensi RHK atasan, lengkap dengan IKI (1 poin)
        soal_1.uji("b")
        ### BEGIN HIDDEN TESTS
        _rhk = muat("rhk")
        _milik_atasan = set(_rhk[_rhk["nip"] == saya["atasan_nip"]]["rencana_hasil_kerja"])
        assert all(r["rhk_atasan"] in _milik_atasan for r in skp_tersimpan()["rhk"]), "RHK harus mengintervensi RHK atasan langsung."
        assert all(r["iki"] for r in skp_tersimpan()["rhk"]), "Setiap RHK perlu IKI."
        ### END HIDDEN TESTS
        """),
        uji("uji-1c", 1, """
        # Uji Soal 1c: pengajuan SKP (1 poin)
        soal_1.uji("c")
        ### BEGIN HIDDEN TESTS
        assert periksa_skp(skp_tersimpan()) == [], "SKP yang diajukan harus memenuhi semua aturan."
        assert any(r["status"] == "Diajukan" for r in skp_tersimpan()["riwayat"]), "SKP belum pernah diajukan."
        ### END HIDDEN TESTS
        """),
        teks("""
        ## Materi 3 · Alur persetujuan

        Status SKP bergerak **Draft → Diajukan → Disetujui**, atau **Ditolak** dengan catatan atasan. Tombol
        **Ajukan** hanya berhasil bila semua aturan terpenuhi; kalau belum, formulir menampilkan **setiap** aturan
        yang masih dilanggar. SKP yang ditolak kembali menjadi Draft begitu Anda merevisinya.

        Aturan yang sama tersedia sebagai fungsi: `periksa_skp(skp, rhk_atasan)` mengembalikan daftar pesan
        (kosong berarti siap diajukan). SKP dalam kode berbentuk *dict*, sama dengan isi berkas jawaban:
        """),
        kode("""
        skp_dedi()
        """),
        teks("""
        ### Soal 2 (2 poin) · Memperbaiki SKP Pak Dedi

        SKP Pak Dedi gagal diajukan. Buat salinannya `skp_dedi_perbaikan = skp_dedi()`, lalu perbaiki isinya
        sampai `periksa_skp(skp_dedi_perbaikan, RHK_ATASAN_DEDI)` kosong. Jangan menghapus RHK-nya.

        - **a.** periodenya (1 poin);
        - **b.** semua aturan pengajuan terpenuhi (1 poin).
        """),
        kode("""
        periksa_skp(skp_dedi(), RHK_ATASAN_DEDI)
        """),
        jawaban("jawaban-2", """
        skp_dedi_perbaikan = skp_dedi()
        ### BEGIN SOLUTION
        skp_dedi_perbaikan["periode"]["bulan_akhir"] = 12
        skp_dedi_perbaikan["rhk"][1]["rhk_atasan"] = RHK_ATASAN_DEDI[1]
        skp_dedi_perbaikan["rhk"][1]["iki"][0]["satuan"] = "persen"
        ### END SOLUTION
        periksa_skp(skp_dedi_perbaikan, RHK_ATASAN_DEDI)
        """),
        kode("""
        soal_2.cek()
        """),
        uji("uji-2a", 1, """
        # Uji Soal 2a: periode SKP Pak Dedi (1 poin)
        soal_2.uji("a")
        ### BEGIN HIDDEN TESTS
        assert periksa_periode(skp_dedi_perbaikan["periode"]) == [], "SKP harus Januari sampai Desember."
        ### END HIDDEN TESTS
        """),
        uji("uji-2b", 1, """
        # Uji Soal 2b: semua aturan pengajuan terpenuhi (1 poin)
        soal_2.uji("b")
        ### BEGIN HIDDEN TESTS
        assert len(skp_dedi_perbaikan["rhk"]) >= 2, "Kedua RHK Pak Dedi harus tetap ada."
        assert all(r["rhk_atasan"] in RHK_ATASAN_DEDI for r in skp_dedi_perbaikan["rhk"]), "Intervensi harus ke RHK atasan Pak Dedi."
        ### END HIDDEN TESTS
        """),
        teks("""
        ## Materi 4 · Matriks peran hasil pada data

        Tabel `rhk` memuat RHK semua pegawai. Kolom `rhk_atasan_id` berisi kode RHK atasan yang diintervensi.
        Dengan itu atasan melihat, untuk setiap RHK-nya, RHK bawahan mana yang mendukungnya.
        """),
        kode("""
        rhk = muat("rhk")
        rhk.head()
        """),
        teks("""
        ### Soal 3 (2 poin) · Matriks peran hasil atasan Anda

        - **a.** Simpan daftar (list) rumusan RHK **atasan langsung** Anda (`saya["atasan_nip"]`) di `rhk_atasan_saya`.
        - **b.** Simpan di `jumlah_intervensi` sebuah dict: untuk setiap RHK atasan itu (rumusannya), berapa RHK
          (dari semua bawahannya) yang mengintervensinya. RHK yang tidak diintervensi bernilai 0.
        """),
        jawaban("jawaban-3", """
        ### BEGIN SOLUTION
        milik_atasan = rhk[rhk["nip"] == saya["atasan_nip"]]
        rhk_atasan_saya = milik_atasan["rencana_hasil_kerja"].tolist()
        jumlah_intervensi = {}
        for _, r in milik_atasan.iterrows():
            jumlah_intervensi[r["rencana_hasil_kerja"]] = int((rhk["rhk_atasan_id"] == r["rhk_id"]).sum())
        ### END SOLUTION
        jumlah_intervensi
        """),
        kode("""
        soal_3.cek()
        """),
        uji("uji-3a", 1, """
        # Uji Soal 3a: RHK atasan (1 poin)
        soal_3.uji("a")
        ### BEGIN HIDDEN TESTS
        assert sorted(rhk_atasan_saya) == sorted(rhk.loc[rhk["nip"] == saya["atasan_nip"], "rencana_hasil_kerja"]), "Daftar RHK atasan belum tepat."
        ### END HIDDEN TESTS
        """),
        uji("uji-3b", 1, """
        # Uji Soal 3b: jumlah RHK yang mengintervensi (1 poin)
        soal_3.uji("b")
        ### BEGIN HIDDEN TESTS
        _atasan = rhk[rhk["nip"] == saya["atasan_nip"]]
        assert sum(dict(jumlah_intervensi).values()) == int(rhk["rhk_atasan_id"].isin(_atasan["rhk_id"]).sum()), "Jumlah seluruh intervensi belum tepat."
        ### END HIDDEN TESTS
        """),
        teks("""
        ### Soal 4 (2 poin) · Menyusun IKI

        RHK: *"Terverifikasinya usulan kenaikan pangkat pegawai"*. Susun dua IKI sebagai dict dengan kunci
        `indikator`, `aspek`, `target`, `satuan`:

        - **a.** `iki_kuantitas`: banyaknya usulan yang diverifikasi dalam setahun, target **120 usulan** (1 poin);
        - **b.** `iki_waktu`: lama verifikasi setiap usulan, target **5 hari** (1 poin).
        """),
        jawaban("jawaban-4", """
        ### BEGIN SOLUTION
        iki_kuantitas = {"indikator": "Jumlah usulan kenaikan pangkat yang diverifikasi", "aspek": "Kuantitas",
                         "target": 120, "satuan": "usulan"}
        iki_waktu = {"indikator": "Lama verifikasi setiap usulan", "aspek": "Waktu", "target": 5, "satuan": "hari"}
        ### END SOLUTION
        """),
        kode("""
        soal_4.cek()
        """),
        uji("uji-4a", 1, """
        # Uji Soal 4a: IKI kuantitas (1 poin)
        soal_4.uji("a")
        ### BEGIN HIDDEN TESTS
        assert iki_kuantitas["aspek"] == "Kuantitas" and float(iki_kuantitas["target"]) == 120, "IKI kuantitas: 120 usulan."
        ### END HIDDEN TESTS
        """),
        uji("uji-4b", 1, """
        # Uji Soal 4b: IKI waktu (1 poin)
        soal_4.uji("b")
        ### BEGIN HIDDEN TESTS
        assert iki_waktu["aspek"] == "Waktu" and float(iki_waktu["target"]) == 5, "IKI waktu: 5 hari."
        ### END HIDDEN TESTS
        """),
        teks("""
        ### Soal 5 (1 poin) · Mengenali nilai BerAKHLAK

        Pasangkan setiap panduan perilaku di `PERILAKU_SOAL_5` dengan nilai BerAKHLAK-nya, dalam dict
        `pasangan_berakhlak` berbentuk `{panduan: nilai}`.
        """),
        kode("""
        PERILAKU_SOAL_5
        """),
        jawaban("jawaban-5", """
        ### BEGIN SOLUTION
        pasangan_berakhlak = {p: nilai for p in PERILAKU_SOAL_5 for nilai, panduan in BERAKHLAK.items() if p in panduan}
        ### END SOLUTION
        """),
        kode("""
        soal_5.cek()
        """),
        uji("uji-5", 1, """
        # Uji Soal 5: pasangan panduan dan nilai BerAKHLAK (1 poin)
        soal_5.uji()
        ### BEGIN HIDDEN TESTS
        assert len(pasangan_berakhlak) >= 7 and all(p in BERAKHLAK[pasangan_berakhlak[p]] for p in PERILAKU_SOAL_5), "Ada pasangan yang belum tepat."
        ### END HIDDEN TESTS
        """),
        teks("""
        ## Poin kunci

        - **Periode** SKP: Januari sampai Desember; SKP sebulan adalah kesalahan umum. Penilaian periodik terjadi
          di dalam SKP tahunan.
        - Setiap RHK **mengintervensi** RHK atasan; atasan melihatnya sebagai **matriks peran hasil**.
        - Setiap RHK diukur dengan IKI yang punya **aspek, target angka, dan satuan**.
        - Perilaku kerja memakai tujuh nilai **BerAKHLAK**; ekspektasi khusus pimpinan opsional, ditulis atasan.
        - Status SKP: **Draft → Diajukan → Disetujui**, atau **Ditolak** dengan catatan lalu direvisi.
        - Isian Form SKP tersimpan otomatis di folder `jawaban/` dan ikut dinilai.
        """),
        *kirim(TUGAS),
    ]
