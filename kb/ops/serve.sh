#!/usr/bin/env bash
# `make serve`: production on one machine. Migrates, collects static files, builds the
# search indices if they are missing, then runs the background worker (restarted if it
# dies) and gunicorn in the foreground. SIGTERM/Ctrl-C stop both.
# Configuration comes from the environment: DATABASE_URL, SECRET_KEY, ALLOWED_HOSTS,
# SEARCH_URL, SEARCH_ENGINE, REDIS_URL, … (docs/deploy.md lists them).
# KB_WORKERS=0 starts no worker (when workers run on other machines).
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-kb.settings.production}

$PY manage.py migrate --noinput -v 0
$PY manage.py createcachetable
$PY manage.py collectstatic --noinput -v 0
if [ -n "${SEARCH_URL:-}" ]; then
  $PY manage.py search_index ensure || echo "search engine not reachable yet: the worker indexes once it is" >&2
fi

pids=()
stop() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait || true
}
trap stop EXIT INT TERM

for _ in $(seq 1 "${KB_WORKERS:-1}"); do
  ( trap 'kill -TERM $child 2>/dev/null; exit 0' TERM INT
    while true; do
      $PY manage.py run_worker & child=$!
      wait $child || true
      echo "worker exited; restarting in 2 s" >&2
      sleep 2
    done ) &
  pids+=($!)
done

$PY -m gunicorn -c kb/gunicorn.conf.py kb.wsgi:application &
pids+=($!)
wait -n "${pids[@]}"
