"""Metrics page: how much the AI handled, how well, how fast, how safely; every figure from the database."""
from __future__ import annotations

import datetime as dt

import altair as alt
import pandas as pd
import streamlit as st

from core import reporting
from ui.common import acting_user
from ui.services import services

CHANNEL_COLORS = {"whatsapp": "#25A244", "sms": "#4C78A8", "email": "#F58518"}
OUTCOME_COLORS = {reporting.APPLIED: "#2E7D32", reporting.UNDONE: "#F9A825", reporting.NOT_APPLIED: "#9E9E9E",
                  reporting.CLARIFY: "#1E88E5", reporting.REJECTED: "#C62828"}
DECISION_COLORS = {"Auto-sent": "#7E57C2", "Approved": "#2E7D32", "Edited": "#F9A825", "Rejected": "#C62828",
                   "Awaiting review": "#90A4AE", "Superseded by agent": "#CFD8DC"}
ROUTE_COLORS = {"Auto-sent": "#7E57C2", "To a human": "#1E88E5"}
VERDICT_COLORS = {"Security violation": "#C62828", "Out of scope": "#FB8C00"}
LATENCY_COLORS = {"Message → draft": "#1E88E5", "Guardrail check": "#43A047", "Plan": "#8E24AA"}
AUDIT_COLUMNS = {
    "time": st.column_config.DatetimeColumn("Time", format="YYYY-MM-DD HH:mm:ss"),
    "kind": "Kind", "classification": "Classification", "type": "Type / operation", "status": "Status",
    "contact": "Contact", "input": st.column_config.TextColumn("Input", width="large"),
    "output": st.column_config.TextColumn("Reply / change", width="large"), "actor": "Decided by",
    "route": "Routed to", "channel": "Channel",
    "confidence": st.column_config.NumberColumn("Confidence", format="%.2f"),
    "latency_ms": st.column_config.NumberColumn("Guardrail ms", format="%.1f"),
    "reasoning": st.column_config.TextColumn("Reasoning", width="large"), "ref": "Reference",
}
CHART_HEIGHT = 260
AUDIT_ROWS_SHOWN = 2000
MIN_DAYS = 14


def scale(colors: dict[str, str], present: pd.Series | None = None) -> alt.Scale:
    """Fixed colours per category; with present, the legend lists only the categories in the data."""
    keys = [k for k in colors if present is None or k in set(present)]
    return alt.Scale(domain=keys, range=[colors[k] for k in keys])


def count_axis(title: str) -> alt.Axis:
    return alt.Axis(title=title, tickMinStep=1, format=",d")


def pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def duration(ms: float | None) -> str:
    if ms is None:
        return "—"
    for unit, size, limit in (("ms", 1, 1000), ("s", 1000, 120), ("min", 60_000, 120), ("h", 3_600_000, 48)):
        if ms / size < limit:
            return f"{ms / size:.0f} {unit}" if unit != "s" else f"{ms / size:.1f} s"
    return f"{ms / 86_400_000:.0f} d"


def day_axis(frame: pd.DataFrame) -> alt.X:
    """Days on x, at least the last two weeks, so one busy day is one bar and not the whole chart."""
    days = pd.to_datetime(frame["day"]).dt.date
    last = max(days.max(), dt.date.today())
    first = min(days.min(), last - dt.timedelta(days=MIN_DAYS - 1))
    edge = [alt.DateTime(year=d.year, month=d.month, date=d.day) for d in (first, last + dt.timedelta(days=1))]
    return alt.X("yearmonthdate(day):T", title="Day", scale=alt.Scale(domain=edge),
                 axis=alt.Axis(format="%b %d", labelAngle=0, tickCount={"interval": "day", "step": 7}))


def date_range(picked) -> tuple[dt.date | None, dt.date | None]:
    """st.date_input's range: (start, end), or (start, start) while only the start is picked."""
    days = list(picked) if isinstance(picked, (tuple, list)) else [picked]
    return (days[0], days[-1]) if days else (None, None)


def chart(title: str, subtitle: str, frame: pd.DataFrame, build, empty: str) -> None:
    """A bordered card: the chart, or a sentence saying why there is nothing to draw yet."""
    with st.container(border=True):
        if frame.empty:
            st.markdown(f"**{title}**")
            st.info(empty, icon="ℹ️")
            return
        spec = build(alt.Chart(frame)).properties(
            height=CHART_HEIGHT, title=alt.TitleParams(title, subtitle=subtitle, anchor="start"))
        st.altair_chart(spec, width="stretch")


store = services().store
acting_user(required=False)
report = reporting.Report(store)
s = report.summary()

st.title("📊 Metrics")
st.caption("Every figure comes from the database, so it survives restarts. The running process's live "
           "counters are served to Prometheus at `/metrics`.")

# -- headline numbers ------------------------------------------------------------------------------------------
row = st.columns(5)
row[0].metric("Messages ingested", f"{s['messages_ingested']:,}", border=True,
              help="Customer messages received on every channel: "
                   + (", ".join(f"{k} {v:,}" for k, v in s["messages_by_channel"].items()) or "none yet"))
row[1].metric("AI drafts", f"{s['ai_drafts']:,}", border=True,
              help="Replies the AI drafted (guardrail hand-offs and canned replies not counted)")
row[2].metric("Auto-sent", f"{s['auto_sent']:,}", border=True,
              help=f"Replies autopilot sent without review: {pct(s['auto_rate'])} of processed messages")
row[3].metric("Manual reviews", f"{s['manual_reviews']:,}", border=True,
              help=f"Messages routed to the review queue; {s['pending_reviews']:,} still waiting")
row[4].metric("Correction rate", pct(s["correction_rate"]), border=True,
              help="How often people corrected the AI: edited or rejected drafts / drafts a reviewer decided "
                   f"({s['edited'] + s['rejected']:,} of {s['decided']:,})")
row = st.columns(5)
row[0].metric("NL plans", f"{s['nl_plans']:,}", border=True,
              help="Change requests typed or spoken in the chat (and plans applied from the CLI)")
row[1].metric("Plan success rate", pct(s["plan_success_rate"]), border=True,
              help=f"Plans ready to apply on the first try: {s['nl_plans_ready']:,} of {s['nl_plans']:,} "
                   f"({s['nl_plans_clarify']:,} needed a clarification, {s['nl_plans_rejected']:,} were refused)")
row[2].metric("Undo rate", pct(s["undo_rate"]), border=True,
              help=f"Applied plans later undone: {s['plans_reverted']:,} of {s['plans_applied']:,}")
row[3].metric("Security violations", f"{s['security_violations']:,}", border=True,
              help=f"Attacks the guardrails stopped (prompt injection, jailbreaks, data exfiltration…); "
                   f"{s['out_of_scope']:,} more messages were off limits or off topic")
row[4].metric("Median latency", duration(s["median_draft_ms"]), border=True,
              help="From a customer's message arriving to its draft being ready (guardrail check alone: "
                   f"{duration(s['median_guardrail_ms'])})")

# -- volume ------------------------------------------------------------------------------------------------------
st.subheader("Volume")
left, right = st.columns(2)
with left:
    chart("Customer messages per day", "By channel", report.messages_per_day(), lambda c: c.mark_bar().encode(
        x=day_axis(c.data), y=alt.Y("messages:Q", axis=count_axis("Messages")),
        color=alt.Color("channel:N", title="Channel", scale=alt.Scale(
            domain=list(CHANNEL_COLORS), range=list(CHANNEL_COLORS.values()))),
        tooltip=[alt.Tooltip("day:T", title="Day"), alt.Tooltip("channel:N", title="Channel"),
                 alt.Tooltip("messages:Q", title="Messages")]),
        "No customer messages yet. They appear once a WhatsApp or Twilio webhook, or `POST /api/messages`, "
        "delivers some.")
with right:
    chart("NL plans per day", "What became of each change request", report.plans_per_day(),
          lambda c: c.mark_bar().encode(
              x=day_axis(c.data), y=alt.Y("plans:Q", axis=count_axis("Plans")),
              color=alt.Color("outcome:N", title="Outcome", scale=scale(OUTCOME_COLORS, c.data["outcome"])),
              order=alt.Order("outcome_order:Q"),
              tooltip=[alt.Tooltip("day:T", title="Day"), alt.Tooltip("outcome:N", title="Outcome"),
                       alt.Tooltip("plans:Q", title="Plans")]).transform_calculate(
              outcome_order=f"indexof({list(reporting.PLAN_OUTCOMES)}, datum.outcome)"),
          "No plans yet: type a change on the Chat page, e.g. “move the Hooli deal to proposal”.")

chart("Latency", "Daily median in milliseconds, log scale", report.latency_per_day(),
      lambda c: c.transform_calculate(shown="max(datum.median_ms, 0.1)").mark_line(point=True).encode(
          x=day_axis(c.data), y=alt.Y("shown:Q", title="Median (ms)", scale=alt.Scale(type="log"),
                                axis=alt.Axis(format="~g")),
          color=alt.Color("measure:N", title="Step", scale=scale(LATENCY_COLORS, c.data["measure"])),
          tooltip=[alt.Tooltip("day:T", title="Day"), alt.Tooltip("measure:N", title="Step"),
                   alt.Tooltip("median_ms:Q", title="Median (ms)", format=",.1f")]),
      "Nothing measured yet: latencies are recorded as customer messages are screened and drafted.")

# -- quality -----------------------------------------------------------------------------------------------------
st.subheader("Quality and safety")
left, right = st.columns(2)
with left:
    chart("Who decided", "Autopilot versus human reviewers", report.decisions(), lambda c: c.mark_bar().encode(
        y=alt.Y("decision:N", title=None, sort=[d for d, _ in reporting.DECISIONS]),
        x=alt.X("drafts:Q", axis=count_axis("Drafts")),
        color=alt.Color("decision:N", legend=None, scale=scale(DECISION_COLORS)),
        tooltip=[alt.Tooltip("decision:N", title="Decision"), alt.Tooltip("actor:N", title="By"),
                 alt.Tooltip("drafts:Q", title="Drafts")]),
        "No drafts yet: every processed customer message gets one, sent by autopilot or queued for review.")
with right:
    outcomes = report.plan_outcomes()
    chart("NL plan outcomes", f"Success rate {pct(s['plan_success_rate'])} · undo rate {pct(s['undo_rate'])}",
          outcomes, lambda c: c.mark_bar().encode(
              y=alt.Y("outcome:N", title=None, sort=list(reporting.PLAN_OUTCOMES)),
              x=alt.X("plans:Q", axis=count_axis("Plans")),
              color=alt.Color("outcome:N", legend=None, scale=scale(OUTCOME_COLORS)),
              tooltip=[alt.Tooltip("outcome:N", title="Outcome"), alt.Tooltip("plans:Q", title="Plans")]),
          "No plans yet: their success and undo rates appear after the first chat request.")

left, right = st.columns(2)
with left:
    threshold = reporting.autopilot_threshold(store)
    hist = report.confidence_histogram()

    def confidence_chart(c: alt.Chart) -> alt.LayerChart:
        bars = c.mark_bar().encode(
            x=alt.X("lower:Q", title="Draft confidence", scale=alt.Scale(domain=[0, 1]), bin="binned"),
            x2="upper:Q", y=alt.Y("sum(drafts):Q", axis=count_axis("Drafts"), stack=True),
            color=alt.Color("route:N", title="Route", scale=scale(ROUTE_COLORS, c.data["route"])),
            tooltip=[alt.Tooltip("bucket:N", title="Confidence"), alt.Tooltip("route:N", title="Route"),
                     alt.Tooltip("drafts:Q", title="Drafts")])
        if threshold is None:
            return bars
        rule = alt.Chart(pd.DataFrame({"threshold": [threshold]})).mark_rule(
            color="#37474F", strokeDash=[6, 4], size=2).encode(
            x="threshold:Q", tooltip=[alt.Tooltip("threshold:Q", title="Autopilot threshold")])
        return alt.layer(bars, rule)

    chart("Draft confidence", "In-scope drafts" + (f"; dashed line: autopilot threshold {threshold:.2f}"
                                                   if threshold is not None else ""),
          hist, confidence_chart, "No in-scope drafts yet: the histogram shows how sure the AI was of its replies.")
with right:
    chart("Flagged messages by type", "Security violations and off-limits topics", report.violations_by_type(),
          lambda c: c.mark_bar().encode(
              y=alt.Y("label:N", title=None, sort="-x", axis=alt.Axis(labelLimit=240)),
              x=alt.X("messages:Q", axis=count_axis("Messages")),
              color=alt.Color("verdict:N", title="Verdict", scale=scale(VERDICT_COLORS, c.data["verdict"])),
              tooltip=[alt.Tooltip("label:N", title="Type"), alt.Tooltip("verdict:N", title="Verdict"),
                       alt.Tooltip("messages:Q", title="Messages")]),
          "Nothing flagged: no customer message has tripped the guardrails.")

# -- audit log ---------------------------------------------------------------------------------------------------
st.subheader("Audit log")
st.caption("Every screened customer message (verdict, draft, reviewer, reply) and every CRM change (who, what, "
           "undone or not), newest first.")
options = report.audit_options()
f = st.columns([1, 1, 1, 1.3])
kinds = f[0].multiselect("Kind", options["kinds"], key="audit_kinds", placeholder="All",
                         format_func=lambda k: {"message": "Customer message", "crm_change": "CRM change"}[k])
classes = f[1].multiselect("Classification", options["classifications"], key="audit_classes", placeholder="All",
                           format_func=lambda c: c.replace("_", " "))
statuses = f[2].multiselect("Status", options["statuses"], key="audit_statuses", placeholder="All",
                            format_func=lambda c: c.replace("_", " "))
picked = f[3].date_input("Dates (all when empty)", value=[], min_value=options["first_day"],
                         max_value=options["last_day"], key="audit_days", disabled=options["first_day"] is None)
start, end = date_range(picked)
log = report.audit_log(kinds=kinds or None, classifications=classes or None, statuses=statuses or None,
                       start=start, end=end)
if log.empty:
    st.info("No audit entries match these filters." if options["first_day"] else
            "No audit entries yet: screened customer messages and CRM changes are listed here.", icon="ℹ️")
else:
    shown = min(len(log), AUDIT_ROWS_SHOWN)
    st.dataframe(log.head(shown), hide_index=True, width="stretch", height=min(36 * (shown + 1) + 3, 400),
                 column_config=AUDIT_COLUMNS)
    st.caption(f"Showing {shown:,} of {len(log):,} matching entries"
               + ("; the CSV has them all." if shown < len(log) else "."))
st.download_button("⬇️ Download CSV", reporting.to_csv(log), f"autocrm-audit-{dt.date.today():%Y%m%d}.csv",
                   "text/csv", key="audit_csv", disabled=log.empty)
