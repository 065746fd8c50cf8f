# Two commands on a fresh machine: `make run` and `make test`.
VENV  ?= .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell sha1sum requirements.txt | cut -c1-12)
DB    ?= data/crm.duckdb
PORT  ?= 8501
# loopback only unless you say otherwise (CRM_BIND=0.0.0.0 make run): see README, "Sign-in and trust"
CRM_BIND ?= 127.0.0.1
SERVE := $(PY) -m streamlit run streamlit_app.py --server.port $(PORT) --server.address $(CRM_BIND) \
	--server.headless true --browser.gatherUsageStats false

.PHONY: setup run demo db test bench clean-db

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

db: $(DB)

# the demo data with sign-in on (the demo users' passwords are printed by init --demo and listed in README)
run: setup $(DB)
	CRM_DB=$(DB) CRM_DEMO= $(SERVE)

# the demo data without sign-in: a user picker and a banner saying so; for your own machine only
demo: setup $(DB)
	CRM_DB=$(DB) CRM_DEMO=1 $(SERVE)

test: setup
	$(PY) -m pytest -q

bench: setup
	$(PY) bench/plan_latency.py

clean-db:
	rm -f $(DB) $(DB).wal
