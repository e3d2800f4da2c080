#!/usr/bin/env bash
# `make bench` (quick: 1k pages, 60 s of load) and `make bench-full` (1k, 10k and, with
# BENCH_SIZES, 100k; 5 minutes of load at the largest size). One Elasticsearch 7.10.2 node
# holds our indices and Wagtail's stock indices (modelsearch's OpenSearch backend calls
# opensearch-py 3 with positional arguments it no longer takes). Generated databases are
# cached in bench/.cache/; results go to bench/results/ (JSON, README.md, chart.png).
#
#   bench/run.sh [--full]       BENCH_SIZES="1000 10000 100000"  BENCH_LOAD_SECONDS=300 (0: none)
# Each size overwrites its own bench/results/size-N.json; report.py tabulates every size there.
#   SEARCH_URL=http://127.0.0.1:9361 bench/run.sh   reuse a running node instead of starting one
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
full=0
[ "${1:-}" = "--full" ] && full=1
if [ $full = 1 ]; then
    sizes=${BENCH_SIZES:-"1000 10000"}
    load_seconds=${BENCH_LOAD_SECONDS:-300}
else
    sizes=${BENCH_SIZES:-1000}
    load_seconds=${BENCH_LOAD_SECONDS:-60}
fi
work=$(mktemp -d /tmp/kb-bench.XXXXXX)
if [ -z "${SEARCH_URL:-}" ]; then
    port=$($PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    trap 'bash tests/support/engine/engine.sh stop "$work/node" >/dev/null 2>&1; rm -rf "$work"' EXIT
    bash tests/support/engine/engine.sh start elasticsearch "$port" "$work/node" >/dev/null
    export SEARCH_URL="http://127.0.0.1:$port"
else
    trap 'rm -rf "$work"' EXIT
fi
unset DATABASE_URL  # the benchmark runs on its own SQLite files (BENCH_DB)
export DJANGO_SETTINGS_MODULE=bench.settings SEARCH_ENGINE=elasticsearch
export SEARCH_INDEX_PREFIX=${SEARCH_INDEX_PREFIX:-bench} SEARCH_DRAIN_ON_COMMIT=0
mkdir -p bench/results
for size in $sizes; do
    export BENCH_DB="$work/corpus-$size.sqlite3"
    echo "== $size pages: corpus"
    $PY bench/corpus.py --pages "$size" | tee "$work/corpus-$size.json" | tail -12
    # the generator prints progress lines before its JSON summary
    sed -n '/^{/,$p' "$work/corpus-$size.json" > "$work/corpus-$size.summary.json"
    echo "== $size pages: measurements"
    $PY bench/measure.py --pages "$size" --corpus "$work/corpus-$size.summary.json"
    last=$size
done
if [ "$load_seconds" -gt 0 ]; then
    echo "== load: ${load_seconds}s at $last pages"
    BENCH_DB="$work/corpus-$last.sqlite3" $PY bench/load.py --pages "$last" --seconds "$load_seconds"
fi
$PY bench/report.py
