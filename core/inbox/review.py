"""The human review queue: pending drafts oldest first; approve, edit & send, reject.

A draft answers a customer's message, or (message_id NULL, origin 'workflow:run:seq') is a workflow's message
that guardrails, autopilot or WhatsApp's 24-hour window sent to a person.

Every action is one transaction that re-reads the draft under the write lock, so a double click
or two reviewers acting at once send at most one message (outbox.draft_id is also UNIQUE).
Repeating a done action returns the first outcome with repeated=True instead of acting again.
Approving queues the reply; the server's dispatcher sends it (core/inbox/delivery.py), and the
draft becomes `sent` only once a provider has accepted it.
"""
from __future__ import annotations

import json
from typing import Callable

from core import metrics
from core.errors import NotFound, PermissionDenied, ValidationError
from core.inbox.channels import queue_outbound
from core.inbox.errors import NeedsConfirmation, ReviewConflict
from core.inbox.models import ReviewItem, ReviewOutcome
from core.inbox.sensitive import sensitive_request
from core.models import User
from core.store import Store, now

REVIEW_ROLES = ("reviewer", "admin")
MAX_REPLY = 4096
SENT = ("approved", "edited", "sent", "auto_sent")
HISTORY = 20


def _check(user: User) -> None:
    if user.role not in REVIEW_ROLES:
        raise PermissionDenied(f"{user.name} is a {user.role}: only reviewers and admins decide on drafts.")


class ReviewQueue:
    def __init__(self, store: Store, on_send: Callable[[], None] | None = None):
        self.store = store
        self.on_send = on_send

    # -- reading -------------------------------------------------------------------
    def items(self, statuses: tuple[str, ...] = ("pending",), limit: int = 50,
              draft_ids: list[int] | None = None, history: bool = True) -> list[ReviewItem]:
        """Drafts in these statuses, oldest inbound message first, each with its conversation so far."""
        where, params = "d.status IN (SELECT unnest(?::VARCHAR[]))", [list(statuses)]
        if draft_ids is not None:
            where, params = "d.id IN (SELECT unnest(?::INTEGER[]))", [draft_ids]
        rows = self.store.query(
            "SELECT d.id, d.conversation_id, d.body, d.confidence, d.classification, d.reason, d.triggered, d.engine, "
            "d.status, d.sources, coalesce(m.body, '(no customer message: ' || coalesce(d.reason, d.origin) || ')') AS inbound, "
            "coalesce(m.received_at, d.created_at) AS received_at, c.channel, c.address, c.autopilot, "
            "ct.first_name, ct.last_name FROM drafts d LEFT JOIN messages m ON m.id = d.message_id "
            "JOIN conversations c ON c.id = d.conversation_id LEFT JOIN contacts ct ON ct.id = c.contact_id "
            f"WHERE {where} ORDER BY coalesce(m.received_at, d.created_at), d.id LIMIT ?", params + [limit])
        convo: dict[int, list[dict]] = {}
        if rows and history:
            for h in self.store.query(
                    "SELECT conversation_id, id, direction, author_kind, body, received_at FROM ("
                    "SELECT *, row_number() OVER (PARTITION BY conversation_id ORDER BY id DESC) AS rn FROM messages "
                    "WHERE conversation_id IN (SELECT unnest(?::INTEGER[]))) WHERE rn <= ? ORDER BY id",
                    [sorted({r["conversation_id"] for r in rows}), HISTORY]):
                convo.setdefault(h.pop("conversation_id"), []).append(h)
        relied = self._relied_on(rows)
        ts = now()
        return [ReviewItem(
            draft_id=r["id"], conversation_id=r["conversation_id"],
            contact_name=f"{r['first_name'] or ''} {r['last_name'] or ''}".strip() or r["address"],
            channel=r["channel"], address=r["address"], autopilot=bool(r["autopilot"]), inbound=r["inbound"],
            received_at=r["received_at"], age_seconds=max((ts - r["received_at"]).total_seconds(), 0.0),
            classification=r["classification"], reason=r["reason"] or "",
            triggered=tuple(json.loads(r["triggered"]) if r["triggered"] else ()), confidence=r["confidence"],
            draft=r["body"], engine=r["engine"] or "", status=r["status"],
            history=tuple(convo.get(r["conversation_id"], ())), relied_on=relied.get(r["id"], ()),
            held_for=sensitive_request(r["inbound"]) or "") for r in rows]

    def _relied_on(self, rows: list[dict]) -> dict[int, tuple[dict, ...]]:
        """Each draft's sources: knowledge-base entries by id, earlier messages with their date and phase."""
        sources = {r["id"]: [str(x) for x in json.loads(r["sources"] or "[]")] for r in rows}
        ids = sorted({int(x.split(":", 1)[1]) for xs in sources.values() for x in xs
                      if x.startswith("message:") and x.split(":", 1)[1].isdigit()})
        msgs = {m["id"]: m for m in self.store.query(
            "SELECT id, body, author_kind, channel, coalesce(sent_at, received_at) AS sent_at, autopilot_at_capture "
            "FROM messages WHERE id IN (SELECT unnest(?::INTEGER[]))", [ids])} if ids else {}
        out: dict[int, tuple[dict, ...]] = {}
        for did, xs in sources.items():
            items = []
            for x in xs:
                kind, _, ref = x.partition(":")
                if kind == "message" and ref.isdigit():
                    m = msgs.get(int(ref))
                    if m is not None:
                        items.append({"kind": "message", "id": m["id"], "date": m["sent_at"], "text": m["body"],
                                      "author_kind": m["author_kind"], "channel": m["channel"],
                                      "phase": "autopilot on" if m["autopilot_at_capture"] else "autopilot off"})
                else:
                    items.append({"kind": "knowledge", "id": x})
            out[did] = tuple(items)
        return out

    def pending(self, limit: int = 50) -> list[ReviewItem]:
        return self.items(("pending",), limit)

    def get(self, draft_id: int) -> ReviewItem:
        found = self.items(draft_ids=[draft_id], limit=1)
        if not found:
            raise NotFound(f"no draft {draft_id}")
        return found[0]

    def decided(self, limit: int = 10) -> list[dict]:
        """The latest drafts people decided on, newest first: who, when, what, and a rejection's reason."""
        return self.store.query(
            "SELECT d.id AS draft_id, d.decision, d.decision_reason AS reason, d.decided_at, u.name AS reviewer, "
            "coalesce(nullif(trim(coalesce(ct.first_name, '') || ' ' || coalesce(ct.last_name, '')), ''), c.address) "
            "AS contact_name, m.body AS inbound FROM drafts d JOIN messages m ON m.id = d.message_id "
            "JOIN conversations c ON c.id = d.conversation_id LEFT JOIN contacts ct ON ct.id = c.contact_id "
            "LEFT JOIN users u ON u.id = d.reviewer_id WHERE d.decided_at IS NOT NULL AND d.reviewer_id IS NOT NULL "
            "ORDER BY d.decided_at DESC, d.id DESC LIMIT ?", [limit])

    def stats(self) -> dict:
        """Queue depth and the age of its oldest item; also sets the Prometheus gauges."""
        row = self.store.one("SELECT count(*) AS depth, min(coalesce(m.received_at, d.created_at)) AS oldest "
                             "FROM drafts d LEFT JOIN messages m ON m.id = d.message_id WHERE d.status = 'pending'")
        age = max((now() - row["oldest"]).total_seconds(), 0.0) if row["oldest"] else 0.0
        metrics.review_queue_depth.set(row["depth"])
        metrics.review_queue_oldest_age_seconds.set(age)
        return {"depth": row["depth"], "oldest_age_seconds": round(age, 1)}

    # -- acting --------------------------------------------------------------------
    def approve(self, draft_id: int, user: User, confirm: bool = False) -> ReviewOutcome:
        """Send the draft as written."""
        return self._send(draft_id, user, None, confirm)

    def edit(self, draft_id: int, user: User, text: str, confirm: bool = False) -> ReviewOutcome:
        """Send the reviewer's text instead of the draft."""
        text = (text or "").strip()
        if not text:
            raise ValidationError("the edited reply is empty: write the text to send", "text")
        if len(text) > MAX_REPLY:
            raise ValidationError(f"the reply is {len(text)} characters; at most {MAX_REPLY} can be sent", "text")
        return self._send(draft_id, user, text, confirm)

    def send(self, draft_id: int, user: User, text: str, confirm: bool = False) -> ReviewOutcome:
        """Send exactly the text the reviewer sees in the reply box: approved when it is the AI's draft unchanged,
        edited (and sent as the reviewer's words) when it differs."""
        d = self._draft(draft_id)
        if (text or "").strip() and (text or "").strip() == (d["body"] or "").strip():
            return self._send(draft_id, user, None, confirm)
        return self.edit(draft_id, user, text, confirm)

    def reject(self, draft_id: int, user: User, reason: str = "") -> ReviewOutcome:
        _check(user)
        reason = (reason or "").strip()
        with self.store.atomic():
            d = self._draft(draft_id)
            if d["status"] == "rejected":
                outcome = ReviewOutcome(draft_id, "rejected", None, True, "already rejected")
            elif d["status"] in SENT:
                raise ReviewConflict(f"draft {draft_id} was already sent ({d['status']}); it cannot be rejected")
            else:
                self.store.execute("UPDATE drafts SET status = 'rejected', decision = 'rejected', decision_reason = ?, "
                                   "reviewer_id = ?, decided_at = ? WHERE id = ?", [reason or None, user.id, now(),
                                                                                   draft_id])
                outcome = ReviewOutcome(draft_id, "rejected", None, False,
                                        f"rejected ({reason})" if reason else "rejected (no reason given)")
            self._event(draft_id, user, "reject", "repeated" if outcome.repeated else "rejected", reason)
        if not outcome.repeated:
            metrics.review_decisions.labels(decision="rejected").inc()
        self.stats()
        return outcome

    def _draft(self, draft_id: int) -> dict:
        d = self.store.one("SELECT d.*, o.id AS outbox_id FROM drafts d LEFT JOIN outbox o ON o.draft_id = d.id "
                           "WHERE d.id = ?", [draft_id])
        if d is None:
            raise NotFound(f"no draft {draft_id}")
        return d

    def _event(self, draft_id: int, user: User, action: str, outcome: str, reason: str | None = None) -> None:
        self.store.execute("INSERT INTO review_events VALUES (?, ?, ?, ?, ?, ?, ?)",
                           [self.store.next_id("review_events"), draft_id, user.id, action, outcome, reason or None,
                            now()])

    def _send(self, draft_id: int, user: User, text: str | None, confirm: bool) -> ReviewOutcome:
        _check(user)
        action = "edit" if text is not None else "approve"
        with self.store.atomic():
            d = self._draft(draft_id)
            status = d["status"]
            if status in SENT:
                outcome = ReviewOutcome(draft_id, status, d["outbox_id"], True,
                                        f"already sent ({d['decision'] or status}); nothing sent again")
                self._event(draft_id, user, action, "repeated")
                return outcome
            if status == "rejected":
                raise ReviewConflict(f"draft {draft_id} was rejected"
                                     + (f" ({d['decision_reason']})" if d["decision_reason"] else "")
                                     + "; it cannot be sent")
            if status == "superseded" and not confirm:
                raise NeedsConfirmation(
                    f"draft {draft_id} was superseded: a human agent wrote in this conversation after it was drafted "
                    f"({d['superseded_at'] or d['created_at']:%Y-%m-%d %H:%M}). Confirm to send it anyway.")
            opted_out = self.store.scalar("SELECT opted_out_at FROM conversations WHERE id = ?",
                                          [d["conversation_id"]])
            if opted_out is not None:
                raise ReviewConflict(f"the customer opted out of messages at {opted_out:%Y-%m-%d %H:%M} (STOP): "
                                     "nothing can be sent until they write START; reject the draft")
            body = text if text is not None else d["body"]
            if not body:
                raise ReviewConflict(f"draft {draft_id} has no text (guardrails handed it to a human): "
                                     "use Edit & send to write the reply, or reject it")
            _, outbox_id = queue_outbound(self.store, d["conversation_id"], body,
                                          "agent" if text is not None else "ai", "review", user.id, draft_id)
            decision = "edited" if text is not None else "approved"
            self.store.execute("UPDATE drafts SET status = ?, decision = ?, decision_reason = ?, reviewer_id = ?, "
                               "decided_at = ? WHERE id = ?",
                               [decision, decision, "re-confirmed after supersede" if status == "superseded" else None,
                                user.id, now(), draft_id])
            self._event(draft_id, user, action, "sent")
        metrics.review_decisions.labels(decision=decision).inc()
        self.stats()
        if self.on_send is not None:
            self.on_send()
        return ReviewOutcome(draft_id, decision, outbox_id, False, "sent")


def age_badge(seconds: float) -> str:
    """'45s', '12m', '3h', '2d': how long a customer has been waiting."""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{int(seconds // size)}{unit}"
    return f"{int(seconds)}s"


def age_level(seconds: float) -> str:
    """green under 5 minutes, orange under an hour, red after."""
    return "green" if seconds < 300 else ("orange" if seconds < 3600 else "red")

