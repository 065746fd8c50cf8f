"""A workflow as data: a trigger, then a graph of steps; parsed from (and written back to) YAML or JSON.

    Workflow(name, trigger, steps, reentry, on_reply, description)
    Trigger(kind, table, field, to, pattern, keywords, cron, segment)
    StepSpec(id, kind, params, next)

parse_workflow(dict) checks every field and says where a mistake is ("steps[2].then: no step 'x'"); what it
returns is the only shape the engine reads. Step kinds and trigger kinds are the registries below.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import dataclasses
from dataclasses import dataclass
from typing import Any

from core.errors import ValidationError

TRIGGER_KINDS = ("manual", "record_created", "record_updated", "message", "segment", "schedule", "webhook")
RECORD_TABLES = ("contacts", "deals", "companies", "tasks", "activities")
STEP_KINDS = ("wait", "wait_reply", "branch", "send", "task", "update", "webhook", "stop")
REPLY_POLICIES = ("pause", "continue", "end")
AB_MODES = ("thompson", "fixed")
NAME = re.compile(r"^[a-z0-9][a-z0-9_\-]{0,63}$")
STEP_ID = re.compile(r"^[A-Za-z0-9_\-]{1,64}$")
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(m|min|h|d|w)\s*$")
_UNITS = {"m": 60, "min": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_duration(value: Any, where: str) -> dt.timedelta:
    """'30m', '12h', '3d', '2w' (or a number of seconds) -> timedelta; a clear error otherwise."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0:
        return dt.timedelta(seconds=float(value))
    m = _DURATION.match(str(value)) if isinstance(value, str) else None
    if not m:
        raise ValidationError(f"{where}: {value!r} is not a duration; write e.g. '30m', '12h', '3d' or '2w'", where)
    return dt.timedelta(seconds=float(m.group(1)) * _UNITS[m.group(2)])


@dataclass(frozen=True)
class Trigger:
    kind: str = "manual"
    table: str = "contacts"          # record_created / record_updated
    field: str = ""                  # record_updated: the field that must change ('' = any)
    to: Any = None                   # record_updated: the value it must change to (None = any)
    pattern: str = ""                # message: a regular expression (case-insensitive)
    keywords: tuple[str, ...] = ()   # message: any of these words
    cron: str = ""                   # schedule: 'minute hour day month weekday'
    segment: dict = dataclasses.field(default_factory=dict)  # schedule: who is started; segment: what to enter

    def to_dict(self) -> dict:
        out: dict[str, Any] = {"kind": self.kind}
        if self.kind in ("record_created", "record_updated"):
            out["table"] = self.table
        if self.kind == "record_updated":
            if self.field:
                out["field"] = self.field
            if self.to is not None:
                out["to"] = self.to
        if self.kind == "message":
            if self.pattern:
                out["pattern"] = self.pattern
            if self.keywords:
                out["keywords"] = list(self.keywords)
        if self.kind == "schedule":
            out["cron"] = self.cron
        if self.kind in ("schedule", "segment") and self.segment:
            out["segment"] = self.segment
        return out


@dataclass(frozen=True)
class StepSpec:
    id: str
    kind: str
    params: dict
    next: str | None = None  # the step after this one (None: the next in the list)

    def to_dict(self) -> dict:
        out = {"id": self.id, "kind": self.kind, **self.params}
        if self.next is not None:
            out["next"] = self.next
        return out


@dataclass(frozen=True)
class Workflow:
    name: str
    trigger: Trigger
    steps: tuple[StepSpec, ...]
    description: str = ""
    reentry: bool = False            # may a contact run it again after a run ended?
    on_reply: str = "pause"          # a customer reply outside a wait_reply step: pause | continue | end

    def step(self, step_id: str) -> StepSpec:
        for s in self.steps:
            if s.id == step_id:
                return s
        raise ValidationError(f"workflow {self.name!r} has no step {step_id!r}", "steps")

    def after(self, step_id: str) -> str | None:
        """The step that follows step_id when it names none (None: the run is done)."""
        s = self.step(step_id)
        if s.next is not None:
            return s.next or None
        ids = [x.id for x in self.steps]
        i = ids.index(step_id)
        return ids[i + 1] if i + 1 < len(ids) else None

    def to_dict(self) -> dict:
        out: dict[str, Any] = {"name": self.name}
        if self.description:
            out["description"] = self.description
        out["trigger"] = self.trigger.to_dict()
        out["reentry"] = self.reentry
        out["on_reply"] = self.on_reply
        out["steps"] = [s.to_dict() for s in self.steps]
        return out


# -- parsing ------------------------------------------------------------------------------------------
_STEP_FIELDS: dict[str, dict[str, tuple[type, ...]]] = {
    "wait": {"duration": (str, int, float), "until": (str,)},
    "wait_reply": {"timeout": (str, int, float), "on_reply": (str,), "on_timeout": (str,)},
    "branch": {"if": (dict,), "then": (str,), "else": (str,)},
    "send": {"text": (str,), "variants": (list,), "ab": (dict,), "template": (bool,), "review": (bool,),
             "best_time": (bool,)},
    "task": {"title": (str,), "due_in": (str, int, float)},
    "update": {"field": (str,), "value": (str, int, float, bool, type(None))},
    "webhook": {"url": (str,), "payload": (dict,)},
    "stop": {"reason": (str,)},
}
CONDITION_OPS = ("eq", "ne", "in", "not_in", "contains", "exists", "missing", "gt", "lt")
CONTACT_FIELDS = ("first_name", "last_name", "email", "phone", "title", "company_id", "owner_id", "lifecycle_stage")
DEAL_FIELDS = ("deal.stage", "deal.product", "deal.amount", "deal.won", "deal.open")


def check_condition(cond: Any, where: str) -> None:
    """A branch condition: {field, op, value} on the contact or its latest deal, {replied}, {variant}, or
    {all: [...]}, {any: [...]}, {not: {...}}."""
    if not isinstance(cond, dict) or not cond:
        raise ValidationError(f"{where}: a condition is an object such as {{field: lifecycle_stage, op: eq, "
                              f"value: customer}}", where)
    if "all" in cond or "any" in cond:
        key = "all" if "all" in cond else "any"
        if not isinstance(cond[key], list) or not cond[key]:
            raise ValidationError(f"{where}.{key}: a non-empty list of conditions", where)
        for i, c in enumerate(cond[key]):
            check_condition(c, f"{where}.{key}[{i}]")
        return
    if "not" in cond:
        check_condition(cond["not"], f"{where}.not")
        return
    if "replied" in cond:
        if not isinstance(cond["replied"], bool):
            raise ValidationError(f"{where}.replied: true or false", where)
        return
    if "variant" in cond:
        if not isinstance(cond["variant"], str):
            raise ValidationError(f"{where}.variant: a variant name", where)
        return
    f = cond.get("field")
    if f not in CONTACT_FIELDS + DEAL_FIELDS:
        raise ValidationError(f"{where}.field: {f!r} is not a field a branch can read; use one of "
                              f"{', '.join(CONTACT_FIELDS + DEAL_FIELDS)}, or replied / variant", where)
    op = cond.get("op", "eq")
    if op not in CONDITION_OPS:
        raise ValidationError(f"{where}.op: {op!r} is not one of {', '.join(CONDITION_OPS)}", where)
    if op in ("in", "not_in") and not isinstance(cond.get("value"), list):
        raise ValidationError(f"{where}.value: {op} needs a list", where)


def _step(raw: Any, i: int) -> StepSpec:
    where = f"steps[{i}]"
    if not isinstance(raw, dict):
        raise ValidationError(f"{where}: a step is an object with an id and a kind", where)
    sid, kind = raw.get("id"), raw.get("kind")
    if not isinstance(sid, str) or not STEP_ID.match(sid):
        raise ValidationError(f"{where}.id: {sid!r} is not a step id (letters, digits, _ and -)", f"{where}.id")
    where = f"steps[{i}] ({sid})"
    if kind not in STEP_KINDS:
        raise ValidationError(f"{where}.kind: {kind!r} is not one of {', '.join(STEP_KINDS)}", "kind")
    allowed = _STEP_FIELDS[kind]
    params = {}
    for key, value in raw.items():
        if key in ("id", "kind", "next"):
            continue
        if key not in allowed:
            raise ValidationError(f"{where}: {kind} has no field {key!r}; it takes {', '.join(allowed) or 'none'}",
                                  key)
        if not isinstance(value, allowed[key]) or (isinstance(value, bool) and bool not in allowed[key]):
            raise ValidationError(f"{where}.{key}: {value!r} has the wrong type", key)
        params[key] = value
    nxt = raw.get("next")
    if nxt is not None and not isinstance(nxt, str):
        raise ValidationError(f"{where}.next: a step id (or '' to end the run)", "next")
    if kind == "wait":
        if ("duration" in params) == ("until" in params):
            raise ValidationError(f"{where}: a wait has either a duration or an until", where)
        if "duration" in params:
            parse_duration(params["duration"], f"{where}.duration")
        else:
            try:
                dt.datetime.fromisoformat(params["until"])
            except ValueError:
                raise ValidationError(f"{where}.until: {params['until']!r} is not a date/time "
                                      "(YYYY-MM-DD or YYYY-MM-DDTHH:MM)", where) from None
    if kind == "wait_reply":
        parse_duration(params.get("timeout"), f"{where}.timeout")
    if kind == "branch":
        check_condition(params.get("if"), f"{where}.if")
        if "then" not in params:
            raise ValidationError(f"{where}: a branch needs then (and may have else)", where)
    if kind == "send":
        _check_send(params, where)
    if kind == "task":
        if not (params.get("title") or "").strip():
            raise ValidationError(f"{where}.title: a task needs a title", where)
        if "due_in" in params:
            parse_duration(params["due_in"], f"{where}.due_in")
    if kind == "update" and params.get("field") not in ("lifecycle_stage", "title", "owner_id", "email", "phone"):
        raise ValidationError(f"{where}.field: a workflow may update lifecycle_stage, title, owner_id, email or "
                              f"phone, not {params.get('field')!r}", where)
    if kind == "webhook" and not re.match(r"^https?://", params.get("url", "")):
        raise ValidationError(f"{where}.url: an http(s) URL", where)
    return StepSpec(sid, kind, params, nxt)


def _check_send(params: dict, where: str) -> None:
    variants = params.get("variants")
    if variants is None:
        if not (params.get("text") or "").strip():
            raise ValidationError(f"{where}: a send step needs text (or variants)", where)
        return
    if "text" in params:
        raise ValidationError(f"{where}: give text or variants, not both", where)
    if len(variants) < 2:
        raise ValidationError(f"{where}.variants: an A/B test needs at least two variants", where)
    names = set()
    for j, v in enumerate(variants):
        w = f"{where}.variants[{j}]"
        if not isinstance(v, dict) or not isinstance(v.get("name"), str) or not (v.get("text") or "").strip():
            raise ValidationError(f"{w}: a variant is {{name, text, weight}}", w)
        if v["name"] in names:
            raise ValidationError(f"{w}.name: {v['name']!r} is used twice", w)
        names.add(v["name"])
        weight = v.get("weight", 1)
        if not isinstance(weight, (int, float)) or isinstance(weight, bool) or weight <= 0:
            raise ValidationError(f"{w}.weight: a positive number", w)
    ab = params.get("ab", {})
    if ab.get("mode", "thompson") not in AB_MODES:
        raise ValidationError(f"{where}.ab.mode: {ab.get('mode')!r} is not one of {', '.join(AB_MODES)}", where)
    parse_duration(ab.get("window", "3d"), f"{where}.ab.window")


def _trigger(raw: Any) -> Trigger:
    if raw is None:
        return Trigger()
    if isinstance(raw, str):
        raw = {"kind": raw}
    if not isinstance(raw, dict):
        raise ValidationError("trigger: an object with a kind", "trigger")
    kind = raw.get("kind")
    if kind not in TRIGGER_KINDS:
        raise ValidationError(f"trigger.kind: {kind!r} is not one of {', '.join(TRIGGER_KINDS)}", "trigger")
    known = {"kind", "table", "field", "to", "pattern", "keywords", "cron", "segment"}
    extra = set(raw) - known
    if extra:
        raise ValidationError(f"trigger: unknown field(s) {', '.join(sorted(extra))}", "trigger")
    table = raw.get("table", "contacts")
    if kind in ("record_created", "record_updated") and table not in RECORD_TABLES:
        raise ValidationError(f"trigger.table: {table!r} is not one of {', '.join(RECORD_TABLES)}", "trigger")
    pattern = raw.get("pattern", "") or ""
    keywords = raw.get("keywords", []) or []
    if kind == "message":
        if not pattern and not keywords:
            raise ValidationError("trigger: a message trigger needs a pattern or keywords", "trigger")
        if not isinstance(keywords, list) or not all(isinstance(k, str) and k.strip() for k in keywords):
            raise ValidationError("trigger.keywords: a list of words", "trigger")
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValidationError(f"trigger.pattern: not a regular expression ({exc})", "trigger") from None
    cron = raw.get("cron", "") or ""
    segment = raw.get("segment") or {}
    if kind == "schedule":
        from core.workflows.schedule import parse_cron
        parse_cron(cron)
    if kind == "segment" and not segment:
        raise ValidationError("trigger: a segment trigger needs segment: a condition, e.g. {field: deal.stage, "
                              "op: eq, value: Proposal}", "trigger")
    if segment:
        check_condition(segment, "trigger.segment")
    return Trigger(kind, table, raw.get("field", "") or "", raw.get("to"), pattern,
                   tuple(k.strip().lower() for k in keywords), cron, segment)


def parse_workflow(raw: Any) -> Workflow:
    """A Workflow from its dict form (YAML/JSON), or a ValidationError saying where it is wrong."""
    if not isinstance(raw, dict):
        raise ValidationError("a workflow is an object with name, trigger and steps", "workflow")
    name = raw.get("name")
    if not isinstance(name, str) or not NAME.match(name):
        raise ValidationError(f"name: {name!r} is not a workflow name (lower-case letters, digits, _ and -)", "name")
    extra = set(raw) - {"name", "description", "trigger", "steps", "reentry", "on_reply"}
    if extra:
        raise ValidationError(f"workflow {name}: unknown field(s) {', '.join(sorted(extra))}", "workflow")
    steps_raw = raw.get("steps")
    if not isinstance(steps_raw, list) or not steps_raw:
        raise ValidationError(f"workflow {name}: steps must be a non-empty list", "steps")
    steps = tuple(_step(s, i) for i, s in enumerate(steps_raw))
    ids = [s.id for s in steps]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise ValidationError(f"workflow {name}: step id(s) used twice: {', '.join(sorted(dup))}", "steps")
    for i, s in enumerate(steps):
        refs = {"next": s.next, "then": s.params.get("then"), "else": s.params.get("else"),
                "on_reply": s.params.get("on_reply"), "on_timeout": s.params.get("on_timeout")}
        for key, ref in refs.items():
            if ref and ref not in ids:
                raise ValidationError(f"steps[{i}] ({s.id}).{key}: no step {ref!r} in this workflow", key)
    on_reply = raw.get("on_reply", "pause")
    if on_reply not in REPLY_POLICIES:
        raise ValidationError(f"on_reply: {on_reply!r} is not one of {', '.join(REPLY_POLICIES)}", "on_reply")
    reentry = raw.get("reentry", False)
    if not isinstance(reentry, bool):
        raise ValidationError("reentry: true or false", "reentry")
    return Workflow(name, _trigger(raw.get("trigger")), steps, str(raw.get("description") or ""), reentry, on_reply)


def load_text(text: str, source: str = "workflow") -> Workflow:
    """Parse YAML or JSON text (JSON is YAML too, but its errors read better from json)."""
    text = text.strip()
    try:
        if text.startswith("{"):
            data = json.loads(text)
        else:
            import yaml
            data = yaml.safe_load(text)
    except Exception as exc:  # noqa: BLE001 - yaml and json raise different trees; both become one message
        raise ValidationError(f"{source}: not valid YAML or JSON ({exc})", "file") from None
    try:
        return parse_workflow(data)
    except ValidationError as exc:
        raise ValidationError(f"{source}: {exc}", exc.field) from None


def dump_text(wf: Workflow, fmt: str = "yaml") -> str:
    data = wf.to_dict()
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False)
    import yaml
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


@dataclass
class Run:
    """A run's moving state, as the engine reads and writes it (workflow_runs)."""
    id: int
    workflow_id: int
    contact_id: int
    status: str
    step: str | None
    seq: int
    context: dict = dataclasses.field(default_factory=dict)
    reason: str | None = None

    @classmethod
    def from_row(cls, r: dict) -> "Run":
        return cls(r["id"], r["workflow_id"], r["contact_id"], r["status"], r["step"], r["seq"],
                   json.loads(r["context"]) if r["context"] else {}, r["reason"])
