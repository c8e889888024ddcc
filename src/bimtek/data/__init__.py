"""Data sintetis ASN: generator (`buat`), pemeriksa invarian (`periksa`), dan pemuat dataset kelas (`muat`)."""

from bimtek.data.generator import SEED_BAWAAN, SKALA, buat, buat_dataset

__all__ = ["SEED_BAWAAN", "SKALA", "buat", "buat_dataset"]
