"""Versioned migrations: append a (version, name, sql) entry; never edit an applied one."""
from __future__ import annotations

CRM_TABLES = ("users", "companies", "contacts", "deals", "activities", "tasks")

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "crm core", """
CREATE TABLE users (
    id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, email VARCHAR NOT NULL UNIQUE,
    role VARCHAR NOT NULL CHECK (role IN ('rep', 'reviewer', 'admin'))
);
CREATE TABLE companies (
    id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, domain VARCHAR, industry VARCHAR,
    owner_id INTEGER, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, deleted_at TIMESTAMP
);
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY, first_name VARCHAR NOT NULL, last_name VARCHAR, email VARCHAR, phone VARCHAR,
    title VARCHAR, company_id INTEGER, owner_id INTEGER, lifecycle_stage VARCHAR,
    created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, deleted_at TIMESTAMP
);
CREATE TABLE deals (
    id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, company_id INTEGER, contact_id INTEGER,
    stage VARCHAR NOT NULL, amount DOUBLE, currency VARCHAR, close_date DATE, product VARCHAR,
    owner_id INTEGER, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, deleted_at TIMESTAMP
);
CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    type VARCHAR NOT NULL CHECK (type IN ('note', 'call', 'meeting', 'email', 'message')),
    subject VARCHAR, body VARCHAR, occurred_at TIMESTAMP NOT NULL,
    contact_id INTEGER, company_id INTEGER, deal_id INTEGER, author_id INTEGER, deleted_at TIMESTAMP
);
CREATE TABLE tasks (
    id INTEGER PRIMARY KEY, title VARCHAR NOT NULL, due_date DATE,
    status VARCHAR NOT NULL CHECK (status IN ('open', 'done')),
    owner_id INTEGER, contact_id INTEGER, company_id INTEGER, deal_id INTEGER,
    created_at TIMESTAMP NOT NULL, completed_at TIMESTAMP, deleted_at TIMESTAMP
);
CREATE INDEX activities_contact ON activities(contact_id);
CREATE INDEX activities_company ON activities(company_id);
CREATE INDEX activities_deal ON activities(deal_id);
CREATE TABLE chat_sessions (
    id VARCHAR PRIMARY KEY, user_id INTEGER, title VARCHAR, memory JSON, created_at TIMESTAMP NOT NULL
);
CREATE TABLE chat_messages (
    id INTEGER PRIMARY KEY, session_id VARCHAR NOT NULL,
    type VARCHAR NOT NULL CHECK (type IN ('user_input', 'system_response', 'action_plan', 'execution_result')),
    content VARCHAR, metadata JSON, created_at TIMESTAMP NOT NULL
);
CREATE TABLE plans (
    id VARCHAR PRIMARY KEY, session_id VARCHAR, user_id INTEGER, text VARCHAR, plan JSON,
    status VARCHAR NOT NULL CHECK (status IN ('applied', 'reverted')),
    applied_at TIMESTAMP NOT NULL, reverted_at TIMESTAMP
);
CREATE TABLE crm_actions (
    id INTEGER PRIMARY KEY, plan_id VARCHAR NOT NULL, seq INTEGER NOT NULL, op VARCHAR NOT NULL,
    target_table VARCHAR NOT NULL, target_id INTEGER NOT NULL, before JSON, after JSON,
    status VARCHAR NOT NULL CHECK (status IN ('executed', 'reverted')),
    user_id INTEGER, created_at TIMESTAMP NOT NULL, reverted_at TIMESTAMP
);
CREATE TABLE app_settings (key VARCHAR PRIMARY KEY, value JSON, updated_at TIMESTAMP);
"""),
    (2, "inbox", """
CREATE SEQUENCE inbox_seq START 1;
CREATE TABLE conversations (
    id INTEGER PRIMARY KEY, contact_id INTEGER NOT NULL, channel VARCHAR NOT NULL, address VARCHAR NOT NULL,
    autopilot BOOLEAN NOT NULL, created_at TIMESTAMP NOT NULL,
    UNIQUE (channel, address)
);
CREATE TABLE messages (
    id INTEGER PRIMARY KEY, seq BIGINT NOT NULL DEFAULT nextval('inbox_seq'),
    conversation_id INTEGER NOT NULL, contact_id INTEGER NOT NULL, channel VARCHAR NOT NULL,
    external_id VARCHAR NOT NULL,
    direction VARCHAR NOT NULL CHECK (direction IN ('in', 'out')),
    author_kind VARCHAR NOT NULL CHECK (author_kind IN ('customer', 'agent', 'ai')),
    author_id INTEGER, draft_id INTEGER, body VARCHAR NOT NULL, sender_name VARCHAR,
    sent_at TIMESTAMP, received_at TIMESTAMP NOT NULL, autopilot_at_capture BOOLEAN NOT NULL,
    classification VARCHAR CHECK (classification IN ('security_violation', 'out_of_scope', 'in_scope')),
    processed_at TIMESTAMP,
    UNIQUE (channel, external_id)
);
CREATE INDEX messages_conversation ON messages(conversation_id);
CREATE INDEX messages_contact ON messages(contact_id);
CREATE TABLE drafts (
    id INTEGER PRIMARY KEY, conversation_id INTEGER NOT NULL, message_id INTEGER NOT NULL UNIQUE,
    body VARCHAR NOT NULL, confidence DOUBLE NOT NULL,
    classification VARCHAR NOT NULL CHECK (classification IN ('security_violation', 'out_of_scope', 'in_scope')),
    reason VARCHAR, triggered JSON, engine VARCHAR, sources JSON,
    status VARCHAR NOT NULL CHECK (status IN ('pending', 'approved', 'edited', 'rejected', 'superseded', 'sent',
                                              'auto_sent')),
    decision VARCHAR, decision_reason VARCHAR, reviewer_id INTEGER, decided_at TIMESTAMP,
    superseded_at TIMESTAMP, created_at TIMESTAMP NOT NULL
);
CREATE TABLE security_audit (
    id INTEGER PRIMARY KEY, message_id INTEGER, contact_id INTEGER, client_id VARCHAR, input_message VARCHAR,
    output_message VARCHAR, intent VARCHAR, classification VARCHAR, confidence DOUBLE, latency_ms DOUBLE,
    tokens_used INTEGER, status VARCHAR, reasoning VARCHAR, triggered_keywords JSON, created_at TIMESTAMP NOT NULL
);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY, seq BIGINT NOT NULL DEFAULT nextval('inbox_seq'),
    conversation_id INTEGER NOT NULL, message_id INTEGER NOT NULL, draft_id INTEGER UNIQUE,
    channel VARCHAR NOT NULL, to_address VARCHAR NOT NULL, body VARCHAR NOT NULL,
    kind VARCHAR NOT NULL CHECK (kind IN ('auto', 'review', 'agent')),
    status VARCHAR NOT NULL CHECK (status IN ('queued', 'recorded', 'sent', 'failed')),
    adapter VARCHAR, provider_message_id VARCHAR, error VARCHAR, attempts INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL, delivered_at TIMESTAMP
);
CREATE TABLE autopilot_events (
    id INTEGER PRIMARY KEY, seq BIGINT NOT NULL DEFAULT nextval('inbox_seq'),
    conversation_id INTEGER NOT NULL, enabled BOOLEAN NOT NULL, previous BOOLEAN, actor VARCHAR NOT NULL,
    source VARCHAR NOT NULL, reason VARCHAR, created_at TIMESTAMP NOT NULL
);
CREATE TABLE review_events (
    id INTEGER PRIMARY KEY, draft_id INTEGER NOT NULL, user_id INTEGER, action VARCHAR NOT NULL,
    outcome VARCHAR NOT NULL, reason VARCHAR, created_at TIMESTAMP NOT NULL
);
"""),
    (3, "external ids", """
ALTER TABLE companies ADD COLUMN external_id VARCHAR;
CREATE UNIQUE INDEX companies_external_id ON companies(external_id);
ALTER TABLE contacts ADD COLUMN external_id VARCHAR;
CREATE UNIQUE INDEX contacts_external_id ON contacts(external_id);
ALTER TABLE deals ADD COLUMN external_id VARCHAR;
CREATE UNIQUE INDEX deals_external_id ON deals(external_id);
ALTER TABLE activities ADD COLUMN external_id VARCHAR;
CREATE UNIQUE INDEX activities_external_id ON activities(external_id);
ALTER TABLE tasks ADD COLUMN external_id VARCHAR;
CREATE UNIQUE INDEX tasks_external_id ON tasks(external_id);
"""),
    (4, "sign-in", """
CREATE TABLE user_credentials (
    user_id INTEGER PRIMARY KEY, password_hash VARCHAR NOT NULL, changed_at TIMESTAMP NOT NULL, changed_by INTEGER
);
CREATE TABLE signin_attempts (
    email VARCHAR PRIMARY KEY, failures INTEGER NOT NULL, last_failure_at TIMESTAMP, locked_until TIMESTAMP
);
CREATE TABLE auth_sessions (
    id VARCHAR PRIMARY KEY, token_hash VARCHAR NOT NULL UNIQUE, user_id INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL, last_seen_at TIMESTAMP NOT NULL, expires_at TIMESTAMP NOT NULL,
    ended_at TIMESTAMP, end_reason VARCHAR, client VARCHAR
);
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY, token_hash VARCHAR NOT NULL UNIQUE, user_id INTEGER NOT NULL, label VARCHAR,
    created_at TIMESTAMP NOT NULL, last_used_at TIMESTAMP, revoked_at TIMESTAMP
);
CREATE TABLE auth_events (
    id INTEGER PRIMARY KEY, user_id INTEGER, email VARCHAR, event VARCHAR NOT NULL, detail VARCHAR,
    actor_id INTEGER, created_at TIMESTAMP NOT NULL
);
"""),
    (5, "delivery state machine", """
CREATE TABLE outbox_v5 (
    id INTEGER PRIMARY KEY, seq BIGINT NOT NULL DEFAULT nextval('inbox_seq'),
    conversation_id INTEGER NOT NULL, message_id INTEGER NOT NULL, draft_id INTEGER UNIQUE,
    channel VARCHAR NOT NULL, to_address VARCHAR NOT NULL, body VARCHAR NOT NULL,
    kind VARCHAR NOT NULL CHECK (kind IN ('auto', 'review', 'agent')),
    status VARCHAR NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'recorded', 'failed', 'dead', 'cancelled',
                                              'unknown')),
    adapter VARCHAR, provider_message_id VARCHAR, error VARCHAR, attempts INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL, delivered_at TIMESTAMP,
    idempotency_key VARCHAR NOT NULL UNIQUE DEFAULT (replace(gen_random_uuid()::VARCHAR, '-', '')),
    attempt_id VARCHAR, attempt_owner VARCHAR,
    first_attempt_at TIMESTAMP, last_attempt_at TIMESTAMP, next_attempt_at TIMESTAMP, sent_at TIMESTAMP,
    delivery VARCHAR CHECK (delivery IN ('sent', 'delivered', 'read', 'failed')), delivery_at TIMESTAMP,
    read_at TIMESTAMP, reason VARCHAR, reconciliation VARCHAR, reconciled_at TIMESTAMP,
    resolved_by INTEGER, resolved_at TIMESTAMP
);
INSERT INTO outbox_v5 (id, seq, conversation_id, message_id, draft_id, channel, to_address, body, kind, status,
                       adapter, provider_message_id, error, attempts, created_at, delivered_at, idempotency_key,
                       sent_at)
SELECT id, seq, conversation_id, message_id, draft_id, channel, to_address, body, kind,
       CASE status WHEN 'failed' THEN 'dead' ELSE status END, adapter, provider_message_id, error, attempts,
       created_at, delivered_at, 'outbox-' || id, CASE WHEN status = 'sent' THEN delivered_at END
FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v5 RENAME TO outbox;
CREATE TABLE outbox_attempts (
    id VARCHAR PRIMARY KEY, outbox_id INTEGER NOT NULL, number INTEGER NOT NULL, owner VARCHAR NOT NULL,
    adapter VARCHAR, started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP, outcome VARCHAR,
    provider_message_id VARCHAR, error VARCHAR
);
CREATE TABLE delivery_events (
    id INTEGER PRIMARY KEY, channel VARCHAR NOT NULL, provider_message_id VARCHAR NOT NULL,
    status VARCHAR NOT NULL CHECK (status IN ('sent', 'delivered', 'read', 'failed')),
    callback VARCHAR, error VARCHAR, happened_at TIMESTAMP, received_at TIMESTAMP NOT NULL, outbox_id INTEGER,
    UNIQUE (channel, provider_message_id, status)
);
CREATE TABLE signed_commands (
    digest VARCHAR PRIMARY KEY, signed_at TIMESTAMP NOT NULL, used_at TIMESTAMP NOT NULL, actor VARCHAR
);
ALTER TABLE conversations ADD COLUMN opted_out_at TIMESTAMP;
"""),
    (7, "insights", """
CREATE TABLE insight_scores (
    kind VARCHAR NOT NULL CHECK (kind IN ('deal', 'lead')), record_id INTEGER NOT NULL, score DOUBLE NOT NULL,
    base_rate DOUBLE NOT NULL, model VARCHAR NOT NULL, model_version VARCHAR NOT NULL, n_trained INTEGER NOT NULL,
    reasons JSON NOT NULL, computed_at TIMESTAMP NOT NULL, as_of TIMESTAMP NOT NULL,
    PRIMARY KEY (kind, record_id)
);
CREATE TABLE insight_score_changes (
    id INTEGER PRIMARY KEY, kind VARCHAR NOT NULL, record_id INTEGER NOT NULL, old_score DOUBLE NOT NULL,
    new_score DOUBLE NOT NULL, model_version VARCHAR NOT NULL, reasons JSON NOT NULL, old_as_of TIMESTAMP,
    as_of TIMESTAMP NOT NULL, changed_at TIMESTAMP NOT NULL
);
CREATE INDEX insight_score_changes_record ON insight_score_changes(kind, record_id);
CREATE TABLE message_signals (
    message_id INTEGER PRIMARY KEY, sentiment VARCHAR NOT NULL CHECK (sentiment IN ('positive', 'neutral', 'negative')),
    polarity DOUBLE NOT NULL, intents JSON NOT NULL, summary VARCHAR NOT NULL, evidence JSON NOT NULL,
    engine VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL
);
"""),
    (71, "segments", """
CREATE TABLE segments (
    name VARCHAR PRIMARY KEY, filter VARCHAR NOT NULL,
    entity VARCHAR NOT NULL CHECK (entity IN ('contacts', 'companies', 'deals')),
    created_by INTEGER, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL
);
"""),
    (8, "workflows", """
CREATE TABLE workflows (
    id INTEGER PRIMARY KEY, name VARCHAR NOT NULL UNIQUE, definition JSON NOT NULL, enabled BOOLEAN NOT NULL,
    builtin BOOLEAN NOT NULL, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL
);
CREATE TABLE workflow_runs (
    id INTEGER PRIMARY KEY, workflow_id INTEGER NOT NULL, contact_id INTEGER NOT NULL,
    entry_key VARCHAR NOT NULL UNIQUE,
    status VARCHAR NOT NULL CHECK (status IN ('active', 'waiting', 'paused', 'done', 'ended', 'failed')),
    step VARCHAR, seq INTEGER NOT NULL, context JSON NOT NULL, reason VARCHAR, trigger VARCHAR,
    started_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, ended_at TIMESTAMP
);
CREATE INDEX workflow_runs_contact ON workflow_runs(contact_id);
CREATE TABLE workflow_steps (
    id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL, seq INTEGER NOT NULL, step VARCHAR NOT NULL,
    kind VARCHAR NOT NULL, input JSON, outcome VARCHAR NOT NULL, detail JSON,
    started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP,
    UNIQUE (run_id, seq)
);
CREATE TABLE workflow_timers (
    id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL, seq INTEGER NOT NULL, step VARCHAR NOT NULL,
    kind VARCHAR NOT NULL CHECK (kind IN ('wait', 'reply_timeout')), due_at TIMESTAMP NOT NULL,
    status VARCHAR NOT NULL CHECK (status IN ('pending', 'fired', 'cancelled')), fired_at TIMESTAMP,
    UNIQUE (run_id, seq)
);
CREATE INDEX workflow_timers_due ON workflow_timers(status, due_at);
CREATE TABLE workflow_effects (
    key VARCHAR PRIMARY KEY, run_id INTEGER NOT NULL, seq INTEGER NOT NULL, step VARCHAR NOT NULL,
    kind VARCHAR NOT NULL, contact_id INTEGER, variant VARCHAR, outbox_id INTEGER, draft_id INTEGER,
    message_id INTEGER, plan_id VARCHAR, webhook_id INTEGER, created_at TIMESTAMP NOT NULL
);
CREATE TABLE workflow_webhooks (
    id INTEGER PRIMARY KEY, event_id VARCHAR NOT NULL, run_id INTEGER, url VARCHAR NOT NULL, body JSON NOT NULL,
    status VARCHAR NOT NULL CHECK (status IN ('queued', 'delivered', 'dead')), attempts INTEGER NOT NULL,
    next_attempt_at TIMESTAMP, last_error VARCHAR, created_at TIMESTAMP NOT NULL, delivered_at TIMESTAMP,
    UNIQUE (event_id, url)
);
CREATE TABLE workflow_cursors (name VARCHAR PRIMARY KEY, position BIGINT NOT NULL, updated_at TIMESTAMP);
CREATE TABLE workflow_segments (
    workflow_id INTEGER NOT NULL, contact_id INTEGER NOT NULL, entered_at TIMESTAMP NOT NULL,
    PRIMARY KEY (workflow_id, contact_id)
);
ALTER TABLE drafts ALTER COLUMN message_id DROP NOT NULL;
ALTER TABLE drafts ADD COLUMN origin VARCHAR;
"""),
    (6, "memory", """
CREATE TABLE memory_docs (
    doc_id BIGINT PRIMARY KEY, kind VARCHAR NOT NULL CHECK (kind IN ('activity', 'message')),
    source_id INTEGER NOT NULL, model VARCHAR NOT NULL, dim INTEGER NOT NULL, vector BLOB NOT NULL,
    text_hash VARCHAR NOT NULL, event_at TIMESTAMP, ingested_at TIMESTAMP, indexed_at TIMESTAMP NOT NULL,
    conversation_id INTEGER, contact_id INTEGER, company_id INTEGER, deal_id INTEGER, author_id INTEGER,
    channel VARCHAR, direction VARCHAR, author_kind VARCHAR, autopilot BOOLEAN, seq BIGINT
);
CREATE TABLE memory_state (key VARCHAR PRIMARY KEY, value JSON, updated_at TIMESTAMP);
CREATE TABLE memory_snapshots (
    id INTEGER PRIMARY KEY, conversation_id INTEGER NOT NULL, version INTEGER NOT NULL, primer JSON NOT NULL,
    last_message_id INTEGER, last_seq BIGINT, reason VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL,
    UNIQUE (conversation_id, version)
);
CREATE TABLE privacy_erasures (
    id INTEGER PRIMARY KEY, subject VARCHAR NOT NULL, subject_id INTEGER NOT NULL, removed JSON NOT NULL,
    actor VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL
);
"""),
]
