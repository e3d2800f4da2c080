#!/usr/bin/env bash
# `make test`: lint, migration check, then the whole suite on a real PostgreSQL server.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=.venv/bin/python
export DJANGO_SETTINGS_MODULE=kb.settings.test

echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check . >/dev/null || { .venv/bin/ruff format --diff . | head -50; exit 1; }

workdir=$(mktemp -d /tmp/kb-test.XXXXXX)
cleanup() {
  bash tests/support/postgres.sh stop "$workdir/pg" || true
  rm -rf "$workdir"
}
trap cleanup EXIT

echo "== PostgreSQL"
DATABASE_URL=$(bash tests/support/postgres.sh start "$workdir/pg")
export DATABASE_URL
echo "DATABASE_URL=$DATABASE_URL ($(psql "$DATABASE_URL" -Atc 'select version()' | cut -d, -f1))"

echo "== migrations"
$PY manage.py makemigrations --check --dry-run

echo "== pytest"
$PY -m pytest "$@"
