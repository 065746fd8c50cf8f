"""Review queue page: pending drafts oldest first; approve, edit & send, reject; autopilot per conversation."""
from __future__ import annotations

import streamlit as st

from core.errors import CRMError
from core.executor import load_user
from core.inbox.errors import NeedsConfirmation
from core.inbox.review import age_badge, age_level
from core.inbox.service import Inbox
from ui.common import acting_user as user_picker
from ui.services import services

BADGE = {"green": "🟢", "orange": "🟠", "red": "🔴"}
VERDICT = {"in_scope": "✅ in scope", "out_of_scope": "🚫 out of scope", "security_violation": "⛔ security violation"}
AUTHOR = {"customer": "🧑 Customer", "agent": "🧑‍💼 Agent", "ai": "🤖 AI"}


def inbox() -> Inbox:
    return services().inbox


def acting_user():
    """The user picked in the sidebar (callbacks run before the page, so they read the session)."""
    return load_user(inbox().store, st.session_state.get("user_email") or "riley@autocrm.local")


def _run(action, *args, **kwargs) -> None:
    """Call one core method; keep its outcome (or error) for the next render."""
    try:
        result = action(*args, **kwargs)
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
    _run(inbox().review.send, draft_id, acting_user(), st.session_state.get(f"draft-{draft_id}", ""),
         confirm=confirm)


def reject(draft_id: int) -> None:
    _run(inbox().review.reject, draft_id, acting_user(), st.session_state.get(f"reason-{draft_id}", ""))


def toggle(conversation_id: int, key: str) -> None:
    enabled = bool(st.session_state[key])
    try:
        inbox().set_autopilot(conversation_id, enabled, acting_user())
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
        if item.history:
            with st.expander(f"Conversation so far ({len(item.history)} messages)"):
                for h in item.history:  # customer text is shown as text, never as Markdown
                    st.caption(f"{AUTHOR.get(h['author_kind'], h['author_kind'])} ({h['received_at']:%b %d %H:%M})")
                    st.text(h["body"])
        st.markdown("**Customer:**")
        st.text(item.inbound)
        st.caption(f"Guardrails: {VERDICT.get(item.classification, item.classification)} — {item.reason}"
                   + (f" · triggered: {', '.join(item.triggered)}" if item.triggered else ""))
        if item.draft:
            st.caption(f"AI draft ({item.engine}, confidence {item.confidence:.2f}); edit it below before sending "
                       "if needed: what is in the box is what the customer gets.")
        else:
            st.caption("No AI draft: guardrails handed this message to a human. Write the reply below.")
        box = st.text_area("Reply to send", value=item.draft, key=f"draft-{d}", height=100)
        edited = (box or "").strip() != (item.draft or "").strip()
        a, r, why = st.columns([1, 1, 3])
        label = ("Send edited reply" if edited else "Approve & send") + (" anyway" if superseded else "")
        a.button(label, key=f"send-{d}", on_click=send, args=(d, superseded), type="primary",
                 disabled=not (box or "").strip())
        r.button("Reject", key=f"reject-{d}", on_click=reject, args=(d,))
        why.text_input("Reason", key=f"reason-{d}", placeholder="Why reject?", label_visibility="collapsed")


st.title("📥 Review queue")
box = inbox()
user = user_picker(default_email="riley@autocrm.local")
flash = st.session_state.pop("review_flash", None)
if flash:
    getattr(st, flash[0])(flash[1])
stats = box.review.stats()
c1, c2, c3 = st.columns(3)
c1.metric("Waiting for review", stats["depth"])
c2.metric("Oldest", age_badge(stats["oldest_age_seconds"]))
c3.metric("Acting as", f"{user.name} ({user.role})")
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
