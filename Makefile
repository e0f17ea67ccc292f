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

AXE_VERSION := 4.10.3
LIGHTHOUSE_VERSION := 12.2.3
AXE_JS := $(CURDIR)/.tools/axe/node_modules/axe-core/axe.min.js
LIGHTHOUSE_BIN := $(CURDIR)/.tools/lighthouse/node_modules/.bin/lighthouse
WEB_EXT_VERSION := 10.7.0
WEB_EXT_BIN := $(CURDIR)/.tools/web-ext/node_modules/.bin/web-ext

.PHONY: run test deps bun chromium prometheus nginx axe lighthouse web-ext clipper-lint migrate seed worker writer demo-embeddings lint clean

## The stamp holds the sha256 of requirements.txt: content, not mtime, decides (`reflex run`
## touches requirements.txt, which made every later `make run` re-run pip).
deps:
	@want=$$(sha256sum requirements.txt | cut -d' ' -f1); \
	if [ "$$(cat $(VENV)/.installed 2>/dev/null)" != "$$want" ]; then \
	  command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) is required"; exit 1; }; \
	  test -x $(PY) || $(PYTHON) -m venv $(VENV) || exit 1; \
	  $(VENV)/bin/pip install --quiet --upgrade pip && \
	  $(VENV)/bin/pip install --quiet torch==2.13.0 && \
	  $(VENV)/bin/pip install --quiet -r requirements.txt && \
	  echo "$$want" > $(VENV)/.installed; \
	fi

bun: $(BUN_DIR)/bin/bun

$(BUN_DIR)/bin/bun:
	npm install --global --prefix $(BUN_DIR) bun@$(BUN_VERSION)
	$(BUN_DIR)/bin/bun --version

## apt waits up to 10 min for the dpkg lock (another apt run on the machine made CI fail at once).
APT_GET := apt-get -o DPkg::Lock::Timeout=600

## axe-core (npm) for the e2e accessibility test (tests/e2e/test_a11y_routes.py injects it).
axe: $(AXE_JS)

$(AXE_JS):
	npm install --prefix $(CURDIR)/.tools/axe --no-audit --no-fund --save-exact axe-core@$(AXE_VERSION)

## Lighthouse 12 (13 needs Node 22) for benchmarks/lighthouse.py — outside `make test`.
lighthouse: $(LIGHTHOUSE_BIN)

$(LIGHTHOUSE_BIN):
	npm install --prefix $(CURDIR)/.tools/lighthouse --no-audit --no-fund --save-exact lighthouse@$(LIGHTHOUSE_VERSION)

## Mozilla's web-ext (npm, installed with bun) for the job clipper's Firefox lint (tests/integration/clipper/).
web-ext: $(WEB_EXT_BIN)

$(WEB_EXT_BIN): $(BUN_DIR)/bin/bun
	mkdir -p $(CURDIR)/.tools/web-ext
	cd $(CURDIR)/.tools/web-ext && $(BUN_DIR)/bin/bun add --exact web-ext@$(WEB_EXT_VERSION)

## Lint the browser extension (clipper/) as Firefox's add-on linter does: 0 errors expected.
clipper-lint: web-ext
	NO_UPDATE_NOTIFIER=1 $(WEB_EXT_BIN) lint --source-dir clipper --no-config-discovery

chromium:
	@command -v chromium >/dev/null || { $(APT_GET) update -qq && $(APT_GET) install -y -qq chromium; }
	@test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf || { $(APT_GET) update -qq && $(APT_GET) install -y -qq fonts-dejavu-core; }
	@test -f /usr/share/fonts/truetype/dejavu/DejaVuMathTeXGyre.ttf || { $(APT_GET) update -qq && $(APT_GET) install -y -qq fonts-dejavu-extra; }

## Prometheus + promtool (Debian) for the dashboard/alert-rule tests (tests/integration/observability).
## Installing starts no service here (policy-rc.d); the tests start their own on a free port.
prometheus:
	@command -v prometheus >/dev/null && command -v promtool >/dev/null || { $(APT_GET) update -qq && $(APT_GET) install -y -qq prometheus; }

## nginx (Debian) for the loopback production topology (scripts/topology.sh, tests/topology): only the
## binary is used; Debian's policy-rc.d / no init means the package's own service is not started.
nginx:
	@command -v nginx >/dev/null || test -x /usr/sbin/nginx || { $(APT_GET) update -qq && $(APT_GET) install -y -qq nginx; }

migrate: deps
	$(PY) -m careercopilot migrate

seed: migrate
	$(PY) -m careercopilot seed

## The app on the embedded default (SQLite, local files, in-process jobs) with real sample data.
run: deps bun seed
	$(PY) -m careercopilot run --port $(PORT)

worker: deps
	$(PY) -m careercopilot worker

## The writing copilot's generations (queue "writing"): a worker of their own (attack93 item 1).
writer: deps
	$(PY) -m careercopilot worker writing

## Rebuild the shipped demo-feed embedding pack (careercopilot/data/demo_embeddings.npz) after a
## change to normalization or chunking: seeds a scratch install, then packs its vectors.
demo-embeddings: deps
	@d=$$(mktemp -d) && export DATA_DIR=$$d DEMO_FEED=on JOBS_INLINE=true && unset DATABASE_URL REDIS_URL CHROMA_URL && \
	  $(PY) -m careercopilot migrate && $(PY) -m careercopilot seed && \
	  $(PY) -m careercopilot pack-embeddings && rm -rf $$d

## The whole test suite: unit, integration (PostgreSQL, Redis, rq worker, S3, SMTP) and e2e (chromium).
test:
	bash scripts/test.sh

clean:
	rm -rf .web .states test-results
