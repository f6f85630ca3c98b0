# Everything a fresh clone needs: `make demo` and `make test` set up .venv themselves.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# The JATS DTDs live beside the checkout (../shared/jats); casepub never copies them.
export CASEPUB_JATS_SCHEMA ?= $(abspath ../shared/jats)

.PHONY: setup demo test bench model clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml scripts/system-deps.sh
	bash scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

demo: setup
	$(VENV)/bin/casepub build cases/*/

test: setup
	bash scripts/system-deps.sh --browser
	$(PY) -m pytest -q

bench: setup
	$(PY) -m pip install --quiet -e '.[test,bench]'
	-$(PY) benchmarks/privacy.py
	$(PY) benchmarks/build.py
	$(PY) benchmarks/batch.py

# The privacy scan's model, trained again on the tuning sets after one of them changes (about three minutes).
model: setup
	$(PY) scripts/train_privacy_model.py

clean:
	rm -rf build dist .pytest_cache
