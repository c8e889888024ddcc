# Kursus kecil untuk uji alur kelas (bukan modul sungguhan).
c = get_config()  # noqa: F821
c.CourseDirectory.course_id = "kursus-uji"
c.ClearSolutions.code_stub = {"python": "# TULIS KODE ANDA DI SINI\nraise NotImplementedError()"}
c.OverwriteCells.add_missing_cells = True
c.Execute.timeout = 10
