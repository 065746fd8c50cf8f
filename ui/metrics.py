"""Metrics page: how much the AI handled, how well, how fast, how safely; every figure from the database."""
from __future__ import annotations

import datetime as dt
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from core import reporting
from ui.common import acting_user, local
from ui.services import services

CHANNEL_COLORS = {"whatsapp": "#25A244", "sms": "#4C78A8", "email": "#F58518"}
OUTCOME_COLORS = {reporting.APPLIED: "#2E7D32", reporting.UNDONE: "#F9A825", reporting.NOT_APPLIED: "#9E9E9E",
                  reporting.CLARIFY: "#1E88E5", reporting.REJECTED: "#C62828"}
DECISION_COLORS = {"Auto-sent": "#7E57C2", "Approved": "#2E7D32", "Edited": "#F9A825", "Rejected": "#C62828",
                   "Awaiting review": "#90A4AE", "Superseded by agent": "#CFD8DC"}
ROUTE_COLORS = {"Auto-sent": "#7E57C2", "To a human": "#1E88E5"}
VERDICT_COLORS = {"Security violation": "#C62828", "Out of scope": "#FB8C00"}
LATENCY_COLORS = {"Message → draft": "#1E88E5", "Guardrail check": "#43A047", "Plan": "#8E24AA"}
KIND_LABELS = {reporting.MESSAGE: "Customer message", reporting.CRM_CHANGE: "CRM change"}
# every cell is plain text (st.dataframe never renders Markdown or HTML): customer messages and names stay as sent
AUDIT_COLUMNS = {
    "time": st.column_config.DatetimeColumn("Time", format="YYYY-MM-DD HH:mm:ss"),
    "kind": st.column_config.TextColumn("Kind", width=135),  # px: the longest value in full
    "classification": st.column_config.TextColumn("Classification", width=140),
    "type": st.column_config.TextColumn("Type / operation", width=160),
    "status": "Status", "contact": st.column_config.TextColumn("Contact", width=160),
    "input": st.column_config.TextColumn("Input", width="large"),
    "output": st.column_config.TextColumn("Reply / change", width="large"),
    "actor": st.column_config.TextColumn("Decided by", width=140),
    "route": "Routed to", "channel": "Channel",
    "confidence": st.column_config.NumberColumn("Confidence", format="%.2f"),
    "latency_ms": st.column_config.NumberColumn("Guardrail ms", format="%.1f"),
    "reasoning": st.column_config.TextColumn("Reasoning", width="large"), "ref": "Reference",
}
CHART_HEIGHT = 260
TILE_WIDTH = 170  # px: the longest label ("Security violations") and its help icon fit
AUDIT_ROWS_SHOWN = 500  # the newest; 2,000 rows were 0.8 MB for the browser on every visit (the CSV has them all)
MIN_DAYS = 14
# latency axis ticks on its log scale, in ms: 0.1 ms … 1 h, labelled in the unit that reads best
LATENCY_TICKS_MS = (0.1, 1, 10, 100, 1_000, 10_000, 60_000, 600_000, 3_600_000)
LATENCY_LABEL = ("datum.value >= 3600000 ? format(datum.value / 3600000, '~g') + ' h' : "
                 "datum.value >= 60000 ? format(datum.value / 60000, '~g') + ' min' : "
                 "datum.value >= 1000 ? format(datum.value / 1000, '~g') + ' s' : format(datum.value, '~g') + ' ms'")


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
    if ms < 10:
        return f"{ms:.1f} ms"
    for unit, size, limit in (("ms", 1, 1000), ("s", 1000, 120), ("min", 60_000, 120), ("h", 3_600_000, 48)):
        if ms / size < limit:
            return f"{ms / size:.0f} {unit}" if unit != "s" else f"{ms / size:.1f} s"
    return f"{ms / 86_400_000:.0f} d"


def date_time(day: dt.date) -> alt.DateTime:
    return alt.DateTime(year=day.year, month=day.month, date=day.day)


def day_axis(frame: pd.DataFrame) -> alt.X:
    """Days on x, at least the last two weeks, so one busy day is one bar and not the whole chart; a tick every
    week counted back from the last day (calendar-aligned ticks put "Nov 29" and "Dec 1" on top of each other)."""
    days = pd.to_datetime(frame["day"]).dt.date
    last = max(days.max(), dt.date.today())
    first = min(days.min(), last - dt.timedelta(days=MIN_DAYS - 1))
    ticks = [last - dt.timedelta(days=7 * i) for i in range((last - first).days // 7 + 1)]
    return alt.X("yearmonthdate(day):T", title="Day",
                 scale=alt.Scale(domain=[date_time(first), date_time(last + dt.timedelta(days=1))]),
                 axis=alt.Axis(format="%b %-d", labelAngle=0, values=[date_time(d) for d in reversed(ticks)]))


def latency_scale(ms: pd.Series) -> tuple[alt.Scale, alt.Axis]:
    """A log scale from the tick below the fastest median to the tick above the slowest, ticks labelled in units."""
    low = max([t for t in LATENCY_TICKS_MS if t <= ms.min()], default=LATENCY_TICKS_MS[0])
    high = min([t for t in LATENCY_TICKS_MS if t >= ms.max() and t > low], default=LATENCY_TICKS_MS[-1])
    ticks = [t for t in LATENCY_TICKS_MS if low <= t <= high]
    return (alt.Scale(type="log", domain=[low, high]),
            alt.Axis(title="Median", values=ticks, labelExpr=LATENCY_LABEL, grid=True))


def latency_chart(c: alt.Chart) -> alt.LayerChart:
    """One line with points per step; its latest median is written above its last point, so a single day reads."""
    frame = c.data.assign(shown=c.data["median_ms"].clip(lower=LATENCY_TICKS_MS[0]),
                          value=[duration(ms) for ms in c.data["median_ms"]])
    y_scale, y_axis = latency_scale(frame["shown"])
    base = alt.Chart(frame).encode(
        x=day_axis(frame), y=alt.Y("shown:Q", scale=y_scale, axis=y_axis),
        color=alt.Color("measure:N", title="Step", scale=scale(LATENCY_COLORS, frame["measure"])),
        tooltip=[alt.Tooltip("day:T", title="Day"), alt.Tooltip("measure:N", title="Step"),
                 alt.Tooltip("value:N", title="Median")])
    lines = base.mark_line(point=alt.OverlayMarkDef(filled=True, size=70), strokeWidth=2)
    latest = base.transform_window(newest="rank()", sort=[alt.SortField("day", order="descending")],
                                   groupby=["measure"]).transform_filter("datum.newest == 1")
    return alt.layer(lines, latest.mark_text(dy=-12, fontSize=12, fontWeight="bold").encode(text="value:N"))


def date_range(picked) -> tuple[dt.date | None, dt.date | None]:
    """st.date_input's range: (start, end), or (start, start) while only the start is picked."""
    days = list(picked) if isinstance(picked, (tuple, list)) else [picked]
    return (days[0], days[-1]) if days else (None, None)


@st.cache_data(show_spinner=False, max_entries=64)
def vega_spec(title: str, subtitle: str, version: tuple, today: dt.date, _frame: pd.DataFrame, _build) -> dict:
    """A chart's Vega-Lite spec with its data, built (and validated by Altair) once per state of the database and
    day: the chart is determined by its title and the figures of that state, the day axis by today."""
    spec = _build(alt.Chart(_frame)).properties(
        height=CHART_HEIGHT, title=alt.TitleParams(title, subtitle=subtitle, anchor="start")).to_dict()
    spec.get("config", {}).pop("view", None)  # Altair's default 300 px view: the card sets the size
    return spec


def chart(title: str, subtitle: str, frame: pd.DataFrame, build, empty: str) -> None:
    """A bordered card: the chart, or a sentence saying why there is nothing to draw yet."""
    with st.container(border=True):
        if frame.empty:
            st.markdown(f"**{title}**")
            st.info(empty, icon="ℹ️")
            return
        st.vega_lite_chart(vega_spec(title, subtitle, version, dt.date.today(), frame, build), width="stretch")


@st.cache_data(show_spinner=False, max_entries=8)
def figures(_store, version: tuple, zone: str | None = None) -> dict[str, Any]:
    """Every figure of the page for one state of the database (reporting.version) and one reader's zone (the
    browser's: a day is the reader's day): another visit, or a rerun for an audit filter, reads them back instead of
    querying again."""
    report = reporting.Report(_store, zone)
    return {"summary": report.summary(), "messages_per_day": report.messages_per_day(),
            "plans_per_day": report.plans_per_day(), "latency_per_day": report.latency_per_day(),
            "decisions": report.decisions(), "plan_outcomes": report.plan_outcomes(),
            "confidence_histogram": report.confidence_histogram(), "violations_by_type": report.violations_by_type(),
            "audit": report.audit, "audit_options": report.audit_options(),
            "threshold": reporting.autopilot_threshold(_store)}


store = services().store
acting_user(required=False)
version = reporting.version(store)
fig = figures(store, version, st.context.timezone)
s = fig["summary"]

st.title("📊 Metrics")
st.caption("Every figure comes from the database, so it survives restarts. The running process's live "
           "counters are served to Prometheus at `/metrics`.")

# -- headline numbers ------------------------------------------------------------------------------------------
# tiles of one width in rows that wrap: a narrow window gets fewer per row, never a label cut short
row = st.container(horizontal=True)
row.metric("Messages ingested", f"{s['messages_ingested']:,}", border=True, width=TILE_WIDTH,
           help="Customer messages received on every channel: "
                + (", ".join(f"{k} {v:,}" for k, v in s["messages_by_channel"].items()) or "none yet"))
row.metric("AI drafts", f"{s['ai_drafts']:,}", border=True, width=TILE_WIDTH,
           help="Replies the AI drafted (guardrail hand-offs and canned replies not counted)")
row.metric("Auto-sent", f"{s['auto_sent']:,}", border=True, width=TILE_WIDTH,
           help=f"Replies autopilot sent without review: {pct(s['auto_rate'])} of processed messages")
row.metric("Manual reviews", f"{s['manual_reviews']:,}", border=True, width=TILE_WIDTH,
           help=f"Messages routed to the review queue; {s['pending_reviews']:,} still waiting")
row.metric("Correction rate", pct(s["correction_rate"]), border=True, width=TILE_WIDTH,
           help="How often people corrected the AI: edited or rejected drafts / drafts a reviewer decided "
                f"({s['edited'] + s['rejected']:,} of {s['decided']:,})")
row.metric("NL plans", f"{s['nl_plans']:,}", border=True, width=TILE_WIDTH,
           help="Change requests typed or spoken in the chat (and plans applied from the CLI)")
row.metric("Plan success rate", pct(s["plan_success_rate"]), border=True, width=TILE_WIDTH,
           help=f"Plans ready to apply on the first try: {s['nl_plans_ready']:,} of {s['nl_plans']:,} "
                f"({s['nl_plans_clarify']:,} needed a clarification, {s['nl_plans_rejected']:,} were refused)")
row.metric("Undo rate", pct(s["undo_rate"]), border=True, width=TILE_WIDTH,
           help=f"Applied plans later undone: {s['plans_reverted']:,} of {s['plans_applied']:,}")
row.metric("Security violations", f"{s['security_violations']:,}", border=True, width=TILE_WIDTH,
           help=f"Attacks the guardrails stopped (prompt injection, jailbreaks, data exfiltration…); "
                f"{s['out_of_scope']:,} more messages were off limits or off topic")
row.metric("Median latency", duration(s["median_draft_ms"]), border=True, width=TILE_WIDTH,
           help="From a customer's message arriving to its draft being ready (guardrail check alone: "
                f"{duration(s['median_guardrail_ms'])})")

# -- volume ------------------------------------------------------------------------------------------------------
st.subheader("Volume")
left, right = st.columns(2)
with left:
    chart("Customer messages per day", "By channel", fig["messages_per_day"], lambda c: c.mark_bar().encode(
        x=day_axis(c.data), y=alt.Y("messages:Q", axis=count_axis("Messages")),
        color=alt.Color("channel:N", title="Channel", scale=alt.Scale(
            domain=list(CHANNEL_COLORS), range=list(CHANNEL_COLORS.values()))),
        tooltip=[alt.Tooltip("day:T", title="Day"), alt.Tooltip("channel:N", title="Channel"),
                 alt.Tooltip("messages:Q", title="Messages")]),
        "No customer messages yet. They appear once a WhatsApp or Twilio webhook, or `POST /api/messages`, "
        "delivers some.")
with right:
    chart("NL plans per day", "What became of each change request", fig["plans_per_day"],
          lambda c: c.mark_bar().encode(
              x=day_axis(c.data), y=alt.Y("plans:Q", axis=count_axis("Plans")),
              color=alt.Color("outcome:N", title="Outcome", scale=scale(OUTCOME_COLORS, c.data["outcome"])),
              order=alt.Order("outcome_order:Q"),
              tooltip=[alt.Tooltip("day:T", title="Day"), alt.Tooltip("outcome:N", title="Outcome"),
                       alt.Tooltip("plans:Q", title="Plans")]).transform_calculate(
              outcome_order=f"indexof({list(reporting.PLAN_OUTCOMES)}, datum.outcome)"),
          "No plans yet: type a change on the Chat page, e.g. “move the Hooli deal to proposal”.")

chart("Latency", "Daily median per step (log scale); the latest written above its point",
      fig["latency_per_day"], latency_chart,
      "Nothing measured yet: latencies are recorded as customer messages are screened and drafted.")

# -- quality -----------------------------------------------------------------------------------------------------
st.subheader("Quality and safety")
left, right = st.columns(2)
with left:
    chart("Who decided", "Autopilot versus human reviewers", fig["decisions"], lambda c: c.mark_bar().encode(
        y=alt.Y("decision:N", title=None, sort=[d for d, _ in reporting.DECISIONS]),
        x=alt.X("drafts:Q", axis=count_axis("Drafts")),
        color=alt.Color("decision:N", legend=None, scale=scale(DECISION_COLORS)),
        tooltip=[alt.Tooltip("decision:N", title="Decision"), alt.Tooltip("actor:N", title="By"),
                 alt.Tooltip("drafts:Q", title="Drafts")]),
        "No drafts yet: every processed customer message gets one, sent by autopilot or queued for review.")
with right:
    outcomes = fig["plan_outcomes"]
    chart("NL plan outcomes", f"Success rate {pct(s['plan_success_rate'])} · undo rate {pct(s['undo_rate'])}",
          outcomes, lambda c: c.mark_bar().encode(
              y=alt.Y("outcome:N", title=None, sort=list(reporting.PLAN_OUTCOMES)),
              x=alt.X("plans:Q", axis=count_axis("Plans")),
              color=alt.Color("outcome:N", legend=None, scale=scale(OUTCOME_COLORS)),
              tooltip=[alt.Tooltip("outcome:N", title="Outcome"), alt.Tooltip("plans:Q", title="Plans")]),
          "No plans yet: their success and undo rates appear after the first chat request.")

left, right = st.columns(2)
with left:
    threshold = fig["threshold"]
    hist = fig["confidence_histogram"]

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
    chart("Flagged messages by type", "Security violations and off-limits topics", fig["violations_by_type"],
          lambda c: c.mark_bar().encode(
              y=alt.Y("label:N", title=None, sort="-x", axis=alt.Axis(labelLimit=240)),
              x=alt.X("messages:Q", axis=count_axis("Messages")),
              color=alt.Color("verdict:N", title="Verdict", scale=scale(VERDICT_COLORS, c.data["verdict"])),
              tooltip=[alt.Tooltip("label:N", title="Type"), alt.Tooltip("verdict:N", title="Verdict"),
                       alt.Tooltip("messages:Q", title="Messages")]),
          "Nothing flagged: no customer message has tripped the guardrails.")

# -- customer signals (core/insights) ----------------------------------------------------------------------------
st.subheader("Customer signals, last 30 days")
signals = services().insights.signal_counts(30)
if not signals["messages"]:
    st.caption("No customer message read yet: sentiment and intents are read as the inbox processes each message.")
else:
    kinds = (("Negative messages", "negative"), ("Objections", "objection"), ("Complaints", "complaint"),
             ("Churn threats", "churn_threat"), ("Buying signals", "buying_signal"),
             ("Meeting requests", "meeting_request"))
    tiles = st.container(horizontal=True)  # tiles wrap on a narrow window instead of cutting their labels
    for label, key in kinds:
        tiles.metric(label, f"{signals[key]:,}", border=True, width=TILE_WIDTH,
                     help=f"of {signals['messages']:,} customer messages read (offline lexicons; see README, "
                          "'Message signals')")

# -- audit log ---------------------------------------------------------------------------------------------------
st.subheader("Audit log")
st.caption("Every screened customer message (verdict, draft, reviewer, reply) and every CRM change (who, what, "
           "undone or not), newest first.")
options = fig["audit_options"]
f = st.columns([1, 1, 1, 1.3])
kinds = f[0].multiselect("Kind", options["kinds"], key="audit_kinds", placeholder="All",
                         format_func=KIND_LABELS.get)
classes = f[1].multiselect("Classification", options["classifications"], key="audit_classes", placeholder="All",
                           format_func=lambda c: c.replace("_", " "))
statuses = f[2].multiselect("Status", options["statuses"], key="audit_statuses", placeholder="All",
                            format_func=lambda c: c.replace("_", " "))
picked = f[3].date_input("Dates (all when empty)", value=[], min_value=options["first_day"],
                         max_value=options["last_day"], key="audit_days", disabled=options["first_day"] is None)
start, end = date_range(picked)
log = reporting.filter_audit(fig["audit"], kinds=kinds or None, classifications=classes or None,
                             statuses=statuses or None, start=start, end=end)
if log.empty:
    st.info("No audit entries match these filters." if options["first_day"] else
            "No audit entries yet: screened customer messages and CRM changes are listed here.", icon="ℹ️")
else:
    shown = min(len(log), AUDIT_ROWS_SHOWN)
    readable = log.head(shown).assign(  # the CSV keeps the raw values
        kind=lambda rows: rows["kind"].map(KIND_LABELS).fillna(rows["kind"]),
        classification=lambda rows: rows["classification"].map(reporting.VERDICTS).fillna(rows["classification"]),
        status=lambda rows: rows["status"].str.replace("_", " "),
        time=lambda rows: pd.to_datetime(rows["time"]).map(lambda t: local(t.to_pydatetime()) if pd.notna(t) else t))
    st.dataframe(readable, hide_index=True, width="stretch", height=min(36 * (shown + 1) + 3, 400),
                 column_config=AUDIT_COLUMNS)
    st.caption(f"Showing {shown:,} of {len(log):,} matching entries"
               + ("; the CSV has them all." if shown < len(log) else "."))
# the CSV is written when the button is clicked, not on every visit (0.9 MB for a month of a busy inbox)
st.download_button("⬇️ Download CSV", lambda: reporting.to_csv(log), f"autocrm-audit-{dt.date.today():%Y%m%d}.csv",
                   "text/csv", key="audit_csv", disabled=log.empty, on_click="ignore")
