"""Metrics page: what the AI did, how fast, how sure, and how often people corrected it."""
from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from core import reporting
from ui.common import acting_user
from ui.services import services

store = services().store
acting_user(required=False)
st.title("📊 Metrics")
st.caption("From the database, so the figures survive restarts. Prometheus scrapes the same process at `/metrics`.")


def pct(v) -> str:
    return "—" if v is None else f"{v:.0%}"


h = reporting.headline(store)
c = st.columns(4)
c[0].metric("Messages received", h.get("messages_in", 0))
c[1].metric("AI drafts", h.get("drafts", 0), help="replies drafted for inbound messages")
c[2].metric("Sent by autopilot", h.get("auto_sent", 0))
c[3].metric("Human correction rate", pct(h.get("correction_rate")), help="edited or rejected / drafts people decided")
c = st.columns(4)
c[0].metric("Chat plans", h["nl_plans"], help="plans proposed from chat requests")
c[1].metric("Plan success rate", pct(h["nl_success_rate"]), help="plans ready to apply / all proposed")
c[2].metric("Undo rate", pct(h["undo_rate"]), help=f"{h['plans_reverted']} of {h['plans_applied']} applied plans")
c[3].metric("Security violations", h.get("violations", 0),
            help=f"plus {h.get('out_of_scope', 0)} out-of-scope messages")
if h.get("median_latency_ms") is not None:
    st.caption(f"Median screening + drafting latency: {h['median_latency_ms']:.0f} ms")


def chart(frame: pd.DataFrame, build, empty: str) -> None:
    if frame.empty:
        st.info(empty, icon="ℹ️")
    else:
        st.altair_chart(build(alt.Chart(frame)), width="stretch")


left, right = st.columns(2)
with left:
    st.subheader("Inbound volume")
    chart(reporting.messages_per_day(store), lambda ch: ch.mark_bar().encode(
        x=alt.X("day:T", title="Day"), y=alt.Y("messages:Q", title="Messages"),
        color=alt.Color("channel:N", title="Channel"), tooltip=["day:T", "channel", "messages"]).properties(height=260),
        "No customer messages yet: post one to /api/messages or a webhook.")
with right:
    st.subheader("Latency")
    lat = reporting.latency_per_day(store)
    chart(lat.melt("day", var_name="percentile", value_name="ms") if not lat.empty else lat,
          lambda ch: ch.mark_line(point=True).encode(
              x=alt.X("day:T", title="Day"), y=alt.Y("ms:Q", title="Milliseconds"),
              color=alt.Color("percentile:N", title=""), tooltip=["day:T", "percentile", "ms"]).properties(height=260),
          "No screened messages yet.")

left, right = st.columns(2)
with left:
    st.subheader("Draft confidence")
    chart(reporting.confidences(store), lambda ch: ch.mark_bar().encode(
        x=alt.X("confidence:Q", bin=alt.Bin(maxbins=10, extent=[0, 1]), title="Confidence"),
        y=alt.Y("count():Q", title="Drafts"), color=alt.Color("status:N", title="Outcome")).properties(height=260),
        "No drafts yet.")
with right:
    st.subheader("Who decided")
    chart(reporting.decisions(store), lambda ch: ch.mark_arc(innerRadius=50).encode(
        theta="drafts:Q", color=alt.Color("decision:N", title=""), tooltip=["decision", "drafts"]).properties(height=260),
        "No decisions yet.")

left, right = st.columns(2)
with left:
    st.subheader("Flagged messages")
    chart(reporting.violations_by_type(store), lambda ch: ch.mark_bar().encode(
        y=alt.Y("classification:N", title=""), x=alt.X("messages:Q", title="Messages"),
        color=alt.Color("intent:N", title="Rule / intent"), tooltip=["classification", "intent", "messages"]
    ).properties(height=260), "Nothing flagged yet.")
with right:
    st.subheader("Chat plans per day")
    chart(reporting.plans_per_day(store), lambda ch: ch.mark_bar().encode(
        x=alt.X("day:T", title="Day"), y=alt.Y("plans:Q", title="Plans"),
        color=alt.Color("status:N", title="Status", scale=alt.Scale(
            domain=["ready", "needs_clarification", "rejected"], range=["#2e7d32", "#f9a825", "#c62828"])),
        tooltip=["day:T", "status", "plans"]).properties(height=260),
        "No chat plans yet: try the Chat page.")

st.subheader("Audit log")
opts = reporting.audit_filters(store)
f1, f2, f3 = st.columns(3)
cls = f1.selectbox("Classification", ["all"] + opts["classification"], key="audit_cls")
status = f2.selectbox("Status", ["all"] + opts["status"], key="audit_status")
since = f3.date_input("Since", value=None, key="audit_since")
log = reporting.audit_log(store, None if cls == "all" else cls, None if status == "all" else status, since)
st.dataframe(log, hide_index=True, width="stretch", height=280)
st.download_button("⬇️ Download audit log (CSV)", log.to_csv(index=False).encode(), "security_audit.csv",
                   "text/csv", key="audit_csv")

with st.expander("CRM changes applied from chat (crm_actions)"):
    changes = reporting.crm_changes(store)
    st.dataframe(changes, hide_index=True, width="stretch")
    st.download_button("⬇️ Download CRM changes (CSV)", changes.to_csv(index=False).encode(), "crm_actions.csv",
                       "text/csv", key="crm_csv")
