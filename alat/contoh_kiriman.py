"""Set gladi (rehearsal): contoh kiriman peserta untuk satu modul beserta skor dan alasan yang diharapkan.

Dibangun dari notebook sumber (kunci) dan versi peserta modul mana pun, sehingga ikut berubah bila modul berubah:
benar, sebagian, salah, dan kiriman rusak atau jahil. Skor harapan dihitung dari rancangan kasus (poin sel uji),
bukan dari hasil menjalankan penilai: sel uji dianggap menguji sel jawaban terdekat di atasnya.

    python -m alat.contoh_kiriman bangun --modul MODUL --kelas grader --set grader/contoh_kiriman
    python -m alat.contoh_kiriman periksa --kelas KELAS_GLADI --set grader/contoh_kiriman
"""

from __future__ import annotations

import argparse
import copy
import csv
import json
import re
import shutil
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from bimtek.kelas.folder_kelas import FolderKelas, baca_json, folder_bawaan, tulis_json

WAKTU_KIRIM = (2026, 11, 20, 10, 0, 0)
WAKTU_KIRIM_ULANG = (2026, 11, 20, 11, 0, 0)
WAKTU_TERLAMBAT = (2026, 11, 22, 9, 0, 0)
TENGGAT = "2026-11-21 16:00"
PENANDA_SOLUSI = re.compile(r"^[ \t]*### (BEGIN|END) SOLUTION[ \t]*\n?", re.M)

# Kode jahil disisipkan di AWAL sel jawaban pertama. Bila isolasi bekerja, kode itu gagal (galat) sehingga sel
# jawaban pertama tidak selesai: skor = total - poin uji sel jawaban pertama. Jalur dicari dari folder kerja
# nbgrader (autograded/NIP/MODUL), jadi kode ini tidak bergantung pada letak kelas.
_AKAR = 'import os, glob\n_akar = os.path.abspath(os.path.join(os.getcwd(), "..", "..", ".."))\n'
JAHIL = {
    "baca_sumber": _AKAR + (
        '_bocor = glob.glob(_akar + "/**/*.ipynb", recursive=True) + glob.glob(_akar + "/../**/*.ipynb")\n'
        'for _p in _bocor:\n    print(open(_p).read())\n'
        'assert _bocor, "tidak ada notebook lain yang terbaca"\n'),
    "tulis_buku_nilai": _AKAR + 'open(os.path.join(_akar, "gradebook.db"), "w").write("rusak")\n',
    "tulis_peserta_lain": _AKAR + (
        '_lain = [p for p in glob.glob(_akar + "/submitted/*/*/*.ipynb")]\n'
        'for _p in _lain:\n    open(_p, "w").write("{}")\n'
        'assert _lain, "tidak ada kiriman lain yang terlihat"\n'),
    "jaringan": 'import socket\nsocket.create_connection(("pypi.org", 443), timeout=5).close()\n',
    "loop_tanpa_akhir": "while True:\n    pass\n",
    # Permintaan memori yang terus berlipat tanpa akhir. Tiap blok langsung dilepas, jadi saat batas tercapai
    # MemoryError muncul di sel ini dan sel berikutnya berjalan normal (daftar global yang terus ditahan akan
    # membuat sel lain, bahkan kernel, ikut kehabisan memori: hasilnya tidak dapat diramalkan).
    "memori_tanpa_batas": ("def _minta_terus():\n    ukuran = 1024 * 1024\n    while True:\n        ukuran *= 2\n"
                           "        bytearray(ukuran)\n\n\n_minta_terus()\n"),
    # Memori ditumpuk dan terus ditahan sampai melewati batas memori kernel: kernel dimulai ulang sesudah sel ini,
    # sehingga hanya soal ini yang kehilangan poin (tanpa itu kernel macet atau mati di sel berikutnya).
    "memori_ditahan": "_simpan = []\nwhile True:\n    _simpan.append(bytearray(2**20))\n",
    "cetak_megabita": 'print("x" * 50_000_000)\n',
    "matikan_kernel": "import os\nos._exit(1)\n",
}


@dataclass
class Kunci:
    """Bahan dari versi sumber dan versi peserta satu modul."""

    modul: str
    rilis: dict[str, Any]  # notebook versi peserta (potongan kosong)
    solusi: dict[str, str]  # grade_id sel jawaban -> kode kunci tanpa penanda
    poin: dict[str, float]  # grade_id sel uji -> poin
    uji_per_jawaban: dict[str, list[str]]  # grade_id sel jawaban -> sel uji sesudahnya
    jawaban_benar: dict[str, Any]  # berkas jawaban/*.json yang benar (dari kunci_jawaban.json di folder set)
    nama_notebook: str

    @property
    def total(self) -> float:
        return sum(self.poin.values())

    def poin_jawaban_pertama(self) -> float:
        pertama = next(iter(self.solusi))
        return sum(self.poin[g] for g in self.uji_per_jawaban[pertama])


def _gid(sel: dict) -> str:
    return sel.get("metadata", {}).get("nbgrader", {}).get("grade_id", "")


def baca_kunci(sumber: Path, rilis: Path, jawaban_benar: dict[str, Any]) -> Kunci:
    src = json.loads(sumber.read_text(encoding="utf-8"))
    solusi: dict[str, str] = {}
    poin: dict[str, float] = {}
    uji: dict[str, list[str]] = {}
    terakhir = None
    for sel in src["cells"]:
        meta = sel.get("metadata", {}).get("nbgrader", {})
        if meta.get("solution") and sel["cell_type"] == "code":
            terakhir = meta["grade_id"]
            solusi[terakhir] = PENANDA_SOLUSI.sub("", "".join(sel["source"]))
            uji[terakhir] = []
        elif meta.get("grade") and sel["cell_type"] == "code":
            poin[meta["grade_id"]] = float(meta.get("points", 0))
            if terakhir:
                uji[terakhir].append(meta["grade_id"])
    return Kunci(rilis.parent.name, json.loads(rilis.read_text(encoding="utf-8")), solusi, poin, uji,
                 jawaban_benar, rilis.name)


def _isi(kunci: Kunci, kode: dict[str, str]) -> dict[str, Any]:
    nb = copy.deepcopy(kunci.rilis)
    for sel in nb["cells"]:
        if _gid(sel) in kode:
            sel["source"] = kode[_gid(sel)]
    return nb


def _zip(tujuan: Path, anggota: dict[str, bytes], waktu: tuple = WAKTU_KIRIM) -> None:
    with zipfile.ZipFile(tujuan, "w", zipfile.ZIP_DEFLATED) as z:
        for nama, isi in anggota.items():
            z.writestr(zipfile.ZipInfo(nama, waktu), isi)


def _nb_bytes(nb: dict) -> bytes:
    return (json.dumps(nb, ensure_ascii=False, indent=1) + "\n").encode()


def kasus(kunci: Kunci) -> list[dict[str, Any]]:
    """Daftar kasus: id, deskripsi, pembuat isi (notebook atau byte), jawaban, harapan."""
    benar = _isi(kunci, kunci.solusi)
    P, P1 = kunci.total, kunci.poin_jawaban_pertama()
    pertama = next(iter(kunci.solusi))
    jawaban_salah = {nama: {} for nama in kunci.jawaban_benar}
    stub_pertama = {g: s for g, s in kunci.solusi.items() if g != pertama}

    def jahil(nama: str) -> dict[str, Any]:
        return _isi(kunci, {**kunci.solusi, pertama: JAHIL[nama] + kunci.solusi[pertama]})

    def tanpa_sel(nb: dict, gid: str) -> dict:
        nb = copy.deepcopy(nb)
        nb["cells"] = [c for c in nb["cells"] if _gid(c) != gid]
        return nb

    def ganti_sel(nb: dict, gid: str, **ubah: Any) -> dict:
        nb = copy.deepcopy(nb)
        for c in nb["cells"]:
            if _gid(c) == gid:
                c.update({k: v for k, v in ubah.items() if k != "grade_id"})
                if "grade_id" in ubah:
                    c["metadata"]["nbgrader"]["grade_id"] = ubah["grade_id"]
                if c["cell_type"] == "markdown":
                    c.pop("outputs", None)
                    c.pop("execution_count", None)
        return nb

    def urut_ulang(nb: dict) -> dict:
        """Sel jawaban pertama dipindah ke bawah uji-ujinya: uji berjalan sebelum jawabannya ada."""
        nb = copy.deepcopy(nb)
        sel = next(c for c in nb["cells"] if _gid(c) == pertama)
        uji_terakhir = kunci.uji_per_jawaban[pertama][-1]
        nb["cells"].remove(sel)
        i = next(i for i, c in enumerate(nb["cells"]) if _gid(c) == uji_terakhir)
        nb["cells"].insert(i + 1, sel)
        return nb

    def ke_atas(nb: dict) -> dict:
        """Sel jawaban pertama di paling atas notebook, diikuti satu sel tambahan peserta."""
        nb = copy.deepcopy(nb)
        sel = next(c for c in nb["cells"] if _gid(c) == pertama)
        nb["cells"].remove(sel)
        tambahan = {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
                    "source": "catatan_peserta = 'jawaban saya pindahkan ke atas'"}
        nb["cells"][:0] = [sel, tambahan]
        return nb

    def alat_lain(nb: dict) -> bytes:
        """Seperti disimpan penyunting lain: nbformat 4.0 tanpa id sel, JSON satu baris, metadata lain dibuang."""
        nb = copy.deepcopy(nb)
        nb["nbformat_minor"] = 0
        nb["metadata"] = {}
        for c in nb["cells"]:
            c.pop("id", None)
            c["metadata"] = {k: v for k, v in c["metadata"].items() if k == "nbgrader"}
        return json.dumps(nb, separators=(",", ":")).encode()

    def uji_disunting(nb: dict) -> dict:
        nb = copy.deepcopy(nb)
        for c in nb["cells"]:
            if c.get("metadata", {}).get("nbgrader", {}).get("grade"):
                c["source"] = "pass  # uji dihapus peserta"
        return nb

    uji_terakhir = list(kunci.poin)[-1]
    salah = _isi(kunci, {})
    d = "dinilai"
    return [
        dict(id="benar", deskripsi="Semua jawaban benar.", nb=benar, harapan=dict(status=d, skor=P)),
        dict(id="sebagian", deskripsi="Jawaban pertama belum diisi, sisanya benar.",
             nb=_isi(kunci, stub_pertama), harapan=dict(status=d, skor=P - P1)),
        dict(id="salah", deskripsi="Versi peserta tanpa jawaban apa pun; formulir kosong.", nb=salah,
             jawaban=jawaban_salah, harapan=dict(status=d, skor=0.0)),
        dict(id="json_rusak", deskripsi="Berkas notebook bukan JSON.", isi=b"{ini bukan notebook",
             harapan=dict(status="gagal", skor=0.0, alasan="bukan JSON")),
        dict(id="terpotong", deskripsi="Notebook terpotong di tengah (unduhan terputus).",
             isi=_nb_bytes(benar)[: len(_nb_bytes(benar)) // 2], harapan=dict(status="gagal", skor=0.0,
                                                                                 alasan="bukan JSON")),
        dict(id="alat_lain", deskripsi="Disimpan penyunting lain: nbformat 4.0, tanpa id sel, satu baris.",
             isi=alat_lain(benar), harapan=dict(status=d, skor=P)),
        dict(id="uji_dihapus", deskripsi="Sel uji terakhir dihapus: nbgrader mengembalikan dan menilainya.",
             nb=tanpa_sel(benar, uji_terakhir), harapan=dict(status=d, skor=P)),
        dict(id="jawaban_dihapus", deskripsi="Sel jawaban pertama dihapus.", nb=tanpa_sel(benar, pertama),
             harapan=dict(status=d, skor=P - P1)),
        dict(id="sel_diganti_nama", deskripsi="grade_id sel uji terakhir diganti: sel aslinya dikembalikan.",
             nb=ganti_sel(benar, uji_terakhir, grade_id="uji_palsu"), harapan=dict(status=d, skor=P)),
        dict(id="sel_diurutkan", deskripsi="Sel jawaban pertama dipindah ke bawah ujinya: urutan sumber "
             "dipulihkan sebelum dinilai.", nb=urut_ulang(benar), harapan=dict(status=d, skor=P)),
        dict(id="tipe_diubah", deskripsi="Sel jawaban pertama diubah menjadi sel teks (markdown): nbgrader "
             "mengembalikan jenis selnya, jawaban tetap dinilai.",
             nb=ganti_sel(benar, pertama, cell_type="markdown"), harapan=dict(status=d, skor=P)),
        dict(id="uji_terkunci_disunting", deskripsi="Jawaban kosong, semua sel uji terkunci diganti `pass`.",
             nb=uji_disunting(salah), jawaban=jawaban_salah, harapan=dict(status=d, skor=0.0)),
        dict(id="loop_tanpa_akhir", deskripsi="Perulangan tanpa akhir di jawaban pertama.",
             nb=jahil("loop_tanpa_akhir"), harapan=dict(status=d, skor=P - P1, catatan="batas waktu per sel")),
        dict(id="memori_tanpa_batas", deskripsi="Memori dipakai tanpa batas di jawaban pertama.",
             nb=jahil("memori_tanpa_batas"), harapan=dict(status=d, skor=P - P1, catatan="batas memori")),
        dict(id="cetak_megabita", deskripsi="Mencetak 50 MB dalam satu baris, lalu menjawab benar.",
             nb=jahil("cetak_megabita"), harapan=dict(status=d, skor=P, catatan="dipotong")),
        dict(id="baca_sumber", deskripsi="Mencoba membaca notebook sumber dan uji tersembunyi dari disk.",
             nb=jahil("baca_sumber"), harapan=dict(status=d, skor=P - P1)),
        dict(id="tulis_buku_nilai", deskripsi="Mencoba menimpa buku nilai gradebook.db.",
             nb=jahil("tulis_buku_nilai"), harapan=dict(status=d, skor=P - P1)),
        dict(id="tulis_peserta_lain", deskripsi="Mencoba menimpa kiriman peserta lain.",
             nb=jahil("tulis_peserta_lain"), harapan=dict(status=d, skor=P - P1)),
        dict(id="jaringan", deskripsi="Mencoba membuka koneksi internet.", nb=jahil("jaringan"),
             harapan=dict(status=d, skor=P - P1)),
        dict(id="matikan_kernel", deskripsi="Mematikan proses kernelnya sendiri (os._exit) di jawaban pertama: "
             "kernel dimulai ulang, hanya soal itu yang kehilangan poin.",
             nb=jahil("matikan_kernel"), harapan=dict(status=d, skor=P - P1, catatan="kernel berhenti mendadak")),
        dict(id="nama_notebook_salah", deskripsi="Notebook diganti nama sebelum dikirim.", nb=benar,
             nama_notebook=kunci.nama_notebook.replace(".ipynb", " (1).ipynb"),
             harapan=dict(status="gagal", skor=0.0, alasan="Tidak ada notebook modul")),
        dict(id="kirim_ulang", deskripsi="Dua kiriman: yang lama sebagian, yang baru benar; yang baru dipakai.",
             nb=benar, lama=_isi(kunci, stub_pertama), harapan=dict(status=d, skor=P, diarsipkan=1)),
        dict(id="terlambat", deskripsi=f"Benar, tetapi dikirim setelah tenggat {TENGGAT}.", nb=benar,
             waktu=WAKTU_TERLAMBAT, harapan=dict(status=d, skor=P, terlambat=True)),
        dict(id="zip_tanpa_nip", deskripsi="Nama zip tanpa NIP.", berkas="tugas_saya.zip", nb=benar,
             harapan=dict(status="ditolak", alasan="tidak memuat NIP")),
        dict(id="nip_asing", deskripsi="NIP sah tetapi tidak terdaftar di kelas.", nb=benar, nip_asing=True,
             harapan=dict(status="ditolak", alasan="tidak ada di daftar peserta")),
        dict(id="zip_kosong", deskripsi="Zip kosong.", anggota={}, harapan=dict(status="ditolak",
                                                                                alasan="zip kosong")),
        dict(id="zip_keluar_folder", deskripsi="Zip dengan path ../ yang keluar dari foldernya.", nb=benar,
             tambahan={"../../../bocor.txt": b"keluar"}, harapan=dict(status="ditolak", alasan="keluar dari")),
        dict(id="jawaban_di_atas_persiapan", deskripsi="Sel jawaban pertama diseret ke paling atas (di atas sel "
             "persiapan) bersama sel tambahan peserta: urutan sumber dipulihkan, sel tambahan ikut jawabannya.",
             nb=ke_atas(benar), harapan=dict(status=d, skor=P)),
        dict(id="memori_ditahan", deskripsi="Jawaban pertama menumpuk memori melewati batas memori kernel dan "
             "menahannya: kernel dimulai ulang, hanya soal itu yang kehilangan poin.",
             nb=jahil("memori_ditahan"), harapan=dict(status=d, skor=P - P1, catatan="memori habis di")),
    ]


def bangun(kelas: FolderKelas, modul: str, keluar: Path, jawaban_benar: dict[str, Any] | None = None) -> Path:
    """Tulis set gladi ke `keluar`: kiriman/, peserta.csv, harapan.json, README.md."""
    from bimtek.aturan import buat_nip
    from bimtek.kelas.rilis import buat_versi_peserta

    rilis = buat_versi_peserta(kelas, modul)
    nama_nb = sorted(p.name for p in rilis.glob("*.ipynb"))[0]
    keluar = Path(keluar)
    berkas_kunci = keluar / "kunci_jawaban.json"
    if jawaban_benar is None:
        jawaban_benar = json.loads(berkas_kunci.read_text(encoding="utf-8")) if berkas_kunci.exists() else {}
    kunci = baca_kunci(kelas.direktori("source") / modul / nama_nb, rilis / nama_nb, jawaban_benar)
    shutil.rmtree(keluar / "kiriman", ignore_errors=True)
    (keluar / "kiriman").mkdir(parents=True)
    daftar_kasus = kasus(kunci)
    peserta, catatan = [], []
    for i, k in enumerate(daftar_kasus, start=1):
        nip = buat_nip(date(1980, 1, 1 + i % 28), date(2010, 1 + i % 12, 1), "L" if i % 2 else "P", i)
        if not k.get("nip_asing"):
            peserta.append((nip, f"Peserta Gladi {i:02d} ({k['id']})", "Unit Contoh"))
        else:
            nip = buat_nip(date(1979, 5, 5), date(2005, 5, 1), "P", 900 + i)
        nama_berkas = k.get("berkas", f"{nip}_{modul}.zip")
        jawaban = k.get("jawaban", kunci.jawaban_benar)
        isi_nb = k.get("isi") if "isi" in k else _nb_bytes(k["nb"]) if "nb" in k else None
        anggota: dict[str, bytes] = dict(k.get("anggota", {}))
        if isi_nb is not None:
            anggota[f"{modul}/{k.get('nama_notebook', kunci.nama_notebook)}"] = isi_nb
            for nama, isi in jawaban.items():
                anggota[f"{modul}/jawaban/{nama}"] = json.dumps(isi, ensure_ascii=False).encode()
        anggota.update(k.get("tambahan", {}))
        if "lama" in k:
            lama = f"{nip}_{modul}_pertama.zip"
            _zip(keluar / "kiriman" / lama, {f"{modul}/{kunci.nama_notebook}": _nb_bytes(k["lama"]),
                                             **{f"{modul}/jawaban/{n}": json.dumps(v).encode()
                                                for n, v in jawaban.items()}})
            nama_berkas = f"{nip}_{modul}_kedua.zip"
        _zip(keluar / "kiriman" / nama_berkas, anggota, k.get("waktu", WAKTU_KIRIM_ULANG if "lama" in k
                                                              else WAKTU_KIRIM))
        catatan.append({"kasus": k["id"], "deskripsi": k["deskripsi"], "nip": nip, "berkas": nama_berkas,
                        "harapan": {"maks": kunci.total, **k["harapan"]}})
    with open(keluar / "peserta.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["NIP", "nama", "unit"])
        w.writerows(peserta)
    tulis_json(keluar / "harapan.json", {"modul": modul, "tenggat": TENGGAT, "total_poin": kunci.total,
                                         "kasus": catatan})
    if kunci.jawaban_benar:
        tulis_json(berkas_kunci, kunci.jawaban_benar)
    (keluar / "README.md").write_text(_readme(modul, kunci.total, catatan), encoding="utf-8")
    return keluar


def _readme(modul: str, total: float, catatan: list[dict[str, Any]]) -> str:
    baris = [
        f"# Set gladi: contoh kiriman {modul}",
        "",
        "Dibuat oleh `python -m alat.contoh_kiriman bangun` dari notebook sumber dan versi peserta modul;",
        "jangan disunting tangan. Cara memakainya ada di panduan fasilitator (Set gladi).",
        "",
        f"Total poin modul: {total:g}. Tenggat gladi: {TENGGAT}.",
        "",
        "| Kasus | Berkas | Yang diharapkan | Keterangan |",
        "|---|---|---|---|",
    ]
    for c in catatan:
        h = c["harapan"]
        hasil = (f"ditolak: {h['alasan']}" if h["status"] == "ditolak" else
                 f"{h['status']}, skor {h['skor']:g}/{h['maks']:g}" + "".join(
                     f"; {k} {h[k]}" for k in ("alasan", "catatan", "terlambat", "diarsipkan") if k in h))
        baris.append(f"| {c['kasus']} | `{c['berkas']}` | {hasil} | {c['deskripsi']} |")
    return "\n".join(baris) + "\n"


def bandingkan(kelas: FolderKelas, folder_set: Path) -> list[str]:
    """Bandingkan hasil kelas gladi (sesudah peserta impor, kumpulkan, nilai) dengan harapan.json."""
    harapan = json.loads((Path(folder_set) / "harapan.json").read_text(encoding="utf-8"))
    modul = harapan["modul"]
    nilai = baca_json(kelas.hasil_nilai, {}).get(modul, {})
    masuk = baca_json(kelas.kiriman_masuk, {}).get(modul, {})
    ditolak = baca_json(kelas.kiriman_ditolak, {})
    selisih = []
    for k in harapan["kasus"]:
        h, nama = k["harapan"], f"{k['kasus']} ({k['berkas']})"
        if h["status"] == "ditolak":
            if h["alasan"] not in ditolak.get(k["berkas"], ""):
                selisih.append(f"{nama}: harus ditolak karena '{h['alasan']}', tercatat: {ditolak.get(k['berkas'])}")
            continue
        n = nilai.get(k["nip"])
        if n is None:
            selisih.append(f"{nama}: belum dinilai")
            continue
        teks_catatan = "; ".join(n["catatan"])
        for cocok, pesan in (
            (n["status"] == h["status"], f"status {n['status']}, harus {h['status']}"),
            (abs(n["skor"] - h["skor"]) < 1e-9 and abs(n["maks"] - h["maks"]) < 1e-9,
             f"skor {n['skor']:g}/{n['maks']:g}, harus {h['skor']:g}/{h['maks']:g}"),
            (h.get("alasan", "") in n["alasan"], f"alasan '{n['alasan']}' tidak memuat '{h.get('alasan')}'"),
            (h.get("catatan", "") in teks_catatan, f"catatan '{teks_catatan}' tidak memuat '{h.get('catatan')}'"),
            (masuk.get(k["nip"], {}).get("terlambat", False) == h.get("terlambat", False), "tanda terlambat salah"),
            (len(list((kelas.arsip / modul / k["nip"]).glob("*"))) == h.get("diarsipkan", 0), "jumlah arsip salah"),
        ):
            if not cocok:
                selisih.append(f"{nama}: {pesan}")
    return selisih


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Set gladi: bangun contoh kiriman, atau periksa hasil kelas gladi.")
    p.add_argument("aksi", choices=("bangun", "periksa"))
    p.add_argument("--modul", help="modul (untuk bangun)")
    p.add_argument("--kelas", default=str(folder_bawaan()))
    p.add_argument("--set", required=True, help="folder set gladi (misalnya grader/contoh_kiriman)")
    a = p.parse_args(argv)
    kelas = FolderKelas(Path(a.kelas))
    if a.aksi == "bangun":
        bangun(kelas, a.modul, Path(a.set))
        print(f"Set gladi ditulis di {a.set}")
        return 0
    selisih = bandingkan(kelas, Path(a.set))
    print("\n".join(selisih) if selisih else "Semua kasus sesuai harapan.")
    return 1 if selisih else 0


if __name__ == "__main__":
    raise SystemExit(main())
