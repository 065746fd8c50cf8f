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
]
