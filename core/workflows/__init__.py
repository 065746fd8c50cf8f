"""Workflows: automation as data that survives restarts.

    model.py      Workflow / Trigger / StepSpec, parsed from YAML or JSON with errors that say where
    registry.py   definitions in DuckDB, import/export, the built-in templates (templates/*.yaml)
    engine.py     runs and durable timers (workflow_timers): start, advance, wait, fire, pause, resume, end
    events.py     events read once through cursors: crm_actions, messages, review_events, schedules
    steps.py      what each step kind does (the EXECUTORS registry), branch conditions, message text
    ab.py         A/B tests: beta-binomial posteriors, Thompson sampling, the stopping rule
    webhooks.py   outgoing webhooks: HMAC-signed, event ids, retries with backoff, a delivery log
    worker.py     the loop the server runs (core/web.py's lifespan)
"""
