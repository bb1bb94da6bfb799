# Two commands for a fresh machine with Python 3.11: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed

.PHONY: run test lint format check migrate demo eval bench bench-extract bench-ingest clean-var messages makemessages audit

$(STAMP): requirements.txt requirements-dev.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found; set PYTHON=/path/to/python3.11"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements-dev.txt
	touch $(STAMP)

.env:
	cp .env.example .env

# Compiled translations are build outputs: made from the committed .po files at set-up.
MO_FILES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/django.po))
%.mo: %.po $(STAMP)
	$(VENV)/bin/pybabel compile --use-fuzzy -i $< -o $@ -l $(word 2,$(subst /, ,$<)) >/dev/null

messages: $(MO_FILES)

# Browser tests drive Debian's chromium (Playwright's own browser download is not used).
/usr/bin/chromium:
	@if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	else echo "Browser tests need Debian's chromium: sudo apt-get install chromium"; exit 1; fi

## run: set up and run web server, Celery worker and beat on http://127.0.0.1:8000 (Ctrl-C stops all)
run: $(STAMP) .env messages
	$(PY) scripts/run_dev.py

## test: set up and run the whole test suite
test: $(STAMP) .env messages /usr/bin/chromium
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

check: $(STAMP) .env
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

migrate: $(STAMP) .env
	$(PY) manage.py migrate

## makemessages: refresh the .po catalogues after changing visible strings
makemessages: $(STAMP) .env
	$(PY) manage.py makemessages -l en -l id --no-location --ignore=.venv --ignore=var --ignore=tests --ignore=scripts

## demo: 100,000 synthetic agreements (make demo N=5000 for fewer)
N ?= 100000
demo: $(STAMP) .env
	$(PY) manage.py generate_demo_data --agreements $(N) --seed 1

## eval: extractor figures on ../shared/eval-dev (skipped when absent); EVAL_ARGS="--set DIR --errors-only F"
eval: $(STAMP) .env
	$(PY) scripts/eval_extractor.py $(EVAL_ARGS)

## bench: pages warm and cold (x a trivial view), queries, slowest plans, sequential scans and
## wrk throughput at 1k, 100k and 1M agreements, each in a database of its own on DATABASE_URL's
## server (coop_bench_1k, coop_bench_100k, coop_bench_1m: generated once and kept);
## one scale: make bench BENCH_ARGS="--scale 1m"; one database: BENCH_ARGS="--agreements N"
BENCH_ARGS ?= --scale all
bench: $(STAMP) .env messages /usr/bin/wrk
	$(PY) scripts/bench_pages.py $(BENCH_ARGS)

# The bench's load generator, from Debian.
/usr/bin/wrk:
	@if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; \
	else echo "make bench needs wrk: sudo apt-get install wrk"; exit 1; fi

bench-extract: $(STAMP) .env
	$(PY) scripts/bench_extractor.py

## audit: known vulnerabilities in the pinned requirements (needs network) and security lint
audit: $(STAMP)
	$(VENV)/bin/pip-audit --strict --requirement requirements.txt --requirement requirements-dev.txt
	$(VENV)/bin/ruff check --select S .

## bench-ingest: articles/s through the ingestion pipeline vs trafilatura, worker memory
bench-ingest: $(STAMP) .env
	$(PY) scripts/bench_ingest.py

## clean-var: delete the embedded databases and uploads under var/
clean-var:
	rm -rf var
