"""Kursus nbgrader kit: tugas (satu per modul), persiapan ruang kerja peserta, dan umpan balik yang aman."""
