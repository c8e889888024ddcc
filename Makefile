# Dua perintah utama kit (lihat README):
#   make start  -> siapkan lingkungan, data, notebook peserta, panduan; jalankan JupyterLab
#   make test   -> pasang kebutuhan uji (termasuk Chromium Debian) dan jalankan seluruh uji
# Keduanya idempoten: menjalankannya lagi hanya mengerjakan yang belum ada.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.terpasang
STAMP_UJI := $(VENV)/.terpasang-uji
# Keluaran pip disimpan di berkas ini; layar hanya menampilkan satu baris per langkah.
LOG_PASANG := $(VENV)/pasang.log

.PHONY: start test siapkan chromium bersihkan

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Memasang kit ke $(VENV) (catatan pemasangan: $(LOG_PASANG)) ..."
	@$(BIN)/python -m pip install --quiet --upgrade pip >>$(LOG_PASANG) 2>&1 && \
		$(BIN)/python -m pip install --quiet -e . >>$(LOG_PASANG) 2>&1 || \
		{ tail -n 30 $(LOG_PASANG); echo "Pemasangan gagal; catatan lengkap di $(LOG_PASANG)."; exit 1; }
	@touch $@

$(STAMP_UJI): $(STAMP)
	@echo "Memasang kebutuhan uji (catatan pemasangan: $(LOG_PASANG)) ..."
	@$(BIN)/python -m pip install --quiet -e '.[test]' >>$(LOG_PASANG) 2>&1 || \
		{ tail -n 30 $(LOG_PASANG); echo "Pemasangan gagal; catatan lengkap di $(LOG_PASANG)."; exit 1; }
	@touch $@

siapkan: $(STAMP)

start: $(STAMP)
	@$(BIN)/bimtek mulai

# Paket Debian untuk uji: chromium (uji peramban) dan bubblewrap (isolasi kode peserta saat `bimtek kelas nilai`).
chromium:
	@PAKET=""; [ -x /usr/bin/chromium ] || PAKET="chromium"; command -v bwrap >/dev/null || PAKET="$$PAKET bubblewrap"; \
	if [ -n "$$PAKET" ]; then \
		echo "Memasang paket Debian untuk uji: $$PAKET ..."; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$PAKET >/dev/null; \
	fi

test: $(STAMP_UJI) chromium
	$(BIN)/python -m pytest

bersihkan:
	rm -rf site ruang_kerja .kelas grader/release grader/submitted grader/autograded grader/feedback grader/gradebook.db grader/.kelas
