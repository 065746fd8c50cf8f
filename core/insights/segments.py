"""Segments: saved, named filters over contacts, companies or deals, re-evaluated live each time they are read.

The filter is a phrase in the chat's bulk-request language ("my deals in proposal closing this month", "all
leads at <company>"), read by the same engine, plus what only insights know: "no reply in 2 weeks" (the
customer's last inbound message), "interested in <word>" (their messages or deals mention it), "at risk" /
"health below 40" (deal health), "negative"/"objection"/"churn" (message signals of the last 30 days).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from core.errors import NotFound, ValidationError
from core.models import User
from core.store import Store, now, utc

ENTITY = (("deals", re.compile(r"\b(?:deals?|opportunit(?:y|ies)|opps?|pipeline|proposals?)\b", re.I)),
          ("companies", re.compile(r"\b(?:compan(?:y|ies)|accounts?)\b", re.I)),
          ("contacts", re.compile(r"\b(?:contacts?|leads?|prospects?|customers?|people|opportunit(?:y|ies))\b", re.I)))
NO_REPLY = re.compile(r"\b(?:with\s+)?(?:no|without(?:\s+a)?)\s+(?:reply|replies|response|answer)|"
                      r"\b(?:(?:have|has)\s*(?:not|n't)|never|not)\s+(?:replied|responded|written)", re.I)
PERIOD = re.compile(r"\s*(?:in|for|since|over|within)\s+(?:the\s+)?(?:last\s+|past\s+)?(\d+|a|an|one|two|three|four|"
                    r"five|six|seven|eight|nine|ten)\s+(day|week|month)s?\b", re.I)
INTERESTED = re.compile(r"\b(?:interested in|asking about|asked about|mentioned?|who want(?:s|ed)?)\s+([\w-]+)", re.I)
AT_RISK = re.compile(r"\bat[- ]risk\b", re.I)
HEALTH = re.compile(r"\b(?:health|score)\s+(below|under|above|over)\s+(\d+)\b", re.I)
SIGNAL = re.compile(r"\b(negative|unhappy|objections?|complain(?:ts?|ed|ing)|churn(?:ing)?|churn threats?|"
                    r"buying signals?|ready to buy)\b", re.I)
SIGNAL_OF = {"negative": "negative", "unhappy": "negative", "objection": "objection", "complain": "complaint",
             "churn": "churn_threat", "buying": "buying_signal", "ready": "buying_signal"}
NAME = re.compile(r"^[\w][\w .&'-]{0,59}$")
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}


@dataclass(frozen=True)
class Segment:
    name: str
    text: str
    entity: str                  # contacts | companies | deals
    ids: tuple[int, ...] = ()
    description: str = ""

    def to_dict(self) -> dict:
        return {"name": self.name, "filter": self.text, "entity": self.entity, "count": len(self.ids),
                "ids": list(self.ids), "description": self.description}


def entity_of(text: str) -> str:
    for name, rx in ENTITY:
        if rx.search(text):
            return name
    raise ValidationError(f"“{text}” does not say what it selects: name deals, contacts, leads or companies "
                          "(e.g. “leads with no reply in 2 weeks”)", "filter")


def _days(m: re.Match) -> int:
    n = int(m.group(1)) if m.group(1).isdigit() else NUMBERS[m.group(1).lower()]
    return n * {"day": 1, "week": 7, "month": 30}[m.group(2).lower()]


def evaluate(store: Store, text: str, user: User, today: dt.date) -> Segment:
    """The records a filter selects right now, and the filter in words."""
    from core import snapshot
    from core.understanding.context import Context
    from core.understanding.engine import Unknown, _Sentence

    text = " ".join(text.split())
    if not text:
        raise ValidationError("a segment needs a filter, e.g. “leads with no reply in 2 weeks”", "filter")
    entity = entity_of(text)
    rest, extra = text, []
    quiet_days = None
    m = NO_REPLY.search(rest)
    if m:
        p = PERIOD.match(rest, m.end())
        if not p:
            raise ValidationError("say how long: “no reply in 2 weeks”", "filter")
        quiet_days = _days(p)
        rest = rest[:m.start()] + rest[p.end():]
        extra.append(f"no reply in {quiet_days} days")
    words = [w.lower() for w in INTERESTED.findall(rest)]
    rest = INTERESTED.sub(" ", rest)
    extra += [f"interested in {w}" for w in words]
    at_risk = bool(AT_RISK.search(rest))
    health = HEALTH.search(rest)
    signals = sorted({SIGNAL_OF[next(k for k in SIGNAL_OF if s.lower().startswith(k))] for s in SIGNAL.findall(rest)})
    rest = SIGNAL.sub(" ", HEALTH.sub(" ", AT_RISK.sub(" ", rest)))
    snap = snapshot.load(store)
    ctx = Context(user, today)
    try:
        if entity == "deals":
            ids, desc = _Sentence(rest, snap, ctx)._bulk_deals(  # "deals at risk": the filter is the health below
                0, len(rest), require_filter=not (extra or at_risk or health or signals))
        elif entity == "companies":
            ids, desc = _Sentence(rest, snap, ctx)._bulk_companies(0, len(rest))
        else:
            ids, desc = _contacts(_Sentence, rest, snap, ctx)
    except Unknown as exc:
        if str(exc).startswith("No "):
            ids, desc = [], str(exc).rstrip(".")
        else:
            raise ValidationError(str(exc), "filter") from exc
    ids = set(ids)
    moment = utc(dt.datetime.combine(today, dt.time(23, 59)))  # the end of today here, as the stored (UTC) times
    if quiet_days is not None:
        ids &= _quiet(store, entity, ids, moment - dt.timedelta(days=quiet_days))
    for w in words:
        ids &= _interested(store, entity, ids, w)
    if signals:
        ids &= _signalled(store, entity, ids, signals, moment)
        extra.append("with " + " or ".join(s.replace("_", " ") for s in signals) + " in the last 30 days")
    if at_risk or health:
        if entity != "deals":
            raise ValidationError("health and risk are about deals: say “deals at risk”", "filter")
        ids &= _by_health(store, ids, today, at_risk, health)
        extra.append("at risk" if at_risk else f"health {health.group(1)} {health.group(2)}")
    return Segment("", text, entity, tuple(sorted(ids)), ", ".join([desc] + extra))


def _contacts(sentence_type, text: str, snap, ctx) -> tuple[list[int], str]:
    """Contacts by the chat's bulk filters; a bare "leads …" means the lifecycle stage, "contacts …" everyone."""
    low = text.lower()
    if re.search(r"\b(lead|prospect|opportunit|customer|churned)", low) and not re.search(
            r"\b(?:all|every|my|the)\s+(?:\w+'s\s+)?(?:lead|prospect|opportunit|customer|churned)", low):
        text = "all " + text
    try:
        return sentence_type(text, snap, ctx)._bulk_contacts(0, len(text))
    except Exception as exc:  # noqa: BLE001 - "Which contacts?": no filter the engine knows, so every contact
        if "Which contacts" in str(exc):
            return sorted(snap.contacts), "every contact"
        raise


def _quiet(store: Store, entity: str, ids: set[int], cutoff: dt.datetime) -> set[int]:
    """Records whose customer has not written in since cutoff (or never)."""
    if not ids:
        return set()
    col = {"contacts": "c.id", "companies": "c.company_id", "deals": None}[entity]
    if entity == "deals":
        sql = ("SELECT d.id FROM deals d WHERE d.id IN (SELECT unnest(?::INTEGER[])) AND NOT EXISTS (SELECT 1 FROM "
               "messages m JOIN contacts c ON c.id = m.contact_id WHERE m.direction = 'in' AND "
               "(c.company_id = d.company_id OR c.id = d.contact_id) AND coalesce(m.sent_at, m.received_at) >= ?)")
    else:
        sql = (f"SELECT x.id FROM (SELECT unnest(?::INTEGER[]) AS id) x WHERE NOT EXISTS (SELECT 1 FROM messages m "
               f"JOIN contacts c ON c.id = m.contact_id WHERE m.direction = 'in' AND {col} = x.id AND "
               "coalesce(m.sent_at, m.received_at) >= ?)")
    return {r[0] for r in store.execute(sql, [sorted(ids), cutoff]).fetchall()}


def _interested(store: Store, entity: str, ids: set[int], word: str) -> set[int]:
    """Records whose customer's messages, or whose deals' names or products, mention the word."""
    if not ids:
        return set()
    like = f"%{word}%"
    key = {"contacts": "c.id", "companies": "c.company_id"}.get(entity)
    if entity == "deals":
        sql = ("SELECT d.id FROM deals d WHERE d.id IN (SELECT unnest(?::INTEGER[])) AND (lower(d.name) LIKE ? OR "
               "lower(coalesce(d.product, '')) LIKE ? OR EXISTS (SELECT 1 FROM messages m JOIN contacts c ON "
               "c.id = m.contact_id WHERE m.direction = 'in' AND (c.company_id = d.company_id OR c.id = d.contact_id) "
               "AND lower(m.body) LIKE ?))")
        return {r[0] for r in store.execute(sql, [sorted(ids), like, like, like]).fetchall()}
    sql = (f"SELECT x.id FROM (SELECT unnest(?::INTEGER[]) AS id) x WHERE EXISTS (SELECT 1 FROM messages m JOIN "
           f"contacts c ON c.id = m.contact_id WHERE m.direction = 'in' AND {key} = x.id AND lower(m.body) LIKE ?) "
           f"OR EXISTS (SELECT 1 FROM deals d JOIN contacts c ON (c.id = d.contact_id OR c.company_id = d.company_id) "
           f"WHERE {key} = x.id AND d.deleted_at IS NULL AND (lower(d.name) LIKE ? OR lower(coalesce(d.product, '')) "
           f"LIKE ?))")
    return {r[0] for r in store.execute(sql, [sorted(ids), like, like, like]).fetchall()}


def _signalled(store: Store, entity: str, ids: set[int], signals: list[str], moment: dt.datetime) -> set[int]:
    if not ids:
        return set()
    key = {"contacts": "c.id", "companies": "c.company_id", "deals": "d.id"}[entity]
    join = "JOIN deals d ON (c.company_id = d.company_id OR c.id = d.contact_id)" if entity == "deals" else ""
    sql = (f"SELECT DISTINCT {key} FROM messages m JOIN message_signals g ON g.message_id = m.id JOIN contacts c ON "
           f"c.id = m.contact_id {join} WHERE m.direction = 'in' AND coalesce(m.sent_at, m.received_at) "
           "BETWEEN ? - INTERVAL 30 DAY AND ? AND (g.summary IN (SELECT unnest(?::VARCHAR[])) OR "
           "g.sentiment IN (SELECT unnest(?::VARCHAR[])))")
    found = {r[0] for r in store.execute(sql, [moment, moment, signals, signals]).fetchall()}
    return ids & found


def _by_health(store: Store, ids: set[int], today: dt.date, at_risk: bool, health) -> set[int]:
    import math

    from core.insights.service import AT_RISK_ODDS, deviation, for_store

    keep = set()
    for s in for_store(store).score_deals(today, deal_ids=sorted(ids)) if ids else []:
        if at_risk and deviation(s) <= math.log(AT_RISK_ODDS):
            keep.add(s.record_id)
        elif health and (s.score < float(health.group(2)) if health.group(1).lower() in ("below", "under")
                         else s.score > float(health.group(2))):
            keep.add(s.record_id)
    return keep


# -- saved segments ------------------------------------------------------------------------------------------------
def save(store: Store, name: str, text: str, user: User, today: dt.date) -> Segment:
    """Save (or replace) a named segment; the filter must make sense now."""
    name = " ".join((name or "").split())
    if not NAME.match(name):
        raise ValidationError("a segment name is 1-60 letters, digits, spaces or . & ' - (e.g. “quiet leads”)", "name")
    seg = evaluate(store, text, user, today)
    ts = now()
    with store.atomic(crm=False):
        store.execute("DELETE FROM segments WHERE lower(name) = lower(?)", [name])
        store.execute("INSERT INTO segments VALUES (?, ?, ?, ?, ?, ?)", [name, seg.text, seg.entity, user.id, ts, ts])
    return Segment(name, seg.text, seg.entity, seg.ids, seg.description)


def saved(store: Store) -> list[dict]:
    return store.query("SELECT name, filter, entity, created_by, created_at, updated_at FROM segments ORDER BY name")


def show(store: Store, name: str, user: User, today: dt.date) -> Segment:
    """A saved segment's members right now."""
    row = store.one("SELECT name, filter FROM segments WHERE lower(name) = lower(?)", [name])
    if row is None:
        names = ", ".join(r["name"] for r in saved(store)) or "none yet"
        raise NotFound(f"no segment called “{name}” (saved: {names}); save one with `segment save NAME FILTER`")
    seg = evaluate(store, row["filter"], user, today)
    return Segment(row["name"], seg.text, seg.entity, seg.ids, seg.description)


def delete(store: Store, name: str) -> None:
    with store.atomic(crm=False):
        if not store.scalar("SELECT count(*) FROM segments WHERE lower(name) = lower(?)", [name]):
            raise NotFound(f"no segment called “{name}”")
        store.execute("DELETE FROM segments WHERE lower(name) = lower(?)", [name])
