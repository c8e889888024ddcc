"""Isolasi kode peserta saat penilaian: kernel dijalankan di dalam bubblewrap (bwrap dari Debian), lewat provisioner
kernel jupyter_client (entry point `jupyter_client.kernel_provisioners` bernama bimtek-terisolasi).

Penilai nbgrader (proses tepercaya) tetap membaca sumber, uji tersembunyi, dan buku nilai; hanya kernel yang
menjalankan kode peserta yang dikurung:
- folder kelas, folder sumber/rilis/kiriman/hasil, exchange, dan buku nilai ditutup tmpfs kosong;
- yang terlihat dan boleh ditulis hanya salinan coretan berisi berkas non-notebook kiriman peserta itu sendiri
  (misalnya jawaban/*.json), dipasang di tempat folder kerja nbgrader (cwd tetap sama seperti tanpa isolasi);
- tanpa jaringan (--unshare-net); kernel berbicara dengan penilai lewat soket berkas ZMQ (transport ipc) di
  folder kendali, karena port TCP di namespace jaringan lain tidak terjangkau penilai;
- batas memori (RLIMIT_DATA lewat prlimit: memori tulis pribadi; cadangan alamat pyarrow tidak ikut terhitung
  seperti pada RLIMIT_AS), ukuran berkas (RLIMIT_FSIZE), waktu per sel (Execute.timeout), waktu per notebook (kernel
  dimatikan), dan ukuran keluaran per sel (byte, bukan baris).
"""

from __future__ import annotations

import copy
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

from jupyter_client.manager import AsyncKernelManager
from jupyter_client.provisioning import LocalProvisioner
from nbformat.v4 import new_output
from traitlets import Integer, List, Unicode

from bimtek import lokasi
from bimtek.galat import KesalahanPengguna
from bimtek.kelas.adaptor_nbgrader import Execute

VARIABEL_DITERUSKAN = ("PATH", "PYTHONPATH", "VIRTUAL_ENV", "LANG", "LC_ALL", "TZ", "NBGRADER_EXECUTION",
                       "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")

# Alasan kernel terakhir dihentikan oleh batas waktu notebook (dibaca pekerja penilai di proses yang sama).
kernel_dihentikan: dict[str, str] = {}
# Soal (atau sel) yang sedang berjalan saat kernel dihentikan atau mati untuk terakhir kali.
sel_mati: list[str] = [""]


def bwrap_tersedia() -> str:
    path = shutil.which("bwrap")
    if not path:
        raise KesalahanPengguna(
            "bubblewrap (bwrap) belum terpasang; penilaian tanpa isolasi tidak diizinkan. "
            "Pasang dengan: apt-get install -y bubblewrap"
        )
    return path


def jalur_wajib_kernel() -> list[str]:
    """Folder yang harus terbaca kernel meski berada di bawah /tmp (yang ditutup tmpfs): lingkungan Python,
    paket kit, dan data contoh. Kit yang dipasang di /tmp (mis. klon baru di CI) tetap dapat menilai."""
    import bimtek

    paket = Path(bimtek.__file__).resolve().parent
    folder = {sys.prefix, sys.base_prefix, sys.exec_prefix, str(paket.parent), str(lokasi.sample_data())}
    # Folder paket yang ditambahkan berkas .pth (mis. lingkungan lain yang dipinjam venv) juga harus terbaca;
    # hanya folder site-packages, bukan folder kerja atau repositori yang ada di sys.path.
    folder |= {p for p in sys.path if p.rstrip("/").endswith(("site-packages", "dist-packages"))}
    return sorted(str(Path(f).resolve()) for f in folder if Path(f).exists())


def perintah_prlimit(memori: int, berkas: int) -> list[str]:
    """Batas sumber daya lewat `prlimit` (util-linux) di depan perintah kernel: tanpa preexec_fn, yang tidak aman
    dipakai di proses berutas banyak seperti penilai."""
    path = shutil.which("prlimit")
    if not path:
        raise KesalahanPengguna("prlimit (paket util-linux) tidak ditemukan; penilaian tanpa batas sumber daya tidak "
                                "diizinkan. Pasang dengan: apt-get install -y util-linux")
    return [path, f"--data={memori}", f"--fsize={berkas}", "--core=0", "--"]


def _keturunan_terdalam(pid: int) -> int | None:
    """Proses kernel: prlimit/bwrap -> init bwrap (pid 1 di namespace) -> kernel; ikuti anak pertama."""
    terdalam = None
    for _ in range(5):
        try:
            anak = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            break
        if not anak:
            break
        pid = terdalam = int(anak[0])
    return terdalam


NAMA_PROVISIONER = "bimtek-terisolasi"
# Tanda di keluaran galat proses kernel bahwa memorinya habis.
TANDA_MEMORI_HABIS = ("MemoryError", "Cannot allocate memory", "out of memory", "bad_alloc", "ENOMEM",
                      "memory exhausted")


class ProvisionerTerisolasi(LocalProvisioner):
    """Provisioner kernel (titik perluasan publik jupyter_client): kernel dijalankan di dalam bwrap dengan batas
    prlimit, folder coretan dan folder kendalinya dihapus di `cleanup`, juga bila kernelnya mati mendadak."""

    _pengatur_waktu: threading.Timer | None = None
    _folder_sementara: tuple[Path, ...] = ()
    _henti_pantau: threading.Event | None = None
    puncak_memori_kb: int = 0  # VmData terbesar proses kernel yang teramati (besaran yang dibatasi RLIMIT_DATA)

    def _siapkan_coretan(self, km: KernelTerisolasi, cwd: Path) -> tuple[Path, Path]:
        induk = Path(km.folder_coretan or cwd.parent).resolve()
        induk.mkdir(parents=True, exist_ok=True)
        akar = Path(tempfile.mkdtemp(dir=induk, prefix="kernel-"))
        # Soket ipc berbatas ~107 bajt untuk path-nya: folder kendali di /tmp (pendek), dihapus bersama coretan.
        kendali = Path(tempfile.mkdtemp(prefix="bimtek-"))
        self._folder_sementara = (akar, kendali)
        kerja = akar / "kerja"
        # Hanya berkas non-notebook (jawaban/*.json, data modul): notebook berisi uji tersembunyi yang dipulihkan.
        shutil.copytree(cwd, kerja, ignore=shutil.ignore_patterns("*.ipynb", "timestamp.txt", ".ipynb_checkpoints",
                                                                   "kernel-*"))
        km.transport = "ipc"
        km.ip = str(kendali / "k")
        km.connection_file = str(kendali / "kernel.json")
        return kerja, kendali

    async def pre_launch(self, **kw: Any) -> dict[str, Any]:
        km = self.parent
        cwd = Path(kw.get("cwd") or os.getcwd()).resolve()
        kerja, kendali = self._siapkan_coretan(km, cwd)
        env = dict(kw.get("env") or os.environ)
        kw = await super().pre_launch(**kw)
        perintah_kernel = list(kw["cmd"])
        if any("ipykernel" in str(bagian) for bagian in perintah_kernel):
            # Keluaran galat tingkat proses (fd 2) langsung ke berkas galat, bukan lewat utas penerus ipykernel
            # yang ikut mati bersama kernel: pesan terakhir kernel yang mati (mis. memori habis) tidak hilang.
            perintah_kernel.append("--IPKernelApp.capture_fd_output=False")
        kw["cmd"] = perintah_prlimit(km.batas_memori_mb * 2**20, km.batas_berkas_mb * 2**20) + \
            km.perintah_bwrap(perintah_kernel, cwd, kerja, kendali, env)
        kw.update(cwd=str(kendali), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        return kw

    @property
    def berkas_galat(self) -> Path | None:
        """Keluaran galat tingkat proses kernel (mis. "Fatal Python error", "Cannot allocate memory"), di folder
        kendali: dibaca saat kernel mati untuk menyebut sebabnya; dihapus bersama folder kendali."""
        return self._folder_sementara[1] / "kernel.err" if len(self._folder_sementara) == 2 else None

    def kehabisan_memori(self) -> bool:
        """Kernel yang mati kehabisan memori: memorinya teramati hampir mencapai batas (90%), atau keluaran galat
        prosesnya menyebut memori habis (Python, libc, atau pustaka C++). Kernel yang memorinya penuh sering mati
        dengan "Fatal Python error" yang tidak menyebut memori, jadi pemakaian memori ikut dipantau."""
        if self.puncak_memori_kb * 1024 >= 0.9 * self.parent.batas_memori_mb * 2**20:
            return True
        berkas = self.berkas_galat
        try:
            ekor = berkas.read_bytes()[-65536:].decode("utf-8", "replace").lower() if berkas else ""
        except OSError:
            return False
        return any(t.lower() in ekor for t in TANDA_MEMORI_HABIS)

    def _pantau_memori(self, proses: subprocess.Popen, henti: threading.Event) -> None:
        """Catat VmData terbesar proses kernel (di dalam bwrap) setiap 50 ms sampai kernel berhenti."""
        pid = None
        while not henti.wait(0.05) and proses.poll() is None:
            pid = pid or _keturunan_terdalam(proses.pid)
            if not pid:
                continue
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                pid = None
                continue
            cocok = re.search(r"^VmData:\s+(\d+) kB", status, re.M)
            if cocok:
                self.puncak_memori_kb = max(self.puncak_memori_kb, int(cocok.group(1)))

    async def launch_kernel(self, cmd: list[str], **kw: Any) -> Any:
        berkas = self.berkas_galat
        with open(berkas or os.devnull, "wb") as galat:  # anak mewarisi salinan deskriptornya
            info = await super().launch_kernel(cmd, **{**kw, "stderr": galat})
        batas = self.parent.batas_waktu_notebook
        if self.process is not None and batas > 0:
            self._pengatur_waktu = threading.Timer(batas, self._hentikan, args=(self.process, batas))
            self._pengatur_waktu.daemon = True
            self._pengatur_waktu.start()
        if self.process is not None:
            self.puncak_memori_kb = 0
            self._henti_pantau = threading.Event()
            threading.Thread(target=self._pantau_memori, args=(self.process, self._henti_pantau), daemon=True).start()
        return info

    def _hentikan(self, proses: subprocess.Popen, batas: int) -> None:
        if proses.poll() is None:
            kernel_dihentikan[self.parent.connection_file] = f"melebihi batas waktu notebook {batas} detik"
            os.killpg(proses.pid, signal.SIGKILL)

    async def send_signal(self, signum: int) -> None:
        """SIGINT hanya ke proses kernel di dalam kurungan: sinyal ke seluruh grup proses (cara bawaan) juga
        mengenai bwrap, yang lalu berhenti dan ikut mematikan kernel."""
        if signum == signal.SIGINT and self.process is not None:
            pid = _keturunan_terdalam(self.process.pid)
            if pid:
                os.kill(pid, signal.SIGINT)
                return
        await super().send_signal(signum)

    async def cleanup(self, restart: bool = False) -> None:
        if self._pengatur_waktu:
            self._pengatur_waktu.cancel()
        if self._henti_pantau:
            self._henti_pantau.set()
        await super().cleanup(restart=restart)
        for folder in self._folder_sementara:
            shutil.rmtree(folder, ignore_errors=True)
        self._folder_sementara = ()


class KernelTerisolasi(AsyncKernelManager):
    """KernelManager yang memakai ProvisionerTerisolasi; memegang pengaturan isolasi kelas."""

    folder_coretan = Unicode("", help="induk folder coretan per kernel (di dalam folder kelas)").tag(config=True)
    sembunyikan = List(Unicode(), help="folder yang ditutup tmpfs bagi kernel").tag(config=True)
    batas_memori_mb = Integer(2048).tag(config=True)
    batas_berkas_mb = Integer(64).tag(config=True)
    batas_waktu_notebook = Integer(300, help="detik; kernel dimatikan setelahnya").tag(config=True)

    @property
    def kernel_spec(self) -> Any:
        """Spesifikasi kernel dengan provisioner terisolasi (cara jupyter_client memilih provisioner)."""
        spec = super().kernel_spec
        if spec is not None:
            spec.metadata["kernel_provisioner"] = {"provisioner_name": NAMA_PROVISIONER, "config": {}}
        return spec

    def perintah_bwrap(self, cmd: list[str], cwd: Path, kerja: Path, kendali: Path, env: dict[str, str]) -> list[str]:
        # tmpfs memakai RAM di luar RLIMIT_DATA: ukurannya dibatasi agar tidak menjadi jalan pintas batas memori.
        ukuran = str(self.batas_berkas_mb * 2**20)
        argv = [bwrap_tersedia(), "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc",
                "--size", ukuran, "--tmpfs", "/tmp", "--size", ukuran, "--tmpfs", "/dev/shm",
                "--size", "1048576", "--tmpfs", "/run"]
        for folder in jalur_wajib_kernel():
            argv += ["--ro-bind", folder, folder]
        for folder in sorted({str(Path(p).resolve()) for p in self.sembunyikan}, key=len):
            if Path(folder).is_dir():
                argv += ["--size", "1048576", "--tmpfs", folder]
            elif Path(folder).exists():
                argv += ["--ro-bind", "/dev/null", folder]
        argv += ["--bind", str(kerja), str(cwd), "--bind", str(kendali), str(kendali)]
        # tmpfs penutup dibuat hanya-baca setelah titik kait di dalamnya dibuat: tulisan ke sana gagal (EROFS).
        for folder in sorted({str(Path(p).resolve()) for p in self.sembunyikan}, key=len, reverse=True):
            if Path(folder).is_dir():
                argv += ["--remount-ro", folder]
        argv += ["--chdir", str(cwd),
                 "--unshare-net", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--die-with-parent",
                 # Dijalankan root, bwrap mempertahankan kapabilitas kecuali dibuang eksplisit.
                 "--cap-drop", "ALL",
                 "--clearenv", "--setenv", "HOME", str(cwd), "--setenv", "PYTHONDONTWRITEBYTECODE", "1",
                 "--setenv", "MPLBACKEND", "Agg"]
        for nama in VARIABEL_DITERUSKAN:
            if env.get(nama):
                argv += ["--setenv", nama, env[nama]]
        return argv + ["--", *cmd]


ENAME_KERNEL_MATI = "KernelBerhenti"
# Sel yang tidak dijalankan ulang sesudah kernel dimulai ulang: sel itulah yang mematikan atau memenuhi kernel.
SEL_TIDAK_DIULANG = (ENAME_KERNEL_MATI, "CellTimeoutError", "MemoryError")


def nama_soal(grade_id: str) -> str:
    """Nama soal yang dibaca orang dari grade_id sel ('jawaban-1' atau 'uji-1a' -> 'Soal 1'/'Soal 1a')."""
    cocok = re.fullmatch(r"(?:jawaban|uji|jawab|soal)[-_ ]?(\d+[a-z]?)", grade_id or "")
    return f"Soal {cocok.group(1)}" if cocok else f"sel {grade_id}"


class EksekusiTerisolasi(Execute):
    """Execute nbgrader yang memakai KernelTerisolasi dan membatasi keluaran per sel dalam byte.

    Bila kode satu sel mematikan kernel (os._exit, memori), sel itu diberi keluaran galat, kernel dimulai ulang,
    sel-sel sebelumnya (kecuali sel uji dan sel pembunuh) dijalankan ulang tanpa keluaran, lalu penilaian
    berlanjut: hanya soal yang terkena kehilangan poin.
    """

    batas_keluaran_kb = Integer(256, help="batas keluaran per sel (KB); sisanya dibuang").tag(config=True)
    mulai_ulang_maks = Integer(3, help="berapa kali kernel boleh dimulai ulang per notebook").tag(config=True)

    def preprocess_cell(self, cell: Any, resources: Any, index: int) -> Any:
        from nbclient.exceptions import DeadKernelError

        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id", "")
        soal = nama_soal(grade_id) if grade_id else f"sel ke-{index + 1}"
        try:
            cell, resources = super().preprocess_cell(cell, resources, index)
        except DeadKernelError:
            if kernel_dihentikan or self._mulai_ulang >= self.mulai_ulang_maks:
                # Batas waktu notebook, atau kernel terus mati: seluruh notebook gagal; sebut sel yang berjalan.
                sel_mati[0] = soal
                raise
            provisioner = getattr(self.km, "provisioner", None)
            if provisioner is not None and provisioner.kehabisan_memori():
                cell.outputs = [self._keluaran_memori_habis(soal)]
            else:
                cell.outputs = [new_output("error", ename=ENAME_KERNEL_MATI, evalue="kernel berhenti mendadak di sel "
                                           "ini; kernel dimulai ulang", traceback=[
                    f"Kernel berhenti mendadak saat menjalankan sel ini ({soal}), misalnya karena kode mematikan "
                    "prosesnya sendiri. Kernel dimulai ulang; sel ini tidak dinilai."])]
        else:
            # Memori habis di sel ini (MemoryError): kernel mungkin masih menahan memori itu, sehingga sel-sel
            # berikutnya ikut gagal atau kernel macet. Kernel dimulai ulang agar hanya soal ini yang terkena.
            if self._mulai_ulang >= self.mulai_ulang_maks or not any(
                    o.get("ename") == "MemoryError" for o in cell.get("outputs", [])):
                return cell, resources
            cell.outputs = [self._keluaran_memori_habis(soal)]
        self._mulai_ulang += 1
        self._mulai_ulang_kernel(resources)
        for j, sebelum in enumerate(list(self.nb.cells[:index])):
            meta = sebelum.metadata.get("nbgrader", {})
            if sebelum.cell_type != "code" or meta.get("grade") or any(
                    o.get("ename") in SEL_TIDAK_DIULANG for o in sebelum.get("outputs", [])):
                continue
            # nbclient menaruh sel yang dijalankan kembali ke nb.cells[j]: jalankan salinan, kembalikan aslinya.
            salinan = copy.deepcopy(sebelum)
            self.execute_cell(salinan, j, store_history=False)
            self.nb.cells[j] = sebelum
        self.nb.cells[index] = cell
        return cell, self.resources

    def _keluaran_memori_habis(self, soal: str) -> Any:
        batas = getattr(self.km, "batas_memori_mb", None)
        return new_output("error", ename="MemoryError", evalue="memori habis: melebihi batas memori kernel"
                          + (f" ({batas} MB)" if batas else "") + "; kernel dimulai ulang", traceback=[
            f"Memori habis saat menjalankan sel ini ({soal}): kode memakai memori melebihi batas"
            + (f" {batas} MB" if batas else "") + ". Kernel dimulai ulang; sel ini tidak dinilai."])

    def _mulai_ulang_kernel(self, resources: Any) -> None:
        """Kernel baru lewat KernelManager yang sama (isolasi, coretan, dan batasnya dibuat ulang)."""
        self._cleanup_kernel()
        self.km = self.create_kernel_manager()
        cwd = (resources or {}).get("metadata", {}).get("path") or None
        self.start_new_kernel(**({"cwd": cwd} if cwd else {}))
        self.start_new_kernel_client()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["kernel_manager_class"] = KernelTerisolasi
        super().__init__(*args, **kwargs)
        self._byte_keluaran: dict[int, int] = {}
        self._mulai_ulang = 0

    def output(self, outs: list, msg: dict, display_id: str | None, cell_index: int) -> Any:
        isi = msg.get("content", {})
        ukuran = len(str(isi.get("text", ""))) + sum(len(str(v)) for v in (isi.get("data") or {}).values())
        ukuran += sum(len(str(t)) for t in isi.get("traceback", []))
        sebelum = self._byte_keluaran.get(cell_index, 0)
        self._byte_keluaran[cell_index] = sebelum + ukuran
        batas = self.batas_keluaran_kb * 1024
        if sebelum + ukuran <= batas:
            return super().output(outs, msg, display_id, cell_index)
        if sebelum <= batas:
            catatan = new_output("stream", name="stderr",
                                 text=f"\n[Keluaran dipotong: lebih dari {self.batas_keluaran_kb} KB per sel]\n")
            outs.append(catatan)
            return catatan
        return None
