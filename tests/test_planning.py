import pytest

from core.chat import ChatService
from tests.conftest import TODAY

ALEX = "alex@autocrm.local"


@pytest.fixture
def chat(demo_db):
    return ChatService(demo_db)


def test_warnings_backwards_stage_past_close_date_and_big_amount_change(chat):
    plan = chat.plan("move the Hooli security add-on to qualified at 60k and set its close date to Nov 2",
                     ALEX, today=TODAY)
    text = " ".join(plan.warnings)
    assert "backwards" in text and "in the past" in text and "more than 50%" in text


def test_bulk_plans_warn_when_many_records_are_touched(chat):
    plan = chat.plan("reassign all of Priya's deals to Sam", "jordan@autocrm.local", today=TODAY)
    assert plan.status == "ready" and len(plan.steps) > 10
    assert all(s.changes["owner_id"] == (2, 3) for s in plan.steps)
    assert any("touches" in w for w in plan.warnings)


def test_clarification_then_choice_gives_a_ready_plan(chat):
    plan = chat.plan("remind me to call Dana tomorrow", ALEX, today=TODAY)
    assert plan.status == "needs_clarification"
    clar = plan.clarifications[0]
    assert [o.id for o in clar.options] == ["contacts:1", "contacts:2"]
    picked = chat.plan("remind me to call Dana tomorrow", ALEX, today=TODAY, choices={clar.mention: "contacts:2"})
    assert picked.status == "ready" and picked.steps[0].changes["contact_id"] == (None, 2)


def test_session_references_resolve_and_sessions_do_not_leak(chat):
    chat.plan("log a call with Marcus Webb", ALEX, "s-a", TODAY)
    follow = chat.plan("remind me to follow him up tomorrow", ALEX, "s-a", TODAY)
    assert follow.steps[0].changes["contact_id"] == (None, 3)
    other = chat.plan("remind me to follow him up tomorrow", ALEX, "s-b", TODAY)
    assert "contact_id" not in other.steps[0].changes


def test_unknown_records_and_stages_are_reported_not_invented(chat):
    assert "Foobar" in chat.plan("move the Foobar deal to won", ALEX, today=TODAY).errors[0]
    assert "on hold" in chat.plan("set the Initech deal stage to On Hold", ALEX, today=TODAY).errors[0].lower()


def test_no_op_changes_are_rejected_with_a_reason(chat):
    plan = chat.plan("move the Hooli security add-on to negotiation", ALEX, today=TODAY)
    assert plan.status == "rejected" and "already" in plan.errors[0]


def test_edit_values_revalidates(chat):
    plan = chat.plan("set the Initech analytics suite amount to 40k", ALEX, today=TODAY)
    edited = chat.edit(plan, {(0, "amount"): "42,500"})
    assert edited.steps[0].changes["amount"] == (36000, 42500) and edited.plan_id != plan.plan_id
    bad = chat.edit(plan, {(0, "amount"): "lots"})
    assert bad.errors and "amount" in bad.errors[0]
    stage = chat.edit(chat.plan("move the Initech analytics suite to negotiation", ALEX, today=TODAY),
                      {(0, "stage"): "Dreaming"})
    assert "stage must be one of" in stage.errors[0]


def test_new_records_can_be_referred_to_in_the_same_sentence(chat, demo_db):
    plan = chat.plan("add a company called Nimbus Freight (nimbusfreight.com) and a contact Ava Marsh there",
                     ALEX, today=TODAY)
    company, contact = plan.steps
    assert contact.changes["company_id"] == (None, company.id)
    chat.apply(plan, ALEX)
    assert demo_db.scalar("SELECT c.name FROM contacts p JOIN companies c ON c.id = p.company_id "
                          "WHERE p.first_name = 'Ava'") == "Nimbus Freight"


def test_a_change_to_the_value_a_record_already_has_says_so_with_names_not_ids(chat, demo_db):
    row = demo_db.one("SELECT d.name, u.name AS owner, u.email FROM deals d JOIN users u ON u.id = d.owner_id "
                      "WHERE d.stage = 'Proposal' ORDER BY d.id LIMIT 1")
    plan = chat.plan(f"give the {row['name']} to {row['owner'].split()[0]}", "jordan@autocrm.local", today=TODAY)
    text = " ".join(plan.errors)
    assert not plan.steps and f"already has owner {row['owner']}" in text and "_id" not in text, text
