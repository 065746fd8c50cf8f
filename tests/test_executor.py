import json

import pytest

from core.chat import ChatService
from core.errors import PermissionDenied, PlanError, UndoConflict
from core.executor import apply_plan, load_user, undo_plan
from tests.conftest import TODAY, crm_state


@pytest.fixture
def chat(demo_db):
    return ChatService(demo_db)


def test_apply_then_undo_restores_everything_and_is_audited(chat, demo_db):
    before = crm_state(demo_db)
    plan = chat.plan("Met Dana at Acme, move the renewal to negotiation at 48k, remind me Friday",
                     "alex@autocrm.local", today=TODAY)
    assert plan.status == "ready" and [s.op for s in plan.steps] == ["log_activity", "update_deal", "create_task"]
    chat.apply(plan, "alex@autocrm.local")
    deal = demo_db.one("SELECT stage, amount FROM deals WHERE id = 1")
    assert deal == {"stage": "Negotiation", "amount": 48000.0}
    actions = demo_db.query("SELECT * FROM crm_actions WHERE plan_id = ? ORDER BY seq", [plan.plan_id])
    assert [a["status"] for a in actions] == ["executed"] * 3
    assert json.loads(actions[1]["before"])["stage"] == "Proposal"
    chat.undo(plan.plan_id, "alex@autocrm.local")
    assert crm_state(demo_db) == before
    statuses = demo_db.query("SELECT status FROM crm_actions WHERE plan_id = ?", [plan.plan_id])
    assert {r["status"] for r in statuses} == {"reverted"}


def test_a_failing_step_applies_nothing(chat, demo_db):
    plan = chat.plan("move the Hooli security add-on to proposal and log a call with Marcus Webb",
                     "alex@autocrm.local", today=TODAY)
    # someone else deletes Marcus' company's record between planning and applying: the create still links to it
    demo_db.execute("UPDATE companies SET deleted_at = now() WHERE id = 4")
    before = crm_state(demo_db)
    with pytest.raises(Exception):
        chat.apply(plan, "alex@autocrm.local")
    assert crm_state(demo_db) == before


def test_stale_plan_is_refused(chat, demo_db):
    plan = chat.plan("move the Hooli security add-on to proposal", "alex@autocrm.local", today=TODAY)
    demo_db.execute("UPDATE deals SET stage = 'Qualified' WHERE id = 6")
    with pytest.raises(PlanError, match="plan it again"):
        chat.apply(plan, "alex@autocrm.local")


def test_undo_refuses_when_a_record_changed_since_and_says_what(chat, demo_db):
    plan = chat.plan("set the Initech analytics suite amount to 40k", "alex@autocrm.local", today=TODAY)
    chat.apply(plan, "alex@autocrm.local")
    later = chat.plan("move the Initech analytics suite to negotiation", "alex@autocrm.local", today=TODAY)
    chat.apply(later, "alex@autocrm.local")
    with pytest.raises(UndoConflict) as err:
        chat.undo(plan.plan_id, "alex@autocrm.local")
    assert "stage" in str(err.value) and "Negotiation" in str(err.value)
    assert demo_db.scalar("SELECT amount FROM deals WHERE id = 5") == 40000
    chat.undo(later.plan_id, "alex@autocrm.local")
    chat.undo(plan.plan_id, "alex@autocrm.local")
    assert demo_db.scalar("SELECT amount FROM deals WHERE id = 5") == 36000


def test_undo_twice_is_refused(chat):
    plan = chat.plan("mark the Hooli security add-on as won", "sam@autocrm.local", today=TODAY)
    chat.apply(plan, "sam@autocrm.local")
    chat.undo(plan.plan_id, "sam@autocrm.local")
    with pytest.raises(PlanError, match="already undone"):
        chat.undo(plan.plan_id, "sam@autocrm.local")


def test_permissions_are_enforced_in_core_not_only_in_the_ui(chat, demo_db):
    rep, reviewer, admin = (load_user(demo_db, e) for e in ("alex@autocrm.local", "riley@autocrm.local",
                                                              "jordan@autocrm.local"))
    plan = chat.plan("delete the Hooli security add-on", admin, today=TODAY)
    assert plan.status == "ready"
    with pytest.raises(PermissionDenied):
        apply_plan(demo_db, plan, rep)
    with pytest.raises(PermissionDenied):
        apply_plan(demo_db, plan, reviewer)
    assert chat.plan("delete the Hooli security add-on", rep, today=TODAY).status == "rejected"
    assert "reviewer" in chat.plan("mark the Hooli security add-on as won", reviewer, today=TODAY).errors[0]
    apply_plan(demo_db, plan, admin)
    with pytest.raises(PermissionDenied):
        undo_plan(demo_db, plan.plan_id, rep)


def test_deleted_records_are_hidden_everywhere_and_restored_by_undo(chat, demo_db):
    admin = load_user(demo_db, "jordan@autocrm.local")
    plan = chat.plan("delete the contact Marcus Webb", admin, today=TODAY)
    chat.apply(plan, admin)
    assert chat.plan("log a call with Marcus Webb", admin, today=TODAY).status == "rejected"
    answer = chat.plan("who is the contact at Initech?", admin, today=TODAY).answer
    assert "Marcus" not in answer
    chat.undo(plan.plan_id, admin)
    assert chat.plan("log a call with Marcus Webb", admin, today=TODAY).status == "ready"


def test_plan_changes_nothing(chat, demo_db):
    before = crm_state(demo_db)
    chat.plan("close as lost every proposal that closes before Dec 5", "alex@autocrm.local", today=TODAY)
    assert crm_state(demo_db) == before


def _apply(demo_db, admin, *cands):
    from core import snapshot
    from core.planning import build_plan
    from core.understanding.engine import Understanding
    plan = build_plan("test", Understanding("write", list(cands)), snapshot.load(demo_db), admin, TODAY)
    assert plan.status == "ready", plan
    apply_plan(demo_db, plan, admin)
    return plan


def test_undo_of_a_create_that_later_records_reference_is_refused_or_soft_deleted(demo_db):
    from core.understanding.engine import Candidate
    admin = load_user(demo_db, "jordan@autocrm.local")
    company = _apply(demo_db, admin, Candidate("create_company", "companies", (), {"name": "Zeta Labs", "owner_id": 1}))
    cid = company.steps[0].id
    contact = _apply(demo_db, admin, Candidate("create_contact", "contacts", (), {
        "first_name": "Ada", "company_id": cid, "owner_id": 2, "lifecycle_stage": "lead"}))
    with pytest.raises(UndoConflict) as refused:
        undo_plan(demo_db, company.plan_id, admin)
    assert f"company {cid} is referenced by 1 contact ({contact.steps[0].id})" in str(refused.value)
    assert "Undo the plans that added those records first" in str(refused.value)
    assert demo_db.scalar("SELECT count(*) FROM companies WHERE id = ? AND deleted_at IS NULL", [cid]) == 1
    # soft delete: hidden everywhere, the contact still points at a row that exists, the id is never handed out
    undo_plan(demo_db, company.plan_id, admin, referenced="soft_delete")
    assert demo_db.scalar("SELECT deleted_at IS NOT NULL FROM companies WHERE id = ?", [cid]) is True
    assert demo_db.scalar("SELECT company_id FROM contacts WHERE id = ?", [contact.steps[0].id]) == cid
    again = _apply(demo_db, admin, Candidate("create_company", "companies", (), {"name": "Omega", "owner_id": 1}))
    assert again.steps[0].id > cid
    # the usual order works and removes them for good: undo the later plan first
    undo_plan(demo_db, contact.plan_id, admin)
    assert demo_db.scalar("SELECT count(*) FROM contacts WHERE id = ?", [contact.steps[0].id]) == 0


def test_a_plan_undone_twice_at_once_is_undone_once(chat, demo_db):
    import threading
    plan = chat.plan("mark the Hooli security add-on as won", "sam@autocrm.local", today=TODAY)
    chat.apply(plan, "sam@autocrm.local")
    sam = load_user(demo_db, "sam@autocrm.local")
    barrier, outcomes = threading.Barrier(2), []

    def undo():
        barrier.wait()
        try:
            outcomes.append(undo_plan(demo_db, plan.plan_id, sam))
        except PlanError as exc:
            outcomes.append(str(exc))

    threads = [threading.Thread(target=undo) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes, key=str) == sorted([1, f"plan {plan.plan_id} was already undone at "
                                                   f"{demo_db.scalar('SELECT reverted_at FROM plans WHERE id = ?', [plan.plan_id])}"], key=str)
    assert demo_db.scalar("SELECT stage FROM deals WHERE id = 6") != "Closed Won"


def test_an_undone_create_never_gives_its_id_to_a_newcomer_even_after_a_restart(demo_file):
    """Undo removes the created row; after a restart the next contact must still get a fresh id, or it would
    inherit the chat history, audit rows and conversations that still name the old one."""
    from core.store import Store
    from core.understanding.engine import Candidate
    store = Store(demo_file)
    admin = load_user(store, "jordan@autocrm.local")
    made = _apply(store, admin, Candidate("create_contact", "contacts", (), {
        "first_name": "Temporary", "owner_id": 2, "lifecycle_stage": "lead"}))
    gone = made.steps[0].id
    undo_plan(store, made.plan_id, admin)
    assert store.scalar("SELECT count(*) FROM contacts WHERE id = ?", [gone]) == 0
    store.close()
    restarted = Store(demo_file)  # a new process: no cached counters
    try:
        newcomer = _apply(restarted, load_user(restarted, "jordan@autocrm.local"), Candidate(
            "create_contact", "contacts", (), {"first_name": "Newcomer", "owner_id": 2, "lifecycle_stage": "lead"}))
        assert newcomer.steps[0].id > gone
    finally:
        restarted.close()


def test_a_plans_time_without_an_offset_is_local_time_stored_in_utc(chat, demo_db, machine_zone):
    """A call logged today is logged at noon here: on a server in Tokyo that is 03:00 UTC, whether the plan is
    applied at once or read back from its JSON first (the chat after a reload)."""
    import datetime as dt

    from core.models import Plan
    machine_zone("Asia/Tokyo")
    now = chat.plan("Met Dana at Acme", "alex@autocrm.local", today=TODAY)
    chat.apply(now, "alex@autocrm.local")
    later = chat.plan("called Marcus Webb", "alex@autocrm.local", today=TODAY)
    chat.apply(Plan.from_dict(json.loads(json.dumps(later.to_dict()))), "alex@autocrm.local")
    for plan in (now, later):
        assert demo_db.scalar("SELECT occurred_at FROM activities WHERE id = ?", [plan.steps[0].id]) == \
            dt.datetime.combine(TODAY, dt.time(3))
