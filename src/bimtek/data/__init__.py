"""Data sintetis ASN: generator (`buat`), pemeriksa invarian (`periksa`), dan pemuat dataset kelas (`muat`)."""

from bimtek.data.berkas import periksa
from bimtek.data.generator import SEED_BAWAAN, SKALA, buat, buat_dataset
from bimtek.data.invarian import INVARIAN, Pelanggaran
from bimtek.data.kamus import Dataset
from bimtek.data.pemuat import muat

__all__ = ["INVARIAN", "SEED_BAWAAN", "SKALA", "Dataset", "Pelanggaran", "buat", "buat_dataset", "muat", "periksa"]
