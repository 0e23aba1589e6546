# egecms — the two commands that matter: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed
TEST_WORKERS ?= 2

.PHONY: run install migrate demo serve serve-prod worker test lint check messages bench clean browser validator icaljs lighthouse

run: install migrate demo ## fresh clone -> installed, migrated, demo loaded, serving
	@echo ""
	@echo "egecms is starting on http://$(HOST):$(PORT)/ (public site: /en/ /es/ /pt/ /fr/, admin: /admin/)"
	@echo "Log in with one of the demo logins printed above. Stop with Ctrl+C."
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	@touch $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --no-input

demo: install
	$(BIN)/python manage.py load_demo

serve: install
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# Production settings: hashed and compressed static files, then gunicorn (gunicorn.conf.py).
# Needs SECRET_KEY and ALLOWED_HOSTS at least; see README, "Production".
serve-prod: export DJANGO_SETTINGS_MODULE = egecms.settings.production
serve-prod: install ## collectstatic + gunicorn with the production settings
	$(BIN)/python manage.py collectstatic --no-input --verbosity 0
	$(BIN)/gunicorn

# Run the site with the same TASKS_BACKEND=rq (and TASKS_REDIS_URL) so that it queues there.
worker: install ## the background worker: RQ on Redis (TASKS_REDIS_URL), retries on schedule
	TASKS_BACKEND=rq $(BIN)/python manage.py rqworker default --with-scheduler \
		--job-class django_tasks_rq.Job

test: install lint browser validator icaljs lighthouse ## the whole suite (SQLite, or DATABASE_URL)
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile --durations=15

browser: ## Debian's Chromium for the accessibility test (which says why it skips without it)
	@command -v chromium >/dev/null 2>&1 || (command -v apt-get >/dev/null 2>&1 && \
		(apt-get install -y -q chromium >/dev/null 2>&1 || \
		(apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null 2>&1))) || \
		echo "Chromium could not be installed here: the accessibility test will be skipped."

VNU_VERSION := 26.9.27
validator: ## the W3C's Nu HTML Checker for the validity test (which says why it skips without it)
	@test -f var/node/node_modules/vnu-jar/build/dist/vnu.jar || \
		(command -v java >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 && \
		npm install --silent --no-save --no-audit --no-fund --prefix var/node vnu-jar@$(VNU_VERSION) >/dev/null 2>&1) || \
		echo "The Nu HTML Checker could not be installed here: the HTML validity test will be skipped."

ICALJS_VERSION := 2.2.1
# In a prefix of its own: npm removes from a prefix what an install there did not name.
icaljs: ## ical.js, the calendar client tests/events/test_ical_clients.py reads our feeds with
	@test -f var/node/ical/node_modules/ical.js/dist/ical.js || \
		(command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 && \
		npm install --silent --no-save --no-audit --no-fund --prefix var/node/ical ical.js@$(ICALJS_VERSION) >/dev/null 2>&1) || \
		echo "ical.js could not be installed here: its half of the iCal clients test will be skipped."

LIGHTHOUSE_VERSION := 13.5.0
# In a prefix of its own too; it drives Debian's Chromium (make browser), never a download.
lighthouse: ## Lighthouse, the auditor tests/a11y/test_lighthouse.py scores our pages with
	@test -f var/node/lighthouse/node_modules/lighthouse/package.json || \
		(command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 && \
		npm install --silent --no-save --no-audit --no-fund --prefix var/node/lighthouse lighthouse@$(LIGHTHOUSE_VERSION) >/dev/null 2>&1) || \
		echo "Lighthouse could not be installed here: the Lighthouse test will be skipped."

TEMPLATES := $(shell find . -path ./.venv -prune -o -path ./var -prune -o -type d -name templates -print)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check $(TEMPLATES)
	DATABASE_URL=sqlite://:memory: DJANGO_SETTINGS_MODULE=egecms.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

messages: install ## refresh locale/ catalogues (needs GNU gettext) and compile them
	$(BIN)/python manage.py makemessages -l es -l pt -l fr --no-obsolete --ignore=.venv --ignore=var --ignore=tests
	$(BIN)/python manage.py compilemessages --ignore=.venv

bench: install ## public pages on the demo and with 10,000 more contributions, in-process and under load
	@command -v wrk >/dev/null 2>&1 || (command -v apt-get >/dev/null 2>&1 && \
		apt-get install -y -q wrk >/dev/null 2>&1) || \
		echo "wrk could not be installed here: the bench prints in-process figures only."
	$(BIN)/python -m bench.run $(BENCH_ARGS)

clean:
	rm -rf $(VENV) db.sqlite3 var
