"""Umpan balik nbgrader tanpa bocoran: uji tersembunyi dan traceback sel uji disembunyikan.

nbgrader generate_feedback bawaan menampilkan kode uji tersembunyi (yang dipulihkan saat autograde) dan
traceback yang mengutip baris uji itu. Praproses ini dipasang di `grader/nbgrader_config.py`
(`GenerateFeedback.preprocessors`) sehingga semua jalur yang memakai konfigurasi kursus aman. MathJax dari CDN
dimatikan oleh templat `templat/feedback/mathjax.html.j2`.
"""

from __future__ import annotations

from typing import Any

from nbgrader import utils
from nbgrader.preprocessors import ClearHiddenTests

PENGGANTI_UJI_TERSEMBUNYI = "# (uji tersembunyi tidak ditampilkan)"


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
