#!/usr/bin/env bash
# Regenerate the single initial migration from the SQLModel tables (pre-release only:
# once a release ships, add new revisions instead of regenerating).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
rm -f alembic/versions/0001_initial.py
DATABASE_URL= DATA_DIR="$tmp" .venv/bin/alembic revision --autogenerate --rev-id 0001 -m "initial schema" >/dev/null
mv alembic/versions/0001_initial_schema.py alembic/versions/0001_initial.py
rm -rf "$tmp"
echo "alembic/versions/0001_initial.py regenerated"
