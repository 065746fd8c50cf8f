"""What each step kind does, as a registry (STEP_KINDS -> executor), plus branch conditions and message text.

An executor runs inside the transaction that records its step, so what it writes (an outbox row, a draft, a
plan through the executor, a queued webhook) commits with the run's new position or not at all; every side
effect is keyed by (run, seq) in workflow_effects, so the step cannot act twice.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from core import config
from core.errors import CRMError
from core.executor import SYSTEM_USER, apply_plan
from core.inbox.autopilot import decide
from core.inbox.channels import queue_outbound
from core.models import Plan, Step
from core.store import Store, local_time
from core.workflows import ab, sendtime
from core.workflows.model import StepSpec, parse_duration

if TYPE_CHECKING:
    from core.workflows.engine import Run, WorkflowEngine

WHATSAPP_WINDOW = dt.timedelta(hours=24)
WORKFLOW_CONFIDENCE = 1.0  # a workflow's text was written by a person; guardrails still screen it


@dataclass
class Result:
    outcome: str
    next: str | None = None          # the step to go to (None: the default next step)
    wait_until: dt.datetime | None = None
    wait_kind: str = "wait"
    end: str | None = None           # done | ended | failed: the run stops here
    reason: str | None = None
    detail: dict = field(default_factory=dict)
    input: dict = field(default_factory=dict)


# -- record facts a branch or a message reads --------------------------------------------------------------
def contact_facts(store: Store, contact_id: int) -> dict:
    """The contact's fields plus its latest deal as deal.* (deal.won: any deal in the won stage)."""
    c = store.one("SELECT * FROM contacts WHERE id = ?", [contact_id]) or {}
    facts = {k: c.get(k) for k in ("first_name", "last_name", "email", "phone", "title", "company_id", "owner_id",
                                   "lifecycle_stage")}
    stages = config.pipeline()
    won, lost = (stages[-2], stages[-1]) if len(stages) >= 2 else ("", "")
    deals = store.query("SELECT stage, product, amount FROM deals WHERE contact_id = ? AND deleted_at IS NULL "
                        "ORDER BY updated_at DESC, id DESC", [contact_id])
    latest = deals[0] if deals else {}
    facts.update({"deal.stage": latest.get("stage"), "deal.product": latest.get("product"),
                  "deal.amount": latest.get("amount"), "deal.won": any(d["stage"] == won for d in deals),
                  "deal.open": any(d["stage"] not in (won, lost) for d in deals)})
    facts["_deleted"] = c.get("deleted_at") is not None or not c
    return facts


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return a.strip().lower() == b.strip().lower()
    return a == b


def evaluate(cond: dict, facts: dict, context: dict) -> bool:
    """A branch condition (checked when the workflow was parsed) against a contact's facts and the run's context."""
    if "all" in cond:
        return all(evaluate(c, facts, context) for c in cond["all"])
    if "any" in cond:
        return any(evaluate(c, facts, context) for c in cond["any"])
    if "not" in cond:
        return not evaluate(cond["not"], facts, context)
    if "replied" in cond:
        return bool(context.get("replied")) == cond["replied"]
    if "variant" in cond:
        return context.get("variant") == cond["variant"]
    value, op, want = facts.get(cond["field"]), cond.get("op", "eq"), cond.get("value")
    if op == "eq":
        return _same(value, want)
    if op == "ne":
        return not _same(value, want)
    if op == "in":
        return any(_same(value, w) for w in want)
    if op == "not_in":
        return not any(_same(value, w) for w in want)
    if op == "contains":
        return isinstance(value, str) and str(want).lower() in value.lower()
    if op == "exists":
        return value not in (None, "")
    if op == "missing":
        return value in (None, "")
    try:
        return (float(value) > float(want)) if op == "gt" else (float(value) < float(want))
    except (TypeError, ValueError):
        return False


_PLACEHOLDER = re.compile(r"\{([a-z_.]+)\}")


def render(text: str, facts: dict) -> str:
    """Fill {first_name}, {last_name}, {deal.product}… from the contact; an unknown or empty one becomes ''."""
    def sub(m: re.Match) -> str:
        v = facts.get(m.group(1))
        return "" if v is None or m.group(1).startswith("_") else str(v)
    out = _PLACEHOLDER.sub(sub, text)
    return re.sub(r"\s+([,!?.])", r"\1", re.sub(r"[ \t]{2,}", " ", out)).strip()


# -- executors ---------------------------------------------------------------------------------------------
def run_wait(eng: "WorkflowEngine", run: "Run", spec: StepSpec, seq: int, at: dt.datetime) -> Result:
    if "duration" in spec.params:
        due = at + parse_duration(spec.params["duration"], spec.id)
    else:
        due = dt.datetime.fromisoformat(spec.params["until"])
        if due <= at:
            return Result("passed", detail={"until": due.isoformat()})
    return Result("waiting", wait_until=due, input={"until": due.isoformat()})


def run_wait_reply(eng: "WorkflowEngine", run: "Run", spec: StepSpec, seq: int, at: dt.datetime) -> Result:
    due = at + parse_duration(spec.params["timeout"], spec.id)
    run.context["replied"] = None
    return Result("waiting for a reply", wait_until=due, wait_kind="reply_timeout", input={"timeout": due.isoformat()})


def run_branch(eng: "WorkflowEngine", run: "Run", spec: StepSpec, seq: int, at: dt.datetime) -> Result:
    facts = contact_facts(eng.store, run.contact_id)
    taken = evaluate(spec.params["if"], facts, run.context)
    target = spec.params["then"] if taken else spec.params.get("else")
    return Result("then" if taken else "else", next=target, input={"if": spec.params["if"]})


def run_stop(eng: "WorkflowEngine", run: "Run", spec: StepSpec, seq: int, at: dt.datetime) -> Result:
    return Result("stopped", end="done", reason=spec.params.get("reason") or "stop step")


def _conversation(store: Store, contact_id: int) -> dict | None:
    """The contact's conversation to write to: WhatsApp first, then the most recently active."""
    return store.one(
        "SELECT c.*, (SELECT max(coalesce(m.sent_at, m.received_at)) FROM messages m WHERE m.conversation_id = c.id "
        "AND m.direction = 'in') AS last_in FROM conversations c WHERE c.contact_id = ? "
        "ORDER BY c.channel = 'whatsapp' DESC, last_in DESC NULLS LAST, c.id LIMIT 1", [contact_id])


def run_send(eng: "WorkflowEngine", run: "Run", spec: StepSpec, seq: int, at: dt.datetime) -> Result:
    store = eng.store
    facts = contact_facts(store, run.contact_id)
    conv = _conversation(store, run.contact_id)
    if conv is None:
        return Result("skipped", reason="the contact has no conversation on any channel",
                      detail={"why": "no conversation"})
    if conv["opted_out_at"] is not None:
        return Result("not sent", end="ended", reason=f"the contact opted out at {conv['opted_out_at']:%Y-%m-%d %H:%M}")
    if spec.params.get("best_time") and run.context.pop("timed", None) != spec.id:
        when, hour = sendtime.send_time(store, run.contact_id, at)
        if when > at:
            run.context["timed"] = spec.id  # after the wait this step runs again and sends
            return Result("waiting for the contact's best hour", wait_until=when,
                          input={"hour": hour, "until": when.isoformat()})
    variant = None
    text = spec.params.get("text")
    if "variants" in spec.params:
        rng = random.Random(f"{run.id}:{seq}")  # a retried step draws the same variant
        variant = ab.choose(store, run.workflow_id, spec, rng, at)
        text = next(v["text"] for v in spec.params["variants"] if v["name"] == variant)
        run.context["variant"] = variant
        run.context.setdefault("variants", {})[spec.id] = variant
    body = render(text, facts)
    verdict = eng.screen(body)
    # the guardrails judge customers' messages; for our own text only an attack pattern or a forbidden topic
    # matters ("no business intent found" is what a greeting looks like)
    flagged = verdict.classification == "security_violation" or \
        (getattr(verdict, "violation_type", None) or "").startswith("forbidden_topic")
    classification = verdict.classification if flagged else "in_scope"
    window_open = conv["last_in"] is not None and at - conv["last_in"] <= WHATSAPP_WINDOW
    reasons = []
    if conv["channel"] == "whatsapp" and not window_open and not spec.params.get("template"):
        reasons.append("outside WhatsApp's 24-hour window only an approved template may be sent")
    if spec.params.get("review"):
        reasons.append("this step always asks a reviewer")
    decision = decide(autopilot=bool(conv["autopilot"]), classification=classification,
                      confidence=WORKFLOW_CONFIDENCE, threshold=eng.threshold(), human_since=False)
    if not decision.auto_send:
        reasons.append(decision.reason)
    key = f"{run.id}:{seq}"
    effect = {"key": key, "run_id": run.id, "seq": seq, "step": spec.id, "kind": "send",
              "contact_id": run.contact_id, "variant": variant}
    if reasons:
        did = store.next_id("drafts")
        store.execute("INSERT INTO drafts (id, conversation_id, message_id, body, confidence, classification, reason, "
                      "triggered, engine, sources, status, decision_reason, created_at, origin) "
                      "VALUES (?, ?, NULL, ?, ?, ?, ?, ?, 'workflow', '[]', 'pending', ?, ?, ?)",
                      [did, conv["id"], body, WORKFLOW_CONFIDENCE, classification,
                       f"workflow {eng.name_of(run)}, step {spec.id} (run {run.id})", json.dumps(list(verdict.triggered)),
                       "; ".join(reasons), at, f"workflow:{run.id}:{seq}"])
        eng.record_effect(dict(effect, draft_id=did), at)
        return Result("in review", input={"text": body, "variant": variant},
                      detail={"draft_id": did, "why": "; ".join(reasons), "conversation_id": conv["id"]})
    mid, oid = queue_outbound(store, conv["id"], body, "ai", "auto")
    eng.record_effect(dict(effect, outbox_id=oid, message_id=mid), at)
    return Result("sent", input={"text": body, "variant": variant},
                  detail={"outbox_id": oid, "message_id": mid, "conversation_id": conv["id"]})


def _plan(eng: "WorkflowEngine", run: "Run", spec: StepSpec, seq: int, steps: tuple[Step, ...]) -> Plan:
    return Plan(plan_id=f"wf-{run.id}-{seq}", text=f"workflow {eng.name_of(run)}, step {spec.id} (run {run.id})",
                user_id=SYSTEM_USER.id, status="ready", steps=steps, session_id=f"workflow:{eng.name_of(run)}",
                engine="workflow")


def run_task(eng: "WorkflowEngine", run: "Run", spec: StepSpec, seq: int, at: dt.datetime) -> Result:
    store = eng.store
    facts = contact_facts(store, run.contact_id)
    if facts["_deleted"]:
        return Result("skipped", reason="the contact was deleted", end="ended")
    title = render(spec.params["title"], facts)
    due = (local_time(at) + parse_duration(spec.params.get("due_in", "1d"), spec.id)).date()  # `at` is UTC
    tid = store.next_id("tasks")
    changes = {"title": (None, title), "status": (None, "open"), "due_date": (None, due.isoformat()),
               "contact_id": (None, run.contact_id)}
    if facts.get("owner_id"):
        changes["owner_id"] = (None, facts["owner_id"])
    plan = _plan(eng, run, spec, seq, (Step("create_task", "tasks", tid, title, changes),))
    try:
        apply_plan(store, plan, SYSTEM_USER)
    except CRMError as exc:
        return Result("failed", end="failed", reason=f"creating the task failed: {exc}")
    eng.record_effect({"key": f"{run.id}:{seq}", "run_id": run.id, "seq": seq, "step": spec.id, "kind": "task",
                       "contact_id": run.contact_id, "plan_id": plan.plan_id}, at)
    return Result("task created", input={"title": title}, detail={"task_id": tid, "plan_id": plan.plan_id})


def run_update(eng: "WorkflowEngine", run: "Run", spec: StepSpec, seq: int, at: dt.datetime) -> Result:
    store = eng.store
    f, value = spec.params["field"], spec.params.get("value")
    current = store.one(f"SELECT {f} AS v, deleted_at FROM contacts WHERE id = ?", [run.contact_id])
    if current is None or current["deleted_at"] is not None:
        return Result("skipped", reason="the contact was deleted", end="ended")
    if _same(current["v"], value):
        return Result("unchanged", input={"field": f, "value": value})
    plan = _plan(eng, run, spec, seq, (Step("update_contact", "contacts", run.contact_id, f"contact {run.contact_id}",
                                            {f: (current["v"], value)}),))
    try:
        apply_plan(store, plan, SYSTEM_USER)
    except CRMError as exc:
        return Result("failed", end="failed", reason=f"updating {f} failed: {exc}")
    eng.record_effect({"key": f"{run.id}:{seq}", "run_id": run.id, "seq": seq, "step": spec.id, "kind": "update",
                       "contact_id": run.contact_id, "plan_id": plan.plan_id}, at)
    return Result("updated", input={"field": f, "value": value}, detail={"plan_id": plan.plan_id,
                                                                         "before": current["v"]})


def run_webhook(eng: "WorkflowEngine", run: "Run", spec: StepSpec, seq: int, at: dt.datetime) -> Result:
    facts = contact_facts(eng.store, run.contact_id)
    payload = {"workflow": eng.name_of(run), "run_id": run.id, "step": spec.id, "contact_id": run.contact_id,
               "contact": {k: facts.get(k) for k in ("first_name", "last_name", "email", "phone", "lifecycle_stage")},
               "data": spec.params.get("payload") or {}}
    wid = eng.webhooks.queue(f"wf-{run.id}-{seq}", "workflow.step_reached", payload, spec.params["url"], at,
                             run_id=run.id)
    eng.record_effect({"key": f"{run.id}:{seq}", "run_id": run.id, "seq": seq, "step": spec.id, "kind": "webhook",
                       "contact_id": run.contact_id, "webhook_id": wid}, at)
    return Result("webhook queued", input={"url": spec.params["url"]}, detail={"webhook_id": wid})


EXECUTORS: dict[str, Callable[["WorkflowEngine", "Run", StepSpec, int, dt.datetime], Result]] = {
    "wait": run_wait, "wait_reply": run_wait_reply, "branch": run_branch, "send": run_send, "task": run_task,
    "update": run_update, "webhook": run_webhook, "stop": run_stop,
}
