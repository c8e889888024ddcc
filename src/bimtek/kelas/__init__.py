"""Alur kerja fasilitator di atas nbgrader, satu modul per langkah:

peserta -> rilis -> (peserta: kirim) -> kumpulkan -> nilai (paralel, terisolasi) -> umpan_balik -> rekap ->
sertifikat; `status` menunjukkan posisi kelas. `adaptor_nbgrader` satu-satunya pintu ke nbgrader (API, folder
kursus, buku nilai, versi peserta, exchange), `folder_kelas` menyimpan letak dan pengaturan kelas, `tugas_kursus`
menemukan tugas kursus kit, `ruang_kerja` menyalin versi peserta ke laptop, `isolasi` menjalankan kernel peserta di
dalam bubblewrap.
"""
