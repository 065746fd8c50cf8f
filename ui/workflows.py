"""Workflows: the list, create from a template, edit as YAML, start a run, and where each contact is and why."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from core.errors import CRMError
from ui.common import acting_user, local
from ui.services import services

engine = services().workflows
user = acting_user()
can_edit = user.role in ("rep", "admin")
st.title("🔁 Workflows")
st.caption("Automations as data: a trigger, then steps (waits, branches, messages through the review rules, tasks, "
           "field updates, webhooks). The server fires their timers; a restart never repeats or restarts a step.")

flows = engine.registry.all()
st.dataframe(pd.DataFrame([{"Workflow": f["name"], "On": "yes" if f["enabled"] else "no", "Trigger": f["trigger"],
                            "Steps": f["steps"], "Live runs": f["live"], "Paused": f["paused"], "All runs": f["runs"],
                            "Template": "yes" if f["builtin"] else ""} for f in flows]),
             hide_index=True, width="stretch")

if can_edit:
    with st.expander("Create from a template"):
        from core.workflows.registry import templates
        names = sorted(templates())
        template = st.selectbox("Template", names, key="wf_template")
        new_name = st.text_input("Name of the new workflow", value=f"my-{template}", key="wf_new_name")
        if st.button("Create", key="wf_create"):
            try:
                engine.registry.copy_template(template, new_name.strip())
                st.session_state["wf_selected"] = new_name.strip()
                st.rerun()
            except CRMError as exc:
                st.error(str(exc))

names = [f["name"] for f in engine.registry.all()]
if st.session_state.get("wf_selected") not in names:
    st.session_state["wf_selected"] = names[0] if names else None
selected = st.selectbox("Workflow", names, key="wf_selected")
if selected is None:
    st.stop()
row = engine.registry.row(selected)
wf = engine.registry.get(selected)
st.text(wf.description or "(no description)")

left, right = st.columns(2)
with left:
    st.subheader("Definition")
    st.code(engine.registry.export(selected, "yaml"), language="yaml")
    if can_edit:
        enabled = st.toggle("Trigger on (runs start on their own)", value=bool(row["enabled"]),
                            key=f"wf_enabled_{selected}")
        if enabled != bool(row["enabled"]):
            engine.registry.set_enabled(selected, enabled)
            st.rerun()
        with st.expander("Edit (YAML)"):
            text = st.text_area("Definition", engine.registry.export(selected, "yaml"), height=360,
                                key=f"wf_yaml_{selected}")
            if st.button("Save", key=f"wf_save_{selected}"):
                try:
                    saved = engine.registry.import_text(text, "the definition")
                    if saved.name != selected:
                        st.session_state["wf_selected"] = saved.name
                    st.success(f"Saved {saved.name}: its runs go on with the new definition.")
                except CRMError as exc:
                    st.error(str(exc))
with right:
    st.subheader("Start a run")
    if can_edit:
        contact = st.number_input("Contact id", min_value=1, step=1, key="wf_contact")
        if st.button("Start", key="wf_start", type="primary"):
            try:
                run = engine.start(selected, int(contact))
                engine.wake.set()
                st.success(f"Run {run['id']} started: {run['status']} at {run['step'] or 'the end'}.")
            except CRMError as exc:
                st.error(str(exc))
    else:
        st.info(f"{user.name} is a {user.role}: reps and admins start runs and edit workflows.")
    ab_steps = [s.id for s in wf.steps if "variants" in s.params]
    for step_id in ab_steps:
        st.subheader(f"A/B test: {step_id}")
        res = engine.experiment(selected, step_id)
        st.text(f"mode {res['mode']}; " + (f"winner {res['winner']} (takes all traffic)" if res["winner"]
                                          else "no winner yet"))
        st.dataframe(pd.DataFrame([{"Variant": v["name"], "Sent": v["sent"], "Replied": v["replied"],
                                    "P(best)": v["prob_best"], "Expected loss": v["expected_loss"]}
                                   for v in res["variants"]]), hide_index=True, width="stretch")

head, refresh = st.columns([4, 1])
head.subheader("Runs: where each contact is and why")
refresh.button("Refresh", key="wf_refresh", help="the server moves runs on its own; look again")
runs = engine.runs(workflow=selected, limit=500)
if not runs:
    st.info("No runs yet.")
    st.stop()


def _where(r: dict) -> str:
    if r["waiting_until"] is not None:
        return ("waiting for a reply until " if r["waiting_for"] == "reply_timeout" else "waiting until ") + \
            f"{local(r['waiting_until']):%Y-%m-%d %H:%M}"
    return r["reason"] or r["status"]


st.dataframe(pd.DataFrame([{"Run": r["id"], "Contact": r["contact"], "Contact id": r["contact_id"],
                            "Status": r["status"], "Step": r["step"], "Why": _where(r), "Trigger": r["trigger"],
                            "Started": r["started_at"]} for r in runs]), hide_index=True, width="stretch")
run_id = st.selectbox("Run", [r["id"] for r in runs], key="wf_run")
detail = engine.run(run_id)
st.text(f"Run {run_id}: {detail['status']} at {detail['step'] or 'the end'}"
        + (f" ({detail['reason']})" if detail["reason"] else ""))
st.dataframe(pd.DataFrame([{"#": s["seq"], "Step": s["step"], "Kind": s["kind"], "Outcome": s["outcome"],
                            "At": s["started_at"], "Finished": s["finished_at"],
                            "Input": str(s["input"] or ""), "Detail": str(s["detail"] or "")}
                           for s in detail["steps"]]), hide_index=True, width="stretch")
if can_edit and detail["status"] in ("active", "waiting", "paused"):
    c1, c2 = st.columns(2)
    if detail["status"] == "paused" and c1.button("Resume", key=f"wf_resume_{run_id}"):
        engine.resume(run_id)
        st.rerun()
    if detail["status"] != "paused" and c1.button("Pause", key=f"wf_pause_{run_id}"):
        engine.pause(run_id, f"paused by {user.name}")
        st.rerun()
    if c2.button("End", key=f"wf_end_{run_id}"):
        engine.end(run_id, f"ended by {user.name}")
        st.rerun()
