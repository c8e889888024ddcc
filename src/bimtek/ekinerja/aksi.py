"""Perpindahan keadaan simulasi e-Kinerja: setiap langkah aplikasi sebagai fungsi murni atas `Simulasi`.

Setiap fungsi memeriksa peran (pegawai atau atasan), status SKP, dan aturan di `bimtek.aturan`; bila ditolak ia
melempar `AksiDitolak` berisi pesan berbahasa Indonesia (apa, di mana, apa yang harus dilakukan) dan keadaan tidak
berubah sama sekali (fungsi bekerja pada salinan lalu mengembalikannya).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Sequence

from bimtek.aturan import (
    ASPEK_IKI,
    BERAKHLAK,
    JENIS_RHK,
    PENDEKATAN_SKP,
    capaian_iki,
    periksa_distribusi,
    predikat_kinerja,
    realisasi_tahunan,
)
from bimtek.aturan.capaian import CapaianTidakDapatDihitung
from bimtek.aturan.kinerja import POLA_DISTRIBUSI, normalisasi_predikat_organisasi, normalisasi_rating
from bimtek.ekinerja.keadaan import (
    BULAN,
    DIAJUKAN,
    DISETUJUI,
    DITOLAK,
    DRAFT,
    FREKUENSI_PENILAIAN,
    IKI,
    PERAN,
    PERIODE_PENILAIAN,
    RHK,
    TAHUNAN,
    PenilaianBawahan,
    PenilaianDiri,
    Simulasi,
)
from bimtek.galat import KesalahanPengguna

JENIS_DOKUMEN: tuple[str, ...] = ("SKP", "Dokumen Evaluasi", "Kuadran")
_TAUTAN = re.compile(r"^https?://\S+\.\S+$")


class AksiDitolak(KesalahanPengguna):
    """Langkah tidak dapat dilakukan; `tempat` menyebut isian yang bermasalah (untuk ditandai di layar)."""

    def __init__(self, pesan: str, tempat: str = "") -> None:
        super().__init__(pesan)
        self.pesan = pesan
        self.tempat = tempat


def _peran(s: Simulasi, peran: str, layar: str) -> None:
    if s.peran != peran:
        raise AksiDitolak(
            f"Layar {layar} hanya untuk peran {peran}. Anda sedang masuk sebagai {s.peran}: "
            f"pilih peran \"{peran}\" di bagian atas simulasi.", "peran"
        )


def _dapat_diubah(s: Simulasi) -> None:
    if not s.periode.aktif:
        raise AksiDitolak("SKP belum aktif. Buka layar Periode, isi periode dan Pendekatan, lalu klik OK.", "periode")
    status_dapat_diubah(s.skp.status)


def status_dapat_diubah(status: object) -> None:
    """Isi SKP hanya dapat diubah pegawai saat Draft atau Ditolak (untuk direvisi)."""
    if status not in (DRAFT, DITOLAK):
        raise AksiDitolak(
            f"SKP berstatus {status} sehingga tidak dapat diubah. Perubahan hanya bisa saat Draft atau Ditolak.",
            "status",
        )


def _rhk(s: Simulasi, i: int) -> RHK:
    if not isinstance(i, int) or not 0 <= i < len(s.skp.rhk):
        raise AksiDitolak(f"RHK nomor {i + 1 if isinstance(i, int) else i} tidak ada. Tambahkan RHK dahulu.", "rhk")
    return s.skp.rhk[i]


def _iki(s: Simulasi, i: int, j: int) -> IKI:
    rhk = _rhk(s, i)
    if not isinstance(j, int) or not 0 <= j < len(rhk.iki):
        raise AksiDitolak(f"RHK {i + 1} tidak punya IKI nomor {j + 1 if isinstance(j, int) else j}.", f"rhk{i}")
    return rhk.iki[j]


def _angka(teks: object, tempat: str, nama: str, boleh_nol: bool = False) -> float:
    """Angka dari isian ("12", "12,5", 12): koma desimal Indonesia diterima."""
    if isinstance(teks, bool):
        teks = str(teks)
    if isinstance(teks, (int, float)):
        nilai = float(teks)
    else:
        t = str(teks or "").strip().replace(" ", "")
        if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", t):  # 1.250 atau 1.250,5
            t = t.replace(".", "")
        t = t.replace(",", ".")
        try:
            nilai = float(t)
        except ValueError:
            raise AksiDitolak(
                f"{nama} \"{teks}\" bukan angka. Pendekatan Kuantitatif memakai angka, misalnya 12 atau 12,5.", tempat
            ) from None
    if nilai != nilai or nilai < 0 or (nilai == 0 and not boleh_nol):
        syarat = "tidak boleh negatif" if boleh_nol else "harus lebih dari 0"
        raise AksiDitolak(f"{nama} {syarat} (tertulis {teks}).", tempat)
    return nilai


def terapkan(s: Simulasi, aksi: Callable[..., None], *args: object, **kwargs: object) -> Simulasi:
    """Jalankan `aksi` pada salinan `s`; keadaan asli tidak pernah tersentuh bila aksi ditolak."""
    baru = copy.deepcopy(s)
    aksi(baru, *args, **kwargs)
    return baru


# ---------- 1. Masuk dan Profil ----------
def ganti_peran(s: Simulasi, peran: str) -> None:
    if peran not in PERAN:
        raise AksiDitolak(f"Peran {peran!r} tidak dikenal. Pilih pegawai atau atasan.", "peran")
    s.peran = peran


def periksa_profil(s: Simulasi) -> None:
    """Pegawai membenarkan profil dan pejabat penilainya (data dari SIASN)."""
    _peran(s, "pegawai", "Profil")
    if not s.atasan.nip or s.atasan.nip != s.pegawai.atasan_nip:
        raise AksiDitolak(
            "Pejabat penilai di profil tidak cocok dengan atasan langsung. Jangan diperbaiki di SKP: perbaiki data "
            "di SIASN/MyASN atau hubungi admin kepegawaian instansi.", "atasan"
        )
    s.profil_diperiksa = True


# ---------- 2. Periode ----------
PESAN_PERIODE_PENDEK = (
    "Periode SKP tidak Januari sampai Desember. Periode lebih pendek hanya untuk pegawai yang pindah jabatan "
    "atau pensiun di tengah tahun; pegawai yang bekerja setahun penuh memakai Januari sampai Desember."
)


def pesan_rentang_periode(bulan_awal: object, tahun_awal: object, bulan_akhir: object,
                          tahun_akhir: object) -> str:
    """Pesan bila rentang periode awal-akhir tidak sah (bulan 1-12, satu tahun, akhir tidak sebelum awal); "" bila sah.

    Satu-satunya rumah aturan rentang periode SKP: dipakai dialog Periode simulasi dan Form SKP Jalur Analis."""
    for nilai, nama in ((bulan_awal, "Bulan awal"), (bulan_akhir, "Bulan akhir")):
        if isinstance(nilai, bool) or not isinstance(nilai, int) or not 1 <= nilai <= 12:
            return f"{nama} harus salah satu bulan Januari sampai Desember (angka 1 sampai 12)."
    if tahun_awal != tahun_akhir:
        return (f"Periode awal ({tahun_awal}) dan akhir ({tahun_akhir}) harus dalam tahun yang sama: SKP disusun "
                "per tahun, penilaian berkala dilakukan di dalamnya.")
    if bulan_akhir < bulan_awal:  # type: ignore[operator]
        return (f"Periode akhir ({BULAN[bulan_akhir - 1]}) tidak boleh sebelum periode awal "  # type: ignore[operator]
                f"({BULAN[bulan_awal - 1]}).")  # type: ignore[operator]
    return ""


def rentang_setahun(bulan_awal: object, tahun_awal: object, bulan_akhir: object, tahun_akhir: object) -> bool:
    """Rentang Januari sampai Desember satu tahun (wajib bagi pegawai yang bekerja setahun penuh)."""
    return bulan_awal == 1 and bulan_akhir == 12 and tahun_awal == tahun_akhir


def atur_periode(s: Simulasi, bulan_awal: int, tahun_awal: int, bulan_akhir: int, tahun_akhir: int,
                 pendekatan: str) -> None:
    """Dialog Periode lalu OK: SKP aktif untuk rentang bulan itu dengan Pendekatan yang dipilih."""
    _peran(s, "pegawai", "Periode")
    if not s.profil_diperiksa:
        raise AksiDitolak("Periksa dahulu profil dan pejabat penilai Anda di layar Masuk dan Profil.", "profil")
    if s.skp.status not in (DRAFT, DITOLAK):
        raise AksiDitolak(f"Periode SKP berstatus {s.skp.status} tidak dapat diubah lagi.", "periode")
    salah = pesan_rentang_periode(bulan_awal, tahun_awal, bulan_akhir, tahun_akhir)
    if salah:
        raise AksiDitolak(salah, "periode")
    if pendekatan not in PENDEKATAN_SKP:
        raise AksiDitolak("Pilih Pendekatan: Kuantitatif (penilaian indikator) atau Kualitatif.", "pendekatan")
    if s.periode.aktif and s.periode.pendekatan != pendekatan and any(r.iki for r in s.skp.rhk):
        raise AksiDitolak(
            "Pendekatan tidak dapat diganti setelah IKI diisi: targetnya berbeda jenis (angka atau teks). "
            "Hapus IKI dahulu bila memang perlu mengganti Pendekatan.", "pendekatan"
        )
    p = s.periode
    p.bulan_awal, p.tahun_awal, p.bulan_akhir, p.tahun_akhir = bulan_awal, tahun_awal, bulan_akhir, tahun_akhir
    p.pendekatan, p.aktif = pendekatan, True


def periode_setahun(s: Simulasi) -> bool:
    """Periode SKP Januari sampai Desember satu tahun (wajib bagi pegawai yang bekerja setahun penuh)."""
    p = s.periode
    return p.aktif and rentang_setahun(p.bulan_awal, p.tahun_awal, p.bulan_akhir, p.tahun_akhir)


def catatan_periode(s: Simulasi) -> list[str]:
    """Pengingat untuk periode yang tidak setahun penuh (bukan kesalahan bagi pegawai yang pindah/pensiun)."""
    if not s.periode.aktif or periode_setahun(s):
        return []
    return [PESAN_PERIODE_PENDEK]


# ---------- 3. Matriks Peran Hasil (atasan) ----------
def turunkan_rhk(s: Simulasi, nip_bawahan: str, rhk_atasan: str) -> None:
    """Atasan menurunkan (cascading) RHK-nya kepada bawahan."""
    _peran(s, "atasan", "Matriks Peran Hasil")
    if str(nip_bawahan) != s.pegawai.nip:
        raise AksiDitolak(f"NIP {nip_bawahan} bukan bawahan langsung Anda dalam simulasi ini.", "matriks")
    if rhk_atasan not in s.rhk_atasan:
        raise AksiDitolak("RHK yang diturunkan harus salah satu RHK Anda sendiri sebagai atasan.", "matriks")
    daftar = s.matriks.setdefault(str(nip_bawahan), [])
    if rhk_atasan not in daftar:
        daftar.append(rhk_atasan)


def batal_turunkan(s: Simulasi, nip_bawahan: str, rhk_atasan: str) -> None:
    _peran(s, "atasan", "Matriks Peran Hasil")
    if any(r.rhk_atasan == rhk_atasan for r in s.skp.rhk) and s.skp.status != DRAFT:
        raise AksiDitolak("RHK ini sudah diintervensi dalam SKP yang diajukan; tolak SKP dahulu bila perlu.", "matriks")
    daftar = s.matriks.get(str(nip_bawahan), [])
    if rhk_atasan in daftar:
        daftar.remove(rhk_atasan)


def rhk_diturunkan(s: Simulasi) -> list[str]:
    """RHK atasan yang diturunkan kepada pegawai ini: pilihan intervensi pada SKP-nya."""
    return list(s.matriks.get(s.pegawai.nip, []))


# ---------- 4. SKP (pegawai) ----------
def tambah_rhk(s: Simulasi, jenis: str = "Utama") -> None:
    _peran(s, "pegawai", "SKP")
    _dapat_diubah(s)
    if jenis not in JENIS_RHK:
        raise AksiDitolak(f"Jenis RHK {jenis!r} tidak dikenal. Pilih Utama atau Tambahan.", "rhk")
    s.skp.rhk.append(RHK(jenis=jenis, iki=[IKI()]))


def ubah_rhk(s: Simulasi, i: int, *, jenis: str | None = None, rhk_atasan: str | None = None,
             rumusan: str | None = None) -> None:
    _peran(s, "pegawai", "SKP")
    _dapat_diubah(s)
    rhk = _rhk(s, i)
    if jenis is not None:
        if jenis not in JENIS_RHK:
            raise AksiDitolak(f"Jenis RHK {jenis!r} tidak dikenal. Pilih Utama atau Tambahan.", f"rhk{i}")
        rhk.jenis = jenis
    if rhk_atasan is not None:
        if rhk_atasan and rhk_atasan not in rhk_diturunkan(s):
            raise AksiDitolak(
                f"RHK {i + 1}: RHK atasan yang dipilih belum diturunkan kepada Anda di Matriks Peran Hasil. "
                "Minta atasan menurunkannya, atau pilih RHK yang ada di daftar.", f"rhk{i}.atasan"
            )
        rhk.rhk_atasan = rhk_atasan
    if rumusan is not None:
        rhk.rumusan = str(rumusan).strip()


def hapus_rhk(s: Simulasi, i: int) -> None:
    _peran(s, "pegawai", "SKP")
    _dapat_diubah(s)
    _rhk(s, i)
    s.skp.rhk.pop(i)


def tambah_iki(s: Simulasi, i: int) -> None:
    _peran(s, "pegawai", "SKP")
    _dapat_diubah(s)
    _rhk(s, i).iki.append(IKI())


def hapus_iki(s: Simulasi, i: int, j: int) -> None:
    _peran(s, "pegawai", "SKP")
    _dapat_diubah(s)
    _iki(s, i, j)
    s.skp.rhk[i].iki.pop(j)


def ubah_iki(s: Simulasi, i: int, j: int, *, indikator: str | None = None, aspek: str | None = None,
             target: object = None, satuan: str | None = None) -> None:
    """Ubah satu IKI. Kuantitatif: target angka > 0. Kualitatif: target berupa uraian teks."""
    _peran(s, "pegawai", "SKP")
    _dapat_diubah(s)
    iki = _iki(s, i, j)
    tempat = f"rhk{i}.iki{j}"
    if indikator is not None:
        iki.indikator = str(indikator).strip()
    if aspek is not None:
        if aspek not in ASPEK_IKI:
            raise AksiDitolak(f"Aspek {aspek!r} tidak dikenal. Pilih {', '.join(ASPEK_IKI)}.", tempat + ".aspek")
        iki.aspek = aspek
    if target is not None:
        if s.periode.pendekatan == "Kualitatif":
            teks = str(target).strip()
            if not teks:
                raise AksiDitolak(f"RHK {i + 1}, IKI {j + 1}: tulis target kualitatif sebagai uraian.",
                                  tempat + ".target")
            iki.target = teks
        elif str(target).strip() == "":
            iki.target = None
        else:
            iki.target = _angka(target, tempat + ".target", f"RHK {i + 1}, IKI {j + 1}: target")
    if satuan is not None:
        iki.satuan = str(satuan).strip()


def tulis_ekspektasi(s: Simulasi, nilai: str, teks: str) -> None:
    """Atasan (boleh, tidak wajib) menambah ekspektasi khusus pimpinan untuk satu nilai BerAKHLAK."""
    _peran(s, "atasan", "SKP Bawahan")
    if nilai not in BERAKHLAK:
        raise AksiDitolak(f"{nilai!r} bukan nilai BerAKHLAK. Pilih: {', '.join(BERAKHLAK)}.", "ekspektasi")
    if s.skp.status == DISETUJUI:
        raise AksiDitolak("SKP sudah disetujui; ekspektasi khusus ditulis sebelum menyetujui.", "ekspektasi")
    teks = str(teks).strip()
    if teks:
        s.skp.ekspektasi_pimpinan[nilai] = teks
    else:
        s.skp.ekspektasi_pimpinan.pop(nilai, None)


PESAN_TANPA_UTAMA = "SKP belum memuat RHK Utama: tambahkan paling sedikit satu RHK berjenis Utama."


def _target_angka(target: object) -> float | None:
    try:
        return _angka(target, "", "Target")
    except AksiDitolak:
        return None


def pesan_iki(iki: IKI, letak: str, pendekatan: str) -> list[str]:
    """Yang masih kurang pada satu IKI: indikator, aspek, target (Kuantitatif: angka > 0; Kualitatif: uraian),
    satuan (Kuantitatif). Satu-satunya rumah aturan IKI: simulasi dan Form SKP Jalur Analis memakainya."""
    pesan = []
    if len(str(iki.indikator or "").strip()) < 5:
        pesan.append(f"{letak}: tulis indikatornya (apa yang diukur), misalnya \"Jumlah laporan yang selesai\".")
    if iki.aspek not in ASPEK_IKI:
        pesan.append(f"{letak}: aspek {iki.aspek!r} tidak dikenal; pilih {', '.join(ASPEK_IKI)}.")
    if pendekatan == "Kualitatif":
        if not str(iki.target if iki.target is not None else "").strip():
            pesan.append(f"{letak}: isi target berupa uraian hasil yang diharapkan.")
    elif _target_angka(iki.target) is None:
        pesan.append(f"{letak}: isi target berupa angka lebih dari 0 (misalnya 12).")
    if pendekatan != "Kualitatif" and not str(iki.satuan or "").strip():
        pesan.append(f"{letak}: tulis satuan targetnya, misalnya \"laporan\", \"persen\", atau \"hari\".")
    return pesan


def pesan_rhk(rhk: RHK, nomor: int, pendekatan: str, rhk_atasan_sah: Sequence[str] | None = None) -> list[str]:
    """Yang masih kurang pada satu RHK: jenis, rumusan, RHK atasan yang diintervensi (wajib untuk RHK Utama; bila
    diisi harus salah satu `rhk_atasan_sah`), dan IKI-nya."""
    letak = f"RHK {nomor}"
    pesan = []
    if rhk.jenis not in JENIS_RHK:
        pesan.append(f"{letak}: jenis {rhk.jenis!r} tidak dikenal; pilih {' atau '.join(JENIS_RHK)}.")
    if len(str(rhk.rumusan or "").strip()) < 10:
        pesan.append(f"{letak}: tuliskan rumusan rencana hasil kerjanya (paling sedikit 10 huruf).")
    if not str(rhk.rhk_atasan or "").strip():
        if rhk.jenis == "Utama":
            pesan.append(f"{letak}: pilih RHK atasan yang diintervensi. RHK Utama yang tidak mengintervensi RHK "
                         "atasan tidak tersambung ke kinerja unit (matriks peran hasil).")
    elif rhk_atasan_sah is not None and rhk.rhk_atasan not in rhk_atasan_sah:
        pesan.append(f"{letak}: RHK atasan {rhk.rhk_atasan!r} tidak ada dalam SKP atasan yang diturunkan kepada "
                     "Anda (Matriks Peran Hasil); pilih dari daftar RHK atasan.")
    if not rhk.iki:
        pesan.append(f"{letak}: tambahkan paling sedikit satu IKI (indikator, aspek, target, satuan).")
    for j, iki in enumerate(rhk.iki, 1):
        pesan.extend(pesan_iki(iki, f"{letak}, IKI {j}", pendekatan))
    return pesan


def periksa_skp(s: Simulasi) -> list[str]:
    """Hal yang masih harus dibenahi sebelum SKP dapat diajukan (kosong = siap)."""
    pesan: list[str] = []
    if not s.periode.aktif:
        pesan.append("SKP belum aktif: isi Periode dan Pendekatan, lalu klik OK.")
    if not any(r.jenis == "Utama" for r in s.skp.rhk):
        pesan.append(PESAN_TANPA_UTAMA)
    turun = rhk_diturunkan(s)
    for i, r in enumerate(s.skp.rhk, 1):
        pesan.extend(pesan_rhk(r, i, s.periode.pendekatan, turun))
    return pesan


def status_dapat_diajukan(status: object) -> None:
    """Hanya SKP Draft atau Ditolak (yang direvisi) yang dapat diajukan."""
    if status not in (DRAFT, DITOLAK):
        raise AksiDitolak(f"SKP berstatus {status} tidak dapat diajukan lagi; hanya Draft atau Ditolak yang dapat "
                          "diajukan.", "status")


def ajukan(s: Simulasi) -> None:
    _peran(s, "pegawai", "SKP")
    status_dapat_diajukan(s.skp.status)
    sisa = periksa_skp(s)
    if sisa:
        raise AksiDitolak("SKP belum dapat diajukan. " + " ".join(sisa), "skp")
    s.skp.status = DIAJUKAN
    s.skp.riwayat.append(DIAJUKAN)


# ---------- 5. SKP Bawahan (atasan) ----------
def setujui(s: Simulasi) -> None:
    _peran(s, "atasan", "SKP Bawahan")
    if s.skp.status != DIAJUKAN:
        raise AksiDitolak(f"Atasan hanya dapat memutuskan SKP berstatus Diajukan; SKP ini berstatus {s.skp.status}.",
                          "status")
    s.skp.status, s.skp.catatan_atasan = DISETUJUI, ""  # catatan penolakan lama tidak tampil lagi
    s.skp.riwayat.append(DISETUJUI)


def tolak(s: Simulasi, catatan: str) -> None:
    _peran(s, "atasan", "SKP Bawahan")
    if s.skp.status != DIAJUKAN:
        raise AksiDitolak(f"Atasan hanya dapat memutuskan SKP berstatus Diajukan; SKP ini berstatus {s.skp.status}.",
                          "status")
    catatan = str(catatan or "").strip()
    if len(catatan) < 5:
        raise AksiDitolak("SKP yang ditolak wajib diberi catatan penolakan: tulis apa yang harus diperbaiki pegawai.",
                          "catatan")
    s.skp.status, s.skp.catatan_atasan = DITOLAK, catatan
    s.skp.riwayat.append(DITOLAK)


# ---------- 6. Penilaian Diri (pegawai) ----------
def periode_berkala(s: Simulasi) -> tuple[str, ...]:
    """Periode penilaian periodik menurut frekuensi instansi (bawaan triwulanan, contoh)."""
    return FREKUENSI_PENILAIAN.get(s.frekuensi_penilaian, PERIODE_PENILAIAN)


def periode_penilaian(s: Simulasi) -> tuple[str, ...]:
    """Semua periode penilaian: periode periodik lalu penilaian tahunan."""
    return (*periode_berkala(s), TAHUNAN)


def periode_berikutnya(s: Simulasi) -> str:
    """Periode Penilaian Diri pertama yang belum dikirim (tahunan bila semua periode sudah dikirim)."""
    for p in periode_penilaian(s):
        if not s.penilaian_diri.get(p, PenilaianDiri()).dikirim:
            return p
    return TAHUNAN


def _periode_nilai(s: Simulasi, periode: str) -> None:
    if periode not in periode_penilaian(s):
        raise AksiDitolak(f"Periode {periode!r} tidak dikenal. Pilih {', '.join(periode_penilaian(s))}.",
                          "periode_nilai")
    if s.skp.status != DISETUJUI:
        raise AksiDitolak("Penilaian baru dapat diisi setelah SKP disetujui atasan.", "status")


def _diri(s: Simulasi, periode: str) -> PenilaianDiri:
    _peran(s, "pegawai", "Penilaian Diri")
    _periode_nilai(s, periode)
    if periode == TAHUNAN:
        belum = [p for p in periode_berkala(s) if not s.penilaian_diri.get(p, PenilaianDiri()).dikirim]
        if belum:
            raise AksiDitolak(f"Penilaian tahunan dibuka setelah semua penilaian periodik dikirim. Kirim dahulu "
                              f"Penilaian Diri {', '.join(belum)}.", "periode_nilai")
    isian = s.penilaian_diri.setdefault(periode, PenilaianDiri())
    if isian.dikirim:
        raise AksiDitolak(f"Penilaian Diri {periode} sudah dikirim kepada atasan.", "periode_nilai")
    return isian


def dijumlahkan(s: Simulasi, i: int, j: int) -> bool:
    """Realisasi tahunan IKI ini dihitung dengan menjumlahkan realisasi periodik (`aturan.realisasi_tahunan`:
    hanya Kuantitas); Kualitas, Waktu, dan Biaya diisi pegawai sebagai realisasi setahun."""
    iki = _iki(s, i, j)
    return s.periode.pendekatan == "Kuantitatif" and realisasi_tahunan(iki.aspek, []) is not None


def realisasi_periodik(s: Simulasi, i: int, j: int) -> list[float | str | None]:
    """Realisasi IKI pada tiap periode periodik (None bila belum diisi)."""
    return [s.penilaian_diri.get(p, PenilaianDiri()).realisasi.get(f"{i}.{j}") for p in periode_berkala(s)]


def realisasi_iki(s: Simulasi, periode: str, i: int, j: int) -> float | str | None:
    """Realisasi IKI pada `periode`; untuk tahunan, Kuantitas = jumlah realisasi periodik (None bila belum lengkap)."""
    iki = _iki(s, i, j)
    if periode == TAHUNAN and dijumlahkan(s, i, j):
        nilai = realisasi_periodik(s, i, j)
        if any(not isinstance(v, (int, float)) for v in nilai):
            return None
        return realisasi_tahunan(iki.aspek, [float(v) for v in nilai])  # type: ignore[arg-type]
    return s.penilaian_diri.get(periode, PenilaianDiri()).realisasi.get(f"{i}.{j}")


def isi_rencana_aksi(s: Simulasi, periode: str, i: int, teks: str) -> None:
    if periode == TAHUNAN:
        raise AksiDitolak("Rencana Aksi diisi per periode (misalnya per triwulan), tidak pada penilaian tahunan.",
                          f"rencana_aksi{i}")
    isian = _diri(s, periode)
    _rhk(s, i)
    isian.rencana_aksi[str(i)] = str(teks).strip()


def isi_realisasi(s: Simulasi, periode: str, i: int, j: int, nilai: object) -> None:
    tempat = f"realisasi{i}.{j}"
    isian = _diri(s, periode)
    _iki(s, i, j)
    if periode == TAHUNAN and dijumlahkan(s, i, j):
        raise AksiDitolak(f"RHK {i + 1}, IKI {j + 1}: realisasi tahunan Kuantitas tidak diketik; ia dihitung "
                          "otomatis sebagai jumlah realisasi semua periode.", tempat)
    if s.periode.pendekatan == "Kualitatif":
        teks = str(nilai or "").strip()
        if not teks:
            raise AksiDitolak(f"RHK {i + 1}, IKI {j + 1}: tulis realisasinya.", tempat)
        isian.realisasi[f"{i}.{j}"] = teks
    else:
        isian.realisasi[f"{i}.{j}"] = _angka(nilai, tempat, f"RHK {i + 1}, IKI {j + 1}: realisasi", boleh_nol=True)


def isi_eviden(s: Simulasi, periode: str, i: int, tautan: str) -> None:
    isian = _diri(s, periode)
    _rhk(s, i)
    tautan = str(tautan or "").strip()
    if not _TAUTAN.match(tautan):
        raise AksiDitolak(
            f"RHK {i + 1}: Eviden harus tautan bukti dukung yang lengkap, diawali https:// (misalnya tautan "
            "Google Drive atau penyimpanan instansi).", f"eviden{i}"
        )
    isian.eviden[str(i)] = tautan


def periksa_penilaian_diri(s: Simulasi, periode: str) -> list[str]:
    isian = s.penilaian_diri.get(periode, PenilaianDiri())
    pesan = []
    tahunan = periode == TAHUNAN
    if tahunan:
        pesan += [f"Kirim dahulu Penilaian Diri {p}." for p in periode_berkala(s)
                  if not s.penilaian_diri.get(p, PenilaianDiri()).dikirim]
    for i, r in enumerate(s.skp.rhk):
        if not tahunan and len(isian.rencana_aksi.get(str(i), "")) < 5:
            pesan.append(f"RHK {i + 1}: tulis Rencana Aksi periode ini.")
        for j in range(len(r.iki)):
            if tahunan and dijumlahkan(s, i, j):
                continue
            if f"{i}.{j}" not in isian.realisasi:
                pesan.append(f"RHK {i + 1}, IKI {j + 1}: isi realisasi" + (" setahun." if tahunan else "."))
        if str(i) not in isian.eviden:
            pesan.append(f"RHK {i + 1}: tambahkan Eviden (tautan bukti dukung).")
    return pesan


def kirim_penilaian_diri(s: Simulasi, periode: str) -> None:
    isian = _diri(s, periode)
    sisa = periksa_penilaian_diri(s, periode)
    if sisa:
        raise AksiDitolak(f"Penilaian Diri {periode} belum lengkap. " + " ".join(sisa), "penilaian_diri")
    isian.dikirim = True


def capaian(s: Simulasi, periode: str, i: int, j: int) -> float | None:
    """Persentase capaian satu IKI sebagai alat bantu (`aturan.capaian_iki`, mengikuti arah aspek); None bila
    tidak berlaku. Tahunan: Kuantitas dari jumlah realisasi periodik, aspek lain dari realisasi setahun."""
    iki = _iki(s, i, j)
    real = realisasi_iki(s, periode, i, j)
    berkala = periode_berkala(s)
    if periode in berkala and dijumlahkan(s, i, j):
        # Target Kuantitas adalah target setahun: capaian periode dihitung dari realisasi kumulatif s.d. periode ini.
        nilai = realisasi_periodik(s, i, j)[:berkala.index(periode) + 1]
        real = sum(nilai) if all(isinstance(v, (int, float)) for v in nilai) else None  # type: ignore[arg-type]
    if not isinstance(iki.target, (int, float)) or not isinstance(real, (int, float)):
        return None
    try:
        return capaian_iki(iki.target, real, iki.aspek)
    except CapaianTidakDapatDihitung:
        return None


# ---------- 7. Penilaian Bawahan (atasan) ----------
def _bawahan(s: Simulasi, periode: str) -> PenilaianBawahan:
    _peran(s, "atasan", "Penilaian Bawahan")
    _periode_nilai(s, periode)
    if not s.penilaian_diri.get(periode, PenilaianDiri()).dikirim:
        raise AksiDitolak(f"Pegawai belum mengirim Penilaian Diri {periode}; tunggu realisasi dan Eviden-nya.",
                          "penilaian_diri")
    return s.penilaian_bawahan.setdefault(periode, PenilaianBawahan())


def beri_umpan_balik(s: Simulasi, periode: str, i: int, teks: str) -> None:
    isian = _bawahan(s, periode)
    _rhk(s, i)
    isian.umpan_balik[str(i)] = str(teks).strip()


def catat_perilaku(s: Simulasi, periode: str, teks: str) -> None:
    _bawahan(s, periode).catatan_perilaku = str(teks).strip()


def beri_rating(s: Simulasi, periode: str, rating_hasil_kerja: str, rating_perilaku_kerja: str) -> None:
    """Rating hasil kerja dan perilaku kerja; predikat langsung dari kuadran kinerja (PermenPANRB 6/2022)."""
    isian = _bawahan(s, periode)
    try:
        hasil, perilaku = normalisasi_rating(rating_hasil_kerja), normalisasi_rating(rating_perilaku_kerja)
    except ValueError as e:
        raise AksiDitolak(str(e), "rating") from None
    isian.rating_hasil_kerja, isian.rating_perilaku_kerja = hasil, perilaku
    isian.predikat_kinerja = predikat_kinerja(hasil, perilaku)


def pesan_umpan_balik(teks: object, letak: str) -> list[str]:
    """Umpan balik pejabat penilai wajib ditulis (paling sedikit 5 huruf) atas realisasi dan buktinya."""
    if len(str(teks or "").strip()) < 5:
        return [f"{letak}: tulis umpan balik atas realisasi dan bukti dukungnya."]
    return []


def pesan_rating(rating_hasil_kerja: object, rating_perilaku_kerja: object, letak: str) -> list[str]:
    """Kedua rating wajib dipilih sebelum predikat dapat ditetapkan dari kuadran."""
    pesan = []
    if not rating_hasil_kerja:
        pesan.append(f"{letak}: pilih rating hasil kerja.")
    if not rating_perilaku_kerja:
        pesan.append(f"{letak}: pilih rating perilaku kerja.")
    return pesan


def periksa_penilaian_bawahan(s: Simulasi, periode: str) -> list[str]:
    """Yang masih kurang pada Penilaian Bawahan satu periode: umpan balik per RHK dan kedua rating. Aturan yang
    sama dipakai Form penilaian Jalur Analis (`widgets.logika_penilaian.periksa_entri`)."""
    isian = s.penilaian_bawahan.get(periode, PenilaianBawahan())
    pesan = [p for i in range(len(s.skp.rhk)) for p in pesan_umpan_balik(isian.umpan_balik.get(str(i)), f"RHK {i + 1}")]
    return pesan + pesan_rating(isian.rating_hasil_kerja, isian.rating_perilaku_kerja, f"Periode {periode}")


# ---------- 8. Kurva / pola distribusi ----------
def lihat_kurva(s: Simulasi, periode: str = TAHUNAN) -> None:
    """Sebaran predikat unit dibanding pola yang dibolehkan predikat organisasinya (SE MenPANRB 3/2023), dari
    predikat penilaian tahunan. Pola adalah bahan pertimbangan penilai, bukan pemeringkatan paksa: pelanggaran
    hanya ditampilkan."""
    _peran(s, "atasan", "Kurva")
    isian = s.penilaian_bawahan.get(periode)
    if isian is None or not isian.predikat_kinerja:
        raise AksiDitolak(f"Beri rating {periode} di Penilaian Bawahan dahulu; kurva memakai predikatnya.", "kurva")
    if not s.predikat_organisasi:
        raise AksiDitolak("Predikat kinerja organisasi unit belum ditetapkan (data kelas).", "kurva")
    semua = [*s.predikat_unit_lain, isian.predikat_kinerja]
    hasil = periksa_distribusi(s.predikat_organisasi, semua)
    s.kurva.predikat_organisasi, s.kurva.predikat_pegawai = hasil.predikat_organisasi, semua
    s.kurva.pelanggaran, s.kurva.dilihat = list(hasil.pelanggaran), True


def uraian_pola(predikat_organisasi: str) -> list[str]:
    """Kalimat pola distribusi yang dibolehkan untuk predikat organisasi ini (SE MenPANRB 3/2023)."""
    org = normalisasi_predikat_organisasi(predikat_organisasi)
    kalimat = []
    for b in POLA_DISTRIBUSI[org]:
        nama = " dan/atau ".join(b.kelompok)
        bagian = []
        if b.sebagian_besar:
            bagian.append("sebagian besar (lebih dari separuh)")
        if b.wajib_ada:
            bagian.append("harus ada")
        if b.minimal is not None:
            bagian.append(f"paling sedikit {float(b.minimal) * 100:.0f}%")
        if b.maksimal is not None:
            bagian.append("tidak boleh ada" if b.maksimal == 0 else f"paling banyak {float(b.maksimal) * 100:.0f}%")
        kalimat.append(f"{nama}: {', '.join(bagian)}")
    return kalimat


# ---------- 9. Dokumen ----------
def cetak_dokumen(s: Simulasi, jenis: str) -> None:
    if jenis not in JENIS_DOKUMEN:
        raise AksiDitolak(f"Dokumen {jenis!r} tidak dikenal. Pilih {', '.join(JENIS_DOKUMEN)}.", "dokumen")
    if s.skp.status != DISETUJUI:
        raise AksiDitolak("Dokumen dapat dicetak setelah SKP disetujui.", "dokumen")
    if jenis != "SKP" and not any(p.predikat_kinerja for p in s.penilaian_bawahan.values()):
        raise AksiDitolak(f"{jenis} memerlukan hasil Penilaian Bawahan (rating dan predikat).", "dokumen")
    if jenis not in s.dokumen:
        s.dokumen.append(jenis)
