"""Isi notebook Modul 1 Data kepegawaian dan NIP (SIASN)."""

from alat.notebook.sel import jawaban, jawaban_jalur_kode, kirim, kode, persiapan, teks, uji

TUGAS = "modul-1-nip"
BIMTEK = {"jalur": "analis", "modul": 1, "judul": "NIP, profil, dan pensiun (Jalur Analis)", "jp": 2}


def sel() -> list:
    return [
        teks("""
        # Modul 1 · Data kepegawaian dan NIP (SIASN)

        Profil setiap ASN di SIASN (Sistem Informasi ASN milik BKN) menjadi dasar e-Kinerja dan layanan kepegawaian:
        kenaikan pangkat, pensiun, mutasi. Data yang salah di profil membuat atasan, golongan, atau tanggal pensiun
        keliru di semua layanan itu. Modul ini melatih membaca dan memeriksa data tersebut.

        **Tujuan.** Setelah modul ini Anda dapat:

        1. menguraikan NIP PNS dan NI PPPK menjadi tanggal lahir, TMT, jenis kelamin, dan nomor urut;
        2. mengaitkan golongan ruang dengan pangkat, serta jenis jabatan dan jenjang dengan golongan;
        3. menghitung usia dan masa kerja dengan benar;
        4. menentukan batas usia pensiun (BUP) dan TMT pensiun;
        5. memeriksa dan membersihkan daftar NIP yang berantakan.

        **Perkiraan waktu:** 90 menit (materi 30 menit, praktik dan latihan 60 menit).

        **Dua jalur.** Soal 1 dikerjakan dengan kartu profil tanpa menulis kode; soal 2-6 dengan kode pada data
        contoh. Semua data **sintetis**.
        """),
        teks("""
        Sel di bawah (kodenya terlipat; klik `···` untuk melihatnya) menyiapkan data, fungsi aturan, dan soal.
        **Jalankan lebih dulu** dengan Shift+Enter setiap kali membuka notebook ini.
        """),
        persiapan("persiapan", """
        # Sel persiapan: jalankan lebih dulu setiap kali membuka notebook ini.
        import re
        from datetime import date

        import pandas as pd

        from bimtek.aturan import (
            GOLONGAN_PNS,
            JENJANG_FUNGSIONAL,
            NIPTidakValid,
            batas_usia_pensiun,
            format_nip,
            masa_kerja,
            pangkat,
            parse_ni_pppk,
            parse_nip,
            tmt_pensiun,
        )
        from bimtek.data import muat
        from bimtek.latihan import pasang_bantuan_galat
        from bimtek.latihan.modul_1 import (
            NI_PPPK_SOAL_2,
            NIP_SOAL_2,
            TANGGAL_ACUAN,
            TUGAS,
            daftar_nip_kotor,
            pegawai_soal_1,
            soal_1,
            soal_2,
            soal_3,
            soal_4,
            soal_5,
            soal_6,
        )

        pasang_bantuan_galat()
        pegawai = muat("pegawai")
        print(f"Siap: {len(pegawai)} pegawai contoh dimuat.")
        """, tersembunyi=True),
        teks("""
        ## Materi 1 · Profil pegawai di SIASN

        Langkah pertama di e-Kinerja adalah memeriksa profil dan **atasan langsung** (disinkronkan dari SIASN):
        SKP Anda menginduk ke rencana hasil kerja atasan itu. Kartu di bawah meniru halaman profil SIASN.

        ### Soal 1 (1 poin, tanpa kode) · Siapa atasan langsungnya?

        1. Jalankan sel di bawah. Ketik NIP pegawai yang dicetak ke kotak **NIP / NI PPPK**, tekan **Cari**.
        2. Baca baris **Atasan langsung**. Ketik NIP atasan itu ke kotak yang sama, tekan **Cari** lagi.

        Pencarian terakhir Anda tersimpan otomatis (folder `jawaban/`) dan itulah yang dinilai.
        """),
        persiapan("kartu-profil", """
        from bimtek.widgets import KartuProfil

        print("Pegawai yang dicari:", pegawai_soal_1()["nama"], "-", format_nip(pegawai_soal_1()["nip"]))
        kartu = KartuProfil(pegawai, muat("unit_kerja"), modul=TUGAS)
        kartu
        """),
        jawaban_jalur_kode("jawaban-1", """
        kartu.w_nip.value = pegawai_soal_1()["nip"]
        kartu.cari()
        kartu.w_nip.value = kartu.data["atasan_nip"]
        kartu.cari()
        """, "Jalur tanpa kode: pakai kartu profil di atas; pencarian Anda tersimpan otomatis."),
        kode("""
        soal_1.cek()
        """),
        uji("uji-1", 1, """
        # Uji Soal 1: NIP atasan langsung di kartu profil (1 poin)
        soal_1.uji()
        ### BEGIN HIDDEN TESTS
        from bimtek import jawaban as _jawaban

        _dicari = _jawaban.muat(TUGAS)["profil_nip"].replace(" ", "")
        assert _dicari == str(pegawai_soal_1()["atasan_nip"]), "NIP terakhir di kartu profil harus NIP atasan langsung."
        ### END HIDDEN TESTS
        """),
        teks("""
        ## Materi 2 · Anatomi NIP dan NI PPPK

        **NIP PNS** terdiri atas 18 digit (Perka BKN 22/2007 dan 43/2007), ditulis berkelompok di dokumen dan
        disimpan tanpa spasi di sistem:

        | Digit | Isi | Contoh `19860926 201505 1 001` |
        |---|---|---|
        | 1-8 | tanggal lahir YYYYMMDD | 26 September 1986 |
        | 9-14 | TMT CPNS tahun + bulan (tanggalnya 1) | 1 Mei 2015 |
        | 15 | jenis kelamin: 1 laki-laki, 2 perempuan | laki-laki |
        | 16-18 | nomor urut | 001 |

        **NI PPPK** juga 18 digit: tanggal lahir (8), tahun pengangkatan (4), dua digit `21` pada contoh yang
        beredar, jenis kelamin (1), nomor urut (3), mis. `19931228 2025 21 2 001`. Arti dan aturan dua digit itu belum
        terkonfirmasi dari sumber resmi: jangan menganggapnya kode tetap.

        Fungsi `parse_nip` menguraikan NIP, dan menolak NIP yang tidak sah sambil menyebut bagian yang salah:
        """),
        kode("""
        parse_nip("19860926 201505 1 001")
        """),
        kode("""
        parse_nip("19860926 201513 1 001")  # bulan 13 tidak ada
        """, sengaja_gagal=True),
        teks("""
        ### Soal 2 (4 poin) · Uraikan sendiri

        Tanpa `parse_nip`, baca NIP `NIP_SOAL_2` = **19910403 201903 2 004** dan NI PPPK `NI_PPPK_SOAL_2` =
        **19931228 2025 21 2 001**, lalu isi:

        - **a.** `tanggal_lahir_2`: tanggal lahir (tulis `date(tahun, bulan, hari)`);
        - **b.** `tmt_cpns_2`: TMT CPNS (tanggal);
        - **c.** `jenis_kelamin_2`: `"L"` atau `"P"`;
        - **d.** `tahun_pengangkatan_pppk`: tahun pengangkatan dari NI PPPK (angka).
        """),
        jawaban("jawaban-2", """
        ### BEGIN SOLUTION
        tanggal_lahir_2 = date(1991, 4, 3)
        tmt_cpns_2 = date(2019, 3, 1)
        jenis_kelamin_2 = "P"
        tahun_pengangkatan_pppk = 2025
        ### END SOLUTION
        """),
        kode("""
        soal_2.cek()
        """),
        uji("uji-2a", 1, """
        # Uji Soal 2a: tanggal lahir (1 poin)
        soal_2.uji("a")
        ### BEGIN HIDDEN TESTS
        assert tanggal_lahir_2 == parse_nip(NIP_SOAL_2).tanggal_lahir, "Tanggal lahir dari digit 1-8."
        ### END HIDDEN TESTS
        """),
        uji("uji-2b", 1, """
        # Uji Soal 2b: TMT CPNS (1 poin)
        soal_2.uji("b")
        ### BEGIN HIDDEN TESTS
        assert tmt_cpns_2.day == 1 and tmt_cpns_2 == parse_nip(NIP_SOAL_2).tmt_cpns, "TMT CPNS dari digit 9-14, tanggal 1."
        ### END HIDDEN TESTS
        """),
        uji("uji-2c", 1, """
        # Uji Soal 2c: jenis kelamin (1 poin)
        soal_2.uji("c")
        ### BEGIN HIDDEN TESTS
        assert jenis_kelamin_2 in ("L", "P") and jenis_kelamin_2 == parse_nip(NIP_SOAL_2).jenis_kelamin, "Digit ke-15."
        ### END HIDDEN TESTS
        """),
        uji("uji-2d", 1, """
        # Uji Soal 2d: tahun pengangkatan PPPK (1 poin)
        soal_2.uji("d")
        ### BEGIN HIDDEN TESTS
        assert tahun_pengangkatan_pppk == parse_ni_pppk(NI_PPPK_SOAL_2).tahun_pengangkatan, "Digit 9-12 NI PPPK."
        ### END HIDDEN TESTS
        """),
        teks("""
        ## Materi 3 · Golongan, pangkat, jabatan, dan jenjang

        PNS punya 17 golongan ruang, dari I/a (Juru Muda) sampai IV/e (Pembina Utama); setiap golongan punya satu
        nama pangkat. PPPK bergolongan I-XVII **tanpa** ruang dan tanpa pangkat.
        """),
        kode("""
        pd.DataFrame({"golongan": GOLONGAN_PNS, "pangkat": [pangkat(g) for g in GOLONGAN_PNS]})
        """),
        teks("""
        Jabatan dibagi menjadi **manajerial** (JPT Utama, JPT Madya, JPT Pratama, Administrator, Pengawas) dan
        **nonmanajerial** (Fungsional, Pelaksana). Jabatan fungsional berjenjang, dan setiap jenjang hanya untuk
        rentang golongan tertentu:
        """),
        kode("""
        JENJANG_FUNGSIONAL
        """),
        kode("""
        pegawai[["nama", "status_kepegawaian", "golongan", "pangkat", "jenis_jabatan", "jabatan", "jenjang"]].head(10)
        """),
        teks("""
        ### Soal 3 (2 poin) · Golongan PNS di instansi ini

        - **a.** `jumlah_per_golongan`: jumlah **PNS** per golongan sebagai Series, urut I/a sampai IV/e (urutan
             `GOLONGAN_PNS`), dengan 0 untuk golongan tanpa pegawai.
        - **b.** `pangkat_terbanyak`: nama pangkat dari golongan yang paling banyak PNS-nya.
        """),
        jawaban("jawaban-3", """
        ### BEGIN SOLUTION
        pns = pegawai[pegawai["status_kepegawaian"] == "PNS"]
        jumlah_per_golongan = pns["golongan"].value_counts().reindex(GOLONGAN_PNS, fill_value=0)
        pangkat_terbanyak = pangkat(jumlah_per_golongan.idxmax())
        ### END SOLUTION
        jumlah_per_golongan
        """),
        kode("""
        soal_3.cek()
        """),
        uji("uji-3a", 1, """
        # Uji Soal 3a: jumlah PNS per golongan (1 poin)
        soal_3.uji("a")
        ### BEGIN HIDDEN TESTS
        _pegawai = muat("pegawai")
        assert int(jumlah_per_golongan.sum()) == int((_pegawai["status_kepegawaian"] == "PNS").sum()), "Total = jumlah PNS."
        assert list(jumlah_per_golongan.index) == list(GOLONGAN_PNS), "Urut I/a sampai IV/e."
        ### END HIDDEN TESTS
        """),
        uji("uji-3b", 1, """
        # Uji Soal 3b: pangkat golongan terbanyak (1 poin)
        soal_3.uji("b")
        ### BEGIN HIDDEN TESTS
        assert pangkat_terbanyak in [pangkat(g) for g in GOLONGAN_PNS], "Harus salah satu nama pangkat PNS."
        ### END HIDDEN TESTS
        """),
        teks("""
        ## Materi 4 · Usia dan masa kerja

        Usia dihitung dalam **tahun penuh**: seseorang yang lahir 15 Juni 1990 baru berusia 35 tahun pada 15 Juni
        2025. Membagi selisih hari dengan 365 meleset di sekitar hari ulang tahun karena tahun kabisat.

        **Masa kerja keseluruhan** (sejak diangkat CPNS, mis. untuk pensiun) dihitung dari **TMT CPNS** dalam tahun
        dan bulan penuh. Masa kerja golongan (untuk gaji berkala dan kenaikan pangkat) dihitung lain dan tidak
        dibahas di sini. Fungsi `masa_kerja(mulai, pada)`
        menghitungnya:
        """),
        kode("""
        masa_kerja(date(2015, 5, 1), TANGGAL_ACUAN)
        """),
        teks("""
        ### Soal 4 (3 poin) · Usia dan masa kerja

        - **a.** (2 poin) Tulis fungsi `hitung_usia(tanggal_lahir, pada)` yang mengembalikan usia dalam tahun penuh.
        - **b.** (1 poin) `masa_kerja_2`: masa kerja (tahun, bulan) pegawai Soal 2 pada `TANGGAL_ACUAN`.
        """),
        jawaban("jawaban-4", """
        def hitung_usia(tanggal_lahir, pada):
            ### BEGIN SOLUTION
            belum_ulang_tahun = (pada.month, pada.day) < (tanggal_lahir.month, tanggal_lahir.day)
            return pada.year - tanggal_lahir.year - int(belum_ulang_tahun)
            ### END SOLUTION


        ### BEGIN SOLUTION
        masa_kerja_2 = masa_kerja(parse_nip(NIP_SOAL_2).tmt_cpns, TANGGAL_ACUAN)
        ### END SOLUTION
        """),
        kode("""
        soal_4.cek()
        """),
        uji("uji-4a", 2, """
        # Uji Soal 4a: fungsi hitung_usia (2 poin)
        soal_4.uji("a")
        ### BEGIN HIDDEN TESTS
        assert hitung_usia(date(2000, 2, 29), date(2021, 2, 28)) == 20, "Lahir 29 Februari: ulang tahun belum tiba pada 28 Februari."
        assert hitung_usia(date(2000, 2, 29), date(2021, 3, 1)) == 21, "Lahir 29 Februari: pada 1 Maret sudah berulang tahun."
        assert hitung_usia(date(1980, 1, 1), date(1980, 1, 1)) == 0, "Hari kelahiran: usia 0."
        ### END HIDDEN TESTS
        """),
        uji("uji-4b", 1, """
        # Uji Soal 4b: masa kerja (1 poin)
        soal_4.uji("b")
        ### BEGIN HIDDEN TESTS
        assert tuple(masa_kerja_2) == (6, 9), "TMT 1 Maret 2019 sampai 31 Desember 2025: 6 tahun 9 bulan."
        ### END HIDDEN TESTS
        """),
        teks("""
        ## Materi 5 · Batas usia pensiun (BUP) dan TMT pensiun

        Menurut PP 11/2017 Ps. 239 (jo. UU 20/2023), BUP bergantung pada jabatan:

        - **58 tahun**: Administrator, Pengawas, Pelaksana, JF Ahli Pertama, Ahli Muda, dan semua JF keterampilan;
        - **60 tahun**: JPT Utama, Madya, Pratama, dan JF Ahli Madya;
        - **65 tahun**: JF Ahli Utama;
        - undang-undang sektoral: **guru 60**, **dosen 65**, **guru besar 70** (UU 14/2005 Ps. 30 ayat 4 dan Ps. 67
          ayat 4). Karena itu `batas_usia_pensiun` juga menerima nama jabatan: `jabatan=...`.

        **TMT pensiun** adalah tanggal 1 bulan berikutnya setelah bulan pegawai mencapai BUP. Contoh: lahir
        14 Mei 1967, BUP 58, TMT pensiun 1 Juni 2025. Jangan mengetik angka BUP sendiri: selalu ambil dari fungsi.
        """),
        kode("""
        bup = batas_usia_pensiun("Fungsional", "Ahli Madya")
        bup, tmt_pensiun(date(1967, 5, 14), 58)
        """),
        teks("""
        **Menerapkan fungsi ke setiap baris.** `tabel.apply(fungsi, axis=1)` memanggil `fungsi` untuk setiap baris
        (`axis=1` berarti per baris) dan mengumpulkan hasilnya menjadi kolom baru. `lambda b: ...` adalah fungsi
        satu baris tanpa nama; `b` adalah satu baris tabel, dan `b["kolom"]` isinya. Contoh pada lima baris:
        """),
        kode("""
        contoh = pegawai.head().copy()
        contoh["panjang_nama"] = contoh.apply(lambda b: len(b["nama"]), axis=1)
        contoh[["nama", "panjang_nama"]]
        """),
        teks("""
        **Dua kolom sekaligus.** `zip(kolom_a, kolom_b)` memasangkan isi dua kolom baris demi baris, dan
        `[... for a, b in zip(...)]` membuat daftar hasilnya:
        """),
        kode("""
        [f"{nama} ({jk})" for nama, jk in zip(contoh["nama"], contoh["jenis_kelamin"])]
        """),
        teks("""
        ### Soal 5 (4 poin) · Proyeksi pensiun PNS

        Buat tabel `pensiun` berisi **semua PNS** (salinan dari `pegawai`), lalu tambahkan:

        - **a.** (2 poin) kolom `bup`: BUP setiap pegawai menurut jenis jabatan dan jenjangnya;
        - **b.** (2 poin) kolom `tmt_pensiun`: TMT pensiun setiap pegawai.
        """),
        jawaban("jawaban-5", """
        ### BEGIN SOLUTION
        pensiun = pegawai[pegawai["status_kepegawaian"] == "PNS"].copy()
        pensiun["bup"] = pensiun.apply(
            lambda b: batas_usia_pensiun(b["jenis_jabatan"], b["jenjang"], jabatan=b["jabatan"]), axis=1
        )
        tanggal_lahir = pd.to_datetime(pensiun["tanggal_lahir"]).dt.date
        pensiun["tmt_pensiun"] = [tmt_pensiun(t, int(b)) for t, b in zip(tanggal_lahir, pensiun["bup"])]
        ### END SOLUTION
        pensiun[["nama", "jenis_jabatan", "jenjang", "tanggal_lahir", "bup", "tmt_pensiun"]].head()
        """),
        kode("""
        soal_5.cek()
        """),
        uji("uji-5a", 2, """
        # Uji Soal 5a: kolom bup (2 poin)
        soal_5.uji("a")
        ### BEGIN HIDDEN TESTS
        _pns = pegawai[pegawai["status_kepegawaian"] == "PNS"]
        _bup = {n: batas_usia_pensiun(j, g if isinstance(g, str) else None, jabatan=a)
                for n, j, g, a in zip(_pns["nip"], _pns["jenis_jabatan"], _pns["jenjang"], _pns["jabatan"])}
        assert all(_bup[n] == b for n, b in zip(pensiun["nip"], pensiun["bup"])), "BUP per pegawai menurut aturan."
        ### END HIDDEN TESTS
        """),
        uji("uji-5b", 2, """
        # Uji Soal 5b: kolom tmt_pensiun (2 poin)
        soal_5.uji("b")
        ### BEGIN HIDDEN TESTS
        assert (pd.to_datetime(pensiun["tmt_pensiun"]).dt.day == 1).all(), "TMT pensiun selalu tanggal 1."
        ### END HIDDEN TESTS
        """),
        teks("""
        ## Materi 6 · Daftar NIP yang berantakan

        Rekap yang dikirim unit kerja sering berisi NIP berspasi, bertitik, terpotong, tertukar huruf O dan angka
        0, atau tercatat dua kali. Excel bahkan bisa mengubah NIP menjadi angka dan menghilangkan digit terakhir:
        simpan kolom NIP sebagai **teks**. Sebelum dicocokkan dengan SIASN, daftar harus dirapikan.
        """),
        kode("""
        daftar_nip_kotor()
        """),
        teks("""
        **Membuang beberapa karakter sekaligus.** `re.sub(pola, pengganti, teks)` mengganti setiap karakter yang
        cocok dengan pola. Pola `[\\s.\\-]` berarti "spasi, titik, atau tanda hubung":
        """),
        kode("""
        re.sub(r"[\\s.\\-]", "", " 19860926.201505-1 001 ")
        """),
        teks("""
        **Menangani nomor yang tidak sah.** `parse_nip` menghentikan sel dengan galat `NIPTidakValid` bila NIP tidak
        sah. Blok `try:` yang diikuti `except NIPTidakValid` menangkap galat itu sehingga program dapat melanjutkan:
        """),
        kode("""
        for nomor in ["198609262015051001", "19860926201505"]:
            try:
                parse_nip(nomor)
                print(nomor, "sah")
            except NIPTidakValid as galat:
                print(nomor, "tidak sah:", galat)
        """),
        teks("""
        ### Soal 6 (4 poin) · Rapikan daftar NIP

        - **a.** (2 poin) Tulis fungsi `rapikan_nip(teks)` yang membuang spasi, titik, dan tanda hubung, lalu
             mengembalikan NIP 18 digit bila sah (menurut `parse_nip`), atau `None` bila tidak sah atau kosong.
        - **b.** (2 poin) `nip_sah`: daftar NIP sah yang berbeda dari `daftar_nip_kotor()`, dengan urutan kemunculan
             pertama.
        """),
        jawaban("jawaban-6", """
        def rapikan_nip(teks):
            ### BEGIN SOLUTION
            if not isinstance(teks, str):
                return None
            bersih = re.sub(r"[\\s.\\-]", "", teks)
            try:
                parse_nip(bersih)
            except NIPTidakValid:
                return None
            return bersih
            ### END SOLUTION


        ### BEGIN SOLUTION
        nip_sah = []
        for nip in daftar_nip_kotor():
            rapi = rapikan_nip(nip)
            if rapi is not None and rapi not in nip_sah:
                nip_sah.append(rapi)
        ### END SOLUTION
        nip_sah
        """),
        kode("""
        soal_6.cek()
        """),
        uji("uji-6a", 2, """
        # Uji Soal 6a: fungsi rapikan_nip (2 poin)
        soal_6.uji("a")
        ### BEGIN HIDDEN TESTS
        assert rapikan_nip("19860926-201505-1-001") == "198609262015051001", "Tanda hubung dibuang."
        assert rapikan_nip("19860926 201505 1 000") is None, "Nomor urut 000 tidak sah."
        assert rapikan_nip("") is None, "Teks kosong tidak sah."
        ### END HIDDEN TESTS
        """),
        uji("uji-6b", 2, """
        # Uji Soal 6b: daftar nip_sah (2 poin)
        soal_6.uji("b")
        ### BEGIN HIDDEN TESTS
        assert all(len(n) == 18 and n.isdigit() for n in nip_sah), "Setiap NIP 18 angka tanpa pemisah."
        assert len(nip_sah) == len(set(nip_sah)), "Tanpa NIP ganda."
        ### END HIDDEN TESTS
        """),
        teks("""
        ## Poin kunci

        - NIP PNS = tanggal lahir (8) + TMT CPNS tahun-bulan (6) + jenis kelamin (1) + nomor urut (3); NI PPPK =
          tanggal lahir (8) + tahun pengangkatan (4) + dua digit (pada contoh `21`, artinya belum terkonfirmasi) +
          jenis kelamin (1) + nomor urut (3).
        - TMT CPNS dalam NIP selalu tanggal 1; jenis kelamin 1 = L, 2 = P.
        - Golongan ruang PNS menentukan pangkat; PPPK bergolongan I-XVII tanpa ruang dan tanpa pangkat.
        - Usia dan masa kerja keseluruhan (dari TMT CPNS) dihitung dalam tahun (dan bulan) **penuh**.
        - BUP menurut jabatan dan jenjang ada di `bimtek.aturan` (guru 60, dosen 65, guru besar 70 menurut
          UU 14/2005); TMT pensiun = tanggal 1 bulan sesudah mencapai BUP.
        - Simpan NIP sebagai teks, rapikan pemisahnya, dan periksa keabsahannya sebelum dipakai.
        """),
        *kirim(TUGAS),
    ]
