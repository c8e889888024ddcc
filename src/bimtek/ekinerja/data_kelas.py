"""Keadaan awal simulasi dari data kelas: pegawai contoh, atasannya, RHK atasan, dan sebaran predikat unitnya.

Modul 2 mulai dari awal (profil). Modul 3 mulai dari SKP yang sudah disetujui, disusun dari RHK/IKI seorang
pegawai di data kelas yang indikatornya sungguh mengukur RHK-nya (contoh yang ditiru peserta harus masuk akal),
dengan penilaian periodik sebelum periode terakhir sudah terisi dari data kelas: peserta mengisi periode terakhir
dan penilaian tahunan.
"""

from __future__ import annotations

import re
from typing import Any

from bimtek.ekinerja import aksi as A
from bimtek.ekinerja.keadaan import DIAJUKAN, DISETUJUI, IKI, RHK, PenilaianDiri, Simulasi
from bimtek.ekinerja.sesi import simulasi_awal
from bimtek.widgets import dari_data as D

# Kata yang tidak menunjukkan isi hasil kerja: kata tugas, kata ukuran indikator, dan awalan rumusan RHK.
_KATA_UMUM = frozenset({
    "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "atas", "oleh", "secara", "setiap",
    "per", "terhadap", "serta", "atau", "sesuai", "tepat", "waktu", "jumlah", "persentase", "indeks", "tingkat",
    "rata", "nilai", "kinerja", "unit", "kerja", "kualitas", "diselesaikan", "dilaksanakan", "disusun",
    "tersusunnya", "terlaksananya", "meningkatnya", "terwujudnya", "tersedianya", "terkelolanya",
    "terselenggaranya", "menurunnya",
})
_AWALAN = ("peng", "peny", "pen", "pem", "per", "pe", "ter", "meng", "meny", "men", "mem", "me", "ber", "ke", "di")
_AKHIRAN = ("nya", "kan", "an")


def _akar(kata: str) -> str:
    """Akar kasar kata Indonesia (tanpa satu awalan dan satu akhiran), cukup untuk mencocokkan pokok bahasan:
    "persuratan" dan "surat", "laporan" dan "melaporkan"."""
    for a in _AWALAN:
        if kata.startswith(a) and len(kata) - len(a) >= 4:
            kata = kata[len(a):]
            break
    for s in _AKHIRAN:
        if kata.endswith(s) and len(kata) - len(s) >= 4:
            kata = kata[: -len(s)]
            break
    return kata[:5]


def _pokok(teks: str) -> set[str]:
    return {_akar(k) for k in re.findall(r"[a-z]+", str(teks).lower()) if len(k) >= 4 and k not in _KATA_UMUM}


def iki_sesuai_rhk(rumusan_rhk: str, indikator: str) -> bool:
    """IKI mengukur RHK-nya bila keduanya membicarakan pokok yang sama (misalnya RHK laporan keuangan diukur
    dengan jumlah laporan keuangan, bukan jumlah kegiatan)."""
    return bool(_pokok(rumusan_rhk) & _pokok(indikator))


def _rinci_sesuai(rinci: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """RHK dengan hanya IKI yang sesuai rumusannya; RHK tanpa IKI yang sesuai dibuang."""
    hasil = []
    for r in rinci:
        iki = [i for i in r["iki"] if iki_sesuai_rhk(r["rencana_hasil_kerja"], i["indikator"])]
        if iki:
            hasil.append({**r, "iki": iki})
    return hasil


def _awal(t: D.Tabel, p: dict[str, Any]) -> Simulasi:
    unit = str(p.get("unit_kerja_id"))
    nilai = t["penilaian"]
    lain = nilai[(nilai["unit_kerja_id"] == unit) & (nilai["nip"].astype(str) != str(p["nip"]))]
    nama_unit = dict(zip(t["unit_kerja"]["unit_kerja_id"], t["unit_kerja"]["nama"], strict=True))
    atasan = D.pegawai(str(p["atasan_nip"]), t)
    p = {**p, "unit_kerja": nama_unit.get(unit, unit)}
    atasan = {**atasan, "unit_kerja": nama_unit.get(str(atasan.get("unit_kerja_id")), "")}
    return simulasi_awal(p, atasan, D.rhk_atasan(str(p["nip"]), t),
                         predikat_organisasi=D.predikat_organisasi_unit(unit, t),
                         predikat_unit_lain=lain.sort_values("nip")["predikat_kinerja"].tolist())


def awal_modul_2(t: D.Tabel | None = None) -> Simulasi:
    """Pegawai contoh Modul 2 (pelaksana dengan atasan yang punya RHK) sebelum apa pun diisi, dengan contoh RHK
    yang selaras dengan jabatannya."""
    t = t or D.tabel_kelas()
    s = _awal(t, D.persona_skp(t))
    s.contoh_rhk = contoh_rhk(s.pegawai.nip, t)
    return s


def contoh_rhk(nip: str, t: D.Tabel) -> dict[str, Any]:
    """RHK Utama pertama pegawai di data kelas yang IKI-nya sesuai rumusannya, dengan RHK atasan yang paling
    sepokok dengannya (bila tidak ada yang sepokok, yang tercatat di data): contoh yang selaras dengan jabatan
    pegawai itu, bukan contoh dari bidang lain."""
    atasan_dari = _rhk_atasan_diintervensi(nip, t)
    milik_atasan = D.rhk_atasan(nip, t)
    for r in _rinci_sesuai(D.rincian_kinerja(nip, t)):
        rumusan = r["rencana_hasil_kerja"]
        if r["jenis"] != "Utama" or not milik_atasan:
            continue
        sepokok = max(milik_atasan, key=lambda a: len(_pokok(a) & _pokok(rumusan)))
        atasan = sepokok if _pokok(sepokok) & _pokok(rumusan) else atasan_dari.get(rumusan, "")
        if atasan in milik_atasan:
            return {"rhk_atasan": atasan, "rencana_hasil_kerja": rumusan,
                    "iki": [{k: i[k] for k in ("indikator", "aspek", "target", "satuan")} for i in r["iki"]]}
    return {}


def _rhk_atasan_diintervensi(nip: str, t: D.Tabel) -> dict[str, str]:
    """Rumusan RHK pegawai -> rumusan RHK atasan yang diintervensinya menurut data kelas (cascading)."""
    rumusan_atasan = dict(zip(t["rhk"]["rhk_id"], t["rhk"]["rencana_hasil_kerja"], strict=True))
    return {r["rencana_hasil_kerja"]: rumusan_atasan.get(r["rhk_atasan_id"], "")
            for _, r in D.rhk_pegawai(nip, t).iterrows()}


def persona_modul_3(t: D.Tabel) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Pegawai contoh Modul 3 dan RHK/IKI-nya: pelaksana (lalu pejabat fungsional) pertama urut NIP yang punya
    realisasi, atasan dengan paling sedikit dua RHK, dan semua IKI sesuai RHK-nya, sebaiknya dengan IKI Kuantitas
    (agar penjumlahan tahunan terlihat). Bila tidak ada yang utuh, pegawai dengan RHK sesuai terbanyak, dengan
    RHK/IKI yang tidak sesuai dibuang."""
    p = t["pegawai"]
    punya_realisasi = set(t["realisasi"]["nip"].astype(str))
    calon = []
    for jenis in ("Pelaksana", "Fungsional"):
        for nip in sorted(p[(p["jenis_jabatan"] == jenis) & p["atasan_nip"].notna()]["nip"].astype(str)):
            if nip in punya_realisasi and len(D.rhk_atasan(nip, t)) >= 2:
                calon.append(nip)
    terbaik: tuple[tuple[int, int], str, list[dict[str, Any]]] | None = None
    for nip in calon:
        rinci = D.rincian_kinerja(nip, t)
        sesuai = _rinci_sesuai(rinci)
        utuh = sesuai == rinci
        kuantitas = any(i["aspek"] == "Kuantitas" for r in sesuai for i in r["iki"])
        if utuh and kuantitas:
            return D.pegawai(nip, t), rinci
        skor = (2 * utuh + kuantitas, sum(len(r["iki"]) for r in sesuai))
        if sesuai and (terbaik is None or skor > terbaik[0]):
            terbaik = (skor, nip, sesuai)
    if terbaik is None:
        raise LookupError("Data kelas tidak memuat pegawai yang IKI-nya sesuai dengan RHK-nya.")
    return D.pegawai(terbaik[1], t), terbaik[2]


def _periode_terisi(s: Simulasi, t: D.Tabel, rinci: list[dict[str, Any]]) -> None:
    """Penilaian Diri periode sebelum periode terakhir, dari realisasi data kelas (dikirim): Rencana Aksi,
    realisasi periode itu, dan Eviden."""
    berkala = A.periode_berkala(s)
    real = t["realisasi"]
    # Baris triwulan berisi realisasi triwulan itu saja (tidak kumulatif): langsung menjadi isian periodenya.
    real = real[(real["nip"].astype(str) == s.pegawai.nip) & (real["jenis_periode"] == "Triwulanan")]
    iki_id = {}
    for _, r in D.rhk_pegawai(s.pegawai.nip, t).iterrows():
        for _, i in t["iki"][t["iki"]["rhk_id"] == r["rhk_id"]].iterrows():
            iki_id[(r["rencana_hasil_kerja"], i["indikator"])] = i["iki_id"]
    for n, periode in enumerate(berkala[:-1]):
        isian = PenilaianDiri(dikirim=True)
        for i, r in enumerate(rinci):
            for j, k in enumerate(r["iki"]):
                baris = real[real["iki_id"] == iki_id.get((r["rencana_hasil_kerja"], k["indikator"]))]
                baris = baris.sort_values("periode")
                if len(baris) <= n:
                    raise LookupError(f"Data kelas tidak memuat realisasi {periode} untuk IKI {k['indikator']!r}.")
                isian.realisasi[f"{i}.{j}"] = round(float(baris.iloc[n]["realisasi"]), 2)
                isian.rencana_aksi.setdefault(str(i), str(baris.iloc[n]["rencana_aksi"]))
                isian.eviden.setdefault(str(i), str(baris.iloc[n]["eviden"]))
        s.penilaian_diri[periode] = isian


def awal_modul_3(t: D.Tabel | None = None) -> Simulasi:
    """Pegawai contoh Modul 3 dengan SKP Kuantitatif setahun yang sudah disetujui (RHK dan IKI data kelas yang
    saling sesuai) dan penilaian periodik sebelum periode terakhir yang sudah dikirim."""
    t = t or D.tabel_kelas()
    persona, rinci = persona_modul_3(t)
    s = _awal(t, persona)
    s.profil_diperiksa = True
    s.periode.pendekatan, s.periode.aktif = "Kuantitatif", True
    atasan_dari_data = _rhk_atasan_diintervensi(s.pegawai.nip, t)
    for n, r in enumerate(rinci):
        # RHK atasan yang diintervensi menurut data kelas (cascading); bila tidak tercatat, RHK atasan bergiliran.
        atasan = atasan_dari_data.get(r["rencana_hasil_kerja"], "")
        if atasan not in s.rhk_atasan:
            atasan = s.rhk_atasan[n % len(s.rhk_atasan)] if s.rhk_atasan else ""
        if atasan and atasan not in s.matriks.setdefault(s.pegawai.nip, []):
            s.matriks[s.pegawai.nip].append(atasan)
        s.skp.rhk.append(RHK(jenis=r["jenis"], rhk_atasan=atasan, rumusan=r["rencana_hasil_kerja"], iki=[
            IKI(indikator=i["indikator"], aspek=i["aspek"], target=float(i["target"]), satuan=i["satuan"])
            for i in r["iki"]
        ]))
    s.skp.status, s.skp.riwayat = DISETUJUI, [DIAJUKAN, DISETUJUI]
    if A.periksa_skp(s):
        raise LookupError("SKP pegawai contoh di data kelas tidak lengkap: " + " ".join(A.periksa_skp(s)))
    _periode_terisi(s, t, rinci)
    return s
