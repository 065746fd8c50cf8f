"""Optional LLM backend: any OpenAI-compatible endpoint produces the same operations through tool calling.

The LLM only chooses operations and names records in words; linking names to ids,
permissions and validation stay with the offline engine's lexicon and the planner,
so an LLM cannot invent a record. On error or timeout the caller falls back to the
offline engine (understand() returns None).
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import time
from typing import Any, Literal, Optional

from pydantic import BaseModel, Field

from core import config, metrics
from core.models import Clarification, Option
from core.snapshot import Snapshot
from core.understanding.context import Context
from core.understanding.engine import Candidate, Understanding
from core.understanding.lexicon import lexicon, tokenize

log = logging.getLogger(__name__)


class UpdateDeal(BaseModel):
    """Change fields of one existing deal."""
    deal: str = Field(description="deal name or '<company> <word>' as the user said it")
    stage: Optional[str] = Field(None, description="new pipeline stage")
    amount: Optional[float] = None
    close_date: Optional[str] = Field(None, description="YYYY-MM-DD")
    owner: Optional[str] = Field(None, description="new owner's first name")
    product: Optional[str] = None


class CreateDeal(BaseModel):
    """Create a new deal for a company."""
    company: str
    name: Optional[str] = None
    contact: Optional[str] = None
    stage: Optional[str] = None
    amount: Optional[float] = None
    close_date: Optional[str] = Field(None, description="YYYY-MM-DD")
    product: Optional[str] = None


class LogActivity(BaseModel):
    """Record a call, meeting, email, note or message that happened."""
    type: Literal["call", "meeting", "email", "note", "message"]
    contact: Optional[str] = None
    company: Optional[str] = None
    deal: Optional[str] = None
    subject: Optional[str] = None
    date: Optional[str] = Field(None, description="YYYY-MM-DD, default today")


class CreateTask(BaseModel):
    """Create a reminder / to-do."""
    title: str
    due_date: Optional[str] = Field(None, description="YYYY-MM-DD")
    contact: Optional[str] = None
    company: Optional[str] = None
    deal: Optional[str] = None
    owner: Optional[str] = Field(None, description="first name of the user who should do it; default the speaker")


class CreateCompany(BaseModel):
    """Create a company (account)."""
    name: str
    domain: Optional[str] = None
    industry: Optional[str] = None


class CreateContact(BaseModel):
    """Create a contact person."""
    first_name: str
    last_name: Optional[str] = None
    company: Optional[str] = None
    email: Optional[str] = None
    phone: Optional[str] = None
    title: Optional[str] = None


class UpdateContact(BaseModel):
    """Change fields of one existing contact."""
    contact: str
    email: Optional[str] = None
    phone: Optional[str] = None
    title: Optional[str] = None
    lifecycle_stage: Optional[str] = None
    company: Optional[str] = None


class UpdateCompany(BaseModel):
    """Change fields of one existing company."""
    company: str
    domain: Optional[str] = None
    industry: Optional[str] = None
    owner: Optional[str] = None


class DeleteRecord(BaseModel):
    """Delete one company, contact or deal."""
    kind: Literal["company", "contact", "deal"]
    name: str


TOOLS: dict[str, type[BaseModel]] = {
    "update_deal": UpdateDeal, "create_deal": CreateDeal, "log_activity": LogActivity, "create_task": CreateTask,
    "create_company": CreateCompany, "create_contact": CreateContact, "update_contact": UpdateContact,
    "update_company": UpdateCompany, "delete_record": DeleteRecord,
}

SYSTEM = ("You turn a sales rep's message into CRM operations by calling tools, one call per change, in the order "
          "said. Today is {today} ({weekday}); the speaker is {user}. Pipeline stages: {stages}. Use names exactly "
          "as the user said them; never invent records. If the message is a question, call no tool.")


class _Unresolved(Exception):
    pass


class LLMUnderstander:
    """Understanding through an OpenAI-compatible chat model with tool calling (LangChain)."""

    name = "llm"

    def __init__(self, base_url: str, api_key: str, model: str, timeout: float = 20.0):
        from langchain_openai import ChatOpenAI  # optional backend: imported only when configured

        self.model = ChatOpenAI(base_url=base_url, api_key=api_key, model=model, timeout=timeout, max_retries=0,
                                temperature=0)
        self.bound = self.model.bind_tools([_as_tool(n, m) for n, m in TOOLS.items()])

    def understand(self, text: str, snap: Snapshot, ctx: Context) -> Understanding | None:
        t0 = time.perf_counter()
        try:
            msg = self.bound.invoke([
                ("system", SYSTEM.format(today=ctx.today.isoformat(), weekday=ctx.today.strftime("%A"),
                                         user=ctx.user.name, stages=", ".join(snap.stages))),
                ("human", text)])
        except Exception as exc:  # network, timeout, bad response: the offline engine takes over
            log.warning("LLM backend failed (%s); using the offline engine", exc)
            metrics.ai_requests.labels("llm_error").inc()
            return None
        finally:
            metrics.request_latency_seconds.labels("llm").observe(time.perf_counter() - t0)
        usage = getattr(msg, "usage_metadata", None) or {}
        metrics.tokens_used.inc(usage.get("total_tokens", 0))
        calls = getattr(msg, "tool_calls", None) or []
        if not calls:
            return Understanding("question")
        return _to_understanding(calls, snap, ctx)


def _as_tool(name: str, model: type[BaseModel]) -> dict:
    return {"type": "function", "function": {"name": name, "description": model.__doc__,
                                             "parameters": model.model_json_schema()}}


def _to_understanding(calls: list[dict], snap: Snapshot, ctx: Context) -> Understanding:
    out = Understanding("write")
    r = _Resolver(snap, ctx, out)
    for call in calls:
        name, args = call.get("name"), call.get("args") or {}
        if isinstance(args, str):
            args = json.loads(args or "{}")
        if name not in TOOLS:
            out.errors.append(f"the model asked for an unknown operation {name!r}")
            continue
        try:
            a = TOOLS[name](**args)
            out.candidates.append(getattr(r, name)(a))
        except _Unresolved:
            continue
        except (ValueError, TypeError) as exc:
            out.errors.append(f"the model gave bad arguments for {name}: {exc}")
    return out


class _Resolver:
    """Links the names an LLM gives to live records with the offline lexicon (never guessing)."""

    def __init__(self, snap: Snapshot, ctx: Context, out: Understanding):
        self.snap, self.ctx, self.out = snap, ctx, out
        self.lex = lexicon(snap)

    def find(self, kind: str, name: str | None, required: bool = True) -> int | None:
        if not name:
            if required:
                self.out.errors.append(f"no {kind} named")
                raise _Unresolved
            return None
        table = {"company": "companies", "contact": "contacts", "deal": "deals", "user": "users"}[kind]
        choice = self.ctx.choices.get(name.lower())
        if choice and choice.startswith(table + ":"):
            return int(choice.split(":")[1])
        ms = [m for m in self.lex.mentions(tokenize(name)) if m.kind == kind]
        ids: tuple = ms[0].ids if ms else ()
        if not ids and kind == "deal":
            words = {t.norm for t in tokenize(name)}
            comp = [m for m in self.lex.mentions(tokenize(name)) if m.kind == "company"]
            pool = [d for d in self.snap.deals.values() if d["stage"] in self.snap.open_stages and
                    (not comp or d["company_id"] in comp[0].ids)]
            scored = [(len(words & {t.norm for t in tokenize(d["name"])}), d["id"]) for d in pool]
            best = max((s for s, _ in scored), default=0)
            ids = tuple(i for s, i in scored if s == best and best > 0)
        if len(ids) == 1:
            return ids[0]
        if not ids:
            self.out.errors.append(f"I couldn't find a {kind} matching “{name}”.")
        else:
            self.out.clarifications.append(Clarification(
                f"Which {kind} do you mean by “{name}”?",
                tuple(Option(f"{table}:{i}", self.snap.label(table, i)) for i in ids), name.lower(), table))
        raise _Unresolved

    def stage(self, value: str | None) -> str | None:
        if not value:
            return None
        ms = [m for m in self.lex.mentions(tokenize(value)) if m.kind == "stage"]
        if not ms:
            self.out.errors.append(f"“{value}” is not a pipeline stage; stages are {', '.join(self.snap.stages)}.")
            raise _Unresolved
        return ms[-1].ids[0]

    def links(self, contact, company, deal) -> dict:
        links: dict[str, Any] = {}
        if deal:
            d = self.snap.deals[self.find("deal", deal)]
            links.update(deal_id=d["id"], company_id=d["company_id"])
            if not contact and d["contact_id"] in self.snap.contacts:
                links["contact_id"] = d["contact_id"]
        if contact:
            cid = self.find("contact", contact)
            links["contact_id"] = cid
            links.setdefault("company_id", self.snap.contacts[cid]["company_id"])
        if company and "company_id" not in links:
            links["company_id"] = self.find("company", company)
        return links

    def _date(self, value: str | None) -> dt.date | None:
        return dt.date.fromisoformat(value) if value else None

    def update_deal(self, a: UpdateDeal) -> Candidate:
        f = {k: v for k, v in {"stage": self.stage(a.stage), "amount": a.amount,
                               "close_date": self._date(a.close_date), "product": a.product,
                               "owner_id": self.find("user", a.owner, False)}.items() if v is not None}
        return Candidate("update_deal", "deals", (self.find("deal", a.deal),), f)

    def create_deal(self, a: CreateDeal) -> Candidate:
        company = self.find("company", a.company)
        f = {"name": a.name or f"{self.snap.companies[company]['name']} {a.product or 'Deal'}", "company_id": company,
             "contact_id": self.find("contact", a.contact, False), "stage": self.stage(a.stage) or self.snap.stages[0],
             "amount": a.amount, "currency": "USD", "close_date": self._date(a.close_date), "product": a.product,
             "owner_id": self.ctx.user.id}
        return Candidate("create_deal", "deals", (), {k: v for k, v in f.items() if v is not None})

    def log_activity(self, a: LogActivity) -> Candidate:
        day = self._date(a.date) or self.ctx.today
        return Candidate("log_activity", "activities", (), {
            "type": a.type, "subject": a.subject or a.type.capitalize(), "occurred_at": dt.datetime.combine(
                day, dt.time(12)), **self.links(a.contact, a.company, a.deal), "author_id": self.ctx.user.id})

    def create_task(self, a: CreateTask) -> Candidate:
        return Candidate("create_task", "tasks", (), {k: v for k, v in {
            "title": a.title, "due_date": self._date(a.due_date), "status": "open",
            "owner_id": self.find("user", a.owner, False) or self.ctx.user.id,
            **self.links(a.contact, a.company, a.deal)}.items() if v is not None})

    def create_company(self, a: CreateCompany) -> Candidate:
        return Candidate("create_company", "companies", (), {k: v for k, v in {
            "name": a.name, "domain": a.domain, "industry": a.industry, "owner_id": self.ctx.user.id}.items()
            if v is not None})

    def create_contact(self, a: CreateContact) -> Candidate:
        return Candidate("create_contact", "contacts", (), {k: v for k, v in {
            "first_name": a.first_name, "last_name": a.last_name, "company_id": self.find("company", a.company, False),
            "email": a.email, "phone": a.phone, "title": a.title, "owner_id": self.ctx.user.id,
            "lifecycle_stage": "lead"}.items() if v is not None})

    def update_contact(self, a: UpdateContact) -> Candidate:
        return Candidate("update_contact", "contacts", (self.find("contact", a.contact),), {k: v for k, v in {
            "email": a.email, "phone": a.phone, "title": a.title, "lifecycle_stage": a.lifecycle_stage,
            "company_id": self.find("company", a.company, False)}.items() if v is not None})

    def update_company(self, a: UpdateCompany) -> Candidate:
        return Candidate("update_company", "companies", (self.find("company", a.company),), {k: v for k, v in {
            "domain": a.domain, "industry": a.industry, "owner_id": self.find("user", a.owner, False)}.items()
            if v is not None})

    def delete_record(self, a: DeleteRecord) -> Candidate:
        table = {"company": "companies", "contact": "contacts", "deal": "deals"}[a.kind]
        return Candidate(f"delete_{a.kind}", table, (self.find(a.kind, a.name),), {})


def understander_from_settings(env=None) -> LLMUnderstander | None:
    """The LLM backend when CRM_LLM_BASE_URL is set, else None (offline engine only)."""
    base = config.get("CRM_LLM_BASE_URL", env)
    if not base:
        return None
    return LLMUnderstander(base, config.get("CRM_LLM_API_KEY", env), config.get("CRM_LLM_MODEL", env),
                           float(config.get("CRM_LLM_TIMEOUT", env)))
