"""Langkah 5, nilai: autograde nbgrader per peserta di proses pekerja paralel, kernel terisolasi (lihat isolasi).

Skor berasal dari pipeline autograde nbgrader sendiri (hanya Execute diganti EksekusiTerisolasi), sehingga sama
dengan `nbgrader autograde` berurutan. Kiriman yang rusak tidak menghentikan kelompok: skornya 0 bila nbgrader
tidak dapat menilainya, dengan alasan berbahasa Indonesia di .kelas/hasil_nilai.json.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
import warnings
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from bimtek import lokasi
from bimtek.galat import KesalahanPengguna
from bimtek.kelas import peserta as peserta_kelas
from bimtek.kelas.folder_kelas import FolderKelas, baca_json, tulis_json
from bimtek.kelas.kumpulkan import sidik

GALAT_ULANG = ("ZMQError", "Address already in use", "database is locked")
PERCOBAAN = 3


@dataclass(frozen=True)
class Batas:
    """Batas per kiriman; bawaan longgar untuk kelas, uji memakai yang pendek."""

    waktu_sel: int = 30
    waktu_notebook: int = 300
    memori_mb: int = 2048
    keluaran_kb: int = 256


def batas_kelas(kelas: FolderKelas, **ubah: int | None) -> Batas:
    """Batas bawaan, dengan batas waktu sel dari Execute.timeout kursus; nilai None berarti bawaan."""
    batas = Batas(waktu_sel=int(kelas.konfigurasi().Execute.get("timeout") or Batas.waktu_sel))
    return replace(batas, **{k: v for k, v in ubah.items() if v is not None})


def folder_tersembunyi(kelas: FolderKelas) -> list[str]:
    """Semua yang tidak boleh dilihat kode peserta: kelas, sumber, kiriman lain, buku nilai, exchange, repo."""
    cfg = kelas.konfigurasi()
    folder = [kelas.akar] + [kelas.direktori(n) for n in ("source", "release", "submitted", "autograded", "feedback")]
    buku = kelas.berkas_buku_nilai()
    if buku:
        folder.append(buku.parent)
    if cfg.Exchange.get("root"):
        folder.append(Path(cfg.Exchange.root))
    # Bahan kit (repo atau data paket): notebook sumber, contoh kiriman; di repo juga uji dan ruang kerja.
    folder += lokasi.folder_rahasia()
    # Kredensial dan berkas koneksi kernel lain milik pengguna penilai.
    rumah = Path.home()
    folder += [rumah / n for n in (".ssh", ".gnupg", ".jupyter", ".local/share/jupyter", ".netrc", ".pypirc",
                                   ".bash_history", ".aws", ".kube", ".docker", ".git-credentials")]
    return sorted({str(Path(f).resolve()) for f in folder if Path(f).exists()})


def konfigurasi_penilaian(kelas: FolderKelas, batas: Batas) -> dict[str, Any]:
    from bimtek.kelas.adaptor_nbgrader import Autograde, Execute, OverwriteCells
    from bimtek.kelas.isolasi import EksekusiTerisolasi, bwrap_tersedia
    from bimtek.kelas.praproses import KembalikanSelHilang

    bwrap_tersedia()
    langkah = kelas.konfigurasi().Autograde.get("autograde_preprocessors") or \
        Autograde().autograde_preprocessors
    langkah = [EksekusiTerisolasi if p in (Execute, "nbgrader.preprocessors.Execute") else p for p in langkah]
    if EksekusiTerisolasi not in langkah:
        raise KesalahanPengguna("Konfigurasi Autograde.autograde_preprocessors kursus tidak memuat Execute nbgrader.")
    bersih = kelas.konfigurasi().Autograde.get("sanitize_preprocessors") or Autograde().sanitize_preprocessors
    bersih = [KembalikanSelHilang if p in (OverwriteCells, "nbgrader.preprocessors.OverwriteCells") else p
              for p in bersih]
    return {
        "Autograde.sanitize_preprocessors": bersih,
        "Autograde.autograde_preprocessors": langkah,
        "Execute.timeout": batas.waktu_sel,
        "EksekusiTerisolasi.batas_keluaran_kb": batas.keluaran_kb,
        "KernelTerisolasi.sembunyikan": folder_tersembunyi(kelas),
        "KernelTerisolasi.folder_coretan": str(kelas.keadaan / "coretan"),
        "KernelTerisolasi.batas_memori_mb": batas.memori_mb,
        "KernelTerisolasi.batas_waktu_notebook": batas.waktu_notebook,
        "NbGraderAPI.log_level": "WARN",
    }


def alasan_kegagalan(teks: str, dihentikan: str | None, soal: str = "", kosong: list[str] | None = None) -> str:
    """Terjemahkan galat nbgrader menjadi alasan yang dapat dipahami peserta dan fasilitator."""
    di = f" di {soal}" if soal else ""
    if "DeadKernelError" in teks or "Kernel died" in teks:
        if dihentikan:
            return f"Kode berjalan terlalu lama{di}: notebook {dihentikan}; kernel dihentikan."
        return (f"Kernel berhenti mendadak berulang kali{di} (misalnya memori habis atau kode mematikan "
                "prosesnya sendiri).")
    if kosong:
        return (f"Berkas notebook {', '.join(kosong)} kosong (0 bajt): notebook belum tersimpan saat dikirim. "
                "Minta peserta menyimpan (Ctrl+S) lalu mengirim ulang.")
    if "NotJSONError" in teks or "JSONDecodeError" in teks or "Notebook does not appear to be JSON" in teks:
        return "Berkas notebook rusak: isinya bukan JSON yang sah (mungkin terpotong atau bukan berkas .ipynb)."
    if "ValidationError" in teks or "SchemaTooOld" in teks or "SchemaTooNew" in teks or "NBFormatError" in teks:
        return "Format notebook tidak sah (mungkin disimpan alat lain atau disunting di luar JupyterLab)."
    if "No notebooks found" in teks:
        return "Tidak ada notebook modul di kiriman (nama berkas notebook diubah atau tidak ikut terkirim)."
    if "UnresponsiveKernelError" in teks or "UnresponsiveKernel" in teks:
        return "Kernel tidak merespons (kode peserta menghabiskan sumber daya) dan tidak dapat dihentikan."
    galat = [b.strip() for b in teks.splitlines()
             if re.match(r"^\s*[\w.]+(Error|Exception): ", b) and "NbGraderException" not in b]
    return "Penilaian gagal: " + (galat[-1][-300:] if galat else "sebab tidak diketahui (lihat log penilaian)")


def _catatan_notebook(folder: Path) -> list[str]:
    """Catatan dari keluaran notebook hasil nilai, menyebut soalnya: sel yang kehabisan waktu atau memori, kernel
    yang berhenti mendadak (lalu dimulai ulang), atau keluaran yang dipotong."""
    from bimtek.kelas.isolasi import ENAME_KERNEL_MATI, nama_soal

    catatan: list[str] = []
    for nb in sorted(folder.glob("*.ipynb")):
        try:
            sel = json.loads(nb.read_text(encoding="utf-8")).get("cells", [])
        except (OSError, ValueError):
            continue
        for nomor, c in enumerate(sel, start=1):
            grade_id = c.get("metadata", {}).get("nbgrader", {}).get("grade_id")
            soal = nama_soal(grade_id) if grade_id else f"sel ke-{nomor}"
            for o in c.get("outputs", []):
                nama = o.get("ename", "")
                if nama == "CellTimeoutError":
                    catatan.append(f"{soal} melebihi batas waktu per sel dan dihentikan")
                elif nama == "MemoryError":
                    catatan.append(f"memori habis di {soal} (melebihi batas memori); kernel dimulai ulang, soal "
                                   "itu tidak mendapat poin")
                elif nama == ENAME_KERNEL_MATI:
                    catatan.append(f"kernel berhenti mendadak di {soal} (proses kernel dimatikan); kernel dimulai "
                                   "ulang, soal itu tidak mendapat poin")
                elif "[Keluaran dipotong" in "".join(o.get("text", "")):
                    catatan.append(f"keluaran {soal} terlalu besar dan dipotong")
    return list(dict.fromkeys(catatan))


def _skor(kelas: FolderKelas, modul: str, nip: str) -> tuple[float, float]:
    from bimtek.kelas.adaptor_nbgrader import MissingEntry

    with kelas.buku_nilai() as gb:
        try:
            s = gb.find_submission(modul, nip)
            return float(s.score or 0), float(s.max_score or 0)
        except MissingEntry:
            return 0.0, float(gb.find_assignment(modul).max_score or 0)


def _nolkan(kelas: FolderKelas, modul: str, nip: str) -> None:
    """Kiriman yang tidak dapat dinilai bernilai 0 di buku nilai (seperti nbgrader memperlakukan notebook yang
    tidak dikirim), agar nilai lama dari kiriman sebelumnya tidak tertinggal."""
    from bimtek.kelas.adaptor_nbgrader import MissingEntry

    with kelas.buku_nilai() as gb:
        try:
            kiriman = gb.find_submission(modul, nip)
        except MissingEntry:
            return
        for nb in kiriman.notebooks:
            for nilai_sel in nb.grades:
                nilai_sel.auto_score = 0
                nilai_sel.needs_manual_grade = False
        gb.db.commit()


# Di proses pekerja: satu API nbgrader per proses pekerja (konfigurasi sama untuk semua kiriman).
_api_pekerja: dict[str, Any] = {}


def nilai_satu(akar: str, modul: str, nip: str, konfigurasi: dict[str, Any]) -> dict[str, Any]:
    """Nilai satu kiriman (di proses pekerja); tidak pernah melempar galat kiriman ke pemanggil."""
    from bimtek.kelas import isolasi

    kelas = FolderKelas(Path(akar))
    if akar not in _api_pekerja:
        _api_pekerja[akar] = kelas.api(**konfigurasi)
    api = _api_pekerja[akar]
    mulai = time.monotonic()
    teks = ""
    for percobaan in range(1, PERCOBAAN + 1):
        isolasi.kernel_dihentikan.clear()
        isolasi.sel_mati[0] = ""
        # Peringatan SQLAlchemy dari nbgrader (SAWarning, berderet untuk tiap kiriman) masuk ke log kiriman,
        # bukan ke layar fasilitator.
        with warnings.catch_warnings(record=True) as peringatan:
            warnings.simplefilter("always")
            hasil = api.autograde(modul, nip, force=True, create=True)
        teks = (hasil.get("log") or "") + "\n" + (hasil.get("error") or "") + "".join(
            f"\n[peringatan] {w.category.__name__}: {w.message}" for w in peringatan)
        if hasil.get("success") or not any(g in teks for g in GALAT_ULANG) or percobaan == PERCOBAAN:
            break
        time.sleep(0.5 * percobaan)
    sukses = bool(hasil.get("success"))
    log = kelas.catatan / modul / f"{nip}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text(teks, encoding="utf-8")
    dihentikan = next(iter(isolasi.kernel_dihentikan.values()), None)
    folder_kiriman = kelas.direktori("submitted") / nip / modul
    kosong = sorted(p.name for p in folder_kiriman.glob("*.ipynb") if p.stat().st_size == 0)
    if not sukses:
        _nolkan(kelas, modul, nip)
    skor, maks = _skor(kelas, modul, nip)
    folder_hasil = kelas.direktori("autograded") / nip / modul
    return {
        "nip": nip, "modul": modul, "status": "dinilai" if sukses else "gagal",
        "skor": skor if sukses else 0.0, "maks": maks,
        "alasan": "" if sukses else alasan_kegagalan(teks, dihentikan, isolasi.sel_mati[0], kosong),
        "catatan": _catatan_notebook(folder_hasil) if sukses else [],
        "percobaan": percobaan, "detik": round(time.monotonic() - mulai, 2),
        "sidik": sidik(kelas.direktori("submitted") / nip / modul),
        "waktu": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def _gagal(kelas: FolderKelas, modul: str, nip: str, alasan: str) -> dict[str, Any]:
    return {"nip": nip, "modul": modul, "status": "gagal", "skor": 0.0, "maks": _skor(kelas, modul, nip)[1],
            "alasan": alasan, "catatan": [], "percobaan": PERCOBAAN, "detik": 0.0,
            "sidik": sidik(kelas.direktori("submitted") / nip / modul),
            "waktu": datetime.now(UTC).isoformat(timespec="seconds")}


def _kompilasi_paket_kit() -> None:
    """Kernel terkurung tidak dapat menulis __pycache__ (sistem berkas hanya-baca): tanpa .pyc yang sudah ada,
    setiap kernel mengompilasi ulang modul kit yang diimpor notebook. Kompilasi sekali di proses tepercaya."""
    import compileall

    import bimtek

    compileall.compile_dir(Path(bimtek.__file__).parent, quiet=1, workers=1)


def antrean(kelas: FolderKelas, modul: str, ulang: bool) -> list[str]:
    """NIP peserta yang kirimannya belum dinilai atau berubah sejak dinilai."""
    peserta = peserta_kelas.cari(kelas)
    folder = kelas.direktori("submitted")
    lama = baca_json(kelas.hasil_nilai, {}).get(modul, {})
    hasil = []
    for nip in sorted(peserta):
        kiriman = folder / nip / modul
        if kiriman.is_dir() and (ulang or lama.get(nip, {}).get("sidik") != sidik(kiriman)):
            hasil.append(nip)
    return hasil


def _siapkan_modul(kelas: FolderKelas, modul: str) -> None:
    """Pastikan modul ada di buku nilai (rilis membuatnya; generate_assignment lagi bila belum)."""
    from bimtek.kelas.adaptor_nbgrader import MissingEntry

    with kelas.buku_nilai() as gb:
        try:
            ada = bool(gb.find_assignment(modul).notebooks)
        except MissingEntry:
            ada = False
    if not ada:
        from bimtek.kelas.rilis import buat_versi_peserta

        buat_versi_peserta(kelas, modul)


def nilai(kelas: FolderKelas, modul: str, pekerja: int | None = None, batas: Batas = Batas(),
          ulang: bool = False, tampilkan=print) -> list[dict[str, Any]]:
    """Nilai semua kiriman modul yang baru/berubah; hasil (skor, alasan) disimpan setiap satu selesai."""
    from tqdm import tqdm

    kelas.periksa_modul(modul)
    _siapkan_modul(kelas, modul)
    daftar = antrean(kelas, modul, ulang)
    if not daftar:
        tampilkan(f"{modul}: tidak ada kiriman baru atau berubah; tidak ada yang dinilai ulang.")
        return []
    konfigurasi = konfigurasi_penilaian(kelas, batas)
    _kompilasi_paket_kit()
    pekerja = max(1, min(pekerja or os.cpu_count() or 1, len(daftar)))
    tampilkan(f"{modul}: menilai {len(daftar)} kiriman dengan {pekerja} proses pekerja ...")
    hasil_semua: list[dict[str, Any]] = []

    def simpan(h: dict[str, Any]) -> None:
        hasil_semua.append(h)
        semua = baca_json(kelas.hasil_nilai, {})
        semua.setdefault(modul, {})[h["nip"]] = h
        tulis_json(kelas.hasil_nilai, semua)

    sisa = list(daftar)
    with tqdm(total=len(daftar), desc=f"Menilai {modul}", unit="kiriman", file=sys.stderr, ascii=True) as bilah:
        for _ in range(PERCOBAAN):
            # fork: pekerja mewarisi modul yang sudah diimpor (nbgrader), hemat ~1 detik per pekerja.
            with ProcessPoolExecutor(pekerja, mp_context=get_context("fork")) as pool:
                tugas = {pool.submit(nilai_satu, str(kelas.akar), modul, nip, konfigurasi): nip for nip in sisa}
                sisa = []
                for selesai in as_completed(tugas):
                    nip = tugas[selesai]
                    try:
                        simpan(selesai.result())
                    except BrokenProcessPool:
                        sisa.append(nip)  # proses pekerja mati: nilai lagi di kumpulan pekerja baru
                        continue
                    except Exception as e:  # galat tak terduga pada satu kiriman tidak menghentikan kelompok
                        simpan(_gagal(kelas, modul, nip, f"Penilaian gagal: {type(e).__name__}: {e}"))
                    bilah.update()
            if not sisa:
                break
        for nip in sisa:
            simpan(_gagal(kelas, modul, nip, "Proses penilai berhenti berulang kali saat menilai kiriman ini."))
            bilah.update()
    nama = {p.nip: p.nama for p in peserta_kelas.daftar(kelas)}
    for h in sorted(hasil_semua, key=lambda h: h["nip"]):
        keterangan = h["alasan"] or "; ".join(h["catatan"])
        status = "" if h["status"] == "dinilai" else " (tidak dapat dinilai)"
        tampilkan(f"  {h['nip']} {nama.get(h['nip'], '')}: nilai {h['skor']:g} dari {h['maks']:g}{status}"
                  + (f" - {keterangan}" if keterangan else ""))
    return hasil_semua


def ringkas(hasil: list[dict[str, Any]]) -> str:
    """Baris terakhir `bimtek kelas nilai`; angkanya sama dengan kolom Dinilai dan Gagal di `bimtek kelas status`."""
    gagal = sum(h["status"] == "gagal" for h in hasil)
    if not gagal:
        return f"{len(hasil)} kiriman dinilai."
    return (f"{len(hasil) - gagal} kiriman dinilai, {gagal} tidak dapat dinilai (skor 0; alasannya tertulis di atas "
            "dan di .kelas/log/MODUL/NIP.log).")

