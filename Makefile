# Two commands on a fresh machine: `make run` and `make test`.
VENV  ?= .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell sha1sum requirements.txt | cut -c1-12)
DB    ?= data/crm.duckdb
PORT  ?= 8501

.PHONY: setup run test bench demo clean-db

setup: $(STAMP)

$(STAMP): requirements.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# the local CPU build first, so no dependency can pull the CUDA one
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -r requirements.txt
	rm -f $(VENV)/.installed-*
	touch $@

$(DB): | $(STAMP)
	$(PY) -m core --db $(DB) init --demo

demo: $(DB)

run: setup $(DB)
	CRM_DB=$(DB) $(PY) -m streamlit run streamlit_app.py --server.port $(PORT) --server.headless true \
		--browser.gatherUsageStats false

test: setup
	$(PY) -m pytest -q

bench: setup
	$(PY) bench/plan_latency.py

clean-db:
	rm -f $(DB) $(DB).wal
