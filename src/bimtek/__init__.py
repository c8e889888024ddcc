"""Kit Bimtek e-Kinerja: aturan kepegawaian ASN sebagai data, data sintetis, widget, latihan, dan alur kelas."""

__version__ = "0.1.0"
