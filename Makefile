# Two commands for a fresh machine with Python 3.11: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed

.PHONY: run test lint format check migrate demo eval bench-extract clean-var

$(STAMP): requirements.txt requirements-dev.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found; set PYTHON=/path/to/python3.11"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements-dev.txt
	touch $(STAMP)

.env:
	cp .env.example .env

## run: set up and run web server, Celery worker and beat on http://127.0.0.1:8000 (Ctrl-C stops all)
run: $(STAMP) .env
	$(PY) scripts/run_dev.py

## test: set up and run the whole test suite
test: $(STAMP) .env
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

## demo: 100,000 synthetic agreements (make demo N=5000 for fewer)
N ?= 100000
demo: $(STAMP) .env
	$(PY) manage.py generate_demo_data --agreements $(N) --seed 1

## eval: extractor figures on ../shared/eval-dev (skipped when absent)
eval: $(STAMP) .env
	$(PY) scripts/eval_extractor.py

bench-extract: $(STAMP) .env
	$(PY) scripts/bench_extractor.py

## clean-var: delete the embedded databases and uploads under var/
clean-var:
	rm -rf var
