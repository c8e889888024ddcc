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

# Paket Debian untuk uji: chromium (uji peramban), bubblewrap (isolasi kode peserta saat `bimtek kelas nilai`), dan
# poppler-utils (uji PDF panduan: pdfinfo, pdftotext, pdftoppm).
chromium:
	@PAKET=""; [ -x /usr/bin/chromium ] || PAKET="chromium"; command -v bwrap >/dev/null || PAKET="$$PAKET bubblewrap"; \
	command -v pdftotext >/dev/null || PAKET="$$PAKET poppler-utils"; \
	if [ -n "$$PAKET" ]; then \
		echo "Memasang paket Debian untuk uji: $$PAKET ..."; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$PAKET >/dev/null; \
	fi

test: $(STAMP_UJI) chromium
	$(BIN)/python -m pytest

bersihkan:
	rm -rf site ruang_kerja .kelas grader/release grader/submitted grader/autograded grader/feedback grader/gradebook.db grader/.kelas

# --- Server kelas JupyterHub (issue 12, bimtek hub) ----------------------------------------------------------
# configurable-http-proxy dari npm ke .hub/node_modules; lingkungan hub dari Python Debian (/usr/bin/python3,
# paket python3-venv) karena peserta adalah pengguna sistem lain yang harus dapat menjalankan Python itu
# (Python di /root tidak terbaca mereka).
HUB_VENV := .hub/venv
HUB_PROXY := .hub/node_modules/.bin/configurable-http-proxy

$(HUB_PROXY):
	@command -v npm >/dev/null || { SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq npm >/dev/null; }
	npm install --no-audit --no-fund --silent --prefix .hub configurable-http-proxy@5

$(HUB_VENV)/.terpasang: pyproject.toml
	@/usr/bin/python3 -c "import venv, ensurepip" 2>/dev/null || { SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq python3-venv >/dev/null; }
	@test -x $(HUB_VENV)/bin/python || /usr/bin/python3 -m venv $(HUB_VENV)
	$(HUB_VENV)/bin/python -m pip install --quiet -e '.[hub]'
	@touch $@

.PHONY: hub-siapkan
hub-siapkan: $(HUB_PROXY) $(HUB_VENV)/.terpasang

test: hub-siapkan
