"""Isolasi kode peserta saat penilaian: kernel dijalankan di dalam bubblewrap (bwrap dari Debian).

Penilai nbgrader (proses tepercaya) tetap membaca sumber, uji tersembunyi, dan buku nilai; hanya kernel yang
menjalankan kode peserta yang dikurung:
- folder kelas, folder sumber/rilis/kiriman/hasil, exchange, dan buku nilai ditutup tmpfs kosong;
- yang terlihat dan boleh ditulis hanya salinan coretan berisi berkas non-notebook kiriman peserta itu sendiri
  (misalnya jawaban/*.json), dipasang di tempat folder kerja nbgrader (cwd tetap sama seperti tanpa isolasi);
- tanpa jaringan (--unshare-net); kernel berbicara dengan penilai lewat soket berkas ZMQ (transport ipc) di
  folder kendali, karena port TCP di namespace jaringan lain tidak terjangkau penilai;
- batas memori (RLIMIT_DATA: memori tulis pribadi; cadangan alamat pyarrow tidak ikut terhitung seperti pada
  RLIMIT_AS), ukuran berkas (RLIMIT_FSIZE), waktu per sel (Execute.timeout), waktu per notebook (kernel
  dimatikan), dan ukuran keluaran per sel (byte, bukan baris).
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

from jupyter_client.manager import AsyncKernelManager
from nbformat.v4 import new_output
from nbgrader.preprocessors import Execute
from traitlets import Integer, List, Unicode

from bimtek import lokasi
from bimtek.galat import KesalahanPengguna

VARIABEL_DITERUSKAN = ("PATH", "PYTHONPATH", "VIRTUAL_ENV", "LANG", "LC_ALL", "TZ", "NBGRADER_EXECUTION",
                       "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")

# Alasan kernel terakhir dihentikan oleh batas waktu notebook (dibaca pekerja penilai di proses yang sama).
kernel_dihentikan: dict[str, str] = {}


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
    return sorted(str(Path(f).resolve()) for f in folder if Path(f).exists())


def _batasi_sumber_daya(memori: int, berkas: int) -> Any:
    def atur() -> None:
        resource.setrlimit(resource.RLIMIT_DATA, (memori, memori))
        resource.setrlimit(resource.RLIMIT_FSIZE, (berkas, berkas))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    return atur


def _keturunan_terdalam(pid: int) -> int | None:
    """Proses kernel: bwrap -> init bwrap (pid 1 di namespace) -> kernel; ikuti anak pertama sampai habis."""
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


class KernelTerisolasi(AsyncKernelManager):
    """KernelManager yang membungkus perintah kernel dengan bwrap dan memasang batas sumber daya."""

    folder_coretan = Unicode("", help="induk folder coretan per kernel (di dalam folder kelas)").tag(config=True)
    sembunyikan = List(Unicode(), help="folder yang ditutup tmpfs bagi kernel").tag(config=True)
    batas_memori_mb = Integer(2048).tag(config=True)
    batas_berkas_mb = Integer(64).tag(config=True)
    batas_waktu_notebook = Integer(300, help="detik; kernel dimatikan setelahnya").tag(config=True)

    _pengatur_waktu: threading.Timer | None = None

    def _siapkan_coretan(self, cwd: Path) -> tuple[Path, Path]:
        induk = Path(self.folder_coretan or cwd.parent).resolve()
        induk.mkdir(parents=True, exist_ok=True)
        akar = Path(tempfile.mkdtemp(dir=induk, prefix="kernel-"))
        kerja = akar / "kerja"
        # Soket ipc berbatas ~107 bajt untuk path-nya: folder kendali di /tmp (pendek), dihapus bersama coretan.
        kendali = Path(tempfile.mkdtemp(prefix="bimtek-"))
        self._kendali = kendali
        # Hanya berkas non-notebook (jawaban/*.json, data modul): notebook berisi uji tersembunyi yang dipulihkan.
        shutil.copytree(cwd, kerja, ignore=shutil.ignore_patterns("*.ipynb", "timestamp.txt", ".ipynb_checkpoints",
                                                                   "kernel-*"))
        self._akar_coretan = akar
        self.transport = "ipc"
        self.ip = str(kendali / "k")
        self.connection_file = str(kendali / "kernel.json")
        return kerja, kendali

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

    async def _async_pre_start_kernel(self, **kw: Any) -> tuple[list[str], dict[str, Any]]:
        cwd = Path(kw.get("cwd") or os.getcwd()).resolve()
        kerja, kendali = self._siapkan_coretan(cwd)
        cmd, kw = await super()._async_pre_start_kernel(**kw)
        env = dict(kw.get("env") or os.environ)
        kw.update(
            cwd=str(kendali), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=_batasi_sumber_daya(self.batas_memori_mb * 2**20, self.batas_berkas_mb * 2**20),
        )
        return self.perintah_bwrap(cmd, cwd, kerja, kendali, env), kw

    async def _async_post_start_kernel(self, **kw: Any) -> None:
        await super()._async_post_start_kernel(**kw)
        proses = getattr(self.provisioner, "process", None)
        if proses is not None and self.batas_waktu_notebook > 0:
            self._pengatur_waktu = threading.Timer(self.batas_waktu_notebook, self._hentikan, args=(proses,))
            self._pengatur_waktu.daemon = True
            self._pengatur_waktu.start()

    def _hentikan(self, proses: subprocess.Popen) -> None:
        if proses.poll() is None:
            kernel_dihentikan[self.connection_file] = f"melebihi batas waktu notebook {self.batas_waktu_notebook} detik"
            os.killpg(proses.pid, signal.SIGKILL)

    async def _async_interrupt_kernel(self) -> None:
        """SIGINT hanya ke proses kernel di dalam kurungan: sinyal ke seluruh grup proses (cara bawaan
        jupyter_client) juga mengenai bwrap, yang lalu berhenti dan ikut mematikan kernel."""
        if self.kernel_spec is not None and self.kernel_spec.interrupt_mode == "signal":
            proses = getattr(self.provisioner, "process", None)
            pid = _keturunan_terdalam(proses.pid) if proses is not None else None
            if pid:
                os.kill(pid, signal.SIGINT)
                return
        await super()._async_interrupt_kernel()

    interrupt_kernel = _async_interrupt_kernel  # nama publik di AsyncKernelManager menunjuk fungsi induk

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        if self._pengatur_waktu:
            self._pengatur_waktu.cancel()
        await super()._async_cleanup_resources(restart=restart)
        if not restart and getattr(self, "_akar_coretan", None):
            shutil.rmtree(self._akar_coretan, ignore_errors=True)
            shutil.rmtree(self._kendali, ignore_errors=True)


class EksekusiTerisolasi(Execute):
    """Execute nbgrader yang memakai KernelTerisolasi dan membatasi keluaran per sel dalam byte."""

    batas_keluaran_kb = Integer(256, help="batas keluaran per sel (KB); sisanya dibuang").tag(config=True)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["kernel_manager_class"] = KernelTerisolasi
        super().__init__(*args, **kwargs)
        self._byte_keluaran: dict[int, int] = {}

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
