"""Pipeline page: health 0-100 of every open deal, sortable, with the reasons behind each score and its history."""
from __future__ import annotations

import time

import altair as alt
import pandas as pd
import streamlit as st

from ui.common import acting_user, local
from ui.services import services

BANDS = ((60, "🟢"), (35, "🟠"), (0, "🔴"))
SAVE_EVERY = 300  # seconds
# every cell is plain text (st.dataframe never renders Markdown or HTML): deal names and titles stay as typed
COLUMNS = {
    "band": st.column_config.TextColumn("", width=40),
    "health": st.column_config.ProgressColumn("Health", min_value=0, max_value=100, format="%.0f"),
    "deal": st.column_config.TextColumn("Deal", width="medium"), "stage": "Stage",
    "amount": st.column_config.NumberColumn("Amount", format="$%.0f"), "close_date": "Close date",
    "why": st.column_config.TextColumn("Top reasons", width="large"), "id": "Deal id",
}


def band(score: float) -> str:
    return next(icon for floor, icon in BANDS if score >= floor)


acting_user()
st.title("📈 Pipeline")
insights = services().insights
# scores are stored (and their changes recorded) at most every few minutes per visitor, not on every click
fresh = time.monotonic() - st.session_state.get("pipeline_saved_at", -SAVE_EVERY) >= SAVE_EVERY
scores = insights.score_deals(save=fresh)
if fresh:
    st.session_state["pipeline_saved_at"] = time.monotonic()
if not scores:
    st.info("No open deals to score.")
    st.stop()
model = insights.model()[0]
st.caption(f"Model: {model.label}. Health is the chance of winning in percent; the typical open deal scores "
           f"{scores[0].base_rate:.0f}. Each reason adds or takes log-odds, and together they make up the "
           "difference from the typical deal.")
table = pd.DataFrame([{
    "band": band(s.score), "health": round(s.score, 1), "deal": s.name, "stage": dict(s.extra).get("stage"),
    "amount": dict(s.extra).get("amount"), "close_date": dict(s.extra).get("close_date"),
    "why": "; ".join(r.text for r in s.top_reasons[:3]), "id": s.record_id} for s in scores])
st.dataframe(table, column_config=COLUMNS, hide_index=True, width="stretch", key="pipeline-table")

names = {s.record_id: f"{s.name} ({s.score:.0f})" for s in scores}
picked = st.selectbox("Reasons for", list(names), format_func=names.get, key="pipeline-deal")
score = next(s for s in scores if s.record_id == picked)
with st.expander("Why this score", expanded=True):
    st.text(f"{score.name}: health {score.score:.1f} (typical {score.base_rate:.0f}; model {score.model})")
    st.dataframe(pd.DataFrame([{"effect": round(r.contribution, 3), "reason": r.text, "feature": r.feature}
                               for r in score.reasons if abs(r.contribution) >= 0.005]),
                 column_config={"effect": st.column_config.NumberColumn("Log-odds", format="%+.2f"),
                                "reason": st.column_config.TextColumn("Reason", width="large")},
                 hide_index=True, width="stretch")
history = insights.history("deal", picked)
if history:
    st.subheader("Score history")
    points = pd.DataFrame([{"when": local(h["as_of"]), "health": h["new_score"]} for h in history] +
                          [{"when": local(history[-1]["old_as_of"]), "health": history[-1]["old_score"]}]).dropna()
    st.altair_chart(alt.Chart(points).mark_line(point=True).encode(
        x=alt.X("when:T", title=None), y=alt.Y("health:Q", scale=alt.Scale(domain=[0, 100]))),
        width="stretch")
    for h in history[:5]:
        st.text(f"{local(h['as_of']):%Y-%m-%d}: {h['old_score']:.0f} → {h['new_score']:.0f} because "
                + "; ".join(r["text"] for r in h["reasons"]))
