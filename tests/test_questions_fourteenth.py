"""Question families the fourteenth question set's dev half found at first look (59/60 right or honest, 1 confidently
wrong), over the demo data, with sentences of our own (not the set's)."""
from __future__ import annotations

import pytest

from tests.test_question_sets import TODAY, ask, chat  # noqa: F401  (the demo world and the asking helper, shared)


def _account(store, owner_email):
    return store.one("SELECT c.name, u.name AS owner FROM companies c JOIN users u ON u.id = c.owner_id WHERE u.email = ? "
                     "ORDER BY c.id LIMIT 1", [owner_email])


def test_is_it_my_account_says_yes_or_no_with_the_account_owner(chat):
    """'does <rep> own the <company> account?' once listed that rep's deals there, not the account's owner."""
    _, store = chat
    mine = _account(store, "alex@autocrm.local")
    assert ask(chat, f"is {mine['name'].lower()} my account").startswith(f"Yes: the account owner of {mine['name']} is "
                                                                          "Alex Morgan")
    answer = ask(chat, f"does priya own the {mine['name'].lower()} account?")
    assert answer.startswith("No:") and "Alex Morgan" in answer and "$" not in answer


def test_is_a_rep_the_owner_of_a_deal(chat):
    _, store = chat
    deal = store.one("SELECT d.name, u.name AS owner FROM deals d JOIN users u ON u.id = d.owner_id "
                     "WHERE u.email = 'sam@autocrm.local' ORDER BY d.id LIMIT 1")
    assert ask(chat, f"is sam the owner of the {deal['name'].lower()}?").startswith("Yes:")
    assert ask(chat, f"is priya the owner of the {deal['name'].lower()}?") == \
        f"No: the owner of {deal['name']} is {deal['owner']}."


def test_a_count_and_then_who_at_the_same_company_answers_both(chat):
    """'how many contacts at <company> and who's the CEO' once answered the CEO alone (the count dropped, confidently)."""
    _, store = chat
    row = store.one("SELECT co.name, count(*) AS n FROM contacts c JOIN companies co ON co.id = c.company_id "
                    "GROUP BY co.name HAVING count(*) > 2 ORDER BY co.name LIMIT 1")
    answer = ask(chat, f"how many people do we have at {row['name'].lower()} and who's the cfo")
    assert f"({row['n']})" in answer.split("\n")[0], answer
    assert "CFO" in answer or "no contact" in answer.lower() or "can't" in answer


def test_a_count_and_then_who_has_the_most_answers_both(chat):
    answer = ask(chat, "how many open tasks are overdue, and who's got the most?")
    lines = answer.split("\n")
    assert lines[0][0].isdigit() and "has the most" in answer, answer


def test_a_field_named_with_its_record_is_a_question_and_a_second_part_borrows_the_record(chat):
    _, store = chat
    deal = store.one("SELECT d.name, d.close_date, c.first_name || ' ' || c.last_name AS contact FROM deals d "
                     "JOIN contacts c ON c.id = d.contact_id ORDER BY d.id LIMIT 1")
    answer = ask(chat, f"quick one - close date on the {deal['name'].lower()} + who's the contact there")
    assert str(deal["close_date"]) in answer and deal["contact"] in answer, answer
    p = chat[0].plan(f"close date on the {deal['name'].lower()} should be jan 9", "alex@autocrm.local", None, TODAY)
    assert p.intent != "question"  # a value said: a change, not a question


@pytest.mark.parametrize("text", ["open deals with no activity in over 3 weeks?",
                                  "which deals have had no activity in more than 3 weeks"])
def test_no_activity_in_over_n_weeks_is_the_quiet_filter(chat, text):
    assert "no activity in 21 days" in ask(chat, text)


def test_a_quarter_of_next_year_and_next_years_closes_are_periods_not_predictions(chat):
    _, store = chat
    n = store.one("SELECT count(*) AS n FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost') AND "
                  "close_date BETWEEN ? AND ?", [f"{TODAY.year + 1}-04-01", f"{TODAY.year + 1}-06-30"])["n"]
    assert ask(chat, "how many deals r closing in q2 next yr").startswith(f"{n} deal")
    assert "next year" in ask(chat, "what's due to close next year")
    assert ask(chat, "what will our revenue be next year").startswith("That is not something")


def test_shorthand_at_the_moment(chat):
    assert "in Qualified" in ask(chat, "how much have i got in qualified atm")


# Families its held-out half found (scored once at 9ec4751: 53/60 right or honest, 7 confidently wrong)

def test_deals_not_closed_yet_are_the_open_ones(chat):
    """'…and aren't closed yet' once answered with closed deals (0 of them)."""
    _, store = chat
    n = store.one("SELECT count(*) AS n FROM deals WHERE owner_id = (SELECT id FROM users WHERE email = "
                  "'alex@autocrm.local') AND stage NOT IN ('Closed Won', 'Closed Lost') AND close_date < ?", [TODAY])["n"]
    assert n > 0
    for text in ("which of my deals are past their close date but haven't been closed yet",
                 "my deals whose close date went by without being closed out"):
        assert ask(chat, text).startswith(f"{n} deal") and "(open" in ask(chat, text)


def test_a_range_of_weekdays_is_a_period(chat):
    answer = ask(chat, "what have i got due fri thru sun", "priya@autocrm.local")
    assert "due from 2026-11-20 to 2026-11-22" in answer, answer


def test_the_oldest_of_several_tied_names_all_of_them(chat):
    _, store = chat
    rows = store.query("SELECT title FROM tasks WHERE status = 'open' AND due_date = (SELECT min(due_date) FROM tasks "
                     "WHERE status = 'open' AND due_date < ?)", [TODAY])
    answer = ask(chat, "which overdue task has been waiting the longest")
    for r in rows:
        assert r["title"] in answer


def test_whether_a_customer_opened_an_email_is_not_recorded(chat):
    assert ask(chat, "did they open my last email?").startswith("That is not something")


def test_a_company_name_with_another_sector_word_is_another_company(chat):
    """'<one-word company> Logistics' once answered about the one-word company."""
    _, store = chat
    one_word = store.one("SELECT name FROM companies WHERE name NOT LIKE '% %' ORDER BY id LIMIT 1")["name"]
    assert ask(chat, f"any open tasks for {one_word.lower()} logistics").startswith("I couldn't find")
    assert not ask(chat, f"any open tasks for {one_word.lower()} inc").startswith("I couldn't find")


def test_my_deals_on_accounts_another_rep_owns(chat):
    """'which of my deals sit on accounts that <rep> owns' once listed that rep's own deals."""
    _, store = chat
    rows = store.query("SELECT d.name, d.stage FROM deals d JOIN companies c ON c.id = d.company_id WHERE d.owner_id = "
                     "(SELECT id FROM users WHERE email = 'sam@autocrm.local') AND c.owner_id = (SELECT id FROM users "
                     "WHERE email = 'priya@autocrm.local')")
    answer = ask(chat, "which of my deals are on accounts priya owns", "sam@autocrm.local")
    assert rows and all(r["name"] in answer for r in rows), answer
    assert "owner Priya Patel" not in answer


@pytest.mark.parametrize("text, part", [
    ("how many of my contacts r at oppurtunity stage", "lifecycle opportunity"),
    ("how does my closed-won this year stack up vs sam's", "Sam Rivera"),
    ("which rep has teh most open pipeline", "has the most"),
    ("prepping for my pipeline review - which of my proposals have gone quiet for 3 weeks?", "no activity in 21 days"),
])
def test_wording_the_fourteenth_set_used(chat, text, part):
    assert part in ask(chat, text, "priya@autocrm.local")


def test_what_a_company_bought_is_its_won_deals(chat):
    _, store = chat
    won = store.one("SELECT d.name, c.name AS company FROM deals d JOIN companies c ON c.id = d.company_id "
                    "WHERE d.stage = 'Closed Won' ORDER BY d.id LIMIT 1")
    assert won["name"] in ask(chat, f"what has {won['company'].lower()} bought from us")


# Families the fifteenth set's dev half found at first look (54/60 right or honest, 6 confidently wrong)

def test_a_tie_for_the_smallest_or_largest_names_every_tied_deal(chat):
    _, store = chat
    low = store.query("SELECT name FROM deals WHERE owner_id = (SELECT id FROM users WHERE email = 'alex@autocrm.local') "
                      "AND stage NOT IN ('Closed Won', 'Closed Lost') AND amount = (SELECT min(amount) FROM deals WHERE "
                      "owner_id = (SELECT id FROM users WHERE email = 'alex@autocrm.local') AND stage NOT IN "
                      "('Closed Won', 'Closed Lost'))")
    answer = ask(chat, "what's the smallest open deal i have")
    assert all(r["name"] in answer for r in low), answer


def test_accounts_of_an_industry_and_who_owns_them(chat):
    _, store = chat
    rows = store.query("SELECT c.name, u.name AS owner FROM companies c JOIN users u ON u.id = c.owner_id "
                       "WHERE c.industry = 'Healthcare'")
    answer = ask(chat, "how many healthcare companies have we got and who owns them")
    assert answer.startswith(f"{len(rows)} compan") and all(f"{r['name']}: owner {r['owner']}" in answer for r in rows)


@pytest.mark.parametrize("text, start", [
    ("how many deals sit at the Verbal Yes stage?", "There is no stage called “Verbal Yes”"),
    ("how many emails did Gustavo send last week", "I couldn't find anyone called “Gustavo”"),
    ("list my high priority tasks", "That is not something"),
])
def test_what_the_crm_does_not_hold_is_declined(chat, text, start):
    assert ask(chat, text).startswith(start)


def test_when_did_i_last_log_something_is_a_question(chat):
    assert "Last touch by you" in ask(chat, "when did i last log anything on the woodgrove deal?", "priya@autocrm.local")


@pytest.mark.parametrize("text, part", [
    ("morning! what's on my plate for tomorrow", "due tomorrow"),
    ("quick q before the 1:1s - how many deals close in december", "closing in December"),
    ("ok so im prepping for the pipeline review, what have i got closing in the next 2 weeks", "closing in the next 2 weeks"),
    ("how many contacts are leads at the moment", "lifecycle lead"),
    ("did proseware actually buy anything?", "(won, at Proseware)"),
    ("am i ahead of sam on closed-won this year?", "Sam Rivera"),
    ("do i own any of the proseware deals? who has them", "owner"),
])
def test_wording_the_fifteenth_set_used(chat, text, part):
    assert part in ask(chat, text)
