"""Isi notebook Modul 3 Penilaian kinerja: rencana aksi, bukti dukung, realisasi, umpan balik; rating dan kuadran
predikat; penilaian periodik dan tahunan; pola distribusi menurut predikat organisasi; angka kredit JF."""

from alat.notebook.sel import jawaban, jawaban_jalur_kode, kirim, kode, persiapan, teks, uji

TUGAS = "modul-3-penilaian"
BIMTEK = {"jalur": "analis", "modul": 3, "judul": "Penilaian kinerja (Jalur Analis)", "jp": 3}


def sel() -> list:
    return [
        teks("""
        # Modul 3 · Penilaian kinerja

        Setelah SKP disetujui, kinerja dipantau sepanjang tahun lalu dinilai oleh atasan langsung sebagai pejabat
        penilai kinerja (PermenPANRB 6/2022). Di modul ini Anda berperan sebagai **pejabat penilai**: membaca
        realisasi dan bukti dukung bawahan, memberi umpan balik dan rating, lalu memeriksa sebaran predikat unit.

        **Tujuan.** Setelah modul ini Anda dapat:

        1. menjelaskan rencana aksi, bukti dukung, realisasi, dan umpan balik berkelanjutan;
        2. membedakan penilaian **periodik** dan **tahunan**, dan membaca realisasi tahunan (Kuantitas dijumlahkan, aspek lain diisi setahun);
        3. menentukan predikat kinerja dari rating hasil kerja dan rating perilaku kerja (kuadran kinerja);
        4. memeriksa sebaran predikat unit terhadap pola distribusi menurut predikat organisasinya
          (SE MenPANRB 3/2023);
        5. menghitung angka kredit jabatan fungsional dari predikat (PermenPANRB 1/2023).

        **Perkiraan waktu:** 90 menit (materi 30 menit, praktik dan latihan 60 menit).

        Semua data pegawai di kit ini **sintetis** (buatan), bukan data orang sungguhan.
        """),
        persiapan("persiapan", """
        # Sel persiapan: jalankan lebih dulu setiap kali membuka notebook ini.
        import math

        from bimtek.aturan import (
            MATRIKS_PREDIKAT,
            RATING,
            ak_kenaikan_pangkat,
            angka_kredit,
            capaian_iki,
            periksa_distribusi,
            predikat_kinerja,
        )
        from bimtek.data import muat
        from bimtek.latihan import pasang_bantuan_galat
        from bimtek.latihan.modul_3 import (
            PREDIKAT_SOAL_4,
            RATING_RINA,
            TUGAS,
            UNIT_SOAL_4,
            pegawai_soal_2,
            penilaian_tersimpan,
            soal_1,
            soal_2,
            soal_3,
            soal_4,
            soal_5,
            tim_kotor,
        )
        from bimtek.widgets.dari_data import form_penilaian_kelas

        pasang_bantuan_galat()
        print("Siap. Selamat berlatih!")
        """),
        teks("""
        ## Materi 1 · Dari rencana aksi sampai umpan balik

        - **Rencana aksi**: langkah yang direncanakan pegawai untuk mencapai setiap RHK, disusun pada awal periode.
        - **Bukti dukung**: dokumen yang membuktikan hasil (laporan, foto kegiatan, tangkapan layar aplikasi).
        - **Realisasi**: capaian setiap IKI. Di data contoh setiap baris triwulan (`2025-TW1` sampai `2025-TW4`)
          berisi realisasi **triwulan itu saja**. Baris **Tahunan** (kolom `jenis_periode`, `periode` = `2025`)
          berisi realisasi setahun: untuk **Kuantitas** jumlah keempat triwulan; untuk **Kualitas, Waktu, dan
          Biaya** nilai setahun yang diisi tersendiri (tidak dijumlahkan, dan bukan sekadar nilai TW4).
        - **Umpan balik berkelanjutan**: catatan atasan atas realisasi dan bukti dukung, diberikan setiap periode.

        **Penilaian periodik dan tahunan.** Frekuensi penilaian periodik (bulanan atau triwulanan) ditetapkan
        masing-masing instansi; penilaian **tahunan** menghasilkan predikat kinerja untuk SKP tahun itu.
        """),
        kode("""
        realisasi = muat("realisasi")
        iki = muat("iki")
        realisasi.head(8)
        """),
        teks("""
        ## Materi 2 · Rating dan kuadran kinerja

        Pejabat penilai memberi dua rating, masing-masing **Di Atas**, **Sesuai**, atau **Di Bawah Ekspektasi**:
        rating **hasil kerja** (dari realisasi RHK) dan rating **perilaku kerja** (dari BerAKHLAK). Predikat kinerja
        dibaca dari matriks (kuadran) berikut; baris = hasil kerja, kolom = perilaku kerja.
        """),
        kode("""
        import pandas as pd

        pd.DataFrame(
            [[MATRIKS_PREDIKAT[(h, p)] for p in reversed(RATING)] for h in RATING],
            index=[f"Hasil: {h}" for h in RATING],
            columns=[f"Perilaku: {p}" for p in reversed(RATING)],
        )
        """),
        teks("""
        Perhatikan: hasil kerja di atas ekspektasi dengan perilaku **di bawah** ekspektasi menghasilkan
        **Kurang/Misconduct**, bukan Butuh Perbaikan. Menukar sumbu adalah kesalahan yang sering terjadi.
        """),
        teks("""
        ## Materi 3 · Pola distribusi menurut predikat organisasi

        Sebelum predikat pegawai ditetapkan, capaian kinerja **organisasi** (unit) ditetapkan lebih dulu:
        Istimewa, Baik, Butuh Perbaikan, Kurang, atau Sangat Kurang. Predikat organisasi membatasi sebaran predikat
        pegawainya (SE MenPANRB 3/2023), misalnya:

        - **Istimewa**: sebagian besar, paling banyak 70%, Sangat Baik;
        - **Baik**: sebagian besar, paling banyak 70%, Baik, dan harus ada Butuh Perbaikan dan/atau Kurang;
        - **Butuh Perbaikan**: paling sedikit 60% Butuh Perbaikan, Sangat Baik paling banyak 10%.

        Fungsi `periksa_distribusi(predikat_organisasi, daftar_predikat)` memeriksa aturan lengkapnya:
        """),
        kode("""
        hasil = periksa_distribusi("Baik", ["Baik"] * 6 + ["Sangat Baik"] * 2 + ["Butuh Perbaikan"])
        print("Sesuai:", hasil.sesuai)
        hasil.pelanggaran
        """),
        teks("""
        ## Latihan

        Cara mengerjakan sama seperti modul sebelumnya: tulis jawaban di sel jawaban, periksa dengan
        `soal_N.cek()`, buka petunjuk dengan `soal_N.petunjuk()`, lalu jalankan sel uji. Soal 1 dikerjakan di
        formulir, tanpa kode.

        ### Soal 1 (3 poin) · Menilai bawahan di Form penilaian (tanpa kode)

        Jalankan sel di bawah. Anda adalah pejabat penilai. Untuk **setiap bawahan**: baca RHK, target, realisasi,
        dan bukti dukungnya; tulis **umpan balik**; pilih **rating hasil kerja** dan **rating perilaku kerja**.
        Predikat muncul seketika. Grafik di bawah formulir menggambar sebaran predikat seluruh unit (bawahan Anda
        ditambah pegawai lain di unit itu) terhadap pola yang dibolehkan predikat organisasinya.

        - **a.** Setiap bawahan punya umpan balik dan kedua rating (1 poin).
        - **b.** Predikat setiap bawahan mengikuti kuadran kinerja (2 poin). Sebaran unit ditampilkan sebagai
          bahan pertimbangan; pola distribusi **bukan** pemeringkatan paksa dan tidak dinilai di soal ini.

        Semua isian langsung tersimpan di folder `jawaban/` dan isian itulah yang dinilai.
        """),
        persiapan("form-penilaian", """
        form_penilaian = form_penilaian_kelas(TUGAS)
        form_penilaian
        """),
        jawaban_jalur_kode("jawaban-1", """
        # Nilai setiap bawahan dari hasilnya SENDIRI (tanpa mengurutkan antarbawahan). Panduan PermenPANRB 6/2022:
        # di atas = sebagian besar/semua hasil di atas ekspektasi dan tidak ada yang di bawah; di bawah = sebagian
        # besar/semua di bawah; selain itu sesuai. Capaian hanya alat bantu dan mengikuti arah aspek.
        from bimtek.aturan import capaian_iki

        for b in form_penilaian.bawahan:
            capaian = [capaian_iki(i["target"], i["realisasi"], i["aspek"])
                       for r in b["rhk"] for i in r["iki"] if i["realisasi"] is not None]
            di_atas, di_bawah = sum(c > 100 for c in capaian), sum(c < 100 for c in capaian)
            if di_atas > len(capaian) / 2 and di_bawah == 0:
                hasil_kerja = "Di Atas"
            elif di_bawah > len(capaian) / 2:
                hasil_kerja = "Di Bawah"
            else:
                hasil_kerja = "Sesuai"
            form_penilaian.nilai(b["nip"], hasil_kerja, "Sesuai",
                                 f"{di_atas} IKI di atas target, {di_bawah} di bawah; bukti dukung sudah diperiksa.")
        """, "Jalur tanpa kode: isi Form penilaian di atas; jawaban Anda tersimpan otomatis."),
        kode("""
        soal_1.cek()
        """),
        kode("""
        # Jalankan untuk petunjuk berikutnya.
        soal_1.petunjuk()
        """),
        uji("uji-1a", 1, """
        # Uji Soal 1a: umpan balik dan kedua rating untuk setiap bawahan (1 poin)
        soal_1.uji("a")
        ### BEGIN HIDDEN TESTS
        assert all(e["predikat_kinerja"] == predikat_kinerja(e["rating_hasil_kerja"], e["rating_perilaku_kerja"]) for e in penilaian_tersimpan()["bawahan"].values()), "Predikat harus sesuai kedua rating."
        ### END HIDDEN TESTS
        """),
        uji("uji-1b", 2, """
        # Uji Soal 1b: predikat setiap bawahan mengikuti kuadran kinerja (2 poin)
        soal_1.uji("b")
        ### BEGIN HIDDEN TESTS
        assert len(penilaian_tersimpan()["bawahan"]) == len(form_penilaian.bawahan), "Setiap bawahan harus dinilai."
        ### END HIDDEN TESTS
        """),
        teks("""
        ### Soal 2 (2 poin) · Realisasi tahunan dan capaian

        Pegawai soal ini dicetak di bawah.

        - **a.** Simpan di `realisasi_tahunan` sebuah dict `{iki_id: realisasi tahunan}` untuk setiap IKI pegawai itu
          (1 poin). Ambil baris periode Tahunan: untuk Kuantitas nilainya sama dengan jumlah keempat triwulan;
          aspek lain diisi setahun.
        - **b.** Simpan di `capaian` sebuah dict `{iki_id: capaian dalam persen}` dengan
          `capaian_iki(target, realisasi, aspek)` (1 poin): realisasi / target x 100 untuk Kuantitas dan Kualitas,
          target / realisasi x 100 untuk Waktu dan Biaya (makin kecil makin baik).
        """),
        kode("""
        pegawai_1 = pegawai_soal_2()
        print(pegawai_1["nama"], "-", pegawai_1["jabatan"], "- NIP", pegawai_1["nip"])
        realisasi[realisasi["nip"] == pegawai_1["nip"]]
        """),
        jawaban("jawaban-2", """
        ### BEGIN SOLUTION
        milik = realisasi[realisasi["nip"] == pegawai_1["nip"]]
        tahunan = milik[milik["jenis_periode"] == "Tahunan"]
        realisasi_tahunan = dict(zip(tahunan["iki_id"], tahunan["realisasi"]))
        data_iki = iki.set_index("iki_id")
        capaian = {k: capaian_iki(data_iki.loc[k, "target"], v, data_iki.loc[k, "aspek"])
                   for k, v in realisasi_tahunan.items()}
        ### END SOLUTION
        capaian
        """),
        kode("""
        soal_2.cek()
        """),
        uji("uji-2a", 1, """
        # Uji Soal 2a: realisasi tahunan per IKI (1 poin)
        soal_2.uji("a")
        ### BEGIN HIDDEN TESTS
        _r = realisasi[(realisasi["nip"] == pegawai_1["nip"]) & (realisasi["jenis_periode"] == "Tahunan")]
        assert all(abs(float(realisasi_tahunan[k]) - v) < 1e-9 for k, v in zip(_r["iki_id"], _r["realisasi"])), "Realisasi tahunan = baris periode Tahunan."
        ### END HIDDEN TESTS
        """),
        uji("uji-2b", 1, """
        # Uji Soal 2b: capaian per IKI (1 poin)
        soal_2.uji("b")
        ### BEGIN HIDDEN TESTS
        _i = iki.set_index("iki_id")
        assert all(abs(float(capaian[k]) - capaian_iki(_i.loc[k, "target"], float(realisasi_tahunan[k]), _i.loc[k, "aspek"])) < 0.05 for k in capaian), "Capaian = capaian_iki(target, realisasi, aspek)."
        ### END HIDDEN TESTS
        """),
        teks("""
        ### Soal 3 (2 poin) · Predikat dari kuadran

        - **a.** Bu Rina: rating hasil kerja **Di Atas Ekspektasi**, rating perilaku kerja **Di Bawah Ekspektasi**
          (`RATING_RINA`). Simpan predikatnya di `predikat_rina` (1 poin).
        - **b.** `tim = tim_kotor()` berisi rating satu tim dengan ejaan yang tidak seragam. Tambahkan kolom
          `predikat_kinerja` pada `tim` (1 poin).
        """),
        kode("""
        tim_kotor()
        """),
        jawaban("jawaban-3", """
        tim = tim_kotor()
        ### BEGIN SOLUTION
        predikat_rina = predikat_kinerja(*RATING_RINA)
        tim["predikat_kinerja"] = [
            predikat_kinerja(h, p) for h, p in zip(tim["rating_hasil_kerja"], tim["rating_perilaku_kerja"])
        ]
        ### END SOLUTION
        tim
        """),
        kode("""
        soal_3.cek()
        """),
        uji("uji-3a", 1, """
        # Uji Soal 3a: predikat Bu Rina (1 poin)
        soal_3.uji("a")
        ### BEGIN HIDDEN TESTS
        assert predikat_rina == "Kurang/Misconduct", "Hasil di atas, perilaku di bawah: Kurang/Misconduct."
        ### END HIDDEN TESTS
        """),
        uji("uji-3b", 1, """
        # Uji Soal 3b: kolom predikat tim (1 poin)
        soal_3.uji("b")
        ### BEGIN HIDDEN TESTS
        assert list(tim["predikat_kinerja"]) == ["Sangat Baik", "Kurang/Misconduct", "Butuh Perbaikan", "Baik", "Baik", "Sangat Kurang"], "Kolom predikat tim belum tepat."
        ### END HIDDEN TESTS
        """),
        teks("""
        ### Soal 4 (2 poin) · Memeriksa kurva unit

        - **a.** Sebuah unit berpredikat organisasi `UNIT_SOAL_4` memiliki pegawai dengan predikat `PREDIKAT_SOAL_4`.
          Simpan di `sesuai_kurva` apakah sebarannya sesuai pola (True/False) (1 poin).
        - **b.** Unit lain berpredikat **Butuh Perbaikan** memiliki **12** pegawai. Berapa pegawai **paling sedikit**
          yang harus berpredikat Butuh Perbaikan? Simpan di `minimal_butuh_perbaikan` (1 poin).
        """),
        jawaban("jawaban-4", """
        ### BEGIN SOLUTION
        sesuai_kurva = periksa_distribusi(UNIT_SOAL_4, PREDIKAT_SOAL_4).sesuai
        minimal_butuh_perbaikan = math.ceil(0.6 * 12)
        ### END SOLUTION
        """),
        kode("""
        soal_4.cek()
        """),
        uji("uji-4a", 1, """
        # Uji Soal 4a: apakah sebaran unit sesuai (1 poin)
        soal_4.uji("a")
        ### BEGIN HIDDEN TESTS
        assert sesuai_kurva is False, "Sebaran itu melanggar pola: Butuh Perbaikan baru 50% dan Sangat Baik 20%."
        ### END HIDDEN TESTS
        """),
        uji("uji-4b", 1, """
        # Uji Soal 4b: jumlah minimal Butuh Perbaikan (1 poin)
        soal_4.uji("b")
        ### BEGIN HIDDEN TESTS
        assert minimal_butuh_perbaikan / 12 >= 0.6 and (minimal_butuh_perbaikan - 1) / 12 < 0.6, "Paling sedikit 60% dari 12."
        ### END HIDDEN TESTS
        """),
        teks("""
        ## Materi 4 · Angka kredit jabatan fungsional

        Bagi pejabat fungsional, predikat kinerja tahunan dikonversi menjadi **angka kredit** (PermenPANRB 1/2023):
        AK = persentase predikat x koefisien tahunan jenjang (Sangat Baik 150%, Baik 100%, Butuh Perbaikan 75%,
        Kurang/Misconduct 50%, Sangat Kurang 25%). Untuk sebagian tahun, dikalikan lagi dengan bulan/12.
        """),
        kode("""
        print("Ahli Pertama, Baik, setahun:", angka_kredit("Baik", "Ahli Pertama"))
        print("Ahli Pertama, Baik, 2 bulan:", angka_kredit("Baik", "Ahli Pertama", bulan=2))
        print("AK kenaikan pangkat Ahli Pertama:", ak_kenaikan_pangkat("Ahli Pertama"))
        """),
        teks("""
        ### Soal 5 (2 poin) · Menghitung angka kredit

        - **a.** Bu Rina, Ahli Pertama, memperoleh predikat **Sangat Baik** setahun penuh. Simpan angka kreditnya di
          `ak_rina` (1 poin).
        - **b.** Seorang Ahli Muda memperoleh **Sangat Baik** setiap tahun. Setelah berapa tahun (bilangan bulat) angka
          kreditnya cukup untuk kenaikan pangkat? Simpan di `tahun_kp` (1 poin).
        """),
        jawaban("jawaban-5", """
        ### BEGIN SOLUTION
        ak_rina = angka_kredit("Sangat Baik", "Ahli Pertama")
        tahun_kp = math.ceil(ak_kenaikan_pangkat("Ahli Muda") / angka_kredit("Sangat Baik", "Ahli Muda"))
        ### END SOLUTION
        """),
        kode("""
        soal_5.cek()
        """),
        uji("uji-5a", 1, """
        # Uji Soal 5a: AK setahun Bu Rina (1 poin)
        soal_5.uji("a")
        ### BEGIN HIDDEN TESTS
        assert abs(ak_rina - 1.5 * 12.5) < 1e-6, "Sangat Baik 150% x koefisien Ahli Pertama 12,5."
        ### END HIDDEN TESTS
        """),
        uji("uji-5b", 1, """
        # Uji Soal 5b: tahun sampai cukup AK kenaikan pangkat (1 poin)
        soal_5.uji("b")
        ### BEGIN HIDDEN TESTS
        assert tahun_kp * angka_kredit("Sangat Baik", "Ahli Muda") >= ak_kenaikan_pangkat("Ahli Muda") > (tahun_kp - 1) * angka_kredit("Sangat Baik", "Ahli Muda"), "Tahun paling sedikit yang cukup."
        ### END HIDDEN TESTS
        """),
        teks("""
        ## Poin kunci

        - Selama tahun berjalan: **rencana aksi**, **bukti dukung**, **realisasi**, dan **umpan balik** berkelanjutan.
        - Realisasi tiap periode berisi periode itu saja. Realisasi tahunan: Kuantitas = jumlah semua periode;
          Kualitas, Waktu, dan Biaya diisi setahun (bukan dijumlahkan, bukan otomatis nilai periode terakhir).
        - Predikat = kuadran (rating hasil kerja, rating perilaku kerja); hasil dulu, lalu perilaku. Hasil di atas
          dengan perilaku di bawah ekspektasi adalah **Kurang/Misconduct**.
        - Predikat organisasi membatasi **sebaran** predikat pegawai unit (SE MenPANRB 3/2023); periksa kurvanya
          sebelum penilaian ditetapkan.
        - Angka kredit JF = persentase predikat x koefisien tahunan jenjang (PermenPANRB 1/2023).
        - Isian Form penilaian tersimpan otomatis di folder `jawaban/` dan ikut dinilai.
        """),
        *kirim(TUGAS),
    ]
