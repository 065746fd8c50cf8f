"""The insights service: deal health and lead scores with reasons, stored with their history of changes.

Reads the CRM (never writes CRM records): scores, their changes and message signals are derived data kept in
their own tables (migration 7), written in transactions marked crm=False.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import threading
import weakref
from dataclasses import dataclass

import numpy as np
import pandas as pd

from core import config
from core.errors import NotFound, ValidationError
from core.insights import features as F
from core.insights.model import WinModel, bins_of, choose, load_spec, logit, prior_model
from core.insights.reasons import Reason, change_reasons, render
from core.store import Store, now, utc

log = logging.getLogger(__name__)
CHANGE_POINTS = 1.0    # a score that moves less than this is not a change worth recording
AT_RISK_ODDS = 0.5     # at risk: odds of winning at most half the typical deal's (log-odds deviation <= -0.69)


@dataclass(frozen=True)
class Score:
    kind: str                  # deal | lead
    record_id: int
    name: str
    score: float               # 0-100: the win (or conversion) probability in percent
    base_rate: float           # 0-100: the typical record's, which the reasons' contributions start from
    model: str
    model_version: str
    n_trained: int
    reasons: tuple[Reason, ...]
    computed_at: dt.datetime
    as_of: dt.datetime
    extra: tuple[tuple[str, object], ...] = ()

    def to_dict(self) -> dict:
        key = "deal_id" if self.kind == "deal" else "contact_id"
        return {key: self.record_id, "name": self.name, "score": round(self.score, 1),
                "base_rate": round(self.base_rate, 1), "model": self.model, "model_version": self.model_version,
                "n_trained": self.n_trained, "reasons": [r.to_dict() for r in self.reasons],
                "computed_at": self.computed_at.isoformat(sep=" "), **dict(self.extra)}

    @property
    def top_reasons(self) -> tuple[Reason, ...]:
        return tuple(r for r in self.reasons if abs(r.contribution) >= 0.01)[:5]


def seen_at(day: dt.date) -> dt.datetime:
    """When a calendar day is seen: at its end (18:00 in the server's zone), in UTC like the stored times it is
    compared with."""
    return utc(dt.datetime.combine(day, dt.time(18)))


def _moment(as_of: dt.date | dt.datetime | None) -> dt.datetime:
    """The moment scores are computed at, in UTC: a date (or CRM_TODAY) is seen at its end, a datetime is taken as
    stored, nothing is now."""
    if as_of is None:
        value = config.get("CRM_TODAY")
        return seen_at(dt.date.fromisoformat(value)) if value else now()
    if isinstance(as_of, dt.datetime):
        return as_of
    return seen_at(as_of)


class Insights:
    """Deal health, lead scores, their stored history, and the message signals behind them."""

    def __init__(self, store: Store):
        self.store = store
        self._cache: dict = {}
        self._lock = threading.RLock()

    # -- reading the CRM -------------------------------------------------------------------------------------
    def frames(self, as_of: dt.datetime) -> F.Frames:
        s = self.store
        stages = config.pipeline()
        won_stage, lost_stage = stages[-2], stages[-1]
        deals = pd.DataFrame(s.query(
            "SELECT d.id, d.name, d.stage, d.amount, d.close_date, d.created_at, d.updated_at, d.owner_id, d.product, "
            "c.industry, d.company_id, d.contact_id FROM deals d LEFT JOIN companies c ON c.id = d.company_id "
            "WHERE d.deleted_at IS NULL ORDER BY d.id"))
        if deals.empty:
            deals = pd.DataFrame(columns=["id", "name", "stage", "amount", "close_date", "created_at", "updated_at",
                                          "owner_id", "product", "industry", "company_id", "contact_id"])
        acts = pd.DataFrame(s.query(
            "SELECT target_id AS deal_id, created_at AS at, "
            "json_extract_string(before, '$.stage') AS b_stage, json_extract_string(after, '$.stage') AS a_stage, "
            "json_extract_string(before, '$.close_date') AS b_close, json_extract_string(after, '$.close_date') AS a_close, "
            "json_extract_string(before, '$.amount') AS b_amount, json_extract_string(after, '$.amount') AS a_amount "
            "FROM crm_actions WHERE target_table = 'deals' AND status = 'executed' ORDER BY created_at, id"))
        changes = []
        closed_at, stage_before, stage_since = {}, {}, {}
        for r in acts.to_dict("records") if not acts.empty else []:
            did, at = r["deal_id"], r["at"]
            if r["b_close"] is not None and r["b_close"] != r["a_close"]:
                changes.append((did, at, "close_date", r["b_close"], r["a_close"]))
            if r["b_amount"] is not None and r["b_amount"] != r["a_amount"]:
                changes.append((did, at, "amount", r["b_amount"], r["a_amount"]))
            if r["a_stage"] != r["b_stage"]:
                if r["a_stage"] in (won_stage, lost_stage) and r["b_stage"] not in (won_stage, lost_stage):
                    closed_at[did], stage_before[did] = at, r["b_stage"]
                elif r["a_stage"] not in (won_stage, lost_stage):
                    stage_since[did] = at
        closed = deals["stage"].isin([won_stage, lost_stage])
        close_day = pd.to_datetime(deals["close_date"])  # a local calendar day, seen at its end like as_of
        close_ts = pd.to_datetime(close_day.map({d: seen_at(d.date()) for d in close_day.dropna().unique()}))
        fallback = close_ts.where(close_ts.notna() & (close_ts <= pd.Timestamp(as_of)), deals["updated_at"])
        deals["as_of"] = np.where(closed, deals["id"].map(closed_at).fillna(fallback), pd.Timestamp(as_of))
        deals["as_of"] = pd.to_datetime(deals["as_of"])
        deals["won"] = np.where(closed, (deals["stage"] == won_stage).astype(float), np.nan)
        deals["stage_at"] = np.where(closed, deals["id"].map(stage_before), deals["stage"])
        deals["stage_at"] = deals["stage_at"].where(pd.notna(deals["stage_at"]), None)
        since = deals["id"].map(stage_since)
        deals["stage_since"] = pd.to_datetime(since.where(since.notna(), deals["created_at"]))
        activities = pd.DataFrame(s.query(
            "SELECT deal_id, contact_id, occurred_at FROM activities WHERE deleted_at IS NULL AND deal_id IS NOT NULL"))
        replies = pd.DataFrame(s.query(
            "SELECT * FROM (SELECT m.direction, m.contact_id, ct.company_id, coalesce(m.sent_at, m.received_at) AS at, "
            "g.summary AS signal, g.polarity, "
            "lag(m.direction) OVER w AS prev_direction, lag(coalesce(m.sent_at, m.received_at)) OVER w AS prev_at "
            "FROM messages m LEFT JOIN contacts ct ON ct.id = m.contact_id "
            "LEFT JOIN message_signals g ON g.message_id = m.id "
            "WINDOW w AS (PARTITION BY m.conversation_id ORDER BY coalesce(m.sent_at, m.received_at), m.id)) "
            "WHERE direction = 'in'"))
        if not replies.empty:  # how long the customer took to answer us: only the first message after ours counts
            answered = replies["prev_direction"] == "out"
            gap = (pd.to_datetime(replies["at"]) - pd.to_datetime(replies["prev_at"])) / pd.Timedelta(days=1)
            replies = replies.assign(latency=gap.where(answered)).drop(columns=["direction", "prev_direction",
                                                                                "prev_at"])
        contacts = pd.DataFrame(s.query("SELECT id, title FROM contacts"))
        kw = {}
        if not activities.empty:
            kw["activities"] = activities.astype({"occurred_at": "datetime64[ns]"})
        if not replies.empty:
            kw["replies"] = replies.astype({"at": "datetime64[ns]", "company_id": "float64"})
        if not contacts.empty:
            kw["contacts"] = contacts
        if changes:
            kw["changes"] = pd.DataFrame(changes, columns=["deal_id", "at", "field", "before", "after"])
        return F.Frames(deals, **kw)

    # -- the model -------------------------------------------------------------------------------------------
    def model(self, as_of: dt.datetime | None = None) -> tuple[WinModel, F.Typical, F.Frames]:
        """The win model learned from this CRM's closed deals (cached until the CRM changes, or for an hour)."""
        as_of = _moment(as_of)
        key = ("deal", self.store.data_version, as_of.replace(minute=0, second=0, microsecond=0))
        with self._lock:  # one learner at a time; the page, the chat and the CLI share this service
            found = self._cache.get(key)
            if found is None:
                found = self._learn(as_of)
                self._cache = {key: found}
            return found

    def _learn(self, as_of: dt.datetime) -> tuple[WinModel, F.Typical, F.Frames]:
        frames = self.frames(as_of)
        spec = load_spec("deal")
        stages = config.pipeline()
        closed = frames.deals[frames.deals["won"].notna()].reset_index(drop=True)
        typical = F.typical_of(frames)
        if len(closed):
            cf = F.Frames(closed, frames.activities, frames.replies, frames.contacts, frames.changes)
            feats = F.compute(cf, typical, stages, history_rates=F.history_rates(closed))
            bins = bins_of(spec, feats)
            y = closed["won"].to_numpy(dtype=float)
            model = choose(spec, bins, y, order=np.argsort(closed["as_of"].to_numpy(), kind="stable"))
        else:
            model = prior_model(spec)
        if model.name == "prior":
            model = self._centred_on_open_deals(model, frames, typical, stages)
        return model, typical, frames

    @staticmethod
    def _centred_on_open_deals(model: WinModel, frames: F.Frames, typical: F.Typical, stages: list[str]) -> WinModel:
        """The prior's weights measured from this CRM's typical open deal, so the base rate is that deal's."""
        open_deals = frames.deals[frames.deals["won"].isna()].reset_index(drop=True)
        if open_deals.empty:
            return model
        feats = F.compute(F.Frames(open_deals, frames.activities, frames.replies, frames.contacts, frames.changes),
                          typical, stages)
        model.centres = model.contributions(bins_of(model.spec, feats)).mean(axis=0) + model.centres
        return model

    # -- deal health -----------------------------------------------------------------------------------------
    def score_deals(self, as_of: dt.date | dt.datetime | None = None, deal_ids: list[int] | None = None,
                    save: bool = False) -> list[Score]:
        """Health of every open deal (or of deal_ids), worst first; save=True stores them and their changes."""
        moment = _moment(as_of)
        model, typical, frames = self.model(moment)
        d = frames.deals
        open_deals = d[d["won"].isna()].assign(as_of=pd.Timestamp(moment))  # the cached frames may be minutes old
        if deal_ids is not None:
            unknown = sorted(set(deal_ids) - set(d["id"]))
            if unknown:
                raise NotFound(f"no deal with id {', '.join(map(str, unknown))}")
            open_deals = d[d["id"].isin(deal_ids)].assign(as_of=pd.Timestamp(moment), won=np.nan,
                                                          stage_at=lambda x: x["stage"])
        scores = self._score_frame(open_deals.reset_index(drop=True), frames, model, typical, moment)
        if save:
            self.save(scores)
        return sorted(scores, key=lambda s: (s.score, s.record_id))

    def _score_frame(self, deals: pd.DataFrame, frames: F.Frames, model: WinModel, typical: F.Typical,
                     moment: dt.datetime) -> list[Score]:
        if deals.empty:
            return []
        spec = model.spec
        feats = F.compute(F.Frames(deals, frames.activities, frames.replies, frames.contacts, frames.changes),
                          typical, config.pipeline())
        bins = bins_of(spec, feats)
        prob, contrib = model.predict(bins, feats)
        reasons = render(spec, feats, bins, contrib, typical)
        ts = now()
        version = model.version
        return [Score("deal", int(i), str(n), float(p * 100), model.base_rate * 100, model.name, version,
                      model.n_won + model.n_lost, tuple(r), ts, moment,
                      (("stage", st), ("amount", None if pd.isna(a) else float(a)), ("owner_id", None if pd.isna(o)
                                                                                       else int(o)),
                       ("close_date", None if pd.isna(c) else str(c)[:10])))
                for i, n, p, r, st, a, o, c in zip(deals["id"], deals["name"], prob, reasons, deals["stage"],
                                                   deals["amount"], deals["owner_id"], deals["close_date"])]

    # -- lead scores -----------------------------------------------------------------------------------------
    def score_leads(self, as_of: dt.date | dt.datetime | None = None, save: bool = False) -> list[Score]:
        """Conversion likelihood of contacts in lifecycle 'lead' (documented prior weights; see README)."""
        from core.insights.leads import score_leads
        scores = score_leads(self.store, _moment(as_of))
        if save:
            self.save(scores)
        return scores

    # -- storage ---------------------------------------------------------------------------------------------
    def save(self, scores: list[Score]) -> int:
        """Store the latest scores; a score that moved by CHANGE_POINTS or more records the change and why."""
        if not scores:
            return 0
        s = self.store
        kind = scores[0].kind
        old = {r["record_id"]: r for r in s.query(
            "SELECT record_id, score, reasons, as_of FROM insight_scores WHERE kind = ? AND record_id IN "
            "(SELECT unnest(?::INTEGER[]))", [kind, [x.record_id for x in scores]])}
        changes = []
        for x in scores:
            prev = old.get(x.record_id)
            if prev is not None and abs(prev["score"] - x.score) >= CHANGE_POINTS:
                was = [Reason.from_dict(r) for r in json.loads(prev["reasons"])]
                why = change_reasons(was, list(x.reasons), dropped=x.score < prev["score"])
                changes.append((x, prev, why))
        with s.atomic(crm=False):
            ids = s.next_ids("insight_score_changes", len(changes)) if changes else []
            for cid, (x, prev, why) in zip(ids, changes):
                s.execute("INSERT INTO insight_score_changes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          [cid, x.kind, x.record_id, prev["score"], x.score, x.model_version, json.dumps(why),
                           prev["as_of"], x.as_of, x.computed_at])
            frame = pd.DataFrame({
                "kind": [x.kind for x in scores], "record_id": [x.record_id for x in scores],
                "score": [x.score for x in scores], "base_rate": [x.base_rate for x in scores],
                "model": [x.model for x in scores], "model_version": [x.model_version for x in scores],
                "n_trained": [x.n_trained for x in scores],
                "reasons": [json.dumps([r.to_dict() for r in x.reasons]) for x in scores],
                "computed_at": [x.computed_at for x in scores], "as_of": [x.as_of for x in scores]})
            s.con.register("new_scores", frame)
            try:
                s.execute("INSERT OR REPLACE INTO insight_scores SELECT kind, record_id, score, base_rate, model, "
                          "model_version, n_trained, reasons::JSON, computed_at, as_of FROM new_scores")
            finally:
                s.con.unregister("new_scores")
        return len(changes)

    def history(self, kind: str, record_id: int) -> list[dict]:
        """Recorded changes of one score, newest first, each with its top reasons."""
        if kind not in ("deal", "lead"):
            raise ValidationError(f"kind must be deal or lead, not {kind!r}", "kind")
        rows = self.store.query("SELECT old_score, new_score, reasons, old_as_of, as_of, changed_at, model_version "
                                "FROM insight_score_changes WHERE kind = ? AND record_id = ? ORDER BY as_of DESC, id DESC",
                                [kind, record_id])
        for r in rows:
            r["reasons"] = json.loads(r["reasons"])
        return rows

    def stored(self, kind: str = "deal") -> dict[int, dict]:
        return {r["record_id"]: r for r in self.store.query("SELECT * FROM insight_scores WHERE kind = ?", [kind])}

    # -- message signals -------------------------------------------------------------------------------------
    def signal_counts(self, days: int = 30) -> dict[str, int]:
        """Customer messages of the last `days` days by sentiment and by intent (a message may count for several)."""
        since = now() - dt.timedelta(days=days)
        rows = self.store.query(
            "SELECT g.sentiment, g.intents FROM message_signals g JOIN messages m ON m.id = g.message_id "
            "WHERE m.direction = 'in' AND m.received_at >= ?", [since])
        counts = {"messages": len(rows), "positive": 0, "neutral": 0, "negative": 0}
        from core.insights.signals import INTENTS
        counts.update({i: 0 for i in INTENTS})
        for r in rows:
            counts[r["sentiment"]] += 1
            for i in json.loads(r["intents"]):
                counts[i] = counts.get(i, 0) + 1
        return counts

    # -- questions -------------------------------------------------------------------------------------------
    def at_risk(self, as_of=None, close_between: tuple[dt.date, dt.date] | None = None) -> list[Score]:
        scores = self.score_deals(as_of)
        risky = [x for x in scores if deviation(x) <= np.log(AT_RISK_ODDS)]
        if close_between:
            lo, hi = close_between
            risky = [x for x in risky if dict(x.extra).get("close_date") and
                     lo.isoformat() <= dict(x.extra)["close_date"] <= hi.isoformat()]
        return risky

    def explain(self, deal_id: int, as_of=None) -> tuple[Score, dict | None]:
        """A deal's current health and its last recorded change (None if it never changed)."""
        score = self.score_deals(as_of, deal_ids=[deal_id])[0]
        changes = self.history("deal", deal_id)
        return score, (changes[0] if changes else None)


_BY_STORE: "weakref.WeakKeyDictionary[Store, Insights]" = weakref.WeakKeyDictionary()
_BY_STORE_LOCK = threading.Lock()


def for_store(store: Store) -> Insights:
    """The one Insights of a Store (its learned model is cached there), for callers that only hold the Store."""
    with _BY_STORE_LOCK:
        found = _BY_STORE.get(store)
        if found is None:
            found = _BY_STORE[store] = Insights(store)
        return found


def deviation(score: Score) -> float:
    """The score's log-odds minus the base rate's: what the contributions add up to."""
    return float(logit(score.score / 100) - logit(score.base_rate / 100))
