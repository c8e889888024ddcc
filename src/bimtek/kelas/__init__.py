"""Alur kerja fasilitator di atas nbgrader, satu modul per langkah:

peserta -> rilis -> (peserta: kirim) -> kumpulkan -> nilai (paralel, terisolasi) -> umpan_balik -> rekap ->
sertifikat; `status` menunjukkan posisi kelas. `folder_kelas` menyimpan letak kelas dan API nbgrader-nya,
`isolasi` menjalankan kernel peserta di dalam bubblewrap.
"""
