"""`python -m alat.notebook`: bangun ulang semua notebook sumber modul."""

from alat.notebook import AKAR_REPO, tulis_semua

for path in tulis_semua():
    print(f"ditulis: {path.relative_to(AKAR_REPO)}")
