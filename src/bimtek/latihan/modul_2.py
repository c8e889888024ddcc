"""Soal Modul 2 Perencanaan kinerja (SKP di e-Kinerja): Form SKP, memperbaiki SKP, matriks peran hasil, IKI,
dan perilaku BerAKHLAK. Aturan dibaca dari `bimtek.aturan` dan `bimtek.widgets.logika_skp`, data dari
`bimtek.data`."""

from __future__ import annotations

from typing import Any

from bimtek import aturan, jawaban
from bimtek.latihan.periksa import harus_tipe
from bimtek.latihan.soal import Bagian, Salah, Soal, tampilkan_ringkas
from bimtek.widgets import dari_data
from bimtek.widgets import logika_skp as L

TUGAS = "modul-2-skp"


def _tabel() -> dict[str, Any]:
    return dari_data.tabel_kelas("pegawai", "rhk")


# --- Soal 1: Form SKP (jalur tanpa kode) ------------------------------------------------------------------------

def skp_tersimpan() -> dict[str, Any]:
    """SKP yang diisi lewat Form SKP (berkas jawaban), atau Salah bila belum ada."""
    skp = jawaban.muat(TUGAS).get("skp")
    if not isinstance(skp, dict):
        raise Salah("Form SKP belum diisi. Jalankan sel Form SKP, isi formulirnya; isian tersimpan otomatis.")
    return skp


def _periode_form() -> None:
    skp = skp_tersimpan()
    pesan = L.periksa_periode(skp.get("periode")) + L.periksa_pendekatan(skp.get("pendekatan"))
    if pesan:
        raise Salah(" ".join(pesan))
    tahun = (skp.get("periode") or {}).get("tahun_awal")
    if tahun != 2025:
        raise Salah(f"tahun periode SKP {tahun}, padahal soal meminta SKP tahun 2025.")


def _rhk_form() -> None:
    skp = skp_tersimpan()
    t = _tabel()
    pilihan = dari_data.rhk_atasan(dari_data.persona_skp(t)["nip"], t)
    daftar = skp.get("rhk") or []
    if not any(r.get("jenis") == "Utama" for r in daftar):
        raise Salah("belum ada RHK berjenis Utama. Klik \"Tambah RHK\" dan pilih jenis Utama.")
    pendekatan = skp.get("pendekatan", "Kuantitatif")
    pesan = [p for i, r in enumerate(daftar, 1) for p in L.periksa_rhk(r, i, pilihan, pendekatan)]
    if pesan:
        raise Salah(" ".join(pesan))


def _ajukan_form() -> None:
    skp = skp_tersimpan()
    if skp.get("status") not in (L.DIAJUKAN, L.DISETUJUI):
        raise Salah(
            f"status SKP masih {skp.get('status')}. Setelah semua aturan terpenuhi, klik \"Ajukan\" "
            "(lalu, sebagai atasan simulasi, boleh klik \"Setujui\")."
        )


soal_1 = Soal(
    1,
    "Menyusun SKP di Form SKP",
    [
        Bagian("a", "periode Januari-Desember 2025 dan Pendekatan", (), _periode_form),
        Bagian("b", "RHK yang mengintervensi RHK atasan, lengkap dengan IKI", (), _rhk_form),
        Bagian("c", "pengajuan SKP", (), _ajukan_form),
    ],
    [
        "Kerjakan dari atas ke bawah formulir: Periode, RHK. Kotak \"Pemeriksaan\" di formulir menyebut semua yang "
        "masih kurang, persis seperti gerbang tombol Ajukan.",
        "Periode awal Januari 2025 dan periode akhir Desember 2025 (pegawai yang bekerja setahun penuh). Setiap RHK "
        "harus memilih satu RHK atasan yang diintervensi dan punya IKI dengan target dan satuan.",
        "Ekspektasi khusus pimpinan untuk BerAKHLAK boleh kosong (ditulis atasan bila perlu). Setelah kotak "
        "Pemeriksaan hijau, klik Ajukan.",
    ],
)


# --- Soal 2: memperbaiki SKP Pak Dedi -------------------------------------------------------------------------

RHK_ATASAN_DEDI: tuple[str, ...] = (
    "Meningkatnya kualitas pelayanan administrasi kepegawaian",
    "Tersedianya data kepegawaian yang akurat dan mutakhir",
)


def skp_dedi() -> dict[str, Any]:
    """SKP Pak Dedi yang belum dapat diajukan: tiga kesalahan umum."""
    skp = L.skp_kosong("198703152010011002", 2025)
    skp["periode"] = {"bulan_awal": 1, "tahun_awal": 2025, "bulan_akhir": 1, "tahun_akhir": 2025}  # SKP sebulan
    skp["rhk"] = [
        {
            "jenis": "Utama",
            "rencana_hasil_kerja": "Terlaksananya verifikasi usulan kenaikan pangkat",
            "rhk_atasan": RHK_ATASAN_DEDI[0],
            "iki": [{"indikator": "Jumlah usulan yang diverifikasi", "aspek": "Kuantitas", "target": 120,
                     "satuan": "usulan"}],
        },
        {
            "jenis": "Utama",
            "rencana_hasil_kerja": "Termutakhirkannya data pegawai di SIASN",
            "rhk_atasan": "",
            "iki": [{"indikator": "Persentase data pegawai yang dimutakhirkan", "aspek": "Kualitas", "target": 90,
                     "satuan": ""}],
        },
    ]
    return skp


def _skp_dict(nilai: Any) -> dict[str, Any]:
    harus_tipe(nilai, dict, "skp_dedi_perbaikan", "dict SKP (mulai dari `skp_dedi()`)")
    return nilai


def _periode_dedi(nilai: Any) -> None:
    skp = _skp_dict(nilai)
    pesan = L.periksa_periode(skp.get("periode"))
    if pesan:
        raise Salah(pesan[0] + " Ubah `skp_dedi_perbaikan[\"periode\"]`, misalnya kunci \"bulan_akhir\".")


def _aturan_dedi(nilai: Any) -> None:
    skp = _skp_dict(nilai)
    asli = {r["rencana_hasil_kerja"] for r in skp_dedi()["rhk"]}
    ada = {r.get("rencana_hasil_kerja") for r in skp.get("rhk") or []}
    if not asli <= ada:
        raise Salah(
            f"RHK Pak Dedi {sorted(asli - ada)} hilang. Perbaiki RHK-nya, jangan dihapus: kedua RHK adalah "
            "pekerjaan nyatanya."
        )
    pesan = L.periksa_skp(skp, RHK_ATASAN_DEDI)
    if pesan:
        raise Salah("SKP masih belum dapat diajukan: " + " ".join(pesan))


soal_2 = Soal(
    2,
    "Memperbaiki SKP Pak Dedi",
    [
        Bagian("a", "periode SKP", ("skp_dedi_perbaikan",), _periode_dedi),
        Bagian("b", "semua aturan pengajuan terpenuhi", ("skp_dedi_perbaikan",), _aturan_dedi),
    ],
    [
        "Jalankan `periksa_skp(skp_dedi(), RHK_ATASAN_DEDI)`: daftar yang keluar adalah semua yang harus "
        "diperbaiki.",
        "Ubah isi dict dengan penugasan, misalnya `skp_dedi_perbaikan[\"periode\"][\"bulan_akhir\"] = 12`. RHK kedua "
        "ada di `skp_dedi_perbaikan[\"rhk\"][1]`, IKI-nya di `skp_dedi_perbaikan[\"rhk\"][1][\"iki\"][0]`.",
        "RHK kedua (pemutakhiran data) paling cocok mengintervensi RHK atasan kedua, `RHK_ATASAN_DEDI[1]`; "
        "satuan IKI-nya \"persen\".",
    ],
)


# --- Soal 3: matriks peran hasil dari data kelas ----------------------------------------------------------------

def persona() -> dict[str, Any]:
    """Pegawai contoh Modul 2 (sama dengan pemilik Form SKP)."""
    return dari_data.persona_skp(_tabel())


def _rhk_atasan_benar() -> tuple[dict[str, str], dict[str, int]]:
    t = _tabel()
    p = dari_data.persona_skp(t)
    milik_atasan = dari_data.rhk_pegawai(p["atasan_nip"], t)
    teks = dict(zip(milik_atasan["rhk_id"], milik_atasan["rencana_hasil_kerja"], strict=True))
    intervensi = t["rhk"][t["rhk"]["rhk_atasan_id"].isin(teks)]
    hitung = intervensi.groupby("rhk_atasan_id").size()
    return teks, {teks[i]: int(hitung.get(i, 0)) for i in teks}


def _rhk_atasan_saya(nilai: Any) -> None:
    harus_tipe(nilai, list, "rhk_atasan_saya", "list teks RHK (mis. hasil `.tolist()`)")
    teks, _ = _rhk_atasan_benar()
    t = _tabel()
    milik_sendiri = dari_data.rhk_pegawai(persona()["nip"], t)["rencana_hasil_kerja"].tolist()
    if sorted(map(str, nilai)) == sorted(milik_sendiri) and milik_sendiri:
        raise Salah("itu RHK pegawai contoh sendiri. Saring tabel rhk dengan NIP ATASAN-nya (`atasan_nip`).")
    if sorted(map(str, nilai)) != sorted(teks.values()):
        raise Salah(
            f"berisi {len(nilai)} RHK, seharusnya {len(teks)} RHK milik atasan (NIP {persona()['atasan_nip']}). "
            f"Contoh isi Anda: {tampilkan_ringkas(nilai[:1])}."
        )


def _jumlah_intervensi(nilai: Any) -> None:
    if hasattr(nilai, "to_dict"):
        nilai = nilai.to_dict()
    harus_tipe(nilai, dict, "jumlah_intervensi", "dict {RHK atasan: jumlah RHK yang mengintervensinya}")
    _, benar = _rhk_atasan_benar()
    if set(nilai) != set(benar):
        raise Salah(
            f"kuncinya harus tepat {len(benar)} rumusan RHK atasan (termasuk yang tidak diintervensi, bernilai 0)."
        )
    salah = {k: v for k, v in nilai.items() if v != benar[k]}
    if salah:
        k = next(iter(salah))
        hanya_sendiri = all(v <= 1 for v in nilai.values()) and any(v > 1 for v in benar.values())
        petunjuk = " Hitung RHK SEMUA bawahan, bukan hanya pegawai contoh." if hanya_sendiri else ""
        raise Salah(f"untuk RHK atasan {k!r} tertulis {salah[k]}, seharusnya {benar[k]}.{petunjuk}")


soal_3 = Soal(
    3,
    "Matriks peran hasil",
    [
        Bagian("a", "RHK atasan", ("rhk_atasan_saya",), _rhk_atasan_saya),
        Bagian("b", "jumlah RHK yang mengintervensi tiap RHK atasan", ("jumlah_intervensi",), _jumlah_intervensi),
    ],
    [
        "Tabel `rhk` punya kolom `nip` (pemilik RHK) dan `rhk_atasan_id` (kode RHK atasan yang diintervensi). "
        "NIP atasan pegawai contoh ada di `saya[\"atasan_nip\"]`.",
        "a: `rhk[rhk[\"nip\"] == saya[\"atasan_nip\"]][\"rencana_hasil_kerja\"].tolist()`. b: untuk setiap baris "
        "RHK atasan, hitung baris tabel `rhk` yang `rhk_atasan_id`-nya sama dengan `rhk_id` RHK atasan itu.",
        "b dengan perulangan: `for _, r in milik_atasan.iterrows(): jumlah_intervensi[r[\"rencana_hasil_kerja\"]] "
        "= int((rhk[\"rhk_atasan_id\"] == r[\"rhk_id\"]).sum())`.",
    ],
)


# --- Soal 4: menyusun IKI -------------------------------------------------------------------------------------

def _iki(nilai: Any, nama: str, aspek: str, target: float, kata_satuan: str) -> None:
    harus_tipe(nilai, dict, nama, "dict dengan kunci indikator, aspek, target, satuan")
    pesan = L.periksa_iki(nilai, nama)
    if pesan:
        raise Salah(" ".join(pesan))
    if nilai["aspek"] != aspek:
        raise Salah(f"aspek {nilai['aspek']!r} belum tepat: indikator ini mengukur {aspek.lower()}.")
    if float(str(nilai["target"]).replace(",", ".")) != target:
        raise Salah(f"target {nilai['target']!r} belum sesuai soal ({target:g}).")
    if kata_satuan not in str(nilai["satuan"]).lower():
        raise Salah(f"satuan {nilai['satuan']!r} belum sesuai soal; satuannya {kata_satuan}.")


soal_4 = Soal(
    4,
    "Menyusun IKI dengan aspek, target, dan satuan",
    [
        Bagian("a", "IKI kuantitas", ("iki_kuantitas",),
               lambda v: _iki(v, "iki_kuantitas", "Kuantitas", 120, "usulan")),
        Bagian("b", "IKI waktu", ("iki_waktu",), lambda v: _iki(v, "iki_waktu", "Waktu", 5, "hari")),
    ],
    [
        "IKI adalah dict dengan empat kunci: `{\"indikator\": ..., \"aspek\": ..., \"target\": ..., \"satuan\": ...}`. "
        f"Aspek yang sah: {', '.join(aturan.ASPEK_IKI)}.",
        "Banyaknya usulan adalah aspek Kuantitas; lama penyelesaian adalah aspek Waktu. Target ditulis sebagai "
        "angka (120, bukan \"120 usulan\"); satuannya ditulis di `satuan`.",
    ],
)


# --- Soal 5: perilaku BerAKHLAK ---------------------------------------------------------------------------------

# Satu panduan perilaku dari setiap nilai, urutannya diacak tetap agar tidak sama dengan urutan nilai.
PERILAKU_SOAL_5: tuple[str, ...] = tuple(
    aturan.BERAKHLAK[nilai][i]
    for nilai, i in (("Loyal", 2), ("Kompeten", 1), ("Berorientasi Pelayanan", 2), ("Akuntabel", 2),
                     ("Kolaboratif", 0), ("Harmonis", 0), ("Adaptif", 2))
)


def _nilai_dari_panduan(panduan: str) -> str:
    return next(n for n, daftar in aturan.BERAKHLAK.items() if panduan in daftar)


def _pasangan(nilai: Any) -> None:
    harus_tipe(nilai, dict, "pasangan_berakhlak", "dict {panduan perilaku: nilai BerAKHLAK}")
    kurang = [p for p in PERILAKU_SOAL_5 if p not in nilai]
    if kurang:
        raise Salah(f"panduan {kurang[0]!r} belum dipasangkan. Salin teks panduan dari `PERILAKU_SOAL_5` apa adanya.")
    for p in PERILAKU_SOAL_5:
        benar = _nilai_dari_panduan(p)
        if nilai[p] != benar:
            if nilai[p] not in aturan.BERAKHLAK:
                raise Salah(f"{nilai[p]!r} bukan nilai BerAKHLAK. Pilihan: {', '.join(aturan.BERAKHLAK)}.")
            raise Salah(f"{p!r} dipasangkan dengan {nilai[p]}, padahal itu panduan nilai lain.")


soal_5 = Soal(
    5,
    "Mengenali nilai BerAKHLAK",
    [Bagian("", "pasangan panduan dan nilai", ("pasangan_berakhlak",), _pasangan)],
    [
        "Tampilkan `BERAKHLAK`: setiap nilai punya tiga panduan perilaku. Cari setiap kalimat `PERILAKU_SOAL_5` "
        "di sana.",
        "Jawaban berbentuk `{\"Menjaga rahasia jabatan dan negara\": \"Loyal\", ...}` dengan tujuh pasangan.",
    ],
)

SOAL = (soal_1, soal_2, soal_3, soal_4, soal_5)

