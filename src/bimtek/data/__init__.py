"""Data sintetis ASN: generator (`buat`), pemeriksa invarian (`periksa`), dan pemuat dataset kelas (`muat`).

Peta modul (arah impor satu arah: kamus <- invarian <- kartu <- berkas; generator memanggil langkah per tabel):

- `kamus`: SATU daftar tabel dan kolom (kamus data) dan `Dataset`.
- Langkah per tabel dan urusan: `struktur` (hierarki unit), `pegawai` (identitas, karier), `kinerja` (SKP, RHK,
  penilaian, talenta), `presensi` (kehadiran), `layanan` (usulan KP/pensiun/mutasi/cuti), `tata_kelola`
  (pemantauan SKP, SAKIP, sistem merit); `generator` merangkai langkah-langkah itu.
- `invarian` (aturan yang selalu berlaku, `bimtek data periksa`), `kartu` (DATA_CARD.md), `berkas` (tulis/baca),
  `kotor` (data kotor untuk latihan), `bup` dan `alat` (operasi larik untuk jutaan baris).

Setiap urusan memakai aliran acaknya sendiri, `alat.acak(seed, "nama-aliran")`, jadi menambah kolom atau tabel
tidak menggeser acakan yang lain.

Cara menambah kolom (contohnya `talenta.kotak_talenta`):

1. Tambahkan kolom dan artinya ke tabelnya di `kamus.TABEL` (nama, jenis, keterangan).
2. Isi kolom itu di langkah tabelnya (`kinerja.buat_talenta`). Bila perlu acakan, buat aliran baru dengan nama
   baru (`acak(seed, "talenta-kotak")`); jangan menarik angka dari aliran yang sudah ada. Aturan dibaca dari
   `bimtek.aturan` (di sini `aturan.kotak_talenta`), tidak disalin.
3. Tulis invariannya di `invarian.INVARIAN` dan uji kerusakannya di `tests/data/test_invarian.py`.
4. Bila perlu, jelaskan asumsinya di `kartu.py` (DATA_CARD.md), lalu buat ulang data contoh:
   `bimtek data buat --skala kelas --keluaran sample_data --timpa` (uji `test_sample_data` memeriksanya).

Contoh di tabel pegawai: `pegawai.skor_potensial` dibuat oleh langkah `pegawai._langkah_potensial` dengan aliran
`acak(seed, "pegawai-potensial")`; kolom pegawai lain tidak berubah karenanya (`tests/data/test_pegawai.py`).
"""

from bimtek.data.berkas import periksa
from bimtek.data.generator import SEED_BAWAAN, SKALA, buat, buat_dataset
from bimtek.data.invarian import INVARIAN, Pelanggaran
from bimtek.data.kamus import Dataset
from bimtek.data.pemuat import muat

__all__ = ["INVARIAN", "SEED_BAWAAN", "SKALA", "Dataset", "Pelanggaran", "buat", "buat_dataset", "muat", "periksa"]
