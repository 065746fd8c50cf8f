"""Chat page: type (or speak) an update, see the plan before → after, apply, undo.

The conversation lives in the URL (?session=ID) and in the database: a rerun or a reload never changes the chat the
user is in, and a plan waiting for Apply/Cancel is read back from the chat's history, not from browser state.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from core.errors import CRMError, UndoConflict
from core import preview, snapshot
from core.models import Plan
from ui.common import acting_user, chat_service, escape_markdown, local

EXAMPLES = [
    "Met Dana at Acme, move the renewal to negotiation at 48k, remind me Friday",
    "Log a call with Marcus Webb about pricing",
    "Reassign all of Alex's software deals to Priya",
    "Move Dana's deal to proposal",
    "What's open with Acme Corp?",
    "My tasks this week",
]
STATUS_BADGE = {"pending": "⏳ waiting for you", "applied": "✅ applied", "undone": "↩️ undone",
                "cancelled": "✖️ cancelled", "superseded": "⏭️ superseded", "failed": "🚫 not applied"}

chat = chat_service()
user = acting_user()

# -- the conversation: only an explicit click changes it -----------------------------------------------------------
# The URL carries the chat for reloads and links, but it is read only when this browser session opens: from then on
# the session remembers the chat, because a rerun can arrive with a URL the browser has not updated yet (a message
# typed right after "New chat" carried the old ?session= and landed in the previous conversation).
if "chat-sid" in st.session_state:
    sid = st.session_state["chat-sid"]
else:
    sid = st.query_params.get("session")
if sid and chat.session_owner(sid) != user.id:
    if chat.session_owner(sid) is not None and sid == st.query_params.get("session"):
        st.info("That conversation belongs to another user; this is a new one.", icon="🔒")
    sid = None
    st.query_params.pop("session", None)
if sid and st.query_params.get("session") != sid:
    st.query_params["session"] = sid
elif not sid and "session" in st.query_params:
    st.query_params.pop("session", None)
st.session_state["chat-sid"] = sid
if st.sidebar.button("➕ New chat", width="stretch", key="new-chat"):
    st.query_params.pop("session", None)
    st.session_state["chat-sid"] = None
    st.rerun()
sessions = chat.sessions(user)
if sessions:
    st.sidebar.markdown("**Conversations**")
    for s in sessions[:20]:
        label = f"{s['title'][:36]} · {local(s['last_at']):%b %d %H:%M}"
        if st.sidebar.button(label, key=f"conv-{s['id']}", width="stretch",
                             type="primary" if s["id"] == sid else "secondary", disabled=s["id"] == sid):
            st.query_params["session"] = s["id"]
            st.session_state["chat-sid"] = s["id"]
            st.rerun()

st.sidebar.markdown("**Try saying**")
for i, example in enumerate(EXAMPLES):
    if st.sidebar.button(example, key=f"ex{i}", width="stretch"):
        st.session_state["queued"] = example


def changes_frame(plan: Plan) -> pd.DataFrame:
    rows = []
    for i, step in enumerate(plan.steps):
        for field, (before, after) in step.changes.items():
            if field in ("body",):
                continue
            rows.append({"#": i + 1, "record": step.label, "field": field,
                         "before": "—" if before is None else str(before), "after": str(after)})
    return pd.DataFrame(rows, columns=["#", "record", "field", "before", "after"])


def show_blocks(plan: Plan) -> None:
    """One block per record (names, formatted values, a note's text); bulk changes under their filter."""
    for group in preview.blocks(plan, snapshot.load(chat.store)):
        if group.heading:
            same = len({b.lines for b in group.blocks}) == 1
            with st.container(border=True):
                st.text(group.heading)
                if same and group.blocks[0].lines:
                    st.dataframe(pd.DataFrame([{"Record": b.title, "Field": ln.label, "Before": ln.before,
                                                "After": ln.after} for b in group.blocks for ln in b.lines]),
                                 hide_index=True, width="stretch")
                else:
                    for b in group.blocks:
                        st.text(f"{b.action} {b.kind.lower()}: {b.title}")
            continue
        for b in group.blocks:
            with st.container(border=True):
                st.text(f"{b.action} {b.kind.lower()}: {b.title}")
                st.caption(b.ref)
                if b.lines and b.action in ("Create", "Log"):  # a new record is a card of its values
                    st.dataframe(pd.DataFrame([{"Field": ln.label, "Value": ln.after} for ln in b.lines]),
                                 hide_index=True, width="stretch")
                elif b.lines:
                    st.dataframe(pd.DataFrame([{"Field": ln.label, "Before": ln.before, "After": ln.after}
                                               for ln in b.lines]), hide_index=True, width="stretch")
                if b.text:
                    st.text(b.text)


def show_plan(plan: Plan, live: bool, choices: dict) -> None:
    if plan.answer is not None:
        st.text(plan.answer)  # answers quote names and notes from the data: text, never Markdown
        if plan.table:
            st.dataframe(pd.DataFrame(list(plan.table)), hide_index=True, width="stretch")
        return
    for err in plan.errors:
        st.error(err, icon="🚫")
    for clar in plan.clarifications:
        st.info(clar.question, icon="❓")
        if live:
            cols = st.columns(min(len(clar.options), 3))
            for j, opt in enumerate(clar.options):
                if cols[j % len(cols)].button(opt.label, key=f"clar-{plan.plan_id}-{opt.id}"):
                    # every choice made so far is kept, so a second question never brings back the first
                    st.session_state["choices"] = {**choices, clar.mention: opt.id}
                    st.session_state["queued"] = plan.text
                    st.rerun()
    if plan.steps:
        st.markdown(f"**Plan** · {len(plan.steps)} change(s)")
        if " · " in plan.engine:  # how the sentence was read (clause frames), quoting the request: escaped
            st.caption("Read as " + escape_markdown(plan.engine.split(" · ", 1)[1]))
        show_blocks(plan)
    for w in plan.warnings:
        st.warning(w, icon="⚠️")


def run(text: str) -> None:
    global sid
    choices = st.session_state.pop("choices", {})
    if sid is None:  # a conversation exists from its first message on, never as an empty "New chat"
        sid = chat.new_session(user, title=text[:60])
        st.query_params["session"] = sid
        st.session_state["chat-sid"] = sid
    try:
        plan = chat.plan(text, user, sid, choices=choices, record=True)
    except CRMError as exc:
        chat.add_message(sid, "system_response", f"Error: {exc}", {})
        return
    if plan.intent == "undo":
        undo(None)
    if chat.can_summarise(plan):  # the LLM's prose summary streams under the brief on the next run
        st.session_state["summarise"] = plan.plan_id


def undo(plan_id: str | None) -> None:
    try:
        pid, n = chat.undo(plan_id, user, sid, record=True)
        st.toast(f"Undid {n} change(s)", icon="↩️")
    except UndoConflict as exc:
        chat.add_message(sid, "system_response", str(exc), {"conflicts": exc.changes})
    except CRMError as exc:
        chat.add_message(sid, "system_response", f"Cannot undo: {exc}", {})


def pending_controls(plan: Plan, stale: list[str]) -> None:
    """Apply / Edit / Cancel for the plan this chat is waiting on (also after a reload)."""
    with st.container(border=True):
        if stale:
            st.warning("The records changed since this plan was made, so it cannot be applied as shown: "
                       + "; ".join(stale) + ". Send the request again for a fresh plan.", icon="⏰")
        else:
            st.markdown("**Apply this plan?**")
        c1, c2, c3 = st.columns(3)
        if c1.button("✅ Apply", type="primary", key=f"apply-{plan.plan_id}", disabled=bool(stale)):
            try:
                chat.apply(plan, user, record=True)
            except CRMError as exc:
                chat.add_message(sid, "system_response", f"Nothing was applied: {exc}",
                                 {"plan_id": plan.plan_id, "status": "failed"})
            st.rerun()
        if not stale and c2.toggle("✏️ Edit values", key=f"editing-{plan.plan_id}"):
            frame = changes_frame(plan)
            edited = st.data_editor(frame, disabled=["#", "record", "field", "before"], hide_index=True,
                                    key=f"editor-{plan.plan_id}", width="stretch")
            if st.button("Update plan", key=f"update-{plan.plan_id}"):
                edits = {(int(r["#"]) - 1, r["field"]): r["after"] for _, r in edited.iterrows()
                         if r["after"] != frame.loc[_, "after"]}
                new = chat.edit(plan, edits)
                if new.errors:
                    for e in new.errors:
                        st.error(e)
                else:
                    chat.add_message(sid, "action_plan", "", {"plan": new.with_(session_id=sid).to_dict()})
                    st.rerun()
        if c3.button("✖️ Cancel", key=f"cancel-{plan.plan_id}"):
            chat.cancel(plan, sid)
            st.rerun()


st.title("💬 AutoCRM")
st.caption(f"Acting as **{user.name}** ({user.role}). Describe a change or ask a question.")

history = chat.messages(sid) if sid else []
states = chat.plan_states(sid) if sid else {}
pending, stale = chat.pending(sid)
for msg in history:
    meta = msg["metadata"]
    if msg["type"] == "user_input":
        with st.chat_message("user"):
            st.text(msg["content"])
    elif msg["type"] in ("action_plan", "system_response"):
        if "plan" not in meta and not msg["content"]:
            continue
        with st.chat_message("assistant"):
            if "plan" in meta:
                plan = Plan.from_dict(meta["plan"])
                show_plan(plan, live=msg is history[-1], choices=meta.get("choices", {}))
                state = states.get(plan.plan_id)
                if state is not None:
                    when = f" · {local(state.at):%b %d %H:%M:%S}" if state.at else ""
                    st.caption(f"{STATUS_BADGE.get(state.status, state.status)}{when}")
                if pending is not None and plan.plan_id == pending.plan_id:
                    pending_controls(pending, stale)
                if st.session_state.get("summarise") == plan.plan_id and msg is history[-1]:
                    st.session_state.pop("summarise")
                    # streamed as plain text (not st.write_stream, which renders Markdown: names and notes
                    # come from the data); each sentence is checked against the records it cites first
                    box, said = st.empty(), ""
                    with st.spinner("Summarising…"):
                        for piece in chat.summarise_brief(plan, user, sid):
                            said += piece
                            box.text("Summary: " + said)
            else:  # errors and refusals quote names from the data: text, never Markdown
                st.text(msg["content"])
    elif msg["type"] == "execution_result":
        with st.chat_message("assistant", avatar="✅" if meta.get("status") == "applied" else "↩️"):
            st.text(msg["content"])  # quotes the request as typed
            pid = meta.get("plan_id")
            if meta.get("status") == "applied" and chat.plan_status(pid) == "applied":
                if st.button("↩️ Undo", key=f"undo-{pid}-{msg['id']}"):
                    undo(pid)
                    st.rerun()

from ui.voice import voice_input  # noqa: E402 - the voice widget sits under the conversation

spoken = voice_input()
text = st.chat_input("e.g. Move the Acme renewal to negotiation at 48k") or spoken or st.session_state.pop("queued", None)
if text:
    run(text)
    st.rerun()
