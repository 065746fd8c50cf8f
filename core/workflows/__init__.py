"""Workflows: automation as data that survives restarts.

    model.py      Workflow / Trigger / StepSpec, parsed from YAML or JSON with errors that say where
    registry.py   definitions in DuckDB, import/export, the built-in templates (templates/*.yaml)
    engine.py     runs, durable timers (workflow_timers), events from crm_actions and messages
    steps.py      what each step kind does (the EXECUTORS registry), branch conditions, message text
    ab.py         A/B tests: beta-binomial posteriors, Thompson sampling, the stopping rule
    webhooks.py   outgoing webhooks: HMAC-signed, event ids, retries with backoff, a delivery log
    worker.py     the loop the server runs (core/web.py's lifespan)
"""
