"""Pemijah server peserta: proses lokal sebagai pengguna sistem peserta, dengan batas memori dan prioritas CPU."""

from __future__ import annotations

import os
import resource

from jupyterhub.spawner import LocalProcessSpawner


class PemijahLokal(LocalProcessSpawner):
    """LocalProcessSpawner dengan mem_limit sebagai RLIMIT_DATA (memori tulis pribadi semua proses peserta,
    kernel ikut mewarisi) dan cpu_limit < inti mesin sebagai nice (berbagi adil; kuota keras butuh cgroup,
    lihat panduan server)."""

    def make_preexec_fn(self, name):
        ganti_pengguna = super().make_preexec_fn(name)
        memori = int(self.mem_limit) if self.mem_limit else None
        nice = 10 if self.cpu_limit and self.cpu_limit < (os.cpu_count() or 1) else 0

        def siapkan():
            if memori:
                resource.setrlimit(resource.RLIMIT_DATA, (memori, memori))
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            if nice:
                os.nice(nice)
            ganti_pengguna()

        return siapkan
