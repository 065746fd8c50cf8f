"""Chat page: type (or speak) an update, see the plan before → after, apply, undo."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from core.errors import CRMError, UndoConflict
from core.models import Plan
from ui.common import acting_user, chat_service

EXAMPLES = [
    "Met Dana at Acme, move the renewal to negotiation at 48k, remind me Friday",
    "Log a call with Marcus Webb about pricing",
    "Reassign all of Alex's software deals to Priya",
    "Move Dana's deal to proposal",
    "What's open with Acme Corp?",
    "My tasks this week",
]

chat = chat_service()
user = acting_user()

# -- session: kept in the URL so a reload restores the conversation ---------------------------
sessions = chat.sessions(user)
sid = st.query_params.get("session")
if st.sidebar.button("➕ New chat", width="stretch") or not sid:
    sid = chat.new_session(user)
    st.query_params["session"] = sid
    st.session_state.pop("pending", None)
labels = {s["id"]: s["title"] for s in sessions}
if sid in labels and len(labels) > 1:
    picked = st.sidebar.selectbox("Conversation", list(labels), index=list(labels).index(sid),
                                  format_func=lambda i: labels[i][:40])
    if picked != sid:
        st.query_params["session"] = picked
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


def show_plan(plan: Plan, live: bool) -> None:
    if plan.answer is not None:
        st.markdown(plan.answer)
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
                    choices = dict(st.session_state.get("choices", {}))
                    choices[clar.mention] = opt.id
                    st.session_state["choices"] = choices
                    st.session_state["queued"] = plan.text
                    st.rerun()
    if plan.steps:
        st.markdown(f"**Plan** · {len(plan.steps)} change(s) · `{plan.plan_id}`")
        st.dataframe(changes_frame(plan), hide_index=True, width="stretch")
    for w in plan.warnings:
        st.warning(w, icon="⚠️")


def run(text: str) -> None:
    choices = st.session_state.pop("choices", {})
    try:
        plan = chat.plan(text, user, sid, choices=choices, record=True)
    except CRMError as exc:
        chat.add_message(sid, "system_response", f"Error: {exc}", {})
        return
    if plan.intent == "undo":
        undo(None)
    elif plan.ready and plan.intent == "write":
        st.session_state["pending"] = plan


def undo(plan_id: str | None) -> None:
    try:
        pid, n = chat.undo(plan_id, user, sid, record=True)
        st.toast(f"Undid {n} change(s)", icon="↩️")
    except UndoConflict as exc:
        chat.add_message(sid, "system_response", str(exc), {"conflicts": exc.changes})
    except CRMError as exc:
        chat.add_message(sid, "system_response", f"Cannot undo: {exc}", {})


st.title("💬 AutoCRM")
st.caption(f"Acting as **{user.name}** ({user.role}). Describe a change or ask a question.")

history = chat.messages(sid)
pending: Plan | None = st.session_state.get("pending")
if pending is not None and pending.session_id != sid:
    pending = None
for msg in history:
    meta = msg["metadata"]
    if msg["type"] == "user_input":
        with st.chat_message("user"):
            st.markdown(msg["content"])
    elif msg["type"] in ("action_plan", "system_response"):
        with st.chat_message("assistant"):
            if "plan" in meta:
                plan = Plan.from_dict(meta["plan"])
                show_plan(plan, live=msg is history[-1])
            else:
                st.markdown(msg["content"])
    elif msg["type"] == "execution_result":
        with st.chat_message("assistant", avatar="✅" if meta.get("status") == "applied" else "↩️"):
            st.markdown(msg["content"])
            pid = meta.get("plan_id")
            if meta.get("status") == "applied" and chat.plan_status(pid) == "applied":
                if st.button("↩️ Undo", key=f"undo-{pid}-{msg['id']}"):
                    undo(pid)
                    st.rerun()

if pending is not None:
    with st.container(border=True):
        st.markdown("**Apply this plan?**")
        c1, c2, c3 = st.columns(3)
        if c1.button("✅ Apply", type="primary", key="apply"):
            try:
                chat.apply(pending, user, record=True)
                st.session_state.pop("pending", None)
            except CRMError as exc:
                st.session_state.pop("pending", None)
                chat.add_message(sid, "system_response", f"Nothing was applied: {exc}", {})
            st.rerun()
        if c2.toggle("✏️ Edit values", key="editing"):
            frame = changes_frame(pending)
            edited = st.data_editor(frame, disabled=["#", "record", "field", "before"], hide_index=True,
                                    key="editor", width="stretch")
            if st.button("Update plan", key="update-plan"):
                edits = {(int(r["#"]) - 1, r["field"]): r["after"] for _, r in edited.iterrows()
                         if r["after"] != frame.loc[_, "after"]}
                new = chat.edit(pending, edits)
                if new.errors:
                    for e in new.errors:
                        st.error(e)
                else:
                    chat.add_message(sid, "action_plan", "", {"plan": new.to_dict()})
                    st.session_state["pending"] = new
                    st.rerun()
        if c3.button("✖️ Cancel", key="cancel"):
            st.session_state.pop("pending", None)
            chat.add_message(sid, "system_response", "Cancelled; nothing changed.", {})
            st.rerun()

from ui.voice import voice_input  # noqa: E402 - the voice widget sits under the conversation

spoken = voice_input()
text = st.chat_input("e.g. Move the Acme renewal to negotiation at 48k") or spoken or st.session_state.pop("queued", None)
if text:
    st.session_state.pop("pending", None)
    run(text)
    st.rerun()
