"""Server kelas JupyterHub: akun peserta dari daftar peserta, konfigurasi siap pakai, dan sisi peserta."""
