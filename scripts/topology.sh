#!/usr/bin/env bash
# The production topology on loopback (issue 15): nginx → 2 app processes → 2 rq workers + cron →
# PostgreSQL primary + streaming replica, redis (AOF), chroma, S3 (moto) — in one temp folder on
# free ports. Usage: scripts/topology.sh up [--apps N] [--workers N] | status | failover | down [--keep]
# (README "Production": "The topology on one machine"). Needs nginx (`make nginx`) and root or
# the postgres user for the temporary PostgreSQL clusters (runuser -u postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/bun/bin:$PATH" REFLEX_TELEMETRY_ENABLED=false REFLEX_CHECK_LATEST_VERSION=false
exec .venv/bin/python -m tests.support.topology "$@"
