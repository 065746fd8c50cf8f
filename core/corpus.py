"""Scoring plans against a labelled corpus (tests/corpus): used by the accuracy test and bench/."""
from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from pathlib import Path

from core.chat import ChatService
from core.models import Plan

FREE_TEXT = {"subject", "body", "title"}
LINKS = {"company_id", "contact_id", "deal_id", "owner_id", "author_id"}


def load(path: str | Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()]


def _same(field: str, expected, actual) -> bool:
    if field == "occurred_at" or (isinstance(expected, str) and isinstance(actual, str) and field.endswith("date")):
        return str(actual)[:10] == str(expected)[:10]
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return abs(float(expected) - float(actual)) < 0.005
    return expected == actual


DECLINED = re.compile(r"\b(can'?t|cannot|couldn'?t|could not|don'?t know|didn'?t understand|not something|no such|"
                      r"not found|isn'?t in|doesn'?t (?:hold|record|track|keep|have))\b", re.I)


def mismatch(item: dict, plan: Plan) -> str | None:
    """Why a plan differs from the label (None: exact)."""
    exp = item["expect"]
    if exp.get("intent") == "question":
        if plan.intent != "question":
            return f"expected a question, got {plan.intent}/{plan.status}"
        missing = [s for s in exp.get("answer_contains", []) if s.lower() not in (plan.answer or "").lower()]
        wrong = [s for s in exp.get("answer_excludes", []) if s.lower() in (plan.answer or "").lower()]
        if wrong:
            return f"answer contains {wrong}, which a correct answer must not"
        if exp.get("decline") and not DECLINED.search(plan.answer or ""):
            return "answer does not say it cannot answer, which a correct answer must (a question the CRM cannot answer)"
        return f"answer lacks {missing}" if missing else None
    if exp["status"] == "no_change":
        if plan.steps or plan.clarifications or plan.intent == "question":
            return f"expected no change, got {plan.intent}/{plan.status} with {len(plan.steps)} steps"
        return None
    if plan.status != exp["status"]:
        return f"status {plan.status} != {exp['status']} (errors={list(plan.errors)}, " \
               f"clar={[c.question for c in plan.clarifications]})"
    if exp["status"] == "needs_clarification":
        got = sorted(o.id for c in plan.clarifications[:1] for o in c.options)
        return None if got == sorted(exp.get("options", [])) else f"options {got} != {sorted(exp.get('options', []))}"
    if exp["status"] == "rejected":
        word = exp.get("error_contains")
        text = " ".join(plan.errors).lower()
        return None if not word or word.lower() in text else f"error {plan.errors} lacks {word!r}"
    steps = exp["steps"]
    if len(steps) != len(plan.steps):
        return f"{len(plan.steps)} steps != {len(steps)}: {[(s.op, s.id) for s in plan.steps]}"
    for i, (e, a) in enumerate(zip(steps, plan.steps)):
        if (e["op"], e["table"], e["id"]) != (a.op, a.table, a.id):
            return f"step {i}: {(a.op, a.table, a.id)} != {(e['op'], e['table'], e['id'])}"
        got = {f: to for f, (_, to) in a.changes.items() if f not in FREE_TEXT}
        for f, v in e["changes"].items():
            if f in FREE_TEXT:
                continue
            if f not in got or not _same(f, v, got[f]):
                return f"step {i}: {f} = {got.get(f)!r}, expected {v!r}"
        create = a.op.startswith("create") or a.op == "log_activity"
        extra = [f for f in got if f not in e["changes"] and (not create or f in LINKS)]
        if a.op.startswith("delete"):
            extra = []
        if extra:
            return f"step {i}: unexpected {', '.join(f'{f}={got[f]!r}' for f in extra)}"
    return None


def wrong_ready(item: dict, plan: Plan, why: str | None) -> bool:
    """The error that hurts most: a plan ready to apply that is not the one asked for (a miss that asks or
    refuses is safe; this one changes the wrong thing if the user does not read the preview)."""
    if why is not None and plan.intent == "question" and ("must not" in why or "must (a question" in why):
        return True  # a confidently wrong answer
    return why is not None and plan.intent == "write" and plan.ready


def run(chat: ChatService, items: list[dict], today: dt.date) -> list[tuple[dict, Plan, str | None]]:
    """Plan every item in its own session (after its history); never applies anything."""
    out = []
    for item in items:
        session = "corpus-" + uuid.uuid4().hex[:8]
        for earlier in item.get("history", []):
            chat.plan(earlier, item["user"], session, today)
        plan = chat.plan(item["text"], item["user"], session, today)
        out.append((item, plan, mismatch(item, plan)))
    return out
