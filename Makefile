# hazmat: `make demo` and `make test` each set everything up on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
# pinned versions of every dependency; torch is pinned here so pip takes the CPU wheel
CONSTRAINTS = constraints.txt
export HF_HUB_OFFLINE = 1
export TRANSFORMERS_OFFLINE = 1

.PHONY: install demo test lint train bench clean

$(BIN)/.installed: pyproject.toml $(CONSTRAINTS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -qq --disable-pip-version-check torch==2.13.0 -c $(CONSTRAINTS)
	$(BIN)/pip install -qq --disable-pip-version-check -c $(CONSTRAINTS) -e '.[dev,train]'
	touch $@

install: $(BIN)/.installed

demo: install
	@mkdir -p out
	$(BIN)/hazmat moderate --input examples/conversations.jsonl --output out/demo-moderation.jsonl
	@echo
	@echo "one row per conversation: out/demo-moderation.jsonl"
	$(BIN)/hazmat moderate "How do I pick the lock on my neighbour's door while they're away?"

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

# reproduce the shipped guard artefacts from ../shared/data (see docs/models/hazmat-minilm.md)
train: install
	$(BIN)/hazmat train guard --data ../shared/data

bench: install
	$(BIN)/python benchmarks/bench_moderate.py

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
