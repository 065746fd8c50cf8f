"""Review queue page: pending drafts oldest first; approve, edit & send, reject; autopilot per conversation."""
from __future__ import annotations

import streamlit as st

from core.errors import CRMError
from core.inbox.errors import NeedsConfirmation
from core.inbox.review import age_badge, age_level
from core.inbox.service import Inbox
from ui.common import acting_user, escape_markdown, local, signed_in_user
from ui.services import services

BADGE = {"green": "🟢", "orange": "🟠", "red": "🔴"}
VERDICT = {"in_scope": "✅ in scope", "out_of_scope": "🚫 out of scope", "security_violation": "⛔ security violation"}
AUTHOR = {"customer": "🧑 Customer", "agent": "🧑‍💼 Agent", "ai": "🤖 AI"}
REVIEWER = "riley@autocrm.local"  # demo mode's default pick on this page


def inbox() -> Inbox:
    return services().inbox


def _run(action) -> None:
    """Call one core method as the signed-in user; keep its outcome (or error) for the next render."""
    try:
        result = action(signed_in_user(default_email=REVIEWER))
        msg = getattr(result, "message", "") or "done"
        st.session_state["review_flash"] = ("info" if getattr(result, "repeated", False) else "success",
                                            f"Draft {getattr(result, 'draft_id', '')}: {msg}"
                                            if hasattr(result, "draft_id") else msg)
    except NeedsConfirmation as exc:
        st.session_state["review_flash"] = ("warning", str(exc))
    except CRMError as exc:
        st.session_state["review_flash"] = ("error", str(exc))


def send(draft_id: int, confirm: bool = False) -> None:
    """Sends exactly what is in the reply box: the AI's draft if untouched, the reviewer's edit otherwise."""
    text = st.session_state.get(f"draft-{draft_id}", "")
    _run(lambda user: inbox().review.send(draft_id, user, text, confirm=confirm))


def reject(draft_id: int) -> None:
    reason = st.session_state.get(f"reason-{draft_id}", "")
    _run(lambda user: inbox().review.reject(draft_id, user, reason))


def toggle(conversation_id: int, key: str) -> None:
    enabled = bool(st.session_state[key])
    try:
        inbox().set_autopilot(conversation_id, enabled, signed_in_user(default_email=REVIEWER))
        st.session_state["review_flash"] = ("success", f"Autopilot {'on' if enabled else 'off'} for conversation "
                                                       f"{conversation_id}")
    except CRMError as exc:
        st.session_state["review_flash"] = ("error", str(exc))


def render_item(item, superseded: bool = False) -> None:
    d = item.draft_id
    with st.container(border=True):
        head, switch = st.columns([4, 1])
        head.text(f"{BADGE[age_level(item.age_seconds)]} {item.contact_name} · {item.channel} "
                  f"{item.address} · waiting {age_badge(item.age_seconds)} · draft #{d}")
        key = f"auto-{d}"
        switch.toggle("Autopilot", value=item.autopilot, key=key, on_change=toggle, args=(item.conversation_id, key))
        if len(item.history) > 1:  # more than the message below
            with st.expander(f"Conversation so far ({len(item.history)} messages)"):
                for h in item.history:  # customer text is shown as text, never as Markdown
                    st.caption(f"{AUTHOR.get(h['author_kind'], h['author_kind'])} ({local(h['received_at']):%b %d %H:%M})")
                    st.text(h["body"])
        st.markdown("**Customer:**")
        st.text(item.inbound)
        st.caption(f"Guardrails: {VERDICT.get(item.classification, item.classification)} — {item.reason}"
                   + (f" · triggered: {', '.join(item.triggered)}" if item.triggered else ""))
        if item.held_for:  # our own words, not the customer's
            st.warning(f"Only a person decides this: the message asks for {item.held_for}. Autopilot never sends a "
                       "reply to it; check who is asking before you agree to anything.", icon="✋")
        if item.draft:
            st.caption(f"AI draft ({item.engine}, confidence {item.confidence:.2f}); edit it below before sending "
                       "if needed: what is in the box is what the customer gets.")
        else:
            st.caption("No AI draft: guardrails handed this message to a human. Write the reply below.")
        if item.relied_on:
            with st.expander(f"What the draft relied on ({len(item.relied_on)})"):
                for x in item.relied_on:  # earlier customer text: shown as text, never Markdown
                    if x["kind"] == "message":
                        st.caption(f"Message #{x['id']} · {x['author_kind']} · {x['channel']} · "
                                   f"{local(x['date']):%b %d %H:%M} · {x['phase']}")
                        st.text(x["text"])
                    else:
                        st.caption(f"Knowledge base: {x['id']}")
        box = st.text_area("Reply to send", value=item.draft, key=f"draft-{d}", height=100)
        edited = (box or "").strip() != (item.draft or "").strip()
        a, r, why = st.columns([1, 1, 3])
        label = ("Send edited reply" if edited else "Approve & send") + (" anyway" if superseded else "")
        a.button(label, key=f"send-{d}", on_click=send, args=(d, superseded), type="primary",
                 disabled=not (box or "").strip())
        r.button("Reject", key=f"reject-{d}", on_click=reject, args=(d,))
        why.text_input("Reason", key=f"reason-{d}", placeholder="Why reject?", label_visibility="collapsed")


user = acting_user(default_email=REVIEWER)
st.title("📥 Review queue")
box = inbox()
flash = st.session_state.pop("review_flash", None)
if flash:
    getattr(st, flash[0])(escape_markdown(flash[1]))
stats = box.review.stats()
header = st.container(horizontal=True, gap="large")  # each figure as wide as its value: a long name shows in full
header.metric("Waiting for review", stats["depth"], width="content")
header.metric("Oldest", age_badge(stats["oldest_age_seconds"]), width="content")
header.metric("Acting as", f"{user.name} ({user.role})", width="content")
items = box.review.pending(limit=50)
if not items:
    st.success("Nothing to review: every customer message has been answered or is being handled.")
for item in items:
    render_item(item)
superseded = box.review.items(("superseded",), limit=20)
if superseded:
    with st.expander(f"Superseded by a human reply ({len(superseded)}) — sending needs confirmation"):
        for item in superseded:
            render_item(item, superseded=True)


# -- replies in trouble: dead letters and outcomes in doubt (core/inbox/delivery.py) -------------------------------
DELIVERY = {"dead": "☠️ Dead letter", "unknown": "❓ Outcome unknown", "failed": "🔁 Retrying"}
SETTLED = {"sent": "confirmed sent by the channel", "retried": "retried with the same idempotency key",
           "recorded": "recorded (nothing had left the machine)", "unknown": "left for a person (below)"}


def settle_reply(outbox_id: int, action: str) -> None:
    try:
        out = inbox().delivery.resolve(outbox_id, signed_in_user(default_email=REVIEWER), action)
        st.session_state["review_flash"] = ("info" if out["repeated"] else "success",
                                            f"Reply {outbox_id}: {out['status']}")
    except CRMError as exc:
        st.session_state["review_flash"] = ("error", str(exc))


def render_delivery() -> None:
    """Dead letters, replies whose outcome is unknown and replies being retried, with what a person can do."""
    summary = box.delivery.summary()
    if summary["reconciled"]:
        parts = [f"{n} {SETTLED.get(k, k)}" for k, n in sorted(summary["reconciled"].items())]
        st.caption(f"Reconciliation (last {summary['last_reconciled_at']}): replies whose outcome was in doubt — a "
                   f"restart while sending, a timeout — are never sent again on a guess; so far {', '.join(parts)}.")
    problems = box.delivery.problems(limit=50)
    if not problems:
        return
    with st.expander(f"Replies not delivered ({len(problems)}): dead letters, outcomes unknown, retrying",
                     expanded=any(p["status"] != "failed" for p in problems)):
        for p in problems:
            oid = p["id"]
            with st.container(border=True):
                st.text(f"{DELIVERY[p['status']]} · reply #{oid} to {p['contact_name'] or p['to_address']} "
                        f"({p['channel']}, {p['kind']}) · {p['attempts']} attempt(s)")
                st.text(p["body"])  # customer-facing text and provider errors are shown as text, never Markdown
                if p["error"]:
                    st.text(f"Last error: {p['error']}")
                if p["reconciliation"]:
                    st.text(f"Reconciliation: {p['reconciliation']}")
                if p["status"] == "failed" and p["next_attempt_at"]:
                    st.caption(f"Next attempt at {local(p['next_attempt_at']):%H:%M:%S}; it is dead-lettered if still "
                               "failing hours after the first.")
                    continue
                if p["status"] == "unknown":
                    st.caption("It may have reached the customer. Check with them, then mark it sent, or send it "
                               "again (it may arrive twice).")
                a, m, c = st.columns(3)
                a.button("Send again", key=f"resend-{oid}", on_click=settle_reply, args=(oid, "send_again"))
                m.button("Mark as sent", key=f"marksent-{oid}", on_click=settle_reply, args=(oid, "mark_sent"))
                c.button("Cancel", key=f"cancel-{oid}", on_click=settle_reply, args=(oid, "cancel"))


render_delivery()

DECISION = {"approved": "✅ approved", "edited": "✏️ edited and sent", "rejected": "✖️ rejected"}
decided = box.review.decided(limit=10)
if decided:
    with st.expander(f"Decided recently ({len(decided)})"):
        for d in decided:  # the customer's words and the reviewer's reason are shown as text
            st.text(f"{DECISION.get(d['decision'], d['decision'])} · draft #{d['draft_id']} · {d['contact_name']} · "
                    f"by {d['reviewer'] or '—'} at {local(d['decided_at']):%b %d %H:%M}"
                    + (f"\n   reason: {d['reason']}" if d["decision"] == "rejected" else ""))
