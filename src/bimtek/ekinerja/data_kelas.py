"""Keadaan awal simulasi dari data kelas: pegawai contoh, atasannya, RHK atasan, dan sebaran predikat unitnya.

Modul 2 mulai dari awal (profil). Modul 3 mulai dari SKP yang sudah disetujui, disusun dari RHK/IKI pegawai yang
sama di data kelas (RHK Utama mengintervensi RHK atasan yang sudah diturunkan).
"""

from __future__ import annotations

from bimtek.ekinerja import aksi as A
from bimtek.ekinerja.keadaan import IKI, RHK, Simulasi
from bimtek.ekinerja.sesi import simulasi_awal
from bimtek.widgets import dari_data as D


def awal_modul_2(t: D.Tabel | None = None) -> Simulasi:
    """Pegawai contoh Modul 2 (pelaksana dengan atasan yang punya RHK) sebelum apa pun diisi."""
    t = t or D.tabel_kelas()
    p = D.persona_skp(t)
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


def awal_modul_3(t: D.Tabel | None = None) -> Simulasi:
    """Pegawai yang sama dengan SKP Kuantitatif setahun yang sudah disetujui, dari RHK dan IKI data kelas."""
    t = t or D.tabel_kelas()
    s = awal_modul_2(t)
    s.profil_diperiksa = True
    s.periode.pendekatan, s.periode.aktif = "Kuantitatif", True
    rinci = D.rincian_kinerja(s.pegawai.nip, t)
    for n, r in enumerate(rinci):
        atasan = s.rhk_atasan[n % len(s.rhk_atasan)] if s.rhk_atasan else ""
        if atasan and atasan not in s.matriks.setdefault(s.pegawai.nip, []):
            s.matriks[s.pegawai.nip].append(atasan)
        s.skp.rhk.append(RHK(jenis=r["jenis"], rhk_atasan=atasan, rumusan=r["rencana_hasil_kerja"], iki=[
            IKI(indikator=i["indikator"], aspek=i["aspek"], target=float(i["target"]), satuan=i["satuan"])
            for i in r["iki"]
        ]))
    s.skp.status, s.skp.riwayat = "Disetujui", ["Diajukan", "Disetujui"]
    if A.periksa_skp(s):
        raise LookupError("SKP pegawai contoh di data kelas tidak lengkap: " + " ".join(A.periksa_skp(s)))
    return s
