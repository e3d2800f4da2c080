# Start here: `make help`. Day to day: `make run`, `make check` (fast) and `make test` (all).
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# Tests that need no search engine, no browser and no PostgreSQL (SQLite).
FAST_TESTS := -m "not engine and not browser and not postgres and not fuzz and not slow"

.DEFAULT_GOAL := help
.PHONY: help install run demo migrate check lint test format lock engine clean

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) \
		| awk -F':.*## ' '{ printf "  make %-18s %s\n", $$1, $$2 }'

$(STAMP): pyproject.toml requirements.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

install: $(STAMP) ## Create the virtualenv from the hash-pinned requirements.lock

migrate: $(STAMP) ## Apply migrations to the local database (var/)
	@mkdir -p var
	$(PY) manage.py migrate --noinput -v 0
	$(PY) manage.py createcachetable

demo: migrate ## Load the demo content and the admin user
	@if [ -n "$$SEARCH_URL" ]; then $(PY) manage.py search_index ensure; fi
	$(PY) manage.py load_demo_content
	$(PY) manage.py ensure_admin

run: demo ## Serve the demo site on http://127.0.0.1:8000/ (HOST, PORT; admin: /admin/)
	@echo "Serving http://$(HOST):$(PORT)/  (admin: /admin/)"
	$(PY) manage.py run_worker & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; $(PY) manage.py runserver $(HOST):$(PORT)

lint: $(STAMP) ## ruff (lint and format), the import contracts, mypy and the migration check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check . >/dev/null || { $(VENV)/bin/ruff format --diff . | head -50; exit 1; }
	$(VENV)/bin/lint-imports --no-logo --cache-dir .cache/import-linter
	$(VENV)/bin/mypy
	DJANGO_SETTINGS_MODULE=kb.settings.test DATABASE_URL=sqlite://:memory: \
		$(PY) manage.py makemigrations --check --dry-run

check: lint ## lint, then the tests that need no engine, browser or PostgreSQL (about a minute)
	DJANGO_SETTINGS_MODULE=kb.settings.test $(PY) -m pytest $(FAST_TESTS) -q -p no:cacheprovider

test: lint ## lint, then the whole suite on PostgreSQL, OpenSearch, Elasticsearch and Chromium
	VENV=$(VENV) bash tests/support/run-tests.sh

format: $(STAMP) ## Fix what ruff can fix and format the code
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Keeps every current pin a bound allows; LOCK_ARGS="--upgrade-package wagtail" moves one.
lock: $(STAMP) ## Re-resolve requirements.lock (with hashes) after changing pyproject.toml
	CUSTOM_COMPILE_COMMAND="make lock" $(VENV)/bin/pip-compile --quiet --generate-hashes \
		--allow-unsafe --extra dev --extra bench --strip-extras --no-emit-find-links \
		--output-file requirements.lock $(LOCK_ARGS) pyproject.toml

# A real search node in the foreground on http://127.0.0.1:$(SEARCH_PORT) (Ctrl-C stops it).
# Then, in another shell: SEARCH_URL=http://127.0.0.1:$(SEARCH_PORT) make run
SEARCH_PORT ?= 9200
SEARCH_ENGINE ?= opensearch
engine: ## Run a search node in the foreground (SEARCH_ENGINE, SEARCH_PORT)
	bash tests/support/engine/engine.sh run $(SEARCH_ENGINE) $(SEARCH_PORT) var/engine-$(SEARCH_ENGINE)

clean: ## Remove var/ and the virtualenv
	rm -rf var $(VENV)

# --- Runtime (issue 12): production server, worker, search cluster test ---
.PHONY: serve worker test-cluster
# Production on this machine: migrate, collectstatic, the worker and gunicorn (kb/gunicorn.conf.py)
# against DATABASE_URL, SEARCH_URL, SECRET_KEY, ALLOWED_HOSTS, REDIS_URL… (docs/deploy.md).
serve: $(STAMP)
	PY=$(PY) bash kb/ops/serve.sh

# Only the background worker (e.g. on a separate machine); several may run at once.
worker: $(STAMP)
	$(PY) manage.py run_worker

# A 3-node OpenSearch cluster: searches and edits continue while one node is killed.
test-cluster: $(STAMP)
	bash tests/support/run-cluster-test.sh

# --- Benchmarks (bench/README.md): never part of `make test`; results in bench/results/ ---
.PHONY: bench bench-full
# matplotlib, locust and wagtail-grapple come from requirements.lock (locked with --extra bench).
bench: $(STAMP) ## Quick benchmark: 1k pages side by side with the peers, 60 s of load
	PY=$(PY) bash bench/run.sh

bench-full: $(STAMP) ## Whole benchmark: 1k and 10k pages (BENCH_SIZES adds 100k), 5 min load
	PY=$(PY) bash bench/run.sh --full
