# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= detente.duckdb

.PHONY: demo test lint typecheck pytest clean lock bench serve

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"

# Installs pinned by hash: the lock files are the reproducible install.
$(VENV)/.runtime: requirements.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.dev: requirements-dev.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@ $(VENV)/.runtime

demo: $(VENV)/.runtime
	$(BIN)/detente ingest examples/*.txt --db $(DB)
	$(BIN)/detente events --db $(DB)

# The dashboard and the API on the demo store (built by `make demo` when missing).
$(DB): | $(VENV)/.runtime
	$(BIN)/detente ingest examples/*.txt --db $(DB)

serve: $(VENV)/.runtime | $(DB)
	$(BIN)/detente serve --db $(DB)

lint: $(VENV)/.dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(VENV)/.dev
	$(BIN)/mypy

pytest: $(VENV)/.dev
	$(BIN)/pytest

test: lint typecheck pytest

bench: $(VENV)/.runtime
	$(BIN)/python benchmarks/bench_speed.py 200 --workers 1 2

# Maintainers only: re-resolve the pins (needs pip-tools and the network).
lock:
	pip-compile --generate-hashes --allow-unsafe --no-emit-index-url --no-emit-find-links \
		--strip-extras -o requirements.lock pyproject.toml
	pip-compile --generate-hashes --allow-unsafe --no-emit-index-url --no-emit-find-links \
		--strip-extras --extra dev -o requirements-dev.lock pyproject.toml

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache
