"""Review queue: customer messages with guardrail verdicts and AI drafts; approve, edit & send, reject."""
from __future__ import annotations

import streamlit as st

from core.errors import CRMError
from core.inbox.errors import NeedsConfirmation
from core.inbox.service import Inbox
from ui.common import acting_user
from ui.services import services

inbox: Inbox = services().get("inbox", Inbox)
user = acting_user(default_email="riley@autocrm.local")
st.title("📥 Review queue")

VERDICT = {"in_scope": ("🟢", "in scope"), "out_of_scope": ("🟠", "out of scope"),
           "security_violation": ("🔴", "security violation")}


def age(seconds: float) -> str:
    if seconds < 3600:
        return f"{int(seconds // 60)} min"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h"
    return f"{int(seconds // 86400)} d"


def act(action, *args, **kwargs) -> None:
    try:
        outcome = action(*args, **kwargs)
        st.session_state["review_flash"] = ("success", outcome.message or f"Draft {outcome.draft_id}: {outcome.status}")
    except NeedsConfirmation as exc:
        st.session_state["review_flash"] = ("warning", str(exc))
        st.session_state["confirm"] = args[0]
    except CRMError as exc:
        st.session_state["review_flash"] = ("error", str(exc))


flash = st.session_state.pop("review_flash", None)
if flash:
    getattr(st, flash[0])(flash[1])

stats = inbox.review.stats()
c1, c2, c3 = st.columns(3)
c1.metric("Waiting for review", stats.get("depth", 0))
c2.metric("Oldest", age(stats.get("oldest_age_seconds", 0) or 0))
c3.metric("Processing lag", inbox.lag().get("pending", 0), help="messages captured but not screened yet")

items = inbox.review.pending(limit=30)
if not items:
    st.info("Nothing waiting: every customer message has been answered or decided.", icon="✅")
for item in items:
    icon, verdict = VERDICT.get(item.classification, ("⚪", item.classification))
    with st.container(border=True):
        head, badge = st.columns([4, 1])
        head.markdown(f"**{item.contact_name}** · {item.channel} `{item.address}` · conversation {item.conversation_id}")
        badge.markdown(f"⏱️ **{age(item.age_seconds)}**")
        with st.expander("Conversation so far", expanded=False):
            for h in item.history:
                who = {"customer": "🧑", "agent": "🧑‍💼", "ai": "🤖"}.get(h["author_kind"], "•")
                st.markdown(f"{who} {h['body']}")
        st.markdown(f"> {item.inbound}")
        st.markdown(f"{icon} **{verdict}** — {item.reason}" + (f" · triggered: `{', '.join(item.triggered)}`"
                                                              if item.triggered else ""))
        st.progress(min(max(item.confidence, 0.0), 1.0), text=f"Draft confidence {item.confidence:.0%} ({item.engine})")
        text = st.text_area("Draft reply", item.draft, key=f"draft-{item.draft_id}", height=100)
        confirm = st.session_state.get("confirm") == item.draft_id
        b1, b2, b3, b4 = st.columns(4)
        if b1.button("Approve", key=f"approve-{item.draft_id}", type="primary"):
            act(inbox.review.approve, item.draft_id, user, confirm=confirm)
            st.rerun()
        if b2.button("Edit & send", key=f"edit-{item.draft_id}"):
            act(inbox.review.edit, item.draft_id, user, text, confirm=confirm)
            st.rerun()
        reason = b4.text_input("Reason", key=f"reason-{item.draft_id}", label_visibility="collapsed",
                               placeholder="reason for rejecting")
        if b3.button("Reject", key=f"reject-{item.draft_id}"):
            act(inbox.review.reject, item.draft_id, user, reason)
            st.rerun()
        auto = st.toggle("Autopilot for this conversation", value=item.autopilot, key=f"auto-{item.draft_id}")
        if auto != item.autopilot:
            try:
                inbox.set_autopilot(item.conversation_id, auto, user, "review page")
            except CRMError as exc:
                st.error(str(exc))
            st.rerun()
