# Two entry points: `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
OUT := out
STAMP := $(VENV)/.installed

.PHONY: demo test install bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -rf $(OUT)/store
	mkdir -p $(OUT)
	$(BIN)/kg build --store $(OUT)/store examples
	$(BIN)/kg query --store $(OUT)/store meetings
	$(BIN)/kg export --store $(OUT)/store -o $(OUT)/graph.ttl
	$(BIN)/kg viz --store $(OUT)/store -o $(OUT)/network.png
	@echo "Store: $(OUT)/store  Turtle: $(OUT)/graph.ttl  Network: $(OUT)/network.png"

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/extraction_bench.py
	$(BIN)/python -W ignore benchmarks/store_bench.py --docs 1000

clean:
	rm -rf $(VENV) $(OUT) build *.egg-info
