#!/usr/bin/env bash
# `make test-cluster`: three OpenSearch nodes (one JVM each, 512 MB heap) form a cluster;
# tests/cluster/ indexes with one replica, kills a node while searches and edits continue,
# and brings it back. Also starts PostgreSQL. About 3 minutes on 2 cores.
#   CLUSTER_HTTP_PORTS / CLUSTER_TRANSPORT_PORTS: three ports each (default: free ports)
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
ENGINE=tests/support/engine/engine.sh
export DJANGO_SETTINGS_MODULE=kb.settings.test

bash tests/support/system-packages.sh
bash "$ENGINE" fetch opensearch >/dev/null

workdir=$(mktemp -d /tmp/kb-cluster.XXXXXX)
chmod 755 "$workdir"
cleanup() {
  for n in 1 2 3; do bash "$ENGINE" stop "$workdir/node$n" >/dev/null 2>&1 || true; done
  bash tests/support/postgres.sh stop "$workdir/pg" || true
  rm -rf "$workdir"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}
read -r -a http <<<"${CLUSTER_HTTP_PORTS:-$(free_port) $(free_port) $(free_port)}"
read -r -a transport <<<"${CLUSTER_TRANSPORT_PORTS:-$(free_port) $(free_port) $(free_port)}"
seeds="127.0.0.1:${transport[0]},127.0.0.1:${transport[1]},127.0.0.1:${transport[2]}"

node_settings() { # $1 = 0..2
  echo "cluster.name=kb-cluster-test node.name=node$(($1 + 1)) discovery.type=zen" \
    "transport.port=${transport[$1]} discovery.seed_hosts=$seeds" \
    "cluster.initial_cluster_manager_nodes=node1,node2,node3"
}
start_node() { # $1 = 0..2
  ENGINE_SETTINGS="$(node_settings "$1")" ENGINE_JAVA_OPTS="-Xms512m -Xmx512m" ENGINE_START_TIMEOUT=300 \
    bash "$ENGINE" start opensearch "${http[$1]}" "$workdir/node$(($1 + 1))" >/dev/null
}
export -f node_settings start_node

echo "== 3-node OpenSearch cluster on ports ${http[*]} (transport ${transport[*]})"
pids=()
for i in 0 1 2; do start_node "$i" & pids+=($!); done

echo "== PostgreSQL"
DATABASE_URL=$(bash tests/support/postgres.sh start "$workdir/pg")
export DATABASE_URL
for pid in "${pids[@]}"; do wait "$pid" || { echo "a cluster node failed to start" >&2; exit 1; }; done
curl -s "http://127.0.0.1:${http[0]}/_cluster/health?wait_for_nodes=3&timeout=120s"; echo

export CLUSTER_TEST_URLS="http://127.0.0.1:${http[0]},http://127.0.0.1:${http[1]},http://127.0.0.1:${http[2]}"
export CLUSTER_TEST_DATADIRS="$workdir/node1,$workdir/node2,$workdir/node3"
export CLUSTER_TEST_SETTINGS_1="$(node_settings 0)" CLUSTER_TEST_SETTINGS_2="$(node_settings 1)" CLUSTER_TEST_SETTINGS_3="$(node_settings 2)"
$PY -m pytest tests/cluster -p no:cacheprovider "$@"
