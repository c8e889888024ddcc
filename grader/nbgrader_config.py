"""Konfigurasi kursus nbgrader Kit Bimtek e-Kinerja (akar kursus: folder ini).

Notebook sumber (berisi kunci jawaban dan uji tersembunyi) tinggal di `notebooks/<tugas>/` di akar repositori;
semua folder kerja nbgrader (release, submitted, autograded, feedback) dan buku nilai SQLite ada di sini dan
tidak dikomit.
"""

from pathlib import Path

import bimtek.kelas
from bimtek.kelas.adaptor_nbgrader import folder_paket
from bimtek.kelas.tugas_kursus import daftar_tugas

c = get_config()  # noqa: F821 - disediakan oleh pemuat konfigurasi traitlets

AKAR_KURSUS = Path(__file__).resolve().parent

c.CourseDirectory.course_id = "bimtek-ekinerja"
c.CourseDirectory.root = str(AKAR_KURSUS)
# Jalur mutlak: os.path.join(root, jalur_mutlak) memakai jalur mutlak itu, jadi notebook sumber cukup satu salinan.
c.CourseDirectory.source_directory = str(AKAR_KURSUS.parent / "notebooks")
c.CourseDirectory.db_url = f"sqlite:///{AKAR_KURSUS / 'gradebook.db'}"

# Potongan pengganti jawaban di versi peserta: berbahasa Indonesia dan tidak melempar galat, jadi "Jalankan Semua
# Sel" berjalan sampai akhir; cek() melaporkan "belum dijawab" untuk variabel yang belum dibuat atau kosong.
c.ClearSolutions.code_stub = {"python": "jawaban = None  # tulis jawaban Anda di sini"}
c.ClearSolutions.text_stub = "TULIS JAWABAN ANDA DI SINI"

# Sel uji yang dihapus peserta dikembalikan lalu dinilai, bukan diam-diam dilewati (lihat STACK-NOTES).
c.OverwriteCells.add_missing_cells = True

# Sel terlama (memuat data) butuh beberapa detik; batas ini membatasi biaya perulangan tanpa akhir saat menilai.
c.Execute.timeout = 20

# Umpan balik: tanpa uji tersembunyi (kode dan traceback) dan tanpa MathJax dari CDN.
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
    "bimtek.kelas.praproses.SembunyikanUjiTersembunyi",
]
# Templat kit didahulukan: makro MathJax kosong menggantikan skrip dari CDN pada templat umpan balik nbgrader.
c.HTMLExporter.extra_template_basedirs = [
    str(Path(bimtek.kelas.__file__).parent / "templat"),
    str(folder_paket() / "server_extensions" / "formgrader" / "templates"),
]

# Jawaban widget peserta (jawaban/<tugas>.json) ikut dinilai. Saat autograde nbgrader menyalin berkas non-notebook
# dari folder sumber MENIMPA kiriman; berkas jawaban yang tertinggal di folder sumber (notebook sumber pernah
# dijalankan di tempat) tidak boleh menggantikan jawaban peserta.
c.Autograde.exclude_overwriting = {t: [f"jawaban/{t}.json"] for t in daftar_tugas()}

# Sel uji yang dihapus atau diganti nama peserta dikembalikan dan dinilai, juga bila sel sebelumnya sel teks
# terkunci: OverwriteCells nbgrader 0.9.6 gagal (KeyError) pada pola itu dan seluruh kiriman tidak dinilai.
c.Autograde.sanitize_preprocessors = [
    "nbgrader.preprocessors.ClearOutput",
    "nbgrader.preprocessors.DeduplicateIds",
    "nbgrader.preprocessors.OverwriteKernelspec",
    "bimtek.kelas.praproses.KembalikanSelHilang",
    "nbgrader.preprocessors.CheckCellMetadata",
]
