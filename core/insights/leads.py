"""Lead scores: contacts in lifecycle 'lead', scored with the same binned model and reasons as deal health.

A lead's outcome (it became an opportunity, or went nowhere) is not recorded as cleanly as a deal's, so the
lead model is the documented prior of vocab/lead_model.json; its base rate blends in the share of leads this
CRM converted (contacts whose lifecycle moved from lead to a later stage through a plan).
"""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from core import config
from core.insights.features import Typical, tier_of
from core.insights.model import bins_of, load_spec, prior_model
from core.insights.reasons import render
from core.store import Store, now

DAY = np.timedelta64(1, "D")


def _lead_frame(store: Store, as_of: dt.datetime) -> pd.DataFrame:
    won, lost = config.pipeline()[-2], config.pipeline()[-1]
    return pd.DataFrame(store.query(
        "SELECT c.id, trim(c.first_name || ' ' || coalesce(c.last_name, '')) AS name, c.title, c.created_at, "
        "c.company_id, "
        "(SELECT max(coalesce(m.sent_at, m.received_at)) FROM messages m WHERE m.contact_id = c.id "
        " AND m.direction = 'in' AND coalesce(m.sent_at, m.received_at) <= ?) AS last_reply, "
        "(SELECT count(*) FROM messages m WHERE m.contact_id = c.id AND m.direction = 'in' "
        " AND coalesce(m.sent_at, m.received_at) BETWEEN ? - INTERVAL 90 DAY AND ?) AS messages_90d, "
        "(SELECT max(a.occurred_at) FROM activities a WHERE a.contact_id = c.id AND a.deleted_at IS NULL "
        " AND a.occurred_at <= ?) AS last_activity, "
        "(SELECT CASE WHEN count(*) FILTER (WHERE d.stage = ?) > 0 THEN 'won_before' "
        "             WHEN count(*) FILTER (WHERE d.stage <> ?) > 0 THEN 'open_deal' ELSE 'none' END "
        " FROM deals d WHERE d.company_id = c.company_id AND d.deleted_at IS NULL) AS company_deals, "
        "(SELECT g.summary FROM messages m JOIN message_signals g ON g.message_id = m.id WHERE m.contact_id = c.id "
        " AND m.direction = 'in' AND coalesce(m.sent_at, m.received_at) BETWEEN ? - INTERVAL 30 DAY AND ? "
        " ORDER BY CASE g.summary WHEN 'churn_threat' THEN 0 WHEN 'complaint' THEN 1 WHEN 'objection' THEN 2 "
        " WHEN 'buying_signal' THEN 3 ELSE 4 END, m.id DESC LIMIT 1) AS customer_signal "
        "FROM contacts c WHERE c.deleted_at IS NULL AND lower(c.lifecycle_stage) = 'lead' ORDER BY c.id",
        [as_of, as_of, as_of, as_of, won, lost, as_of, as_of]))


def _converted(store: Store) -> tuple[int, int]:
    """(leads this CRM moved on to a later lifecycle stage, contacts still leads) from the plan history."""
    moved = store.scalar("SELECT count(DISTINCT target_id) FROM crm_actions WHERE target_table = 'contacts' AND "
                         "status = 'executed' AND lower(json_extract_string(before, '$.lifecycle_stage')) = 'lead' "
                         "AND lower(coalesce(json_extract_string(after, '$.lifecycle_stage'), '')) NOT IN ('lead', '')")
    still = store.scalar("SELECT count(*) FROM contacts WHERE deleted_at IS NULL AND lower(lifecycle_stage) = 'lead'")
    return int(moved or 0), int(still or 0)


def score_leads(store: Store, as_of: dt.datetime):
    from core.insights.service import Score

    spec = load_spec("lead")
    leads = _lead_frame(store, as_of)
    if leads.empty:
        return []
    moved, still = _converted(store)
    model = prior_model(spec, moved, still if moved else 0)
    ts = pd.Timestamp(as_of)
    feats = pd.DataFrame({
        "days_since_reply": ((ts - pd.to_datetime(leads["last_reply"])) / DAY).round(),
        "messages_90d": leads["messages_90d"].astype(float),
        "senior_tier": [tier_of(t) or ("none" if t else None) for t in leads["title"]],
        "senior_title": leads["title"].fillna(""),
        "days_since_activity": ((ts - pd.to_datetime(leads["last_activity"])) / DAY).round(),
        "company_deals": leads["company_deals"].where(leads["company_id"].notna(), None),
        "customer_signal": leads["customer_signal"].where(leads["customer_signal"].notna(),
                                                          np.where(leads["last_reply"].notna(), "none", None)),
        "age_days": ((ts - pd.to_datetime(leads["created_at"])) / DAY).round(),
    })
    bins = bins_of(spec, feats)
    prob, contrib = model.predict(bins, feats)
    typical = Typical()
    reasons = render(spec, feats, bins, contrib, typical)
    computed = now()
    version = model.version
    scores = [Score("lead", int(i), n, float(p * 100), model.base_rate * 100, model.name, version,
                    model.n_won + model.n_lost, tuple(r), computed, as_of)
              for i, n, p, r in zip(leads["id"], leads["name"], prob, reasons)]
    return sorted(scores, key=lambda s: (-s.score, s.record_id))
