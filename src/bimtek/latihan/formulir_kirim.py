"""Formulir Kirim di akhir setiap notebook: peserta mengetik NIP lalu menekan tombol, tanpa mengubah kode.

Pengemasan sendiri (`bimtek.kelas.kirim.kemas`) sama dengan perintah `bimtek kirim`; formulir ini hanya tampilannya.
"""

from __future__ import annotations

from pathlib import Path

import ipywidgets as w

from bimtek.galat import KesalahanPengguna
from bimtek.latihan.kotak import Kotak


class FormulirKirim(w.VBox):
    """NIP + tombol "Kirim pekerjaan"; hasilnya kotak pesan berbahasa Indonesia."""

    def __init__(self, tugas: str, folder: Path | None = None) -> None:
        super().__init__(layout=w.Layout(border="1px solid #c7d2fe", padding="8px 12px", width="100%"))
        self.tugas = tugas
        self.folder = folder
        self.w_nip = w.Text(description="NIP Anda", placeholder="18 angka, mis. 19860926 201505 1 001",
                            style={"description_width": "90px"}, layout=w.Layout(width="440px"))
        self.w_tombol = w.Button(description="Kirim pekerjaan", button_style="success",
                                 layout=w.Layout(width="auto", min_width="180px"), style={"font_size": "15px"})
        self.w_hasil = w.HTML()
        self.hasil: Path | None = None
        self.w_tombol.on_click(lambda _: self.kirim())
        self.w_nip.on_submit(lambda _: self.kirim())
        self.children = [w.HTML("<b style='font-size:15px'>Kirim pekerjaan modul ini</b>"),
                         w.HBox([self.w_nip, self.w_tombol]), self.w_hasil]

    def kirim(self, nip: str | None = None) -> Path | None:
        """Kemas folder notebook ke `../kiriman/NIP_<tugas>.zip`; `nip` mengisi kotaknya dulu (pengganti ketik)."""
        from bimtek.kelas.kirim import kemas

        if nip is not None:
            self.w_nip.value = nip
        folder = self.folder or Path.cwd()
        if not self.w_nip.value.strip():
            return self._tampil(Kotak("belum", "NIP belum diisi", ["Ketik NIP Anda (18 angka) lalu tekan lagi."]))
        try:
            self.hasil = kemas(folder, self.w_nip.value, folder.parent / "kiriman")
        except KesalahanPengguna as e:
            return self._tampil(Kotak("salah", "Kiriman belum dibuat", [str(e)]))
        except OSError as e:
            return self._tampil(Kotak("salah", "Kiriman tidak dapat dibuat",
                                      [f"Folder kiriman tidak dapat ditulis ({e.strerror}).",
                                       "Minta bantuan fasilitator."]))
        self._tampil(Kotak("benar", "Pekerjaan terkirim", [
            f"Berkas kiriman: `kiriman/{self.hasil.name}`.",
            "Di JupyterHub fasilitator mengumpulkannya langsung. Di laptop: buka folder `kiriman` di panel berkas "
            "(kiri), klik kanan berkas itu, pilih Unduh, lalu serahkan kepada fasilitator.",
            "Memperbaiki jawaban? Simpan notebook (Ctrl+S), lalu tekan Kirim pekerjaan lagi.",
        ]))
        return self.hasil

    def _tampil(self, kotak: Kotak) -> None:
        self.w_hasil.value = kotak.html()
        self.pesan = kotak.teks()
