"""Soal Modul 3 Penilaian kinerja: predikat dari kuadran kinerja, realisasi periodik dan tahunan, Form penilaian
(jalur tanpa kode), pola distribusi, dan angka kredit jabatan fungsional. Aturan dibaca dari `bimtek.aturan`,
data dari `bimtek.data`."""

from __future__ import annotations

import math
from typing import Any, NamedTuple

import pandas as pd

from bimtek import aturan, jawaban
from bimtek.latihan.periksa import bandingkan_kolom, harus_dataframe_dengan_kolom, harus_tipe
from bimtek.latihan.soal import Bagian, Salah, Soal, tampilkan_ringkas
from bimtek.widgets import dari_data
from bimtek.widgets import logika_penilaian as L

TUGAS = "modul-3-penilaian"


# --- Soal 3: predikat dari kuadran kinerja ----------------------------------------------------------------------

RATING_RINA = ("Di Atas Ekspektasi", "Di Bawah Ekspektasi")  # (hasil kerja, perilaku kerja)


def tim_kotor() -> pd.DataFrame:
    """Rekap rating satu tim seperti diketik di lembar kerja: ejaannya tidak seragam."""
    return pd.DataFrame({
        "nama": ["Ayu", "Bambang", "Citra", "Dodi", "Eka", "Fajar"],
        "rating_hasil_kerja": ["diatas", "SESUAI EKSPEKTASI", "Di bawah ekspektasi", "sesuai", " Di Atas ", "dibawah"],
        "rating_perilaku_kerja": ["Di Atas Ekspektasi", "dibawah", "diatas", "Sesuai", "sesuai ekspektasi",
                                  "DI BAWAH"],
    })


def _predikat_rina(nilai: Any) -> None:
    harus_tipe(nilai, str, "predikat_rina", 'teks predikat, mis. "Baik"')
    benar = aturan.predikat_kinerja(*RATING_RINA)
    if nilai == aturan.predikat_kinerja(*reversed(RATING_RINA)):
        raise Salah(
            f"{nilai!r} adalah hasil bila sumbunya tertukar. Masukan pertama `predikat_kinerja` adalah rating HASIL "
            "kerja, kedua rating PERILAKU kerja. Hasil kerja di atas ekspektasi dengan perilaku di bawah ekspektasi "
            "termasuk misconduct."
        )
    if nilai != benar:
        raise Salah(f"{nilai!r} belum tepat. Panggil `predikat_kinerja` dengan kedua rating Bu Rina.")


def _tim(tabel: Any) -> None:
    harus_dataframe_dengan_kolom(tabel, "tim", ["rating_hasil_kerja", "rating_perilaku_kerja", "predikat_kinerja"])
    asli = tim_kotor()
    harapan = pd.Series([aturan.predikat_kinerja(h, p) for h, p in
                         zip(asli["rating_hasil_kerja"], asli["rating_perilaku_kerja"], strict=True)])

    def diagnosa(nilai: pd.Series, benar: pd.Series) -> str:
        tertukar = pd.Series([aturan.predikat_kinerja(p, h) for h, p in
                              zip(asli["rating_hasil_kerja"], asli["rating_perilaku_kerja"], strict=True)])
        if (nilai == tertukar).sum() > (nilai == benar).sum():
            return "Tampaknya sumbunya tertukar: hasil kerja dulu, lalu perilaku kerja."
        return "Ejaan rating yang beragam tidak perlu diperbaiki manual: `predikat_kinerja` sudah menerimanya."

    bandingkan_kolom(tabel, "tim", "predikat_kinerja", harapan, diagnosa)


soal_3 = Soal(
    3,
    "Predikat dari kuadran kinerja",
    [
        Bagian("a", "predikat Bu Rina", ("predikat_rina",), _predikat_rina),
        Bagian("b", "kolom predikat tim", ("tim",), _tim),
    ],
    [
        "`predikat_kinerja(rating_hasil_kerja, rating_perilaku_kerja)`: urutannya hasil kerja dulu. Fungsi ini "
        "menerima ejaan seperti \"diatas\" atau \"SESUAI\".",
        "b: hitung per baris, misalnya `tim[\"predikat_kinerja\"] = [predikat_kinerja(h, p) for h, p in "
        "zip(tim[\"rating_hasil_kerja\"], tim[\"rating_perilaku_kerja\"])]`.",
    ],
)


# --- Soal 2: realisasi periodik dan tahunan --------------------------------------------------------------------

def pegawai_soal_2() -> dict[str, Any]:
    """Bawahan pertama pejabat penilai contoh (orang pertama di Form penilaian)."""
    t = dari_data.tabel_kelas("pegawai", "unit_kerja", "realisasi")
    penilai = dari_data.penilai_contoh(t)
    return dari_data.pegawai(str(dari_data.bawahan_unit(penilai["nip"], t).iloc[0]["nip"]), t)


class _Jawaban2(NamedTuple):
    tahunan: dict[str, float]  # baris periode Tahunan per IKI
    tw4: dict[str, float]  # kesalahan umum: triwulan terakhir
    semua: dict[str, float]  # kesalahan umum: semua baris dijumlahkan (termasuk baris Tahunan)
    capaian: dict[str, float]  # aturan.capaian_iki menurut aspek
    naif: dict[str, float]  # kesalahan umum: realisasi / target untuk semua aspek


def _realisasi_benar() -> _Jawaban2:
    t = dari_data.tabel_kelas("realisasi", "iki")
    nip = pegawai_soal_2()["nip"]
    r = t["realisasi"][t["realisasi"]["nip"].astype(str) == str(nip)]
    th = dari_data.realisasi_tahunan({"realisasi": r})
    tahunan = {str(k): float(v) for k, v in zip(th["iki_id"], th["realisasi"], strict=True)}
    tw4 = r[r["periode"].astype(str).str.endswith("TW4")]
    terakhir = {str(k): float(v) for k, v in zip(tw4["iki_id"], tw4["realisasi"], strict=True)}
    semua = {str(k): float(v) for k, v in r.groupby("iki_id")["realisasi"].sum().items()}
    iki = t["iki"].set_index("iki_id")
    capaian = {k: aturan.capaian_iki(iki.loc[k, "target"], v, iki.loc[k, "aspek"]) for k, v in tahunan.items()}
    naif = {k: v / float(iki.loc[k, "target"]) * 100 for k, v in tahunan.items()}
    return _Jawaban2(tahunan, terakhir, semua, capaian, naif)


def _sebagai_dict(nilai: Any, nama: str) -> dict[str, float]:
    if hasattr(nilai, "to_dict"):
        nilai = nilai.to_dict()
    harus_tipe(nilai, dict, nama, "dict {iki_id: angka}")
    return {str(k): v for k, v in nilai.items()}


def _bandingkan_per_iki(nilai: dict[str, Any], benar: dict[str, float], nama: str, toleransi: float,
                        salah_umum: list[tuple[dict[str, float], str]] = ()) -> None:
    if set(nilai) != set(benar):
        raise Salah(f"`{nama}` harus punya satu kunci untuk setiap IKI pegawai: {sorted(benar)}.")
    for k, v in benar.items():
        try:
            x = float(nilai[k])
        except (TypeError, ValueError):
            raise Salah(f"nilai untuk {k} bukan angka: {tampilkan_ringkas(nilai[k])}.") from None
        if abs(x - v) > toleransi:
            for salah, pesan in salah_umum:
                if abs(x - salah[k]) <= toleransi:
                    raise Salah(pesan)
            raise Salah(f"untuk {k} tertulis {x:g}, seharusnya {v:g}.")


def _realisasi_tahunan(nilai: Any) -> None:
    j = _realisasi_benar()
    _bandingkan_per_iki(
        _sebagai_dict(nilai, "realisasi_tahunan"), j.tahunan, "realisasi_tahunan", 1e-9, [
            (j.tw4, "Anda mengambil triwulan terakhir (TW4). Baris triwulan berisi realisasi triwulan itu saja, "
                    "jadi TW4 bukan realisasi setahun. Ambil baris periode Tahunan."),
            (j.semua, "Anda menjumlahkan semua baris, termasuk baris Tahunan. Ambil baris periode Tahunan saja."),
        ],
    )


def _capaian(nilai: Any) -> None:
    j = _realisasi_benar()
    target_terbalik = {k: (100 / c * 100 if c else math.inf) for k, c in j.capaian.items()}
    _bandingkan_per_iki(
        _sebagai_dict(nilai, "capaian"), j.capaian, "capaian", 0.05, [
            (j.naif, "Untuk aspek Waktu dan Biaya makin kecil makin baik: capaian = target / realisasi x 100. "
                     "Pakai capaian_iki(target, realisasi, aspek)."),
            (target_terbalik, "Pembagiannya terbalik: capaian = realisasi / target x 100 (untuk Waktu dan Biaya "
                              "target / realisasi x 100). Pakai capaian_iki(target, realisasi, aspek)."),
        ],
    )


soal_2 = Soal(
    2,
    "Realisasi periodik dan tahunan",
    [
        Bagian("a", "realisasi tahunan per IKI", ("realisasi_tahunan",), _realisasi_tahunan),
        Bagian("b", "capaian per IKI (persen)", ("capaian",), _capaian),
    ],
    [
        "Saring tabel `realisasi` dengan NIP pegawai soal. Baris triwulan (kolom `periode` seperti \"2025-TW1\") "
        "berisi realisasi triwulan itu saja; baris tahunan punya `jenis_periode` \"Tahunan\" dan `periode` tahun.",
        "a: ambil baris periode Tahunan, misalnya `r[r[\"jenis_periode\"] == \"Tahunan\"]`, lalu "
        "`dict(zip(baris[\"iki_id\"], baris[\"realisasi\"]))`. Untuk Kuantitas nilainya sama dengan jumlah keempat "
        "triwulan (aturan.realisasi_tahunan); aspek lain diisi setahun, tidak dijumlahkan.",
        "b: target dan aspek ada di tabel `iki` (kunci `iki_id`). Capaian = capaian_iki(target, realisasi, aspek): "
        "realisasi / target x 100 untuk Kuantitas dan Kualitas, target / realisasi x 100 untuk Waktu dan Biaya.",
    ],
)


# --- Soal 1: Form penilaian (jalur tanpa kode) -----------------------------------------------------------------

def penilaian_tersimpan() -> dict[str, Any]:
    """Isian Form penilaian (berkas jawaban), atau Salah bila belum ada."""
    isian = jawaban.muat(TUGAS).get("penilaian")
    if not isinstance(isian, dict) or not isian.get("bawahan"):
        raise Salah("Form penilaian belum diisi. Jalankan sel Form penilaian dan nilai setiap bawahan.")
    return isian


def _konteks_form() -> tuple[list[dict[str, Any]], str, list[str]]:
    t = dari_data.tabel_kelas()
    penilai = dari_data.penilai_contoh(t)
    return (dari_data.bawahan_penilaian(penilai["nip"], t),
            dari_data.predikat_organisasi_unit(penilai["unit_kerja_id"], t),
            dari_data.predikat_pegawai_lain(penilai["nip"], t))


def _lengkap() -> None:
    isian = penilaian_tersimpan()["bawahan"]
    bawahan, _, _ = _konteks_form()
    pesan = []
    for b in bawahan:
        pesan += L.periksa_entri(isian.get(str(b["nip"]), {}), b["nama"])
    if pesan:
        raise Salah(" ".join(pesan))


def _kuadran() -> None:
    """Predikat tiap bawahan diperiksa ulang dengan kuadran kinerja. Pola distribusi unit TIDAK dinilai: pola itu
    bahan pertimbangan penilai (SE MenPANRB 3/2023), bukan pemeringkatan paksa."""
    isian = penilaian_tersimpan()["bawahan"]
    bawahan, _, _ = _konteks_form()
    for b in bawahan:
        e = isian.get(str(b["nip"]), {})
        benar = L.predikat_entri(e)
        if benar is None:
            raise Salah(f"{b['nama']}: pilih kedua rating; predikat berasal dari kuadran kinerja.")
        if e.get("predikat_kinerja") != benar:
            raise Salah(f"{b['nama']}: predikat tersimpan {e.get('predikat_kinerja')!r} tidak mengikuti kuadran "
                        f"kinerja ({benar}).")


soal_1 = Soal(
    1,
    "Menilai bawahan di Form penilaian",
    [
        Bagian("a", "umpan balik dan kedua rating untuk setiap bawahan", (), _lengkap),
        Bagian("b", "predikat setiap bawahan mengikuti kuadran kinerja", (), _kuadran),
    ],
    [
        "Buka setiap nama pada formulir. Baca realisasi terhadap target dan bukti dukungnya, tulis umpan balik, "
        "lalu pilih rating hasil kerja dan rating perilaku kerja.",
        "Grafik di bawah formulir menggambar sebaran predikat seluruh unit; daftar merah menyebut syarat pola yang "
        "belum terpenuhi. Unit berpredikat Baik, misalnya, harus punya pegawai Butuh Perbaikan dan/atau Kurang, "
        "dan Baik paling banyak 70%.",
        "Nilai setiap bawahan dari realisasi dan bukti dukungnya SENDIRI, bukan dengan mengurutkan antarbawahan: "
        "pola distribusi adalah bahan pertimbangan, bukan pemeringkatan paksa. Bila pola belum terpenuhi, tinjau "
        "ulang realisasi dan bukti dukung, lalu bahas dengan pimpinan unit.",
    ],
)


# --- Soal 4: pola distribusi ------------------------------------------------------------------------------------

UNIT_SOAL_4 = "Butuh Perbaikan"
PREDIKAT_SOAL_4: tuple[str, ...] = ("Butuh Perbaikan",) * 5 + ("Baik",) * 3 + ("Sangat Baik",) * 2


def _sesuai_kurva(nilai: Any) -> None:
    harus_tipe(nilai, bool, "sesuai_kurva", "True atau False (mis. `hasil.sesuai`)")
    if nilai != aturan.periksa_distribusi(UNIT_SOAL_4, PREDIKAT_SOAL_4).sesuai:
        raise Salah("belum tepat. Periksa dengan `periksa_distribusi(UNIT_SOAL_4, PREDIKAT_SOAL_4)` lalu baca "
                    "`.sesuai` dan `.pelanggaran`.")


def _minimal_bp(nilai: Any) -> None:
    harus_tipe(nilai, int, "minimal_butuh_perbaikan", "bilangan bulat (jumlah pegawai)")
    benar = math.ceil(0.6 * 12)
    if nilai == math.floor(0.6 * 12):
        raise Salah(f"{nilai} pegawai dari 12 hanya {nilai / 12:.0%}, kurang dari 60%. Bulatkan ke ATAS.")
    if nilai != benar:
        raise Salah(f"{nilai} belum tepat. Paling sedikit 60% dari 12 pegawai, dibulatkan ke atas.")
    if not aturan.periksa_distribusi(UNIT_SOAL_4, ["Butuh Perbaikan"] * benar + ["Baik"] * (12 - benar)).sesuai:
        raise Salah("jawaban ini tidak lolos pemeriksaan pola; hubungi fasilitator.")


soal_4 = Soal(
    4,
    "Pola distribusi menurut predikat organisasi",
    [
        Bagian("a", "apakah sebaran unit sesuai", ("sesuai_kurva",), _sesuai_kurva),
        Bagian("b", "jumlah minimal Butuh Perbaikan", ("minimal_butuh_perbaikan",), _minimal_bp),
    ],
    [
        "`periksa_distribusi(predikat_organisasi, daftar_predikat)` mengembalikan hasil dengan `.sesuai` "
        "(True/False) dan `.pelanggaran` (daftar kalimat).",
        "b: unit berpredikat Butuh Perbaikan wajib punya paling sedikit 60% pegawai Butuh Perbaikan. 60% dari 12 "
        "adalah 7,2 orang; orang tidak bisa pecahan. Pakai `math.ceil`.",
    ],
)


# --- Soal 5: angka kredit jabatan fungsional ------------------------------------------------------------------

def _ak_rina(nilai: Any) -> None:
    harus_tipe(nilai, float, "ak_rina", "angka (mis. 12.5)")
    benar = aturan.angka_kredit("Sangat Baik", "Ahli Pertama")
    if nilai == aturan.KOEFISIEN_TAHUNAN["Ahli Pertama"]:
        raise Salah("itu koefisien tahunan saja. Kalikan dengan persentase predikat (Sangat Baik = 150%).")
    if abs(nilai - benar) > 1e-6:
        raise Salah(f"{nilai} belum tepat. AK = persentase predikat x koefisien tahunan jenjang.")


def _tahun_kp(nilai: Any) -> None:
    harus_tipe(nilai, int, "tahun_kp", "bilangan bulat (jumlah tahun)")
    per_tahun = aturan.angka_kredit("Sangat Baik", "Ahli Muda")
    benar = math.ceil(aturan.ak_kenaikan_pangkat("Ahli Muda") / per_tahun)
    if nilai == math.floor(aturan.ak_kenaikan_pangkat("Ahli Muda") / per_tahun):
        raise Salah(f"setelah {nilai} tahun AK baru {nilai * per_tahun:g}, belum cukup. Bulatkan ke ATAS.")
    if nilai != benar:
        raise Salah(f"{nilai} belum tepat. Bagi AK kenaikan pangkat Ahli Muda dengan AK per tahun.")


soal_5 = Soal(
    5,
    "Angka kredit jabatan fungsional",
    [
        Bagian("a", "AK setahun Bu Rina", ("ak_rina",), _ak_rina),
        Bagian("b", "tahun sampai cukup AK kenaikan pangkat", ("tahun_kp",), _tahun_kp),
    ],
    [
        "`angka_kredit(predikat, jenjang)` menghitung AK setahun; `ak_kenaikan_pangkat(jenjang)` memberi AK yang "
        "dibutuhkan untuk naik pangkat.",
        "b: AK per tahun Ahli Muda dengan predikat Sangat Baik = `angka_kredit(\"Sangat Baik\", \"Ahli Muda\")`. "
        "Jumlah tahun = kebutuhan / AK per tahun, dibulatkan ke atas (`math.ceil`).",
    ],
)

SOAL = (soal_1, soal_2, soal_3, soal_4, soal_5)
