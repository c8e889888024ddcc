"""Langkah 4, kumpulkan: kiriman peserta (folder/zip atau exchange) ke submitted/ nbgrader, dicocokkan lewat NIP.

Kiriman yang tidak dikenal atau meragukan dilaporkan, tidak pernah dibuang diam-diam. Kiriman ulang: yang
terbaru dipakai, yang lebih lama diarsipkan di .kelas/arsip/. Keterlambatan dihitung terhadap tenggat modul
(disimpan sebagai duedate nbgrader, sehingga nbgrader sendiri juga mencatatnya).
"""

from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bimtek.galat import KesalahanPengguna
from bimtek.kelas import peserta as peserta_kelas
from bimtek.kelas.folder_kelas import FolderKelas, baca_json, ganti_folder, tulis_json
from bimtek.kelas.zip_aman import ZipDitolak, ekstrak

# 18 angka, boleh berkelompok dengan spasi, titik, garis bawah, atau tanda hubung (NIP PNS dan NI PPPK).
POLA_NIP = re.compile(r"(?<!\d)\d(?:[ ._-]?\d){17}(?!\d)")
FORMAT_WAKTU = "%Y-%m-%d %H:%M:%S.%f %Z"  # format timestamp.txt nbgrader


@dataclass
class Laporan:
    diterima: list[str] = field(default_factory=list)
    tetap: list[str] = field(default_factory=list)
    diarsipkan: list[str] = field(default_factory=list)
    ditolak: list[tuple[str, str]] = field(default_factory=list)
    terlambat: list[str] = field(default_factory=list)
    dilewati: list[tuple[str, str]] = field(default_factory=list)

    def baris(self) -> list[str]:
        hasil = [f"Diterima: {len(self.diterima)}, tidak berubah: {len(self.tetap)}, "
                 f"diarsipkan: {len(self.diarsipkan)}, ditolak: {len(self.ditolak)}, "
                 f"dilewati: {len(self.dilewati)}, terlambat: {len(self.terlambat)}"]
        hasil += [f"  diterima   {x}" for x in self.diterima]
        hasil += [f"  diarsipkan {x}" for x in self.diarsipkan]
        hasil += [f"  TERLAMBAT  {x}" for x in self.terlambat]
        hasil += [f"  DITOLAK    {asal}: {alasan}" for asal, alasan in self.ditolak]
        hasil += [f"  DILEWATI   {asal}: {alasan}" for asal, alasan in self.dilewati]
        if not (self.diterima or self.tetap or self.ditolak or self.dilewati):
            hasil.append("  Tidak ada berkas kiriman di sana. Dengan --dari: salin berkas NIP_MODUL.zip dari peserta "
                         "ke folder itu, lalu ulangi. Dengan --exchange: peserta belum mengirim dari JupyterHub.")
        return hasil


@dataclass
class _Kiriman:
    asal: str
    nip: str
    modul: str
    isi: Path
    waktu: datetime


def parse_tenggat(teks: str) -> datetime:
    """'YYYY-MM-DD HH:MM' waktu setempat -> UTC."""
    try:
        return datetime.strptime(teks.strip(), "%Y-%m-%d %H:%M").astimezone(UTC)
    except ValueError as e:
        raise KesalahanPengguna(f"Tenggat '{teks}' tidak dikenali. Tulis seperti 2026-11-30 16:00.") from e


def sidik(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        if p.is_file() and p.name != "timestamp.txt":
            h.update(str(p.relative_to(folder)).encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def _nip_di(nama: str, peserta: set[str]) -> tuple[set[str], set[str]]:
    semua = {re.sub(r"\D", "", m.group()) for m in POLA_NIP.finditer(nama)}
    return semua & peserta, semua - peserta


def modul_dirilis(kelas: FolderKelas) -> list[str]:
    """Modul yang versi pesertanya sudah dibuat (`bimtek kelas rilis`); hanya kiriman modul ini yang dikumpulkan."""
    rilis = kelas.direktori("release")
    return [m for m in kelas.daftar_modul() if any((rilis / m).glob("*.ipynb"))]


def _notebook_modul(kelas: FolderKelas) -> dict[str, set[str]]:
    sumber = kelas.direktori("source")
    return {m: {p.name for p in (sumber / m).glob("*.ipynb")} for m in kelas.daftar_modul()}


def _tebak_modul(nama: str, isi: Path, notebook: dict[str, set[str]]) -> set[str]:
    di_nama = {m for m in notebook if m in nama}
    if di_nama:
        return di_nama
    ada = {p.name for p in isi.rglob("*.ipynb")} | {p.name for p in isi.rglob("*") if p.is_dir()}
    return {m for m, nb in notebook.items() if m in ada or nb & ada}


def _akar_isi(isi: Path, modul: str) -> Path:
    """Folder yang berisi notebook modul di dalam kiriman (MODUL/..., satu folder pembungkus, atau akar)."""
    if (isi / modul).is_dir():
        return isi / modul
    anak = [p for p in isi.iterdir() if not p.name.startswith((".", "__MACOSX"))]
    if len(anak) == 1 and anak[0].is_dir():
        return _akar_isi(anak[0], modul)
    return isi


def _siapkan(entri: Path, kerja: Path, nomor: int) -> Path:
    if entri.is_dir():
        return entri
    if entri.suffix.lower() == ".zip":
        return ekstrak(entri, kerja / f"k{nomor}")
    if entri.suffix.lower() == ".ipynb":
        folder = kerja / f"k{nomor}"
        folder.mkdir()
        shutil.copy2(entri, folder / entri.name)
        return folder
    raise ZipDitolak("jenis berkas tidak dikenal (kirim zip dari `bimtek kirim`, folder modul, atau .ipynb)")


def _entri(sumber: Path, kerja: Path) -> list[Path]:
    if sumber.is_file():
        akar = ekstrak(sumber, kerja / "asal")
    elif sumber.is_dir():
        akar = sumber
    else:
        raise KesalahanPengguna(f"{sumber} tidak ada. Tunjuk folder atau zip berisi kiriman peserta dengan --dari.")
    isi = [p for p in sorted(akar.iterdir()) if not p.name.startswith((".", "__MACOSX"))]
    if len(isi) == 1 and isi[0].is_dir() and not POLA_NIP.search(isi[0].name):
        isi = [p for p in sorted(isi[0].iterdir()) if not p.name.startswith(".")]
    return isi


def _waktu_terbaru(isi: Path, entri: Path) -> datetime:
    waktu = [p.stat().st_mtime for p in isi.rglob("*") if p.is_file()] or [entri.stat().st_mtime]
    return datetime.fromtimestamp(max(waktu), UTC)


def _pilah(kelas: FolderKelas, sumber: Path, kerja: Path, modul: str | None, lap: Laporan) -> list[_Kiriman]:
    nip_peserta = set(peserta_kelas.cari(kelas))
    notebook = _notebook_modul(kelas)
    dirilis = set(modul_dirilis(kelas))
    hasil = []
    for nomor, entri in enumerate(_entri(sumber, kerja)):
        nama = entri.name
        dikenal, asing = _nip_di(nama, nip_peserta)
        if len(dikenal) > 1:
            lap.ditolak.append((nama, f"meragukan: memuat beberapa NIP peserta ({', '.join(sorted(dikenal))})"))
            continue
        if not dikenal:
            alasan = (f"NIP {', '.join(sorted(asing))} tidak ada di daftar peserta; periksa NIP pada nama berkas, "
                      "atau tambahkan peserta itu lalu jalankan `bimtek kelas peserta impor` lagi" if asing
                      else "nama berkas tidak memuat NIP 18 digit; ganti namanya menjadi NIP_MODUL.zip "
                      "(mis. 198609262015051001_modul-0-orientasi.zip) lalu kumpulkan lagi")
            lap.ditolak.append((nama, alasan))
            continue
        try:
            isi = _siapkan(entri, kerja, nomor)
        except ZipDitolak as e:
            lap.ditolak.append((nama, str(e)))
            continue
        except OSError as e:  # berkas tak terbaca (izin, disk): hanya kiriman ini yang ditolak
            lap.ditolak.append((nama, f"tidak dapat dibaca ({e.strerror or e}); salin ulang berkasnya"))
            continue
        calon = {modul} if modul else _tebak_modul(nama, isi, notebook)
        if len(calon) != 1:
            lap.ditolak.append((nama, "modul tidak dapat ditentukan dari nama atau isinya" if not calon else
                                f"meragukan: cocok dengan beberapa modul ({', '.join(sorted(calon))})"))
            continue
        m = calon.pop()
        if m not in dirilis:
            lap.dilewati.append((nama, f"modul {m} belum dirilis ke peserta kelas ini; jalankan dulu "
                                       f"`bimtek kelas rilis {m}` bila modul itu memang sudah dibagikan"))
            continue
        if entri.suffix.lower() == ".ipynb" and len(notebook[m]) == 1:
            # Notebook lepas bernama NIP_...: beri nama notebook modul agar nbgrader mengenalinya.
            (isi / entri.name).rename(isi / next(iter(notebook[m])))
        akar = _akar_isi(isi, m)
        hasil.append(_Kiriman(nama, dikenal.pop(), m, akar, _waktu_terbaru(akar, entri)))
    return hasil


def _arsipkan(kelas: FolderKelas, folder: Path, modul: str, nip: str, waktu: datetime) -> Path:
    tujuan = kelas.arsip / modul / nip / waktu.strftime("%Y%m%dT%H%M%S%f")
    tujuan.parent.mkdir(parents=True, exist_ok=True)
    if tujuan.exists():  # kiriman yang sama sudah diarsipkan sebelumnya
        shutil.rmtree(folder)
    else:
        shutil.move(str(folder), tujuan)
    return tujuan


def _tulis_tenggat(kelas: FolderKelas, modul: str, tenggat: datetime | None) -> None:
    with kelas.buku_nilai() as gb:
        gb.update_or_create_assignment(modul, duedate=tenggat.replace(tzinfo=None) if tenggat else None)


def kumpulkan(kelas: FolderKelas, sumber: Path, modul: str | None = None,
              tenggat: datetime | None = None) -> Laporan:
    """Masukkan kiriman ke submitted/NIP/MODUL/ (dengan timestamp.txt)."""
    lap = Laporan()
    catatan = baca_json(kelas.kiriman_masuk, {})
    submitted = kelas.direktori("submitted")
    kelas.keadaan.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=kelas.keadaan, prefix="kumpul-") as kerja_str:
        kerja = Path(kerja_str)
        kiriman = _pilah(kelas, Path(sumber), kerja, modul, lap)
        kiriman.sort(key=lambda k: (k.modul, k.nip, k.waktu))
        terbaru = {(k.modul, k.nip): k for k in kiriman}
        tenggat_modul = {m: tenggat or _tenggat_pengaturan(kelas, m) for m in {k.modul for k in kiriman}}
        for m, t in tenggat_modul.items():
            _tulis_tenggat(kelas, m, t)
        for k in kiriman:
            label = f"{k.nip} {k.modul} ({k.asal})"
            if terbaru[(k.modul, k.nip)] is not k:
                _arsipkan(kelas, _salin(k.isi, kerja / "arsip-baru"), k.modul, k.nip, k.waktu)
                lap.diarsipkan.append(label + ": ada kiriman yang lebih baru")
                continue
            tujuan = submitted / k.nip / k.modul
            data_lama = catatan.get(k.modul, {}).get(k.nip)
            sidik_baru = sidik(k.isi)
            if data_lama and tujuan.exists():
                waktu_lama = datetime.fromisoformat(data_lama["waktu"])
                if data_lama["sidik"] == sidik_baru:
                    # Tenggat bisa berubah sejak pengumpulan pertama: tanda terlambat dihitung ulang dengan
                    # aturan yang sama seperti kiriman baru, agar tidak ada kiriman yang luput ditandai.
                    data_lama.update(_keterlambatan(waktu_lama, tenggat_modul[k.modul]))
                    lap.tetap.append(label)
                    if data_lama["terlambat"]:
                        lap.terlambat.append(f"{label}: {lama_terlambat(data_lama['detik_terlambat'])} setelah tenggat")
                    continue
                if waktu_lama > k.waktu:
                    _arsipkan(kelas, _salin(k.isi, kerja / "arsip-baru"), k.modul, k.nip, k.waktu)
                    lap.diarsipkan.append(label + ": lebih lama dari kiriman yang sudah ada")
                    continue
                _arsipkan(kelas, _salin(tujuan, kerja / "arsip-lama"), k.modul, k.nip, waktu_lama)
                lap.diarsipkan.append(f"{k.nip} {k.modul}: kiriman sebelumnya ({data_lama['asal']})")
            baru = _salin(k.isi, kerja / "baru")
            (baru / "timestamp.txt").write_text(k.waktu.strftime(FORMAT_WAKTU), encoding="utf-8")
            ganti_folder(baru, tujuan)
            telat = _keterlambatan(k.waktu, tenggat_modul[k.modul])
            catatan.setdefault(k.modul, {})[k.nip] = {
                "asal": k.asal, "waktu": k.waktu.isoformat(), "sidik": sidik_baru, **telat,
            }
            lap.diterima.append(label)
            if telat["terlambat"]:
                lap.terlambat.append(f"{label}: {lama_terlambat(telat['detik_terlambat'])} setelah tenggat")
        tulis_json(kelas.kiriman_masuk, catatan)
        ditolak = baca_json(kelas.kiriman_ditolak, {})
        ditolak.update({asal: alasan for asal, alasan in lap.ditolak + lap.dilewati})
        tulis_json(kelas.kiriman_ditolak, ditolak)
    return lap


def _keterlambatan(waktu: datetime, tenggat: datetime | None) -> dict[str, float | bool]:
    """Satu aturan untuk semua kiriman: terlambat bila waktu kiriman (berkas terbaru di dalamnya) lewat tenggat."""
    detik = max(0.0, (waktu - tenggat).total_seconds()) if tenggat else 0.0
    return {"terlambat": detik > 0, "detik_terlambat": detik}


def lama_terlambat(detik: float) -> str:
    """Lama keterlambatan yang mudah dibaca: "45 menit", "3 jam 20 menit", "6 hari 6 jam"."""
    menit = round(detik / 60)
    hari, sisa = divmod(menit, 24 * 60)
    jam, menit = divmod(sisa, 60)
    if hari:
        return f"{hari} hari {jam} jam" if jam else f"{hari} hari"
    if jam:
        return f"{jam} jam {menit} menit" if menit else f"{jam} jam"
    return f"{menit} menit"


def _salin(folder: Path, induk: Path) -> Path:
    induk.mkdir(parents=True, exist_ok=True)
    tujuan = Path(tempfile.mkdtemp(dir=induk))
    shutil.copytree(folder, tujuan, dirs_exist_ok=True, ignore=shutil.ignore_patterns("timestamp.txt"))
    return tujuan


def _tenggat_pengaturan(kelas: FolderKelas, modul: str) -> datetime | None:
    teks = kelas.pengaturan().get("tenggat", {}).get(modul)
    return parse_tenggat(str(teks)) if teks else None


def dari_exchange(kelas: FolderKelas, modul: str) -> str:
    """Mode JupyterHub: nbgrader collect dari exchange (kiriman terbaru per peserta)."""
    from bimtek.kelas.rilis import pastikan_berhasil

    kelas.periksa_modul(modul)
    pastikan_berhasil(kelas.api().collect(modul, update=True), f"Pengumpulan {modul} dari exchange")
    return f"{modul}: kiriman dari exchange nbgrader dikumpulkan ke {kelas.direktori('submitted')}."
