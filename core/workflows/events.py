"""The events that start, resume, pause and end runs, read once each through cursors kept in DuckDB.

    crm_actions     record created / updated / deleted (the executor's log): record and segment triggers, and
                    record.* events for webhook subscribers
    messages        inbound and outbound messages: opt-outs end runs, a person's message pauses them, a reply
                    resumes a wait_reply step (elsewhere: the workflow's on_reply), message triggers
    review_events   draft.approved for subscribers
    schedules       cron triggers (a firing missed while the server was down happens late, once)

Each batch is handled in one transaction with the cursor's move, so a crash repeats the whole batch or none of it.
WorkflowEngine (engine.py) mixes this in; the methods use its run-moving helpers (_start, _set_status, _finish,
_continue_after_wait).
"""
from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any, Callable

from core.inbox.delivery import opt_out_change
from core.store import local_time, now, utc, utc_from_epoch
from core.workflows.model import Run, Workflow
from core.workflows.schedule import next_fire
from core.workflows.steps import contact_facts, evaluate

BATCH = 200  # events or timers per transaction


class EventReader:
    def _cursor(self, name: str, start: Callable[[], int]) -> int:
        pos = self.store.scalar("SELECT position FROM workflow_cursors WHERE name = ?", [name])
        if pos is None:
            pos = start()
            self.store.execute("INSERT INTO workflow_cursors VALUES (?, ?, ?)", [name, pos, now()])
        return pos

    def _move_cursor(self, name: str, pos: int) -> None:
        self.store.execute("UPDATE workflow_cursors SET position = ?, updated_at = ? WHERE name = ?", [pos, now(), name])

    def _enabled(self, kinds: tuple[str, ...]) -> list[tuple[int, Workflow]]:
        """Enabled workflows with one of these trigger kinds (as of the last registry refresh)."""
        return [(wid, self.registry.by_id(wid)) for wid in sorted(self.registry.enabled)
                if self.registry.by_id(wid).trigger.kind in kinds]

    def _crm_events(self, at: dt.datetime) -> int:
        """Record created/updated triggers from the executor's action log (crm_actions), once each."""
        with self.store.atomic(crm=False):
            pos = self._cursor("crm_actions", lambda: self.store.scalar("SELECT coalesce(max(id), 0) FROM crm_actions"))
            actions = self.store.query("SELECT id, op, target_table, target_id, before, after FROM crm_actions "
                                       "WHERE id > ? ORDER BY id LIMIT 1000", [pos])
            if not actions:
                return 0
            flows = self._enabled(("record_created", "record_updated"))
            segments = self._enabled(("segment",))
            touched: list[int] = []
            subs = self.webhooks.subscriptions()
            for a in actions:
                before = json.loads(a["before"]) if a["before"] else None
                after = json.loads(a["after"]) if a["after"] else {}
                if subs:
                    self._publish_action(a, before, after, subs, at)
                contact = a["target_id"] if a["target_table"] == "contacts" else after.get("contact_id")
                if not contact or after.get("deleted_at"):
                    continue
                if segments and int(contact) not in touched:
                    touched.append(int(contact))
                for wid, wf in flows:
                    t = wf.trigger
                    if t.table != a["target_table"]:
                        continue
                    if t.kind == "record_created" and before is None:
                        self._start(wid, int(contact), f"{t.table[:-1]} {a['target_id']} created", at)
                    elif t.kind == "record_updated" and before is not None:
                        fields = [t.field] if t.field else [k for k in after if k != "updated_at"]
                        changed = [f for f in fields if before.get(f) != after.get(f)]
                        if changed and (t.to is None or any(_matches(after.get(f), t.to) for f in changed)):
                            self._start(wid, int(contact), f"{t.table[:-1]} {a['target_id']} {', '.join(changed)} "
                                                           f"changed", at)
            for contact in touched:
                self._segments(segments, contact, at)
            self._move_cursor("crm_actions", actions[-1]["id"])
            return len(actions)

    def _segments(self, segments: list[tuple[int, Workflow]], contact: int, at: dt.datetime) -> None:
        """Segment triggers: a contact whose records changed is in or out of each segment now; entering starts a run
        (membership is kept in workflow_segments, so staying in does not, and leaving then entering again does)."""
        facts = contact_facts(self.store, contact)
        for wid, wf in segments:
            inside = not facts["_deleted"] and evaluate(wf.trigger.segment, facts, {})
            was = self.store.scalar("SELECT count(*) FROM workflow_segments WHERE workflow_id = ? AND contact_id = ?",
                                    [wid, contact])
            if inside and not was:
                self.store.execute("INSERT INTO workflow_segments VALUES (?, ?, ?)", [wid, contact, at])
                self._start(wid, contact, "entered the segment", at)
            elif was and not inside:
                self.store.execute("DELETE FROM workflow_segments WHERE workflow_id = ? AND contact_id = ?",
                                   [wid, contact])

    def _publish_action(self, a: dict, before: dict | None, after: dict, subs: list[dict], at: dt.datetime) -> None:
        kind = "created" if before is None else ("deleted" if after.get("deleted_at") and not before.get("deleted_at")
                                                 else "updated")
        changes = {k: [None if before is None else before.get(k), v] for k, v in after.items()
                   if before is None or before.get(k) != v}
        self.webhooks.publish(f"crm-{a['id']}", f"record.{kind}", {"table": a["target_table"], "id": a["target_id"],
                                                                   "op": a["op"], "changes": changes}, at, subs)

    def _message_events(self, at: dt.datetime) -> int:
        """Messages since the cursor: opt-outs end runs, human messages pause them, replies resume wait_reply
        steps, and inbound text may start message-triggered workflows."""
        with self.store.atomic(crm=False):
            pos = self._cursor("messages", lambda: self.store.scalar("SELECT coalesce(max(id), 0) FROM messages"))
            msgs = self.store.query(
                "SELECT m.id, m.contact_id, m.direction, m.author_kind, m.body, m.draft_id, "
                "coalesce(m.sent_at, m.received_at) AS at, d.origin FROM messages m "
                "LEFT JOIN drafts d ON d.id = m.draft_id WHERE m.id > ? ORDER BY m.id LIMIT ?", [pos, BATCH * 5])
            if not msgs:
                return 0
            flows = self._enabled(("message",))
            subs = self.webhooks.subscriptions()
            for m in msgs:
                if subs and m["direction"] == "in":
                    self.webhooks.publish(f"msg-{m['id']}", "message.received",
                                          {"message_id": m["id"], "contact_id": m["contact_id"], "text": m["body"],
                                           "at": m["at"].isoformat()}, at, subs)
                self._on_message(m, flows, at)
            self._move_cursor("messages", msgs[-1]["id"])
            return len(msgs)

    def _review_events(self, at: dt.datetime) -> int:
        """draft.approved for subscribers: every review decision that sent a reply, once."""
        with self.store.atomic(crm=False):
            pos = self._cursor("review_events", lambda: 0)
            rows = self.store.query(
                "SELECT e.id, e.draft_id, e.action, e.user_id, d.conversation_id, d.origin, o.id AS outbox_id "
                "FROM review_events e JOIN drafts d ON d.id = e.draft_id LEFT JOIN outbox o ON o.draft_id = d.id "
                "WHERE e.id > ? ORDER BY e.id LIMIT 500", [pos])
            for r in rows:
                if r["action"] in ("approve", "edit") and r["outbox_id"] is not None:
                    self.webhooks.publish(f"review-{r['id']}", "draft.approved",
                                          {k: r[k] for k in ("draft_id", "action", "user_id", "conversation_id",
                                                             "origin", "outbox_id")}, at)
            if rows:
                self._move_cursor("review_events", rows[-1]["id"])
            return len(rows)

    def _live_runs(self, contact_id: int, before: dt.datetime | None = None) -> list[Run]:
        """The contact's active and waiting runs; with `before`, only those whose current step began before it
        (a message older than where a run is now is no news to that run)."""
        rows = self.store.query(
            "SELECT r.*, s.started_at AS step_started FROM workflow_runs r LEFT JOIN workflow_steps s "
            "ON s.run_id = r.id AND s.seq = r.seq WHERE r.contact_id = ? AND r.status IN ('active', 'waiting') "
            "ORDER BY r.id", [contact_id])
        return [Run.from_row(r) for r in rows
                if before is None or r["step_started"] is None or r["step_started"] < before]

    def _on_message(self, m: dict, flows: list[tuple[int, Workflow]], at: dt.datetime) -> None:
        contact = m["contact_id"]
        if m["direction"] == "out":
            if m["author_kind"] == "agent" and not (m["origin"] or "").startswith("workflow:"):
                for run in self._live_runs(contact, m["at"]):
                    self._set_status(run, "paused", f"a person wrote to the contact by hand (message {m['id']})", at)
            return
        change = opt_out_change(m["body"] or "")
        if change:
            for run in self._live_runs(contact) + [Run.from_row(r) for r in self.store.query(
                    "SELECT * FROM workflow_runs WHERE contact_id = ? AND status = 'paused'", [contact])]:
                self._finish(run, "ended", f"the contact opted out (message {m['id']})", at)
            return
        for run in self._live_runs(contact, m["at"]):
            timer = self.store.one("SELECT * FROM workflow_timers WHERE run_id = ? AND seq = ? AND status = 'pending'",
                                   [run.id, run.seq])
            if run.status == "waiting" and timer and timer["kind"] == "reply_timeout":
                if timer["due_at"] < m["at"]:
                    continue  # the timeout came first; the timer fires it
                self.store.execute("UPDATE workflow_timers SET status = 'cancelled', fired_at = ? WHERE id = ?",
                                   [at, timer["id"]])
                self._continue_after_wait(run, timer, f"replied (message {m['id']})", at, replied=True)
                continue
            policy = self.registry.by_id(run.workflow_id).on_reply
            if policy == "pause":
                self._set_status(run, "paused", f"the contact replied (message {m['id']}); a person should answer", at)
            elif policy == "end":
                self._finish(run, "ended", f"the contact replied (message {m['id']})", at)
            else:
                run.context["replied"] = True
                self._save(run, at)
        if change is None and flows:
            text = (m["body"] or "").lower()
            words = set(re.findall(r"[a-z0-9']+", text))
            for wid, wf in flows:
                t = wf.trigger
                hit = (t.pattern and re.search(t.pattern, m["body"] or "", re.IGNORECASE)) or \
                    any((k in words) if " " not in k else (k in text) for k in t.keywords)
                if hit:
                    self._start(wid, contact, f"message {m['id']}", at)

    def _schedules(self, at: dt.datetime) -> int:
        """Schedule triggers: when the cron time has passed since the last firing, start every contact in the
        segment once (a firing missed while the server was down happens late, once)."""
        started = 0
        for wid, wf in self._enabled(("schedule",)):
            name = f"schedule:{wid}"
            with self.store.atomic(crm=False):
                epoch = int(at.replace(tzinfo=dt.timezone.utc).timestamp())  # `at` is UTC, as stored
                last = self._cursor(name, lambda: epoch)
                # a cron's hours are the machine's local hours ("0 9 * * 1": Mondays at 9 here), stored as UTC
                due = utc(next_fire(wf.trigger.cron, local_time(utc_from_epoch(last))))
                if due > at:
                    continue
                for c in self.store.query("SELECT id FROM contacts WHERE deleted_at IS NULL ORDER BY id"):
                    if wf.trigger.segment and not evaluate(wf.trigger.segment, contact_facts(self.store, c["id"]), {}):
                        continue
                    rid, _ = self._start(wid, c["id"], f"schedule {wf.trigger.cron} at {due:%Y-%m-%d %H:%M}", at)
                    started += rid is not None
                self._move_cursor(name, epoch)
        return started



def _matches(value: Any, want: Any) -> bool:
    if isinstance(value, str) and isinstance(want, str):
        return value.strip().lower() == want.strip().lower()
    return value == want
