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
