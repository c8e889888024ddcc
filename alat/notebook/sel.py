"""Pembantu sel notebook sumber nbgrader: teks, kode, persiapan (terkunci), jawaban, dan uji berpoin.

Metadata nbgrader mengikuti skema versi 3. Id sel stabil (dari grade_id atau urutan), jadi notebook yang
dibangun ulang identik bila isinya sama.
"""

from __future__ import annotations

from textwrap import dedent

import nbformat
from nbformat import NotebookNode

KERNEL = {
    "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}


def _rapikan(teks: str) -> str:
    return dedent(teks).strip("\n")


def _nbgrader(grade_id: str, *, solution: bool = False, grade: bool = False, locked: bool = False,
              points: int | None = None) -> dict:
    meta = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": 3, "solution": solution,
            "task": False}
    if points is not None:
        meta["points"] = points
    return {"nbgrader": meta}


def teks(isi: str) -> NotebookNode:
    """Sel markdown biasa (peserta boleh menambah catatan di sekitarnya)."""
    return nbformat.v4.new_markdown_cell(_rapikan(isi))


def kode(isi: str, *, sengaja_gagal: bool = False) -> NotebookNode:
    """Sel kode contoh yang boleh diubah peserta. `sengaja_gagal`: contoh galat untuk dipelajari; tag Jupyter
    `raises-exception` membuat "Run All" dan penilaian berjalan terus melewatinya."""
    sel = nbformat.v4.new_code_cell(_rapikan(isi))
    if sengaja_gagal:
        sel.metadata["tags"] = ["raises-exception"]
    return sel


def persiapan(grade_id: str, isi: str, *, tersembunyi: bool = False) -> NotebookNode:
    """Sel kode terkunci (mis. sel pertama yang memasang bantuan galat); dipulihkan saat penilaian.
    `tersembunyi`: JupyterLab menampilkan kodenya terlipat (daftar impor panjang tidak menakutkan peserta)."""
    sel = nbformat.v4.new_code_cell(_rapikan(isi), metadata=_nbgrader(grade_id, locked=True))
    if tersembunyi:
        sel.metadata["jupyter"] = {"source_hidden": True}
    sel.id = grade_id
    return sel


def jawaban(grade_id: str, isi: str) -> NotebookNode:
    """Sel jawaban: bagian di antara `### BEGIN SOLUTION` dan `### END SOLUTION` diganti potongan kosong."""
    isi = _rapikan(isi)
    if "### BEGIN SOLUTION" not in isi:
        raise ValueError(f"Sel jawaban {grade_id} perlu wilayah ### BEGIN SOLUTION ... ### END SOLUTION.")
    sel = nbformat.v4.new_code_cell(isi, metadata=_nbgrader(grade_id, solution=True))
    sel.id = grade_id
    return sel


def jawaban_jalur_kode(grade_id: str, solusi: str, jalur_tanpa_kode: str) -> NotebookNode:
    """Sel jawaban untuk soal formulir: jalur kode pilihan. Di versi peserta, potongan kosong tidak melempar galat
    (dan potongan lama yang melempar NotImplementedError ditangkap), jadi peserta yang memakai formulir cukup
    membiarkan sel ini."""
    baris = "\n".join("    " + b if b else "" for b in _rapikan(solusi).splitlines())
    return jawaban(grade_id, (
        "# Jalur kode (pilihan). Bila Anda memakai formulir di atas, biarkan sel ini apa adanya.\n"
        "try:\n"
        "    ### BEGIN SOLUTION\n"
        f"{baris}\n"
        "    ### END SOLUTION\n"
        "except NotImplementedError:\n"
        f"    print({jalur_tanpa_kode!r})"
    ))


def uji(grade_id: str, poin: int, isi: str, *, lanjut: bool = True, tersembunyi: bool = False) -> NotebookNode:
    """Sel uji terkunci berpoin; bagian `### BEGIN HIDDEN TESTS ... ### END HIDDEN TESTS` hanya ada saat menilai.

    `lanjut`: tag `raises-exception`, jadi "Jalankan Semua Sel" tidak berhenti di uji yang belum lulus (nbgrader
    tetap menilai sel itu dari galatnya). `tersembunyi`: kodenya terlipat (jalur pengguna)."""
    sel = nbformat.v4.new_code_cell(_rapikan(isi), metadata=_nbgrader(grade_id, grade=True, locked=True, points=poin))
    if lanjut:
        sel.metadata["tags"] = ["raises-exception"]
    if tersembunyi:
        sel.metadata["jupyter"] = {"source_hidden": True}
    sel.id = grade_id
    return sel


# Baris pertama sel yang kodenya terlipat tetap tampil: kalimat untuk peserta, bukan kode.
KOMENTAR_WIDGET = "# Formulir latihan: jalankan sel ini, lalu isi formulir di bawahnya. Kode tidak perlu diubah."


def widget(nama: str, isi: str) -> NotebookNode:
    """Sel formulir jalur pengguna: kodenya terlipat dan terkunci, peserta cukup menjalankan dan mengisi widgetnya."""
    return persiapan(nama, KOMENTAR_WIDGET + "\n" + _rapikan(isi), tersembunyi=True)


def widget_dinilai(grade_id: str, buat: str, kunci: str, tampil: str) -> NotebookNode:
    """Sel widget yang dinilai (jalur pengguna), terlipat. `kunci` (API Python pengganti klik) hanya ada di notebook
    sumber; di versi peserta wilayahnya diganti potongan kosong yang tidak perlu disentuh peserta."""
    baris = "\n".join([KOMENTAR_WIDGET, _rapikan(buat), "### BEGIN SOLUTION", _rapikan(kunci), "### END SOLUTION",
                       _rapikan(tampil)])
    sel = jawaban(grade_id, baris)
    sel.metadata["jupyter"] = {"source_hidden": True}
    return sel


def kuis_dinilai(grade_id: str, poin: int, nama: str, kunci: str) -> NotebookNode:
    """Sel uji butir kuis: di versi peserta hanya melaporkan status (nilai 0, tanpa galat); saat menilai, kunci dari
    wilayah uji tersembunyi dipakai. Keluaran angka poin dibaca nbgrader sebagai nilai parsial."""
    return uji(grade_id, poin, f"""
        # Penilaian butir {nama} ({poin} poin). Tidak perlu diubah.
        _kunci = None
        ### BEGIN HIDDEN TESTS
        _kunci = {kunci}
        ### END HIDDEN TESTS
        nilai_kuis({nama}, TUGAS, _kunci, {poin})
        """, lanjut=False, tersembunyi=True)


def kirim(tugas: str) -> list[NotebookNode]:
    """Penutup setiap notebook: formulir Kirim (NIP + tombol), tanpa sel yang harus diubah peserta."""
    return [
        teks("""
        ## Kirim pekerjaan

        1. Simpan notebook: tekan **Ctrl+S** (atau menu **Berkas > Simpan Notebook**).
        2. Jalankan sel di bawah (**Shift+Enter**). Ketik NIP Anda (18 angka, spasi boleh) lalu tekan
           **Kirim pekerjaan**.
        3. Pekerjaan Anda dikemas menjadi satu berkas di folder `kiriman`. Serahkan sesuai arahan fasilitator: di
           JupyterHub fasilitator mengumpulkannya langsung; di laptop, klik kanan berkas itu di panel berkas lalu
           pilih **Unduh**.

        Anda boleh mengirim lagi setelah memperbaiki jawaban; kiriman terakhir yang dipakai.
        """),
        persiapan("kirim", f"""
        # Formulir Kirim: jalankan sel ini, ketik NIP, lalu tekan Kirim pekerjaan. Kode tidak perlu diubah.
        from bimtek.latihan.formulir_kirim import FormulirKirim

        FormulirKirim({tugas!r})
        """, tersembunyi=True),
    ]


def notebook(sel: list[NotebookNode], bimtek: dict | None = None) -> NotebookNode:
    """Notebook bersih dengan id sel unik dan stabil. `bimtek`: metadata kit (jalur, modul, judul, jp)."""
    nb = nbformat.v4.new_notebook(metadata=dict(KERNEL))
    if bimtek is not None:
        hilang = {"jalur", "modul", "judul", "jp"} - set(bimtek)
        if hilang or bimtek["jalur"] not in ("pengguna", "analis"):
            raise ValueError(f"Metadata bimtek tidak lengkap/sah: {bimtek} (kurang {sorted(hilang)}).")
        nb.metadata["bimtek"] = dict(bimtek)
    for i, s in enumerate(sel):
        if "nbgrader" not in s.metadata:
            s.id = f"sel-{i:02d}"
    ids = [s.id for s in sel]
    ganda = {i for i in ids if ids.count(i) > 1}
    if ganda:
        raise ValueError(f"Id sel ganda: {sorted(ganda)}")
    nb.cells = sel
    nbformat.validate(nb)
    return nb
