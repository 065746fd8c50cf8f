"""Read-only figures for the metrics page: pure functions over a Store returning DataFrames or dicts.

Everything is derived from the database (plans, crm_actions, chat_messages, messages, drafts, security_audit,
outbox), so the figures survive restarts; the counters of the running process are in core.metrics (/metrics).
A table the schema does not have (the inbox tables before migration 2) reads as empty, never as an error.

    summary(store)               headline numbers (dict)
    messages_per_day(store)      day, channel, messages
    plans_per_day(store)         day, outcome, plans
    latency_per_day(store)       day, measure, median_ms
    confidence_histogram(store)  lower, upper, bucket, route, drafts
    decisions(store)             decision, actor, drafts
    violations_by_type(store)    type, label, classification, verdict, messages
    plan_outcomes(store)         outcome, plans
    audit_log(store, ...)        one row per processed customer message and per CRM change, newest first

A day is a calendar day in the reader's zone (Report(store, zone); the server's when none is given), see local_days.
Report(store) offers the same as methods and reads each underlying table once, for a page that shows them all;
version(store) changes whenever a figure may have, so a page can cache the figures on it.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
from typing import Any, Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pandas as pd

from core.store import Store, local_time

INBOX_TABLES = ("conversations", "messages", "drafts", "security_audit", "outbox")

# plan outcomes, in the order charts list them
APPLIED, UNDONE, NOT_APPLIED, CLARIFY, REJECTED = "applied", "undone", "not applied", "needs clarification", "rejected"
PLAN_OUTCOMES = (APPLIED, UNDONE, NOT_APPLIED, CLARIFY, REJECTED)
_PLANNED = {"ready": NOT_APPLIED, "needs_clarification": CLARIFY, "rejected": REJECTED}

# what happened to a draft, and who decided
DECISIONS = (("Auto-sent", "Autopilot"), ("Approved", "Human"), ("Edited", "Human"), ("Rejected", "Human"),
             ("Awaiting review", "Open"), ("Superseded by agent", "Open"))
CANNED_ENGINES = ("handoff", "neutral")  # drafts.engine of a canned guardrail reply, not an AI draft
MANUAL_ROUTES = ("review", "handoff", "error")  # security_audit.status of a draft routed to a human

VERDICTS = {"security_violation": "Security violation", "out_of_scope": "Out of scope", "in_scope": "In scope"}
SYSTEM_USER_ID = 0  # core.executor.SYSTEM_USER: automated pipelines act as it

AUDIT_COLUMNS = ["time", "kind", "classification", "type", "status", "contact", "input", "output", "actor", "route",
                 "channel", "confidence", "latency_ms", "reasoning", "ref"]
MESSAGE, CRM_CHANGE = "message", "crm_change"


# -- plumbing --------------------------------------------------------------------------------------------------
def tables(store: Store) -> set[str]:
    """Names of the tables this database has (so a missing inbox table reads as empty)."""
    return {r[0] for r in store.execute("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'")
            .fetchall()}


def has_inbox(store: Store) -> bool:
    return set(INBOX_TABLES) <= tables(store)


def version(store: Store) -> tuple:
    """Changes whenever a figure may have: the store's data_version counts every commit of CRM and inbox data, and
    the last chat message covers the chat history (committed without bumping data_version)."""
    last_chat = store.scalar("SELECT max(id) FROM chat_messages") if "chat_messages" in tables(store) else None
    return store.path, store.uid, store.data_version, last_chat


def _frame(store: Store, sql: str, columns: list[str], params: Any = None, needs: Iterable[str] = ()) -> pd.DataFrame:
    """A query as a DataFrame with these columns; empty (same columns) when a needed table is missing."""
    if not set(needs) <= tables(store):
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    return store.execute(sql, params).df()[columns]


def _rate(part: int, whole: int) -> float | None:
    return None if not whole else part / whole


def _zone(name: str | None):
    """The reader's zone by IANA name (the browser's, in the app); None, or a name this machine does not know: the
    server's zone."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def local_days(times: pd.Series, zone: str | None = None) -> pd.Series:
    """The calendar day, in the reader's zone (the server's when none is given), of each stored (UTC) time, as
    midnight timestamps: what the per-day figures bucket by, so a message at 23:30 local time counts on its own day.

    Converted once per quarter hour (every zone's offset, and every change of it, falls on one), not once per row."""
    quarters = pd.to_datetime(times).dt.floor("15min")
    tz = _zone(zone)
    if tz is None:
        days = {q: local_time(q.to_pydatetime()).date() for q in quarters.dropna().unique()}
    else:
        days = {q: q.to_pydatetime().replace(tzinfo=dt.timezone.utc).astimezone(tz).date()
                for q in quarters.dropna().unique()}
    return pd.to_datetime(quarters.map(days)).astype("datetime64[us]")


def _median(values: pd.Series) -> float | None:
    values = pd.to_numeric(values, errors="coerce").dropna()
    return None if values.empty else float(values.median())


# -- guardrail violation types ---------------------------------------------------------------------------------
@functools.cache
def _rule_types() -> dict[str, str]:
    """Security rule name -> violation type (the guardrails' registry; empty if it cannot be imported)."""
    try:
        from core.guardrails.rules import RULES
    except Exception:  # noqa: BLE001 - the figures still render, with rule names as types
        return {}
    return {r.name: r.violation_type for r in RULES}


def violation_type(classification: str | None, triggered: Iterable[str] | str | None) -> str | None:
    """The type of a flagged message from its stored triggers (the label security_violations{type} uses)."""
    if classification in (None, "in_scope"):
        return None
    if isinstance(triggered, str):
        try:
            triggered = json.loads(triggered)
        except ValueError:
            triggered = [triggered]
    elif not isinstance(triggered, (list, tuple)):
        triggered = ()  # SQL NULL
    rules = _rule_types()
    for t in triggered or ():
        if t.startswith("forbidden_topic:") or t == "off_topic":
            return t
        if t.startswith("similar:"):
            return t.split(":", 1)[1]
        if t in rules:
            return rules[t]
    return classification


def type_label(kind: str | None) -> str:
    """'prompt_injection' -> 'Prompt injection', 'forbidden_topic:legal_advice' -> 'Topic: legal advice'."""
    if not kind:
        return ""
    if kind.startswith("forbidden_topic:"):
        return "Topic: " + kind.split(":", 1)[1].replace("_", " ")
    return kind.replace("_", " ").capitalize()


# -- the customer-message pipeline, one row per processed inbound message --------------------------------------
def _pipeline(store: Store, zone: str | None = None) -> pd.DataFrame:
    cols = ["message_id", "received_at", "day", "channel", "classification", "route", "triggered", "confidence",
            "guard_ms", "draft_id", "draft_status", "decision", "ai_draft", "draft_ms"]
    df = _frame(store, """
        SELECT m.id AS message_id, m.received_at, NULL AS day, m.channel,  -- day: set below, in local time
               coalesce(a.classification, d.classification, m.classification) AS classification,
               a.status AS route, coalesce(a.triggered_keywords, d.triggered) AS triggered,
               coalesce(d.confidence, a.confidence) AS confidence, a.latency_ms AS guard_ms,
               d.id AS draft_id, d.status AS draft_status, d.decision,
               coalesce(d.body, '') <> '' AND d.engine NOT IN (SELECT unnest(?::VARCHAR[])) AS ai_draft,
               date_diff('millisecond', m.received_at, d.created_at) AS draft_ms
        FROM messages m
        LEFT JOIN drafts d ON d.message_id = m.id
        LEFT JOIN security_audit a ON a.id = (SELECT max(id) FROM security_audit WHERE message_id = m.id)
        WHERE m.direction = 'in' AND m.processed_at IS NOT NULL
        ORDER BY m.id""", cols, [list(CANNED_ENGINES)], needs=("messages", "drafts", "security_audit"))
    if df.empty:
        return df
    df["day"] = local_days(df["received_at"], zone)
    df["route"] = df["route"].where(df["route"].notna(),
                                    df["draft_status"].map(lambda s: "auto_sent" if s == "auto_sent" else "review"))
    df["type"] = [violation_type(c, t) for c, t in zip(df["classification"], df["triggered"])]
    df["decision_label"] = [_decision(s, d) for s, d in zip(df["draft_status"], df["decision"])]
    return df


def _decision(status: str | None, decision: str | None) -> str | None:
    if status == "auto_sent":
        return "Auto-sent"
    if decision in ("approved", "edited", "rejected"):
        return decision.capitalize()
    if status == "pending":
        return "Awaiting review"
    if status == "superseded":
        return "Superseded by agent"
    return None


# -- natural-language plans, one row per plan id ---------------------------------------------------------------
def _plans(store: Store, zone: str | None = None) -> pd.DataFrame:
    """Write plans previewed in the chat (chat_messages action_plan) and plans people applied anywhere (plans);
    the changes automated pipelines make (new contacts for unknown senders) are not natural-language plans."""
    cols = ["plan_id", "planned_at", "day", "planned", "applied_status", "outcome", "latency_ms"]
    df = _frame(store, """
        WITH previewed AS (
            SELECT metadata->>'$.plan.plan_id' AS plan_id, arg_max(metadata->>'$.plan.status', id) AS planned,
                   min(created_at) AS planned_at, max(TRY_CAST(metadata->>'$.latency_ms' AS DOUBLE)) AS latency_ms
            FROM chat_messages
            WHERE type = 'action_plan' AND metadata->>'$.plan.plan_id' IS NOT NULL
            GROUP BY 1)
        SELECT coalesce(p.id, v.plan_id) AS plan_id, coalesce(v.planned_at, p.applied_at) AS planned_at,
               NULL AS day, coalesce(v.planned, 'ready') AS planned,  -- day: set below, in local time
               p.status AS applied_status, NULL AS outcome, v.latency_ms
        FROM previewed v FULL OUTER JOIN (SELECT * FROM plans WHERE user_id IS DISTINCT FROM ?
                                            AND coalesce(plan->>'$.engine', '') <> 'bulk') p ON p.id = v.plan_id
        ORDER BY planned_at""", cols, [SYSTEM_USER_ID], needs=("chat_messages", "plans"))
    if not df.empty:
        df["day"] = local_days(df["planned_at"], zone)
        df["outcome"] = [APPLIED if a == "applied" else UNDONE if a == "reverted" else _PLANNED.get(p, REJECTED)
                         for p, a in zip(df["planned"], df["applied_status"])]
    return df


class Report:
    """The figures of one database at one moment; the messages and plans are read once and shared."""

    def __init__(self, store: Store, zone: str | None = None):
        self.store = store
        self.zone = zone  # the reader's IANA zone: the days of the per-day figures and the audit filter
        self.has_inbox = has_inbox(store)

    @functools.cached_property
    def pipeline(self) -> pd.DataFrame:
        return _pipeline(self.store, self.zone)

    @functools.cached_property
    def plans(self) -> pd.DataFrame:
        return _plans(self.store, self.zone)

    # -- headline numbers --------------------------------------------------------------------------------------
    def summary(self) -> dict[str, Any]:
        """Headline numbers; a rate or median is None when there is nothing to divide or measure yet."""
        store, msgs, plans, inbox = self.store, self.pipeline, self.plans, self.has_inbox
        ingested = store.scalar("SELECT count(*) FROM messages WHERE direction = 'in'") if inbox else 0
        by_channel = dict(store.execute("SELECT channel, count(*) FROM messages WHERE direction = 'in' "
                                        "GROUP BY channel ORDER BY channel").fetchall()) if inbox else {}
        replies_sent = store.scalar("SELECT count(*) FROM outbox WHERE status IN ('sent', 'recorded')") \
            if inbox else 0

        decisions = msgs["decision"] if not msgs.empty else pd.Series(dtype="object")
        decided = int(decisions.isin(["approved", "edited", "rejected"]).sum())
        edited, rejected = int((decisions == "edited").sum()), int((decisions == "rejected").sum())
        routes = msgs["route"] if not msgs.empty else pd.Series(dtype="object")
        auto_sent, manual = int((routes == "auto_sent").sum()), int(routes.isin(MANUAL_ROUTES).sum())
        classes = msgs["classification"] if not msgs.empty else pd.Series(dtype="object")

        outcome = plans["outcome"] if not plans.empty else pd.Series(dtype="object")
        nl_plans = len(plans)
        ready = int(outcome.isin([APPLIED, UNDONE, NOT_APPLIED]).sum())
        applied_ever = int(outcome.isin([APPLIED, UNDONE]).sum())
        undone = int((outcome == UNDONE).sum())
        questions = store.scalar("SELECT count(*) FROM chat_messages WHERE type = 'system_response' "
                                 "AND metadata->>'$.plan.intent' = 'question'")
        return {
            "has_inbox": inbox,
            "messages_ingested": int(ingested or 0),
            "messages_by_channel": {k: int(v) for k, v in by_channel.items()},
            "messages_processed": len(msgs),
            "ai_drafts": int(msgs["ai_draft"].fillna(False).astype(bool).sum()) if not msgs.empty else 0,
            "auto_sent": auto_sent,
            "manual_reviews": manual,
            "pending_reviews": int((msgs["draft_status"] == "pending").sum()) if not msgs.empty else 0,
            "decided": decided,
            "approved": int((decisions == "approved").sum()),
            "edited": edited,
            "rejected": rejected,
            "correction_rate": _rate(edited + rejected, decided),
            "auto_rate": _rate(auto_sent, auto_sent + manual),
            "replies_sent": int(replies_sent or 0),
            "security_violations": int((classes == "security_violation").sum()),
            "out_of_scope": int((classes == "out_of_scope").sum()),
            "nl_plans": nl_plans,
            "nl_plans_ready": ready,
            "nl_plans_clarify": int((outcome == CLARIFY).sum()),
            "nl_plans_rejected": int((outcome == REJECTED).sum()),
            "plan_success_rate": _rate(ready, nl_plans),
            "plans_applied": applied_ever,
            "plans_reverted": undone,
            "undo_rate": _rate(undone, applied_ever),
            "questions": int(questions or 0),
            "median_draft_ms": _median(msgs["draft_ms"]) if not msgs.empty else None,
            "median_guardrail_ms": _median(msgs["guard_ms"]) if not msgs.empty else None,
            "median_plan_ms": _median(plans["latency_ms"]) if not plans.empty else None,
        }

    # -- series and distributions ------------------------------------------------------------------------------
    def messages_per_day(self) -> pd.DataFrame:
        """Inbound customer messages per day (the reader's, see local_days) and channel."""
        quarters = _frame(self.store, "SELECT time_bucket(INTERVAL 15 MINUTE, received_at) AS at, channel, "
                                      "count(*) AS messages FROM messages WHERE direction = 'in' GROUP BY ALL",
                          ["at", "channel", "messages"], needs=("messages",))
        if quarters.empty:
            return pd.DataFrame({c: pd.Series(dtype="object") for c in ("day", "channel", "messages")})
        out = quarters.assign(day=local_days(quarters["at"], self.zone)).groupby(["day", "channel"], as_index=False)["messages"]
        return out.sum().sort_values(["day", "channel"]).reset_index(drop=True)

    def plans_per_day(self) -> pd.DataFrame:
        """Natural-language write plans per day, by what became of them."""
        plans = self.plans
        if plans.empty:
            return pd.DataFrame(columns=["day", "outcome", "plans"])
        out = plans.groupby(["day", "outcome"]).size().reset_index(name="plans")
        out["order"] = out["outcome"].map(PLAN_OUTCOMES.index)
        return out.sort_values(["day", "order"]).drop(columns="order").reset_index(drop=True)

    def latency_per_day(self) -> pd.DataFrame:
        """Daily medians in milliseconds: message received -> draft ready, guardrail check, plan (when recorded)."""
        parts = []
        msgs = self.pipeline
        for column, measure in (("draft_ms", "Message → draft"), ("guard_ms", "Guardrail check")):
            if not msgs.empty and msgs[column].notna().any():
                m = msgs.dropna(subset=[column]).groupby("day")[column].median().reset_index(name="median_ms")
                m["measure"] = measure
                parts.append(m)
        plans = self.plans
        if not plans.empty and plans["latency_ms"].notna().any():
            p = plans.dropna(subset=["latency_ms"]).groupby("day")["latency_ms"].median() \
                .reset_index(name="median_ms")
            p["measure"] = "Plan"
            parts.append(p)
        if not parts:
            return pd.DataFrame(columns=["day", "measure", "median_ms"])
        out = pd.concat(parts, ignore_index=True)[["day", "measure", "median_ms"]]
        out["median_ms"] = out["median_ms"].astype(float)
        return out.sort_values(["day", "measure"]).reset_index(drop=True)

    def confidence_histogram(self) -> pd.DataFrame:
        """In-scope drafts per 0.1 of confidence, by route (auto-sent or to a human); empty buckets omitted."""
        cols = ["lower", "upper", "bucket", "route", "drafts"]
        msgs = self.pipeline
        if msgs.empty:
            return pd.DataFrame(columns=cols)
        drafts = msgs[(msgs["classification"] == "in_scope") & msgs["draft_id"].notna()].copy()
        if drafts.empty:
            return pd.DataFrame(columns=cols)
        conf = pd.to_numeric(drafts["confidence"]).clip(0.0, 1.0)
        drafts["lower"] = (conf * 10).clip(upper=9.999).astype(int) / 10  # 1.0 goes in the top bucket
        drafts["route"] = drafts["route"].map(lambda r: "Auto-sent" if r == "auto_sent" else "To a human")
        out = drafts.groupby(["lower", "route"]).size().reset_index(name="drafts")
        out["lower"] = out["lower"].round(1)
        out["upper"] = (out["lower"] + 0.1).round(1)
        out["bucket"] = [f"{lo:.1f}–{hi:.1f}" for lo, hi in zip(out["lower"], out["upper"])]
        return out[cols].sort_values(["lower", "route"]).reset_index(drop=True)

    def decisions(self) -> pd.DataFrame:
        """Drafts by what was decided and who decided it (Autopilot, Human, or still Open)."""
        msgs = self.pipeline
        if msgs.empty:
            return pd.DataFrame(columns=["decision", "actor", "drafts"])
        counts = msgs["decision_label"].value_counts()
        rows = [(label, actor, int(counts.get(label, 0))) for label, actor in DECISIONS if counts.get(label, 0)]
        return pd.DataFrame(rows, columns=["decision", "actor", "drafts"])

    def violations_by_type(self) -> pd.DataFrame:
        """Flagged messages by violation type (security rules, restricted topics, off topic), most first."""
        cols = ["type", "label", "classification", "verdict", "messages"]
        msgs = self.pipeline
        flagged = msgs[msgs["classification"].isin(["security_violation", "out_of_scope"])] \
            if not msgs.empty else msgs
        if flagged.empty:
            return pd.DataFrame(columns=cols)
        out = flagged.groupby(["type", "classification"]).size().reset_index(name="messages")
        out["label"] = out["type"].map(type_label)
        out["verdict"] = out["classification"].map(VERDICTS)
        return out[cols].sort_values(["messages", "type"], ascending=[False, True]).reset_index(drop=True)

    def plan_outcomes(self) -> pd.DataFrame:
        """Natural-language write plans by outcome, in PLAN_OUTCOMES order (zero rows omitted)."""
        plans = self.plans
        counts = plans["outcome"].value_counts() if not plans.empty else {}
        return pd.DataFrame([(o, int(counts[o])) for o in PLAN_OUTCOMES if counts.get(o)],
                            columns=["outcome", "plans"])

    # -- the audit log -------------------------------------------------------------------------------------
    @functools.cached_property
    def audit(self) -> pd.DataFrame:
        """Every audit row, newest first (see audit_log)."""
        parts = [df for df in (_audit_messages(self.store), _audit_crm(self.store)) if not df.empty]
        if not parts:
            return pd.DataFrame(columns=AUDIT_COLUMNS + ["day"])
        log = pd.concat(parts, ignore_index=True)
        text = [c for c in AUDIT_COLUMNS if c not in ("time", "confidence", "latency_ms")]
        log[text] = log[text].astype(object).where(log[text].notna(), "")  # blank, not None, on screen and in CSV
        log["day"] = local_days(log["time"], self.zone).dt.date  # the date filter picks the reader's days
        return log.sort_values(["time", "ref"], ascending=False).reset_index(drop=True)

    def audit_log(self, kinds: Iterable[str] | None = None, classifications: Iterable[str] | None = None,
                  statuses: Iterable[str] | None = None, start: dt.date | None = None, end: dt.date | None = None,
                  limit: int | None = None) -> pd.DataFrame:
        """Processed customer messages (security_audit with their message, contact, draft, reply and reviewer)
        and CRM changes (crm_actions with their plan and user), newest first; every filter is optional.

        kinds: 'message', 'crm_change'; classifications: CRM changes have none, so this filter keeps messages
        only; statuses: a draft's status or a CRM change's executed/reverted; start, end: dates, inclusive.
        """
        return filter_audit(self.audit, kinds, classifications, statuses, start, end, limit)

    def audit_options(self) -> dict[str, Any]:
        """What the audit log's filters can choose from: kinds, classifications, statuses, first and last day."""
        log = self.audit
        return {"kinds": [k for k in (MESSAGE, CRM_CHANGE) if k in set(log["kind"])],
                "classifications": sorted(c for c in log["classification"].dropna().unique() if c),
                "statuses": sorted(x for x in log["status"].dropna().unique() if x),
                "first_day": log["day"].min() if not log.empty else None,
                "last_day": log["day"].max() if not log.empty else None}


def summary(store: Store) -> dict[str, Any]:
    """Headline numbers; a rate or median is None when there is nothing to divide or measure yet."""
    return Report(store).summary()


def messages_per_day(store: Store) -> pd.DataFrame:
    """Inbound customer messages per day and channel."""
    return Report(store).messages_per_day()


def plans_per_day(store: Store) -> pd.DataFrame:
    """Natural-language write plans per day, by what became of them."""
    return Report(store).plans_per_day()


def latency_per_day(store: Store) -> pd.DataFrame:
    """Daily medians in milliseconds: message received -> draft ready, guardrail check, and plan (when recorded)."""
    return Report(store).latency_per_day()


def confidence_histogram(store: Store) -> pd.DataFrame:
    """In-scope drafts per 0.1 of confidence, split by route (auto-sent or to a human)."""
    return Report(store).confidence_histogram()


def decisions(store: Store) -> pd.DataFrame:
    """Drafts by what was decided and who decided it (Autopilot, Human, or still Open)."""
    return Report(store).decisions()


def violations_by_type(store: Store) -> pd.DataFrame:
    """Flagged messages by violation type, most frequent first."""
    return Report(store).violations_by_type()


def plan_outcomes(store: Store) -> pd.DataFrame:
    """Natural-language write plans by outcome."""
    return Report(store).plan_outcomes()


# -- the audit log ---------------------------------------------------------------------------------------------
def audit_log(store: Store, **filters: Any) -> pd.DataFrame:
    """The audit log, newest first; filters as Report.audit_log (kinds, classifications, statuses, start, end,
    limit)."""
    return Report(store).audit_log(**filters)


def audit_options(store: Store) -> dict[str, Any]:
    """What the audit log's filters can choose from."""
    return Report(store).audit_options()


def filter_audit(log: pd.DataFrame, kinds: Iterable[str] | None = None, classifications: Iterable[str] | None = None,
                 statuses: Iterable[str] | None = None, start: dt.date | None = None, end: dt.date | None = None,
                 limit: int | None = None) -> pd.DataFrame:
    """The rows of Report.audit that pass every filter given (see Report.audit_log), in AUDIT_COLUMNS."""
    keep = pd.Series(True, index=log.index)
    for column, wanted in (("kind", kinds), ("classification", classifications), ("status", statuses)):
        if wanted is not None:
            keep &= log[column].isin(list(wanted))
    if start is not None:
        keep &= log["day"] >= start
    if end is not None:
        keep &= log["day"] <= end
    out = log[keep].reset_index(drop=True)[AUDIT_COLUMNS]
    return out.head(limit) if limit is not None else out


def autopilot_threshold(store: Store) -> float | None:
    """The confidence autopilot needs to send (the admin's setting, else CRM_AUTOPILOT_THRESHOLD); None if the
    inbox is not installed or the setting is invalid."""
    try:
        from core.inbox.settings import InboxSettings
        return InboxSettings(store).threshold()
    except Exception:  # noqa: BLE001 - the chart simply goes without its threshold line
        return None


def to_csv(df: pd.DataFrame) -> bytes:
    """A frame as UTF-8 CSV (what the download button serves)."""
    return df.to_csv(index=False).encode("utf-8")


def _audit_messages(store: Store) -> pd.DataFrame:
    df = _frame(store, """
        SELECT a.created_at AS time, a.classification, coalesce(d.status, a.status) AS status, a.status AS route,
               a.triggered_keywords AS triggered, coalesce(m.channel, split_part(a.client_id, ':', 1)) AS channel,
               coalesce(nullif(trim(coalesce(ct.first_name, '') || ' ' || coalesce(ct.last_name, '')), ''),
                        split_part(a.client_id, ':', 2)) AS contact,
               CASE WHEN d.status = 'auto_sent' THEN 'autopilot' ELSE u.name END AS actor,
               a.input_message AS input, coalesce(o.body, a.output_message) AS output, a.confidence,
               a.latency_ms,
               CASE WHEN d.decision_reason IS NOT NULL THEN 'Reviewer: ' || d.decision_reason || ' | '
                    || coalesce(a.reasoning, '') ELSE a.reasoning END AS reasoning,
               'message ' || CAST(a.message_id AS VARCHAR) AS ref
        FROM security_audit a
        LEFT JOIN messages m ON m.id = a.message_id
        LEFT JOIN contacts ct ON ct.id = coalesce(a.contact_id, m.contact_id)
        LEFT JOIN drafts d ON d.message_id = a.message_id
        LEFT JOIN users u ON u.id = d.reviewer_id
        LEFT JOIN outbox o ON o.draft_id = d.id""",
                ["time", "classification", "status", "route", "triggered", "channel", "contact", "actor", "input",
                 "output", "confidence", "latency_ms", "reasoning", "ref"],
                needs=("security_audit", "messages", "drafts", "outbox", "contacts", "users"))
    if df.empty:
        return pd.DataFrame(columns=AUDIT_COLUMNS)
    df["kind"] = MESSAGE
    df["type"] = [type_label(violation_type(c, t)) for c, t in zip(df["classification"], df["triggered"])]
    return df[AUDIT_COLUMNS]


def _audit_crm(store: Store) -> pd.DataFrame:
    df = _frame(store, """
        SELECT a.created_at AS time, a.status, a.op, a.target_table, a.target_id, a.seq, a.before, a.after,
               CASE WHEN a.user_id = ? THEN 'AutoCRM (automatic)' ELSE u.name END AS actor,
               CASE WHEN a.user_id = ? THEN 'inbox' WHEN p.session_id IS NOT NULL THEN 'chat' ELSE 'direct' END
                   AS channel,
               p.text AS input, a.plan_id
        FROM crm_actions a LEFT JOIN plans p ON p.id = a.plan_id LEFT JOIN users u ON u.id = a.user_id""",
                ["time", "status", "op", "target_table", "target_id", "seq", "before", "after", "actor", "channel",
                 "input", "plan_id"], [SYSTEM_USER_ID, SYSTEM_USER_ID],
                needs=("crm_actions", "plans", "users"))
    if df.empty:
        return pd.DataFrame(columns=AUDIT_COLUMNS)
    output = [_change_text(table, tid, b, a)
              for table, tid, b, a in zip(df["target_table"], df["target_id"], df["before"], df["after"])]
    out = pd.DataFrame({"time": df["time"], "kind": CRM_CHANGE, "classification": None, "status": df["status"],
                        "route": None, "type": df["op"], "channel": df["channel"], "contact": None,
                        "actor": df["actor"], "input": df["input"], "output": output, "confidence": None,
                        "latency_ms": None, "reasoning": None,
                        "ref": "plan " + df["plan_id"] + " #" + df["seq"].astype(int).astype(str)})
    return out[AUDIT_COLUMNS]


def _json(raw: Any) -> Any:
    """A JSON column's value parsed; None for SQL NULL (which pandas may hand over as NaN)."""
    return json.loads(raw) if isinstance(raw, (str, bytes)) and raw else None


_SINGULAR = {"companies": "company", "activities": "activity"}


def _record_label(table: str, row_id: Any, image: dict) -> str:
    """What a person calls a record: a deal's name, a contact's full name, a task's title."""
    name = image.get("name") or image.get("title") or image.get("subject") or \
        " ".join(str(image[k]) for k in ("first_name", "last_name") if image.get(k))
    kind = _SINGULAR.get(table, table.rstrip("s"))
    return f"{kind} {name}" if name else f"{kind} #{int(row_id)}"


def _change_text(table: str, row_id: Any, before: Any, after: Any) -> str:
    """'deal Example Add-on: stage Negotiation → Proposal; amount 18500 → 20000' ('…: created')."""
    b, a = _json(before), _json(after) or {}
    label = _record_label(table, row_id, a or b or {})
    if b is None:
        return f"{label}: created"
    if a.get("deleted_at") and not b.get("deleted_at"):
        return f"{label}: deleted"
    skip = {"updated_at", "created_at", "id"}
    changes = [f"{k} {'—' if b.get(k) is None else b.get(k)} → {'—' if a.get(k) is None else a.get(k)}"
               for k in sorted(set(a) | set(b)) if k not in skip and a.get(k) != b.get(k)]
    return f"{label}: " + ("; ".join(changes) or "no field changed")
