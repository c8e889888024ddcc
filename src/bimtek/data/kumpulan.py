"""Kumpulan nilai (pool) untuk data sintetis: nama orang dan tempat dari Faker `id_ID`, nama unit, jabatan,
gelar, dan rumusan kinerja.

Nama diambil dari daftar bawaan penyedia Faker `id_ID` (bukan dari pengacak Faker), diurutkan, lalu
dijadikan larik numpy: generator memilih dari larik ini per kolom, tidak pernah memanggil Faker per baris.
Teks lain di sini adalah bahan contoh (bukan aturan): nama dinas, rumusan RHK, umpan balik.
"""

from __future__ import annotations

from functools import cache

import numpy as np
from faker.providers.address.id_ID import Provider as PenyediaAlamat
from faker.providers.person.id_ID import Provider as PenyediaNama


def _larik(nilai) -> np.ndarray:
    return np.array(sorted(set(nilai)), dtype=object)


@cache
def nama_orang() -> dict[str, np.ndarray]:
    """Nama depan dan belakang per jenis kelamin dari Faker id_ID."""
    return {
        "depan_L": _larik(PenyediaNama.first_names_male),
        "depan_P": _larik(PenyediaNama.first_names_female),
        "belakang_L": _larik(PenyediaNama.last_names_male),
        "belakang_P": _larik(PenyediaNama.last_names_female),
    }


@cache
def kota() -> np.ndarray:
    """Kota untuk tempat lahir (Faker id_ID)."""
    return _larik(k.removeprefix("Kota Administrasi ") for k in PenyediaAlamat.cities)


# Suku kata pembentuk nama wilayah fiktif (kabupaten, kecamatan, kelurahan) bercorak Jawa/Sunda/Melayu.
AWALAN_WILAYAH = ("Suka", "Sumber", "Karang", "Tanjung", "Pasir", "Mekar", "Sido", "Tegal", "Kali", "Wono",
                  "Banjar", "Jati", "Cibiru", "Rejo", "Bumi", "Purwo", "Sri", "Muara", "Batu", "Lubuk",
                  "Pangkalan", "Talang", "Air", "Koto", "Gunung", "Padang")
AKHIRAN_WILAYAH = ("jaya", "makmur", "rejo", "sari", "mulya", "harjo", "asri", "agung", "indah", "baru",
                   "wangi", "raya", "maju", "damai", "lestari", "tengah", "mukti", "luhur", "kencana", "arum")

# Perangkat daerah kabupaten/kota: (nama, jenis unit, bidang, jabatan fungsional khas).
DINAS = (
    ("Dinas Pendidikan", "Dinas", ("Pembinaan Sekolah Dasar", "Pembinaan Sekolah Menengah Pertama",
                                   "Pendidik dan Tenaga Kependidikan"), ("Pengawas Sekolah", "Analis Kebijakan")),
    ("Dinas Kesehatan", "Dinas", ("Kesehatan Masyarakat", "Pencegahan dan Pengendalian Penyakit",
                                  "Pelayanan Kesehatan"), ("Epidemiolog Kesehatan", "Administrator Kesehatan")),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas", ("Bina Marga", "Sumber Daya Air", "Penataan Ruang"),
     ("Teknik Jalan dan Jembatan", "Penata Ruang")),
    ("Dinas Komunikasi dan Informatika", "Dinas", ("Aplikasi Informatika", "Informasi dan Komunikasi Publik",
                                                   "Statistik dan Persandian"),
     ("Pranata Komputer", "Pranata Hubungan Masyarakat")),
    ("Dinas Sosial", "Dinas", ("Rehabilitasi Sosial", "Perlindungan dan Jaminan Sosial"),
     ("Pekerja Sosial", "Penyuluh Sosial")),
    ("Dinas Kependudukan dan Pencatatan Sipil", "Dinas", ("Pelayanan Pendaftaran Penduduk", "Pencatatan Sipil"),
     ("Administrator Database Kependudukan", "Analis Kebijakan")),
    ("Dinas Pertanian", "Dinas", ("Tanaman Pangan", "Hortikultura", "Penyuluhan"),
     ("Penyuluh Pertanian", "Pengawas Benih Tanaman")),
    ("Dinas Lingkungan Hidup", "Dinas", ("Pengelolaan Sampah", "Pengendalian Pencemaran"),
     ("Pengendali Dampak Lingkungan", "Analis Kebijakan")),
    ("Dinas Perhubungan", "Dinas", ("Lalu Lintas", "Angkutan"), ("Penguji Kendaraan Bermotor", "Analis Kebijakan")),
    ("Dinas Pemberdayaan Masyarakat dan Desa", "Dinas", ("Pemerintahan Desa", "Pemberdayaan Masyarakat"),
     ("Penggerak Swadaya Masyarakat", "Analis Kebijakan")),
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Dinas", ("Pelayanan Perizinan", "Penanaman Modal"),
     ("Analis Kebijakan", "Pranata Komputer")),
    ("Dinas Perpustakaan dan Kearsipan", "Dinas", ("Perpustakaan", "Kearsipan"), ("Pustakawan", "Arsiparis")),
    ("Dinas Koperasi, Usaha Mikro, Perdagangan dan Perindustrian", "Dinas", ("Koperasi dan Usaha Mikro", "Perdagangan"),
     ("Penyuluh Perindustrian dan Perdagangan", "Pengawas Koperasi")),
    ("Dinas Kepemudaan, Olahraga dan Pariwisata", "Dinas", ("Kepemudaan dan Olahraga", "Pariwisata"),
     ("Analis Kebijakan", "Perencana")),
    ("Dinas Ketahanan Pangan dan Perikanan", "Dinas", ("Ketahanan Pangan", "Perikanan"),
     ("Analis Ketahanan Pangan", "Penyuluh Perikanan")),
    ("Dinas Pengendalian Penduduk dan Keluarga Berencana", "Dinas", ("Keluarga Berencana", "Pengendalian Penduduk"),
     ("Penyuluh Keluarga Berencana", "Analis Kebijakan")),
    ("Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", "Badan", ("Perencanaan", "Riset dan Inovasi"),
     ("Perencana", "Analis Kebijakan")),
    ("Badan Pengelolaan Keuangan dan Aset Daerah", "Badan", ("Anggaran", "Perbendaharaan", "Aset"),
     ("Analis Keuangan Pusat dan Daerah", "Analis Pengelolaan Keuangan APBN")),
    ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Badan",
     ("Mutasi dan Promosi", "Pengembangan Kompetensi"),
     ("Analis Sumber Daya Manusia Aparatur", "Assessor Sumber Daya Manusia Aparatur")),
    ("Badan Pendapatan Daerah", "Badan", ("Pendataan dan Penetapan", "Penagihan"),
     ("Analis Keuangan Pusat dan Daerah", "Pranata Komputer")),
    ("Badan Penanggulangan Bencana Daerah", "Badan", ("Pencegahan dan Kesiapsiagaan", "Kedaruratan dan Logistik"),
     ("Analis Kebencanaan", "Analis Kebijakan")),
    ("Badan Kesatuan Bangsa dan Politik", "Badan", ("Ideologi dan Wawasan Kebangsaan", "Politik Dalam Negeri"),
     ("Analis Kebijakan", "Perencana")),
    ("Satuan Polisi Pamong Praja", "Satuan", ("Penegakan Perundang-undangan Daerah", "Ketertiban Umum"),
     ("Polisi Pamong Praja", "Analis Kebijakan")),
)

# Urutan perangkat daerah yang selalu ada pada pemda kecil (kelas): pendidikan, kesehatan, BKPSDM, Bappeda, BPKAD.
DINAS_INTI = ("Dinas Pendidikan", "Dinas Kesehatan", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
              "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
              "Badan Pengelolaan Keuangan dan Aset Daerah", "Dinas Komunikasi dan Informatika")

BAGIAN_SETDA = ("Bagian Umum", "Bagian Organisasi", "Bagian Hukum", "Bagian Pemerintahan",
                "Bagian Perekonomian dan Sumber Daya Alam", "Bagian Kesejahteraan Rakyat",
                "Bagian Pengadaan Barang dan Jasa", "Bagian Protokol dan Komunikasi Pimpinan",
                "Bagian Administrasi Pembangunan")
BAGIAN_SETWAN = ("Bagian Umum dan Keuangan", "Bagian Persidangan dan Perundang-undangan")
IRBAN = ("Inspektur Pembantu Wilayah I", "Inspektur Pembantu Wilayah II", "Inspektur Pembantu Wilayah III",
         "Inspektur Pembantu Khusus")
SEKSI_KECAMATAN = ("Seksi Pemerintahan", "Seksi Ketenteraman dan Ketertiban Umum", "Seksi Pemberdayaan Masyarakat")
SUBBAGIAN_SEKRETARIAT = ("Subbagian Umum dan Kepegawaian", "Subbagian Keuangan dan Aset")

# Jabatan fungsional di unit layanan dan jabatan pelaksana menurut pendidikan (nama jabatan; jenjangnya
# ditentukan dari golongan lewat bimtek.aturan).
JF_SEKOLAH = ("Guru",)
# Nama berulang = lebih sering diundi (puskesmas/RSUD: perawat dan bidan terbanyak, lalu dokter); nama JF seperti di
# SIASN ("Dokter Ahli Pertama", "Dokter Gigi Ahli Muda", "Apoteker Ahli Pertama").
JF_PUSKESMAS_AHLI = ("Perawat", "Perawat", "Perawat", "Bidan", "Bidan", "Dokter", "Dokter", "Dokter Gigi", "Apoteker",
                     "Nutrisionis", "Sanitarian", "Epidemiolog Kesehatan", "Penyuluh Kesehatan Masyarakat",
                     "Administrator Kesehatan", "Fisioterapis")
JF_PUSKESMAS_TERAMPIL = ("Perawat", "Perawat", "Perawat", "Bidan", "Bidan", "Bidan", "Pranata Laboratorium Kesehatan",
                         "Sanitarian", "Perekam Medis", "Nutrisionis", "Asisten Apoteker", "Terapis Gigi dan Mulut",
                         "Radiografer")
# Jabatan profesi yang bergelar di depan nama: dr., drg., apt. (gelar profesi, bukan gelar akademik).
GELAR_PROFESI = {"Dokter": "dr. ", "Dokter Gigi": "drg. ", "Apoteker": "apt. "}
JF_UMUM_AHLI = ("Analis Kebijakan", "Perencana", "Pranata Komputer", "Arsiparis", "Analis Sumber Daya Manusia Aparatur",
                "Pengelola Pengadaan Barang/Jasa", "Pranata Hubungan Masyarakat", "Analis Keuangan Pusat dan Daerah")
JF_UMUM_TERAMPIL = ("Pranata Komputer", "Arsiparis", "Pranata Keuangan APBN", "Statistisi")
JF_INSPEKTORAT = ("Auditor", "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah")
# Nama jabatan pelaksana (nomenklatur jabatan pelaksana 2024) menurut jenjang pendidikan.
PELAKSANA = {"rendah": ("Operator Layanan Operasional", "Pengadministrasi Perkantoran"),
             "D-III": ("Pengelola Layanan Operasional", "Pengelola Umum Operasional"),
             "sarjana": ("Penata Layanan Operasional", "Penata Kelola Sistem dan Teknologi Informasi")}

# Gelar akademik (contoh wajar, bukan aturan) per pendidikan dan bidang kerja.
GELAR_D3 = {"umum": ("A.Md.", "A.Md.Kom.", "A.Md.Ak."), "kesehatan": ("A.Md.Kep.", "A.Md.Keb.", "A.Md.Kes.")}
GELAR_D4 = {"umum": ("S.Tr.Sos.", "S.Tr.Kom.", "S.Tr.IP."), "kesehatan": ("S.Tr.Kes.", "S.Tr.Keb.")}
GELAR_S1 = {"umum": ("S.E.", "S.H.", "S.Sos.", "S.T.", "S.Kom.", "S.IP.", "S.Ak.", "S.P.", "S.AP."),
            "guru": ("S.Pd.", "S.Pd.", "S.Pd.I.", "S.Si."),
            "kesehatan": ("S.Kep., Ners", "S.KM.", "S.Keb.", "S.Gz.")}
GELAR_S2 = {"umum": ("M.Si.", "M.M.", "M.H.", "M.A.P.", "M.T.", "M.Ak."), "guru": ("M.Pd.",),
            "kesehatan": ("M.Kes.", "M.KM.")}

# Rumusan kinerja contoh. {unit} diganti nama unit kerja.
SASARAN_KEPALA_DAERAH = (
    "Meningkatnya kualitas pelayanan publik",
    "Meningkatnya kualitas sumber daya manusia",
    "Meningkatnya pertumbuhan ekonomi daerah",
    "Terwujudnya tata kelola pemerintahan yang bersih dan akuntabel",
    "Meningkatnya kualitas infrastruktur dan lingkungan hidup",
)
# Templat RHK dan IKI per keluarga jabatan ada di `katalog_kinerja`.
UMPAN_BALIK = {
    "Di Atas Ekspektasi": ("Capaian sangat baik, pertahankan dan bagikan praktik baiknya kepada rekan.",
                           "Hasil kerja melampaui target; silakan pimpin inovasi berikutnya."),
    "Sesuai Ekspektasi": ("Capaian sesuai rencana, lanjutkan.",
                          "Hasil kerja baik; lengkapi bukti dukung tepat waktu.",
                          "Sudah sesuai target; tingkatkan koordinasi dengan tim."),
    "Di Bawah Ekspektasi": ("Capaian di bawah target; mari susun rencana perbaikan bersama.",
                            "Bukti dukung belum lengkap; segera dilengkapi.",
                            "Perlu pendampingan; jadwalkan diskusi kinerja minggu ini."),
}
JENIS_CUTI = ("Cuti Tahunan", "Cuti Sakit", "Cuti Alasan Penting", "Cuti Besar")

# Dokumen usulan layanan (CONTOH kelengkapan berkas; syarat persisnya mengikuti petunjuk BKN/instansi yang berlaku).
DOKUMEN_LAYANAN = {
    "Kenaikan Pangkat": "SK pangkat terakhir; SKP dan penilaian kinerja 2 tahun terakhir; SK jabatan terakhir",
    "Pensiun": "SK CPNS; SK pangkat terakhir; surat keterangan penilaian kinerja; daftar susunan keluarga; pas foto",
    "Mutasi": "Surat permohonan; SK pangkat terakhir; surat persetujuan pejabat pembina kepegawaian",
    "Cuti": "Formulir permintaan cuti",
}
# Alasan berkas dikembalikan atau ditolak (contoh, untuk latihan menindaklanjuti usulan).
ALASAN_PENOLAKAN = {
    "Kenaikan Pangkat": ("SKP tahun sebelumnya belum diunggah", "SK pangkat terakhir tidak terbaca",
                         "Predikat kinerja salah satu tahun di bawah Baik", "Data jabatan di SIASN belum diperbarui"),
    "Pensiun": ("Daftar susunan keluarga belum ditandatangani", "Pas foto tidak sesuai ketentuan",
                "Tanggal lahir di SK CPNS berbeda dengan data SIASN"),
    "Mutasi": ("Formasi jabatan di unit tujuan tidak tersedia", "Persetujuan pejabat pembina kepegawaian belum ada"),
    "Cuti": ("Kuota cuti tahunan tidak mencukupi", "Tugas kedinasan mendesak pada tanggal yang diminta"),
}

# Rencana aksi penilaian diri per triwulan (urutan TW1..TW4), contoh rumusan umum.
RENCANA_AKSI = (
    "Menyusun jadwal kegiatan dan membagi tugas dalam tim",
    "Melaksanakan kegiatan sesuai jadwal dan mengumpulkan bukti dukung",
    "Memantau capaian dan memperbaiki kegiatan yang tertinggal",
    "Menyelesaikan seluruh kegiatan dan menyusun laporan akhir tahun",
)
