"""Isi notebook Modul 1 Jalur Pengguna: NIP dan NI PPPK, kartu profil, perkiraan pensiun, cek pemahaman, Kirim.

Semua poin diperoleh lewat formulir dan pilihan; kunci hanya di wilayah SOLUTION dan HIDDEN TESTS sumber ini,
dihitung dengan `bimtek.aturan` (tidak ada angka aturan yang diketik ulang).
"""

from alat.notebook.sel import kirim, kuis_dinilai, persiapan, teks, uji, widget, widget_dinilai

TUGAS = "modul-1-pengguna"
BIMTEK = {"jalur": "pengguna", "modul": 1, "judul": "NIP, profil, dan pensiun", "jp": 2}

_JK = "{'L': 'Laki-laki', 'P': 'Perempuan'}[aturan.parse_nip(NIP_SOAL).jenis_kelamin]"
_TMT = "tanggal_panjang(aturan.parse_nip(NIP_SOAL).tmt_cpns)"
_PNS = "'Benar' if isinstance(aturan.parse_nomor_induk(NI_PPPK_SOAL), aturan.InfoNIP) else 'Salah'"
_TAHUN = "aturan.parse_ni_pppk(NI_PPPK_SOAL).tahun_pengangkatan"
_STATUS = "pegawai_profil()['status_kepegawaian']"
_BUP = "aturan.batas_usia_pensiun(KASUS_PENSIUN['jenis_jabatan'], KASUS_PENSIUN['jenjang'])"


def _butir(nomor: int, nama: str, kunci: str, poin: int = 1) -> list:
    var = f"kuis_{nama.lower()}"
    return [
        widget_dinilai(f"jawaban-{nama.lower()}", f"{var} = Kuis({nama}, TUGAS, 'Butir {nomor}')",
                       f"{var}.jawab({kunci})", var),
        kuis_dinilai(f"uji-{nama.lower()}", poin, nama, kunci),
    ]


def sel() -> list:
    return [
        teks("""
        # Modul 1 · NIP, profil, dan pensiun (Jalur Pengguna)

        Nomor induk adalah kunci semua layanan kepegawaian: masuk e-Kinerja, profil SIASN, kenaikan pangkat, dan
        pensiun. Di modul ini Anda membaca NIP dan NI PPPK, memeriksa profil, dan memperkirakan pensiun, semuanya
        dengan formulir.

        **Tujuan.** Setelah modul ini Anda dapat:

        1. menjelaskan arti setiap kelompok angka NIP PNS dan NI PPPK;
        2. mencari dan membaca profil pegawai (simulasi SIASN);
        3. menentukan batas usia pensiun (BUP) dan TMT pensiun menurut jabatan.

        **Perkiraan waktu:** 75-90 menit (materi 30 menit, latihan 40-50 menit, mengirim 5 menit).

        Mulai dengan menu **Jalankan > Jalankan Semua Sel**, lalu gulir kembali ke atas (layar berpindah ke akhir
        notebook). Semua data pegawai di sini sintetis.
        """),
        persiapan("persiapan", """
        # Menyiapkan formulir latihan. Anda tidak perlu mengubah apa pun di sini.
        from bimtek import aturan
        from bimtek.data import muat
        from bimtek.latihan import pasang_bantuan_galat
        from bimtek.latihan.kuis import Kuis, nilai_isian, nilai_kuis
        from bimtek.latihan.kuis_modul_1 import (
            K1,
            K2,
            K3,
            K4,
            K5,
            K6,
            KASUS_PENSIUN,
            L1,
            L2,
            L3,
            NI_PPPK_SOAL,
            NIP_SOAL,
            TUGAS,
            pegawai_profil,
        )
        from bimtek.widgets import KartuProfil
        from bimtek.widgets.form_nip_pensiun import FormPensiun, FormUraiNIP
        from bimtek.widgets.logika_profil import tanggal_panjang

        pasang_bantuan_galat()
        print("Siap. Selamat berlatih!")
        """, tersembunyi=True),
        teks("""
        ## Materi 1 · Membaca NIP PNS

        NIP PNS terdiri atas **18 angka** (Perka BKN 22/2007 dan 43/2007), ditulis berkelompok, mis.
        `19860926 201505 1 001`:

        | Angka | Arti | Contoh |
        |---|---|---|
        | 1-8 | tanggal lahir (tahun, bulan, tanggal) | 26 September 1986 |
        | 9-14 | tahun dan bulan TMT CPNS; tanggalnya selalu 1 | 1 Mei 2015 |
        | 15 | jenis kelamin: 1 laki-laki, 2 perempuan | laki-laki |
        | 16-18 | nomor urut, biasanya 001 | 1 |

        TMT (terhitung mulai tanggal) CPNS adalah tanggal mulai menjadi calon PNS. **Masa kerja keseluruhan**, yang
        dipakai untuk pensiun, dihitung dari TMT CPNS ini.
        """),
        widget("latihan-l1", "Kuis(L1, TUGAS, 'Latihan 1')"),
        widget("latihan-l2", "Kuis(L2, TUGAS, 'Latihan 2')"),
        widget("latihan-l3", "Kuis(L3, TUGAS, 'Latihan 3')"),
        teks("""
        ### Praktik 1 · Urai NIP (dinilai)

        Ketik NIP yang tertulis di atas formulir ke kotak **NIP / NI PPPK** (spasi boleh), lalu tekan **Urai**.
        Gunakan hasilnya untuk menjawab Butir 1 dan 2.
        """),
        widget_dinilai("jawaban-urai", """
        print("NIP yang diurai:", NIP_SOAL)
        urai = FormUraiNIP(TUGAS)
        """, """
        urai.w_nomor.value = NIP_SOAL
        urai.urai()
        """, "urai"),
        uji("uji-urai", 1, """
        # Penilaian formulir urai NIP (1 poin). Tidak perlu diubah.
        _benar = None
        ### BEGIN HIDDEN TESTS
        from bimtek import jawaban as _jawaban

        _benar = aturan.bersihkan_nip(str(_jawaban.muat(TUGAS).get("urai_nip", ""))) == aturan.bersihkan_nip(NIP_SOAL)
        ### END HIDDEN TESTS
        nilai_isian(TUGAS, "urai_nip", _benar, 1, "Urai NIP")
        """, lanjut=False, tersembunyi=True),
        *_butir(1, "K1", _TMT),
        *_butir(2, "K2", _JK),
        teks("""
        ## Materi 2 · NI PPPK

        Pegawai PPPK juga ASN (UU 20/2023) dan memiliki **NI PPPK** 18 angka: tanggal lahir (8 angka), tahun
        pengangkatan (4 angka), dua angka berikutnya (pada contoh yang beredar `21`; arti dan aturannya belum
        terkonfirmasi dari sumber resmi, jadi jangan menganggapnya kode tetap), jenis kelamin (1 angka), dan nomor
        urut (3 angka). Contoh: `19931228 2025 21 2 001`.

        NI PPPK tidak memuat TMT CPNS, karena PPPK tidak melalui masa CPNS. Coba urai nomor itu dengan formulir di
        atas (boleh; yang dinilai pada Praktik 1 adalah NIP terakhir yang Anda urai, jadi urai lagi NIP soal bila
        perlu).
        """),
        *_butir(3, "K3", _PNS),
        *_butir(4, "K4", _TAHUN),
        teks("""
        ## Praktik 2 · Kartu profil (dinilai)

        Cari pegawai dengan nomor yang tertulis di atas kartu: ketik ke kotak **NIP / NI PPPK**, tekan **Cari**,
        lalu baca status kepegawaian, golongan, jabatan, dan atasan langsungnya.
        """),
        widget_dinilai("jawaban-profil", """
        print("Nomor yang dicari:", aturan.format_ni_pppk(pegawai_profil()["nip"]))
        kartu = KartuProfil(muat("pegawai"), muat("unit_kerja"), modul=TUGAS)
        """, """
        kartu.w_nip.value = pegawai_profil()["nip"]
        kartu.cari()
        """, "kartu"),
        uji("uji-profil", 1, """
        # Penilaian kartu profil (1 poin). Tidak perlu diubah.
        _benar = None
        ### BEGIN HIDDEN TESTS
        from bimtek import jawaban as _jawaban

        _benar = aturan.bersihkan_nip(str(_jawaban.muat(TUGAS).get("profil_nip", ""))) == pegawai_profil()["nip"]
        ### END HIDDEN TESTS
        nilai_isian(TUGAS, "profil_nip", _benar, 1, "Kartu profil")
        """, lanjut=False, tersembunyi=True),
        *_butir(5, "K5", _STATUS),
        teks("""
        ## Materi 3 · Batas usia pensiun (BUP) dan TMT pensiun

        - BUP menurut PP 11/2017 Ps. 239 dan UU 20/2023 Ps. 55: **58 tahun** untuk Administrator, Pengawas,
          Pelaksana, JF Ahli Pertama, Ahli Muda, dan JF keterampilan; **60 tahun** untuk JPT dan JF Ahli Madya;
          **65 tahun** untuk JF Ahli Utama.
        - Undang-undang sektoral menetapkan BUP sendiri: **guru 60 tahun**, **dosen 65 tahun**, dan **guru besar
          70 tahun** (UU 14/2005 Ps. 30 ayat 4 dan Ps. 67 ayat 4).
        - **TMT pensiun** adalah tanggal 1 bulan berikutnya setelah pegawai mencapai BUP. Contoh: lahir 14 Mei 1967
          dengan BUP 58, mencapai BUP 14 Mei 2025, TMT pensiun 1 Juni 2025.

        ### Praktik 3 · Perkiraan pensiun (dinilai)

        **Pak Ahmad** lahir **14-05-1967** dan menduduki **Jabatan Fungsional jenjang Ahli Madya**. Isi formulir
        di bawah dengan data itu (tanggal ditulis hari-bulan-tahun), lalu tekan **Hitung**.
        """),
        widget_dinilai("jawaban-pensiun", """
        pensiun = FormPensiun(TUGAS)
        """, """
        pensiun.w_lahir.value = KASUS_PENSIUN["tanggal_lahir"]
        pensiun.w_jenis.value = KASUS_PENSIUN["jenis_jabatan"]
        pensiun.w_jenjang.value = KASUS_PENSIUN["jenjang"]
        pensiun.hitung()
        """, "pensiun"),
        uji("uji-pensiun", 2, """
        # Penilaian formulir pensiun (2 poin). Tidak perlu diubah.
        _benar = None
        ### BEGIN HIDDEN TESTS
        from bimtek import jawaban as _jawaban
        from bimtek.widgets.logika_profil import baca_tanggal as _baca

        _isi = _jawaban.muat(TUGAS).get("pensiun") or {}
        _lahir = _baca(KASUS_PENSIUN["tanggal_lahir"])
        _benar = (_isi.get("jenis_jabatan") == KASUS_PENSIUN["jenis_jabatan"]
                  and _isi.get("jenjang") == KASUS_PENSIUN["jenjang"]
                  and _baca(_isi.get("tanggal_lahir", "")) == _lahir
                  and _isi.get("tmt_pensiun") == aturan.tmt_pensiun(_lahir, {_BUP}).isoformat())
        ### END HIDDEN TESTS
        nilai_isian(TUGAS, "pensiun", _benar, 2, "Perkiraan pensiun")
        """.replace("{_BUP}", _BUP), lanjut=False, tersembunyi=True),
        *_butir(6, "K6", _BUP),
        *kirim(TUGAS),
        teks("""
        ## Poin kunci

        - NIP PNS: tanggal lahir, tahun-bulan TMT CPNS (tanggal 1), jenis kelamin, nomor urut; 18 angka.
        - NI PPPK: tanggal lahir, tahun pengangkatan, dua angka yang artinya belum terkonfirmasi, jenis kelamin,
          nomor urut; 18 angka, tanpa TMT CPNS.
        - Profil dan atasan diperiksa di SIASN; data yang keliru diperbaiki di SIASN/MyASN.
        - BUP mengikuti jabatan dan jenjang (guru, dosen, dan guru besar menurut UU 14/2005); TMT pensiun adalah
          tanggal 1 bulan sesudah mencapai BUP.
        """),
    ]
