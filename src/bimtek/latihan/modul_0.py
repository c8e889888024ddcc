"""Soal Modul 0 Orientasi: menjalankan sel, variabel, memanggil fungsi kit, menulis fungsi, membaca data, widget."""

from __future__ import annotations

from typing import Any

from bimtek import aturan
from bimtek.latihan.periksa import cocokkan_fungsi, harus_tipe, tabel_asli
from bimtek.latihan.soal import Bagian, Salah, Soal, tampilkan_ringkas

TUGAS = "modul-0-orientasi"


# --- Soal 1: variabel dan hitungan -------------------------------------------------------------------------------

def _jam_per_hari(nilai: Any) -> None:
    harus_tipe(nilai, (int, float), "jam_kerja_per_hari", "sebuah angka, mis. 8 atau 7.5")
    benar = aturan.JAM_KERJA_PER_MINGGU / len(aturan.HARI_KERJA)
    if nilai == 8:
        raise Salah("8 jam per hari tidak sesuai Perpres 21/2023. Hitung dari JAM_KERJA_PER_MINGGU dibagi jumlah "
                    "hari kerja.")
    if nilai == aturan.JAM_KERJA_PER_MINGGU:
        raise Salah("itu jam kerja per minggu; bagi dengan jumlah hari kerja (Senin-Jumat).")
    if abs(nilai - benar) > 1e-9:
        raise Salah(f"{nilai} belum tepat. Jam kerja per minggu {aturan.JAM_KERJA_PER_MINGGU}, dibagi 5 hari kerja.")


def _menit_per_minggu(nilai: Any) -> None:
    harus_tipe(nilai, (int, float), "menit_kerja_per_minggu", "sebuah angka")
    benar = aturan.JAM_KERJA_PER_MINGGU * 60
    if nilai == aturan.JAM_KERJA_PER_MINGGU:
        raise Salah("itu masih dalam jam; satu jam = 60 menit.")
    if abs(nilai - benar) > 1e-9:
        raise Salah(f"{nilai} belum tepat: kalikan jam kerja per minggu dengan 60.")


soal_1 = Soal(
    1,
    "Jam kerja ASN",
    [
        Bagian("a", "jam kerja per hari", ("jam_kerja_per_hari",), _jam_per_hari),
        Bagian("b", "menit kerja per minggu", ("menit_kerja_per_minggu",), _menit_per_minggu),
    ],
    [
        "Nilai jam kerja per minggu sudah tersedia: `JAM_KERJA_PER_MINGGU` (dari `bimtek.aturan`). Hari kerja ada "
        "5 (Senin-Jumat).",
        "Tanda bagi di Python adalah `/` dan tanda kali `*`. Contoh bentuk jawaban: `jam_kerja_per_hari = A / B`.",
        "Bagian b tidak memakai jumlah hari: cukup ubah jam per minggu ke menit (1 jam = 60 menit).",
    ],
)


# --- Soal 2: memanggil fungsi kit (kuadran predikat) --------------------------------------------------------------

RATING_HASIL_SOAL_2 = "Di Bawah Ekspektasi"
RATING_PERILAKU_SOAL_2 = "Di Atas Ekspektasi"


def _predikat_budi(nilai: Any) -> None:
    harus_tipe(nilai, str, "predikat_budi", 'teks predikat, mis. "Baik"')
    benar = aturan.predikat_kinerja(RATING_HASIL_SOAL_2, RATING_PERILAKU_SOAL_2)
    tertukar = aturan.predikat_kinerja(RATING_PERILAKU_SOAL_2, RATING_HASIL_SOAL_2)
    if nilai == tertukar:
        raise Salah(
            f"{nilai!r} adalah predikat bila sumbunya tertukar. Urutan masukan `predikat_kinerja` adalah "
            "(rating_hasil_kerja, rating_perilaku_kerja): hasil kerja dulu, lalu perilaku kerja."
        )
    if nilai != benar:
        try:
            baku = aturan.normalisasi_predikat(nilai)
        except ValueError:
            raise Salah(f"{nilai!r} bukan predikat yang dikenal. Pilihan: {', '.join(aturan.PREDIKAT)}.") from None
        if baku == benar:
            raise Salah(f"isinya benar tetapi tulislah persis seperti hasil fungsi: {benar!r}.")
        raise Salah(f"{nilai!r} belum tepat. Panggil `predikat_kinerja(...)` dengan kedua rating Pak Budi.")


soal_2 = Soal(
    2,
    "Predikat kinerja Pak Budi",
    [Bagian("", "predikat Pak Budi", ("predikat_budi",), _predikat_budi)],
    [
        "Fungsi `predikat_kinerja` dari `bimtek.aturan` menerima dua masukan: rating hasil kerja, lalu rating "
        "perilaku kerja.",
        f'Bentuknya: `predikat_budi = predikat_kinerja("{RATING_HASIL_SOAL_2}", "...")`. Isi titik-titiknya dengan '
        "rating perilaku kerja Pak Budi.",
    ],
)


# --- Soal 3: menulis fungsi kecil (menit terlambat) ---------------------------------------------------------------

def _menit_terlambat_benar(jam_datang: str) -> int:
    jam, menit = (int(x) for x in jam_datang.split(":"))
    return max(0, jam * 60 + menit - (aturan.JAM_MASUK.hour * 60 + aturan.JAM_MASUK.minute))


def _menit_terlambat(fungsi: Any) -> None:
    masuk = aturan.JAM_MASUK.strftime("%H:%M")
    cocokkan_fungsi(fungsi, "menit_terlambat", [
        ((masuk,), 0, f"Datang tepat pukul {masuk} tidak terlambat."),
        (("07:45",), _menit_terlambat_benar("07:45"), f"Jam masuk adalah {masuk}, bukan 08:00."),
        (("07:10",), 0, "Datang lebih awal tidak terlambat: hasilnya 0, bukan angka negatif (pakai `max(0, ...)`)."),
        (("09:05",), _menit_terlambat_benar("09:05"), "Hitung jam juga, bukan hanya menitnya: 1 jam = 60 menit."),
    ])


soal_3 = Soal(
    3,
    "Fungsi menit terlambat",
    [Bagian("", "fungsi menit_terlambat", ("menit_terlambat",), _menit_terlambat)],
    [
        "Ubah jam \"HH:MM\" menjadi menit sejak tengah malam: jam * 60 + menit. Lakukan untuk jam datang dan untuk "
        "`JAM_MASUK` (punya `.hour` dan `.minute`).",
        "`jam, menit = jam_datang.split(\":\")` memisahkan teks; ubah ke angka dengan `int(jam)`.",
        "Selisihnya adalah keterlambatan; bila negatif (datang lebih awal) hasilnya 0: `return max(0, selisih)`.",
    ],
)


# --- Soal 4: membaca data kelas ------------------------------------------------------------------------------------

def _jumlah_pegawai(nilai: Any) -> None:
    harus_tipe(nilai, int, "jumlah_pegawai", "bilangan bulat")
    benar = len(tabel_asli("pegawai"))
    if nilai != benar:
        raise Salah(f"{nilai} belum tepat. Jumlah baris tabel pegawai bisa dihitung dengan `len(pegawai)`.")


def _jumlah_pppk(nilai: Any) -> None:
    harus_tipe(nilai, int, "jumlah_pppk", "bilangan bulat")
    pegawai = tabel_asli("pegawai")
    benar = int((pegawai["status_kepegawaian"] == "PPPK").sum())
    if nilai == len(pegawai) - benar:
        raise Salah("itu jumlah PNS. Saring pegawai yang `status_kepegawaian`-nya \"PPPK\".")
    if nilai != benar:
        raise Salah(f"{nilai} belum tepat. Hitung baris yang kolom `status_kepegawaian`-nya sama dengan \"PPPK\".")


soal_4 = Soal(
    4,
    "Membaca tabel pegawai",
    [
        Bagian("a", "jumlah pegawai", ("jumlah_pegawai",), _jumlah_pegawai),
        Bagian("b", "jumlah PPPK", ("jumlah_pppk",), _jumlah_pppk),
    ],
    [
        "`len(tabel)` memberi jumlah baris. Untuk menghitung yang memenuhi syarat, buat dulu kolom benar/salah: "
        "`pegawai[\"status_kepegawaian\"] == \"PPPK\"`.",
        "`.sum()` pada kolom benar/salah menghitung yang benar. Bungkus dengan `int(...)` agar menjadi bilangan "
        "bulat biasa.",
    ],
)


# --- Soal 5: jalur tanpa kode, kartu profil ------------------------------------------------------------------------

def pegawai_soal_5() -> dict[str, Any]:
    """Pegawai yang dicari pada soal 5: pegawai pertama di tabel kelas (urut NIP)."""
    return tabel_asli("pegawai").sort_values("nip").iloc[0].to_dict()


def _nip_kartu() -> None:
    from bimtek import jawaban

    nip = jawaban.muat(TUGAS).get("profil_nip")
    if not nip:
        raise Salah("kartu profil belum dipakai mencari. Ketik NIP pada kartu di atas lalu tekan tombol Cari.")
    target = pegawai_soal_5()["nip"]
    if aturan.bersihkan_nip(str(nip)) != target:
        raise Salah(f"NIP terakhir yang dicari {tampilkan_ringkas(nip)}, bukan NIP yang diminta soal.")


soal_5 = Soal(
    5,
    "Kartu profil (tanpa kode)",
    [Bagian("", "pencarian di kartu profil", (), _nip_kartu)],
    [
        "Ketik NIP yang tertulis di soal ke kotak \"NIP / NI PPPK\", boleh dengan spasi, lalu tekan Cari.",
        "Yang dinilai adalah NIP terakhir yang Anda cari. Bila sudah mencari NIP lain, cari lagi NIP dari soal.",
    ],
)

SOAL = (soal_1, soal_2, soal_3, soal_4, soal_5)
