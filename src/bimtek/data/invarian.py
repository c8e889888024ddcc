"""Pemeriksa invarian dataset: setiap aturan yang harus berlaku pada setiap baris, dibaca dari `bimtek.aturan`.

`periksa(tabel_atau_folder)` mengembalikan daftar pelanggaran (kosong bila dataset konsisten). Setiap invarian
punya kode pendek, judul, dan fungsi sendiri; pesan pelanggaran berbahasa Indonesia dengan contoh baris.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from bimtek import aturan
from bimtek.aturan.kenaikan_pangkat import MASA_PANGKAT_KP_REGULER
from bimtek.aturan.kinerja import periksa_distribusi_jumlah
from bimtek.aturan.nip import NIPTidakValid
from bimtek.data import katalog_kinerja as KT
from bimtek.data.bup import bup_pegawai
from bimtek.data.kamus import NAMA_TABEL, TABEL, bentuk_tabel
from bimtek.data.larik import angka_ni_pppk_massal, angka_nip_massal
from bimtek.data.presensi import hari_ramadan, jam_baku, kode_dan_potongan, libur_nasional

CONTOH = 5


@dataclass(frozen=True)
class Pelanggaran:
    """Satu invarian yang dilanggar: kode invarian, tabel, pesan (dengan jumlah dan contoh baris)."""

    invarian: str
    tabel: str
    pesan: str

    def __str__(self) -> str:
        return f"[{self.invarian}] {self.tabel}: {self.pesan}"


class _Laporan:
    def __init__(self, kode: str):
        self.kode = kode
        self.daftar: list[Pelanggaran] = []

    def jika(self, salah, tabel: str, pesan: str, contoh: pd.Series | None = None) -> None:
        """Catat pelanggaran bila ada baris `salah` (larik bool); sertakan jumlah dan contoh nilai."""
        salah = np.asarray(salah, dtype=bool)
        n = int(salah.sum())
        if not n:
            return
        teks = f"{pesan} ({n} baris"
        if contoh is not None:
            nilai = [str(v) for v in np.asarray(contoh)[salah][:CONTOH]]
            teks += "; contoh: " + ", ".join(nilai)
        self.daftar.append(Pelanggaran(self.kode, tabel, teks + ")"))

    def catat(self, tabel: str, pesan: str) -> None:
        self.daftar.append(Pelanggaran(self.kode, tabel, pesan))


def _hari(s: pd.Series) -> np.ndarray:
    return s.to_numpy(dtype="datetime64[s]").astype("datetime64[D]")


def _per_unik(fungsi: Callable, *kolom: np.ndarray) -> np.ndarray:
    """Terapkan fungsi aturan (skalar) sekali per kombinasi nilai yang berbeda, lalu sebarkan ke semua baris."""
    df = pd.DataFrame({i: k for i, k in enumerate(kolom)})
    kode, unik = pd.factorize(pd.MultiIndex.from_frame(df))
    nilai = np.array([fungsi(*[_skalar(x) for x in u]) for u in unik], dtype=object)
    return nilai[kode]


def _skalar(x):
    if isinstance(x, np.datetime64 | pd.Timestamp):
        return pd.Timestamp(x).date()
    return x.item() if isinstance(x, np.generic) else x


def _berputar(kunci: pd.Series, induk: pd.Series, langkah: int = 64) -> np.ndarray:
    """Baris yang rantai induknya (unit induk atau atasan) tidak sampai ke puncak: naik terus lewat `induk`
    sampai kosong; yang masih punya induk sesudah `langkah` kali berada dalam putaran."""
    posisi = pd.Series(np.arange(len(kunci)), index=kunci.to_numpy()).groupby(level=0).first()
    naik = posisi.reindex(induk.to_numpy()).fillna(-1).to_numpy(dtype=np.int64)
    kini = np.arange(len(kunci))
    for _ in range(langkah):
        kini = np.where(kini >= 0, naik[np.maximum(kini, 0)], -1)
        if (kini < 0).all():
            break
    return kini >= 0


# ---------------------------------------------------------------- invarian


def _kolom(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    for nama in NAMA_TABEL:
        if nama not in t:
            lap.catat(nama, "tabel tidak ada")
            continue
        kurang = [k for k in TABEL[nama].nama_kolom if k not in t[nama].columns]
        if kurang:
            lap.catat(nama, f"kolom tidak ada: {', '.join(kurang)}")


def _nip(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    p = t["pegawai"]
    nip = p["nip"].astype(object).fillna("").to_numpy(dtype=object)
    bentuk = pd.Series(nip).str.fullmatch(r"\d{18}").to_numpy(dtype=bool)
    lap.jika(~bentuk, "pegawai", "NIP/NI PPPK bukan 18 angka", nip)
    pns = (p["status_kepegawaian"] == "PNS").to_numpy(dtype=bool)
    lahir = _hari(p["tanggal_lahir"])
    urut = np.array([int(x[15:]) if b else 0 for x, b in zip(nip, bentuk, strict=True)])
    jk = p["jenis_kelamin"].to_numpy(dtype=object)
    ok = bentuk & ~np.isnat(lahir) & np.isin(jk, ("L", "P"))
    m = ok & pns & ~np.isnat(_hari(p["tmt_cpns"]))
    harap = np.full(len(p), -1, dtype=np.int64)
    if m.any():
        harap[m] = angka_nip_massal(lahir[m], _hari(p["tmt_cpns"])[m], jk[m], urut[m])
    q = ok & ~pns & ~np.isnat(_hari(p["tmt_golongan"]))
    if q.any():
        tahun = _hari(p["tmt_golongan"])[q].astype("datetime64[Y]").astype(np.int64) + 1970
        harap[q] = angka_ni_pppk_massal(lahir[q], tahun, jk[q], urut[q])
    angka = np.where(bentuk, pd.to_numeric(pd.Series(np.where(bentuk, nip, "0")), errors="coerce").to_numpy(), -2)
    lap.jika(bentuk & (harap != angka), "pegawai",
             "digit NIP tidak cocok dengan tanggal lahir, TMT CPNS/tahun pengangkatan, atau jenis kelamin", nip)
    # Keabsahan menurut aturan (tanggal ada, nomor urut bukan 000, TMT CPNS sesudah usia 18).
    tidak_sah = np.zeros(len(p), dtype=bool)
    for i in np.flatnonzero(bentuk):
        try:
            (aturan.parse_nip if pns[i] else aturan.parse_ni_pppk)(nip[i], hari_ini=acuan)
        except NIPTidakValid:
            tidak_sah[i] = True
    lap.jika(tidak_sah, "pegawai", "NIP/NI PPPK tidak sah menurut aturan.parse_nip/parse_ni_pppk", nip)


def _nip_unik(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    nip = t["pegawai"]["nip"]
    lap.jika(nip.duplicated(keep=False).to_numpy(), "pegawai", "NIP ganda", nip)


def _usia(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    p = t["pegawai"]
    lahir = _hari(p["tanggal_lahir"])
    a = np.datetime64(acuan)
    lap.jika(np.isnat(lahir), "pegawai", "tanggal lahir kosong atau tidak sah", p["nip"])
    ada = ~np.isnat(lahir)
    usia = np.zeros(len(p), dtype=np.int64)
    if ada.any():
        usia[ada] = _per_unik(lambda d: aturan.usia(d, acuan), lahir[ada]).astype(np.int64)
    lap.jika(ada & (usia < 18), "pegawai", f"usia di bawah 18 tahun pada {acuan.isoformat()}", p["nip"])
    bup, tidak_dikenal = bup_pegawai(p)
    lap.jika(tidak_dikenal, "pegawai", "BUP tidak dapat ditentukan dari jenis jabatan, jenjang, dan nama jabatan",
             p["nip"])
    sah = ada & ~tidak_dikenal
    pensiun = np.full(len(p), np.datetime64("NaT"), dtype="datetime64[D]")
    if sah.any():
        pensiun[sah] = _per_unik(aturan.tmt_pensiun, lahir[sah], bup[sah]).astype("datetime64[D]")
    lap.jika(sah & (pensiun <= a), "pegawai", f"sudah mencapai TMT pensiun (BUP) pada {acuan.isoformat()}",
             p["nip"])


def _golongan(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    p = t["pegawai"]
    pns = (p["status_kepegawaian"] == "PNS").to_numpy(dtype=bool)
    lap.jika(~p["status_kepegawaian"].isin(("PNS", "PPPK")).to_numpy(), "pegawai",
             "status kepegawaian bukan PNS/PPPK", p["status_kepegawaian"])
    gol = p["golongan"].astype(object).to_numpy()
    pend = p["pendidikan"].astype(object).to_numpy()
    idx_gol = np.array([aturan.GOLONGAN_PNS.index(g) if g in aturan.GOLONGAN_PNS else -1 for g in gol])
    awal_peta = {x: aturan.indeks_golongan(aturan.golongan_awal(x)) for x in aturan.PENDIDIKAN}
    awal = np.array([awal_peta.get(x, -1) for x in pend])
    lap.jika(pns & (idx_gol < 0), "pegawai", "golongan PNS tidak dikenal", gol)
    lap.jika(awal < 0, "pegawai", "pendidikan tidak dikenal", pend)
    pangkat = np.array([aturan.PANGKAT.get(g) for g in gol], dtype=object)
    lap.jika(pns & (idx_gol >= 0) & (pangkat != p["pangkat"].astype(object).to_numpy()), "pegawai",
             "pangkat tidak sesuai golongan", p["nip"])
    naik = idx_gol - awal
    sah = pns & (idx_gol >= 0) & (awal >= 0)
    lap.jika(sah & (naik < 0), "pegawai", "golongan di bawah golongan awal pendidikannya", p["nip"])
    tmt_cpns = _hari(p["tmt_cpns"])
    tmt_gol = _hari(p["tmt_golongan"])
    lap.jika(pns & (np.isnat(tmt_cpns) | np.isnat(tmt_gol)), "pegawai", "TMT CPNS/TMT golongan PNS kosong", p["nip"])
    ada = sah & ~np.isnat(tmt_cpns) & ~np.isnat(tmt_gol) & (naik >= 0)
    paling_cepat = np.full(len(p), np.datetime64("NaT"), dtype="datetime64[D]")
    if ada.any():
        paling_cepat[ada] = _per_unik(aturan.tambah_tahun, tmt_cpns[ada],
                                      naik[ada] * MASA_PANGKAT_KP_REGULER).astype("datetime64[D]")
    lap.jika(ada & (tmt_gol < paling_cepat), "pegawai",
             f"golongan tidak terjangkau dengan kenaikan pangkat reguler ({MASA_PANGKAT_KP_REGULER} tahun per "
             "kenaikan) sejak TMT CPNS", p["nip"])
    lap.jika(ada & (tmt_gol > np.datetime64(acuan)), "pegawai", "TMT golongan sesudah tanggal acuan", p["nip"])
    pppk_peta = {x: aturan.golongan_awal_pppk(x) for x in aturan.PENDIDIKAN}
    harap = np.array([pppk_peta.get(x) for x in pend], dtype=object)
    lap.jika(~pns & (gol != harap), "pegawai", "golongan PPPK tidak sama dengan golongan awal pendidikannya",
             p["nip"])
    lap.jika(~pns & (p["pangkat"].notna() | p["tmt_cpns"].notna()).to_numpy(), "pegawai",
             "PPPK tidak punya pangkat dan TMT CPNS", p["nip"])


def _jabatan(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    p = t["pegawai"]
    jenis = p["jenis_jabatan"].astype(object).to_numpy()
    lap.jika(~np.isin(jenis, aturan.JENIS_JABATAN), "pegawai", "jenis jabatan tidak dikenal", jenis)
    fungsional = jenis == "Fungsional"
    jenjang = p["jenjang"].astype(object).where(p["jenjang"].notna(), None).to_numpy()
    ada = pd.notna(jenjang)
    lap.jika(fungsional & ~ada, "pegawai", "jabatan fungsional tanpa jenjang", p["nip"])
    lap.jika(~fungsional & ada, "pegawai", "jenjang terisi pada jabatan bukan fungsional", p["nip"])
    lap.jika(ada & ~np.isin(jenjang, list(aturan.JENJANG_FUNGSIONAL)), "pegawai", "jenjang tidak dikenal", jenjang)
    pns = (p["status_kepegawaian"] == "PNS").to_numpy(dtype=bool)
    gol = p["golongan"].astype(object).to_numpy()
    cocok = np.array([j not in aturan.JENJANG_FUNGSIONAL or g in aturan.JENJANG_FUNGSIONAL[j]
                      for j, g in zip(jenjang, gol, strict=True)])
    lap.jika(fungsional & pns & ada & ~cocok, "pegawai",
             "jenjang fungsional tidak sesuai golongan (aturan.JENJANG_FUNGSIONAL)",
             p["nip"].astype(object) + " " + p["jenjang"].astype(object) + " " + p["golongan"].astype(object))


def _unit_kerja(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    u, p = t["unit_kerja"], t["pegawai"]
    ids = u["unit_kerja_id"]
    lap.jika(ids.duplicated().to_numpy(), "unit_kerja", "unit_kerja_id ganda", ids)
    induk = u["induk_id"]
    lap.jika((induk.notna() & ~induk.isin(ids)).to_numpy(), "unit_kerja", "induk_id tidak ada", induk)
    lap.jika(~p["unit_kerja_id"].isin(ids).to_numpy(), "pegawai", "unit_kerja_id tidak ada di unit_kerja",
             p["unit_kerja_id"])
    lap.jika(_berputar(ids, induk), "unit_kerja", "pohon unit berputar (induk menunjuk ke turunannya sendiri)", ids)
    # Setiap unit punya kepala yang bekerja di unit itu.
    kepala = u["kepala_nip"]
    unit_kepala = p.drop_duplicates("nip").set_index("nip")["unit_kerja_id"].reindex(kepala.to_numpy()).to_numpy()
    lap.jika(kepala.isna().to_numpy(), "unit_kerja", "unit tanpa kepala", ids)
    lap.jika((kepala.notna().to_numpy() & (unit_kepala != ids.to_numpy())), "unit_kerja",
             "kepala unit tidak terdaftar sebagai pegawai unit itu", ids)


def _atasan(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    p, u = t["pegawai"], t["unit_kerja"]
    nip = p["nip"].to_numpy(dtype=object)
    atasan = p["atasan_nip"]
    kepala = p["nip"].isin(u["kepala_nip"]).to_numpy()
    ada = atasan.notna().to_numpy()
    lap.jika(~kepala & ~ada, "pegawai", "pegawai bukan kepala unit tanpa atasan", nip)
    lap.jika(ada & ~atasan.isin(p["nip"]).to_numpy(), "pegawai", "atasan_nip tidak terdaftar sebagai pegawai", nip)
    lap.jika(ada & (atasan.to_numpy(dtype=object) == nip), "pegawai", "pegawai menjadi atasannya sendiri", nip)
    lap.jika(_berputar(p["nip"], atasan), "pegawai", "rantai atasan berputar dan tidak sampai ke puncak", nip)
    # Staf berada di unit atasannya, atau atasannya kepala unit induk.
    unit = p.drop_duplicates("nip").set_index("nip")["unit_kerja_id"]
    unit_atasan = unit.reindex(atasan.to_numpy()).to_numpy()
    lap.jika(~kepala & ada & (unit_atasan != p["unit_kerja_id"].to_numpy()), "pegawai",
             "atasan staf bukan kepala unitnya", nip)


def _cascading(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    r, p = t["rhk"], t["pegawai"]
    if r.empty:
        return
    lap.jika(r["rhk_id"].duplicated().to_numpy(), "rhk", "rhk_id ganda", r["rhk_id"])
    atasan_peg = p.drop_duplicates("nip").set_index("nip")["atasan_nip"]
    lap.jika(~r["nip"].isin(p["nip"]).to_numpy(), "rhk", "pemilik RHK bukan pegawai", r["rhk_id"])
    atasan = atasan_peg.reindex(r["nip"].to_numpy()).to_numpy(dtype=object)
    punya = pd.notna(atasan)
    ref = r["rhk_atasan_id"]
    pemilik_ref = r.drop_duplicates("rhk_id").set_index("rhk_id")["nip"].reindex(ref.to_numpy()).to_numpy(dtype=object)
    lap.jika(punya & ref.isna().to_numpy(), "rhk", "RHK pegawai yang punya atasan tidak mengintervensi RHK atasan",
             r["rhk_id"])
    lap.jika(punya & ref.notna().to_numpy() & (pemilik_ref != atasan), "rhk",
             "RHK yang diintervensi bukan RHK atasan langsung pemiliknya", r["rhk_id"])
    lap.jika(~punya & ref.notna().to_numpy(), "rhk", "kepala unit puncak mengintervensi RHK di dalam pemda",
             r["rhk_id"])
    skp = t["skp"].drop_duplicates("skp_id").set_index("skp_id")["nip"]
    lap.jika(skp.reindex(r["skp_id"].to_numpy()).to_numpy(dtype=object) != r["nip"].to_numpy(dtype=object), "rhk",
             "RHK tidak berada pada SKP pemiliknya", r["rhk_id"])


def _predikat(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    n = t["penilaian"]
    h, q, pred = (n[k].astype(object).to_numpy() for k in ("rating_hasil_kerja", "rating_perilaku_kerja",
                                                            "predikat_kinerja"))
    lap.jika(~np.isin(h, aturan.RATING) | ~np.isin(q, aturan.RATING), "penilaian",
             "rating bukan salah satu dari " + " / ".join(aturan.RATING), n["nip"])
    lap.jika(~np.isin(pred, aturan.PREDIKAT), "penilaian", "predikat bukan ejaan baku", pred)
    peta = {(a, b): aturan.predikat_kinerja(a, b) for a, b in itertools.product(aturan.RATING, aturan.RATING)}
    harap = np.array([peta.get((a, b)) for a, b in zip(h, q, strict=True)], dtype=object)
    lap.jika(np.isin(h, aturan.RATING) & np.isin(q, aturan.RATING) & (harap != pred), "penilaian",
             "predikat tidak sama dengan aturan.predikat_kinerja(rating hasil kerja, rating perilaku kerja)", n["nip"])


def _sebaran_unit(n: pd.DataFrame, org: pd.Series):
    """(unit, hasil periksa_distribusi_jumlah atau pesan galat) untuk setiap unit di tabel penilaian `n`, menurut
    predikat organisasi `org` (unit_kerja_id -> predikat); hasil None bila unit tidak punya predikat organisasi."""
    # Ejaan tidak baku sudah dilaporkan invarian "predikat"; di sini dinormalkan dulu lalu dihitung per unit.
    peta = {p: _normal(aturan.normalisasi_predikat, p) for p in n["predikat_kinerja"].dropna().unique()}
    baku = n["predikat_kinerja"].map(peta)
    jumlah = pd.crosstab(n["unit_kerja_id"], baku)
    cache: dict = {}
    for unit, baris in jumlah.iterrows():
        if unit not in org.index or pd.isna(org[unit]):
            yield unit, None
            continue
        isi = {k: int(v) for k, v in baris.items() if v and k}
        kunci = (org[unit], tuple(sorted(isi.items())))
        if kunci not in cache:
            try:
                cache[kunci] = periksa_distribusi_jumlah(org[unit], isi)
            except ValueError as e:
                cache[kunci] = str(e)
        yield unit, cache[kunci]


def _pola_tercatat(t: dict, tahun: object) -> pd.Series:
    """unit_kerja_id -> "Ya"/"Tidak" dari capaian_organisasi untuk satu tahun."""
    c = t["capaian_organisasi"]
    c = c[c["tahun"] == tahun].drop_duplicates("unit_kerja_id")
    return c.set_index("unit_kerja_id")["sebaran_sesuai_pola"]


def _distribusi(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    n, u = t["penilaian"], t["unit_kerja"]
    org = u.drop_duplicates("unit_kerja_id").set_index("unit_kerja_id")["predikat_organisasi"]
    # Unit yang sengaja melanggar pola untuk latihan (capaian_organisasi "Tidak") diperiksa invarian pola_sebaran.
    tahun = u["tahun"].dropna()
    dicatat_langgar = _pola_tercatat(t, tahun.iloc[0] if len(tahun) else None) == "Tidak"
    for unit, hasil in _sebaran_unit(n, org):
        if hasil is None:
            lap.catat("unit_kerja", f"unit {unit} dinilai tetapi tidak punya predikat organisasi")
        elif isinstance(hasil, str):
            lap.catat("penilaian", f"unit {unit}: {hasil}")
        elif not hasil.sesuai and not dicatat_langgar.get(unit, False):
            lap.catat("penilaian", f"unit {unit}: " + " ".join(hasil.pelanggaran))


def _tahunan_periodik(t: dict) -> pd.DataFrame:
    pp = t["penilaian_periodik"]
    return pp[pp["jenis_periode"] == "Tahunan"]


def _pola_sebaran(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    """Kunci latihan pola distribusi jujur: "Tidak" tepat untuk unit yang sebarannya melanggar (SE MenPANRB 3/2023),
    predikat organisasi tahun penilaian sama dengan unit_kerja."""
    c, u = t["capaian_organisasi"], t["unit_kerja"]
    lap.jika(~c["sebaran_sesuai_pola"].isin(("Ya", "Tidak")).to_numpy(), "capaian_organisasi",
             "sebaran_sesuai_pola harus Ya atau Tidak", c["unit_kerja_id"])
    lap.jika(~c["predikat_organisasi"].isin(aturan.PREDIKAT_ORGANISASI).to_numpy(), "capaian_organisasi",
             "predikat organisasi bukan ejaan baku", c["unit_kerja_id"])
    lap.jika(c[["unit_kerja_id", "tahun"]].duplicated().to_numpy(), "capaian_organisasi",
             "capaian organisasi ganda untuk unit dan tahun yang sama", c["unit_kerja_id"])
    lap.jika(~c["unit_kerja_id"].isin(u["unit_kerja_id"]).to_numpy(), "capaian_organisasi",
             "unit_kerja_id tidak ada di tabel unit_kerja", c["unit_kerja_id"])
    kunci = pd.MultiIndex.from_arrays([u["unit_kerja_id"], u["tahun"]])
    org = c.drop_duplicates(["unit_kerja_id", "tahun"]).set_index(["unit_kerja_id", "tahun"])["predikat_organisasi"]
    lap.jika(org.reindex(kunci).astype(object).to_numpy() != u["predikat_organisasi"].astype(object).to_numpy(),
             "unit_kerja", "predikat organisasi berbeda dengan capaian_organisasi tahun yang sama", u["unit_kerja_id"])
    tahun_ini = u["tahun"].dropna()
    tahun_ini = tahun_ini.iloc[0] if len(tahun_ini) else None
    tahunan = _tahunan_periodik(t)
    for tahun in c["tahun"].dropna().unique():
        n = t["penilaian"] if tahun == tahun_ini else tahunan[tahunan["tahun"] == tahun]
        ct = c[c["tahun"] == tahun].drop_duplicates("unit_kerja_id").set_index("unit_kerja_id")
        for unit, hasil in _sebaran_unit(n, ct["predikat_organisasi"]):
            if hasil is None or isinstance(hasil, str):
                continue
            if hasil.sesuai != (ct.at[unit, "sebaran_sesuai_pola"] == "Ya"):
                lap.catat("capaian_organisasi", f"unit {unit} tahun {tahun}: sebaran_sesuai_pola "
                          f"{ct.at[unit, 'sebaran_sesuai_pola']}, tetapi sebarannya "
                          f"{'sesuai' if hasil.sesuai else 'melanggar'} pola (aturan.periksa_distribusi)")


def _kepala_unit(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    """Rating hasil kerja kepala unit = konversi capaian organisasi unitnya (aturan.rating_hasil_kepala_unit)."""
    u, c = t["unit_kerja"], t["capaian_organisasi"]
    kepala = u.dropna(subset=["kepala_nip"]).drop_duplicates("unit_kerja_id").set_index("unit_kerja_id")["kepala_nip"]
    org = c.drop_duplicates(["unit_kerja_id", "tahun"]).set_index(["unit_kerja_id", "tahun"])["predikat_organisasi"]
    tahun_ini = u["tahun"].dropna()
    nilai = t["penilaian"].assign(tahun=tahun_ini.iloc[0] if len(tahun_ini) else pd.NA)
    for tabel, n in (("penilaian", nilai), ("penilaian_periodik", _tahunan_periodik(t))):
        n = n[n["nip"].to_numpy(dtype=object) == kepala.reindex(n["unit_kerja_id"].to_numpy()).to_numpy(dtype=object)]
        if n.empty:
            continue
        pred = org.reindex(pd.MultiIndex.from_arrays([n["unit_kerja_id"], n["tahun"]])).astype(object).to_numpy()
        harap = np.array([aturan.RATING_HASIL_KEPALA_UNIT.get(p) for p in pred], dtype=object)
        rating = np.array([_normal(aturan.normalisasi_rating, r) for r in n["rating_hasil_kerja"]], dtype=object)
        lap.jika(pd.notna(pred) & (rating != harap), tabel,
                 "rating hasil kerja kepala unit bukan capaian organisasi unitnya (PermenPANRB 6/2022)", n["nip"])


def _penilaian_periodik(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    pp = t["penilaian_periodik"]
    if pp.empty:
        return
    peta = {f"{a}|{b}": aturan.predikat_kinerja(a, b) for a, b in itertools.product(aturan.RATING, aturan.RATING)}
    pasangan = pp["rating_hasil_kerja"].astype(object) + "|" + pp["rating_perilaku_kerja"].astype(object)
    harap = pasangan.map(peta).astype(object).to_numpy()
    lap.jika(harap != pp["predikat_kinerja"].astype(object).to_numpy(), "penilaian_periodik",
             "predikat tidak sama dengan aturan.predikat_kinerja dari kedua ratingnya (atau rating tidak baku)",
             pp["nip"])
    tahun = pp["tahun"].astype("string").fillna("")
    periode = pp["periode"].astype("string").fillna("")
    tahunan = (pp["jenis_periode"] == "Tahunan").to_numpy()
    triwulan = (pp["jenis_periode"] == "Triwulanan").to_numpy()
    sah = np.where(tahunan, (periode == tahun).to_numpy(dtype=bool),
                   (periode.str.fullmatch(r"\d{4}-TW[1-4]").fillna(False) & (periode.str[:4] == tahun))
                   .to_numpy(dtype=bool))
    lap.jika(~sah | ~(tahunan | triwulan), "penilaian_periodik",
             "periode tidak sesuai tahun dan jenis periode (YYYY-TW1..TW4 atau YYYY)", pp["nip"])
    lap.jika(pp[["nip", "periode"]].duplicated().to_numpy(), "penilaian_periodik",
             "penilaian ganda untuk NIP dan periode yang sama", pp["nip"])
    lap.jika(~pp["nip"].isin(t["pegawai"]["nip"]).to_numpy(), "penilaian_periodik", "NIP tidak terdaftar di pegawai",
             pp["nip"])
    jumlah = pd.DataFrame({"nip": pp["nip"], "tahun": pp["tahun"], "tw": triwulan, "th": tahunan}).groupby(
        ["nip", "tahun"])[["tw", "th"]].sum()
    lengkap = ((jumlah["tw"] == 4) & (jumlah["th"] == 1)).to_numpy()
    lap.jika(~lengkap, "penilaian_periodik",
             "setiap pegawai yang dinilai punya tepat empat triwulan dan satu penilaian tahunan per tahun",
             pd.Series(jumlah.index.get_level_values(0)))
    # Baris Tahunan tahun penilaian harus sama dengan tabel penilaian.
    n = t["penilaian"].drop_duplicates(["nip", "periode"]).set_index(["nip", "periode"])
    tt = pp[tahunan & pp["periode"].isin(n.index.get_level_values(1)).to_numpy()]
    kunci = pd.MultiIndex.from_arrays([tt["nip"], tt["periode"]])
    for kolom in ("rating_hasil_kerja", "rating_perilaku_kerja", "predikat_kinerja"):
        lap.jika(n[kolom].reindex(kunci).astype(object).to_numpy() != tt[kolom].astype(object).to_numpy(),
                 "penilaian_periodik", f"{kolom} tahunan berbeda dengan tabel penilaian", tt["nip"])





def _normal(fungsi: Callable, nilai):
    """Nilai baku menurut fungsi normalisasi aturan, atau kosong bila tidak dikenali."""
    try:
        return fungsi(nilai)
    except ValueError:
        return ""


def _presensi(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    pr, p = t["presensi"], t["pegawai"]
    if pr.empty:
        return
    tgl = _hari(pr["tanggal"])
    lap.jika(np.isnat(tgl), "presensi", "tanggal kosong atau tidak sah", pr["nip"])
    ada = tgl[~np.isnat(tgl)]
    if len(ada):
        awal, akhir = ada.min().astype(dt.date), ada.max().astype(dt.date)
        libur = np.array(list(libur_nasional(awal, akhir)), dtype="datetime64[D]")
        kerja = np.is_busday(np.where(np.isnat(tgl), np.datetime64("2025-01-02"), tgl), holidays=libur)
        lap.jika(~kerja, "presensi", "presensi pada hari libur (Sabtu, Minggu, atau libur nasional)",
                 pr["tanggal"].astype(str))
    lap.jika(~pr["nip"].isin(p["nip"]).to_numpy(), "presensi", "NIP presensi bukan pegawai", pr["nip"])
    mulai = p.drop_duplicates("nip").set_index("nip")
    mulai = mulai["tmt_cpns"].fillna(mulai["tmt_golongan"]).reindex(pr["nip"].to_numpy())
    lap.jika((_hari(mulai) > tgl), "presensi", "presensi sebelum pegawai mulai bekerja (TMT)", pr["nip"])


def _menit_teks(jam: pd.Series) -> np.ndarray:
    """'HH:MM' -> menit sejak tengah malam; kosong atau rusak -> -1."""
    teks = jam.astype("string")
    cocok = teks.str.fullmatch(r"\d{2}:\d{2}").fillna(False).to_numpy(dtype=bool)
    menit = np.full(len(jam), -1, dtype=np.int64)
    if cocok.any():
        bagian = teks[cocok].str.split(":", expand=True).astype(np.int64).to_numpy()
        menit[cocok] = bagian[:, 0] * 60 + bagian[:, 1]
    return menit


def _presensi_kode(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    pr = t["presensi"]
    tgl = _hari(pr["tanggal"])
    ada = ~np.isnat(tgl)
    if not ada.any():
        return
    ramadan = hari_ramadan(tgl[ada].min().astype(dt.date), tgl[ada].max().astype(dt.date))
    masuk_baku, pulang_baku = jam_baku(np.where(ada, tgl, np.datetime64("2025-01-02")), ramadan)
    lap.jika(ada & ((_menit_teks(pr["jam_masuk_baku"]) != masuk_baku)
                    | (_menit_teks(pr["jam_pulang_baku"]) != pulang_baku)), "presensi",
             "jam baku tidak sesuai Perpres 21/2023 (07:30, Ramadan 08:00; istirahat Jumat 90 menit)", pr["nip"])
    status = pr["status"].astype(object).to_numpy()
    kode_tl, _, kode_psw, _, potongan = kode_dan_potongan(
        status, masuk_baku, pulang_baku, _menit_teks(pr["jam_masuk"]), _menit_teks(pr["jam_pulang"]))
    for kolom, harapan in (("kode_tl", kode_tl), ("kode_psw", kode_psw)):
        isi = pr[kolom].astype(object).where(pr[kolom].notna(), None).to_numpy()
        lap.jika(ada & (isi != harapan), "presensi",
                 f"{kolom} tidak sesuai jam presensi dan tabel potongan contoh", pr["nip"])
    lap.jika(ada & ~np.isclose(pr["potongan_persen"].to_numpy(dtype=float, na_value=np.nan), potongan),
             "presensi", "potongan_persen bukan jumlah potongan TL, PSW, dan tanpa keterangan", pr["nip"])


def _pemantauan_skp(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    m = t["pemantauan_skp"]
    if m.empty:
        return
    jumlah = m["jumlah_pegawai"].to_numpy(dtype=float, na_value=np.nan)
    skp = m["jumlah_skp_disetujui"].to_numpy(dtype=float, na_value=np.nan)
    lap.jika(~(skp >= 0) | ~(skp <= jumlah), "pemantauan_skp",
             "jumlah SKP disetujui kosong, negatif, atau melebihi jumlah pegawai", m["unit_kerja_id"])
    harap = np.round(np.divide(100 * skp, jumlah, out=np.zeros(len(m)), where=jumlah > 0), 1)
    lap.jika(~np.isclose(m["persen_skp_disetujui"].to_numpy(dtype=float, na_value=np.nan), harap), "pemantauan_skp",
             "persen_skp_disetujui bukan 100 x jumlah_skp_disetujui / jumlah_pegawai", m["unit_kerja_id"])
    urut = m.assign(_skp=skp).sort_values(["unit_kerja_id", "tanggal"], kind="stable")
    turun = (urut.groupby("unit_kerja_id", sort=False)["_skp"].diff() < 0).to_numpy()
    lap.jika(turun, "pemantauan_skp", "jumlah SKP disetujui turun dari bulan sebelumnya (harus kumulatif)",
             urut["unit_kerja_id"])
    lap.jika(~m["unit_kerja_id"].isin(t["unit_kerja"]["unit_kerja_id"]).to_numpy(), "pemantauan_skp",
             "unit_kerja_id tidak ada di tabel unit_kerja", m["unit_kerja_id"])


def _sakip(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    s = t["sakip"]
    nilai = s["nilai_sakip"].to_numpy(dtype=float, na_value=np.nan)
    sah = (nilai >= 0) & (nilai <= 100)
    lap.jika(~sah, "sakip", "nilai SAKIP kosong atau di luar 0-100", s["unit_kerja_id"])
    harap = np.array([aturan.predikat_sakip(float(v)) if ok else None for v, ok in zip(nilai, sah, strict=True)],
                     dtype=object)
    lap.jika(sah & (s["predikat_sakip"].astype(object).to_numpy() != harap), "sakip",
             "predikat SAKIP tidak sesuai nilainya (aturan.predikat_sakip)", s["unit_kerja_id"])


def _sistem_merit(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    m = t["sistem_merit"]
    for kolom in ("nilai_aspek", "indeks"):
        v = m[kolom].to_numpy(dtype=float, na_value=np.nan)
        lap.jika(~((v >= 100) & (v <= 400)), "sistem_merit", f"{kolom} kosong atau di luar 100-400", m["instansi"])
    indeks = m["indeks"].to_numpy(dtype=float, na_value=np.nan)
    harap = np.array([" ".join(aturan.kategori_sistem_merit(float(v))) if 100 <= v <= 400 else None
                      for v in indeks], dtype=object)
    lap.jika(m["kategori"].astype(object).to_numpy() != harap, "sistem_merit",
             "kategori tidak sesuai indeks (aturan.kategori_sistem_merit)", m["instansi"])
    lap.jika(~m["aspek"].isin(aturan.ASPEK_SISTEM_MERIT).to_numpy(), "sistem_merit", "aspek tidak dikenal",
             m["aspek"])
    per_instansi = m.groupby(["instansi", "tahun"])["aspek"].agg(lambda a: sorted(a) == sorted(
        aturan.ASPEK_SISTEM_MERIT))
    lap.jika(~per_instansi.to_numpy(dtype=bool), "sistem_merit",
             "setiap instansi harus menilai kedelapan aspek tepat sekali",
             pd.Series(per_instansi.index.get_level_values(0)))


def _layanan(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    u = t["usulan_layanan"]
    if u.empty:
        return
    gagal = u["status"].isin(("Berkas Dikembalikan", "Ditolak")).to_numpy()
    setuju = (u["status"] == "Disetujui").to_numpy()
    lap.jika(gagal != u["alasan"].notna().to_numpy(), "usulan_layanan",
             "alasan harus diisi tepat untuk usulan yang dikembalikan atau ditolak", u["usulan_id"])
    lap.jika(setuju != (u["nomor_sk"].notna() & u["tanggal_sk"].notna()).to_numpy(), "usulan_layanan",
             "nomor dan tanggal SK harus ada tepat untuk usulan yang disetujui", u["usulan_id"])
    lap.jika((_hari(u["tanggal_sk"]) < _hari(u["tanggal_usul"])), "usulan_layanan",
             "tanggal SK sebelum tanggal usul", u["usulan_id"])
    lap.jika(u["dokumen"].isna().to_numpy(), "usulan_layanan", "dokumen usulan kosong", u["usulan_id"])


def _eviden(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    r = t["realisasi"]
    if r.empty:
        return
    harap = "https://bukti.ekinerja.test/eviden/" + r["realisasi_id"].astype(str)
    lap.jika((r["eviden"].astype(object) != harap.astype(object)).to_numpy(), "realisasi",
             "eviden bukan tautan rekaan https://bukti.ekinerja.test/eviden/<realisasi_id>", r["realisasi_id"])
    berkala = (r["jenis_periode"] == "Triwulanan").to_numpy(dtype=bool)
    lap.jika(r["rencana_aksi"].isna().to_numpy() & berkala, "realisasi", "rencana aksi triwulan kosong",
             r["realisasi_id"])


def _aspek_dijumlahkan(aspek: object) -> bool:
    """Realisasi periodik aspek ini dijumlahkan menjadi realisasi tahunan (aturan.realisasi_tahunan)."""
    try:
        return aturan.realisasi_tahunan(aspek, [0.0]) is not None
    except ValueError:
        return False  # aspek tidak baku: dilaporkan invarian iki_templat


def _realisasi_tahunan(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    """Per IKI empat baris triwulan (nilai triwulan itu saja) dan satu baris tahunan; realisasi tahunan Kuantitas
    = jumlah keempat triwulan (aturan.realisasi_tahunan)."""
    r = t["realisasi"]
    if r.empty:
        return
    periode = r["periode"].astype("string").fillna("")
    tahunan = (r["jenis_periode"] == "Tahunan").to_numpy(dtype=bool)
    triwulan = (r["jenis_periode"] == "Triwulanan").to_numpy(dtype=bool)
    sah = np.where(tahunan, periode.str.fullmatch(r"\d{4}").fillna(False).to_numpy(dtype=bool),
                   periode.str.fullmatch(r"\d{4}-TW[1-4]").fillna(False).to_numpy(dtype=bool))
    lap.jika(~sah | ~(tahunan | triwulan), "realisasi",
             "periode tidak sesuai jenis periode (YYYY-TW1..TW4 untuk Triwulanan, YYYY untuk Tahunan)",
             r["realisasi_id"])
    nilai = r["realisasi"].to_numpy(dtype=float, na_value=np.nan)
    lap.jika(~(nilai >= 0), "realisasi", "realisasi kosong atau negatif", r["realisasi_id"])
    lap.jika(r[["iki_id", "periode"]].duplicated().to_numpy(), "realisasi",
             "realisasi ganda untuk IKI dan periode yang sama", r["realisasi_id"])
    per = pd.DataFrame({"iki_id": r["iki_id"].astype(object), "tw": triwulan, "th": tahunan,
                        "jumlah_tw": np.where(triwulan, nilai, 0.0), "nilai_th": np.where(tahunan, nilai, 0.0)})
    g = per.groupby("iki_id", sort=False)[["tw", "th", "jumlah_tw", "nilai_th"]].sum()
    lengkap = (g["tw"] == 4) & (g["th"] == 1)
    lap.jika(~lengkap.to_numpy(), "realisasi", "IKI tidak punya tepat empat realisasi triwulan dan satu tahunan",
             g.index.to_series())
    aspek = t["iki"].drop_duplicates("iki_id").set_index("iki_id")["aspek"].astype(object).reindex(g.index)
    dijumlah = aspek.map({a: _aspek_dijumlahkan(a) for a in aspek.dropna().unique()}).fillna(False)
    dijumlah = dijumlah.to_numpy(dtype=bool)
    selisih = np.abs(g["nilai_th"].to_numpy() - g["jumlah_tw"].to_numpy()) > 1e-6
    lap.jika(lengkap.to_numpy() & dijumlah & selisih, "realisasi",
             "realisasi tahunan Kuantitas tidak sama dengan jumlah keempat triwulan (aturan.realisasi_tahunan)",
             g.index.to_series())


def _talenta(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    tl = t["talenta"]
    if tl.empty:
        return
    rating = t["penilaian"].drop_duplicates(["nip", "periode"]).set_index(["nip", "periode"])["rating_hasil_kerja"]
    kunci = pd.MultiIndex.from_arrays([tl["nip"], tl["periode"]])
    hasil = rating.reindex(kunci).astype(object).to_numpy()
    harap = []
    for r, p in zip(hasil, tl["potensial"].astype(object), strict=True):
        try:
            harap.append(aturan.kotak_talenta(r, p))
        except (ValueError, KeyError, TypeError):
            harap.append(-1)
    kotak = tl["kotak_talenta"].to_numpy(dtype=float, na_value=np.nan)
    lap.jika(kotak != np.array(harap, dtype=float), "talenta",
             "kotak_talenta tidak sesuai rating hasil kerja dan potensial (aturan.kotak_talenta)", tl["nip"])


def _referensi(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    nip = t["pegawai"]["nip"]
    for tabel in ("skp", "penilaian", "realisasi", "usulan_layanan", "talenta"):
        lap.jika(~t[tabel]["nip"].isin(nip).to_numpy(), tabel, "NIP tidak terdaftar di pegawai", t[tabel]["nip"])
    for tabel, kolom, induk, kolom_induk in (("penilaian", "skp_id", "skp", "skp_id"),
                                             ("rhk", "skp_id", "skp", "skp_id"), ("iki", "rhk_id", "rhk", "rhk_id"),
                                             ("realisasi", "iki_id", "iki", "iki_id")):
        lap.jika(~t[tabel][kolom].isin(t[induk][kolom_induk]).to_numpy(), tabel,
                 f"{kolom} tidak ada di tabel {induk}", t[tabel][kolom])
    for tabel, kolom in (("skp", "skp_id"), ("iki", "iki_id"), ("realisasi", "realisasi_id"),
                         ("usulan_layanan", "usulan_id")):
        lap.jika(t[tabel][kolom].duplicated().to_numpy(), tabel, f"{kolom} ganda", t[tabel][kolom])
    lap.jika(t["penilaian"][["nip", "periode"]].duplicated().to_numpy(), "penilaian",
             "penilaian ganda untuk NIP dan periode yang sama", t["penilaian"]["nip"])
    lap.jika(t["skp"][["nip", "periode"]].duplicated().to_numpy(), "skp", "SKP ganda untuk NIP dan periode yang sama",
             t["skp"]["nip"])


def _iki_templat(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    """RHK dari katalog keluarga jabatan pemiliknya; IKI milik templat RHK-nya (aspek dan satuan sama);
    perspektif kepala unit sesuai isi RHK; target deskriptif tepat untuk SKP kualitatif (PermenPANRB 6/2022)."""
    r, i = t["rhk"], t["iki"]
    if r.empty:
        return
    teks = r["rencana_hasil_kerja"].astype(object)
    peta = {x: KT.templat_dari_rumusan(x) for x in pd.unique(teks.dropna())}
    templat = teks.map(peta).to_numpy(dtype=object)
    ada = pd.notna(templat)
    lap.jika(~ada, "rhk", "rumusan RHK tidak ada di katalog kinerja (katalog_kinerja.KATALOG)", r["rhk_id"])
    keluarga = np.array([x.keluarga if x is not None else None for x in templat], dtype=object)
    peg = t["pegawai"].drop_duplicates("nip").set_index("nip")["jabatan"]
    jabatan = peg.reindex(r["nip"].to_numpy()).astype(object).to_numpy()
    kepala = r["nip"].isin(t["unit_kerja"]["kepala_nip"]).to_numpy()
    tambahan = (r["jenis_rhk"] == "Tambahan").to_numpy()
    harap = np.where(tambahan, KT.TAMBAHAN, _per_unik(KT.keluarga_jabatan, jabatan, kepala))
    lap.jika(ada & (keluarga != harap), "rhk", "RHK tidak sesuai jabatan pemiliknya (keluarga templat lain)",
             r["rhk_id"])
    perspektif = r["perspektif"].astype(object).to_numpy()
    templat_p = np.array([x.perspektif if x is not None else None for x in templat], dtype=object)
    lap.jika(ada & pd.notna(perspektif) & (perspektif != templat_p), "rhk",
             "perspektif tidak sesuai isi RHK (aturan.PERSPEKTIF_SKP)", r["rhk_id"])
    spek = pd.DataFrame([(x.rumusan, s.indikator, s.aspek, s.satuan) for d in KT.KATALOG.values() for x in d
                         for s in x.iki], columns=["_templat", "indikator", "_aspek", "_satuan"])
    per_rhk = pd.Series([x.rumusan if x is not None else None for x in templat], index=r["rhk_id"].to_numpy())
    per_rhk = per_rhk[~per_rhk.index.duplicated()]
    gabung = i[["iki_id", "indikator", "aspek", "satuan"]].assign(
        _templat=per_rhk.reindex(i["rhk_id"].to_numpy()).to_numpy(dtype=object))
    gabung = gabung.merge(spek, on=["_templat", "indikator"], how="left")
    punya = gabung["_templat"].notna().to_numpy()
    lap.jika(punya & gabung["_aspek"].isna().to_numpy(), "iki", "IKI bukan milik templat RHK-nya", gabung["iki_id"])
    cocok = gabung["_aspek"].notna().to_numpy()
    lap.jika(cocok & ((gabung["aspek"] != gabung["_aspek"]) | (gabung["satuan"] != gabung["_satuan"])).to_numpy(),
             "iki", "aspek atau satuan IKI berbeda dari templatnya", gabung["iki_id"])
    skp = t["skp"].drop_duplicates("skp_id").set_index("skp_id")["pendekatan"]
    skp_rhk = r.drop_duplicates("rhk_id").set_index("rhk_id")["skp_id"]
    pendekatan = skp.reindex(skp_rhk.reindex(i["rhk_id"].to_numpy()).to_numpy()).to_numpy(dtype=object)
    lap.jika((pendekatan == "Kualitatif") != i["target_uraian"].notna().to_numpy(), "iki",
             "target deskriptif harus diisi tepat untuk IKI pada SKP kualitatif", i["iki_id"])


# Kode -> (judul, fungsi). Urutan ini juga urutan di kartu data.
INVARIAN: dict[str, tuple[str, Callable[[dict, _Laporan, dt.date], None]]] = {
    "kolom": ("Setiap tabel ada dengan semua kolom kamus data.", _kolom),
    "nip": ("Digit NIP/NI PPPK cocok dengan tanggal lahir, TMT CPNS (PNS) atau tahun pengangkatan (PPPK), dan "
            "jenis kelamin, serta sah menurut aturan.parse_nip/parse_ni_pppk.", _nip),
    "nip_unik": ("NIP unik.", _nip_unik),
    "usia": ("Usia pada tanggal acuan paling sedikit 18 tahun dan belum mencapai TMT pensiun menurut BUP jabatannya.",
             _usia),
    "golongan": ("Golongan PNS terjangkau dari golongan awal pendidikannya dengan kenaikan pangkat reguler (paling "
                 "cepat 4 tahun sekali) sejak TMT CPNS, pangkat sesuai golongan; golongan PPPK = golongan awal "
                 "pendidikannya.", _golongan),
    "jabatan": ("Jenis jabatan dikenal; jenjang hanya untuk jabatan fungsional dan (PNS) sesuai golongan.", _jabatan),
    "unit_kerja": ("Pohon unit tanpa putaran, setiap unit punya kepala yang bekerja di unit itu, setiap pegawai "
                   "di unit yang ada.", _unit_kerja),
    "atasan": ("Setiap pegawai kecuali kepala unit punya atasan yang terdaftar; rantai atasan sampai ke puncak "
               "tanpa putaran; atasan staf adalah kepala unitnya.", _atasan),
    "cascading": ("Setiap RHK pegawai yang punya atasan mengintervensi RHK atasan langsungnya; kepala unit puncak "
                  "tidak mengintervensi RHK di dalam pemda.", _cascading),
    "predikat": ("Setiap predikat kinerja sama dengan aturan.predikat_kinerja dari kedua ratingnya.", _predikat),
    "distribusi": ("Sebaran predikat pegawai setiap unit sesuai predikat organisasinya (aturan.periksa_distribusi), "
                   "kecuali unit yang dicatat melanggar di capaian_organisasi (latihan).",
                   _distribusi),
    "presensi": ("Presensi hanya pada hari kerja (Senin-Jumat, bukan libur nasional), hanya untuk pegawai yang "
                 "terdaftar dan sudah mulai bekerja.", _presensi),
    "presensi_kode": ("Jam baku presensi sesuai Perpres 21/2023 (termasuk Ramadan); kode TL/PSW dan potongan harian "
                      "sesuai jam presensi dan tabel potongan contoh (aturan.KebijakanPresensi).", _presensi_kode),
    "pemantauan_skp": ("Pemantauan pengisian SKP: jumlah disetujui tidak melebihi pegawai, persen sesuai, kumulatif "
                       "(tidak turun) dari bulan ke bulan, OPD terdaftar.", _pemantauan_skp),
    "sakip": ("Predikat SAKIP setiap OPD sesuai nilainya (aturan.predikat_sakip, PermenPANRB 88/2021).", _sakip),
    "sistem_merit": ("Sistem merit: kedelapan aspek tepat sekali per instansi, nilai 100-400, kategori sesuai "
                     "indeks (aturan.kategori_sistem_merit, PermenPANRB 40/2018).", _sistem_merit),
    "eviden": ("Setiap realisasi punya tautan eviden di domain rekaan .test (RFC 2606), tidak "
               "pernah situs sungguhan; setiap realisasi triwulan punya rencana aksi.", _eviden),
    "layanan": ("Usulan layanan: alasan tepat untuk yang dikembalikan/ditolak, nomor dan tanggal SK tepat untuk "
                "yang disetujui (tidak sebelum tanggal usul), dokumen terisi.", _layanan),
    "talenta": ("Kotak talenta sesuai rating hasil kerja penilaian tahun itu dan potensial (aturan.kotak_talenta, "
                "PermenPANRB 3/2020).", _talenta),
    "referensi": ("Kunci unik dan rujukan antartabel utuh (NIP, skp_id, rhk_id, iki_id).", _referensi),
    "pola_sebaran": ("Kunci latihan pola distribusi: capaian_organisasi.sebaran_sesuai_pola Tidak tepat untuk unit "
                     "yang sebarannya melanggar pola predikat organisasinya (aturan.periksa_distribusi, SE MenPANRB "
                     "3/2023), untuk setiap tahun; predikat organisasi sama dengan unit_kerja.", _pola_sebaran),
    "kepala_unit": ("Rating hasil kerja kepala unit sama dengan capaian organisasi unitnya "
                    "(aturan.rating_hasil_kepala_unit, PermenPANRB 6/2022), setiap tahun.", _kepala_unit),
    "penilaian_periodik": ("Penilaian periodik: predikat sesuai kuadran kinerja, empat triwulan dan satu penilaian "
                           "tahunan per pegawai per tahun, baris tahunan tahun penilaian sama dengan tabel "
                           "penilaian.", _penilaian_periodik),
    "iki_templat": ("RHK dari katalog keluarga jabatan pemiliknya, setiap IKI milik templat RHK-nya (aspek dan "
                    "satuan sama), perspektif kepala unit sesuai isi RHK, target deskriptif tepat untuk SKP "
                    "kualitatif (PermenPANRB 6/2022).", _iki_templat),
    "realisasi_tahunan": ("Realisasi per IKI: empat baris triwulan berisi nilai triwulan itu saja dan satu baris "
                          "tahunan; realisasi tahunan Kuantitas sama dengan jumlah keempat triwulan "
                          "(aturan.realisasi_tahunan), aspek lain nilai setahun tersendiri.", _realisasi_tahunan),
}


def _tanggal_acuan(t: dict) -> dt.date:
    periode = pd.to_numeric(t["skp"]["periode"], errors="coerce").dropna() if "skp" in t else pd.Series([])
    return dt.date(int(periode.max()), 12, 31) if len(periode) else dt.date.today()


def periksa_tabel(mentah: dict[str, pd.DataFrame], tanggal_acuan: dt.date | None = None) -> list[Pelanggaran]:
    """Jalankan semua invarian pada tabel-tabel di memori; kembalikan daftar pelanggaran (kosong = konsisten).

    Untuk folder dataset, pakai `bimtek.data.periksa` (membaca berkasnya lalu memanggil fungsi ini).
    """
    mentah = dict(mentah)
    lap = _Laporan("kolom")
    _kolom(mentah, lap, dt.date.today())
    if lap.daftar:
        return lap.daftar
    t = {nama: bentuk_tabel(df, nama, ketat=False) for nama, df in mentah.items() if nama in TABEL}
    acuan = tanggal_acuan or _tanggal_acuan(t)
    hasil: list[Pelanggaran] = []
    for kode, (_, fungsi) in INVARIAN.items():
        if kode == "kolom":
            continue
        lap = _Laporan(kode)
        fungsi(t, lap, acuan)
        hasil.extend(lap.daftar)
    return hasil


def _potensial(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    p = t["pegawai"]
    skor = pd.to_numeric(p["skor_potensial"], errors="coerce").to_numpy(dtype=float)
    lap.jika(~((skor >= 0) & (skor <= 100)), "pegawai", "skor potensial kosong atau di luar 0-100", p["nip"])
    kategori = p["potensial"].astype(object).to_numpy()
    kode = pd.Categorical(kategori, categories=aturan.POTENSIAL).codes  # -1 bila bukan kategori potensial
    lap.jika(kode < 0, "pegawai", f"potensial bukan {', '.join(aturan.POTENSIAL)}", kategori)
    # Kategori mengikuti urutan skor (apa pun ambangnya): skor terendah kategori lebih tinggi melebihi skor
    # tertinggi kategori di bawahnya.
    sah = (kode >= 0) & ~np.isnan(skor)
    for bawah in range(len(aturan.POTENSIAL) - 1):
        atas = bawah + 1
        m_bawah, m_atas = sah & (kode == bawah), sah & (kode == atas)
        if m_bawah.any() and m_atas.any():
            batas = skor[m_bawah].max()
            lap.jika(m_atas & (skor <= batas), "pegawai",
                     f"potensial {aturan.POTENSIAL[atas]} padahal skornya tidak melebihi skor tertinggi "
                     f"{aturan.POTENSIAL[bawah]} ({batas})", p["nip"])


INVARIAN["potensial"] = ("Setiap pegawai punya skor potensial 0-100 dan kategori potensial (Rendah, Menengah, "
                         "Tinggi) yang mengikuti urutan skornya (untuk kotak 9).", _potensial)


def _pengadaan(t: dict, lap: _Laporan, acuan: dt.date) -> None:
    g = t["pengadaan"]
    if g.empty:
        return
    lap.jika(g["pengadaan_id"].duplicated().to_numpy(), "pengadaan", "pengadaan_id ganda", g["pengadaan_id"])
    status = g["status"].astype(object).to_numpy()
    lap.jika(~np.isin(status, ("Ditetapkan", "Diproses", "Ditolak")), "pengadaan",
             "status bukan Ditetapkan, Diproses, atau Ditolak", status)
    tetap, tolak = status == "Ditetapkan", status == "Ditolak"
    for kolom, syarat, nama in (("nip", tetap, "Ditetapkan"), ("tanggal_penetapan", tetap, "Ditetapkan"),
                                ("tmt", tetap, "Ditetapkan"), ("alasan", tolak, "Ditolak")):
        lap.jika(g[kolom].notna().to_numpy() != syarat, "pengadaan",
                 f"{kolom} harus diisi tepat untuk peserta berstatus {nama}", g["pengadaan_id"])
    usul, penetapan, tmt = _hari(g["tanggal_usul_nip"]), _hari(g["tanggal_penetapan"]), _hari(g["tmt"])
    lap.jika(np.isnat(usul), "pengadaan", "tanggal usul NIP kosong", g["pengadaan_id"])
    lap.jika((penetapan < usul) | (tmt < penetapan), "pengadaan",
             "urutan tanggal salah: usul NIP, penetapan, lalu TMT", g["pengadaan_id"])
    lap.jika(usul > np.datetime64(acuan), "pengadaan", f"usul NIP sesudah tanggal acuan {acuan.isoformat()}",
             g["pengadaan_id"])
    # Formasi: jumlahnya satu per formasi_id, tidak kurang dari peserta yang diterima, tidak lebih dari pelamar.
    formasi = g.groupby("formasi_id", sort=False)
    lap.jika((formasi["jumlah_formasi"].transform("nunique") > 1).to_numpy(), "pengadaan",
             "jumlah formasi berbeda di dalam satu formasi_id", g["formasi_id"])
    diterima = (g["status"] != "Ditolak").groupby(g["formasi_id"], sort=False).transform("sum").to_numpy()
    jumlah = g["jumlah_formasi"].to_numpy(dtype=float, na_value=np.nan)
    pelamar = g["jumlah_pelamar"].to_numpy(dtype=float, na_value=np.nan)
    lap.jika(~(jumlah >= diterima), "pengadaan", "peserta diterima melebihi jumlah formasi", g["formasi_id"])
    lap.jika(~(pelamar >= jumlah), "pengadaan", "jumlah pelamar kurang dari jumlah formasi", g["formasi_id"])
    # NIP yang ditetapkan: pegawai terdaftar dengan status, tanggal lahir, jenis kelamin, dan TMT yang sama; digit
    # NIP memuat TMT (PNS: YYYYMM TMT CPNS; PPPK: tahun pengangkatan).
    p = t["pegawai"].drop_duplicates("nip").set_index("nip")
    nip = g["nip"].astype(object)
    ada = nip.isin(p.index).to_numpy()
    lap.jika(tetap & ~ada, "pengadaan", "NIP yang ditetapkan tidak terdaftar di pegawai", g["nip"])
    cek = tetap & ada
    if not cek.any():
        return
    q = p.reindex(nip[cek])
    jenis = g["jenis_pengadaan"].astype(object).to_numpy()[cek]
    harap_status = np.where(jenis == "CPNS", "PNS", "PPPK")
    tmt_pegawai = np.where(harap_status == "PNS", _hari(q["tmt_cpns"]), _hari(q["tmt_golongan"]))
    salah = ((q["status_kepegawaian"].astype(object).to_numpy() != harap_status)
             | (_hari(q["tanggal_lahir"]) != _hari(g["tanggal_lahir"])[cek])
             | (q["jenis_kelamin"].astype(object).to_numpy() != g["jenis_kelamin"].astype(object).to_numpy()[cek])
             | (tmt_pegawai != tmt[cek]))
    teks_tmt = pd.Series(tmt[cek]).dt.strftime("%Y%m").to_numpy(dtype=object)
    digit = np.where(jenis == "CPNS", nip[cek].str.slice(8, 14).to_numpy(dtype=object),
                     nip[cek].str.slice(8, 12).to_numpy(dtype=object) + "xx")
    harap_digit = np.where(jenis == "CPNS", teks_tmt, np.array([x[:4] + "xx" for x in teks_tmt], dtype=object))
    salah |= digit != harap_digit
    lap.jika(np.isin(np.arange(len(g)), np.flatnonzero(cek)[salah]), "pengadaan",
             "peserta Ditetapkan tidak cocok dengan pegawai ber-NIP itu (status, tanggal lahir, jenis kelamin, TMT) "
             "atau digit TMT di NIP/NI PPPK", g["nip"])


INVARIAN["pengadaan"] = ("Pengadaan CPNS/PPPK: NIP, tanggal penetapan dan TMT tepat untuk yang Ditetapkan, alasan "
                         "tepat untuk yang Ditolak; usul NIP <= penetapan <= TMT; peserta diterima <= jumlah formasi "
                         "<= pelamar; NIP yang ditetapkan terdaftar di pegawai dengan data dan digit TMT yang sama.",
                         _pengadaan)
