"""Kamus data: setiap tabel dan kolom dataset sintetis, jenis nilainya, dan artinya.

Satu-satunya tempat nama kolom didefinisikan: generator, penulis berkas, pemuat, pemeriksa, dan kartu data
membacanya dari sini, sehingga `muat()` dan `buat()` selalu memberi bentuk tabel yang sama.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

# Jenis nilai kolom. "nip" dan "teks" disimpan sebagai teks (NIP 18 digit tidak boleh menjadi angka),
# "tanggal" ISO YYYY-MM-DD, "waktu" HH:MM, "bilangan" bulat (boleh kosong), "desimal" pecahan.
JENIS_KOLOM = ("nip", "teks", "tanggal", "waktu", "bilangan", "desimal")


@dataclass(frozen=True)
class Kolom:
    nama: str
    jenis: str
    keterangan: str


@dataclass(frozen=True)
class Tabel:
    nama: str
    keterangan: str
    kolom: tuple[Kolom, ...]

    @property
    def nama_kolom(self) -> list[str]:
        return [k.nama for k in self.kolom]

    def kolom_berjenis(self, *jenis: str) -> list[str]:
        return [k.nama for k in self.kolom if k.jenis in jenis]


def _t(nama: str, keterangan: str, *kolom: tuple[str, str, str]) -> Tabel:
    return Tabel(nama, keterangan, tuple(Kolom(*k) for k in kolom))


TABEL: dict[str, Tabel] = {t.nama: t for t in (
    _t("unit_kerja", "Pohon organisasi pemerintah daerah: satu baris per unit kerja.",
       ("unit_kerja_id", "teks", "Kode unit kerja, unik."),
       ("nama", "teks", "Nama unit kerja."),
       ("jenis_unit", "teks", "Jenis unit: Sekretariat Daerah, Bagian, Dinas, Badan, Inspektorat, Kecamatan, "
                              "Bidang, Seksi, UPT Puskesmas, Sekolah, dan sebagainya."),
       ("induk_id", "teks", "Unit induk (kosong untuk unit puncak di bawah kepala daerah)."),
       ("instansi", "teks", "Nama pemerintah daerah (instansi) pemilik unit."),
       ("kepala_nip", "nip", "NIP kepala unit."),
       ("jabatan_kepala", "teks", "Nama jabatan kepala unit."),
       ("predikat_organisasi", "teks", "Capaian kinerja organisasi unit pada tahun penilaian."),
       ("tahun", "bilangan", "Tahun penilaian predikat organisasi.")),
    _t("pegawai", "Data pokok ASN (PNS dan PPPK): satu baris per pegawai.",
       ("nip", "nip", "NIP PNS (18 digit) atau NI PPPK (18 digit)."),
       ("nama", "teks", "Nama lengkap dengan gelar akademik yang sesuai pendidikan."),
       ("jenis_kelamin", "teks", "L (laki-laki) atau P (perempuan)."),
       ("tempat_lahir", "teks", "Kota tempat lahir."),
       ("tanggal_lahir", "tanggal", "Tanggal lahir."),
       ("status_kepegawaian", "teks", "PNS atau PPPK."),
       ("tmt_cpns", "tanggal", "TMT CPNS (hanya PNS; tanggal 1 bulan pengangkatan)."),
       ("golongan", "teks", "Golongan ruang PNS (I/a..IV/e) atau golongan PPPK (I..XVII)."),
       ("pangkat", "teks", "Pangkat PNS sesuai golongan (kosong untuk PPPK)."),
       ("tmt_golongan", "tanggal", "TMT golongan terakhir (PPPK: TMT pengangkatan)."),
       ("pendidikan", "teks", "Pendidikan terakhir: SD, SMP, SMA, D-I, D-II, D-III, D-IV, S1, S2, S3."),
       ("jenis_jabatan", "teks", "JPT Madya, JPT Pratama, Administrator, Pengawas, Pelaksana, atau Fungsional."),
       ("jabatan", "teks", "Nama jabatan."),
       ("jenjang", "teks", "Jenjang jabatan fungsional (kosong untuk jabatan lain)."),
       ("unit_kerja_id", "teks", "Unit kerja tempat pegawai bertugas."),
       ("atasan_nip", "nip", "NIP atasan langsung (kosong untuk kepala unit puncak)."),
       ("email", "teks", "Surel dinas."),
       ("skor_potensial", "desimal", "Skor asesmen potensial terakhir 0-100 (untuk kotak 9 manajemen talenta)."),
       ("potensial", "teks", "Rendah, Menengah, atau Tinggi menurut skor_potensial (ambang contoh: 55 dan 75).")),
    _t("skp", "Sasaran Kinerja Pegawai: satu SKP per pegawai per periode tahunan.",
       ("skp_id", "teks", "Kode SKP, unik."),
       ("nip", "nip", "Pemilik SKP."),
       ("periode", "teks", "Periode penilaian (tahunan)."),
       ("tanggal_mulai", "tanggal", "Awal periode SKP."),
       ("tanggal_selesai", "tanggal", "Akhir periode SKP."),
       ("pendekatan", "teks", "Kuantitatif atau Kualitatif."),
       ("status", "teks", "Draft, Diajukan, Disetujui, atau Ditolak."),
       ("pejabat_penilai_nip", "nip", "NIP pejabat penilai kinerja (atasan langsung).")),
    _t("rhk", "Rencana Hasil Kerja dalam SKP, dengan RHK atasan yang diintervensi (cascading).",
       ("rhk_id", "teks", "Kode RHK, unik."),
       ("skp_id", "teks", "SKP pemilik RHK."),
       ("nip", "nip", "Pemilik RHK."),
       ("jenis_rhk", "teks", "Utama atau Tambahan."),
       ("rencana_hasil_kerja", "teks", "Rumusan hasil kerja."),
       ("perspektif", "teks", "Perspektif (hanya kepala unit dengan pendekatan kuantitatif)."),
       ("rhk_atasan_id", "teks", "RHK atasan yang diintervensi (kosong untuk kepala unit puncak)."),
       ("sasaran_kepala_daerah", "teks", "Sasaran kepala daerah yang didukung (hanya RHK kepala unit puncak).")),
    _t("iki", "Indikator Kinerja Individu untuk setiap RHK.",
       ("iki_id", "teks", "Kode IKI, unik."),
       ("rhk_id", "teks", "RHK yang diukur."),
       ("indikator", "teks", "Rumusan indikator."),
       ("aspek", "teks", "Kuantitas, Kualitas, Waktu, atau Biaya."),
       ("target", "desimal", "Target tahunan."),
       ("satuan", "teks", "Satuan target."),
       ("target_uraian", "teks", "Target deskriptif untuk SKP pendekatan kualitatif (kosong untuk kuantitatif; angka "
                                 "target tetap ada sebagai alat bantu hitung).")),
    _t("realisasi", "Realisasi setiap IKI: empat baris triwulanan dan satu baris tahunan, dengan bukti dukung dan "
                    "umpan balik atasan.",
       ("realisasi_id", "teks", "Kode realisasi, unik."),
       ("iki_id", "teks", "IKI yang direalisasikan."),
       ("nip", "nip", "Pemilik IKI."),
       ("periode", "teks", "Triwulan (mis. 2025-TW1) atau tahun untuk baris tahunan (mis. 2025)."),
       ("realisasi", "desimal", "Realisasi pada periode itu saja (tidak kumulatif). Baris tahunan: untuk Kuantitas "
                                "jumlah keempat triwulan (aturan.realisasi_tahunan); untuk Kualitas, Waktu, dan "
                                "Biaya nilai setahun yang diisi tersendiri (tidak dijumlahkan)."),
       ("bukti_dukung", "teks", "Nama berkas bukti dukung."),
       ("umpan_balik", "teks", "Umpan balik berkelanjutan dari atasan."),
       ("rencana_aksi", "teks", "Rencana aksi penilaian diri pegawai untuk triwulan itu (kosong pada baris "
                                "tahunan)."),
       ("eviden", "teks", "Tautan bukti dukung (eviden) di domain rekaan bukti.ekinerja.test (tidak ada di "
                          "internet)."),
       ("jenis_periode", "teks", "Triwulanan atau Tahunan.")),
    _t("penilaian", "Penilaian kinerja tahunan: rating hasil kerja, rating perilaku kerja, predikat.",
       ("nip", "nip", "Pegawai yang dinilai."),
       ("periode", "teks", "Periode penilaian (tahunan)."),
       ("skp_id", "teks", "SKP yang dinilai."),
       ("unit_kerja_id", "teks", "Unit kerja pegawai saat dinilai."),
       ("pejabat_penilai_nip", "nip", "NIP pejabat penilai (kosong untuk kepala unit puncak)."),
       ("rating_hasil_kerja", "teks", "Di Atas Ekspektasi, Sesuai Ekspektasi, atau Di Bawah Ekspektasi."),
       ("rating_perilaku_kerja", "teks", "Di Atas Ekspektasi, Sesuai Ekspektasi, atau Di Bawah Ekspektasi."),
       ("predikat_kinerja", "teks", "Predikat dari kuadran kinerja (PermenPANRB 6/2022).")),
    _t("presensi", "Presensi harian pada hari kerja (Senin-Jumat, bukan libur nasional).",
       ("nip", "nip", "Pegawai."),
       ("tanggal", "tanggal", "Hari kerja."),
       ("status", "teks", "Hadir, Dinas Luar, Izin, Sakit, Cuti, atau Tanpa Keterangan."),
       ("jam_masuk", "waktu", "Jam presensi masuk (kosong bila tidak ada rekaman)."),
       ("jam_pulang", "waktu", "Jam presensi pulang (kosong bila tidak ada rekaman)."),
       ("jam_masuk_baku", "waktu", "Jam masuk menurut Perpres 21/2023: 07:30, atau 08:00 selama Ramadan."),
       ("jam_pulang_baku", "waktu", "Jam pulang baku: jam masuk + 7 jam 30 menit (Ramadan 6 jam 30 menit) + "
                                    "istirahat 60 menit (Jumat 90 menit)."),
       ("kode_tl", "teks", "Kode terlambat TL1-TL4 menurut tabel contoh potongan (kosong bila tepat waktu)."),
       ("kode_psw", "teks", "Kode pulang sebelum waktunya PSW1-PSW4; PSW4 bila hadir tanpa rekaman pulang."),
       ("potongan_persen", "desimal", "Potongan tunjangan kinerja hari itu (persen): TL + PSW, atau 3 untuk "
                                      "Tanpa Keterangan (tabel contoh, bukan ketentuan nasional).")),
    _t("usulan_layanan", "Usulan layanan kepegawaian daring dengan riwayat statusnya.",
       ("usulan_id", "teks", "Kode usulan, unik."),
       ("nip", "nip", "Pegawai yang diusulkan."),
       ("jenis_layanan", "teks", "Kenaikan Pangkat, Pensiun, Mutasi, atau Cuti."),
       ("tanggal_usul", "tanggal", "Tanggal usulan dikirim."),
       ("status", "teks", "Status terakhir."),
       ("riwayat_status", "teks", "Riwayat status: 'YYYY-MM-DD Status' dipisah ' | '."),
       ("keterangan", "teks", "Rincian usulan (mis. TMT yang diusulkan, jenis cuti)."),
       ("dokumen", "teks", "Dokumen yang diunggah, dipisah '; ' (contoh kelengkapan berkas, bukan syarat resmi)."),
       ("alasan", "teks", "Alasan bila status Berkas Dikembalikan atau Ditolak (kosong untuk status lain)."),
       ("nomor_sk", "teks", "Nomor keputusan rekaan bila usulan Disetujui (kosong untuk status lain)."),
       ("tanggal_sk", "tanggal", "Tanggal keputusan: tanggal status Disetujui.")),
    _t("talenta", "Hasil asesmen potensial untuk manajemen talenta (kotak 9).",
       ("nip", "nip", "Pegawai (PNS yang sudah dinilai)."),
       ("periode", "teks", "Periode asesmen."),
       ("skor_potensial", "desimal", "Skor asesmen potensial 0-100."),
       ("potensial", "teks", "Rendah, Menengah, atau Tinggi."),
       ("kotak_talenta", "bilangan", "Kotak talenta 1-9 dari rating hasil kerja tahun itu dan potensial "
                                     "(PermenPANRB 3/2020); 7-9 adalah kelompok talenta.")),
    _t("pemantauan_skp", "Kemajuan pengisian SKP setiap OPD pada akhir setiap bulan (pemantauan BKPSDM).",
       ("instansi", "teks", "Pemerintah daerah pemilik OPD."),
       ("unit_kerja_id", "teks", "OPD (unit puncak di bawah kepala daerah)."),
       ("tanggal", "tanggal", "Tanggal posisi data (akhir bulan)."),
       ("jumlah_pegawai", "bilangan", "Pegawai di OPD itu dan semua unit di bawahnya."),
       ("jumlah_skp_disetujui", "bilangan", "Pegawai yang SKP-nya sudah disetujui sampai tanggal itu (kumulatif)."),
       ("persen_skp_disetujui", "desimal", "100 x jumlah_skp_disetujui / jumlah_pegawai, satu desimal.")),
    _t("sakip", "Nilai evaluasi SAKIP setiap OPD (PermenPANRB 88/2021).",
       ("instansi", "teks", "Pemerintah daerah pemilik OPD."),
       ("unit_kerja_id", "teks", "OPD yang dievaluasi."),
       ("tahun", "bilangan", "Tahun evaluasi."),
       ("nilai_sakip", "desimal", "Nilai evaluasi 0-100."),
       ("predikat_sakip", "teks", "AA, A, BB, B, CC, C, atau D menurut nilai.")),
    _t("sistem_merit", "Penilaian mandiri sistem merit setiap instansi: delapan aspek (PermenPANRB 40/2018).",
       ("instansi", "teks", "Pemerintah daerah yang dinilai."),
       ("tahun", "bilangan", "Tahun penilaian."),
       ("aspek", "teks", "Salah satu dari delapan aspek sistem merit."),
       ("nilai_aspek", "desimal", "Nilai aspek pada skala 100-400."),
       ("indeks", "desimal", "Indeks sistem merit instansi 100-400 (hasil penilaian, bukan dihitung dari aspek: "
                             "bobot aspek belum terkonfirmasi)."),
       ("kategori", "teks", "Kategori indeks: I Buruk, II Kurang, III Baik, IV Sangat Baik.")),
    _t("penilaian_periodik", "Penilaian periodik (triwulanan) dan tahunan untuk tahun lalu dan tahun penilaian: "
                             "predikat dua tahun terakhir untuk kenaikan pangkat.",
       ("nip", "nip", "Pegawai yang dinilai."),
       ("tahun", "bilangan", "Tahun penilaian."),
       ("periode", "teks", "Triwulan (mis. 2025-TW1) atau tahun (mis. 2025) untuk penilaian tahunan."),
       ("jenis_periode", "teks", "Triwulanan atau Tahunan."),
       ("unit_kerja_id", "teks", "Unit kerja pegawai saat dinilai."),
       ("rating_hasil_kerja", "teks", "Di Atas Ekspektasi, Sesuai Ekspektasi, atau Di Bawah Ekspektasi."),
       ("rating_perilaku_kerja", "teks", "Di Atas Ekspektasi, Sesuai Ekspektasi, atau Di Bawah Ekspektasi."),
       ("predikat_kinerja", "teks", "Predikat periode itu dari kuadran kinerja (PermenPANRB 6/2022).")),
    _t("capaian_organisasi", "Capaian kinerja organisasi setiap unit per tahun, dengan kunci latihan pola "
                             "distribusi (SE MenPANRB 3/2023).",
       ("unit_kerja_id", "teks", "Unit kerja."),
       ("instansi", "teks", "Pemerintah daerah pemilik unit."),
       ("tahun", "bilangan", "Tahun penilaian."),
       ("predikat_organisasi", "teks", "Istimewa, Baik, Butuh Perbaikan, Kurang, atau Sangat Kurang."),
       ("sebaran_sesuai_pola", "teks", "Ya bila sebaran predikat pegawai unit itu pada tahun itu sesuai pola "
                                       "predikat organisasinya, Tidak bila melanggar (kunci latihan).")),
)}

TABEL["pengadaan"] = _t(
    "pengadaan", "Pengadaan CPNS dan PPPK: formasi, peserta lulus seleksi, usul NIP/NI PPPK, dan penetapannya.",
    ("pengadaan_id", "teks", "Kode peserta pengadaan, unik."),
    ("formasi_id", "teks", "Kode formasi (instansi, jenis pengadaan, jabatan) tahun itu."),
    ("instansi", "teks", "Pemerintah daerah pemilik formasi."),
    ("tahun_formasi", "bilangan", "Tahun formasi dan seleksi (usul NIP dan TMT pada tahun berikutnya)."),
    ("jenis_pengadaan", "teks", "CPNS atau PPPK."),
    ("jabatan_formasi", "teks", "Jabatan yang dilamar (nama jabatan dan jenjangnya)."),
    ("unit_kerja_id", "teks", "Unit penempatan."),
    ("jumlah_formasi", "bilangan", "Banyaknya formasi jabatan itu (sebagian mungkin tidak terisi)."),
    ("jumlah_pelamar", "bilangan", "Banyaknya pelamar formasi itu."),
    ("nama", "teks", "Nama peserta yang lulus seleksi."),
    ("jenis_kelamin", "teks", "L atau P."),
    ("tanggal_lahir", "tanggal", "Tanggal lahir peserta."),
    ("tanggal_usul_nip", "tanggal", "Tanggal usul penetapan NIP (CPNS) atau NI PPPK dikirim ke BKN."),
    ("status", "teks", "Ditetapkan (NIP/NI PPPK terbit), Diproses, atau Ditolak."),
    ("tanggal_penetapan", "tanggal", "Tanggal NIP/NI PPPK ditetapkan (hanya Ditetapkan)."),
    ("nip", "nip", "NIP atau NI PPPK yang ditetapkan; sama dengan NIP di tabel pegawai (hanya Ditetapkan)."),
    ("tmt", "tanggal", "TMT CPNS atau TMT pengangkatan PPPK (hanya Ditetapkan)."),
    ("alasan", "teks", "Alasan usul ditolak (hanya Ditolak; daftar contoh)."),
)
NAMA_TABEL: tuple[str, ...] = tuple(TABEL)


def bentuk_tabel(df: pd.DataFrame, nama: str, ketat: bool = True) -> pd.DataFrame:
    """Seragamkan urutan dan tipe kolom sebuah tabel: teks sebagai str (kosong = NA), tanggal datetime64,
    bilangan Int64, desimal float64. Dipakai oleh generator dan pemuat agar hasilnya identik.

    `ketat=False` (untuk data kotor): nilai yang tidak dapat diubah menjadi kosong (NaT/NA), bukan galat.
    """
    tabel = TABEL[nama]
    salah = "raise" if ketat else "coerce"
    hasil = {}
    for k in tabel.kolom:
        s = df[k.nama]
        if k.jenis in ("nip", "teks", "waktu"):
            s = s.astype("str")
            s = s.where(s.notna() & (s != ""))
        elif k.jenis == "tanggal":
            s = pd.to_datetime(s, format="%Y-%m-%d", errors=salah).astype("datetime64[s]")
        elif k.jenis == "bilangan":
            s = pd.to_numeric(s, errors=salah).astype("Int64")
        else:
            s = pd.to_numeric(s, errors=salah).astype(np.float64)
        hasil[k.nama] = s.reset_index(drop=True)
    return pd.DataFrame(hasil)


@dataclass
class Dataset:
    """Tabel-tabel dataset (nama -> DataFrame, kolom menurut TABEL) dan keterangannya (skala, seed, cakupan,
    manifest kotor bila ada)."""

    tabel: dict[str, pd.DataFrame]
    info: dict = field(default_factory=dict)
