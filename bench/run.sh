#!/usr/bin/env bash
# `make bench` (quick: 1k pages, 60 s of load) and `make bench-full` (1k, 10k and, with
# BENCH_SIZES, 100k; 5 minutes of load and the faults run at 10k pages, BENCH_LOAD_PAGES).
# The database is PostgreSQL (tests/support/postgres.sh, DATABASE_URL). The side-by-side
# measurements run on one Elasticsearch 7.10.2 node holding our indices and Wagtail's stock
# indices (modelsearch's OpenSearch backend calls opensearch-py 3 with positional arguments it
# no longer takes); the load test and the faults run on one OpenSearch 2.19.1 node with our
# indices rebuilt there, gunicorn (kb/gunicorn.conf.py) and the worker (`manage.py run_worker`).
# Generated databases are cached in bench/.cache/ (pg_dump); results go to bench/results/.
#
#   bench/run.sh [--full]       BENCH_SIZES="1000 10000 100000"  BENCH_LOAD_SECONDS=300 (0: none)
#                               BENCH_FAULTS=1 (default with --full): bench/faults.py after the load
# Each size overwrites its own bench/results/size-N.json; report.py tabulates every size there.
#   SEARCH_URL=http://127.0.0.1:9361 bench/run.sh   reuse a running Elasticsearch 7.10.2 node
#   BENCH_QUALITY=0             skip the relevance per category on the demo content (first step,
#                               same node: our index and the stock index of the demo pages;
#                               bench/search_quality.py into bench/results/quality.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
ENGINE=tests/support/engine/engine.sh
full=0
[ "${1:-}" = "--full" ] && full=1
if [ $full = 1 ]; then
    sizes=${BENCH_SIZES:-"1000 10000"}
    load_seconds=${BENCH_LOAD_SECONDS:-300}
    faults=${BENCH_FAULTS:-1}
    load_pages=${BENCH_LOAD_PAGES:-10000}  # the issue's load size, also when 100k is measured
else
    sizes=${BENCH_SIZES:-1000}
    load_seconds=${BENCH_LOAD_SECONDS:-60}
    faults=${BENCH_FAULTS:-0}
    load_pages=${BENCH_LOAD_PAGES:-}
fi
work=$(mktemp -d /tmp/kb-bench.XXXXXX)
chmod 755 "$work"
free_port() { $PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
cleanup() {
    bash $ENGINE stop "$work/es" >/dev/null 2>&1 || true
    bash $ENGINE stop "$work/os" >/dev/null 2>&1 || true
    bash tests/support/postgres.sh stop "$work/pg" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
if [ -z "${SEARCH_URL:-}" ]; then
    port=$(free_port)
    bash $ENGINE start elasticsearch "$port" "$work/es" >/dev/null
    export SEARCH_URL="http://127.0.0.1:$port"
fi
DATABASE_URL=$(bash tests/support/postgres.sh start "$work/pg")
export DATABASE_URL
export DJANGO_SETTINGS_MODULE=bench.settings SEARCH_ENGINE=elasticsearch
export SEARCH_INDEX_PREFIX=${SEARCH_INDEX_PREFIX:-bench} SEARCH_DRAIN_ON_COMMIT=0
mkdir -p bench/results
if [ "${BENCH_QUALITY:-1}" = 1 ]; then
    echo "== demo content: relevance per category, ours vs stock vs database"
    (
        export SEARCH_INDEX_PREFIX=bench-quality SEARCH_DATABASE_TIMEOUT=60
        $PY manage.py migrate --noinput -v 0
        $PY manage.py createcachetable
        $PY manage.py load_demo_content >/dev/null
        $PY manage.py search_index rebuild >/dev/null
        $PY manage.py update_index --backend stock -v 0
        BENCH_REPEATS=${BENCH_REPEATS:-1} $PY bench/search_quality.py > bench/results/quality.txt
    )
    sed -n '1,/median latency/p' bench/results/quality.txt
fi
for size in $sizes; do
    echo "== $size pages: corpus"
    $PY bench/corpus.py --pages "$size" | tee "$work/corpus-$size.json" | tail -12
    # the generator prints progress lines before its JSON summary
    sed -n '/^{/,$p' "$work/corpus-$size.json" > "$work/corpus-$size.summary.json"
    echo "== $size pages: measurements"
    # with wagtail-grapple beside API v2 as the page-delivery peers
    DJANGO_SETTINGS_MODULE=bench.grapple_settings $PY bench/measure.py --pages "$size" --corpus "$work/corpus-$size.summary.json"
    last=$size
done
load_pages=${load_pages:-$last}
bash $ENGINE stop "$work/es" >/dev/null 2>&1 || true  # the load runs on OpenSearch alone
if [ "$load_seconds" -gt 0 ] || [ "$faults" = 1 ]; then
    os_port=$(free_port)
    bash $ENGINE start opensearch "$os_port" "$work/os" >/dev/null
    export SEARCH_URL="http://127.0.0.1:$os_port" SEARCH_ENGINE=opensearch
    export BENCH_ENGINE=opensearch BENCH_ENGINE_DIR="$work/os" BENCH_PG_DIR="$work/pg"
    echo "== $load_pages pages on OpenSearch: corpus and index"
    $PY bench/corpus.py --pages "$load_pages" >/dev/null
    $PY manage.py search_index rebuild
fi
if [ "$load_seconds" -gt 0 ]; then
    echo "== load: ${load_seconds}s at $load_pages pages (PostgreSQL, OpenSearch)"
    $PY bench/load.py --pages "$load_pages" --seconds "$load_seconds"
fi
if [ "$faults" = 1 ]; then
    echo "== faults under load at $load_pages pages: engine killed, engine frozen, PostgreSQL restarted"
    $PY bench/faults.py --pages "$load_pages" > "$work/faults.out" || { tail -40 "$work/faults.out"; exit 1; }
fi
$PY bench/report.py
