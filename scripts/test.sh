#!/usr/bin/env bash
# Runs the whole suite in phases and prints each phase's time. Called by `make test`.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
mkdir -p test-results
status=0
phase() {
  local name=$1; shift
  local t0=$SECONDS
  echo "=== phase: $name"
  "$@"; local rc=$?
  echo "=== phase: $name finished in $((SECONDS - t0)) s (exit $rc)"
  [ $rc -eq 0 ] || status=1
}
# Install what is missing (venv + pinned requirements, bun, Debian chromium): a no-op when present.
phase install make -s deps bun chromium prometheus nginx axe web-ext
[ $status -eq 0 ] || { echo "install failed"; exit 1; }
# Services this machine may not run yet (PostgreSQL/Redis are started before CI on this kind).
phase services bash scripts/ensure_services.sh
phase unit $PY -m pytest tests/unit -q -n 2 --junitxml=test-results/unit.xml
phase integration $PY -m pytest tests/integration -q -n 2 --junitxml=test-results/integration.xml
phase e2e $PY -m pytest tests/e2e -q --junitxml=test-results/e2e.xml
# The production topology on loopback (nginx, 2 app processes, 2 workers + cron, PostgreSQL primary +
# replica, AOF Redis, chroma, S3) started once; fault tests and the disaster drill (issue 15).
phase topology $PY -m pytest tests/topology -q --junitxml=test-results/topology.xml
$PY scripts/summarize_junit.py test-results/unit.xml test-results/integration.xml test-results/e2e.xml \
  test-results/topology.xml || status=1
exit $status
