"""Form SKP (simulasi menu SKP e-Kinerja BKN): Periode (periode awal dan akhir), Pendekatan, RHK yang
mengintervensi RHK atasan, IKI, ekspektasi khusus pimpinan BerAKHLAK (opsional), "Simpan draf", "Ajukan", dan
keputusan atasan (simulasi).

Aturannya ada di `logika_skp`; berkas ini hanya menyusun tampilan. Setiap perubahan langsung disimpan ke
`jawaban/<modul>.json` (kunci `skp`), dan isian tersimpan dimuat kembali saat formulir dibuat.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import Any

import ipywidgets as w

from bimtek import jawaban
from bimtek.aturan import ASPEK_IKI, BERAKHLAK, JENIS_RHK, PENDEKATAN_SKP
from bimtek.ekinerja.keadaan import BULAN
from bimtek.galat import KesalahanPengguna
from bimtek.widgets import logika_skp as L
from bimtek.widgets import tampilan as T

PILIH_RHK_ATASAN = "(pilih RHK atasan yang diintervensi)"


class FormSKP(w.VBox):
    """Formulir SKP satu pegawai; `skp` berisi dict yang sama dengan yang disimpan di berkas jawaban."""

    def __init__(
        self,
        rhk_atasan: Sequence[str],
        pegawai: dict[str, Any] | None = None,
        atasan: dict[str, Any] | None = None,
        modul: str = "modul-2-skp",
        kunci: str = "skp",
        tahun: int = 2025,
    ) -> None:
        super().__init__(layout=w.Layout(border="1px solid #c7d2fe", padding="6px", width="100%"))
        self.rhk_atasan = list(rhk_atasan)
        self.pegawai = pegawai or {}
        self.atasan = atasan or {}
        self.modul, self.kunci = modul, kunci
        isi, self._pesan_muat = T.muat_jawaban(modul)
        tersimpan = isi.get(kunci)
        self.skp: dict[str, Any] = (
            {**L.skp_kosong(str(self.pegawai.get("nip", "")), tahun), **tersimpan}
            if isinstance(tersimpan, dict)
            else L.skp_kosong(str(self.pegawai.get("nip", "")), tahun)
        )
        self._memuat = True
        self._masukan: list[w.DOMWidget] = []  # masukan tetap (periode, perilaku, tombol)
        self._masukan_rhk: list[w.DOMWidget] = []  # masukan kartu RHK, dibuat ulang saat susunan berubah
        self._daftar_aktif = self._masukan
        self._bangun()
        self._memuat = False
        self._segarkan()

    # ---------- susunan tampilan ----------
    def _pasang(self, widget: w.DOMWidget, ubah: Callable[[Any], None]) -> w.DOMWidget:
        """Daftarkan masukan: perubahan nilainya menulis ke `skp` lalu menyimpan."""

        def saat_berubah(change: dict[str, Any]) -> None:
            if self._memuat:
                return
            ubah(change["new"])
            self._berubah()

        widget.observe(saat_berubah, names="value")
        self._daftar_aktif.append(widget)
        return widget

    def _bangun(self) -> None:
        p = self.pegawai
        sub = f"{p.get('nama', '')} | NIP {p.get('nip', '')} | {p.get('jabatan', '')}" if p else ""
        self.w_status = w.HTML()
        kepala = w.HBox([T.judul("e-Kinerja (simulasi) - Sasaran Kinerja Pegawai", sub), self.w_status])
        atasan = (
            w.HTML(T.info(f"Atasan langsung: {self.atasan.get('nama', '')} ({self.atasan.get('jabatan', '')})"))
            if self.atasan
            else w.HTML()
        )

        # Dialog Periode aplikasi: periode awal dan akhir (bulan dan tahun), bukan "jenis periode".
        if not isinstance(self.skp.get("periode"), dict):
            self.skp["periode"] = L.periode_setahun(int(self.skp.get("tahun", 2025)))
        per = self.skp["periode"]
        pilihan_bulan = [(nama, i) for i, nama in enumerate(BULAN, start=1)]

        def bulan(kunci: str, judul: str) -> w.Dropdown:
            nilai = per.get(kunci)
            return self._pasang(
                w.Dropdown(options=pilihan_bulan, value=nilai if nilai in range(1, 13) else 1, description=judul,
                           style=T.GAYA_LABEL, layout=w.Layout(width="300px")),
                lambda v: self._ubah_periode(kunci, int(v)),
            )

        def tahun_(kunci: str) -> w.BoundedIntText:
            nilai = per.get(kunci)
            sah = isinstance(nilai, int) and 2022 <= nilai <= 2035
            return self._pasang(
                w.BoundedIntText(value=nilai if sah else int(self.skp["tahun"]),
                                 min=2022, max=2035, description="Tahun", style={"description_width": "50px"},
                                 layout=w.Layout(width="140px")),
                lambda v: self._ubah_periode(kunci, int(v)),
            )

        self.w_bulan_awal, self.w_tahun_awal = bulan("bulan_awal", "Periode awal"), tahun_("tahun_awal")
        self.w_bulan_akhir, self.w_tahun_akhir = bulan("bulan_akhir", "Periode akhir"), tahun_("tahun_akhir")
        self.w_pendekatan = self._pasang(
            w.ToggleButtons(options=PENDEKATAN_SKP, value=self.skp["pendekatan"]
                            if self.skp["pendekatan"] in PENDEKATAN_SKP else PENDEKATAN_SKP[0],
                            description="Pendekatan", style=T.GAYA_LABEL),
            lambda v: self.skp.__setitem__("pendekatan", v),
        )
        self.w_pesan_periode = w.HTML()

        self.w_daftar_rhk = w.VBox()
        self.w_tambah_rhk = w.Button(description="Tambah RHK", icon="plus", button_style="info")
        self.w_tambah_rhk.on_click(lambda _: self._ubah_susunan(lambda s: s["rhk"].append(L.rhk_kosong())))
        self._masukan.append(self.w_tambah_rhk)

        baris_perilaku = []
        self.w_perilaku: dict[str, w.Textarea] = {}
        for nilai, panduan in BERAKHLAK.items():
            ta = w.Textarea(value=str(self.skp["perilaku"].get(nilai, "")), description=nilai,
                            placeholder="Panduan: " + "; ".join(panduan), style=T.GAYA_LABEL,
                            layout=w.Layout(width="98%", height="46px"))
            self._pasang(ta, lambda v, n=nilai: self.skp["perilaku"].__setitem__(n, v))
            self.w_perilaku[nilai] = ta
            baris_perilaku.append(ta)

        self.w_periksa = w.HTML()
        self.w_simpan = w.Button(description="Simpan draf", icon="save", button_style="primary")
        self.w_ajukan = w.Button(description="Ajukan", icon="paper-plane", button_style="success")
        self.w_simpan.on_click(self._simpan_draf)
        self.w_ajukan.on_click(self._ajukan)
        self._masukan += [self.w_simpan, self.w_ajukan]
        self.w_pesan = w.HTML(self._pesan_muat)

        self.w_catatan = w.Textarea(description="Catatan atasan", placeholder="Tulis catatan (wajib bila ditolak)",
                                    style=T.GAYA_LABEL, layout=w.Layout(width="98%", height="50px"))
        self.w_setujui = w.Button(description="Setujui", icon="check", button_style="success")
        self.w_tolak = w.Button(description="Tolak", icon="times", button_style="danger")
        self.w_setujui.on_click(lambda _: self._putuskan(True))
        self.w_tolak.on_click(lambda _: self._putuskan(False))
        self.w_pesan_atasan = w.HTML()

        self.children = [
            kepala,
            atasan,
            T.subjudul("1. Periode dan Pendekatan"),
            w.HBox([self.w_bulan_awal, self.w_tahun_awal]),
            w.HBox([self.w_bulan_akhir, self.w_tahun_akhir]),
            self.w_pendekatan,
            self.w_pesan_periode,
            T.subjudul("2. Rencana Hasil Kerja (RHK) dan Indikator Kinerja Individu (IKI)"),
            self.w_daftar_rhk,
            self.w_tambah_rhk,
            T.subjudul("3. Perilaku kerja BerAKHLAK: ekspektasi khusus pimpinan (opsional, ditulis atasan)"),
            w.HTML(T.info("Boleh dikosongkan: pimpinan dapat menambahkan ekspektasi khusus. Panduan perilaku "
                          "setiap nilai tampil di dalam kotaknya.")),
            *baris_perilaku,
            T.subjudul("Pemeriksaan"),
            self.w_periksa,
            w.HBox([self.w_simpan, self.w_ajukan]),
            self.w_pesan,
            T.subjudul("Atasan langsung (simulasi): tinjau SKP yang diajukan"),
            self.w_catatan,
            w.HBox([self.w_setujui, self.w_tolak]),
            self.w_pesan_atasan,
        ]
        self._bangun_rhk()

    def _bangun_rhk(self) -> None:
        """Susun ulang kartu RHK (hanya saat RHK/IKI ditambah atau dihapus, agar ketikan tidak terputus)."""
        lama = [*self._masukan_rhk, *self.w_daftar_rhk.children]
        self._masukan_rhk = []
        self._daftar_aktif = self._masukan_rhk
        try:
            kartu = [self._kartu_rhk(i) for i in range(len(self.skp["rhk"]))]
        finally:
            self._daftar_aktif = self._masukan
        if not kartu:
            kartu = [w.HTML(T.info("Belum ada RHK. Klik \"Tambah RHK\".", "#6b7280"))]
        self.w_daftar_rhk.children = kartu
        for widget in lama:  # tutup kartu lama seutuhnya (wadah dan isinya), lihat `tampilan.tutup_semua`
            T.tutup_semua(widget)
        self._kunci_masukan()

    def _kartu_rhk(self, i: int) -> w.VBox:
        rhk = self.skp["rhk"][i]
        pilihan_atasan = [(PILIH_RHK_ATASAN, "")] + [(t, t) for t in self.rhk_atasan]
        if rhk.get("rhk_atasan") and rhk["rhk_atasan"] not in self.rhk_atasan:
            pilihan_atasan.append((rhk["rhk_atasan"], rhk["rhk_atasan"]))

        def atur(kunci: str) -> Callable[[Any], None]:
            return lambda v: self.skp["rhk"][i].__setitem__(kunci, v)

        jenis = self._pasang(w.Dropdown(options=JENIS_RHK, value=rhk.get("jenis") if rhk.get("jenis") in JENIS_RHK
                                        else JENIS_RHK[0], description="Jenis RHK", style=T.GAYA_LABEL),
                             atur("jenis"))
        intervensi = self._pasang(
            w.Dropdown(options=pilihan_atasan, value=rhk.get("rhk_atasan") or "",
                       description="RHK atasan diintervensi", style=T.GAYA_LABEL, layout=T.lebar_penuh()),
            atur("rhk_atasan"),
        )
        rumusan = self._pasang(
            w.Textarea(value=rhk.get("rencana_hasil_kerja", ""), description="Rencana hasil kerja",
                       placeholder="Tulis RHK Anda, misalnya: Laporan pengelolaan kepegawaian yang tepat waktu",
                       style=T.GAYA_LABEL, layout=w.Layout(width="98%", height="46px")),
            atur("rencana_hasil_kerja"),
        )
        baris_iki = [self._baris_iki(i, j) for j in range(len(rhk.get("iki", [])))]
        tambah_iki = w.Button(description="Tambah IKI", icon="plus")
        tambah_iki.on_click(lambda _: self._ubah_susunan(lambda s: s["rhk"][i]["iki"].append(L.iki_kosong())))
        hapus = w.Button(description="Hapus RHK ini", icon="trash", button_style="warning")
        hapus.on_click(lambda _: self._ubah_susunan(lambda s: s["rhk"].pop(i)))
        self._daftar_aktif += [tambah_iki, hapus]
        return w.VBox(
            [w.HTML(f"<b>RHK {i + 1}</b>"), jenis, intervensi, rumusan, *baris_iki, w.HBox([tambah_iki, hapus])],
            layout=w.Layout(border="1px solid #e5e7eb", padding="4px", margin="4px 0"),
        )

    def _baris_iki(self, i: int, j: int) -> w.HBox:
        iki = self.skp["rhk"][i]["iki"][j]

        def atur(kunci: str) -> Callable[[Any], None]:
            return lambda v: self.skp["rhk"][i]["iki"][j].__setitem__(kunci, v)

        indikator = self._pasang(w.Text(value=iki.get("indikator", ""), placeholder="Indikator kinerja individu",
                                        description=f"IKI {j + 1}", style={"description_width": "50px"},
                                        layout=w.Layout(width="42%")), atur("indikator"))
        aspek = self._pasang(w.Dropdown(options=ASPEK_IKI, value=iki.get("aspek") if iki.get("aspek") in ASPEK_IKI
                                        else ASPEK_IKI[0], layout=w.Layout(width="14%")), atur("aspek"))
        target = self._pasang(w.FloatText(value=float(iki.get("target") or 0), description="Target",
                                          style={"description_width": "50px"}, continuous_update=True,
                                          layout=w.Layout(width="17%")),
                              lambda v: self.skp["rhk"][i]["iki"][j].__setitem__("target", v))
        satuan = self._pasang(w.Text(value=iki.get("satuan", ""), placeholder="Satuan",
                                     layout=w.Layout(width="14%")), atur("satuan"))
        hapus = w.Button(icon="trash", tooltip="Hapus IKI ini", layout=w.Layout(width="40px"))
        hapus.on_click(lambda _: self._ubah_susunan(lambda s: s["rhk"][i]["iki"].pop(j)))
        self._daftar_aktif.append(hapus)
        return w.HBox([indikator, aspek, target, satuan, hapus], layout=w.Layout(margin="0 0 0 40px"))

    # ---------- jalur kode: isi formulir dari sel kode ----------
    def isi(self, skp: dict[str, Any]) -> None:
        """Isi seluruh formulir dari dict SKP (bentuk sama dengan `logika_skp.skp_kosong`), lalu simpan."""
        if not isinstance(skp, dict):
            raise KesalahanPengguna("SKP harus berupa dict, misalnya hasil `skp_kosong()` yang sudah diisi.")
        if self.skp["status"] not in L.STATUS_DAPAT_DIUBAH:
            raise KesalahanPengguna(f"SKP berstatus {self.skp['status']} tidak dapat diubah lagi.")
        baru = {**L.skp_kosong(self.skp.get("nip", ""), self.skp.get("tahun", 2025)), **copy.deepcopy(skp)}
        baru["status"], baru["riwayat"] = self.skp["status"], self.skp.get("riwayat", [])
        baru["perilaku"] = {**L.skp_kosong()["perilaku"], **(baru.get("perilaku") or {})}
        self.skp = baru
        self._memuat = True
        try:
            per = baru.get("periode") if isinstance(baru.get("periode"), dict) else {}
            for kunci, wd in (("bulan_awal", self.w_bulan_awal), ("bulan_akhir", self.w_bulan_akhir)):
                if per.get(kunci) in range(1, 13):
                    wd.value = per[kunci]
            for kunci, wd in (("tahun_awal", self.w_tahun_awal), ("tahun_akhir", self.w_tahun_akhir)):
                if isinstance(per.get(kunci), int) and 2022 <= per[kunci] <= 2035:
                    wd.value = per[kunci]
            if baru["pendekatan"] in PENDEKATAN_SKP:
                self.w_pendekatan.value = baru["pendekatan"]
            for nilai, ta in self.w_perilaku.items():
                ta.value = str(baru["perilaku"].get(nilai) or "")
            self._bangun_rhk()
        finally:
            self._memuat = False
        self._berubah()

    def simpan_draf(self) -> None:
        """Sama dengan tombol "Simpan draf"."""
        self._simpan_draf()

    def ajukan(self) -> None:
        """Sama dengan tombol "Ajukan"; KesalahanPengguna berisi setiap aturan yang masih dilanggar."""
        self.skp = L.ajukan(self.skp, self.rhk_atasan)
        self._simpan()
        self.w_pesan.value = T.info("SKP diajukan kepada atasan langsung. Tunggu persetujuan atasan.", "#2563eb")
        self._segarkan()

    def putuskan(self, setuju: bool, catatan: str = "") -> None:
        """Sama dengan tombol "Setujui"/"Tolak" pada panel atasan (simulasi); penolakan wajib bercatatan."""
        self.skp = L.putuskan_atasan(self.skp, setuju, catatan)
        self._simpan()
        kata = "disetujui" if setuju else "ditolak; pegawai dapat merevisi lalu mengajukan ulang"
        self.w_pesan_atasan.value = T.info(f"SKP {kata}.", "#15803d" if setuju else "#b91c1c")
        self._segarkan()

    # ---------- perilaku ----------
    def _berubah(self) -> None:
        if self.skp["status"] == L.DITOLAK:
            self.skp = L.setelah_diubah(self.skp)
        self._simpan()
        self._segarkan()

    def _ubah_susunan(self, ubah: Callable[[dict[str, Any]], object]) -> None:
        ubah(self.skp)
        self._berubah()
        self._memuat = True
        try:
            self._bangun_rhk()
        finally:
            self._memuat = False

    def _ubah_periode(self, kunci: str, nilai: int) -> None:
        per = self.skp["periode"] = dict(self.skp.get("periode") or L.periode_setahun(int(self.skp["tahun"])))
        per[kunci] = nilai
        if kunci == "tahun_awal":
            self.skp["tahun"] = nilai

    def _simpan(self) -> None:
        try:
            jawaban.simpan(self.modul, self.kunci, self.skp)
        except (KesalahanPengguna, OSError) as e:
            self.w_pesan.value = T.kotak_pesan([f"Gagal menyimpan jawaban: {e}"])

    def _simpan_draf(self, _: object = None) -> None:
        self._simpan()
        sisa = L.periksa_skp(self.skp, self.rhk_atasan)
        tambahan = f" Masih ada {len(sisa)} hal yang perlu dilengkapi sebelum diajukan." if sisa else ""
        self.w_pesan.value = T.info(
            f"Draf SKP tersimpan di {jawaban.FOLDER_JAWABAN}/{self.modul}.json.{tambahan}", "#15803d"
        )

    def _ajukan(self, _: object = None) -> None:
        try:
            self.ajukan()
        except KesalahanPengguna:
            self.w_pesan.value = T.kotak_pesan(
                L.periksa_skp(self.skp, self.rhk_atasan), judul_daftar="SKP belum dapat diajukan. Perbaiki dahulu:"
            )

    def _putuskan(self, setuju: bool) -> None:
        try:
            self.putuskan(setuju, self.w_catatan.value)
        except KesalahanPengguna as e:
            self.w_pesan_atasan.value = T.kotak_pesan([str(e)])

    def _kunci_masukan(self) -> None:
        """Masukan pegawai hanya aktif untuk SKP berstatus Draft atau Ditolak."""
        terkunci = self.skp["status"] not in L.STATUS_DAPAT_DIUBAH
        for m in [*self._masukan, *self._masukan_rhk]:
            m.disabled = terkunci

    def _segarkan(self) -> None:
        status = self.skp["status"]
        self.w_status.value = "<div style='padding:10px'>Status: " + T.lencana(
            status, T.WARNA_STATUS.get(status, "#6b7280")) + "</div>"
        self.w_pesan_periode.value = T.kotak_pesan(L.periksa_periode(self.skp.get("periode")))
        self.w_periksa.value = T.kotak_pesan(
            L.periksa_skp(self.skp, self.rhk_atasan),
            jika_kosong="Semua aturan terpenuhi: SKP siap diajukan.",
            judul_daftar="Yang masih perlu diperbaiki sebelum diajukan:",
        )
        if status == L.DITOLAK and self.skp.get("catatan_atasan"):
            self.w_pesan.value = T.kotak_pesan([f"Ditolak atasan: {self.skp['catatan_atasan']}"])
        self._kunci_masukan()
        diajukan = status == L.DIAJUKAN
        for tombol in (self.w_setujui, self.w_tolak, self.w_catatan):
            tombol.disabled = not diajukan

    @property
    def salinan_skp(self) -> dict[str, Any]:
        """Salinan SKP saat ini (untuk diperiksa di sel kode)."""
        return copy.deepcopy(self.skp)
