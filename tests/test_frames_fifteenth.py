"""Families the fifteenth corpus (tests/corpus/fixture_o.py: a lift engineering firm) showed at first look (dev
115/150, 9 wrong ready plans), tried here over fixture N (fire protection) with sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.test_frames_filters_and_names import _fixture_world

ADMIN, ANNELI, TARIQ, MEHTAP = "ruxandra@flintlockfire.com", 1, 3, 4


@pytest.fixture(scope="module")
def fire():
    yield from _fixture_world("fixture_n")


def _changes(p):
    return [(s.op, s.id, {k: v[1] for k, v in s.changes.items()}) for s in p.steps]


def _plan(fire, text, who):
    chat, _, fx = fire
    return chat.plan(text, who, None, fx.TODAY)


def _overdue(store, owner, today):
    return [r["id"] for r in store.query("SELECT id FROM tasks WHERE owner_id = ? AND status = 'open' AND due_date < ? "
                                          "ORDER BY id", [owner, today])]


@pytest.mark.parametrize("text", [
    "Every task of mine that's gone past its due date can be ticked off as done",
    "All the tasks of me that are overdue, please mark them done.",
])
def test_overdue_tasks_are_chosen_by_the_filter_not_by_the_words_of_their_titles(fire, text):
    store, fx = fire[1], fire[2]
    want = _overdue(store, TARIQ, fx.TODAY)
    assert len(want) >= 2
    p = _plan(fire, text, "tariq@flintlockfire.com")
    assert _changes(p) == [("complete_task", t, {"status": "done"}) for t in want], (text, p.errors, _changes(p))


def test_typed_deletes_are_planned_in_the_order_said(fire):
    store = fire[1]
    person = store.one("SELECT id, first_name || ' ' || last_name AS name, company_id FROM contacts ORDER BY id LIMIT 1")
    co = store.one("SELECT id, name FROM companies WHERE id <> ? ORDER BY id DESC LIMIT 1", [person["company_id"]])
    p = _plan(fire, f"Delete the contact {person['name']} and the company {co['name']}.", ADMIN)
    assert [(s.op, s.id) for s in p.steps] == [("delete_contact", person["id"]), ("delete_company", co["id"])], p.errors


def test_a_new_company_said_to_be_a_reps_to_look_after_is_owned_by_that_rep(fire):
    p = _plan(fire, "Could you add Brackenholme Foundry as a company? It's Mehtap's to look after.",
              "anneli@flintlockfire.com")
    (op, _, fields), = _changes(p)
    assert (op, fields["name"], fields["owner_id"]) == ("create_company", "Brackenholme Foundry", MEHTAP), fields


def test_make_a_deal_for_a_company_creates_one_with_the_amount_said_in_words_and_digits(fire):
    store = fire[1]
    co = store.one("SELECT id, name FROM companies WHERE name = 'Hartsop Leisure Pool'")
    p = _plan(fire, f"Please make a deal for {co['name']}, fire doors, the amount is 12 thousand 250.",
              "anneli@flintlockfire.com")
    (op, _, fields), = _changes(p)
    assert (op, fields["company_id"], fields["amount"], fields["product"]) == ("create_deal", co["id"], 12250,
                                                                               "Fire Doors"), fields


def test_make_the_deal_a_figure_is_still_an_update_not_a_new_deal(fire):
    p = _plan(fire, "make the Luffenham Sprinkler Retrofit deal 61k", "anneli@flintlockfire.com")
    assert [s.op for s in p.steps] == ["update_deal"], _changes(p)


def test_a_task_about_a_deal_named_by_its_own_words_links_that_deal(fire):
    store = fire[1]
    deal = store.one("SELECT id, company_id FROM deals WHERE name = 'Wissett Manor Fire Doors'")
    p = _plan(fire, "I need to move the Wissett fire doors to Tendered once the board has met, so remind me on "
                    "Thursday", "anneli@flintlockfire.com")
    (op, _, fields), = _changes(p)
    assert op == "create_task" and fields["deal_id"] == deal["id"], fields


def test_a_colleague_and_i_talking_logs_no_activity(fire):
    p = _plan(fire, "Lwazi and I talked it over at lunch, so make me the owner of Cottam Film Studios",
              "anneli@flintlockfire.com")
    assert [s.op for s in p.steps] == ["update_company"], _changes(p)


def test_days_of_this_week_between_two_weekdays_are_this_weeks(fire):
    chat, store, fx = fire
    monday = fx.TODAY - dt.timedelta(days=fx.TODAY.weekday())
    p = chat.plan("what have I got due between Wednesday and Sunday of this week?", "mehtap@flintlockfire.com", None,
                  fx.TODAY)
    want = [r["title"] for r in store.query("SELECT title FROM tasks WHERE owner_id = ? AND status = 'open' AND "
                                            "due_date BETWEEN ? AND ?", [MEHTAP, monday + dt.timedelta(days=2),
                                                                         monday + dt.timedelta(days=6)])]
    later = [r["title"] for r in store.query("SELECT title FROM tasks WHERE owner_id = ? AND status = 'open' AND "
                                             "due_date > ?", [MEHTAP, monday + dt.timedelta(days=6)])]
    assert want and all(t in p.answer for t in want) and not any(t in p.answer for t in later), p.answer
