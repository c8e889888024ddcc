"""Masuk dengan NIP: kata sandi dipilih peserta sendiri pada masuk pertama (FirstUseAuthenticator)."""

from __future__ import annotations

from firstuseauthenticator import FirstUseAuthenticator


class AutentikasiNIP(FirstUseAuthenticator):
    """NIP boleh diketik berspasi seperti di dokumen ("19800102 201002 1 001"): spasi dibuang."""

    def normalize_username(self, username: str) -> str:
        return super().normalize_username("".join(username.split()))
