"""Simulasi aplikasi e-Kinerja BKN: keadaan (`keadaan`), langkah dan aturannya (`aksi`), penyimpanan (`sesi`),
penilaian langkah (`langkah`), dan layar ipywidgets yang tipis (`layar`)."""
