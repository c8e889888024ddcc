"""Soal Modul 1 Data kepegawaian dan NIP (SIASN): anatomi NIP dan NI PPPK, golongan dan pangkat, usia dan masa
kerja, BUP dan TMT pensiun, membersihkan daftar NIP. Jawaban diperiksa dengan `bimtek.aturan` dan data kelas."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pandas as pd

from bimtek import aturan
from bimtek.latihan.periksa import (
    bandingkan_kolom,
    cocokkan_fungsi,
    harus_dataframe_dengan_kolom,
    harus_tipe,
    sebagai_tanggal,
    tabel_asli,
)
from bimtek.latihan.soal import Bagian, Salah, Soal, tampilkan_ringkas

TUGAS = "modul-1-nip"
TANGGAL_ACUAN = date(2025, 12, 31)  # tanggal hitung usia dan masa kerja di modul ini


# --- Soal 1: jalur tanpa kode, atasan langsung di kartu profil ----------------------------------------------------

def pegawai_soal_1() -> dict[str, Any]:
    """Pegawai PNS pertama (urut NIP) yang punya atasan langsung: peserta mencari atasannya lewat kartu profil."""
    pegawai = tabel_asli("pegawai")
    calon = pegawai[(pegawai["status_kepegawaian"] == "PNS") & pegawai["atasan_nip"].notna()]
    return calon.sort_values("nip").iloc[0].to_dict()


def _atasan_di_kartu() -> None:
    from bimtek import jawaban

    nip = jawaban.muat(TUGAS).get("profil_nip")
    if not nip:
        raise Salah("kartu profil belum dipakai mencari. Ketik NIP pada kartu lalu tekan Cari.")
    dicari = aturan.bersihkan_nip(str(nip))
    pegawai = pegawai_soal_1()
    if dicari == pegawai["nip"]:
        raise Salah("itu NIP pegawai di soal. Lihat baris \"Atasan langsung\" di kartunya, lalu cari NIP atasan itu.")
    if dicari != str(pegawai["atasan_nip"]):
        raise Salah(f"NIP terakhir yang dicari ({tampilkan_ringkas(nip)}) bukan atasan langsung pegawai di soal.")


soal_1 = Soal(
    1,
    "Atasan langsung di kartu profil (tanpa kode)",
    [Bagian("", "NIP atasan yang dicari di kartu profil", (), _atasan_di_kartu)],
    [
        "Ketik NIP pegawai dari soal ke kartu profil dan tekan Cari. Baris terakhir kartu menunjukkan atasan langsung.",
        "Salin NIP atasan itu ke kotak NIP, lalu tekan Cari lagi. Yang dinilai adalah pencarian terakhir.",
    ],
)


# --- Soal 2: anatomi NIP dan NI PPPK ---------------------------------------------------------------------------

NIP_SOAL_2 = "19910403 201903 2 004"
NI_PPPK_SOAL_2 = "19931228 2025 21 2 001"


def _harus_tanggal(nilai: Any, nama: str) -> None:
    if isinstance(nilai, str):
        raise Salah(f"`{nama}` masih teks {nilai!r}. Tulis sebagai tanggal: date(TAHUN, BULAN, HARI).")
    harus_tipe(nilai, date, nama, "tanggal, mis. date(1986, 9, 26)")


def _tanggal_lahir_2(nilai: Any) -> None:
    _harus_tanggal(nilai, "tanggal_lahir_2")
    benar = aturan.parse_nip(NIP_SOAL_2).tanggal_lahir
    if nilai == date(benar.year, benar.day, benar.month):
        raise Salah("bulan dan hari tertukar. Digit 1-8 NIP berurutan TAHUN, BULAN, HARI (YYYYMMDD).")
    if nilai != benar:
        raise Salah(f"{nilai} belum tepat. Tanggal lahir ada di digit 1-8 NIP: YYYYMMDD.")


def _tmt_cpns_2(nilai: Any) -> None:
    _harus_tanggal(nilai, "tmt_cpns_2")
    benar = aturan.parse_nip(NIP_SOAL_2).tmt_cpns
    if (nilai.year, nilai.month) == (benar.year, benar.month) and nilai.day != 1:
        raise Salah("tahun dan bulannya benar, tetapi TMT CPNS dalam NIP selalu tanggal 1 bulan itu.")
    if nilai == aturan.parse_nip(NIP_SOAL_2).tanggal_lahir:
        raise Salah("itu tanggal lahir. TMT CPNS ada di digit 9-14: tahun (4 digit) lalu bulan (2 digit).")
    if nilai != benar:
        raise Salah(f"{nilai} belum tepat. TMT CPNS ada di digit 9-14 (YYYYMM), tanggalnya 1.")


def _jenis_kelamin_2(nilai: Any) -> None:
    benar = aturan.parse_nip(NIP_SOAL_2).jenis_kelamin
    if str(nilai).strip() in ("1", "2"):
        raise Salah(f"{nilai!r} adalah kode di NIP. Terjemahkan: 1 = \"L\" (laki-laki), 2 = \"P\" (perempuan).")
    if isinstance(nilai, str) and nilai.strip().lower() in ("perempuan", "laki-laki", "wanita", "pria"):
        raise Salah("pakai kode baku satu huruf seperti di data: \"L\" atau \"P\".")
    harus_tipe(nilai, str, "jenis_kelamin_2", 'teks "L" atau "P"')
    if nilai != benar:
        raise Salah(f"{nilai!r} belum tepat. Lihat digit ke-15 NIP: 1 = \"L\", 2 = \"P\".")


def _tahun_pengangkatan_pppk(nilai: Any) -> None:
    benar = aturan.parse_ni_pppk(NI_PPPK_SOAL_2).tahun_pengangkatan
    if isinstance(nilai, str):
        raise Salah(f"`tahun_pengangkatan_pppk` masih teks {nilai!r}; tulis sebagai angka, mis. {benar - 1}.")
    harus_tipe(nilai, int, "tahun_pengangkatan_pppk", "bilangan bulat (tahun)")
    if nilai == 2021:
        raise Salah("\"21\" ada di digit 13-14 NI PPPK, bukan tahun (artinya belum terkonfirmasi). Tahun ada di "
                    "digit 9-12.")
    if nilai != benar:
        raise Salah(f"{nilai} belum tepat. NI PPPK: tanggal lahir (8 digit), lalu tahun pengangkatan (4 digit).")


soal_2 = Soal(
    2,
    "Anatomi NIP dan NI PPPK",
    [
        Bagian("a", "tanggal lahir dari NIP", ("tanggal_lahir_2",), _tanggal_lahir_2),
        Bagian("b", "TMT CPNS dari NIP", ("tmt_cpns_2",), _tmt_cpns_2),
        Bagian("c", "jenis kelamin dari NIP", ("jenis_kelamin_2",), _jenis_kelamin_2),
        Bagian("d", "tahun pengangkatan dari NI PPPK", ("tahun_pengangkatan_pppk",), _tahun_pengangkatan_pppk),
    ],
    [
        "Pisahkan NIP menurut spasinya: 8 digit tanggal lahir, 6 digit TMT CPNS, 1 digit jenis kelamin, 3 digit "
        "nomor urut. NI PPPK: 8 digit tanggal lahir, 4 digit tahun pengangkatan, kode 21, jenis kelamin, urut.",
        "Tanggal ditulis `date(tahun, bulan, hari)`. TMT CPNS hanya memuat tahun dan bulan; harinya selalu 1.",
        "Jenis kelamin ditulis dengan kode data: \"L\" atau \"P\". Periksa jawaban Anda dengan `parse_nip(...)` "
        "setelah menjawab sendiri.",
    ],
)


# --- Soal 3: golongan dan pangkat ---------------------------------------------------------------------------------

def _jumlah_golongan_benar() -> pd.Series:
    pegawai = tabel_asli("pegawai")
    pns = pegawai[pegawai["status_kepegawaian"] == "PNS"]
    return pns["golongan"].value_counts().reindex(aturan.GOLONGAN_PNS, fill_value=0)


def _jumlah_per_golongan(nilai: Any) -> None:
    harus_tipe(nilai, pd.Series, "jumlah_per_golongan", "Series hasil `value_counts()` atau sejenisnya")
    benar = _jumlah_golongan_benar()
    asing = [g for g in nilai.index if g not in aturan.GOLONGAN_PNS]
    if asing:
        raise Salah(
            f"ada golongan di luar golongan PNS: {asing[:4]}. Golongan PPPK (I-XVII) tidak berruang; saring "
            "dulu pegawai yang `status_kepegawaian`-nya \"PNS\"."
        )
    if list(nilai.index) != list(aturan.GOLONGAN_PNS):
        kurang = [g for g in aturan.GOLONGAN_PNS if g not in nilai.index]
        if kurang:
            raise Salah(f"golongan {kurang[:4]} belum ada. Semua 17 golongan harus muncul; yang tanpa pegawai = 0 "
                        "(`reindex(GOLONGAN_PNS, fill_value=0)`).")
        raise Salah("urutannya belum dari I/a sampai IV/e. Susun ulang dengan `reindex(GOLONGAN_PNS)`.")
    if not (nilai.astype("int64").values == benar.values).all():
        raise Salah("jumlahnya belum cocok dengan tabel pegawai PNS. Hitung dengan `value_counts()` kolom golongan.")


def _pangkat_terbanyak(nilai: Any) -> None:
    harus_tipe(nilai, str, "pangkat_terbanyak", 'teks nama pangkat, mis. "Penata Muda"')
    golongan = _jumlah_golongan_benar().idxmax()
    benar = aturan.pangkat(golongan)
    if nilai == golongan:
        raise Salah(f"{nilai!r} adalah golongan. Pangkatnya didapat dengan `pangkat({golongan!r})`.")
    if nilai != benar:
        raise Salah(f"{nilai!r} belum tepat. Cari golongan dengan jumlah terbanyak (`idxmax()`), lalu pangkatnya.")


soal_3 = Soal(
    3,
    "Golongan dan pangkat PNS",
    [
        Bagian("a", "jumlah PNS per golongan", ("jumlah_per_golongan",), _jumlah_per_golongan),
        Bagian("b", "pangkat golongan terbanyak", ("pangkat_terbanyak",), _pangkat_terbanyak),
    ],
    [
        "Saring PNS: `pegawai[pegawai[\"status_kepegawaian\"] == \"PNS\"]`. Hitung per golongan dengan "
        "`[\"golongan\"].value_counts()`.",
        "`value_counts()` mengurutkan dari yang terbanyak dan tidak memuat golongan kosong: susun ulang dengan "
        "`.reindex(GOLONGAN_PNS, fill_value=0)`.",
        "Golongan terbanyak: `jumlah_per_golongan.idxmax()`; nama pangkatnya: fungsi `pangkat(golongan)`.",
    ],
)


# --- Soal 4: usia dan masa kerja ----------------------------------------------------------------------------------

def _hitung_usia(fungsi: Any) -> None:
    kasus = [
        ((date(1990, 6, 15), date(2025, 6, 15)), aturan.usia(date(1990, 6, 15), date(2025, 6, 15)),
         "Tepat pada hari ulang tahun, usianya sudah bertambah."),
        ((date(1990, 6, 15), date(2025, 6, 14)), aturan.usia(date(1990, 6, 15), date(2025, 6, 14)),
         "Sehari sebelum ulang tahun, usianya belum bertambah: selisih tahun saja tidak cukup."),
        ((date(1990, 12, 31), date(2025, 1, 1)), aturan.usia(date(1990, 12, 31), date(2025, 1, 1)),
         "Bandingkan bulan dan hari, bukan hanya bulan."),
        ((date(1967, 5, 14), TANGGAL_ACUAN), aturan.usia(date(1967, 5, 14), TANGGAL_ACUAN),
         "Membagi jumlah hari dengan 365 meleset di sekitar ulang tahun karena tahun kabisat."),
    ]
    cocokkan_fungsi(fungsi, "hitung_usia", kasus)


def _masa_kerja_2(nilai: Any) -> None:
    tmt = aturan.parse_nip(NIP_SOAL_2).tmt_cpns
    benar = aturan.masa_kerja(tmt, TANGGAL_ACUAN)
    if isinstance(nilai, list):
        nilai = tuple(nilai)
    harus_tipe(nilai, tuple, "masa_kerja_2", "pasangan (tahun, bulan), mis. (6, 9)")
    lahir = aturan.parse_nip(NIP_SOAL_2).tanggal_lahir
    if nilai == aturan.masa_kerja(lahir, TANGGAL_ACUAN):
        raise Salah("itu dihitung dari tanggal lahir. Masa kerja dihitung dari TMT CPNS.")
    if nilai == (0, 0):
        raise Salah("hasilnya (0, 0): urutan masukan `masa_kerja(mulai, pada)` mungkin tertukar.")
    if nilai != benar:
        raise Salah(f"{nilai} belum tepat. Hitung dengan `masa_kerja(tmt_cpns_2, TANGGAL_ACUAN)`.")


soal_4 = Soal(
    4,
    "Usia dan masa kerja",
    [
        Bagian("a", "fungsi hitung_usia", ("hitung_usia",), _hitung_usia),
        Bagian("b", "masa kerja pegawai soal 2", ("masa_kerja_2",), _masa_kerja_2),
    ],
    [
        "Usia = selisih tahun, dikurangi 1 bila ulang tahun tahun itu belum tiba.",
        "Ulang tahun belum tiba bila `(pada.month, pada.day) < (tanggal_lahir.month, tanggal_lahir.day)`; Python "
        "bisa membandingkan pasangan seperti ini. Untuk bagian b, fungsi `masa_kerja` sudah tersedia.",
    ],
)


# --- Soal 5: BUP dan TMT pensiun ----------------------------------------------------------------------------------

def _pns() -> pd.DataFrame:
    pegawai = tabel_asli("pegawai")
    return pegawai[pegawai["status_kepegawaian"] == "PNS"].reset_index(drop=True)


def _bup_benar(tabel: pd.DataFrame) -> pd.Series:
    return pd.Series(
        [aturan.batas_usia_pensiun(j, None if pd.isna(g) else g, jabatan=None if pd.isna(n) else n)
         for j, g, n in zip(tabel["jenis_jabatan"], tabel["jenjang"], tabel["jabatan"], strict=True)],
        index=tabel.index,
    )


def _kolom_bup(tabel: Any) -> None:
    harus_dataframe_dengan_kolom(tabel, "pensiun", ["nip", "bup"])
    asli = _pns()
    if len(tabel) != len(asli):
        raise Salah(f"tabel `pensiun` punya {len(tabel)} baris, seharusnya {len(asli)} (semua PNS, tanpa PPPK).")

    def diagnosa(nilai: pd.Series, harapan: pd.Series) -> str:
        if nilai.nunique() == 1:
            return ("BUP tidak sama untuk semua: bergantung pada jenis jabatan, jenjang, dan untuk guru serta dosen "
                    "nama jabatannya. Pakai `batas_usia_pensiun(jenis_jabatan, jenjang, jabatan=jabatan)`.")
        return ("Jenjang dan nama jabatan ikut menentukan BUP (Fungsional; guru dan dosen menurut UU 14/2005): "
                "berikan `jenjang` dan `jabatan=` juga.")

    urut = tabel.set_index("nip").reindex(asli["nip"]).reset_index()
    bandingkan_kolom(urut, "pensiun", "bup", _bup_benar(asli), diagnosa)


def _kolom_tmt_pensiun(tabel: Any) -> None:
    harus_dataframe_dengan_kolom(tabel, "pensiun", ["nip", "tanggal_lahir", "bup", "tmt_pensiun"])
    asli = _pns()
    urut = tabel.set_index("nip").reindex(asli["nip"]).reset_index()
    urut["tmt_pensiun"] = pd.to_datetime(urut["tmt_pensiun"], errors="coerce").dt.date
    lahir = sebagai_tanggal(asli["tanggal_lahir"])
    bup = _bup_benar(asli)
    harapan = pd.Series([aturan.tmt_pensiun(t, int(b)) for t, b in zip(lahir, bup, strict=True)])

    def diagnosa(nilai: pd.Series, harapan: pd.Series) -> str:
        ulang_tahun = pd.Series([aturan.tanggal_mencapai_bup(t, int(b)) for t, b in zip(lahir, bup, strict=True)])
        if (nilai == ulang_tahun).mean() > 0.5:
            return ("Itu tanggal mencapai BUP. TMT pensiun adalah tanggal 1 bulan berikutnya: pakai "
                    "`tmt_pensiun(tanggal_lahir, bup)`.")
        return "Pastikan tanggal lahir diubah ke tanggal (`pd.to_datetime(...).dt.date`) dan BUP per baris benar."

    bandingkan_kolom(urut, "pensiun", "tmt_pensiun", harapan, diagnosa)


soal_5 = Soal(
    5,
    "BUP dan TMT pensiun",
    [
        Bagian("a", "kolom bup", ("pensiun",), _kolom_bup),
        Bagian("b", "kolom tmt_pensiun", ("pensiun",), _kolom_tmt_pensiun),
    ],
    [
        "Mulai dari satu baris: ambil `b = pensiun.iloc[0]` lalu panggil `batas_usia_pensiun` dengan jenis jabatan, "
        "jenjang, dan `jabatan=` dari baris itu. Bila benar, terapkan ke semua baris seperti contoh `apply` di "
        "Materi 5.",
        "`tmt_pensiun` menerima tanggal (`datetime.date`) dan BUP bilangan bulat: ubah kolom tanggal lahir dengan "
        "`pd.to_datetime(...).dt.date` dan BUP dengan `int(...)`.",
        "Untuk dua kolom sekaligus per baris, ulangi kedua kolom bersamaan dengan `zip(...)` (lihat contoh di Materi "
        "5) dan kumpulkan hasil `tmt_pensiun` setiap pasangan dalam sebuah daftar.",
    ],
)


# --- Soal 6: membersihkan daftar NIP ------------------------------------------------------------------------------

def _rapikan_benar(teks: Any) -> str | None:
    if not isinstance(teks, str):
        return None
    bersih = re.sub(r"[\s.\-]", "", teks)
    try:
        aturan.parse_nip(bersih)
    except aturan.NIPTidakValid:
        return None
    return bersih


def daftar_nip_kotor() -> list[str | None]:
    """Daftar NIP seperti hasil rekap manual: spasi, titik, tanda hubung, duplikat, salah ketik, dan kosong."""
    nip = sorted(_pns()["nip"])[:8]
    return [
        aturan.format_nip(nip[0]),
        f"  {nip[1]} ",
        ".".join(aturan.format_nip(nip[2]).split()),
        "-".join(aturan.format_nip(nip[3]).split()),
        nip[0],
        nip[4][:17],
        None,
        nip[5].replace("0", "O", 1),
        nip[6][:14] + "3" + nip[6][15:],
        nip[7][:12] + "13" + nip[7][14:],
        nip[3],
        nip[1] + "0",
    ]


def _rapikan_nip(fungsi: Any) -> None:
    nip = sorted(_pns()["nip"])[0]
    berkelompok = aturan.format_nip(nip)
    kasus = [
        ((nip,), nip, "NIP yang sudah bersih dikembalikan apa adanya."),
        ((berkelompok,), nip, "Spasi antarkelompok harus dibuang."),
        ((f" {nip}\t",), nip, "Spasi dan tab di awal/akhir juga dibuang."),
        ((".".join(berkelompok.split()),), nip, "Titik pemisah juga dibuang."),
        ((nip[:17],), None, "NIP 17 digit tidak sah: kembalikan None, jangan dibiarkan."),
        ((nip[:14] + "3" + nip[15:],), None, "Digit ke-15 harus 1 atau 2: periksa keabsahan dengan `parse_nip`."),
        ((None,), None, "Isian kosong (None) juga menghasilkan None, bukan galat."),
    ]
    cocokkan_fungsi(fungsi, "rapikan_nip", kasus)


def _nip_sah(nilai: Any) -> None:
    harus_tipe(nilai, list, "nip_sah", "daftar (list) NIP 18 digit")
    harapan = list(dict.fromkeys(n for n in map(_rapikan_benar, daftar_nip_kotor()) if n is not None))
    if any(isinstance(n, str) and " " in n for n in nilai):
        raise Salah("masih ada NIP berspasi. Rapikan setiap NIP dulu dengan `rapikan_nip`.")
    if None in nilai:
        raise Salah("masih ada None. Buang NIP yang tidak sah (hasil None).")
    if len(nilai) != len(set(nilai)):
        raise Salah("masih ada NIP ganda. Simpan setiap NIP sekali saja.")
    if sorted(nilai) == sorted(harapan) and nilai != harapan:
        raise Salah("isinya benar tetapi urutannya berubah. Pertahankan urutan kemunculan pertama.")
    if nilai != harapan:
        raise Salah(f"berisi {len(nilai)} NIP, seharusnya {len(harapan)} NIP sah yang berbeda.")


soal_6 = Soal(
    6,
    "Membersihkan daftar NIP",
    [
        Bagian("a", "fungsi rapikan_nip", ("rapikan_nip",), _rapikan_nip),
        Bagian("b", "daftar nip_sah", ("nip_sah",), _nip_sah),
    ],
    [
        "Langkah fungsi: (1) bila masukan bukan teks, kembalikan None; (2) buang spasi, titik, dan tanda hubung; "
        "(3) periksa dengan `parse_nip`; bila gagal kembalikan None.",
        "Membuang beberapa karakter: `re.sub(r\"[\\s.\\-]\", \"\", teks)`. `parse_nip` melempar `NIPTidakValid` bila "
        "NIP tidak sah: tangkap dengan `try: ... except NIPTidakValid: return None`.",
        "Untuk bagian b: mulai dari daftar kosong, ulangi setiap NIP kotor, rapikan, lalu tambahkan hanya bila "
        "hasilnya bukan None dan belum ada di daftar (kata kunci `not in`).",
    ],
)

SOAL = (soal_1, soal_2, soal_3, soal_4, soal_5, soal_6)
