"""Aturan kepegawaian ASN sebagai data: setiap tabel ada sekali di sini, bersama dasar hukumnya.

Notebook, widget, generator data, periksa mandiri, panduan, dan uji membaca aturan dari paket ini.
Modul: nip, golongan, jabatan (BUP), kinerja (predikat, distribusi), angka_kredit, kenaikan_pangkat,
talenta, sistem_merit, sakip, presensi, disiplin.
"""

from bimtek.aturan.angka_kredit import (
    AK_DIBUTUHKAN,
    KOEFISIEN_TAHUNAN,
    PERSEN_PREDIKAT,
    ak_kenaikan_jenjang,
    ak_kenaikan_pangkat,
    angka_kredit,
)
from bimtek.aturan.capaian import (
    ASPEK_KUMULATIF,
    MAKIN_BESAR_MAKIN_BAIK,
    CapaianTidakDapatDihitung,
    capaian_iki,
    normalisasi_aspek,
    realisasi_tahunan,
)
from bimtek.aturan.disiplin import HUKUMAN_KETIDAKHADIRAN, hukuman_disiplin_ketidakhadiran
from bimtek.aturan.ejaan import NilaiTidakDikenal
from bimtek.aturan.golongan import (
    GOLONGAN_AWAL,
    GOLONGAN_AWAL_PPPK,
    GOLONGAN_PNS,
    GOLONGAN_PPPK,
    PANGKAT,
    PENDIDIKAN,
    golongan_awal,
    golongan_awal_pppk,
    golongan_berikutnya,
    indeks_golongan,
    normalisasi_golongan,
    normalisasi_golongan_pppk,
    normalisasi_pendidikan,
    pangkat,
)
from bimtek.aturan.jabatan import (
    BUP_FUNGSIONAL,
    BUP_JABATAN,
    BUP_KHUSUS_SEKTOR,
    BUP_SEKTOR,
    JABATAN_MANAJERIAL,
    JABATAN_NONMANAJERIAL,
    JENIS_JABATAN,
    JENJANG_FUNGSIONAL,
    KATEGORI_JENJANG,
    BUPSektor,
    batas_usia_pensiun,
    bup_sektor,
    jenjang_sesuai_golongan,
    mencapai_bup_pada_tahun,
    normalisasi_jenis_jabatan,
    normalisasi_jenjang,
    tanggal_mencapai_bup,
    tmt_pensiun,
)
from bimtek.aturan.kenaikan_pangkat import (
    PREDIKAT_MINIMAL_KP,
    HasilKelayakan,
    jadwal_kenaikan_pangkat,
    masa_usul_kenaikan_pangkat,
    periksa_kenaikan_pangkat_fungsional,
    periksa_kenaikan_pangkat_reguler,
    periode_kenaikan_pangkat_berikutnya,
)
from bimtek.aturan.kinerja import (
    ASPEK_IKI,
    BERAKHLAK,
    JENIS_RHK,
    LAMPIRAN_SKP,
    MATRIKS_PREDIKAT,
    PENDEKATAN_SKP,
    PERSPEKTIF_SKP,
    POLA_DISTRIBUSI,
    PREDIKAT,
    PREDIKAT_ORGANISASI,
    RATING,
    RATING_HASIL_KEPALA_UNIT,
    STATUS_SKP,
    TAHAPAN_KINERJA,
    HasilDistribusi,
    normalisasi_predikat,
    normalisasi_predikat_organisasi,
    normalisasi_rating,
    periksa_distribusi,
    peringkat_predikat,
    predikat_kinerja,
    rating_hasil_kepala_unit,
)
from bimtek.aturan.nip import (
    InfoNIP,
    InfoNIPPPK,
    NIPTidakValid,
    bersihkan_nip,
    buat_ni_pppk,
    buat_nip,
    format_ni_pppk,
    format_nip,
    parse_ni_pppk,
    parse_nip,
    parse_nomor_induk,
)
from bimtek.aturan.presensi import (
    HARI_KERJA,
    JAM_KERJA_PER_MINGGU,
    JAM_KERJA_PER_MINGGU_RAMADAN,
    JAM_MASUK,
    JAM_MASUK_RAMADAN,
    KebijakanPresensi,
    TingkatPotongan,
)
from bimtek.aturan.sakip import PREDIKAT_SAKIP, arti_predikat_sakip, predikat_sakip
from bimtek.aturan.sistem_merit import ASPEK_SISTEM_MERIT, KATEGORI_SISTEM_MERIT, kategori_sistem_merit
from bimtek.aturan.talenta import (
    KOTAK_TALENT_POOL,
    KOTAK_TALENTA,
    POTENSIAL,
    REKOMENDASI_TALENTA,
    kotak_talenta,
    normalisasi_potensial,
    rekomendasi_talenta,
    termasuk_talent_pool,
)
from bimtek.aturan.waktu import awal_bulan_berikutnya, masa_kerja, tambah_tahun, usia

__all__ = [n for n in dir() if not n.startswith("_") and n not in {"annotations"}]
