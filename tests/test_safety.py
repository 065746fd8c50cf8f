"""The plans that used to change the wrong thing, and the families the engine used to miss (demo data).

Each case states the request, then the one plan (or refusal, or no change) a careful admin would accept."""
import pytest

from core.chat import ChatService
from tests.conftest import ROOT, TODAY

ALEX, JORDAN = "alex@autocrm.local", "jordan@autocrm.local"


@pytest.fixture
def chat(demo_db):
    return ChatService(demo_db)


def plan(chat, text, user=ALEX):
    return chat.plan(text, user, None, today=TODAY)


def changes(p):
    return [(s.op, s.id, {f: v[1] for f, v in s.changes.items() if f not in ("title", "subject", "body")})
            for s in p.steps]


@pytest.mark.parametrize("text", ["don't move the Acme Corp Renewal to negotiation", "never mind",
                                  "please do not change the Hooli security add-on amount"])
def test_requests_for_no_change_plan_nothing(chat, text):
    p = plan(chat, text)
    assert not p.steps and not p.ready and p.errors


def test_a_negated_clause_is_not_planned_but_the_rest_is(chat):
    p = plan(chat, "move the Acme Corp Renewal to negotiation, but don't change the amount")
    assert changes(p) == [("update_deal", 1, {"stage": "Negotiation"})]


def test_remind_me_to_remove_is_a_task_not_a_delete(chat):
    p = plan(chat, "remind me to remove Dana Smith from the newsletter")
    assert [s.op for s in p.steps] == ["create_task"]
    assert "remove" in p.steps[0].changes["title"][1].lower()


def test_cancelling_a_task_is_refused_with_the_reason(chat):
    p = plan(chat, "cancel my follow-up task for Acme Corp")
    assert not p.steps and "cannot be cancelled" in p.errors[0]


def test_a_filter_stage_never_becomes_the_new_stage(chat, demo_db):
    p = plan(chat, "close as lost every deal in proposal that closes before Dec 5", JORDAN)
    expected = [r["id"] for r in demo_db.query(
        "SELECT id FROM deals WHERE stage = 'Proposal' AND close_date < DATE '2026-12-05' AND deleted_at IS NULL "
        "ORDER BY id")]
    assert expected and [s.id for s in p.steps] == expected
    assert all(s.changes == {"stage": ("Proposal", "Closed Lost")} for s in p.steps)


def test_instead_of_names_the_old_value(chat):
    p = plan(chat, "the Acme Corp Renewal should close on Jan 15 instead of Dec 5")
    assert changes(p) == [("update_deal", 1, {"close_date": "2027-01-15"})]


def test_from_old_to_new_amount(chat):
    p = plan(chat, "change the Acme Corp Renewal amount from 42k to 45k")
    assert changes(p) == [("update_deal", 1, {"amount": 45000})]


@pytest.mark.parametrize("text", ["set the Acme Corp Renewal amount to minus 5000",
                                  "set the Acme Corp Renewal amount to -5000"])
def test_negative_amounts_are_refused(chat, text):
    p = plan(chat, text)
    assert not p.steps and "negative" in " ".join(p.errors)


def test_owner_idioms(chat):
    assert changes(plan(chat, "Priya is taking over Dana Smith")) == [("update_contact", 1, {"owner_id": 2})]
    p = plan(chat, "Got a new lead, Marta Quinn from Globex — could you put her in the crm and give her to Sam?")
    assert [(s.op, s.changes["owner_id"][1], s.changes["company_id"][1]) for s in p.steps] == \
        [("create_contact", 3, 3)]


def test_contact_as_a_comma_list(chat):
    p = plan(chat, "Add Lena Fox, CTO of Globex, lena@globex.com")
    assert changes(p) == [("create_contact", 121, {"first_name": "Lena", "last_name": "Fox", "company_id": 3,
                                                   "email": "lena@globex.com", "owner_id": 1,
                                                   "lifecycle_stage": "lead"})]


def test_several_typos_in_one_sentence(chat):
    assert changes(plan(chat, "mvoe the acme corp renwal to negotiaton")) == \
        [("update_deal", 1, {"stage": "Negotiation"})]


def test_a_stated_owner_is_not_read_as_the_new_owner(chat):
    """Grounding: a user named only as the current owner ("Alex's deals") is never written as the new owner."""
    p = plan(chat, "give all of Alex's qualified deals a close date of Dec 20")
    assert all("owner_id" not in s.changes for s in p.steps)


def test_core_holds_no_demo_names():
    """Names, companies and products of the demo data belong in data/ and tests/, never in core/."""
    from data import demo

    names = {u[1] for u in demo.USERS} | {u[1].split()[0] for u in demo.USERS}
    names |= {c[0] for c in demo.COMPANIES} | {f"{c[0]} {c[1]}" for c in demo.FIXED_CONTACTS}
    names |= {d[0] for d in demo.FIXED_DEALS}
    names |= {c[0].split()[0] for c in demo.COMPANIES if c[0].split()[0] not in (
        "Blue", "Fourth", "Massive", "Adventure", "Alpine", "Trey", "Sterling", "Monarch", "Prestige", "Bluth")}
    found = []
    for path in (ROOT / "core").rglob("*"):
        if path.suffix not in (".py", ".json", ".txt") or "__pycache__" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        import re
        for name in names:
            if re.search(rf"\b{re.escape(name)}\b", text, re.I):
                found.append(f"{path.relative_to(ROOT)}: {name}")
    assert found == []
