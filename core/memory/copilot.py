"""The chat's memory answers: search requests over every note and message, and cited account briefs.

    route(text)             "search" | "brief" | None: whether a chat message is one of these
    search_request(...)     filters read from the sentence (period, "my", stage, named records) applied before ranking;
                            ranked companies / contacts / deals with their best snippet and date, then the records
    brief(...)              open deals, last interactions, open tasks and risks of one account, each statement citing
                            its record (kind, id, date); checked by check_statement before it is shown: a statement
                            naming an amount, a date or a name that none of its cited records holds is dropped
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from core import config
from core.errors import ValidationError
from core.memory.index import Filters, Hit
from core.questions import period_of
from core.snapshot import Snapshot
from core.store import Store, utc
from core.understanding.dates import parse_date
from core.understanding.lexicon import lexicon, tokenize

VOCAB = json.loads((Path(__file__).parent / "vocab.json").read_text(encoding="utf-8"))
RISK_CUES = {k: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in v) + r")\b", re.I)
             for k, v in VOCAB["risk_cues"].items()}
SILENCE_DAYS = 21
RESOLVED = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in VOCAB["resolved_cues"]) + r")\b", re.I)
BRIEF = re.compile(r"\b(?:what'?s (?:going on|happening|new|the (?:latest|status|story)) with|what is (?:going on|happening) "
                   r"with|summari[sz]e|sum up|where do (?:we|things) stand with|where are we (?:at )?with|brief me on|"
                   r"catch me up on|status (?:of|on) (?:our |the )?(?:relationship|account)|risks? (?:on|of|for|with)|"
                   r"how(?:'s| is) (?:it going|our relationship) with|how are things (?:with|at)|update on|anything (?:i|we) "
                   r"should know (?:about|on|before)|(?:give me |what'?s )?the (?:story|status|latest) (?:on|with|at)|"
                   r"prep me (?:for|on)|status (?:of|on) (?:our |the )?[\w&'’. -]{2,40}? (?:account|relationship)|"
                   r"how(?:'s| is| are)(?: things (?:at|with))? (?!my\b|our\b|the pipe|pipe)[\w&'’. -]{2,40}? looking|"
                   r"anything new (?:at|with|on|from))\b", re.I)
SEARCH = re.compile(r"\b(?:who (?:mentioned|said|talked about|brought up|raised|asked about|complained|wrote about)|"
                    r"(?:mentioned|brought up|came up|talked about|raised|complained about|said something about)\b|"
                    r"(?:accounts|deals|customers|companies|contacts|people|conversations|notes|messages) (?:where|"
                    r"mentioning|talking about|that mentioned|who mentioned)\b|\bfind (?:notes|messages|mentions)\b|"
                    r"\bsearch (?:for|notes|messages)\b|\bany (?:mention|notes?|messages?) (?:of|about)\b|"
                    r"\bholding (?:things|it|us) up\b)", re.I)
WRITE = re.compile(r"^\W*(?:please\s+)?(?:push|mark|move|set|reassign|assign|close|add|create|update|delete|log|"
                   r"remove|change|rename|schedule|book|remind|make|put|record|note|send|email|call)\b", re.I)
SCAFFOLD = re.compile(
    r"\b(?:who|which|what|where|whose|find|search|show|list|any|all|me|my|mine|our|us|i|the|a|an|of|for|on|in|about|"
    r"with|that|this|there|has|have|had|is|are|was|were|did|do|does|mentioned|mentioning|mention|brought|up|came|"
    r"come|raised|talked|said|say|discussed|wrote|accounts?|deals?|customers?|compan(?:y|ies)|contacts?|people|"
    r"conversations?|notes?|messages?|records?|things|stuff|since|last|this|past|month|quarter|week|year|days?|"
    r"weeks?|months?|ago|today|yesterday|it|them|us|holding|hold)\b", re.I)
_KEY = re.compile(r"\d|\b[A-Z][a-z]+\s+[A-Z][a-z]+|(?i:\b(?:" + "|".join(re.escape(w) for w in VOCAB["fact_cues"]
                                                                       if len(w) > 3) + r")\b)")
_MONEY = re.compile(r"(?<![\w.])(?:[$€£]\s?)?\d[\d,]*(?:\.\d+)?\s?(?:k|m|USD|EUR|GBP)?(?![\w])")
_ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_CAP = re.compile(r"(?<![\w'’])[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+)*")
TEMPLATE_WORDS = frozenset("""Open Deal Deals Last Risk Risks No Task Tasks Due Stage Amount Closing Close An A The Note
Call Meeting Email Message Messages Customer Agent AI Unanswered Complaint Silence Long Blocker Overdue Nothing On In
Contact Company Account Summary Deal's Next Activity Activities Latest Inbound Outbound""".split())


def route(text: str) -> str | None:
    """Whether a chat message asks for an account brief, a search over notes and messages, or neither."""
    text = text or ""
    if len(text) > 300 or "\n" in text.strip() or WRITE.search(text):
        return None  # a pasted email or a change request: the planner's
    if BRIEF.search(text):
        return "brief"
    if SEARCH.search(text):
        return "search"
    return None


@dataclass(frozen=True)
class Citation:
    kind: str
    id: int
    date: str | None

    def to_dict(self) -> dict:
        return {"kind": self.kind, "id": self.id, "date": self.date}


@dataclass(frozen=True)
class Statement:
    text: str
    citations: tuple[Citation, ...]
    section: str = ""


@dataclass(frozen=True)
class Brief:
    subject: dict
    statements: tuple[Statement, ...]
    dropped: tuple[str, ...] = ()
    engine: str = "extractive"

    @property
    def answer(self) -> str:
        if not self.statements:
            return f"I found nothing on record about {self.subject.get('name')}."
        lines = [f"{self.subject.get('kind', 'account').capitalize()}: {self.subject.get('name')}"]
        for s in self.statements:
            refs = "; ".join(f"{c.kind} {c.id}, {c.date or 'undated'}" for c in s.citations)
            lines.append(f"- {s.text} [{refs}]")
        return "\n".join(lines)

    @property
    def citations(self) -> list[dict]:
        seen, out = set(), []
        for s in self.statements:
            for c in s.citations:
                if (c.kind, c.id) not in seen:
                    seen.add((c.kind, c.id))
                    out.append(c.to_dict())
        return out


@dataclass(frozen=True)
class SearchRequest:
    query: str
    filters: Filters
    target: str  # company | contact | deal | record
    said: str = ""


@dataclass(frozen=True)
class SearchAnswer:
    request: SearchRequest
    results: tuple[dict, ...] = ()
    records: tuple[dict, ...] = field(default=())

    @property
    def answer(self) -> str:
        if not self.results:
            return f"Nothing on record matches “{self.request.query}”{self.request.said}."
        lines = [f"Records matching “{self.request.query}”{self.request.said}:"]
        for r in self.results[:10]:
            label = r.get("label") or f"{r['kind']} {r['id']}"
            lines.append(f"- {label} ({r['kind']} {r['id']}, {r['date'] or 'undated'}): {r['snippet']}")
        return "\n".join(lines)

    @property
    def citations(self) -> list[dict]:
        return [{"kind": r["kind"], "id": r["id"], "date": r["date"]} for r in self.results]


def _d(v) -> str | None:
    if v is None:
        return None
    return v.date().isoformat() if isinstance(v, dt.datetime) else v.isoformat() if isinstance(v, dt.date) else str(v)


def money(amount, currency: str | None) -> str:
    return "" if amount is None else f"{currency or ''} {amount:,.0f}".strip()


# -- search requests -------------------------------------------------------------------------------------------
_MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"]
_MONTHS = "|".join(_MONTH_NAMES)


def _period(low: str, today: dt.date) -> tuple[dt.datetime | None, dt.datetime | None, str]:
    """(since, until, said) in stored (UTC) time: the days named are the machine's local days."""
    since, until, said = _local_period(low, today)
    return (utc(since) if since else None), (utc(until) if until else None), said


def _local_period(low: str, today: dt.date) -> tuple[dt.datetime | None, dt.datetime | None, str]:
    since = re.search(r"\bsince\s+(.+?)(?:[?.!,]|$)", low)
    if since:
        d = parse_date(since.group(1), today, past=True)
        month = re.match(r"(january|february|march|april|may|june|july|august|september|october|november|december)",
                         since.group(1))
        if month:
            n = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                 "november", "december"].index(month.group(1)) + 1
            d = dt.date(today.year if n <= today.month else today.year - 1, n, 1)
        if d is not None:
            return dt.datetime.combine(d, dt.time()), None, f" since {d.isoformat()}"
    between = re.search(r"\bbetween\s+(" + _MONTHS + r")\s+and\s+(" + _MONTHS + r")\b", low)
    if between:
        a, b = (_MONTH_NAMES.index(between.group(i)) + 1 for i in (1, 2))
        year = today.year if b <= today.month else today.year - 1
        start, end = dt.date(year if a <= b else year - 1, a, 1), dt.date(year + (b == 12), b % 12 + 1, 1)
        return dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time()), \
            f" (between {between.group(1).capitalize()} and {between.group(2).capitalize()})"
    half = re.search(r"\b(first|second) half of (?:the |this )?year\b", low)
    if half:
        start = dt.date(today.year, 1 if half.group(1) == "first" else 7, 1)
        end = dt.date(today.year, 7, 1) if half.group(1) == "first" else dt.date(today.year + 1, 1, 1)
        return dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time()), \
            f" ({half.group(1)} half of {today.year})"
    recent = re.search(r"\b(?:in the )?(?:last|past)\s+(\d+)\s+(day|week|month)s?\b", low)
    if recent:
        n, unit = int(recent.group(1)), recent.group(2)
        d = today - dt.timedelta(days=n * {"day": 1, "week": 7, "month": 30}[unit])
        return dt.datetime.combine(d, dt.time()), None, f" in the last {n} {unit}s"
    span, said = period_of(low, today)
    if span is None:
        return None, None, ""
    start, end = span
    return dt.datetime.combine(start, dt.time()), dt.datetime.combine(end + dt.timedelta(days=1), dt.time()), f" ({said})"


def read_request(text: str, snap: Snapshot, user_id: int | None, today: dt.date) -> SearchRequest:
    """The search words and the filters a sentence carries: period, owner ("my"), stage, named records."""
    low = text.casefold()
    since, until, said = _period(low, today)
    owner = user_id if re.search(r"\b(?:my|mine|i own)\b", low) else None
    if owner is not None:
        said += " (your accounts)"
    mentions = lexicon(snap).mentions(tokenize(text))
    companies = tuple(i for m in mentions if m.kind == "company" and not m.fuzzy for i in m.ids)
    contacts = tuple(i for m in mentions if m.kind == "contact" and not m.fuzzy for i in m.ids)
    deals = tuple(i for m in mentions if m.kind == "deal" and not m.fuzzy for i in m.ids)
    stage = next((m.ids[0] for m in mentions if m.kind == "stage"), None)
    if stage:
        said += f" (stage {stage})"
    query = text
    for m in mentions:
        if m.kind in ("company", "contact", "deal", "stage", "user") and not m.fuzzy:
            query = query.replace(m.text, " ")
    query = re.sub(r"\bsince\s+\w+(\s+\d{1,2})?(,?\s+\d{4})?|\bbetween\s+\w+\s+and\s+\w+|"
                   r"\b(?:first|second) half of (?:the |this )?year", " ", query, flags=re.I)
    query = re.sub(r"\b(?:in q[1-4]|q[1-4])\b|\b(?:january|february|march|april|may|june|july|august|september|"
                   r"october|november|december)\b|\b\d+\s+(?:days?|weeks?|months?)\b", " ", query, flags=re.I)
    kept = [w for w in re.findall(r"[\w$€£][\w'’&./-]*", query)
            if not SCAFFOLD.fullmatch(w) or (len(w) > 1 and w.isupper())]  # "IT", "SOC" stay; "it" goes
    query = " ".join(kept).strip(" ,.") or text
    target = "record"
    if re.search(r"\b(?:who|people|contacts?|anyone|someone)\b", low):
        target = "contact"
    elif re.search(r"\b(?:accounts?|compan(?:y|ies)|customers?|clients?)\b", low):
        target = "company"
    elif re.search(r"\b(?:deals?|opportunit(?:y|ies)|pipeline)\b", low):
        target = "deal"
    return SearchRequest(query, Filters(since=since, until=until, owner_id=owner, contact_ids=contacts,
                                        company_ids=companies, deal_ids=deals, stage=stage), target, said)


def snippet(text: str, query: str, width: int = 200) -> str:
    """The sentence of text that shares most words (by 5-letter prefix) with the query."""
    words = {w[:5] for w in re.findall(r"[^\W_]+", query.casefold()) if len(w) > 2}
    best, best_n = "", -1
    for s in re.split(r"(?<=[.!?])\s+|\n+", text or ""):
        n = len({w[:5] for w in re.findall(r"[^\W_]+", s.casefold())} & words)
        if n > best_n and s.strip():
            best, best_n = s.strip(), n
    return best if len(best) <= width else best[:width - 1] + "…"


def record_texts(store: Store, hits: list[Hit]) -> dict[int, dict]:
    msg = [h.source_id for h in hits if h.kind == "message"]
    act = [h.source_id for h in hits if h.kind == "activity"]
    out: dict[int, dict] = {}
    if act:
        for r in store.query("SELECT id, type, subject, body, occurred_at FROM activities WHERE id IN "
                             "(SELECT unnest(?::INTEGER[]))", [act]):
            out[2 * r["id"]] = {"text": "\n".join(x for x in (r["subject"], r["body"]) if x), "label": r["type"]}
    if msg:
        for r in store.query("SELECT id, body, channel, direction FROM messages WHERE id IN "
                             "(SELECT unnest(?::INTEGER[]))", [msg]):
            out[2 * r["id"] + 1] = {"text": r["body"], "label": f"{r['channel']} message"}
    return out


def search_answer(memory, snap: Snapshot, text: str, user_id: int | None, today: dt.date, k: int = 10,
                  mode: str = "hybrid") -> SearchAnswer:
    req = read_request(text, snap, user_id, today)
    hits = memory.search(req.query, req.filters, k=max(k * 3, 30), mode=mode)
    texts = record_texts(memory.store, hits)
    records = []
    for h in hits:
        t = texts.get(h.doc_id, {})
        records.append({"kind": h.kind, "id": h.source_id, "company_id": h.meta.get("company_id"),
                        "contact_id": h.meta.get("contact_id"), "deal_id": h.meta.get("deal_id"),
                        "snippet": snippet(t.get("text", ""), req.query), "date": _d(h.event_at),
                        "score": h.score, "label": t.get("label")})
    entities: list[dict] = []
    if req.target != "record":
        key = {"company": "company_id", "contact": "contact_id", "deal": "deal_id"}[req.target]
        seen: dict[int, dict] = {}
        for r in records:
            rid = r[key]
            if rid is None or rid in seen:
                continue
            label = snap.label({"company": "companies", "contact": "contacts", "deal": "deals"}[req.target], rid)
            seen[rid] = {"kind": req.target, "id": rid,
                         "company_id": rid if req.target == "company" else r["company_id"],
                         "contact_id": rid if req.target == "contact" else r["contact_id"],
                         "deal_id": rid if req.target == "deal" else r["deal_id"],
                         "snippet": r["snippet"], "date": r["date"], "score": r["score"], "label": label,
                         "source": {"kind": r["kind"], "id": r["id"]}}
        entities = list(seen.values())
    results = (entities + records)[:k] if entities else records[:k]
    return SearchAnswer(req, tuple(results), tuple(records))


# -- briefs ----------------------------------------------------------------------------------------------------
def subject_of(text: str, snap: Snapshot) -> dict | None:
    """The company, contact or deal a brief is about (the first named)."""
    mentions = [m for m in lexicon(snap).mentions(tokenize(text)) if m.kind in ("company", "contact", "deal")]
    if not mentions:
        return None
    m = sorted(mentions, key=lambda m: (m.fuzzy, m.start))[0]
    rid = m.ids[0]
    table = {"company": "companies", "contact": "contacts", "deal": "deals"}[m.kind]
    return {"kind": m.kind, "id": rid, "name": snap.label(table, rid), "ambiguous": len(m.ids) > 1}


def _cite(kind: str, row: dict, date_field: str) -> Citation:
    return Citation(kind, row["id"], _d(row.get(date_field)))


def brief(store: Store, subject: dict, today: dt.date, risks_only: bool = False) -> Brief:
    """An extractive account brief: every statement from one or two records, cited, then checked."""
    kind, rid = subject["kind"], subject["id"]
    if kind == "deal":
        deal = store.one("SELECT * FROM deals WHERE id = ?", [rid])
        company_id, contact_ids, deal_ids = deal["company_id"], [deal["contact_id"]] if deal["contact_id"] else [], [rid]
    elif kind == "contact":
        c = store.one("SELECT * FROM contacts WHERE id = ?", [rid])
        company_id, contact_ids, deal_ids = None, [rid], []
        if c and c["company_id"]:
            company_id = c["company_id"]
    else:
        company_id, contact_ids, deal_ids = rid, [], []
    if company_id is not None:  # a person's brief is their account's
        contact_ids = [r[0] for r in store.execute("SELECT id FROM contacts WHERE company_id = ? AND deleted_at IS NULL",
                                                   [company_id]).fetchall()]
    scope_sql = ("(company_id = ? OR contact_id IN (SELECT unnest(?::INTEGER[])) OR deal_id IN "
                 "(SELECT unnest(?::INTEGER[])))")
    scope = [company_id if company_id is not None else -1, contact_ids, deal_ids]
    closed = config.pipeline()[-2:]
    deals = store.query(f"SELECT * FROM deals WHERE deleted_at IS NULL AND stage NOT IN (SELECT unnest(?::VARCHAR[])) "
                        f"AND (company_id = ? OR contact_id IN (SELECT unnest(?::INTEGER[])) OR id IN "
                        f"(SELECT unnest(?::INTEGER[]))) ORDER BY close_date NULLS LAST, id",
                        [closed, company_id if company_id is not None else -1, contact_ids, deal_ids])
    if kind == "deal":
        deals = [d for d in deals if d["id"] == rid] or []
    acts = store.query(f"SELECT * FROM activities WHERE deleted_at IS NULL AND {scope_sql} "
                       "ORDER BY occurred_at DESC, id DESC LIMIT 40", scope)
    tasks = store.query(f"SELECT * FROM tasks WHERE deleted_at IS NULL AND status = 'open' AND {scope_sql} "
                        "ORDER BY due_date NULLS LAST, id LIMIT 5", scope)
    msgs = store.query("SELECT id, body, direction, author_kind, channel, coalesce(sent_at, received_at) AS sent_at "
                       "FROM messages WHERE contact_id IN (SELECT unnest(?::INTEGER[])) ORDER BY seq DESC LIMIT 40",
                       [contact_ids]) if contact_ids else []
    out: list[tuple[Statement, list[dict]]] = []

    def add(text: str, section: str, *cited: tuple[str, dict, str]) -> None:
        out.append((Statement(text, tuple(_cite(k, r, f) for k, r, f in cited), section), [r for _, r, _ in cited]))

    people = store.query("SELECT * FROM contacts WHERE deleted_at IS NULL AND (id IN (SELECT unnest(?::INTEGER[])) OR "
                         "company_id = ?) ORDER BY id LIMIT 6", [contact_ids, company_id if company_id is not None else -1])
    for d in deals[:5]:
        parts = [f"Open deal {d['name']} is at {d['stage']}"]
        if d["amount"] is not None:
            parts.append(f"for {money(d['amount'], d['currency'])}")
        if d["close_date"] is not None:
            parts.append(f"closing {d['close_date'].isoformat()}")
        add(" ".join(parts) + ".", "deals", ("deal", d, "updated_at"))
    latest = sorted([("activity", a, "occurred_at", a["occurred_at"]) for a in acts[:1]] +
                    [("message", m, "sent_at", m["sent_at"]) for m in msgs[:1] if m["sent_at"]], key=lambda x: x[3])
    if latest:
        k, rec, f, when = latest[-1]
        add(f"Last interaction: {_d(when)} ({rec.get('type') or rec.get('channel')}).", "interactions", (k, rec, f))
    if not risks_only:
        for p in people[:4]:
            name = " ".join(x for x in (p["first_name"], p["last_name"]) if x)
            add(f"Contact: {name}" + (f", {p['title']}." if p["title"] else "."), "people", ("contact", p, "updated_at"))
    for a in acts[:3]:
        what = snippet("\n".join(x for x in (a["subject"], a["body"]) if x), a["subject"] or a["body"] or "", 200)
        add(f"Last {a['type']} on {_d(a['occurred_at'])}: {what}", "interactions", ("activity", a, "occurred_at"))
    shown = {a["id"] for a in acts[:3]}
    points = 0
    for a in acts[3:]:
        text = "\n".join(x for x in (a["subject"], a["body"]) if x)
        fact = next((x for x in re.split(r"(?<=[.!?])\s+|\n+", text) if _KEY.search(x)), None)
        if fact and a["id"] not in shown and points < 6:
            add(f"On {_d(a['occurred_at'])} ({a['type']}): {fact.strip()[:200]}", "key points",
                ("activity", a, "occurred_at"))
            points += 1
    said = 0
    for m in msgs:
        if m["direction"] != "in" or said >= 3:
            continue
        fact = next((x for x in re.split(r"(?<=[.!?])\s+|\n+", m["body"] or "") if _KEY.search(x) and
                     not x.strip().endswith("?")), None)
        if fact:
            add(f"Customer said on {_d(m['sent_at'])} ({m['channel']}): {fact.strip()[:200]}", "key points",
                ("message", m, "sent_at"))
            said += 1
    for m in msgs[:2]:
        who = "Customer" if m["direction"] == "in" else ("Agent" if m["author_kind"] == "agent" else "AI")
        add(f"{who} message on {_d(m['sent_at'])} ({m['channel']}): {snippet(m['body'], m['body'], 160)}",
            "interactions", ("message", m, "sent_at"))
    for t in tasks:
        due = f", due {t['due_date'].isoformat()}" if t["due_date"] else ""
        add(f"Open task: {t['title']}{due}.", "tasks", ("task", t, "due_date" if t["due_date"] else "created_at"))
    # risks
    last_act = acts[0] if acts else None
    last_msg = msgs[0] if msgs else None
    last_when = max([x for x in ((last_act or {}).get("occurred_at"), (last_msg or {}).get("sent_at")) if x],
                    default=None)
    if last_when is not None and (today - last_when.date()).days > SILENCE_DAYS:
        rec, k, f = (last_act, "activity", "occurred_at") if last_act and last_act["occurred_at"] == last_when \
            else (last_msg, "message", "sent_at")
        add(f"Risk: long silence, nothing on record since {_d(last_when)}.", "risks", (k, rec, f))
    answered_after = {m["id"] for m in msgs if m["direction"] == "out"}
    for m in msgs:
        if m["direction"] == "in" and RISK_CUES["complaint"].search(m["body"] or ""):
            later_reply = any(o["direction"] == "out" and o["sent_at"] and m["sent_at"] and o["sent_at"] > m["sent_at"]
                              for o in msgs)
            if not later_reply:
                add(f"Risk: unanswered complaint on {_d(m['sent_at'])}: {snippet(m['body'], 'complaint', 160)}",
                    "risks", ("message", m, "sent_at"))
            break
    del answered_after
    flagged = 0
    for a in acts[:20]:
        text = "\n".join(x for x in (a["subject"], a["body"]) if x)
        for cue in ("blocker", "churn", "complaint"):
            hit = RISK_CUES[cue].search(text)
            if hit and RESOLVED.search(snippet(text, hit.group(0), 400)):
                continue  # "closed out the security review", "the freeze was lifted": not a risk any more
            if hit and flagged < 3:
                add(f"Risk ({cue}) in the {a['type']} of {_d(a['occurred_at'])}: {snippet(text, hit.group(0), 160)}",
                    "risks", ("activity", a, "occurred_at"))
                flagged += 1
                break
    for d in deals:
        if d["close_date"] is not None and d["close_date"] < today:
            add(f"Risk: {d['name']} was due to close {d['close_date'].isoformat()} and is still at {d['stage']}.",
                "risks", ("deal", d, "updated_at"))
    kept, dropped = [], []
    for st_, rows in out:
        problems = check_statement(st_.text, rows, store)
        (dropped if problems else kept).append(st_ if not problems else f"{st_.text} — {'; '.join(problems)}")
    if risks_only:  # a question about risks: they come first
        kept = [x for x in kept if x.section == "risks"] + [x for x in kept if x.section != "risks"]
    return Brief(subject, tuple(kept), tuple(dropped))


def _record_text(row: dict, store: Store) -> str:
    """Every value a record holds, in the forms a statement may use (ISO dates, formatted amounts, names)."""
    parts = []
    for k, v in row.items():
        if v is None:
            continue
        if isinstance(v, (dt.datetime, dt.date)):
            parts.append(_d(v))
        elif isinstance(v, float) and k == "amount":
            parts += [f"{v:,.0f}", f"{v:.0f}", money(v, row.get("currency"))]
        else:
            parts.append(str(v))
    for ref, table, cols in (("company_id", "companies", "name"), ("contact_id", "contacts",
                                                                    "first_name || ' ' || coalesce(last_name, '')"),
                             ("owner_id", "users", "name"), ("author_id", "users", "name")):
        if row.get(ref) is not None:
            v = store.scalar(f"SELECT {cols} FROM {table} WHERE id = ?", [row[ref]])
            if v:
                parts.append(str(v))
    return "\n".join(parts)


def check_statement(text: str, cited: list[dict], store: Store) -> list[str]:
    """What a statement says that none of its cited records holds: amounts, ISO dates, capitalised names."""
    if not cited:
        return ["cites no record"]
    held = "\n".join(_record_text(r, store) for r in cited)
    held_fold = held.casefold()
    problems = []
    for m in _ISO.finditer(text):
        if m.group(0) not in held:
            problems.append(f"date {m.group(0)} is in no cited record")
    scrubbed = _ISO.sub(" ", text)
    numbers = {_number(m.group(0)) for m in _MONEY.finditer(_ISO.sub(" ", held))}
    numbers |= {_number(x) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", _ISO.sub(" ", held))}
    numbers |= {_number(x) for x in re.findall(r"\d+", held)}  # parts of dates and codes
    for m in _MONEY.finditer(scrubbed):
        raw = m.group(0).strip()
        value = _number(raw)
        if value is None or (value < 10 and not re.search(r"[$€£]|USD|EUR|GBP", raw)):
            continue  # "1 call": a count, not an amount
        if value not in numbers:
            problems.append(f"amount {raw} is in no cited record")
    for m in _CAP.finditer(scrubbed):
        words = [w for w in m.group(0).split() if w not in TEMPLATE_WORDS and w.upper() != w]
        for w in words:
            if w.casefold().strip("'’") not in held_fold:
                problems.append(f"name {w} is in no cited record")
    return problems


def _number(raw: str) -> float | None:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", raw)
    if not m:
        return None
    value = float(m.group(0).replace(",", ""))
    tail = raw[m.end():].strip().lower()
    return value * 1000 if tail == "k" else value * 1_000_000 if tail == "m" else value


def validate_question(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError("the question is empty", "text")
    if len(text) > 1000:
        raise ValidationError(f"the question is {len(text)} characters; at most 1000", "text")
    return text
