"""Requests that used to produce a ready plan changing the wrong thing (found on the held-out halves of the second
and third fixtures), each with the plan it must produce now. Written over those fixtures, not the demo data."""
from __future__ import annotations

import datetime as dt

import pytest

from core.chat import ChatService
from core.store import Store
from tests.corpus import fixture_b, fixture_c


def _world(fx):
    mp = pytest.MonkeyPatch()
    mp.setenv("CRM_PIPELINE", ",".join(fx.PIPELINE))
    store = Store(":memory:")
    fx.generate(store, fx.TODAY)
    return mp, store, (ChatService(store), store, fx)


@pytest.fixture
def hvac():
    """The second fixture: an HVAC contractor."""
    mp, store, world = _world(fixture_b)
    yield world
    store.close()
    mp.undo()


@pytest.fixture
def roaster():
    """The third fixture: a coffee roaster."""
    mp, store, world = _world(fixture_c)
    yield world
    store.close()
    mp.undo()


def plan(world, text, user=None):
    chat, _, fx = world
    return chat.plan(text, user or fx.USERS[0][2], None, fx.TODAY)


def steps(p):
    return [(s.op, s.id, {k: v[1] for k, v in s.changes.items()}) for s in p.steps]


def test_deleting_a_logged_call_is_refused_and_never_deletes_the_person(hvac):
    p = plan(hvac, "delete the last call logged with Colm Dwyer", "freya@brightline-mech.com")  # an admin
    assert p.status == "rejected" and not p.steps
    assert "cannot be deleted" in " ".join(p.errors)


def test_a_stage_filter_written_with_a_hyphen_still_filters(hvac):
    p = plan(hvac, "have Mireille take over all of Ines's walkthrough-stage deals")
    _, store, _ = hvac
    ines = store.scalar("SELECT id FROM users WHERE name LIKE 'Ines%'")
    expected = [r[0] for r in store.execute("SELECT id FROM deals WHERE owner_id = ? AND stage = 'Walkthrough' "
                                            "AND deleted_at IS NULL ORDER BY id", [ines]).fetchall()]
    assert [s[1] for s in steps(p)] == expected and all(op == "update_deal" for op, _, _ in steps(p))
    assert {tuple(c) for _, _, c in steps(p)} == {("owner_id",)}


def test_all_of_a_reps_leads_means_their_lead_contacts(hvac):
    _, store, _ = hvac
    p = plan(hvac, "reassign all of Ines's leads to Tomas", "freya@brightline-mech.com")
    ines = store.scalar("SELECT id FROM users WHERE name LIKE 'Ines%'")
    expected = [r[0] for r in store.execute("SELECT id FROM contacts WHERE owner_id = ? AND lifecycle_stage = 'lead' "
                                            "AND deleted_at IS NULL ORDER BY id", [ines]).fetchall()]
    assert [s[1] for s in steps(p)] == expected


def test_a_bare_make_a_task_does_not_add_a_second_task(hvac):
    p = plan(hvac, "need to send Bram the revised drawings tomorrow, make a task")
    assert [s[0] for s in steps(p)] == ["create_task"]
    assert "make a task" not in steps(p)[0][2]["title"]


def test_a_misspelt_weekday_and_a_day_of_the_month_are_dates(hvac):
    p = plan(hvac, "remnd me to call Declan Folye on Munday")
    assert steps(p)[0][2]["due_date"] == "2027-09-20"
    p = plan(hvac, "remind me to send Colm Dwyer the lease terms by the 16th")
    assert steps(p)[0][2]["due_date"] == "2027-09-16"


@pytest.mark.parametrize("text, field, value", [
    ("New contact Saskia Vermeer, Tern & Tide Bakery, she's already a customer", "lifecycle_stage", "customer"),
    ("please add Marek Novotny, procurement at Tern & Tide Bakery, marek@example.com, and make him a prospect",
     "lifecycle_stage", "prospect"),
    ("start a new deal with Foxglove Studios for office pods, 5,400, Kwame will own it", "owner_id", 2),
    ("new deal: Cold Brew Kegs Summer for Tern & Tide Bakery, 20k", "name", "Cold Brew Kegs Summer"),
    ("new deal for Drumlin Accountancy, barista training 3k... wait no, make it machine lease, same amount",
     "product", "Machine Lease"),
])
def test_what_a_create_says_is_what_it_sets(roaster, text, field, value):
    p = plan(roaster, text)
    assert p.status == "ready" and len(p.steps) == 1, p
    assert steps(p)[0][2][field] == value
    assert "title" not in steps(p)[0][2] or steps(p)[0][2]["title"] != "Tern & Tide Bakery"


@pytest.mark.parametrize("text, op, changes", [
    ("Calla Whitford's last name is now Whitford-Baines", "update_contact", {"last_name": "Whitford-Baines"}),
    ("Tern & Tide Bakery is now called Tern & Tide Patisserie", "update_company", {"name": "Tern & Tide Patisserie"}),
    ("could you change Tern & Tide Bakery's industry to Patisserie please", "update_company",
     {"industry": "Patisserie"}),
])
def test_renames_and_field_values_are_read_whole(roaster, text, op, changes):
    p = plan(roaster, text)
    assert [(s[0], s[2]) for s in steps(p)] == [(op, changes)]


def test_a_deal_created_with_him_is_linked_to_the_person_just_named(roaster):
    p = plan(roaster, "meeting with Perrin Castellanos yesterday; create a 6k Cold Brew Kegs deal for Copperline "
                    "Bakehouse with him")
    meeting, deal = steps(p)
    assert deal[0] == "create_deal" and deal[2]["contact_id"] == meeting[2]["contact_id"]


def test_a_deal_question_with_an_amount_filter_answers_that_question(roaster):
    _, store, _ = roaster
    over = plan(roaster, "which open deals are over 40k?")
    names = {r[0] for r in store.execute("SELECT name FROM deals WHERE amount > 40000 AND stage NOT IN "
                                         "('Signed', 'Declined') AND deleted_at IS NULL").fetchall()}
    assert over.intent == "question" and f"{len(names)} deals" in over.answer
    small = store.execute("SELECT name FROM deals WHERE amount <= 40000 AND stage NOT IN ('Signed', 'Declined') "
                          "AND deleted_at IS NULL").fetchall()
    assert not any(n in over.answer for (n,) in small)  # never the deals it was asked to leave out


@pytest.fixture
def installer():
    """The fourth fixture: a managed-IT installer."""
    from tests.corpus import fixture_d
    mp, store, world = _world(fixture_d)
    yield world
    store.close()
    mp.undo()


@pytest.mark.parametrize("text, why", [
    ("Ashgrove Clinic Wi-Fi Refresh amount -4k", "negative"),
    ("Merge Imelda Castell and Imelda Thwaite.", "Merging"),
])
def test_requests_it_cannot_do_are_refused_not_answered_as_something_else(installer, text, why):
    p = plan(installer, text, "henrike@halyardnet.io")
    assert p.status == "rejected" and not p.steps and p.answer is None
    assert why in " ".join(p.errors)


def test_a_name_one_letter_from_a_month_stays_a_name(installer):
    p = plan(installer, "new lead at Greyfriars Veterinary Hospital: Odette Marchal, give her to Casimir")
    (op, _, f), = steps(p)
    assert (f["first_name"], f["last_name"], f["owner_id"]) == ("Odette", "Marchal", 2) and "title" not in f


def test_the_days_inside_a_note_are_its_content_not_its_date(installer):
    p = plan(installer, "note on Greyfriars Vet Phone System: handsets arrive Thursday")
    assert str(steps(p)[0][2]["occurred_at"]).startswith("2029-10-16")


def test_the_kind_the_rep_says_it_was_wins(installer):
    p = plan(installer, "I didn't email Valentina Strozzi, I called her — log it as a call")
    assert steps(p)[0][2]["type"] == "call"


def test_two_people_with_the_task_name_are_asked_about(installer):
    p = plan(installer, "done — sent the Wi-Fi heatmap to Desmond")
    assert p.status == "needs_clarification" and not p.steps


@pytest.mark.parametrize("text, check", [
    ("give my 'Deliver handsets to Greyfriars' task to Casimir", lambda p: p.status == "rejected" and not p.steps),
    ("dropped in on Ambrose Tiller at Ashgrove Primary School this morning",
     lambda p: [s.op for s in p.steps] == ["log_activity"] and p.steps[0].changes["type"][1] == "meeting"),
    ("remind me Thursday, er, Friday to call Florian Dusek",
     lambda p: str(p.steps[0].changes["due_date"][1]) == "2029-10-19"),
])
def test_found_after_the_fourth_held_out_scoring(installer, text, check):
    """Wrong ready plans of the fourth held-out half (scored once first; its figure stays the one reported)."""
    assert check(plan(installer, text))


def test_deals_described_by_what_we_did_are_not_marked(hvac):
    """'the deals we've won this year were …' describes which deals, it asks for nothing (it used to mark every open
    deal won); a bulk change keeps the month or year said for the closed deals it selects."""
    p = plan(hvac, "the deals we've won this year were mostly maintenance contracts")
    assert not p.steps
    p = plan(hvac, "the jobs we lost last month were all on price")
    assert not any(s.changes.get("stage") for s in p.steps)
    _, store, fx = hvac
    lost = store.query("SELECT id, close_date FROM deals WHERE stage = 'Lost' AND deleted_at IS NULL")
    months = {r["close_date"].month for r in lost if r["close_date"]}
    month = max(months, key=lambda m: sum(r["close_date"].month == m for r in lost if r["close_date"]))
    name = ["", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december"][month]
    nearest = {r["id"] for r in lost if r["close_date"] and r["close_date"].month == month and
               abs((r["close_date"] - fx.TODAY).days) < 200}
    p = plan(hvac, f"reopen every deal we lost in {name} as inquiry", fx.USERS[-1][2])
    assert p.steps and {s.id for s in p.steps} == nearest, (p.errors, [s.id for s in p.steps])


def test_them_all_after_a_list_of_deals_means_exactly_those_deals(hvac):
    chat, store, fx = hvac
    me = fx.USERS[0][2]
    answer = chat.plan("which deals have had no activity for 3 weeks?", me, "s-them", fx.TODAY)
    listed = {r["id"] for r in answer.table}
    assert len(listed) > 15  # more than the answer shows: "them all" is every deal it counted
    lost = chat.plan("mark them all lost", me, "s-them", fx.TODAY)
    assert lost.ready and {s.id for s in lost.steps} == listed
    assert all(s.changes == {"stage": (s.changes["stage"][0], "Lost")} for s in lost.steps)
    pushed = chat.plan("push all of them out a week", me, "s-them", fx.TODAY)
    assert pushed.ready and {s.id for s in pushed.steps} == listed
    for s in pushed.steps:
        old, new = s.changes["close_date"]
        assert (dt.date.fromisoformat(str(new)) - dt.date.fromisoformat(str(old))).days == 7


def test_them_all_without_a_list_or_after_a_ranking_is_asked_not_guessed(hvac):
    chat, store, fx = hvac
    me = fx.USERS[0][2]
    assert not chat.plan("mark them all lost", me, "s-none", fx.TODAY).steps
    chat.plan("who owns the most deals?", me, "s-rank", fx.TODAY)  # a ranking of reps, not a list of deals
    assert not chat.plan("mark them all lost", me, "s-rank", fx.TODAY).steps
