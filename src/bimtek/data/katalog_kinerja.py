"""Katalog rumusan kinerja untuk data sintetis: templat RHK per keluarga jabatan, masing-masing dengan IKI-nya
sendiri (aspek, satuan, rentang target, dan target deskriptif untuk SKP kualitatif).

Dasar isi SKP: PermenPANRB 6/2022 (lembar fakta bagian 4): setiap RHK punya satu atau lebih IKI dengan aspek
Kuantitas, Kualitas, Waktu, atau Biaya; RHK kepala unit dengan pendekatan kuantitatif dikelompokkan menurut
perspektif Penerima Layanan, Proses Bisnis, Penguatan Internal, Anggaran. Rumusan di sini adalah CONTOH yang
wajar (bukan aturan): yang dijaga adalah kecocokannya. IKI hanya dipakai untuk RHK templatnya sendiri, RHK
dipilih dari keluarga yang sesuai jabatan pemiliknya (bidan: cakupan imunisasi; guru: pembelajaran; keuangan:
laporan tepat waktu), dan perspektif RHK kepala unit sesuai isinya. Invarian `iki_templat` memeriksa ketiganya.

Aspek Waktu dan Biaya makin kecil makin baik (`aturan.capaian`): targetnya batas atas (hari, persen pagu).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from bimtek import aturan


@dataclass(frozen=True)
class TemplatIki:
    indikator: str
    aspek: str
    satuan: str
    rendah: int  # rentang target tahunan (bilangan bulat)
    tinggi: int
    uraian: str  # target deskriptif untuk SKP pendekatan kualitatif


@dataclass(frozen=True)
class TemplatRhk:
    rumusan: str  # RHK kepala unit diakhiri nama unitnya (" {unit}")
    keluarga: str
    iki: tuple[TemplatIki, ...]
    perspektif: str | None = None  # hanya keluarga "kepala"


def _i(indikator: str, aspek: str, satuan: str, rendah: int, tinggi: int, uraian: str) -> TemplatIki:
    return TemplatIki(indikator, aspek, satuan, rendah, tinggi, uraian)


KEPALA = "kepala"
TAMBAHAN = "tambahan"
UMUM = "administrasi"

# Keluarga -> templat RHK. Kepala unit: dua templat per perspektif (urutan aturan.PERSPEKTIF_SKP).
_KATALOG: dict[str, tuple[tuple[str, tuple[TemplatIki, ...], str | None], ...]] = {
    KEPALA: (
        ("Meningkatnya kepuasan penerima layanan {unit}", (
            _i("Indeks kepuasan masyarakat terhadap layanan unit", "Kualitas", "indeks", 76, 90,
               "Survei kepuasan masyarakat dilaksanakan dan hasilnya minimal kategori baik"),
            _i("Persentase pengaduan masyarakat yang ditindaklanjuti", "Kualitas", "persen", 85, 100,
               "Seluruh pengaduan masyarakat tercatat dan ditindaklanjuti")), "Penerima Layanan"),
        ("Meningkatnya cakupan layanan kepada masyarakat oleh {unit}", (
            _i("Persentase sasaran layanan yang terlayani", "Kuantitas", "persen", 80, 100,
               "Sasaran layanan tahun berjalan terlayani sesuai rencana"),
            _i("Jumlah inovasi layanan yang diterapkan", "Kuantitas", "inovasi", 1, 3,
               "Sedikitnya satu inovasi layanan diterapkan dan dirasakan penerima layanan")), "Penerima Layanan"),
        ("Meningkatnya kinerja proses layanan {unit}", (
            _i("Persentase layanan yang diselesaikan sesuai standar pelayanan", "Kualitas", "persen", 85, 100,
               "Layanan diselesaikan sesuai standar pelayanan yang ditetapkan"),
            _i("Rata-rata waktu penyelesaian layanan", "Waktu", "hari", 3, 10,
               "Layanan selesai dalam batas waktu standar pelayanan")), "Proses Bisnis"),
        ("Terlaksananya program dan kegiatan {unit} sesuai rencana", (
            _i("Persentase kegiatan yang terlaksana sesuai jadwal", "Kuantitas", "persen", 85, 100,
               "Kegiatan dalam rencana kerja terlaksana sesuai jadwal"),
            _i("Jumlah standar operasional prosedur yang dimutakhirkan", "Kuantitas", "SOP", 2, 8,
               "Prosedur kerja utama unit mutakhir dan dipakai")), "Proses Bisnis"),
        ("Meningkatnya akuntabilitas kinerja {unit}", (
            _i("Nilai evaluasi akuntabilitas kinerja (SAKIP) unit", "Kualitas", "nilai", 65, 85,
               "Dokumen perencanaan, pengukuran, dan pelaporan kinerja lengkap dan dievaluasi baik"),
            _i("Waktu penyampaian laporan kinerja tahunan setelah akhir tahun", "Waktu", "hari", 30, 60,
               "Laporan kinerja tahunan disampaikan sebelum batas waktu")), "Penguatan Internal"),
        ("Meningkatnya kapasitas sumber daya manusia {unit}", (
            _i("Persentase pegawai yang mengikuti pengembangan kompetensi", "Kuantitas", "persen", 60, 100,
               "Setiap pegawai mendapat kesempatan pengembangan kompetensi sesuai kebutuhan"),
            _i("Persentase pegawai yang SKP-nya disetujui tepat waktu", "Kualitas", "persen", 90, 100,
               "Seluruh SKP pegawai disusun dan disetujui pada awal tahun")), "Penguatan Internal"),
        ("Terwujudnya pengelolaan anggaran {unit} yang akuntabel", (
            _i("Persentase realisasi anggaran terhadap pagu", "Kuantitas", "persen", 90, 100,
               "Anggaran terserap sesuai rencana penarikan dana"),
            _i("Jumlah temuan pemeriksaan keuangan yang telah ditindaklanjuti", "Kuantitas", "temuan", 2, 10,
               "Seluruh temuan pemeriksaan keuangan ditindaklanjuti tuntas")), "Anggaran"),
        ("Terwujudnya efisiensi belanja {unit}", (
            _i("Belanja kegiatan dibandingkan pagu untuk keluaran yang sama", "Biaya", "persen", 92, 100,
               "Keluaran kegiatan tercapai dengan belanja tidak melebihi pagu"),
            _i("Waktu penyampaian laporan realisasi anggaran bulanan", "Waktu", "hari", 5, 10,
               "Laporan realisasi anggaran bulanan disampaikan tepat waktu")), "Anggaran"),
    ),
    "guru": (
        ("Terlaksananya pembelajaran yang berpusat pada peserta didik", (
            _i("Jumlah jam tatap muka pembelajaran yang terlaksana", "Kuantitas", "jam pelajaran", 700, 900,
               "Pembelajaran terlaksana sesuai jadwal dan kurikulum satuan pendidikan"),
            _i("Persentase peserta didik yang aktif dalam pembelajaran", "Kualitas", "persen", 80, 100,
               "Peserta didik terlibat aktif dalam kegiatan pembelajaran"))),
        ("Tersusunnya perangkat ajar dan asesmen pembelajaran", (
            _i("Jumlah modul ajar yang disusun", "Kuantitas", "modul", 6, 16,
               "Modul ajar tersusun untuk setiap elemen capaian pembelajaran"),
            _i("Waktu penyelesaian perangkat ajar sebelum semester dimulai", "Waktu", "hari", 7, 14,
               "Perangkat ajar siap sebelum semester dimulai"))),
        ("Meningkatnya hasil belajar peserta didik", (
            _i("Persentase peserta didik yang mencapai kriteria ketercapaian tujuan pembelajaran", "Kualitas",
               "persen", 75, 95, "Sebagian besar peserta didik mencapai tujuan pembelajaran"),
            _i("Rata-rata nilai asesmen sumatif peserta didik", "Kualitas", "nilai", 75, 85,
               "Hasil asesmen sumatif meningkat dibanding semester sebelumnya"))),
        ("Terlaksananya bimbingan dan konseling peserta didik", (
            _i("Jumlah peserta didik yang mendapat layanan bimbingan", "Kuantitas", "peserta didik", 30, 150,
               "Peserta didik yang membutuhkan bimbingan terlayani"),)),
    ),
    "pengawas_sekolah": (
        ("Terlaksananya pendampingan satuan pendidikan binaan", (
            _i("Jumlah satuan pendidikan binaan yang didampingi", "Kuantitas", "sekolah", 6, 12,
               "Setiap sekolah binaan didampingi sesuai program kepengawasan"),
            _i("Persentase sekolah binaan yang rapor pendidikannya meningkat", "Kualitas", "persen", 60, 90,
               "Rapor pendidikan sekolah binaan menunjukkan perbaikan"))),
        ("Tersusunnya laporan hasil pengawasan sekolah", (
            _i("Jumlah laporan hasil pengawasan yang disusun", "Kuantitas", "laporan", 4, 12,
               "Laporan pengawasan disusun untuk setiap kunjungan"),
            _i("Waktu penyampaian laporan setelah kunjungan", "Waktu", "hari", 7, 14,
               "Laporan disampaikan segera setelah kunjungan"))),
    ),
    "bidan": (
        ("Meningkatnya cakupan imunisasi dasar lengkap", (
            _i("Persentase bayi yang mendapat imunisasi dasar lengkap", "Kuantitas", "persen", 85, 100,
               "Bayi di wilayah binaan mendapat imunisasi dasar lengkap sesuai jadwal"),
            _i("Jumlah sesi posyandu yang dilayani", "Kuantitas", "sesi", 24, 48,
               "Posyandu di wilayah binaan dilayani setiap bulan"))),
        ("Terlaksananya pelayanan kesehatan ibu hamil sesuai standar", (
            _i("Persentase ibu hamil yang mendapat pemeriksaan kehamilan enam kali", "Kuantitas", "persen", 80,
               100, "Ibu hamil di wilayah binaan diperiksa sesuai standar kunjungan"),
            _i("Persentase persalinan yang ditolong tenaga kesehatan di fasilitas kesehatan", "Kualitas",
               "persen", 85, 100, "Persalinan ditolong tenaga kesehatan di fasilitas kesehatan"))),
        ("Terlaksananya pelayanan keluarga berencana", (
            _i("Jumlah akseptor KB yang dilayani", "Kuantitas", "akseptor", 60, 300,
               "Pasangan usia subur yang membutuhkan layanan KB terlayani"),)),
    ),
    "perawat": (
        ("Terlaksananya asuhan keperawatan sesuai standar", (
            _i("Jumlah pasien yang mendapat asuhan keperawatan", "Kuantitas", "pasien", 300, 1500,
               "Pasien mendapat asuhan keperawatan sesuai standar"),
            _i("Persentase dokumentasi asuhan keperawatan yang lengkap", "Kualitas", "persen", 85, 100,
               "Dokumentasi asuhan keperawatan lengkap dan benar"))),
        ("Terlaksananya perawatan kesehatan masyarakat", (
            _i("Jumlah kunjungan rumah keluarga rawan yang dilaksanakan", "Kuantitas", "kunjungan", 24, 96,
               "Keluarga rawan di wilayah binaan dikunjungi sesuai rencana"),)),
        ("Meningkatnya keselamatan pasien", (
            _i("Persentase pasien yang diidentifikasi dengan benar", "Kualitas", "persen", 95, 100,
               "Prosedur identifikasi pasien dijalankan pada setiap tindakan"),
            _i("Waktu tanggap pelayanan gawat darurat", "Waktu", "menit", 5, 10,
               "Pasien gawat darurat ditangani dalam waktu tanggap standar"))),
    ),
    "dokter": (
        ("Terlaksananya pelayanan medis sesuai standar", (
            _i("Jumlah pasien yang mendapat pelayanan medis", "Kuantitas", "pasien", 1500, 5000,
               "Pasien dilayani sesuai standar pelayanan medis"),
            _i("Persentase rekam medis yang diisi lengkap", "Kualitas", "persen", 90, 100,
               "Rekam medis setiap pasien diisi lengkap"))),
        ("Meningkatnya mutu rujukan pasien", (
            _i("Persentase rujukan yang sesuai indikasi medis", "Kualitas", "persen", 85, 100,
               "Rujukan dilakukan hanya atas indikasi medis"),)),
        ("Terlaksananya penanggulangan penyakit menular di wilayah kerja", (
            _i("Persentase kasus tuberkulosis yang diobati sampai tuntas", "Kualitas", "persen", 85, 100,
               "Pasien tuberkulosis diobati sampai tuntas"),)),
    ),
    "kesehatan_masyarakat": (
        ("Terlaksananya kegiatan promosi kesehatan masyarakat", (
            _i("Jumlah kegiatan penyuluhan kesehatan yang dilaksanakan", "Kuantitas", "kegiatan", 12, 48,
               "Penyuluhan kesehatan dilaksanakan sesuai rencana"),
            _i("Persentase rumah tangga ber-PHBS di wilayah binaan", "Kualitas", "persen", 60, 85,
               "Rumah tangga di wilayah binaan menerapkan perilaku hidup bersih dan sehat"))),
        ("Terlaksananya surveilans dan pengendalian faktor risiko kesehatan", (
            _i("Persentase laporan surveilans mingguan yang lengkap dan tepat waktu", "Kualitas", "persen", 85,
               100, "Laporan surveilans mingguan lengkap dan tepat waktu"),
            _i("Jumlah tempat umum yang diinspeksi kesehatan lingkungannya", "Kuantitas", "tempat", 12, 60,
               "Tempat umum di wilayah kerja diinspeksi sesuai jadwal"))),
        ("Meningkatnya status gizi masyarakat", (
            _i("Jumlah balita gizi kurang yang mendapat pendampingan gizi", "Kuantitas", "balita", 10, 60,
               "Balita gizi kurang didampingi sampai status gizinya membaik"),
            _i("Persentase balita yang ditimbang di posyandu", "Kuantitas", "persen", 75, 95,
               "Balita di wilayah binaan ditimbang setiap bulan"))),
    ),
    "penunjang_kesehatan": (
        ("Terlaksananya pemeriksaan laboratorium sesuai standar", (
            _i("Jumlah spesimen yang diperiksa", "Kuantitas", "spesimen", 1000, 5000,
               "Spesimen diperiksa sesuai standar mutu laboratorium"),
            _i("Waktu penyerahan hasil pemeriksaan", "Waktu", "jam", 2, 6,
               "Hasil pemeriksaan diserahkan dalam waktu standar"))),
        ("Tertibnya rekam medis dan data pelayanan kesehatan", (
            _i("Persentase berkas rekam medis yang lengkap", "Kualitas", "persen", 90, 100,
               "Berkas rekam medis lengkap dan tersimpan tertib"),
            _i("Jumlah laporan pelayanan kesehatan bulanan yang disusun", "Kuantitas", "laporan", 12, 12,
               "Laporan pelayanan kesehatan disusun setiap bulan"))),
    ),
    "penyuluh": (
        ("Terlaksananya penyuluhan kepada kelompok sasaran", (
            _i("Jumlah kegiatan penyuluhan yang dilaksanakan", "Kuantitas", "kegiatan", 24, 72,
               "Penyuluhan dilaksanakan kepada kelompok sasaran sesuai programa"),
            _i("Jumlah kelompok sasaran yang didampingi", "Kuantitas", "kelompok", 4, 16,
               "Kelompok sasaran didampingi secara berkala"))),
        ("Meningkatnya kemampuan kelompok sasaran binaan", (
            _i("Persentase kelompok binaan yang naik kelas kemampuan", "Kualitas", "persen", 20, 60,
               "Kelompok binaan menerapkan anjuran dan kemampuannya meningkat"),)),
        ("Tersusunnya programa dan laporan penyuluhan", (
            _i("Jumlah laporan penyuluhan yang disusun", "Kuantitas", "laporan", 4, 12,
               "Programa dan laporan penyuluhan tersusun"),
            _i("Waktu penyampaian programa penyuluhan", "Waktu", "hari", 15, 30,
               "Programa penyuluhan tersusun pada awal tahun"))),
    ),
    "keuangan": (
        ("Tersusunnya laporan keuangan triwulanan", (
            _i("Jumlah laporan keuangan yang disusun", "Kuantitas", "laporan", 4, 4,
               "Laporan keuangan setiap triwulan tersusun lengkap"),
            _i("Waktu penyampaian laporan keuangan setelah akhir triwulan", "Waktu", "hari", 10, 15,
               "Laporan keuangan triwulanan disampaikan tepat waktu"))),
        ("Terlaksananya penatausahaan keuangan unit kerja", (
            _i("Jumlah dokumen pencairan dana yang diverifikasi", "Kuantitas", "dokumen", 100, 600,
               "Dokumen pencairan dana diverifikasi sesuai ketentuan"),
            _i("Persentase dokumen pencairan dana tanpa koreksi", "Kualitas", "persen", 90, 100,
               "Dokumen pencairan dana benar dan lengkap"))),
        ("Terkelolanya aset dan barang milik daerah", (
            _i("Persentase barang milik daerah yang tercatat dan berlabel", "Kualitas", "persen", 85, 100,
               "Barang milik daerah tercatat dan berlabel"),
            _i("Jumlah laporan inventaris barang yang disusun", "Kuantitas", "laporan", 2, 4,
               "Laporan inventaris barang tersusun setiap semester"))),
    ),
    "perencanaan": (
        ("Tersusunnya dokumen perencanaan program dan anggaran", (
            _i("Jumlah dokumen perencanaan yang disusun", "Kuantitas", "dokumen", 3, 8,
               "Rencana kerja dan dokumen anggaran tersusun"),
            _i("Waktu penyelesaian rencana kerja sebelum batas waktu", "Waktu", "hari", 10, 30,
               "Rencana kerja tersusun sebelum batas waktu"))),
        ("Tersusunnya laporan evaluasi kinerja program", (
            _i("Jumlah laporan evaluasi kinerja yang disusun", "Kuantitas", "laporan", 4, 4,
               "Laporan evaluasi kinerja tersusun setiap triwulan"),
            _i("Persentase indikator program yang terukur datanya", "Kualitas", "persen", 85, 100,
               "Setiap indikator program terukur dengan data yang sah"))),
    ),
    "kepegawaian": (
        ("Terlaksananya layanan administrasi kepegawaian", (
            _i("Jumlah usulan layanan kepegawaian yang diproses", "Kuantitas", "usulan", 50, 400,
               "Usulan kenaikan pangkat, pensiun, dan mutasi diproses lengkap"),
            _i("Rata-rata waktu pemrosesan usulan layanan kepegawaian", "Waktu", "hari", 5, 14,
               "Usulan layanan kepegawaian diproses dalam batas waktu layanan"))),
        ("Mutakhirnya data kepegawaian di SIASN", (
            _i("Persentase data pegawai yang mutakhir di SIASN", "Kualitas", "persen", 90, 100,
               "Data pegawai di SIASN sesuai dokumen terbaru"),)),
        ("Terlaksananya pengembangan kompetensi pegawai", (
            _i("Jumlah pegawai yang difasilitasi pengembangan kompetensi", "Kuantitas", "orang", 30, 200,
               "Pegawai difasilitasi pengembangan kompetensi sesuai analisis kebutuhan"),
            _i("Persentase pegawai yang memenuhi 20 jam pelajaran pengembangan kompetensi", "Kualitas",
               "persen", 60, 100, "Pegawai memenuhi jam pelajaran pengembangan kompetensi"))),
    ),
    "pengawasan": (
        ("Terlaksananya audit dan reviu atas perangkat daerah", (
            _i("Jumlah laporan hasil pengawasan yang diterbitkan", "Kuantitas", "laporan", 6, 20,
               "Laporan hasil pengawasan diterbitkan sesuai program kerja pengawasan tahunan"),
            _i("Waktu penerbitan laporan setelah pengawasan selesai", "Waktu", "hari", 10, 20,
               "Laporan hasil pengawasan terbit tepat waktu"))),
        ("Meningkatnya tindak lanjut rekomendasi hasil pengawasan", (
            _i("Persentase rekomendasi hasil pengawasan yang ditindaklanjuti", "Kualitas", "persen", 70, 95,
               "Rekomendasi hasil pengawasan dipantau dan ditindaklanjuti"),)),
    ),
    "teknologi_informasi": (
        ("Terkelolanya sistem informasi dan jaringan unit kerja", (
            _i("Persentase waktu layanan sistem informasi berjalan normal", "Kualitas", "persen", 95, 100,
               "Sistem informasi dan jaringan berjalan tanpa gangguan berarti"),
            _i("Rata-rata waktu penanganan gangguan sistem", "Waktu", "jam", 4, 24,
               "Gangguan sistem ditangani dalam batas waktu layanan"))),
        ("Tersedianya data dan informasi yang mutakhir", (
            _i("Jumlah set data yang dimutakhirkan di portal data", "Kuantitas", "set data", 6, 24,
               "Data unit kerja dimutakhirkan dan dipublikasikan"),
            _i("Persentase set data yang memenuhi standar data", "Kualitas", "persen", 85, 100,
               "Data yang dipublikasikan memenuhi standar data"))),
    ),
    "arsip_perpustakaan": (
        ("Terkelolanya arsip dinamis unit kerja", (
            _i("Jumlah berkas arsip yang ditata dan didaftar", "Kuantitas", "berkas", 200, 1200,
               "Arsip dinamis ditata dan didaftar sesuai klasifikasi"),
            _i("Waktu penemuan kembali arsip yang diminta", "Waktu", "menit", 5, 15,
               "Arsip yang diminta ditemukan dengan cepat"))),
        ("Terlaksananya layanan perpustakaan dan literasi", (
            _i("Jumlah pengunjung layanan perpustakaan", "Kuantitas", "orang", 500, 5000,
               "Layanan perpustakaan dimanfaatkan masyarakat"),
            _i("Jumlah kegiatan literasi yang dilaksanakan", "Kuantitas", "kegiatan", 4, 24,
               "Kegiatan literasi dilaksanakan sesuai rencana"))),
    ),
    "pengadaan": (
        ("Terlaksananya pengadaan barang/jasa sesuai ketentuan", (
            _i("Jumlah paket pengadaan yang diselesaikan", "Kuantitas", "paket", 10, 60,
               "Paket pengadaan diselesaikan sesuai rencana umum pengadaan"),
            _i("Rata-rata waktu proses pemilihan penyedia", "Waktu", "hari", 14, 30,
               "Pemilihan penyedia selesai dalam jadwal"))),
        ("Terwujudnya efisiensi pengadaan barang/jasa", (
            _i("Nilai kontrak dibandingkan harga perkiraan sendiri", "Biaya", "persen", 90, 98,
               "Nilai kontrak efisien tanpa mengurangi mutu"),)),
    ),
    "kebijakan": (
        ("Tersusunnya rekomendasi kebijakan bidang", (
            _i("Jumlah kajian dan rekomendasi kebijakan yang disusun", "Kuantitas", "kajian", 2, 6,
               "Rekomendasi kebijakan tersusun berdasarkan kajian"),
            _i("Persentase rekomendasi kebijakan yang dimanfaatkan pimpinan", "Kualitas", "persen", 50, 80,
               "Rekomendasi kebijakan dipakai dalam pengambilan keputusan"))),
        ("Tersusunnya rancangan produk hukum daerah bidang", (
            _i("Jumlah rancangan produk hukum yang diselesaikan", "Kuantitas", "rancangan", 1, 5,
               "Rancangan produk hukum daerah selesai dibahas"),)),
    ),
    "ketertiban": (
        ("Terlaksananya penegakan peraturan daerah", (
            _i("Jumlah operasi penegakan peraturan daerah yang dilaksanakan", "Kuantitas", "operasi", 12, 60,
               "Operasi penegakan peraturan daerah dilaksanakan sesuai rencana"),
            _i("Persentase pelanggaran peraturan daerah yang ditindaklanjuti", "Kualitas", "persen", 80, 100,
               "Pelanggaran peraturan daerah ditindaklanjuti"))),
        ("Terjaganya ketenteraman dan ketertiban umum", (
            _i("Waktu tanggap penanganan laporan gangguan ketertiban", "Waktu", "jam", 1, 6,
               "Laporan gangguan ketertiban ditangani segera"),)),
    ),
    "layanan_teknis": (
        ("Terlaksananya pemeriksaan dan pengawasan teknis bidang", (
            _i("Jumlah objek yang diperiksa sesuai standar teknis", "Kuantitas", "objek", 20, 200,
               "Objek pemeriksaan diperiksa sesuai standar teknis"),
            _i("Persentase hasil pemeriksaan yang ditindaklanjuti", "Kualitas", "persen", 75, 100,
               "Hasil pemeriksaan dilaporkan dan ditindaklanjuti"))),
        ("Tersusunnya kajian teknis bidang", (
            _i("Jumlah dokumen kajian teknis yang disusun", "Kuantitas", "dokumen", 2, 8,
               "Kajian teknis tersusun dan dipakai perencanaan bidang"),)),
        ("Terlaksananya layanan teknis kepada masyarakat", (
            _i("Jumlah layanan teknis yang diberikan", "Kuantitas", "layanan", 50, 600,
               "Layanan teknis diberikan sesuai permintaan masyarakat"),
            _i("Rata-rata waktu penyelesaian layanan teknis", "Waktu", "hari", 3, 10,
               "Layanan teknis selesai dalam batas waktu standar"))),
    ),
    UMUM: (
        ("Terlaksananya pengelolaan administrasi persuratan", (
            _i("Jumlah surat masuk dan keluar yang diadministrasikan", "Kuantitas", "surat", 300, 1500,
               "Surat masuk dan keluar tercatat dan terdistribusi"),
            _i("Waktu distribusi surat masuk kepada pejabat yang dituju", "Waktu", "hari", 1, 2,
               "Surat masuk sampai kepada pejabat yang dituju pada hari yang sama"))),
        ("Terlaksananya layanan kepada masyarakat sesuai standar", (
            _i("Jumlah layanan yang diberikan kepada masyarakat", "Kuantitas", "layanan", 100, 800,
               "Masyarakat yang datang terlayani sesuai standar pelayanan"),
            _i("Indeks kepuasan penerima layanan", "Kualitas", "indeks", 76, 90,
               "Penerima layanan menyatakan puas"))),
        ("Tersedianya dukungan administrasi kegiatan unit kerja", (
            _i("Jumlah kegiatan yang didukung administrasinya", "Kuantitas", "kegiatan", 12, 48,
               "Kegiatan unit kerja didukung administrasi yang lengkap"),
            _i("Persentase dokumen administrasi kegiatan yang lengkap", "Kualitas", "persen", 85, 100,
               "Dokumen administrasi setiap kegiatan lengkap"))),
        ("Terkelolanya data kepegawaian dan kehadiran unit kerja", (
            _i("Jumlah rekap kehadiran bulanan yang disusun", "Kuantitas", "rekap", 12, 12,
               "Rekap kehadiran disusun setiap bulan"),
            _i("Waktu penyampaian rekap kehadiran setelah akhir bulan", "Waktu", "hari", 3, 5,
               "Rekap kehadiran disampaikan tepat waktu"))),
    ),
    TAMBAHAN: (
        ("Terlaksananya tugas sebagai panitia kegiatan hari besar", (
            _i("Jumlah kegiatan hari besar yang didukung", "Kuantitas", "kegiatan", 1, 3,
               "Tugas kepanitiaan terlaksana sesuai surat tugas"),)),
        ("Terlaksananya tugas sebagai narasumber sosialisasi", (
            _i("Jumlah sosialisasi yang diisi sebagai narasumber", "Kuantitas", "kegiatan", 1, 4,
               "Materi sosialisasi disampaikan dengan baik"),)),
        ("Terlaksananya tugas sebagai anggota tim reformasi birokrasi", (
            _i("Jumlah rencana aksi tim yang diselesaikan", "Kuantitas", "rencana aksi", 2, 6,
               "Rencana aksi yang ditugaskan kepada anggota tim diselesaikan"),)),
    ),
}

KATALOG: dict[str, tuple[TemplatRhk, ...]] = {
    k: tuple(TemplatRhk(r, k, iki, p) for r, iki, p in ((t + (None,))[:3] for t in daftar))
    for k, daftar in _KATALOG.items()
}

# Kata kunci nama jabatan -> keluarga, diperiksa berurutan (yang lebih khusus dulu); jabatan lain: administrasi.
KATA_KUNCI_JABATAN: tuple[tuple[str, str], ...] = (
    ("pengawas sekolah", "pengawas_sekolah"), ("guru", "guru"), ("bidan", "bidan"), ("perawat", "perawat"),
    ("dokter", "dokter"), ("nutrisionis", "kesehatan_masyarakat"), ("sanitarian", "kesehatan_masyarakat"),
    ("epidemiolog", "kesehatan_masyarakat"), ("penyuluh kesehatan", "kesehatan_masyarakat"),
    ("laboratorium", "penunjang_kesehatan"), ("perekam medis", "penunjang_kesehatan"),
    ("apoteker", "penunjang_kesehatan"), ("farmasi", "penunjang_kesehatan"),
    ("administrator kesehatan", "penunjang_kesehatan"), ("penyuluh", "penyuluh"),
    ("penggerak swadaya", "penyuluh"), ("keuangan", "keuangan"), ("bendahara", "keuangan"),
    ("perencana", "perencanaan"), ("sumber daya manusia", "kepegawaian"), ("kepegawaian", "kepegawaian"),
    ("auditor", "pengawasan"), ("pengawas penyelenggaraan", "pengawasan"), ("pranata komputer", "teknologi_informasi"),
    ("teknologi informasi", "teknologi_informasi"), ("statistisi", "teknologi_informasi"),
    ("database", "teknologi_informasi"), ("arsiparis", "arsip_perpustakaan"), ("pustakawan", "arsip_perpustakaan"),
    ("pengadaan", "pengadaan"), ("analis kebijakan", "kebijakan"), ("polisi pamong praja", "ketertiban"),
    ("penguji", "layanan_teknis"), ("pengawas", "layanan_teknis"), ("pengendali", "layanan_teknis"),
    ("teknik", "layanan_teknis"), ("penata ruang", "layanan_teknis"), ("pekerja sosial", "layanan_teknis"),
    ("analis", "layanan_teknis"), ("pranata hubungan masyarakat", "layanan_teknis"),
)


def keluarga_jabatan(nama_jabatan: object, kepala: bool = False) -> str:
    """Keluarga templat RHK untuk nama jabatan (mis. "Bidan Terampil" -> "bidan"); kepala unit: "kepala"."""
    if kepala:
        return KEPALA
    nama = str(nama_jabatan or "").lower()
    for kunci, keluarga in KATA_KUNCI_JABATAN:
        if kunci in nama:
            return keluarga
    return UMUM


@cache
def peta_rumusan() -> dict[str, TemplatRhk]:
    """Rumusan RHK (tanpa nama unit untuk kepala unit) -> templatnya."""
    return {t.rumusan.replace(" {unit}", ""): t for daftar in KATALOG.values() for t in daftar}


def templat_dari_rumusan(rumusan: object) -> TemplatRhk | None:
    """Templat sebuah rumusan RHK di data: persis, atau awalan templat kepala unit diikuti nama unitnya."""
    teks = str(rumusan or "")
    peta = peta_rumusan()
    if teks in peta:
        return peta[teks]
    for dasar, t in peta.items():
        if t.keluarga == KEPALA and teks.startswith(dasar + " "):
            return t
    return None


def _periksa_katalog() -> None:
    """Katalog memakai nilai aturan yang baku (aspek, perspektif); dipanggil saat impor agar salah ketik cepat
    ketahuan."""
    for keluarga, daftar in KATALOG.items():
        assert daftar, keluarga
        for t in daftar:
            assert (t.perspektif is not None) == (keluarga == KEPALA), t.rumusan
            assert t.perspektif is None or t.perspektif in aturan.PERSPEKTIF_SKP, t.rumusan
            for i in t.iki:
                assert i.aspek in aturan.ASPEK_IKI and 0 < i.rendah <= i.tinggi, i.indikator
    assert {t.perspektif for t in KATALOG[KEPALA]} == set(aturan.PERSPEKTIF_SKP)


_periksa_katalog()
