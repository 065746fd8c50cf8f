"""The workflow engine: runs, durable timers and the events that start, resume, pause or end runs.

Everything a run does happens in a transaction that also moves the run: a step's record, its side effect
(outbox row, draft, plan, queued webhook, keyed by (run, seq)) and the run's new position commit together, so
a crash leaves the run either before the step or after it, never half way. Waits are rows in
workflow_timers; tick() fires the due ones (each once: the row flips from pending to fired in the transaction
that continues the run) and reads new CRM changes (crm_actions) and messages through cursors kept in the same
transactions (events.py), so an event is handled once however often the process dies. Only the process that owns the
database (the server, see worker.py) calls tick().
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from typing import Any, Callable

from core.errors import NotFound, ValidationError
from core.store import Store, now
from core.workflows import ab
from core.workflows.events import BATCH, EventReader
from core.workflows.model import Run
from core.workflows.registry import Registry
from core.workflows.steps import EXECUTORS
from core.workflows.webhooks import WebhookQueue

log = logging.getLogger(__name__)
LIVE = ("active", "waiting")
MAX_STEPS_PER_ADVANCE = 200   # a graph that loops without waiting fails instead of spinning


class WorkflowEngine(EventReader):
    def __init__(self, app_or_store: Any, clock: Callable[[], dt.datetime] | None = None, install: bool = True):
        self.store: Store = getattr(app_or_store, "store", app_or_store)
        store = self.store
        self.clock = clock or now
        self.registry = Registry(store)
        self.webhooks = WebhookQueue(store)
        self.wake = threading.Event()
        self._screen_cache: dict[str, Any] = {}
        self._step_subscribers: list[dict] | None = None
        self._settings = None
        if install:
            with self.store.atomic(crm=False):
                self.registry.install_templates()
                self._cursors()

    def _cursors(self) -> None:
        """Start reading CRM changes and messages from here (what came before the engine is not an event)."""
        self._cursor("crm_actions", lambda: self.store.scalar("SELECT coalesce(max(id), 0) FROM crm_actions"))
        self._cursor("messages", lambda: self.store.scalar("SELECT coalesce(max(id), 0) FROM messages"))
        self._cursor("review_events", lambda: self.store.scalar("SELECT coalesce(max(id), 0) FROM review_events"))

    # -- helpers the step executors use ------------------------------------------------------------------
    def name_of(self, run: Run) -> str:
        return self.registry_name(run.workflow_id)

    def registry_name(self, workflow_id: int) -> str:
        return self.registry.by_id(workflow_id).name

    def threshold(self) -> float:
        from core.inbox.settings import InboxSettings
        if self._settings is None:
            self._settings = InboxSettings(self.store)
        return self._settings.threshold()

    def screen(self, body: str):
        """The guardrails' verdict on an outgoing text (rules and keywords of the saved policy; cached per text)."""
        from core.guardrails import classify
        from core.inbox.settings import InboxSettings
        if self._settings is None:
            self._settings = InboxSettings(self.store)
        version = self._settings.policy_version()
        key = f"{version}\x00{body}"
        if key not in self._screen_cache:
            if len(self._screen_cache) > 5000:
                self._screen_cache.clear()
            self._screen_cache[key] = classify(body, self._settings.policy())
        return self._screen_cache[key]

    def record_effect(self, effect: dict, at: dt.datetime) -> None:
        """The side effect of a (run, seq): its key is the primary key, so a second one cannot be written."""
        cols = ["key", "run_id", "seq", "step", "kind", "contact_id", "variant", "outbox_id", "draft_id",
                "message_id", "plan_id", "webhook_id"]
        self.store.execute(f"INSERT INTO workflow_effects ({', '.join(cols)}, created_at) "
                           f"VALUES ({', '.join('?' * len(cols))}, ?)", [effect.get(c) for c in cols] + [at])

    # -- starting, pausing, ending -------------------------------------------------------------------------
    def start(self, name: str, contact_id: int, trigger: str = "manual", at: dt.datetime | None = None) -> dict:
        """Start a run of a workflow for a contact now (whether or not the workflow's trigger is enabled)."""
        at = at or self.clock()
        row = self.registry.row(name)
        with self.store.atomic(crm=False):
            run_id, why = self._start(row["id"], int(contact_id), trigger, at, manual=True)
        if run_id is None:
            raise ValidationError(why, "contact")
        return self.run(run_id)

    def _start(self, workflow_id: int, contact_id: int, trigger: str, at: dt.datetime,
               manual: bool = False) -> tuple[int | None, str]:
        """Start a run inside the caller's transaction; (None, why) when the contact cannot enter."""
        wf = self.registry.by_id(workflow_id)
        alive = self.store.scalar("SELECT count(*) FROM contacts WHERE id = ? AND deleted_at IS NULL", [contact_id])
        if not alive:
            return None, f"there is no contact with id {contact_id}"
        existing = self.store.query("SELECT id, status FROM workflow_runs WHERE workflow_id = ? AND contact_id = ? "
                                    "ORDER BY id DESC", [workflow_id, contact_id])
        if existing and not wf.reentry:
            return None, (f"contact {contact_id} already has run {existing[0]['id']} of {wf.name} "
                          f"({existing[0]['status']}); this workflow does not allow re-entry")
        if any(r["status"] in LIVE + ("paused",) for r in existing):
            live = next(r for r in existing if r["status"] in LIVE + ("paused",))
            return None, f"contact {contact_id} is still in run {live['id']} of {wf.name} ({live['status']})"
        if not manual and self.store.scalar("SELECT count(*) FROM workflow_runs WHERE contact_id = ? "
                                            "AND status = 'paused'", [contact_id]):
            return None, f"a person is handling contact {contact_id} (a run of theirs is paused)"
        rid = self.store.next_id("workflow_runs")
        key = f"{workflow_id}:{contact_id}" if not wf.reentry else f"{workflow_id}:{contact_id}:{rid}"
        self.store.execute("INSERT INTO workflow_runs VALUES (?, ?, ?, ?, 'active', ?, 0, '{}', NULL, ?, ?, ?, NULL)",
                           [rid, workflow_id, contact_id, key, wf.steps[0].id, trigger, at, at])
        self._advance(Run(rid, workflow_id, contact_id, "active", wf.steps[0].id, 0, {}), at)
        return rid, "started"

    def pause(self, run_id: int, reason: str, at: dt.datetime | None = None) -> dict:
        with self.store.atomic(crm=False):
            run = self._load(run_id)
            if run.status not in LIVE:
                raise ValidationError(f"run {run_id} is {run.status}; only an active or waiting run can be paused")
            self._set_status(run, "paused", reason, at or self.clock())
        return self.run(run_id)

    def resume(self, run_id: int, at: dt.datetime | None = None) -> dict:
        """A paused run goes on: back to waiting if its timer is still pending (a due one fires at the next tick)."""
        at = at or self.clock()
        with self.store.atomic(crm=False):
            run = self._load(run_id)
            if run.status != "paused":
                raise ValidationError(f"run {run_id} is {run.status}, not paused")
            pending = self.store.scalar("SELECT count(*) FROM workflow_timers WHERE run_id = ? AND seq = ? "
                                        "AND status = 'pending'", [run_id, run.seq])
            if pending:
                self._set_status(run, "waiting", f"resumed by a person at {at:%Y-%m-%d %H:%M}", at)
            else:
                run.status, run.reason = "active", "resumed by a person"
                self._advance(run, at)
        return self.run(run_id)

    def end(self, run_id: int, reason: str, at: dt.datetime | None = None) -> dict:
        with self.store.atomic(crm=False):
            run = self._load(run_id)
            if run.status not in LIVE + ("paused",):
                raise ValidationError(f"run {run_id} is already {run.status}")
            self._finish(run, "ended", reason, at or self.clock())
        return self.run(run_id)

    # -- reading -------------------------------------------------------------------------------------------
    def runs(self, contact_id: int | None = None, workflow: str | None = None, status: str | None = None,
             limit: int = 200) -> list[dict]:
        """Runs, newest first, with where each contact is and why (waiting until when, paused because …)."""
        where, params = ["true"], []
        if contact_id is not None:
            where.append("r.contact_id = ?")
            params.append(int(contact_id))
        if workflow:
            where.append("r.workflow_id = ?")
            params.append(self.registry.row(workflow)["id"])
        if status:
            where.append("r.status = ?")
            params.append(status)
        return self.store.query(
            "SELECT r.id, w.name AS workflow, r.contact_id, trim(coalesce(c.first_name, '') || ' ' || "
            "coalesce(c.last_name, '')) AS contact, r.status, r.step, r.seq, r.reason, r.trigger, r.started_at, "
            "r.updated_at, r.ended_at, t.due_at AS waiting_until, t.kind AS waiting_for "
            "FROM workflow_runs r JOIN workflows w ON w.id = r.workflow_id LEFT JOIN contacts c ON c.id = r.contact_id "
            "LEFT JOIN workflow_timers t ON t.run_id = r.id AND t.seq = r.seq AND t.status = 'pending' "
            f"WHERE {' AND '.join(where)} ORDER BY r.id DESC LIMIT ?", params + [limit])

    def run(self, run_id: int) -> dict:
        row = self.store.one(
            "SELECT r.id, w.name AS workflow, r.contact_id, r.status, r.step, r.seq, r.reason, r.trigger, "
            "r.context, r.started_at, r.updated_at, r.ended_at, t.due_at AS waiting_until, t.kind AS waiting_for "
            "FROM workflow_runs r JOIN workflows w ON w.id = r.workflow_id "
            "LEFT JOIN workflow_timers t ON t.run_id = r.id AND t.seq = r.seq AND t.status = 'pending' "
            "WHERE r.id = ?", [run_id])
        if row is None:
            raise NotFound(f"no workflow run {run_id}")
        row["context"] = json.loads(row["context"]) if row["context"] else {}
        row["steps"] = self.store.query("SELECT seq, step, kind, input, outcome, detail, started_at, finished_at "
                                        "FROM workflow_steps WHERE run_id = ? ORDER BY seq", [run_id])
        for s in row["steps"]:
            s["input"] = json.loads(s["input"]) if s["input"] else {}
            s["detail"] = json.loads(s["detail"]) if s["detail"] else {}
        return row

    def experiment(self, name: str, step_id: str, at: dt.datetime | None = None) -> dict:
        """An A/B step's variants: sends, replies, probability to be best, expected loss, and the winner if any."""
        row = self.registry.row(name)
        spec = self.registry.by_id(row["id"]).step(step_id)
        if "variants" not in spec.params:
            raise ValidationError(f"step {step_id} of {name} has no variants", "step")
        stats = ab.step_stats(self.store, row["id"], spec, at or self.clock())
        verdict = ab.judge(stats)
        return {"workflow": name, "step": step_id, "mode": spec.params.get("ab", {}).get("mode", "thompson"),
                "winner": verdict.winner,
                "variants": [{"name": s.name, "sent": s.sent, "replied": s.replied, "decided": s.decided,
                              "prob_best": round(verdict.prob_best[s.name], 4),
                              "expected_loss": round(verdict.expected_loss[s.name], 5)} for s in stats]}

    # -- moving runs ----------------------------------------------------------------------------------------
    def _load(self, run_id: int) -> Run:
        row = self.store.one("SELECT * FROM workflow_runs WHERE id = ?", [run_id])
        if row is None:
            raise NotFound(f"no workflow run {run_id}")
        return Run.from_row(row)

    def _save(self, run: Run, at: dt.datetime, ended: bool = False) -> None:
        self.store.execute("UPDATE workflow_runs SET status = ?, step = ?, seq = ?, context = ?, reason = ?, "
                           "updated_at = ?, ended_at = ? WHERE id = ?",
                           [run.status, run.step, run.seq, json.dumps(run.context), run.reason, at,
                            at if ended else None, run.id])

    def _set_status(self, run: Run, status: str, reason: str | None, at: dt.datetime) -> None:
        run.status, run.reason = status, reason
        self._save(run, at)

    def _finish(self, run: Run, status: str, reason: str | None, at: dt.datetime) -> None:
        run.status, run.reason = status, reason
        self.store.execute("UPDATE workflow_timers SET status = 'cancelled', fired_at = ? WHERE run_id = ? "
                           "AND status = 'pending'", [at, run.id])
        self._save(run, at, ended=True)

    def _record(self, run: Run, seq: int, kind: str, result, at: dt.datetime, finished: bool) -> None:
        self.store.execute("INSERT INTO workflow_steps VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           [self.store.next_id("workflow_steps"), run.id, seq, run.step, kind,
                            json.dumps(result.input, default=str), result.outcome,
                            json.dumps(dict(result.detail, **({"reason": result.reason} if result.reason else {})),
                                       default=str), at, at if finished else None])
        if self._step_subscribers is None:
            self._step_subscribers = [sub for sub in self.webhooks.subscriptions()
                                      if "workflow.step_reached" in sub["events"]]
        if self._step_subscribers:
            self.webhooks.publish(f"step-{run.id}-{seq}", "workflow.step_reached",
                                  {"workflow": self.name_of(run), "run_id": run.id, "contact_id": run.contact_id,
                                   "step": run.step, "kind": kind, "outcome": result.outcome}, at,
                                  self._step_subscribers)

    def _advance(self, run: Run, at: dt.datetime) -> None:
        """Execute steps from run.step until the run waits or ends (inside the caller's transaction)."""
        wf = self.registry.by_id(run.workflow_id)
        for _ in range(MAX_STEPS_PER_ADVANCE):
            if run.step is None:
                self._finish(run, "done", "reached the end of the workflow", at)
                return
            try:
                spec = wf.step(run.step)
            except ValidationError:
                self._finish(run, "failed", f"step {run.step!r} is no longer in the workflow", at)
                return
            seq = run.seq + 1
            result = EXECUTORS[spec.kind](self, run, spec, seq, at)
            self._record(run, seq, spec.kind, result, at, finished=result.wait_until is None)
            run.seq = seq
            if result.wait_until is not None:
                self.store.execute("INSERT INTO workflow_timers VALUES (?, ?, ?, ?, ?, ?, 'pending', NULL)",
                                   [self.store.next_id("workflow_timers"), run.id, seq, spec.id, result.wait_kind,
                                    result.wait_until])
                run.status, run.reason = "waiting", None
                self._save(run, at)
                return
            if result.end:
                self._finish(run, result.end, result.reason, at)
                return
            run.step = result.next if result.next else wf.after(spec.id)
        self._finish(run, "failed", f"more than {MAX_STEPS_PER_ADVANCE} steps without a wait: the graph loops", at)

    def _continue_after_wait(self, run: Run, timer: dict, outcome: str, at: dt.datetime,
                             replied: bool | None = None) -> None:
        """A waiting run's wait is over (timer fired or reply came): record it, take the right exit, go on."""
        wf = self.registry.by_id(run.workflow_id)
        spec = wf.step(timer["step"])
        self.store.execute("UPDATE workflow_steps SET outcome = ?, finished_at = ? WHERE run_id = ? AND seq = ?",
                           [outcome, at, run.id, timer["seq"]])
        if spec.kind == "wait_reply":
            run.context["replied"] = bool(replied)
            target = spec.params.get("on_reply") if replied else spec.params.get("on_timeout")
        elif spec.kind == "send":
            target = spec.id  # it waited for the contact's best hour: now it sends
        else:
            target = None
        run.step = target or wf.after(spec.id)
        run.status, run.reason = "active", None
        self._advance(run, at)

    # -- the loop ------------------------------------------------------------------------------------------
    def tick(self, at: dt.datetime | None = None) -> dict:
        """Handle new CRM changes and messages, fire schedules, then every timer due at `at` (default: now)."""
        at = at or self.clock()
        self.registry.refresh()
        self._step_subscribers = None  # re-read once per tick (and after a subscription changes)
        news = self.store.one(
            "SELECT (SELECT coalesce(max(id), 0) FROM crm_actions) > (SELECT position FROM workflow_cursors "
            "WHERE name = 'crm_actions') AS crm, (SELECT coalesce(max(id), 0) FROM messages) > "
            "(SELECT position FROM workflow_cursors WHERE name = 'messages') AS messages")
        counts = {"crm_events": self._crm_events(at) if news["crm"] is not False else 0,
                  "messages": self._message_events(at) if news["messages"] is not False else 0,
                  "scheduled": self._schedules(at), "timers": 0}
        if any("draft.approved" in sub["events"] for sub in self.webhooks.subscriptions()):
            counts["approvals"] = self._review_events(at)
        while True:
            n = self._fire_due(at)
            counts["timers"] += n
            if n < BATCH:
                break
        return counts

    def _fire_due(self, at: dt.datetime) -> int:
        timers = self.store.query(
            "SELECT t.* FROM workflow_timers t JOIN workflow_runs r ON r.id = t.run_id AND r.seq = t.seq "
            "WHERE t.status = 'pending' AND t.due_at <= ? AND r.status = 'waiting' ORDER BY t.due_at, t.id LIMIT ?",
            [at, BATCH])
        if not timers:
            return 0
        try:
            with self.store.atomic(crm=False):
                for t in timers:
                    self._fire(t, at)
        except Exception:  # noqa: BLE001 - one broken run must not hold up the others' timers
            log.exception("firing %d timers failed; firing them one by one", len(timers))
            for t in timers:
                try:
                    with self.store.atomic(crm=False):
                        self._fire(t, at)
                except Exception as exc:  # noqa: BLE001
                    log.exception("timer %s failed; its run is marked failed", t["id"])
                    with self.store.atomic(crm=False):
                        self._fail_timer(t, f"the step after the wait failed: {exc}", at)
        return len(timers)

    def _fire(self, t: dict, at: dt.datetime) -> None:
        flipped = self.store.execute("UPDATE workflow_timers SET status = 'fired', fired_at = ? WHERE id = ? "
                                     "AND status = 'pending' RETURNING id", [at, t["id"]]).fetchall()
        if not flipped:
            return  # fired or cancelled meanwhile
        run = self._load(t["run_id"])
        if run.status != "waiting" or run.seq != t["seq"]:
            return
        self._continue_after_wait(run, t, "timed out" if t["kind"] == "reply_timeout" else "elapsed", at,
                                  replied=False)

    def _fail_timer(self, t: dict, reason: str, at: dt.datetime) -> None:
        self.store.execute("UPDATE workflow_timers SET status = 'fired', fired_at = ? WHERE id = ?", [at, t["id"]])
        self._finish(self._load(t["run_id"]), "failed", reason, at)

    def start_from_webhook(self, name: str, contact_id: Any, at: dt.datetime | None = None) -> dict:
        """POST /api/workflows/{name}/runs: a run for the contact if the workflow has a webhook trigger and is on."""
        row = self.registry.row(name)
        wf = self.registry.by_id(row["id"])
        if wf.trigger.kind not in ("webhook", "manual"):
            raise ValidationError(f"workflow {name} starts on {wf.trigger.kind}, not from a webhook", "workflow")
        if not row["enabled"]:
            raise ValidationError(f"workflow {name} is disabled; enable it first", "workflow")
        if not isinstance(contact_id, int) or isinstance(contact_id, bool):
            raise ValidationError("contact_id must be an integer", "contact_id")
        return self.start(name, contact_id, trigger="webhook", at=at)
