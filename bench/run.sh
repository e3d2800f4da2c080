#!/usr/bin/env bash
# `make bench`: a throw-away SQLite database with the demo content, one real OpenSearch node,
# our indices and Wagtail's stock indices on it (Elasticsearch 7.10.2: modelsearch's
# OpenSearch backend calls opensearch-py 3 with positional arguments it no longer takes), then the comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/kb-bench.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
trap 'bash tests/support/engine/engine.sh stop "$work/node" >/dev/null 2>&1; rm -rf "$work"' EXIT
bash tests/support/engine/engine.sh start elasticsearch "$port" "$work/node" >/dev/null
export SEARCH_URL="http://127.0.0.1:$port" BENCH_DB="$work/bench.sqlite3"
export DJANGO_SETTINGS_MODULE=bench.settings SEARCH_ENGINE=elasticsearch SEARCH_INDEX_PREFIX=bench SEARCH_DRAIN_ON_COMMIT=0
PY=${PY:-.venv/bin/python}
$PY manage.py migrate -v0
$PY manage.py load_demo_content >/dev/null
$PY manage.py search_index rebuild >/dev/null
$PY manage.py update_index --backend stock >/dev/null
$PY bench/search_quality.py
