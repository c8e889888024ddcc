"""Kartu data (DATA_CARD.md): kamus data, cara pembuatan, invarian, dan perbandingan sebaran dengan angka
nasional. Ditulis ke setiap folder dataset; `sample_data/DATA_CARD.md` adalah kartu dataset kelas."""

from __future__ import annotations

import numpy as np

from bimtek.data import sebaran as S
from bimtek.data.invarian import INVARIAN
from bimtek.data.kamus import TABEL


def _persen(x: float) -> str:
    return f"{100 * x:.1f}%".replace(".", ",")


def _angka(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def tabel_sebaran(perempuan: np.ndarray, pppk: np.ndarray, jumlah_pendidikan: dict[str, int],
                  tahun_lahir: np.ndarray) -> list[tuple[str, float, float, str]]:
    """(ukuran, nilai di data, angka nasional, sumber) untuk sebaran pokok pegawai.

    Masukan: perempuan dan PPPK (bool per pegawai), jumlah pegawai per pendidikan, tahun lahir per pegawai."""
    n = len(perempuan)
    baris = [
        ("Perempuan", np.count_nonzero(perempuan) / n, S.PORSI_PEREMPUAN, "BKN 31-12-2022"),
        ("PPPK", np.count_nonzero(pppk) / n, S.PORSI_PPPK, "BKN 31-12-2023"),
    ]
    porsi = {p: k / n for p, k in jumlah_pendidikan.items() if k}
    total = sum(S.SASARAN_PENDIDIKAN.values())
    for p, k in sorted(S.SASARAN_PENDIDIKAN.items(), key=lambda x: -x[1]):
        sumber = "BKN 31-12-2023 (PNS)" if p in S.PNS_MENURUT_PENDIDIKAN_2023 else "asumsi (sisa D-I/D-II/D-IV)"
        baris.append((f"Pendidikan {p}", float(porsi.get(p, 0.0)), k / total, sumber))
    for g, (awal, akhir) in S.GENERASI_BATAS.items():
        dalam = np.count_nonzero((tahun_lahir >= awal) & (tahun_lahir <= akhir))
        baris.append((f"{g} (lahir {awal}-{akhir})", dalam / n, S.GENERASI_SUMBER[g], "BKN 30-06-2023"))
    return [(u, float(x), a, sb) for u, x, a, sb in baris]


def kartu_data(info: dict) -> str:
    """Isi DATA_CARD.md dari keterangan dataset (`Dataset.info`)."""
    b: list[str] = []
    tambah = b.append
    tambah("# Kartu Data: data sintetis ASN (Kit Bimtek e-Kinerja)\n")
    tambah("> **Data ini sintetis.** Semua nama, NIP, unit, dan nilai dibuat oleh komputer; tidak ada data orang "
           "atau instansi sungguhan. Kemiripan dengan orang atau pemda yang ada hanyalah kebetulan. Jangan dipakai "
           "sebagai data resmi.\n")
    tambah("## Ringkasan\n")
    tambah(f"- Skala: `{info['skala']}`; seed: `{info['seed']}`; tahun penilaian: {info['tahun']}; tanggal acuan: "
           f"{info['tanggal_acuan']}.")
    tambah(f"- Pegawai: {_angka(info['jumlah_pegawai'])} dalam {info['jumlah_pemda']} pemerintah daerah "
           f"({', '.join(info['contoh_instansi'])}{', ...' if info['jumlah_pemda'] > 3 else ''}).")
    tambah(f"- Cakupan tabel rinci: {info['cakupan_rinci']}.")
    pr = info["presensi"]
    tambah(f"- Presensi: {pr['mulai']} sampai {pr['selesai']}, hanya hari kerja.")
    if info.get("kotor"):
        tambah("- **Versi kotor**: berisi kekotoran yang disengaja untuk latihan pembersihan data; rinciannya di "
               "`manifest_kotor.json`. Pemeriksa invarian akan melaporkan pelanggaran pada versi ini.")
    tambah("\n| Tabel | Baris | Isi |\n|---|---:|---|")
    for nama, baris in info["jumlah_baris"].items():
        tambah(f"| `{nama}` | {_angka(baris)} | {TABEL[nama].keterangan} |")
    tambah("\n## Cara membuat ulang\n")
    tambah("Seed dan pilihan yang sama selalu menghasilkan berkas yang sama persis (byte demi byte):\n")
    kotor = " --kotor" if info.get("kotor") else ""
    tambah(f"```bash\nbimtek data buat --skala {info['skala']} --seed {info['seed']} --keluaran FOLDER{kotor}\n"
           "bimtek data periksa FOLDER\n```\n")
    tambah(f"Dari Python: `bimtek.data.buat(\"{info['skala']}\", seed={info['seed']})` mengembalikan tabel sebagai "
           "DataFrame; `bimtek.data.muat(\"pegawai\")` memuat dataset kelas bawaan.\n")
    tambah("## Cara data dibuat\n")
    tambah("- **Aturan** (susunan NIP dan NI PPPK, golongan awal menurut pendidikan, pangkat, jenjang jabatan "
           "fungsional menurut golongan, jadwal dan masa kenaikan pangkat reguler, batas usia pensiun, kuadran "
           "predikat kinerja, pola distribusi predikat, jam kerja) dibaca dari paket `bimtek.aturan`; tidak ada "
           "tabel aturan yang disalin ke generator.")
    tambah("- **Nama orang dan kota lahir** diambil dari daftar bawaan Faker `id_ID`; nama wilayah (kabupaten, "
           "kecamatan) dirangkai dari suku kata dan fiktif. Kolom dibuat sekaligus per kolom dengan numpy/pyarrow.")
    tambah("- **Organisasi**: Sekretariat Daerah dan bagian-bagiannya, Sekretariat DPRD, Inspektorat, dinas, badan, "
           "kecamatan (dan kelurahan), UPT Puskesmas dan sekolah (provinsi: cabang dinas, SMA/SMK, RSUD). Kepala "
           "perangkat daerah JPT Pratama (Sekretaris Daerah provinsi JPT Madya), sekretaris/kepala bagian/kepala "
           "bidang/camat Administrator, kepala subbagian/seksi/lurah/puskesmas Pengawas, kepala sekolah guru "
           "dengan tugas tambahan.")
    tambah("- **Atasan**: staf melapor ke kepala unitnya; kepala unit melapor ke kepala unit induk; kepala unit "
           "puncak tidak punya atasan di dalam pemda (atasannya kepala daerah, bukan ASN).")
    tambah("- **Cascading**: setiap RHK mengintervensi satu RHK utama atasan langsung (`rhk_atasan_id`); RHK utama "
           "kepala unit puncak mendukung salah satu sasaran kepala daerah (`sasaran_kepala_daerah`).")
    tambah("- **RHK dan IKI** (`katalog_kinerja`): RHK dipilih dari katalog contoh menurut keluarga jabatan pemiliknya "
           "(nama jabatan: bidan, perawat, guru, keuangan, penyuluh, dan seterusnya; jabatan pelaksana lain: "
           "administrasi); kepala unit dari templat per perspektif (Penerima Layanan, Proses Bisnis, Penguatan "
           "Internal, Anggaran), satu per perspektif berurutan. Setiap IKI diambil dari templat RHK-nya sendiri "
           "(aspek, satuan, rentang target); SKP kualitatif mendapat target deskriptif (`target_uraian`), angka "
           "target tetap ada sebagai alat bantu hitung. Realisasi aspek Waktu dan Biaya di bawah target = lebih "
           "baik (`aturan.capaian_iki`).")
    tambah("- **Penilaian**: hanya SKP berstatus Disetujui yang dinilai. Predikat organisasi setiap unit ditentukan "
           "dulu; sebaran predikat pegawai unit itu dipilih agar lolos `aturan.periksa_distribusi`; pasangan "
           "rating dipilih yang menghasilkan predikat itu menurut `aturan.predikat_kinerja`. Unit dengan 1-2 "
           "pegawai dinilai hanya dapat berpredikat organisasi Butuh Perbaikan (pola lain mustahil dipenuhi).")
    tambah("- **Kepala unit** mendapat capaian kinerja organisasi unitnya sebagai rating hasil kerja "
           "(`aturan.rating_hasil_kepala_unit`: Istimewa = Di Atas, Baik = Sesuai, selebihnya = Di Bawah Ekspektasi; "
           "konversi ini contoh, belum terkonfirmasi, dapat diganti instansi); predikatnya diambil dari kuota unit "
           "yang cocok dengan rating itu.")
    tambah(f"- **Unit yang melanggar pola** (latihan): sekitar {_persen(S.PELUANG_LANGGAR_POLA)} unit setiap tahun "
           "(asumsi) sengaja diberi sebaran yang melanggar pola predikat organisasinya (SE MenPANRB 3/2023): semua "
           "pegawai Baik, atau sebaran sah milik predikat organisasi lain. Kuncinya hanya di tabel "
           "`capaian_organisasi` (`sebaran_sesuai_pola` = Tidak), tidak di `unit_kerja` atau `penilaian`; hapus "
           "tabel itu dari folder peserta bila latihannya mencari pelanggaran. Invarian `distribusi` mengecualikan "
           "unit itu, invarian `pola_sebaran` memastikan kuncinya benar.")
    tambah("- **Dua tahun penilaian** (`penilaian_periodik`): tahun lalu dan tahun penilaian, masing-masing empat "
           "penilaian triwulanan dan satu tahunan per pegawai (baris Tahunan tahun penilaian = tabel `penilaian`). "
           "Tahun lalu: pegawai yang mulai bekerja sebelum 1 Juli tahun itu, SKP disetujui dengan peluang yang sama "
           "dengan tahun penilaian, unit dan atasan sama (tanpa mutasi), predikat organisasi diundi sendiri. Rating "
           "triwulan sama dengan rating tahunan dengan peluang 75%, selebihnya bergeser satu tingkat (asumsi). "
           "Predikat dua tahun terakhir untuk syarat KP reguler (`aturan.periksa_kenaikan_pangkat_reguler`) diambil "
           "dari baris Tahunan.")
    tambah("- **Realisasi** mengikuti rating hasil kerja akhir tahun; umpan balik dipilih sesuai rating. Per IKI "
           "ada empat baris triwulan (`jenis_periode` Triwulanan) berisi realisasi triwulan itu saja, tidak "
           "kumulatif, dan satu baris Tahunan (`periode` = tahun, seperti `penilaian_periodik`). Realisasi tahunan "
           "Kuantitas = jumlah keempat triwulan (`aturan.realisasi_tahunan`); Kualitas, Waktu, dan Biaya tahunan "
           "adalah nilai setahun tersendiri yang sesuai rating (Waktu dan Biaya makin kecil makin baik), bukan "
           "nilai triwulan terakhir. "
           "Rencana aksi penilaian diri per triwulan dari daftar contoh (baris Tahunan tanpa rencana aksi); "
           "tautan `eviden` memakai domain rekaan "
           "`bukti.ekinerja.test` (domain .test dicadangkan, RFC 2606), jadi tidak pernah menunjuk situs sungguhan.")
    tambah("- **BUP** dibaca dari `aturan.batas_usia_pensiun` dengan nama jabatan: pengecualian undang-undang "
           "(guru 60, dosen 65, guru besar 70, peneliti/perekayasa Ahli Utama 70) berlaku untuk usulan pensiun dan "
           "invarian usia.")
    tambah("- **Presensi**: Senin-Jumat di luar libur nasional, jam masuk 07.30 dan jam kerja 37,5 jam per minggu "
           "dengan istirahat 60 menit (Jumat 90 menit) dari `bimtek.aturan` (Perpres 21/2023); hanya sejak TMT "
           "pegawai. Selama Ramadan (30 hari sebelum Idul Fitri menurut paket `holidays`, perkiraan) masuk 08.00 "
           "dengan 32,5 jam per minggu. Kode TL1-TL4/PSW1-PSW4 dan `potongan_persen` harian memakai tabel CONTOH "
           "`aturan.KebijakanPresensi()` (bukan ketentuan nasional); hadir tanpa rekaman pulang = PSW4; tanpa "
           "keterangan 3%. Potongan sebulan = jumlah `potongan_persen` pegawai dalam bulan itu, paling banyak 100%.")
    tambah("- **Usulan layanan**: KP dan pensiun melewati Diusulkan -> Diverifikasi -> Pertimbangan Teknis BKN -> "
           "Disetujui (SK: nomor rekaan dan tanggal status terakhir); sebagian Berkas Dikembalikan/Ditolak dengan "
           "alasan dari daftar contoh. Kolom `dokumen` adalah CONTOH kelengkapan berkas, bukan syarat resmi.")
    tambah("- **Pemantauan SKP** (`pemantauan_skp`): setiap pemda diundi ke kelompok kepatuhan rendah (akhir tahun "
           "5-20% SKP disetujui, peluang 25%), sedang (30-65%, 35%), atau tinggi (70-95%, 40%), seperti pola "
           "\"Dairi sekitar 10% dibanding Deli Serdang sekitar 80%\" (2023); bila ada dua pemda atau lebih, paling "
           "sedikit satu pemda rendah dan satu tinggi (skala nasional atau lebih dari 150.000 pegawai; skala "
           "kelas sampai provinsi berisi satu pemda). OPD menyebar lebar di sekitarnya (skala logit, simpangan "
           "baku 0,5) dan mengisi dengan kecepatan berbeda (kumulatif per akhir bulan). Jumlah ini tidak "
           "diturunkan dari status di tabel `skp`: itu posisi pemantauan sepanjang tahun, tabel `skp` adalah "
           "posisi akhir tahun.")
    tambah("- **SAKIP** (`sakip`): nilai per OPD condong mengikuti predikat organisasinya; predikat dari "
           "`aturan.predikat_sakip` (PermenPANRB 88/2021). **Sistem merit** (`sistem_merit`): indeks per instansi "
           "diundi (bobot aspek belum terkonfirmasi, jadi indeks tidak dihitung dari aspek), nilai delapan aspek "
           "menyebar di sekitarnya; kategori dari `aturan.kategori_sistem_merit` (PermenPANRB 40/2018). Ketiga "
           "tabel ini mencakup semua pemda pada setiap skala.")
    libur = pr.get("libur_nasional", {})
    daftar_libur = "; ".join(f"{d} {n}" for d, n in libur.items()) or "tidak ada pada periode ini"
    tambah(f"- **Libur nasional** diambil dari paket Python `holidays` (Indonesia), bukan dikarang: {daftar_libur}. "
           "Cuti bersama tidak termasuk.")
    tambah("- **Usulan layanan**: kenaikan pangkat reguler untuk sebagian (asumsi 30%) PNS yang memenuhi masa "
           "4 tahun dan predikat paling rendah Baik (periode KP pertama tahun berikutnya), pensiun untuk "
           "PNS yang mencapai BUP dalam 15 bulan, serta mutasi dan cuti acak; riwayat status dibatasi sampai "
           "tanggal acuan.")
    tambah("- **Talenta**: skor potensial acak (normal, rerata 65); kategori Rendah < 55 <= Menengah < 75 <= "
           "Tinggi adalah contoh (asumsi). Kolom `kotak_talenta` dari rating hasil kerja dan potensial dengan "
           "`aturan.kotak_talenta` (PermenPANRB 3/2020).\n")


    tambah("- **Jabatan** (sisi pegawai): guru di sekolah; dokter, dokter gigi, apoteker, perawat, bidan, dan tenaga "
           "kesehatan lain di UPT Puskesmas/RSUD (gelar profesi dr., drg., apt. di depan nama; bidan perempuan); JF "
           "khas perangkat daerah (auditor di Inspektorat, penyuluh pertanian di Dinas Pertanian, dan sebagainya). "
           "Porsi tiap JF di unit kesehatan adalah asumsi. Golongan awal dokter/apoteker mengikuti pendidikan S1 "
           "(tanpa aturan khusus golongan III/b untuk profesi).")
    tambah("- **Potensial** setiap pegawai (`pegawai.skor_potensial`, `pegawai.potensial`): skor acak (normal, rerata "
           "65, sedikit lebih tinggi untuk kepala unit dan S2/S3); tabel `talenta` memakai skor yang sama.")
    tambah("- **Pengadaan** (`pengadaan`): formasi tahun sebelumnya per (instansi, jenis, jabatan). Peserta Ditetapkan "
           "= pegawai ber-TMT CPNS/PPPK pada tahun penilaian (NIP sama dengan tabel `pegawai`); usul NIP 14-60 hari "
           "sebelum penetapan, penetapan 10-40 hari sebelum TMT. Sekitar 6% peserta Ditolak (alasan dari daftar "
           "contoh) dan 8% masih Diproses; formasi tak terisi 0-2 per jabatan; pelamar rata-rata 25 per formasi "
           "CPNS dan 3 per formasi PPPK (asumsi). Mencakup semua pemda pada setiap skala.\n")
    tambah("## Invarian\n")
    tambah("Pemeriksa `bimtek data periksa FOLDER` (atau `bimtek.data.periksa(...)`) menguji setiap baris:\n")
    for kode, (judul, _) in INVARIAN.items():
        tambah(f"- `{kode}`: {judul}")
    tambah("\nJenjang PPPK tidak diperiksa terhadap golongan karena lembar fakta tidak memuat pemetaan golongan PPPK "
           "ke jenjang; PPPK jabatan fungsional diberi jenjang awal (Ahli Pertama/Terampil).\n")

    tambah("## Sebaran dibandingkan dengan angka nasional\n")
    tambah("| Ukuran | Data ini | Angka nasional | Sumber |\n|---|---:|---:|---|")
    for nama, nilai, acuan, sumber in info["sebaran"]:
        tambah(f"| {nama} | {_persen(nilai)} | {_persen(acuan)} | {sumber} |")
    tambah("\nAngka nasional pendidikan adalah sebaran PNS; generator memakainya untuk semua pegawai. Pada tanggal "
           "acuan, pegawai kelahiran Boomers sudah melewati BUP, jadi porsinya dipindahkan ke Gen X. Pada skala "
           "kecil, kepala unit (berpendidikan S1 ke atas dan berusia lebih tua) menggeser sebaran sedikit.\n")
    tambah("Asumsi generator lain (bukan aturan, dapat diubah di `bimtek/data/sebaran.py`): sebaran predikat "
           "organisasi, status SKP, status presensi dan keterlambatan, usia lulus menurut pendidikan, rentang usia "
           "kepala unit, tahun pengangkatan PPPK, serta pembagian ukuran pemda pada skala nasional (lognormal).\n")

    tambah("## Kamus data\n")
    for nama, tabel in TABEL.items():
        tambah(f"### `{nama}`\n\n{tabel.keterangan}\n")
        tambah("| Kolom | Jenis | Keterangan |\n|---|---|---|")
        for k in tabel.kolom:
            tambah(f"| `{k.nama}` | {k.jenis} | {k.keterangan} |")
        tambah("")
    tambah("## Format berkas\n")
    tambah("- CSV UTF-8 dengan BOM (Excel mengenali huruf dengan benar), pemisah koma, tanggal ISO `YYYY-MM-DD`, "
           "jam `HH:MM`, sel kosong = tidak ada nilai. Atau Parquet (`--format parquet`).")
    tambah("- **NIP adalah teks 18 angka.** Excel mengubah angka panjang menjadi notasi ilmiah dan memotong digit "
           "terakhir; buka lewat *Data > Dari Teks/CSV* dan atur kolom NIP sebagai Teks. Pada Excel berpengaturan "
           "Indonesia (pemisah daftar titik koma), cara yang sama juga memisahkan kolom dengan benar.")
    tambah("- Di pandas, `bimtek.data.muat(nama)` sudah membaca NIP sebagai teks dan tanggal sebagai tanggal. Bila "
           "membaca sendiri: `pd.read_csv(berkas, dtype={\"nip\": str, \"atasan_nip\": str})`.")
    tambah("- `metadata.json` mencatat skala, seed, periode, dan jumlah baris.")
    return "\n".join(b) + "\n"

