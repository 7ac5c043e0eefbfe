# Two commands on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PATH := $(CURDIR)/$(BIN):$(PATH)
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home
STAMP := $(VENV)/.installed

.PHONY: install run test ui bench lint prepare clean heldout

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP) $(DAGSTER_HOME)/dagster.yaml

$(DAGSTER_HOME)/dagster.yaml: orchestration/dagster.yaml
	@mkdir -p $(DAGSTER_HOME)
	cp orchestration/dagster.yaml $(DAGSTER_HOME)/dagster.yaml

prepare: install
	$(BIN)/crimestats prepare

## install, parse dbt, materialise every asset headlessly, print a summary
run: prepare
	$(BIN)/crimestats refresh

## install and run the whole test suite
test: prepare
	$(BIN)/ruff check crimestats orchestration tests benchmarks scripts
	$(BIN)/python -m pytest -q -p no:cacheprovider tests

## the Dagster UI on http://127.0.0.1:3000
ui: prepare
	$(BIN)/dagster dev --host 127.0.0.1 --port $${PORT:-3000}

## score the extractor on the held-out set nobody tuned on (tests/heldout; no pass/fail bar)
heldout: install
	@test -f tests/heldout/gold.jsonl || { echo "no held-out set yet: see tests/heldout/README.md"; exit 1; }
	$(BIN)/crimestats evaluate --gold tests/heldout/gold.jsonl tests/heldout/docs/*.txt

bench: prepare
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,bench]'
	$(BIN)/python benchmarks/run.py

lint: install
	$(BIN)/ruff check crimestats orchestration tests benchmarks scripts
	$(BIN)/ruff format --check crimestats orchestration tests benchmarks scripts

clean:
	rm -rf warehouse/*.duckdb warehouse/.build warehouse/charts dbt_project/target
