"""Praproses nbgrader milik kit (dirujuk grader/nbgrader_config.py dan langkah nilai/umpan balik).

KembalikanSelHilang - sel uji yang dihapus atau diganti nama peserta dikembalikan dan dinilai (perbaikan
OverwriteCells nbgrader).

nbgrader 0.9.6 `OverwriteCells.add_missing_grade_cells` menaruh sel yang hilang sesudah sel sumber sebelumnya,
tetapi hanya mengenal posisi sel jawaban dan sel uji: bila sel sebelumnya sel teks terkunci (pola umum:
soal, lalu uji), atau bila grade_id sel diganti peserta, penilaian seluruh kiriman gagal (KeyError).
Perbaikan ini memakai posisi sel sumber terdekat sebelumnya yang ada di kiriman, atau akhir notebook.

Sebelum dijalankan, sel kursus dikembalikan ke urutan sumbernya: peserta yang menyeret sel jawaban ke atas sel
persiapan tetap mendapat nilai jawabannya. Sel tambahan peserta ikut sel kursus yang ada tepat di atasnya.

SembunyikanUjiTersembunyi - umpan balik tanpa bocoran. nbgrader generate_feedback bawaan menampilkan kode uji
tersembunyi (yang dipulihkan saat autograde) dan traceback yang mengutip baris uji itu. Praproses ini dipasang di
`GenerateFeedback.preprocessors` sehingga semua jalur yang memakai konfigurasi kursus aman. MathJax dari CDN
dimatikan oleh templat `templat/feedback/mathjax.html.j2`.
"""

from __future__ import annotations

from typing import Any

from bimtek.kelas.adaptor_nbgrader import ClearHiddenTests, OverwriteCells, utils

PENGGANTI_UJI_TERSEMBUNYI = "# (uji tersembunyi tidak ditampilkan)"


def urutkan_seperti_sumber(sel: list[Any], urutan_sumber: list[str]) -> list[Any]:
    """Kelompok = satu sel kursus (grade_id dikenal) beserta sel tambahan di bawahnya; kelompok diurutkan menurut
    posisi sel kursusnya di sumber. Sel tambahan di atas sel kursus pertama tetap di awal. Urutan stabil."""
    posisi = {nama: i for i, nama in enumerate(urutan_sumber)}
    awal: list[Any] = []
    kelompok: list[tuple[int, list[Any]]] = []
    for s in sel:
        nama = s.metadata.get("nbgrader", {}).get("grade_id")
        if nama in posisi:
            kelompok.append((posisi[nama], [s]))
        elif kelompok:
            kelompok[-1][1].append(s)
        else:
            awal.append(s)
    kelompok.sort(key=lambda k: k[0])
    return awal + [s for _, isi in kelompok for s in isi]


class KembalikanSelHilang(OverwriteCells):
    def preprocess(self, nb: Any, resources: Any) -> tuple[Any, Any]:
        nb, resources = super().preprocess(nb, resources)
        for sel in nb.cells:
            # grade_id yang tidak dikenal dibuang induknya; sel itu menjadi sel biasa (aslinya sudah dikembalikan).
            if "nbgrader" in sel.metadata and "grade_id" not in sel.metadata["nbgrader"]:
                del sel.metadata["nbgrader"]
        sumber = self.gradebook.find_notebook(self.notebook_id, self.assignment_id)
        nb.cells = urutkan_seperti_sumber(nb.cells, [c.name for c in sumber.source_cells])
        return nb, resources

    def add_missing_grade_cells(self, nb: Any, resources: Any) -> tuple[Any, Any]:
        sumber = self.gradebook.find_notebook(self.notebook_id, self.assignment_id)
        sel_sumber = sumber.source_cells
        id_sumber = [c.name for c in sel_sumber]
        id_jawaban = {c.name for c in sumber.solution_cells}
        for nama, sel_uji in {c.name: c for c in sumber.grade_cells}.items():
            posisi = {c.metadata.get("nbgrader", {}).get("grade_id"): i for i, c in enumerate(nb.cells)}
            if nama in posisi:
                continue
            self.log.warning("Sel uji %s hilang dari kiriman; dikembalikan", nama)
            i = id_sumber.index(nama)
            baru = self.missing_cell_transform(sel_sumber[i], sel_uji.max_score, is_solution=nama in id_jawaban)
            sebelum = next((posisi[s] for s in reversed(id_sumber[:i]) if s in posisi), None)
            nb.cells.insert(0 if i == 0 else (len(nb.cells) - 1 if sebelum is None else sebelum) + 1, baru)
        return nb, resources

    def add_missing_task_cells(self, nb: Any, resources: Any) -> tuple[Any, Any]:
        # Induknya membaca metadata["nbgrader"]["grade_id"] langsung; sel yang grade_id-nya diganti peserta
        # sudah kehilangan kunci itu (dibuang nbgrader karena tidak dikenal) sehingga induknya gagal.
        sumber = self.gradebook.find_notebook(self.notebook_id, self.assignment_id)
        id_sumber = [c.name for c in sumber.source_cells]
        ada = {c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells}
        for tugas in sumber.task_cells:
            if tugas.name not in ada:
                sel = sumber.source_cells[id_sumber.index(tugas.name)]
                nb.cells.append(self.missing_cell_transform(sel, tugas.max_score, is_task=True))
        return nb, resources


class SembunyikanUjiTersembunyi(ClearHiddenTests):
    """Hapus wilayah uji tersembunyi dari sel uji dan ringkas galatnya menjadi jenis dan pesan saja."""

    def preprocess_cell(self, cell: Any, resources: Any, cell_index: int) -> tuple[Any, Any]:
        if cell.cell_type == "code" and utils.is_grade(cell):
            if self._remove_hidden_test_region(cell):
                cell.source = cell.source.rstrip("\n") + "\n" + PENGGANTI_UJI_TERSEMBUNYI
            for keluaran in cell.get("outputs", []):
                if keluaran.get("output_type") == "error":
                    # Traceback mengutip baris kode uji, termasuk yang tersembunyi: cukup jenis dan pesannya.
                    keluaran["traceback"] = [f"{keluaran.get('ename', 'Galat')}: {keluaran.get('evalue', '')}"]
        return cell, resources
