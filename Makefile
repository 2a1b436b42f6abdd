# Parallax — every target does its own set-up, so each works on a fresh clone.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8000

.PHONY: run test lint smoke bench eval install install-test browser clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

## run: migrate, load the seeds on first start, serve at http://127.0.0.1:$(PORT)
run: install
	$(BIN)/parallax serve --port $(PORT)

## browser: Debian's Chromium and Noto CJK fonts for the browser tests (Playwright cannot download browsers here)
browser:
	scripts/install-browser.sh

## test: lint and the whole suite (text core, store, web, PostgreSQL, browser)
test: install-test browser
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

## smoke: the run path on a throwaway database: migrate + seed + serve + GET /
smoke: install
	scripts/smoke.sh

## bench: segmentation and alignment speed (benchmarks, not tests)
bench: install
	$(BIN)/python benchmarks/bench_segment.py
	$(BIN)/python benchmarks/bench_align.py

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .ruff_cache
