"""Widget simulasi layar e-Kinerja dan SIASN untuk notebook bimtek (ipywidgets, label berbahasa Indonesia).

Aturan tiap formulir ada di modul `logika_*` (fungsi biasa yang dapat diuji tanpa peramban); modul `form_*` dan
`kartu_profil` hanya menyusun tampilan. Jawaban disimpan lewat `bimtek.jawaban` setiap kali berubah.
"""

from bimtek.widgets.form_penilaian import FormPenilaian
from bimtek.widgets.form_skp import FormSKP
from bimtek.widgets.kartu_profil import KartuProfil

__all__ = ["FormPenilaian", "FormSKP", "KartuProfil"]
