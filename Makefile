# Career Copilot — two set-up commands: `make run` (the app, embedded default) and
# `make test` (the whole suite). Both bootstrap everything they need.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
BUN_DIR := $(CURDIR)/.tools/bun
BUN_VERSION := 1.4.5
PORT ?= 3000

export PATH := $(BUN_DIR)/bin:$(PATH)
export REFLEX_TELEMETRY_ENABLED := false
export REFLEX_CHECK_LATEST_VERSION := false
export NPM_CONFIG_REGISTRY ?= $(shell npm config get registry 2>/dev/null || echo https://registry.npmjs.org/)
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.PHONY: run test deps bun chromium migrate seed worker lint clean

deps: $(VENV)/.installed

$(VENV)/.installed: requirements.txt
	@command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) is required"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	# torch FIRST: the CPU build (a range that admits a newer torch pulls a multi-GB CUDA build)
	$(VENV)/bin/pip install --quiet torch==2.13.0
	$(VENV)/bin/pip install --quiet -r requirements.txt
	touch $@

bun: $(BUN_DIR)/bin/bun

$(BUN_DIR)/bin/bun:
	npm install --global --prefix $(BUN_DIR) bun@$(BUN_VERSION)
	$(BUN_DIR)/bin/bun --version

chromium:
	@command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium; }
	@test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf || { apt-get update -qq && apt-get install -y -qq fonts-dejavu-core; }

migrate: deps
	$(PY) -m careercopilot migrate

seed: migrate
	$(PY) -m careercopilot seed

## The app on the embedded default (SQLite, local files, in-process jobs) with real sample data.
run: deps bun seed
	$(PY) -m careercopilot run --port $(PORT)

worker: deps
	$(PY) -m careercopilot worker

## The whole test suite: unit, integration (PostgreSQL, Redis, rq worker, S3, SMTP) and e2e (chromium).
test:
	bash scripts/test.sh

clean:
	rm -rf .web .states test-results
