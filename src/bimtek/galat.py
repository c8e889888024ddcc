"""Kesalahan yang disebabkan masukan pengguna: baris perintah mencetak pesannya saja, tanpa traceback."""


class KesalahanPengguna(Exception):
    """Masukan atau keadaan yang harus diperbaiki pengguna; pesannya berbahasa Indonesia dan menyebut apa,
    di mana, dan apa yang harus dilakukan."""

    kode_keluar = 2
