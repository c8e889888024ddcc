"""Pembantu uji pantau: kelas tiruan (peristiwa sungguhan lewat penulis kit) dan server web di utas."""

from __future__ import annotations

import asyncio
import random
import threading
from pathlib import Path

from bimtek.pantau.peristiwa import baris_peristiwa

MODUL = "modul-0-orientasi"


def nip_ke(k: int) -> str:
    return f"19800101200501{1000 + k:04d}"


def kelas_simulasi(folder: Path, jumlah: int, sekarang: float, benih: int = 7) -> list[tuple[str, str, str]]:
    """`jumlah` peserta: tiap peserta ke-10 belum mulai, tiap ke-4 macet di Soal 3, sisanya maju acak."""
    acak = random.Random(benih)
    folder.mkdir(parents=True, exist_ok=True)
    peserta = []
    for k in range(jumlah):
        nip = nip_ke(k)
        peserta.append((nip, f"{acak.choice(['Sri', 'Budi', 'Wayan', 'Ani', 'Made'])} Peserta {k + 1:02d}",
                        "Bagian Umum"))
        if k % 10 == 9:
            continue  # belum mulai
        t = sekarang - 1500 + acak.random() * 300
        with open(folder / f"{nip}.jsonl", "wb") as f:
            for soal in range(1, 6):
                if soal == 3 and k % 4 == 0:
                    for n in (1, 2):
                        f.write(baris_peristiwa(MODUL, "soal_3", f"petunjuk-{n}", nip, t + n))
                    break
                if soal > 2 and acak.random() < 0.15 * soal:
                    break
                for _ in range(acak.randint(0, 2)):
                    t += acak.random() * 60
                    f.write(baris_peristiwa(MODUL, f"soal_{soal}", acak.choice(["salah", "belum", "petunjuk-1"]),
                                            nip, t))
                t += 20
                f.write(baris_peristiwa(MODUL, f"soal_{soal}", "benar", nip, t))
    return peserta


def roster(folder_kelas: Path, peserta: list[tuple[str, str, str]]) -> None:
    from bimtek.kelas.folder_kelas import tulis_json

    tulis_json(folder_kelas / ".kelas" / "peserta.json", [{"nip": n, "nama": m, "unit": u} for n, m, u in peserta])


class ServerUtas:
    """Aplikasi tornado di utas sendiri (loopback), dihentikan dengan `berhenti()`."""

    def __init__(self, app, port: int) -> None:
        self._siap = threading.Event()
        self._utas = threading.Thread(target=self._jalan, args=(app, port), daemon=True)
        self._utas.start()
        assert self._siap.wait(10), "server tidak siap"
        self.url = f"http://127.0.0.1:{port}/"

    def _jalan(self, app, port: int) -> None:
        asyncio.set_event_loop(asyncio.new_event_loop())
        from tornado.ioloop import IOLoop

        self._server = app.listen(port, address="127.0.0.1")
        self._loop = IOLoop.current()
        self._siap.set()
        self._loop.start()

    def berhenti(self) -> None:
        def _stop() -> None:
            self._server.stop()
            self._loop.stop()

        self._loop.add_callback(_stop)
        self._utas.join(10)
