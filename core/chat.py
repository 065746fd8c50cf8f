"""The chat service: text in, plan / answer out, apply and undo; history kept per chat session.

The UI and the CLI both drive this one class.
"""
from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from dataclasses import dataclass
from typing import Any, Iterator

from core import config, metrics, questions, snapshot
from core.errors import NotFound
from core.executor import apply_plan, last_plan_id, load_user, stale_reasons, undo_conflicts, undo_plan
from core.models import REJECTED, Plan, User
from core.planning import build_plan, edit_plan
from core.store import Store, now
from core.understanding.context import Context, SessionMemory, answered_choice, corrected_request, self_corrected
from core.understanding.engine import understand


@dataclass(frozen=True)
class PlanState:
    """Where a proposed plan stands in its chat: pending, applied, undone, cancelled, superseded or failed."""
    plan_id: str
    status: str
    at: dt.datetime | None


@dataclass(frozen=True)
class Reply:
    """What the chat shows after a message: a plan to confirm, an answer, or the result of an action."""
    kind: str  # plan | answer | applied | undone | error
    text: str
    plan: Plan | None = None


BRIEF_PREFIX = "brief-"


class ChatService:
    def __init__(self, store: Store, understander=None, recall=None):
        self.store = store
        self.understander = understander  # optional LLM backend; None = offline engine only
        self._recall = recall  # the Memory service (or a callable giving it): search requests and account briefs

    # -- planning --------------------------------------------------------------
    def today(self, today: dt.date | None = None) -> dt.date:
        value = config.get("CRM_TODAY")
        return today or (dt.date.fromisoformat(value) if value else dt.date.today())

    def plan(self, text: str, user: User | str | None = None, session_id: str | None = None,
             today: dt.date | None = None, choices: dict[str, str] | None = None, record: bool = False) -> Plan:
        """Plan a request (changes nothing). With record=True the exchange is kept in the session's history."""
        t0 = time.perf_counter()
        said = text
        snap = snapshot.load(self.store)
        if not isinstance(user, User):  # the snapshot already holds the users: no query per plan
            user = (snap.user_by_email(user) if isinstance(user, str) and "@" in user else None) or \
                load_user(self.store, user)
        memory = self._memory(session_id)
        answered = None if choices else answered_choice(text, memory)
        if answered:  # the reply to an open clarification: plan the request it was about, with that choice
            text, choices = answered
        ctx = Context(user, self.today(today), memory, dict(choices or {}))
        engine = "offline"
        understood = None
        if self.understander is not None:
            understood = self.understander.understand(text, snap, ctx)
            engine = self.understander.name if understood is not None else "offline (fallback)"
        if understood is None:
            follow_up = corrected_request(text, memory, snap, ctx.today) or self_corrected(text, snap, ctx.today)
            understood = understand(follow_up or text, snap, ctx)
            if follow_up and understood.intent != "write":
                understood = understand(text, snap, ctx)
            elif follow_up:
                text = follow_up  # the plan says what it does: the earlier request, corrected
        if understood.reading and engine == "offline":  # which clause frames read a change, for the plan's details
            engine = "offline · " + "; ".join(understood.reading)
        recalled = self._memory_plan(text, user, ctx, snap, session_id, understood)
        if recalled is not None:
            plan = recalled
        elif understood.intent == "question":
            body, rows, mentioned = questions.answer(text, self.store, snap, ctx)
            plan = Plan(plan_id="q-" + uuid.uuid4().hex[:8], text=text, user_id=user.id, status="ready",
                        answer=body, table=tuple(rows), intent="question", session_id=session_id, engine=engine)
            understood.mentioned = mentioned
        elif understood.intent == "undo":
            plan = Plan(plan_id="u-" + uuid.uuid4().hex[:8], text=text, user_id=user.id, status="ready",
                        intent="undo", session_id=session_id, engine=engine)
        elif understood.intent == "empty":
            plan = Plan(plan_id="e-" + uuid.uuid4().hex[:8], text=text, user_id=user.id, status=REJECTED,
                        errors=tuple(understood.errors), intent="empty", session_id=session_id, engine=engine)
        else:
            plan = build_plan(text, understood, snap, user, ctx.today, session_id, engine)
        listed = understood.mentioned.pop("_listed", None)
        if plan.intent == "question":  # "which deals are quiet?" then "push them all a week": those deals
            memory.listed = listed
        elif plan.intent == "write" and len(plan.steps) > 1 and len({(s.op, s.table) for s in plan.steps}) == 1 and \
                plan.steps[0].op.startswith("update_deal"):
            memory.listed = {"kind": "deal", "ids": [s.id for s in plan.steps]}
        for kind, rid in understood.mentioned.items():
            memory.remember(kind, rid)
        if plan.intent == "write":
            memory.last_request = text
        memory.asked = {"text": text, "mention": plan.clarifications[0].mention, "choices": dict(choices or {}),
                        "options": [[o.id, o.label] for o in plan.clarifications[0].options]} \
            if plan.clarifications else None
        if understood.last_kind or understood.mentioned:
            memory.last = understood.last_kind or next(reversed(understood.mentioned))
        if session_id:
            self._save_memory(session_id, user, memory)
        metrics.nl_plans.labels(plan.status if plan.intent == "write" else plan.intent).inc()
        metrics.request_latency_seconds.labels("plan").observe(time.perf_counter() - t0)
        if record and session_id:
            self.add_message(session_id, "user_input", said, {"user": user.email})
            if plan.intent != "undo":  # an undo is recorded by its outcome, not by an empty reply
                kind = "action_plan" if plan.intent == "write" else "system_response"
                self.add_message(session_id, kind, plan.answer or "",
                                 {"plan": plan.to_dict(), "choices": dict(choices or {})})
        return plan

    def _memory_plan(self, text: str, user: User, ctx: Context, snap, session_id: str | None,
                     understood) -> Plan | None:
        """A search request or an account brief answered from memory (core/memory/copilot.py): when the sentence
        asks for one, or when the question engine would decline a short question the records may still answer."""
        recall = self._recall() if callable(self._recall) and not hasattr(self._recall, "answer") else self._recall
        if recall is None:
            return None
        from core.memory import copilot

        kind = copilot.route(text)
        if kind is None and understood.intent in ("question", "empty") and len(text.split()) <= 14 \
                and not copilot.WRITE.search(text) and not questions.OFF_TOPIC.search(text) \
                and not questions.UNSUPPORTED.search(text):  # "what's the weather?" stays declined
            if understood.intent == "question":
                found = questions.Questions(self.store, snap, ctx).checked(text)
                kind = "search" if found.declined and not found.uncovered else None
            else:
                kind = "search"
        if kind is None:
            return None
        found = recall.answer(text, user.id, ctx.today, snap, kind=kind)
        if found is None:
            return None
        rows = found.citations
        if isinstance(found, copilot.SearchAnswer):
            rows = [{"kind": r["kind"], "id": r["id"], "record": r.get("label") or "", "date": r["date"],
                     "snippet": r["snippet"]} for r in found.results]
        prefix = BRIEF_PREFIX if isinstance(found, copilot.Brief) else "q-"
        return Plan(plan_id=prefix + uuid.uuid4().hex[:8], text=text, user_id=user.id, status="ready",
                    answer=found.answer, table=tuple(rows), intent="question", session_id=session_id,
                    engine="memory")

    # -- briefs in prose (LLM backend) -------------------------------------------------------------------------
    def brief_writer(self):
        """The LLM brief writer when CRM_LLM_BASE_URL is set, else None (built once)."""
        if not hasattr(self, "_brief_writer"):
            from core.memory.briefing import writer_from_settings
            self._brief_writer = writer_from_settings()
        return self._brief_writer

    def can_summarise(self, plan: Plan) -> bool:
        return plan.plan_id.startswith(BRIEF_PREFIX) and self.brief_writer() is not None

    def summarise_brief(self, plan: Plan, user: User | str | None = None, session_id: str | None = None,
                        today: dt.date | None = None) -> Iterator[str]:
        """The brief's prose summary by the LLM, sentence by sentence as it streams, each checked against the
        records it cites before it is yielded; kept in the session's history once complete."""
        writer = self.brief_writer()
        recall = self._recall() if callable(self._recall) and not hasattr(self._recall, "answer") else self._recall
        if writer is None or recall is None or not plan.plan_id.startswith(BRIEF_PREFIX):
            return
        from core.memory import copilot
        user = user if isinstance(user, User) else load_user(self.store, user)
        found = recall.answer(plan.text, user.id, self.today(today), snapshot.load(self.store), kind="brief")
        if not isinstance(found, copilot.Brief):
            return
        shown, dropped = [], []
        for sentence in writer.stream(found, self.store, dropped):
            shown.append(sentence.shown())
            yield sentence.shown() + " "
        if shown and session_id:
            self.add_message(session_id, "system_response", "Summary: " + " ".join(shown),
                             {"brief_of": plan.plan_id, "engine": "llm", "dropped": len(dropped)})

    def edit(self, plan: Plan, edits: dict[tuple[int, str], Any], today: dt.date | None = None) -> Plan:
        return edit_plan(plan, edits, snapshot.load(self.store), self.today(today))

    # -- applying ----------------------------------------------------------------
    def apply(self, plan: Plan, user: User | str | None = None, record: bool = False) -> Plan:
        user = user if isinstance(user, User) else load_user(self.store, user)
        t0 = time.perf_counter()
        try:
            apply_plan(self.store, plan, user)
        except Exception:
            metrics.ai_requests.labels("apply_failed").inc()
            raise
        metrics.ai_requests.labels("applied").inc()
        metrics.request_latency_seconds.labels("apply").observe(time.perf_counter() - t0)
        if record and plan.session_id:
            self.add_message(plan.session_id, "execution_result", f"Applied {len(plan.steps)} change(s).",
                             {"plan_id": plan.plan_id, "status": "applied"})
        return plan

    def undo(self, plan_id: str | None = None, user: User | str | None = None, session_id: str | None = None,
             record: bool = False) -> tuple[str, int]:
        user = user if isinstance(user, User) else load_user(self.store, user)
        plan_id = plan_id or last_plan_id(self.store, user, session_id)
        if not plan_id:
            raise NotFound("There is nothing to undo.")
        count = undo_plan(self.store, plan_id, user)
        if record and session_id:
            text = self.store.scalar("SELECT text FROM plans WHERE id = ?", [plan_id])
            what = f"“{text}”" if text else plan_id  # the request, as the user typed it, names the plan
            self.add_message(session_id, "execution_result", f"Undid plan {what} ({count} change(s)).",
                             {"plan_id": plan_id, "status": "reverted"})
        return plan_id, count

    def cancel(self, plan: Plan, session_id: str | None = None) -> None:
        """Record that the user turned a proposed plan down (nothing changes in the CRM)."""
        sid = session_id or plan.session_id
        if sid:
            self.add_message(sid, "system_response", "Cancelled; nothing changed.",
                             {"plan_id": plan.plan_id, "status": "cancelled"})

    def plan_states(self, session_id: str) -> dict[str, PlanState]:
        """Every proposed plan of a chat with its status and when it got it, read from the chat's history."""
        states: dict[str, PlanState] = {}
        pending: str | None = None
        for msg in self.messages(session_id):
            meta, at = msg["metadata"], msg["created_at"]
            if msg["type"] in ("user_input", "action_plan") and pending:
                states[pending] = PlanState(pending, "superseded", at)
                pending = None
            if msg["type"] == "action_plan" and "plan" in meta:
                plan = meta["plan"]
                if plan.get("status") == "ready" and plan.get("steps"):
                    pending = plan["plan_id"]
                    states[pending] = PlanState(pending, "pending", at)
            elif meta.get("plan_id") and meta.get("status") in ("cancelled", "failed", "applied", "reverted"):
                pid, status = meta["plan_id"], meta["status"]
                states[pid] = PlanState(pid, "undone" if status == "reverted" else status, at)
                if pid == pending:
                    pending = None
        applied = self.store.query("SELECT id, status, applied_at, reverted_at FROM plans WHERE session_id = ?",
                                   [session_id])
        for row in applied:  # the plans table is the truth for what was applied and undone
            if row["status"] == "reverted":
                states[row["id"]] = PlanState(row["id"], "undone", row["reverted_at"])
            else:
                states[row["id"]] = PlanState(row["id"], "applied", row["applied_at"])
        return states

    def pending(self, session_id: str | None) -> tuple[Plan | None, list[str]]:
        """The chat's plan still waiting for Apply/Cancel (survives a reload), with why it is stale, if it is."""
        if not session_id:
            return None, []
        waiting = [pid for pid, st in self.plan_states(session_id).items() if st.status == "pending"]
        if not waiting:
            return None, []
        for msg in reversed(self.messages(session_id)):
            plan = msg["metadata"].get("plan")
            if msg["type"] == "action_plan" and plan and plan["plan_id"] == waiting[-1]:
                found = Plan.from_dict(plan)
                if found.session_id is None:
                    found = found.with_(session_id=session_id)
                return found, stale_reasons(self.store, found)
        return None, []

    def session_owner(self, session_id: str) -> int | None:
        return self.store.scalar("SELECT user_id FROM chat_sessions WHERE id = ?", [session_id])

    def conflicts(self, plan_id: str) -> list[dict]:
        return undo_conflicts(self.store, plan_id)

    def plan_status(self, plan_id: str) -> str | None:
        return self.store.scalar("SELECT status FROM plans WHERE id = ?", [plan_id])

    def history(self, limit: int = 50) -> list[dict]:
        return self.store.query(
            "SELECT p.id AS plan_id, p.status, p.text, u.email AS user, p.applied_at, p.reverted_at, "
            "(SELECT count(*) FROM crm_actions a WHERE a.plan_id = p.id) AS steps "
            "FROM plans p LEFT JOIN users u ON u.id = p.user_id ORDER BY p.applied_at DESC LIMIT ?", [limit])

    def users(self) -> list[User]:
        return [User(r["id"], r["name"], r["email"], r["role"])
                for r in self.store.query("SELECT * FROM users ORDER BY id")]

    # -- sessions ----------------------------------------------------------------
    def new_session(self, user: User | str | None = None, title: str = "New chat") -> str:
        user = user if isinstance(user, User) else load_user(self.store, user)
        sid = "s-" + uuid.uuid4().hex[:10]
        with self.store.atomic(crm=False):
            self.store.execute("INSERT INTO chat_sessions VALUES (?, ?, ?, NULL, ?)", [sid, user.id, title, now()])
        return sid

    def sessions(self, user: User | str | None = None) -> list[dict]:
        user = user if isinstance(user, User) else load_user(self.store, user)
        return self.store.query(
            "SELECT s.id, s.title, s.created_at, max(m.created_at) AS last_at FROM chat_sessions s "
            "JOIN chat_messages m ON m.session_id = s.id WHERE s.user_id = ? "
            "GROUP BY s.id, s.title, s.created_at ORDER BY last_at DESC", [user.id])

    def messages(self, session_id: str) -> list[dict]:
        rows = self.store.query("SELECT id, type, content, metadata, created_at FROM chat_messages "
                                "WHERE session_id = ? ORDER BY id", [session_id])
        for r in rows:
            r["metadata"] = json.loads(r["metadata"]) if r["metadata"] else {}
        return rows

    def add_message(self, session_id: str, kind: str, content: str, metadata: dict | None = None) -> int:
        with self.store.atomic(crm=False):
            if not self.store.scalar("SELECT count(*) FROM chat_sessions WHERE id = ?", [session_id]):
                self.store.execute("INSERT INTO chat_sessions VALUES (?, NULL, ?, NULL, ?)",
                                   [session_id, content[:60] or "Chat", now()])
            elif kind == "user_input" and self.store.scalar(
                    "SELECT count(*) FROM chat_messages WHERE session_id = ?", [session_id]) == 0:
                self.store.execute("UPDATE chat_sessions SET title = ? WHERE id = ?", [content[:60], session_id])
            mid = self.store.next_id("chat_messages")
            self.store.execute("INSERT INTO chat_messages VALUES (?, ?, ?, ?, ?, ?)",
                               [mid, session_id, kind, content, json.dumps(metadata or {}, default=str), now()])
        return mid

    def _memory(self, session_id: str | None) -> SessionMemory:
        if not session_id:
            return SessionMemory()
        raw = self.store.scalar("SELECT memory FROM chat_sessions WHERE id = ?", [session_id])
        return SessionMemory.from_dict(json.loads(raw) if raw else None)

    def _save_memory(self, session_id: str, user: User, memory: SessionMemory) -> None:
        with self.store.atomic(crm=False):
            if self.store.scalar("SELECT count(*) FROM chat_sessions WHERE id = ?", [session_id]):
                self.store.execute("UPDATE chat_sessions SET memory = ? WHERE id = ?",
                                   [json.dumps(memory.to_dict()), session_id])
            else:
                self.store.execute("INSERT INTO chat_sessions VALUES (?, ?, ?, ?, ?)",
                                   [session_id, user.id, "Chat", json.dumps(memory.to_dict()), now()])
