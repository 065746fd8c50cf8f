"""Read-only figures for the metrics page, from the database (so they survive restarts)."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from core.store import Store

INBOX_TABLES = ("messages", "drafts", "security_audit", "outbox")


def _has(store: Store, table: str) -> bool:
    return bool(store.scalar("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [table]))


def _frame(store: Store, sql: str, params=None, columns: list[str] | None = None) -> pd.DataFrame:
    rows = store.query(sql, params)
    return pd.DataFrame(rows, columns=columns or (list(rows[0]) if rows else None))


def headline(store: Store) -> dict:
    """The numbers at the top of the page."""
    out: dict = {}
    plans = store.one("SELECT count(*) AS applied, count(*) FILTER (WHERE status = 'reverted') AS reverted FROM plans")
    out["plans_applied"], out["plans_reverted"] = plans["applied"], plans["reverted"]
    out["undo_rate"] = plans["reverted"] / plans["applied"] if plans["applied"] else None
    nl = store.one("SELECT count(*) AS total, count(*) FILTER (WHERE json_extract_string(metadata, '$.plan.status') "
                   "= 'ready') AS ready FROM chat_messages WHERE type = 'action_plan'")
    out["nl_plans"] = nl["total"]
    out["nl_success_rate"] = nl["ready"] / nl["total"] if nl["total"] else None
    out["crm_changes"] = store.scalar("SELECT count(*) FROM crm_actions")
    if _has(store, "messages"):
        out["messages_in"] = store.scalar("SELECT count(*) FROM messages WHERE direction = 'in'")
        d = store.one("SELECT count(*) AS drafts, "
                      "count(*) FILTER (WHERE status = 'auto_sent') AS auto_sent, "
                      "count(*) FILTER (WHERE status IN ('approved', 'edited', 'rejected', 'sent')) AS decided, "
                      "count(*) FILTER (WHERE status IN ('edited', 'rejected') OR decision IN ('edited', 'rejected'))"
                      " AS corrected, count(*) FILTER (WHERE status = 'pending') AS pending FROM drafts")
        out.update(d)
        human = (d["decided"] or 0)
        out["correction_rate"] = d["corrected"] / human if human else None
        out["violations"] = store.scalar("SELECT count(*) FROM security_audit WHERE classification = "
                                         "'security_violation'")
        out["out_of_scope"] = store.scalar("SELECT count(*) FROM security_audit WHERE classification = "
                                           "'out_of_scope'")
        out["median_latency_ms"] = store.scalar("SELECT median(latency_ms) FROM security_audit")
    return out


def messages_per_day(store: Store) -> pd.DataFrame:
    if not _has(store, "messages"):
        return pd.DataFrame(columns=["day", "channel", "messages"])
    return _frame(store, "SELECT CAST(received_at AS DATE) AS day, channel, count(*) AS messages FROM messages "
                         "WHERE direction = 'in' GROUP BY ALL ORDER BY day", columns=["day", "channel", "messages"])


def plans_per_day(store: Store) -> pd.DataFrame:
    return _frame(store, "SELECT CAST(created_at AS DATE) AS day, "
                         "coalesce(json_extract_string(metadata, '$.plan.status'), 'unknown') AS status, "
                         "count(*) AS plans FROM chat_messages WHERE type = 'action_plan' GROUP BY ALL ORDER BY day",
                  columns=["day", "status", "plans"])


def latency_per_day(store: Store) -> pd.DataFrame:
    if not _has(store, "security_audit"):
        return pd.DataFrame(columns=["day", "p50_ms", "p95_ms"])
    return _frame(store, "SELECT CAST(created_at AS DATE) AS day, quantile_cont(latency_ms, 0.5) AS p50_ms, "
                         "quantile_cont(latency_ms, 0.95) AS p95_ms FROM security_audit GROUP BY ALL ORDER BY day",
                  columns=["day", "p50_ms", "p95_ms"])


def confidences(store: Store) -> pd.DataFrame:
    if not _has(store, "drafts"):
        return pd.DataFrame(columns=["confidence", "status"])
    return _frame(store, "SELECT confidence, status FROM drafts", columns=["confidence", "status"])


def decisions(store: Store) -> pd.DataFrame:
    """Who decided each reply: autopilot or a human (and what they decided)."""
    if not _has(store, "drafts"):
        return pd.DataFrame(columns=["decision", "drafts"])
    return _frame(store, "SELECT CASE WHEN status = 'auto_sent' THEN 'autopilot' "
                         "WHEN status = 'pending' THEN 'waiting for review' "
                         "ELSE 'human: ' || coalesce(decision, status) END AS decision, count(*) AS drafts "
                         "FROM drafts GROUP BY ALL ORDER BY drafts DESC", columns=["decision", "drafts"])


def violations_by_type(store: Store) -> pd.DataFrame:
    if not _has(store, "security_audit"):
        return pd.DataFrame(columns=["classification", "intent", "messages"])
    return _frame(store, "SELECT classification, coalesce(intent, '—') AS intent, count(*) AS messages "
                         "FROM security_audit WHERE classification <> 'in_scope' GROUP BY ALL "
                         "ORDER BY messages DESC", columns=["classification", "intent", "messages"])


def audit_log(store: Store, classification: str | None = None, status: str | None = None,
              since: dt.date | None = None, limit: int = 5000) -> pd.DataFrame:
    """The guardrail audit log, newest first, filtered."""
    cols = ["created_at", "client_id", "classification", "intent", "confidence", "latency_ms", "status",
            "reasoning", "triggered_keywords", "input_message", "output_message"]
    if not _has(store, "security_audit"):
        return pd.DataFrame(columns=cols)
    where, params = [], []
    for col, value in (("classification", classification), ("status", status)):
        if value:
            where.append(f"{col} = ?")
            params.append(value)
    if since:
        where.append("created_at >= ?")
        params.append(since)
    sql = f"SELECT {', '.join(cols)} FROM security_audit"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return _frame(store, sql + " ORDER BY created_at DESC LIMIT ?", params + [limit], columns=cols)


def audit_filters(store: Store) -> dict[str, list[str]]:
    if not _has(store, "security_audit"):
        return {"classification": [], "status": []}
    return {c: [r[c] for r in store.query(f"SELECT DISTINCT {c} FROM security_audit WHERE {c} IS NOT NULL "
                                           f"ORDER BY 1")] for c in ("classification", "status")}


def crm_changes(store: Store, limit: int = 500) -> pd.DataFrame:
    """Every executed or reverted step, newest first."""
    cols = ["created_at", "plan_id", "user", "op", "target_table", "target_id", "status", "request"]
    return _frame(store, "SELECT a.created_at, a.plan_id, u.email AS user, a.op, a.target_table, a.target_id, "
                         "a.status, p.text AS request FROM crm_actions a LEFT JOIN plans p ON p.id = a.plan_id "
                         "LEFT JOIN users u ON u.id = a.user_id ORDER BY a.created_at DESC, a.id DESC LIMIT ?",
                  [limit], columns=cols)
