"""Deal features from CRM tables, each deal seen as of its own moment (now for open deals, its close for closed ones).

Pure: works on pandas frames the service reads from the Store (or a benchmark builds from a CSV), so the same
code scores 10,000 open deals and rebuilds the history of closed ones for training. Every feature is computed
from what was known at the deal's `as_of`, so a closed deal's own outcome never leaks into its features.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from core.store import local_time

VOCAB = Path(__file__).parent / "vocab"
DAY = np.timedelta64(1, "D")
SIGNAL_ORDER = ("churn_threat", "complaint", "objection", "buying_signal")  # the strongest intent wins


@lru_cache(maxsize=None)
def title_tiers() -> tuple[tuple[str, re.Pattern], ...]:
    data = json.loads((VOCAB / "titles.json").read_text(encoding="utf-8"))
    return tuple((t["tier"], re.compile(r"\b(?:" + "|".join(re.escape(p) for p in t["patterns"]) + r")\b", re.I))
                 for t in data["tiers"])


def tier_of(title: str | None) -> str | None:
    """The seniority tier of a job title ("VP Operations" -> "vp"), None when the title says nothing."""
    if not title:
        return None
    for tier, rx in title_tiers():
        if rx.search(title):
            return tier
    return None


TIER_RANK = {"executive": 0, "vp": 1, "director": 2, "manager": 3, "staff": 4}


@dataclass(frozen=True)
class Frames:
    """What deal features are computed from.

    deals: id, name, stage, amount, close_date, created_at, owner_id, product, industry, company_id, contact_id,
           as_of (when the deal is seen), won (1/0 for closed deals, NaN for open ones), stage_at (the open stage
           it was in at as_of), stage_since (when it entered that stage; NaT = unknown)
    activities: deal_id, contact_id, occurred_at
    replies: contact_id, company_id, at (when the customer wrote), signal (strongest intent or tone, or None),
             polarity (tone, + positive), latency (days since our message it answers; NaN when not an answer)
    contacts: id, title
    changes: deal_id, at, field ('close_date' | 'amount'), before, after (from crm_actions)
    """
    deals: pd.DataFrame
    activities: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(
        {"deal_id": pd.Series(dtype="int64"), "contact_id": pd.Series(dtype="float64"),
         "occurred_at": pd.Series(dtype="datetime64[ns]")}))
    replies: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(
        {"contact_id": pd.Series(dtype="int64"), "company_id": pd.Series(dtype="float64"),
         "at": pd.Series(dtype="datetime64[ns]"), "signal": pd.Series(dtype="object"),
         "polarity": pd.Series(dtype="float64"), "latency": pd.Series(dtype="float64")}))
    contacts: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(
        {"id": pd.Series(dtype="int64"), "title": pd.Series(dtype="object")}))
    changes: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(
        {"deal_id": pd.Series(dtype="int64"), "at": pd.Series(dtype="datetime64[ns]"),
         "field": pd.Series(dtype="object"), "before": pd.Series(dtype="object"),
         "after": pd.Series(dtype="object")}))


@dataclass(frozen=True)
class Typical:
    """What is typical in this CRM, for comparisons in reasons ("no reply in 11 days (typical 3)")."""
    reply_gap_days: float | None = None
    reply_latency_days: float | None = None
    activity_gap_days: float | None = None
    amount: float | None = None
    cycle_days: float | None = None
    stage_days: float | None = None
    win_rate: float | None = None
    owner_rates: dict = field(default_factory=dict)
    product_rates: dict = field(default_factory=dict)
    industry_rates: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"reply_gap_days": self.reply_gap_days, "reply_latency_days": self.reply_latency_days,
                "activity_gap_days": self.activity_gap_days,
                "amount": self.amount, "cycle_days": self.cycle_days, "stage_days": self.stage_days,
                "win_rate": self.win_rate}


def local_day(moments: pd.Series) -> pd.Series:
    """The calendar day, in the server's zone, of each stored (UTC) moment, as midnight: what a close date (a local
    calendar day) is compared with."""
    days = {t: local_time(t.to_pydatetime()).date() for t in moments.dropna().unique()}
    return pd.to_datetime(moments.map(days))


def _median_gap(times: pd.DataFrame, key: str, col: str) -> float | None:
    """Median days between consecutive events of one key (a customer's usual reply cadence)."""
    if times.empty:
        return None
    t = times[[key, col]].dropna().sort_values([key, col])
    gaps = t.groupby(key)[col].diff().dropna() / DAY
    gaps = gaps[gaps > 0]
    return float(gaps.median()) if len(gaps) else None


def _rate_table(closed: pd.DataFrame, key: str, prior_rate: float, strength: float = 10.0) -> dict:
    """Win rate per value of key, shrunk towards the overall rate (a value with 2 deals says little)."""
    if closed.empty or key not in closed:
        return {}
    g = closed.dropna(subset=[key]).groupby(key)["won"].agg(["sum", "count"])
    return {k: float((r["sum"] + strength * prior_rate) / (r["count"] + strength)) for k, r in g.iterrows()}


def typical_of(frames: Frames, closed: pd.DataFrame | None = None) -> Typical:
    """Medians and rates from the CRM (and, for rates, from the closed deals a model learns from)."""
    d = frames.deals
    closed = d[d["won"].notna()] if closed is None else closed
    won = closed[closed["won"] == 1]
    cycle = ((won["as_of"] - won["created_at"]) / DAY) if len(won) else pd.Series(dtype=float)
    cycle = cycle[cycle > 0]
    amounts = d["amount"][d["amount"] > 0] if "amount" in d else pd.Series(dtype=float)
    rate = float(closed["won"].mean()) if len(closed) else None
    stage_days = ((d["as_of"] - d["stage_since"]) / DAY).dropna()
    latency = frames.replies["latency"].dropna() if "latency" in frames.replies else pd.Series(dtype=float)
    return Typical(
        reply_gap_days=_median_gap(frames.replies.assign(key=frames.replies["contact_id"]), "key", "at"),
        reply_latency_days=float(latency.median()) if len(latency) else None,
        activity_gap_days=_median_gap(frames.activities, "deal_id", "occurred_at"),
        amount=float(amounts.median()) if len(amounts) else None,
        cycle_days=float(cycle.median()) if len(cycle) else None,
        stage_days=float(stage_days.median()) if len(stage_days) else None,
        win_rate=rate,
        owner_rates=_rate_table(closed, "owner_id", rate or 0.0),
        product_rates=_rate_table(closed, "product", rate or 0.0),
        industry_rates=_rate_table(closed, "industry", rate or 0.0),
    )


def _last_before(events: pd.DataFrame, deals: pd.DataFrame, on: str, left_on: str, time_col: str) -> pd.Series:
    """Per deal (indexed like deals): the latest event time at or before the deal's as_of."""
    if events.empty:
        return pd.Series(pd.NaT, index=deals.index, dtype="datetime64[ns]")
    m = deals[[left_on, "as_of"]].reset_index().merge(events[[on, time_col]], left_on=left_on, right_on=on)
    m = m[m[time_col] <= m["as_of"]]
    return m.groupby("index")[time_col].max().reindex(deals.index)


def compute(frames: Frames, typical: Typical, stages: list[str],
            history_rates: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per deal: raw feature values (NaN/None = unknown) plus what the sentences need.

    history_rates: owner/product/industry win rates per deal computed from deals closed before it (training
    rows); without it the rates in `typical` (from every closed deal) are used (scoring open deals).
    """
    d = frames.deals.reset_index(drop=True)
    as_of = d["as_of"]
    out = pd.DataFrame(index=d.index)

    # customer replies: any contact of the deal's company (or the deal's contact when it has no company)
    rep = frames.replies
    latency = tone_change = pd.Series(np.nan, index=d.index)
    pairs = [pd.DataFrame({"index": d.index[d["contact_id"].notna()],
                           "contact_id": d["contact_id"].dropna().astype("int64")})]
    signal = pd.Series(None, index=d.index, dtype=object)
    if not rep.empty:
        keyed = rep.assign(key=rep["company_id"].where(rep["company_id"].notna(), -rep["contact_id"]))
        dk = d.assign(key=d["company_id"].where(d["company_id"].notna(), -d["contact_id"].fillna(0)))
        last_reply = _last_before(keyed, dk, "key", "key", "at")
        cols = ["key", "at", "signal", "contact_id"] + [c for c in ("polarity", "latency") if c in keyed]
        m = dk[["key", "as_of"]].reset_index().merge(keyed[cols], on="key")
        m = m[(m["at"] <= m["as_of"]) & (m["at"] > m["as_of"] - 90 * DAY)]
        pairs.append(m[["index", "contact_id"]].dropna())
        recent_first = m.sort_values("at", ascending=False)
        if "latency" in m:  # the customer's last three answers against everyone's typical answer
            lat = recent_first.dropna(subset=["latency"]).groupby("index").head(3).groupby("index")["latency"]
            latency = lat.median().reindex(d.index)
        if "polarity" in m:  # tone of the last three messages against the ones before (90 days)
            pol = recent_first.dropna(subset=["polarity"])
            rank = pol.groupby("index").cumcount()
            last3 = pol[rank < 3].groupby("index")["polarity"].mean()
            before3 = pol[rank >= 3].groupby("index")["polarity"].mean()
            tone_change = (last3 - before3).reindex(d.index)
        m = m[m["at"] > m["as_of"] - 30 * DAY].dropna(subset=["signal"])
        if len(m):
            prio = m["signal"].map({s: i for i, s in enumerate(SIGNAL_ORDER)})
            strongest = m[prio.notna()].assign(p=prio).sort_values("p").groupby("index")["signal"].first()
            latest = m.sort_values("at").groupby("index")["signal"].last()
            signal = strongest.combine_first(latest).reindex(d.index)
    else:
        last_reply = pd.Series(pd.NaT, index=d.index, dtype="datetime64[ns]")
    out["days_since_reply"] = ((as_of - last_reply) / DAY).round()
    out["reply_latency"] = latency.round(1)
    out["reply_latency_ratio"] = latency / typical.reply_latency_days if typical.reply_latency_days else np.nan
    out["tone_change"] = tone_change
    out["tone_trend"] = np.where(tone_change.isna(), None, np.where(tone_change <= -1.0, "worsening",
                                                                     np.where(tone_change >= 1.0, "improving",
                                                                              "steady")))

    act = frames.activities
    last_act = _last_before(act, d, "deal_id", "id", "occurred_at")
    out["days_since_activity"] = ((as_of - last_act) / DAY).round()
    if not act.empty:
        m = d[["id", "as_of"]].reset_index().merge(act, left_on="id", right_on="deal_id")
        age = (m["as_of"] - m["occurred_at"]) / DAY
        m = m.assign(age=age)[age >= 0]
        recent = m[m["age"] <= 30].groupby("index").size().reindex(d.index, fill_value=0)
        before = m[(m["age"] > 30) & (m["age"] <= 60)].groupby("index").size().reindex(d.index, fill_value=0)
        pairs.append(m[m["age"] <= 90][["index", "contact_id"]].dropna())
    else:
        recent = before = pd.Series(0, index=d.index)
    out["activities_30d"] = recent.astype(float)
    trend = np.where((recent == 0) & (before == 0), "none",
                     np.where(recent < before / 2, "falling", np.where((recent >= 2) & (recent > 1.5 * before),
                                                                       "rising", "steady")))
    out["activity_trend"] = trend
    out["trend_text"] = [f"{r} in the last 30 days vs {b} before" for r, b in zip(recent, before)]

    # who is engaged (the deal's contact, people on its activities and replies) and the most senior of them
    people = pd.concat(pairs, ignore_index=True).astype({"contact_id": "int64"}).drop_duplicates()
    titles = dict(zip(frames.contacts["id"], frames.contacts["title"])) if not frames.contacts.empty else {}
    ranks = {c: TIER_RANK[t] for c, title in titles.items() if (t := tier_of(title)) is not None}
    people = people.assign(rank=people["contact_id"].map(ranks))
    out["contacts_engaged"] = people.groupby("index").size().reindex(d.index, fill_value=0).astype(float)
    ranked = people.dropna(subset=["rank"]).sort_values(["index", "rank"]).groupby("index").first()
    tier_names = list(TIER_RANK)
    best = ranked["rank"].reindex(d.index)
    out["senior_tier"] = [tier_names[int(r)] if pd.notna(r) else ("none" if n else None)
                          for r, n in zip(best, out["contacts_engaged"])]
    out["senior_title"] = ranked["contact_id"].map(titles).reindex(d.index).fillna("")

    open_stages = stages[:-2] if len(stages) > 2 else stages
    pos = {s: i for i, s in enumerate(open_stages)}
    stage_at = d["stage_at"]
    n = max(len(open_stages) - 1, 1)
    out["stage_position"] = [None if s not in pos else ("early" if pos[s] == 0 else "late" if pos[s] == n else
                                                         "middle") for s in stage_at]
    out["stage"] = stage_at
    out["days_in_stage"] = ((as_of - d["stage_since"]) / DAY).round()

    ch = frames.changes
    slips = pd.Series(0.0, index=d.index)
    cut = pd.Series("", index=d.index, dtype=object)
    if not ch.empty:
        m = d[["id", "as_of"]].reset_index().merge(ch, left_on="id", right_on="deal_id")
        m = m[m["at"] <= m["as_of"]]
        cd = m[m["field"] == "close_date"]
        later = pd.to_datetime(cd["after"], errors="coerce") > pd.to_datetime(cd["before"], errors="coerce")
        slips = cd[later].groupby("index").size().reindex(d.index, fill_value=0).astype(float)
        am = m[m["field"] == "amount"].sort_values("at").groupby("index")
        first = pd.to_numeric(am["before"].first(), errors="coerce")
        last = pd.to_numeric(am["after"].last(), errors="coerce")
        for idx, f0, f1 in zip(first.index, first, last):
            if pd.notna(f0) and pd.notna(f1) and f0 != f1:
                cut[idx] = f"{'cut' if f1 < f0 else 'raised'} {_money(f0)} → {_money(f1)}"
    out["close_date_slips"] = slips
    out["amount_change"] = ["cut" if c.startswith("cut") else "raised" if c.startswith("raised") else "none"
                            for c in cut]
    out["amount_text"] = [c.split(" ", 1)[1] if c else "" for c in cut]

    amount = d["amount"].astype(float)
    out["amount"] = amount
    out["amount_ratio"] = amount / typical.amount if typical.amount else np.nan
    out.loc[~(amount > 0), "amount_ratio"] = np.nan
    age = (as_of - d["created_at"]) / DAY
    out["age_days"] = age.round()
    out["age_ratio"] = age / typical.cycle_days if typical.cycle_days else np.nan
    close = pd.to_datetime(d["close_date"])
    overdue = ((local_day(as_of) - close) / DAY).clip(lower=0)
    out["days_overdue"] = np.where(d["won"].notna(), np.nan, overdue)  # a closed deal is seen at its close
    out["customer_signal"] = signal.to_numpy()
    out.loc[out["customer_signal"].isna() & out["days_since_reply"].notna(), "customer_signal"] = "none"

    overall = typical.win_rate
    if history_rates is not None:
        for key in ("owner", "product", "industry"):
            out[f"{key}_win_rate"] = history_rates[f"{key}_rate"].to_numpy() / overall if overall else np.nan
            out[f"{key}_rate_raw"] = history_rates[f"{key}_rate"].to_numpy()
    else:
        for key, table, col in (("owner", typical.owner_rates, "owner_id"), ("product", typical.product_rates,
                                                                               "product"),
                                ("industry", typical.industry_rates, "industry")):
            raw = d[col].map(table) if col in d else pd.Series(np.nan, index=d.index)
            out[f"{key}_rate_raw"] = raw.astype(float)
            out[f"{key}_win_rate"] = raw.astype(float) / overall if overall else np.nan
    return out


def history_rates(deals: pd.DataFrame, strength: float = 10.0) -> pd.DataFrame:
    """Owner/product/industry win rates of each closed deal from the deals closed strictly before it."""
    d = deals.reset_index(drop=True)
    order = d["as_of"].argsort(kind="stable")
    s = d.iloc[order]
    won = s["won"].astype(float)
    prior_n = np.arange(len(s))
    prior_rate = np.where(prior_n > 0, (won.cumsum() - won) / np.maximum(prior_n, 1), np.nan)
    out = pd.DataFrame(index=s.index)
    for key, col in (("owner", "owner_id"), ("product", "product"), ("industry", "industry")):
        if col not in s:
            out[f"{key}_rate"] = np.nan
            continue
        g = s.groupby(s[col].astype(str))["won"]
        wins_before = g.cumsum() - won
        n_before = g.cumcount()
        rate = (wins_before + strength * prior_rate) / (n_before + strength)
        out[f"{key}_rate"] = np.where((n_before > 0) & s[col].notna(), rate, np.nan)
    out["overall"] = prior_rate
    return out.sort_index()


def _money(v: float) -> str:
    return f"${v:,.0f}"
