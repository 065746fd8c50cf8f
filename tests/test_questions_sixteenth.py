"""Question families the sixteenth question set's dev half found at first look (53/60 right or honest, 7 confidently
wrong), over the demo data, with sentences of our own (not the set's)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.test_question_sets import TODAY, ask, chat  # noqa: F401  (the demo world and the asking helper, shared)

OPEN = "d.stage NOT IN ('Closed Won', 'Closed Lost') AND d.deleted_at IS NULL"


def _open_of(store, email):
    return store.one(f"SELECT count(*) AS n, sum(d.amount) AS total FROM deals d JOIN users u ON u.id = d.owner_id "
                     f"WHERE u.email = ? AND {OPEN}", [email])


def test_hey_without_a_comma_is_a_greeting_not_a_record(chat):
    _, store = chat
    sam = _open_of(store, "sam@autocrm.local")
    answer = ask(chat, "hi what does sam's open pipeline look like", "jordan@autocrm.local")
    assert answer.startswith(f"{sam['n']} deals") and f"${sam['total']:,.0f}" in answer, answer


def test_a_dollar_sign_asks_for_value_and_a_breakdown_with_its_leader_shows_both(chat):
    _, store = chat
    top = store.one(f"SELECT d.stage, sum(d.amount) AS total FROM deals d WHERE {OPEN} GROUP BY 1 ORDER BY 2 DESC LIMIT 1")
    answer = ask(chat, "which stage holds the most $ right now?", "jordan@autocrm.local")
    assert answer.startswith(top["stage"]) and f"${top['total']:,.0f}" in answer, answer
    both = ask(chat, "open deals per stage - and which stage has the most $?", "jordan@autocrm.local")
    assert both.startswith(top["stage"]) and len([ln for ln in both.split("\n") if ln.startswith("- ")]) >= 3, both


def test_last_time_anyone_spoke_to_a_company_is_a_question_not_an_activity_to_log(chat):
    service, store = chat
    row = store.one("SELECT co.name, a.subject FROM activities a JOIN companies co ON co.id = a.company_id "
                    "WHERE a.deleted_at IS NULL ORDER BY a.occurred_at DESC LIMIT 1")
    plan = service.plan(f"right, {row['name'].lower()} - last time someone spoke to them? and about what",
                        "jordan@autocrm.local", None, TODAY)
    assert plan.intent == "question" and row["subject"] in plan.answer, plan.answer


def test_what_is_still_open_on_my_plate_lists_my_open_tasks(chat):
    _, store = chat
    n = store.one("SELECT count(*) AS n FROM tasks t JOIN users u ON u.id = t.owner_id WHERE u.email = "
                  "'priya@autocrm.local' AND t.completed_at IS NULL AND t.deleted_at IS NULL")["n"]
    answer = ask(chat, "what's still outstanding on my plate?", "priya@autocrm.local")
    assert answer.startswith(f"{n} tasks (open"), answer


def test_who_to_call_about_the_quietest_deal_names_its_contact(chat):
    service, store = chat
    answer = ask(chat, "which of my open deals has sat quiet the longest, and who's the contact?", "priya@autocrm.local")
    deal = answer.split(" is ", 1)[1].split(":", 1)[0]
    contact = store.one("SELECT c.first_name || ' ' || c.last_name AS name FROM deals d JOIN contacts c ON c.id = "
                        "d.contact_id WHERE d.name = ?", [deal])
    assert answer.startswith("The deal longest without activity") and contact["name"] in answer, answer


def test_close_before_a_bare_day_of_the_month_filters_the_close_dates(chat):
    _, store = chat
    day = dt.date(2026, 12, 10)
    names = [r["name"] for r in store.query(f"SELECT d.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE "
                                            f"u.email = 'priya@autocrm.local' AND {OPEN} AND d.close_date < ?", [day])]
    answer = ask(chat, "my deals due to close before the 10th?", "priya@autocrm.local")
    assert answer.startswith(f"{len(names)} deal") and all(n in answer for n in names), answer


def test_between_now_and_month_end_with_the_total_too_lists_them(chat):
    _, store = chat
    end = dt.date(2026, 11, 30)
    rows = store.query(f"SELECT d.name, d.amount FROM deals d WHERE {OPEN} AND d.close_date BETWEEN ? AND ?", [TODAY, end])
    answer = ask(chat, "what's remaining to close from today till month-end, total too", "jordan@autocrm.local")
    assert f"${sum(r['amount'] for r in rows):,.0f}" in answer and all(r["name"] in answer for r in rows), answer


def test_a_comparison_asked_by_how_much_gives_the_difference(chat):
    _, store = chat
    a, b = _open_of(store, "priya@autocrm.local"), _open_of(store, "sam@autocrm.local")
    answer = ask(chat, "how far ahead of sam is priya on open pipeline - what's the gap?", "jordan@autocrm.local")
    assert f"by ${abs(a['total'] - b['total']):,.0f}" in answer, answer


@pytest.mark.parametrize("text", ["has dana smith read the email i sent yet? did she open it", "did dana lee click on the "
                                  "pricing link i sent", "how many demos are we going to run next month"])
def test_email_opens_and_future_activity_are_declined(chat, text):
    answer = ask(chat, text)
    assert answer.startswith(("That is not something", "I can't answer")), answer


# -- the sixteenth set's held-out half, read after its one scoring (55/60 right or honest, 5 confidently wrong) -------
def test_my_deals_on_accounts_someone_else_owns(chat):
    _, store = chat
    rows = store.query("SELECT d.name FROM deals d JOIN companies c ON c.id = d.company_id JOIN users u ON u.id = "
                       "d.owner_id WHERE u.email = 'priya@autocrm.local' AND c.owner_id <> d.owner_id AND d.deleted_at IS NULL "
                       "AND d.stage NOT IN ('Closed Won', 'Closed Lost')")
    answer = ask(chat, "my open opps that sit on accounts that aren't mine?", "priya@autocrm.local")
    assert answer.startswith(f"{len(rows)} deal") and all(r["name"] in answer for r in rows), answer


def test_the_biggest_loss_i_ever_had_is_mine_and_the_future_has_no_activity(chat):
    _, store = chat
    row = store.one("SELECT d.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE u.email = 'priya@autocrm.local' AND "
                    "d.stage = 'Closed Lost' AND d.deleted_at IS NULL ORDER BY d.amount DESC LIMIT 1")
    assert row["name"] in ask(chat, "biggest deal i've ever lost", "priya@autocrm.local")
    answer = ask(chat, "how many calls did i log on the 3rd of next month?", "priya@autocrm.local")
    assert answer.startswith("That period") and "not started" in answer, answer


def test_what_happened_with_our_deals_at_a_company_lists_them_with_their_outcome(chat):
    _, store = chat
    row = store.one("SELECT c.name, count(*) AS n FROM deals d JOIN companies c ON c.id = d.company_id WHERE d.deleted_at IS "
                    "NULL GROUP BY 1 HAVING count(*) > 1 ORDER BY 1 LIMIT 1")
    answer = ask(chat, f"{row['name'].lower()} - what's happened to the deals there?", "jordan@autocrm.local")
    assert f"{row['n']} deals (all" in answer, answer


def test_the_product_deal_among_several_asks_which(chat):
    answer = ask(chat, "when does the analytics suite deal close?", "sam@autocrm.local")
    assert answer.endswith("Which one?") and "$" not in answer, answer
