"""Property: applying any valid plan and undoing it leaves the CRM exactly as it was."""
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import snapshot
from core.executor import apply_plan, load_user, undo_plan
from core.planning import build_plan
from core.understanding.engine import Candidate, Understanding
from tests.conftest import TODAY, crm_state

STAGES = ["Lead", "Qualified", "Proposal", "Negotiation", "Closed Won", "Closed Lost"]

deal_ids = st.integers(1, 60)
contact_ids = st.integers(1, 120)
company_ids = st.integers(1, 40)
dates = st.dates(dt.date(2026, 1, 1), dt.date(2027, 12, 31))
amounts = st.integers(0, 500).map(lambda k: k * 500)
text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30)

candidates = st.one_of(
    st.builds(lambda d, f: Candidate("update_deal", "deals", (d,), f), deal_ids,
              st.fixed_dictionaries({}, optional={"stage": st.sampled_from(STAGES), "amount": amounts,
                                                  "close_date": dates, "owner_id": st.integers(1, 3),
                                                  "product": text})),
    st.builds(lambda c, f: Candidate("update_contact", "contacts", (c,), f), contact_ids,
              st.fixed_dictionaries({}, optional={"title": text, "phone": st.from_regex(r"\+1555\d{7}", fullmatch=True),
                                                  "lifecycle_stage": st.sampled_from(["lead", "customer", "churned"]),
                                                  "company_id": company_ids})),
    st.builds(lambda c, ind: Candidate("update_company", "companies", (c,), {"industry": ind}), company_ids, text),
    st.builds(lambda n: Candidate("create_company", "companies", (), {"name": n, "owner_id": 1}), text),
    st.builds(lambda first, c: Candidate("create_contact", "contacts", (), {
        "first_name": first, "company_id": c, "owner_id": 2, "lifecycle_stage": "lead"}), text, company_ids),
    st.builds(lambda c, a, d: Candidate("create_deal", "deals", (), {
        "name": "Deal", "company_id": c, "stage": "Lead", "amount": a, "close_date": d, "currency": "USD",
        "owner_id": 1}), company_ids, amounts, dates),
    st.builds(lambda c, d: Candidate("log_activity", "activities", (), {
        "type": "call", "subject": "s", "occurred_at": dt.datetime(2026, 11, 1, 12), "contact_id": c,
        "deal_id": d, "author_id": 1}), contact_ids, deal_ids),
    st.builds(lambda t, due: Candidate("create_task", "tasks", (), {
        "title": t, "due_date": due, "status": "open", "owner_id": 1}), text, dates),
    st.builds(lambda t: Candidate("complete_task", "tasks", (t,), {"status": "done"}), st.integers(1, 80)),
    st.builds(lambda d: Candidate("delete_deal", "deals", (d,), {}), deal_ids),
    st.builds(lambda c: Candidate("delete_contact", "contacts", (c,), {}), contact_ids),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plans=st.lists(st.lists(candidates, min_size=1, max_size=6), min_size=1, max_size=3))
def test_apply_then_undo_in_reverse_restores_the_database(demo_db, plans):
    admin = load_user(demo_db, "jordan@autocrm.local")
    before = crm_state(demo_db)
    applied = []
    try:
        for cands in plans:
            snap = snapshot.load(demo_db)
            plan = build_plan("random", Understanding("write", cands), snap, admin, TODAY)
            if plan.status != "ready":
                continue
            apply_plan(demo_db, plan, admin)
            applied.append(plan.plan_id)
    finally:  # the database is shared by every example: a failing one must not leave its plans applied
        for plan_id in reversed(applied):
            undo_plan(demo_db, plan_id, admin)
    assert crm_state(demo_db) == before


def test_a_link_to_a_deleted_record_is_refused_when_planned_and_typed_new_colon_is_text(demo_db):
    """Found by the property above: a plan linking a deal deleted since was 'ready' and only the executor refused it;
    an industry typed as "new:" crashed the planner (it read as a link to a record created in the same plan)."""
    admin = load_user(demo_db, "jordan@autocrm.local")
    deal = demo_db.scalar("SELECT id FROM deals WHERE deleted_at IS NULL ORDER BY id LIMIT 1")
    gone = build_plan("x", Understanding("write", [Candidate("delete_deal", "deals", (deal,), {})]),
                      snapshot.load(demo_db), admin, TODAY)
    apply_plan(demo_db, gone, admin)
    try:
        before = crm_state(demo_db)
        plan = build_plan("x", Understanding("write", [Candidate("log_activity", "activities", (), {
            "type": "call", "subject": "s", "occurred_at": dt.datetime(2026, 11, 1, 12), "contact_id": 1,
            "deal_id": deal, "author_id": 1})]), snapshot.load(demo_db), admin, TODAY)
        assert plan.status == "rejected" and f"no deal with id {deal}" in " ".join(plan.errors)
        assert crm_state(demo_db) == before
    finally:
        undo_plan(demo_db, gone.plan_id, admin)
    plan = build_plan("x", Understanding("write", [Candidate("update_company", "companies", (1,), {"industry": "new:"})]),
                      snapshot.load(demo_db), admin, TODAY)
    assert plan.ready and plan.steps[0].changes["industry"][1] == "new:"
