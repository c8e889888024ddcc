"""Angka nasional yang diikuti sebaran data sintetis (lembar fakta bagian 12) dan pilihan generator yang bukan
aturan (ditandai "asumsi"). Kartu data membandingkan hasil generator dengan angka di sini."""

from __future__ import annotations

# Sumber: BKN, Statistik ASN 31-12-2023 (lembar fakta bagian 12): PNS menurut pendidikan.
PNS_MENURUT_PENDIDIKAN_2023 = {"S1": 2_102_205, "SMA": 516_611, "S2": 457_758, "D-III": 420_094, "S3": 34_732,
                               "SMP": 28_141, "SD": 13_158}
TOTAL_PNS_2023 = 3_732_428
# Asumsi: selisih total PNS dengan jumlah tujuh jenjang di atas (159.729) dibagi ke D-I, D-II, D-IV = 1:2:7,
# karena lembar fakta tidak merinci jenjang itu.
_SISA = TOTAL_PNS_2023 - sum(PNS_MENURUT_PENDIDIKAN_2023.values())
PORSI_SISA_DIPLOMA = {"D-I": 0.1, "D-II": 0.2, "D-IV": 0.7}
SASARAN_PENDIDIKAN = {**PNS_MENURUT_PENDIDIKAN_2023, **{k: round(_SISA * v) for k, v in PORSI_SISA_DIPLOMA.items()}}

# Sumber: BKN 31-12-2023: 4.465.768 ASN, 733.340 PPPK.
PORSI_PPPK = 733_340 / 4_465_768
# Sumber: BKN 31-12-2022: perempuan 54%.
PORSI_PEREMPUAN = 0.54
# Sumber: BKN 30-06-2023: Gen Y 50%, Gen X 40%, Gen Z 5%, Boomers 4%. Batas tahun lahir generasi mengikuti
# pembagian umum (asumsi). Pada tanggal acuan 31-12-2025 Boomers (lahir <= 1964) sudah melewati BUP 58/60,
# jadi porsinya digabung ke Gen X.
GENERASI = {"Gen Z": (1997, 2012, 0.05), "Gen Y": (1981, 1996, 0.50), "Gen X": (1965, 1980, 0.44)}
GENERASI_SUMBER = {"Gen Y": 0.50, "Gen X": 0.40, "Gen Z": 0.05, "Boomers": 0.04}
GENERASI_BATAS = {"Boomers": (1946, 1964), "Gen X": (1965, 1980), "Gen Y": (1981, 1996), "Gen Z": (1997, 2012)}

# Asumsi generator: usia lulus paling muda menurut pendidikan (tahun), dipakai untuk usia saat TMT.
USIA_LULUS = {"SD": 18, "SMP": 18, "SMA": 18, "D-I": 19, "D-II": 20, "D-III": 21, "D-IV": 22, "S1": 22,
              "S2": 24, "S3": 28}
# Asumsi generator: rentang usia kepala unit menurut kelompok jabatan kepala.
USIA_KEPALA = {"JPT Madya": (50, 59), "JPT Pratama": (45, 59), "Administrator": (40, 57), "Pengawas": (33, 57),
               "Kepala Sekolah": (40, 57)}
PENDIDIKAN_KEPALA = {"JPT Madya": {"S2": 0.7, "S3": 0.3}, "JPT Pratama": {"S2": 0.8, "S3": 0.1, "S1": 0.1},
                     "Administrator": {"S2": 0.55, "S1": 0.45}, "Pengawas": {"S1": 0.65, "S2": 0.25, "D-IV": 0.1},
                     "Kepala Sekolah": {"S1": 0.65, "S2": 0.35}}
PEREMPUAN_KEPALA = 0.30
# Asumsi generator: penempatan staf (bukan kepala) menurut pendidikan: sekolah, kesehatan, umum.
PROFIL_MENURUT_PENDIDIKAN = {"sarjana": (0.48, 0.10, 0.42), "D-III": (0.05, 0.50, 0.45), "rendah": (0.12, 0.08, 0.80)}
# Tahun pengangkatan PPPK (asumsi; angkatan besar sejak 2021).
TAHUN_PPPK = {2021: 0.10, 2022: 0.15, 2023: 0.25, 2024: 0.25, 2025: 0.25}
# Predikat organisasi unit (asumsi): sebagian besar Baik.
PREDIKAT_ORGANISASI = {"Istimewa": 0.15, "Baik": 0.72, "Butuh Perbaikan": 0.09, "Kurang": 0.03,
                       "Sangat Kurang": 0.01}
# Porsi unit yang sebaran predikat pegawainya sengaja MELANGGAR pola predikat organisasinya (SE MenPANRB 3/2023),
# untuk latihan mencari pelanggaran (asumsi). Kuncinya di tabel `capaian_organisasi` (sebaran_sesuai_pola).
PELUANG_LANGGAR_POLA = 0.15
# Peluang PNS yang memenuhi syarat KP reguler benar-benar diusulkan pada periode berikutnya (asumsi).
PELUANG_USUL_KP = 0.3
# Status SKP akhir tahun (asumsi).
STATUS_SKP = {"Disetujui": 0.93, "Diajukan": 0.03, "Draft": 0.02, "Ditolak": 0.02}
# Presensi harian (asumsi).
STATUS_PRESENSI = {"Hadir": 0.905, "Dinas Luar": 0.03, "Cuti": 0.025, "Sakit": 0.02, "Izin": 0.015,
                   "Tanpa Keterangan": 0.005}
PELUANG_TERLAMBAT = 0.12
PELUANG_PULANG_CEPAT = 0.05
PELUANG_TANPA_REKAM_PULANG = 0.01
