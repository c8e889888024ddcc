"""Alat pengembang kit (tidak dipasang bersama paket): pembangun notebook sumber modul."""
