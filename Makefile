# Two commands matter: `make run` (demo site on http://127.0.0.1:8000) and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format lock install migrate demo clean engine bench

$(STAMP): pyproject.toml requirements.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=24"
	$(PY) -m pip install --quiet -c requirements.lock -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP)

migrate: $(STAMP)
	@mkdir -p var
	$(PY) manage.py migrate --noinput -v 0
	$(PY) manage.py createcachetable

demo: migrate
	@if [ -n "$$SEARCH_URL" ]; then $(PY) manage.py search_index ensure; fi
	$(PY) manage.py load_demo_content
	$(PY) manage.py ensure_admin

run: demo
	@echo "Serving http://$(HOST):$(PORT)/  (admin: /admin/)"
	$(PY) manage.py run_worker & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; $(PY) manage.py runserver $(HOST):$(PORT)

test: $(STAMP)
	bash tests/support/run-tests.sh

# A real search node in the foreground on http://127.0.0.1:$(SEARCH_PORT) (Ctrl-C stops it).
# Then, in another shell: SEARCH_URL=http://127.0.0.1:$(SEARCH_PORT) make run
SEARCH_PORT ?= 9200
SEARCH_ENGINE ?= opensearch
engine:
	bash search/engine/engine.sh run $(SEARCH_ENGINE) $(SEARCH_PORT) var/engine-$(SEARCH_ENGINE)

# Search relevance and latency against Wagtail's stock search on the same node.
bench: $(STAMP)
	bash bench/run.sh

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Re-resolve the pinned versions after changing dependency bounds in pyproject.toml.
lock: $(STAMP)
	$(PY) -m pip freeze --exclude-editable | grep -v '^-e ' > requirements.lock

clean:
	rm -rf var $(VENV)

# --- Runtime (issue 12): production server, worker, search cluster test ---
.PHONY: serve worker test-cluster
# Production on this machine: migrate, collectstatic, the worker and gunicorn (kb/gunicorn.conf.py)
# against DATABASE_URL, SEARCH_URL, SECRET_KEY, ALLOWED_HOSTS, REDIS_URL… (docs/deploy.md).
serve: $(STAMP)
	PY=$(PY) bash deploy/serve.sh

# Only the background worker (e.g. on a separate machine); several may run at once.
worker: $(STAMP)
	$(PY) manage.py run_worker

# A 3-node OpenSearch cluster: searches and edits continue while one node is killed.
test-cluster: $(STAMP)
	bash tests/support/run-cluster-test.sh
