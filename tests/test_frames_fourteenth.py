"""Families the fourteenth corpus (tests/corpus/fixture_n.py: a fire-protection contractor) showed at first look
(dev 112/170 = 65.9%, 12 wrong ready plans), tried here over another world (fixture M, beekeeping) with sentences of
our own (not the corpus's)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.test_frames_filters_and_names import _fixture_world


@pytest.fixture(scope="module")
def apiary():
    yield from _fixture_world("fixture_m")


ADMIN, WIREMU, LEVENTE = "orsolya@hollowmere-apiaries.com", 1, 4


def _changes(p):
    return [(s.op, s.id, {k: v[1] for k, v in s.changes.items()}) for s in p.steps]


def _open_deal(store, offset=0):
    return store.one("SELECT d.id, d.name, d.company_id, c.name AS company FROM deals d JOIN companies c ON c.id = "
                     "d.company_id WHERE d.stage NOT IN ('Placed', 'Swarmed') ORDER BY d.id LIMIT 1 OFFSET ?", [offset])


def _person(store, offset):
    return store.one("SELECT id, first_name || ' ' || last_name AS name, company_id FROM contacts ORDER BY id LIMIT 1 "
                     "OFFSET ?", [offset])


def test_a_change_to_make_once_something_happens_with_remind_me_and_a_day_is_one_task(apiary):
    """'I should put X up to 12k once Y confirms, so remind me tomorrow' once changed the amount now (and made a task)."""
    chat, store, fx = apiary
    deal = _open_deal(store, 3)
    for text in (f"I have to move {deal['name']} to Priced when the survey comes back — remind me Monday",
                 f"As soon as the council signs I should bump {deal['name']} to 9k, so remind me tomorrow"):
        p = chat.plan(text, ADMIN, None, fx.TODAY)
        (op, _, fields), = _changes(p)
        assert op == "create_task" and fields["due_date"] and fields["deal_id"] == deal["id"], (text, fields)


def test_a_corrected_owner_with_a_filler_word_takes_the_second_name(apiary):
    chat, store, fx = apiary
    deal = _open_deal(store, 5)
    p = chat.plan(f"{deal['name']} goes to Itziar — um, no, Levente, Itziar is away", ADMIN, None, fx.TODAY)
    assert _changes(p) == [("update_deal", deal["id"], {"owner_id": LEVENTE})], p.errors


@pytest.mark.parametrize("said, days", [("a week today", 7), ("a fortnight tomorrow", 15)])
def test_a_week_today_is_that_span_from_today(apiary, said, days):
    chat, store, fx = apiary
    who = _person(store, 12)
    p = chat.plan(f"please remind me to phone {who['name']} {said}?", ADMIN, None, fx.TODAY)
    (op, _, fields), = _changes(p)
    assert fields["due_date"] == str(fx.TODAY + dt.timedelta(days=days)) and not fields["title"].endswith("?"), fields


def test_a_rep_down_as_owner_and_a_rep_who_takes_it_are_new_owners(apiary):
    chat, store, fx = apiary
    deal, other = _open_deal(store, 7), _open_deal(store, 9)
    p = chat.plan(f"and Wiremu should be down as owner of the {deal['company']} account", ADMIN, None, fx.TODAY)
    assert _changes(p) == [("update_company", deal["company_id"], {"owner_id": WIREMU})], p.errors
    p = chat.plan(f"{other['name']} was going to Itziar but forget that; Levente takes it", ADMIN, None, fx.TODAY)
    assert _changes(p) == [("update_deal", other["id"], {"owner_id": LEVENTE})], p.errors


def test_make_him_a_task_after_naming_a_rep_gives_the_task_to_that_rep(apiary):
    chat, store, fx = apiary
    deal = store.one("SELECT id, name FROM deals WHERE stage NOT IN ('Placed', 'Swarmed') AND owner_id <> ? ORDER BY id "
                     "LIMIT 1 OFFSET 4", [LEVENTE])
    who = _person(store, 25)
    p = chat.plan(f"Hand {deal['name']} over to Levente and give him a task to email {who['name']} by Friday", ADMIN,
                  None, fx.TODAY)
    steps = _changes(p)
    assert steps[0] == ("update_deal", deal["id"], {"owner_id": LEVENTE})
    assert steps[1][0] == "create_task" and steps[1][2]["owner_id"] == LEVENTE, steps


def test_delete_the_company_named_before_and_a_person_with_it(apiary):
    chat, store, fx = apiary
    who = _person(store, 30)
    company = store.one("SELECT name FROM companies WHERE id = ?", [who["company_id"]])["name"]
    p = chat.plan(f"{company} has gone bust. Please delete the company and {who['name']} too", ADMIN, None, fx.TODAY)
    assert sorted((op, i) for op, i, _ in _changes(p)) == [("delete_company", who["company_id"]),
                                                           ("delete_contact", who["id"])], p.errors


def test_a_listed_lifecycle_stage_of_a_new_contact_is_kept(apiary):
    chat, store, fx = apiary
    company = store.one("SELECT name FROM companies ORDER BY id LIMIT 1 OFFSET 4")["name"]
    p = chat.plan(f"Ottilie Brannagh, {company}, customer - add her please", ADMIN, None, fx.TODAY)
    (op, _, fields), = _changes(p)
    assert op == "create_contact" and fields["lifecycle_stage"] == "customer", fields


def test_someone_and_i_walked_the_site_is_a_meeting_and_the_change_after_it_too(apiary):
    chat, store, fx = apiary
    deal, who = _open_deal(store, 13), _person(store, 6)
    p = chat.plan(f"{who['name']} and I toured the orchard yesterday; {deal['name']} is now at Priced", ADMIN, None,
                  fx.TODAY)
    ops = [op for op, _, _ in _changes(p)]
    assert ops == ["log_activity", "update_deal"], _changes(p)
    assert _changes(p)[0][2]["type"] == "meeting" and _changes(p)[0][2]["contact_id"] == who["id"]


def test_a_demand_described_before_make_that_a_new_deal_is_the_new_deal(apiary):
    """'…, he wants a price for X too, about 7 grand, make that a new deal' once put the 7 grand on the other deal."""
    chat, store, fx = apiary
    deal = _open_deal(store, 2)
    p = chat.plan(f"voice note - {deal['name']} can go to Settled, and she wants a quote for a second apiary as well, "
                  f"roughly 4 grand, make that a new deal for {deal['company']}", ADMIN, None, fx.TODAY)
    steps = _changes(p)
    assert steps[0] == ("update_deal", deal["id"], {"stage": "Settled"}), steps
    assert steps[1][0] == "create_deal" and steps[1][2]["amount"] == 4000, steps


def test_dictated_punctuation_splits_a_call_from_its_reminder(apiary):
    chat, store, fx = apiary
    who = _person(store, 18)
    p = chat.plan(f"called {who['name'].lower()} about the hive rental comma remind me friday to send the contract "
                  "full stop", ADMIN, None, fx.TODAY)
    ops = [(op, f.get("title")) for op, _, f in _changes(p)]
    assert ops == [("log_activity", None), ("create_task", "Send the contract")], ops


@pytest.mark.parametrize("said", ["{deal} was supposed to go to Itziar but scrap that; Levente takes it",
                                  "{deal} goes over to Itziar — wait, I've got that wrong, it's Levente who's taking it",
                                  "Levente ought to own {deal} going forward"])
def test_owner_idioms_said_by_others_name_the_new_owner(apiary, said):
    chat, store, fx = apiary
    deal = store.one("SELECT id, name FROM deals WHERE stage NOT IN ('Placed', 'Swarmed') AND owner_id <> ? ORDER BY id "
                     "LIMIT 1 OFFSET 6", [LEVENTE])
    p = chat.plan(said.format(deal=deal["name"]), ADMIN, None, fx.TODAY)
    assert _changes(p) == [("update_deal", deal["id"], {"owner_id": LEVENTE})], (p.errors, _changes(p))


def test_a_task_about_it_after_naming_a_deal_is_linked_to_that_deal(apiary):
    chat, store, fx = apiary
    deal = store.one("SELECT d.id, d.name, d.company_id FROM deals d WHERE d.stage NOT IN ('Placed', 'Swarmed') AND "
                     "d.owner_id <> ? AND EXISTS (SELECT 1 FROM contacts c WHERE c.company_id = d.company_id) ORDER BY d.id "
                     "LIMIT 1 OFFSET 8", [LEVENTE])
    who = store.one("SELECT id, first_name || ' ' || last_name AS name FROM contacts WHERE company_id = ? ORDER BY id "
                    "LIMIT 1", [deal["company_id"]])
    p = chat.plan(f"Give {deal['name']} to Levente and make him a task to ring {who['name']} about it on Monday", ADMIN,
                  None, fx.TODAY)
    task = [f for op, _, f in _changes(p) if op == "create_task"]
    assert task and task[0]["deal_id"] == deal["id"] and task[0]["owner_id"] == LEVENTE, _changes(p)


def test_tasks_said_done_in_bulk_are_completed_for_that_company_or_my_overdue_list(apiary):
    chat, store, fx = apiary
    row = store.one("SELECT t.company_id, c.name, u.email, count(*) AS n FROM tasks t JOIN companies c ON c.id = "
                    "t.company_id JOIN users u ON u.id = t.owner_id WHERE t.status = 'open' AND t.deleted_at IS NULL "
                    "GROUP BY 1, 2, 3 HAVING count(*) = 2 ORDER BY 1 LIMIT 1")
    if row is None:
        pytest.skip("fixture has no company with exactly two open tasks of one owner")
    p = chat.plan(f"everything on my list for {row['name']} has been sorted, mark both done", row["email"], None, fx.TODAY)
    assert [op for op, _, _ in _changes(p)] == ["complete_task"] * 2, (p.errors, _changes(p))
    late = store.one("SELECT count(*) AS n FROM tasks t JOIN users u ON u.id = t.owner_id WHERE u.email = ? AND "
                     "t.status = 'open' AND t.deleted_at IS NULL AND t.due_date < ?", [row["email"], fx.TODAY])["n"]
    if late:
        p = chat.plan("finally got through the overdue stuff on my list - tick them all off", row["email"], None, fx.TODAY)
        assert len(_changes(p)) == late and {op for op, _, _ in _changes(p)} == {"complete_task"}, _changes(p)


def test_a_question_about_the_accounts_a_rep_owns_said_as_account_owner(apiary):
    chat, store, fx = apiary
    names = [r["name"] for r in store.query("SELECT name FROM companies WHERE owner_id = ? AND deleted_at IS NULL",
                                            [LEVENTE])]
    for text in ("could you list the accounts Levente is account owner for?", "which companies is Levente the owner of"):
        p = chat.plan(text, ADMIN, None, fx.TODAY)
        assert p.intent == "question" and all(n in p.answer for n in names) and "deals (" not in p.answer, p.answer


def test_formal_requests_in_the_passive_are_changes_not_questions(apiary):
    """'could a company record be created for X?', '… could be added to our contacts', '… record be deleted' were once
    answered as questions."""
    chat, store, fx = apiary
    company = store.one("SELECT id, name FROM companies ORDER BY id LIMIT 1 OFFSET 9")
    p = chat.plan("Good morning, could a company record be created for Quenby Meadery Cooperative (quenbymead.org, industry "
                  "Beverages)? Kind regards", ADMIN, None, fx.TODAY)
    (op, _, fields), = _changes(p)
    assert op == "create_company" and fields["name"] == "Quenby Meadery Cooperative" and \
        fields["industry"] == "Beverages" and fields["domain"] == "quenbymead.org", fields
    p = chat.plan(f"I would be grateful if Oriel Fanshawe, who looks after the grounds at {company['name']}, could be "
                  "added to our contacts.", ADMIN, None, fx.TODAY)
    (op, _, fields), = _changes(p)
    assert (op, fields["first_name"], fields["company_id"]) == ("create_contact", "Oriel", company["id"]), fields
    assert "title" not in fields
    p = chat.plan(f"I'd ask that the {company['name']} company record be removed, please.", ADMIN, None, fx.TODAY)
    assert _changes(p) == [("delete_company", company["id"], {"deleted_at": "on apply"})], p.errors


# -- the thirteenth corpus's remaining wrong plans, tried over the translation agency (fixture L) ------------------
@pytest.fixture(scope="module")
def agency():
    yield from _fixture_world("fixture_l")


L_ADMIN, L_REP = "mahlet@tesseralang.com", "joaquim@tesseralang.com"


def test_a_stage_move_said_for_when_something_happens_then_remind_me_to_do_it_is_one_task(agency):
    chat, store, fx = agency
    deal = store.one("SELECT id, name FROM deals WHERE stage NOT IN ('Commissioned', 'Lapsed') ORDER BY id LIMIT 1 OFFSET 3")
    p = chat.plan(f"once legal approve the glossary, {deal['name']} can move to Costed — remind me to do it", L_REP, None,
                  fx.TODAY)
    (op, _, fields), = _changes(p)
    assert op == "create_task" and fields["deal_id"] == deal["id"] and fields["title"] != "Do it", fields


def test_a_non_native_reminder_request_after_the_task_is_one_task(agency):
    chat, store, fx = agency
    who = _person(store, 7)
    p = chat.plan(f"friday I must write again to {who['name']}, please you make reminder", L_REP, None, fx.TODAY)
    (op, _, fields), = _changes(p)
    assert op == "create_task" and fields["due_date"], fields


def test_before_the_month_is_out_is_the_last_day_of_this_month(agency):
    chat, store, fx = agency
    who = _person(store, 9)
    p = chat.plan(f"before the month's out I need to send {who['name']} the style guide, remind me", L_REP, None, fx.TODAY)
    (op, _, fields), = _changes(p)
    last = (fx.TODAY.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    assert op == "create_task" and fields["due_date"] == str(last), fields


def test_every_open_task_of_a_company_is_all_of_them_whatever_the_titles_say(agency):
    chat, store, fx = agency
    row = store.one("SELECT c.id, c.name, count(*) AS n FROM tasks t JOIN companies c ON c.id = t.company_id WHERE "
                    "t.status = 'open' AND t.deleted_at IS NULL GROUP BY 1, 2 HAVING count(DISTINCT t.deal_id) > 1 "
                    "ORDER BY 3 DESC, 1 LIMIT 1")
    if row is None:
        pytest.skip("no company with open tasks on two deals")
    p = chat.plan(f"close out every open {row['name']} task, that project is finished", L_ADMIN, None, fx.TODAY)
    assert len(_changes(p)) == row["n"] and {op for op, _, _ in _changes(p)} == {"complete_task"}, _changes(p)


def test_a_task_said_due_on_another_day_is_refused_not_made(agency):
    chat, store, fx = agency
    p = chat.plan("the proofreading task for the annual report should be due on the 3rd instead", L_REP, None, fx.TODAY)
    assert not p.steps and p.errors and "Tasks can only be created and marked done" in p.errors[0], p.errors


def test_another_fortnight_and_a_bulk_push_move_each_close_date_by_that_much(apiary):
    chat, store, fx = apiary
    deal = store.one("SELECT id, name, close_date FROM deals WHERE stage NOT IN ('Placed', 'Swarmed') AND close_date IS "
                     "NOT NULL ORDER BY id LIMIT 1 OFFSET 2")
    p = chat.plan(f"give {deal['name']} another fortnight on its close date", ADMIN, None, fx.TODAY)
    assert _changes(p) == [("update_deal", deal["id"], {"close_date": str(deal["close_date"] + dt.timedelta(days=14))})]
    product = store.one("SELECT product, count(*) AS n FROM deals WHERE stage NOT IN ('Placed', 'Swarmed') AND "
                        "close_date IS NOT NULL GROUP BY 1 HAVING count(*) > 1 ORDER BY 2 DESC, 1 LIMIT 1")
    rows = store.query("SELECT id, close_date FROM deals WHERE product = ? AND stage NOT IN ('Placed', 'Swarmed') "
                       "ORDER BY id", [product["product"]])
    p = chat.plan(f"push every open {product['product']} deal back a week", ADMIN, None, fx.TODAY)
    assert sorted(_changes(p)) == sorted(("update_deal", r["id"], {"close_date": str(r["close_date"] + dt.timedelta(days=7))})
                                         for r in rows), (p.errors, _changes(p))


@pytest.mark.parametrize("text, planned", [("never mind the reminder about the hive stands", False),
                                           ("forget that task — just log a note on {company}: gate code changed", True)])
def test_never_mind_the_reminder_withdraws_only_when_nothing_else_is_asked(apiary, text, planned):
    chat, store, fx = apiary
    company = store.one("SELECT name FROM companies ORDER BY id LIMIT 1 OFFSET 3")["name"]
    p = chat.plan(text.format(company=company), ADMIN, None, fx.TODAY)
    assert bool(p.steps) == planned and (planned or "Nothing to change" in " ".join(p.errors)), (p.errors, _changes(p))


def test_a_report_then_log_it_pls_is_one_logged_activity_not_a_question(apiary):
    """'emial to <person> with the scope jsut went, log it pls' was answered with the person's email address."""
    chat, store, fx = apiary
    who = _person(store, 14)
    p = chat.plan(f"emial to {who['name']} with the new pollination plan jsut went, log it pls", ADMIN, None, fx.TODAY)
    assert p.intent == "write" and [(op, f["type"]) for op, _, f in _changes(p)] == [("log_activity", "email")], p.answer
    p = chat.plan(f"just got off the phone with {who['name']} — log that", ADMIN, None, fx.TODAY)
    assert [op for op, _, _ in _changes(p)] == ["log_activity"], _changes(p)


def test_a_person_named_first_by_where_they_work_who_is_not_in_the_crm_is_not_dropped(apiary):
    chat, store, fx = apiary
    company = store.one("SELECT name FROM companies ORDER BY id LIMIT 1 OFFSET 5")["name"]
    p = chat.plan(f"Tobiah Quellworth from {company.split()[0]} came in for a meeting — log it", ADMIN, None, fx.TODAY)
    assert not p.steps and "Tobiah Quellworth is not in the CRM" in " ".join(p.errors), p.errors


def test_wont_close_until_a_date_sets_it_and_an_out_of_date_amount_is_the_old_value(apiary):
    chat, store, fx = apiary
    deal = store.one("SELECT id, name, amount FROM deals WHERE stage NOT IN ('Placed', 'Swarmed') ORDER BY id LIMIT 1 "
                     "OFFSET 4")
    p = chat.plan(f"{deal['name']} won't close until 3 September now", ADMIN, None, fx.TODAY)
    assert _changes(p) == [("update_deal", deal["id"], {"close_date": f"{fx.TODAY.year}-09-03"})], p.errors
    p = chat.plan(f"the {deal['amount']:,.0f} on {deal['name']} is out of date; it was revised to 9,950", ADMIN, None,
                  fx.TODAY)
    assert _changes(p) == [("update_deal", deal["id"], {"amount": 9950})], p.errors


def test_a_job_title_said_after_a_comma_is_the_new_title(apiary):
    chat, store, fx = apiary
    who = _person(store, 16)
    p = chat.plan(f"{who['name']} manages all the estates now, title Head of Estates", ADMIN, None, fx.TODAY)
    assert _changes(p) == [("update_contact", who["id"], {"title": "Head of Estates"})], p.errors


def test_make_someone_a_stage_the_crm_does_not_keep_is_refused_and_everyone_at_a_company_moves(apiary):
    chat, store, fx = apiary
    who = _person(store, 19)
    p = chat.plan(f"make {who['name']} a VIP", ADMIN, None, fx.TODAY)
    assert not p.steps and "VIP" in " ".join(p.errors) and "lifecycle" in " ".join(p.errors), p.errors
    row = store.one("SELECT c.id, c.name, count(*) AS n FROM contacts p JOIN companies c ON c.id = p.company_id "
                    "GROUP BY 1, 2 HAVING count(*) > 1 ORDER BY 1 LIMIT 1")
    p = chat.plan(f"make everyone at {row['name']} a prospect", ADMIN, None, fx.TODAY)
    assert len(_changes(p)) == row["n"] and all(f == {"lifecycle_stage": "prospect"} for _, _, f in _changes(p)), \
        (p.errors, _changes(p))


def test_a_rep_addressed_first_is_the_owner_of_what_is_theirs_from_now_on(apiary):
    chat, store, fx = apiary
    deal = store.one("SELECT id, name FROM deals WHERE stage NOT IN ('Placed', 'Swarmed') AND owner_id <> ? ORDER BY id "
                     "LIMIT 1 OFFSET 10", [LEVENTE])
    p = chat.plan(f"Levente, {deal['name']} is yours from now on", ADMIN, None, fx.TODAY)
    assert _changes(p) == [("update_deal", deal["id"], {"owner_id": LEVENTE})], (p.errors, _changes(p))


def test_nothing_to_change_just_venting_changes_nothing(agency):
    chat, store, fx = agency
    p = chat.plan("the client rejected the third draft again today — nothing to change in the CRM, just venting", L_REP,
                  None, fx.TODAY)
    assert not p.steps and "Nothing to change" in " ".join(p.errors), (p.errors, _changes(p))


def test_no_need_to_log_it_but_a_reminder_is_the_reminder_only(agency):
    chat, store, fx = agency
    who = _person(store, 11)
    p = chat.plan(f"{who['name']} walked me round their new studio, no need to log any of it, but I do want a reminder "
                  "Monday to send the rate card", L_REP, None, fx.TODAY)
    assert [op for op, _, _ in _changes(p)] == ["create_task"], _changes(p)


def test_put_that_call_in_and_that_task_can_go_after_a_report(agency):
    chat, store, fx = agency
    who = _person(store, 13)
    first = who["name"].split()[0]
    p = chat.plan(f"{first} and I went through the glossary by phone on Tuesday, put that call in", L_REP, None, fx.TODAY)
    assert [(op, f["type"]) for op, _, f in _changes(p)] == [("log_activity", "call")], _changes(p)
    task = store.one("SELECT t.id, c.first_name || ' ' || c.last_name AS name FROM tasks t JOIN contacts c ON c.id = "
                     "t.contact_id WHERE t.status = 'open' AND t.deleted_at IS NULL AND t.contact_id IN (SELECT contact_id FROM "
                     "tasks WHERE status = 'open' GROUP BY 1 HAVING count(*) = 1) ORDER BY t.id LIMIT 1")
    p = chat.plan(f"{task['name']} and I have agreed the word counts, that task can go", L_REP, None, fx.TODAY)
    assert _changes(p) == [("complete_task", task["id"], {"status": "done"})], (p.errors, _changes(p))


def test_a_new_company_for_a_rep_to_own_and_before_a_month_is_out(agency):
    chat, store, fx = agency
    p = chat.plan("Quillfeather Subtitling Co-op is a new company for Ingvild to own", L_ADMIN, None, fx.TODAY)
    assert _changes(p)[0][2] == {"name": "Quillfeather Subtitling Co-op", "owner_id": 3}, _changes(p)
    who = _person(store, 15)
    month = (fx.TODAY.replace(day=28) + dt.timedelta(days=4)).strftime("%B")
    p = chat.plan(f"Ingvild should send {who['name']} the style sheet before {month} is out — make it her task", L_ADMIN,
                  None, fx.TODAY)
    (op, _, fields), = _changes(p)
    assert fields["owner_id"] == 3 and fields["due_date"].startswith(str(fx.TODAY.year if month != "January" else
                                                                         fx.TODAY.year + 1)), fields


# -- the fourteenth corpus's held-out wrong plans (read after its one scoring), tried over fixture L ----------------
@pytest.mark.parametrize("text, expect", [
    ("{who}'s email is {first}@example.com — scratch that, .org", ("update_contact", "email", "{first}@example.org")),
    ("remnd me tomoz to cal {who} abt the glossary", ("create_task", "due_date", "{tomorrow}")),
])
def test_spoken_fixes_and_slang_are_read(agency, text, expect):
    chat, store, fx = agency
    who = _person(store, 17)
    first = who["name"].split()[0].lower()
    p = chat.plan(text.format(who=who["name"], first=first), L_ADMIN, None, fx.TODAY)
    (op, _, fields), = _changes(p)
    want = expect[2].format(first=first, tomorrow=fx.TODAY + dt.timedelta(days=1))
    assert (op, fields.get(expect[1])) == (expect[0], want), fields


def test_a_rep_running_it_from_now_on_and_a_rename_ending_in_a_question_mark(agency):
    chat, store, fx = agency
    deal = store.one("SELECT id, name FROM deals WHERE stage NOT IN ('Commissioned', 'Lapsed') AND owner_id <> 3 ORDER BY id "
                     "LIMIT 1 OFFSET 2")
    p = chat.plan(f"{deal['name']}: amount 4,250, and Ingvild's running it from now on", L_ADMIN, None, fx.TODAY)
    assert _changes(p) == [("update_deal", deal["id"], {"amount": 4250, "owner_id": 3})], (p.errors, _changes(p))
    company = store.one("SELECT id, name FROM companies ORDER BY id LIMIT 1 OFFSET 6")
    p = chat.plan(f"Can you rename {company['name']} to Northlight Media & Archive? They've merged.", L_ADMIN, None, fx.TODAY)
    assert _changes(p) == [("update_company", company["id"], {"name": "Northlight Media & Archive"})], _changes(p)


def test_a_handover_to_do_some_time_with_a_reminder_on_my_list_is_a_task(agency):
    chat, store, fx = agency
    deal = store.one("SELECT id, name FROM deals WHERE stage NOT IN ('Commissioned', 'Lapsed') ORDER BY id LIMIT 1 OFFSET 6")
    p = chat.plan(f"At some point I'll have to hand {deal['name']} over to Farrukh — stick a reminder on my list", L_REP,
                  None, fx.TODAY)
    (op, _, fields), = _changes(p)
    assert op == "create_task" and fields["deal_id"] == deal["id"] and "reminder" not in fields["title"], fields


def test_we_talked_after_a_call_is_the_same_call_and_a_plus_joins_two_changes(agency):
    chat, store, fx = agency
    who, deal = _person(store, 19), store.one("SELECT id, name FROM deals WHERE stage NOT IN ('Commissioned', 'Lapsed') "
                                              "ORDER BY id LIMIT 1 OFFSET 8")
    p = chat.plan(f"Spoke to {who['name']} on Monday, we talked about the weather mostly, but {deal['name']} is now 3,300",
                  L_REP, None, fx.TODAY)
    assert [op for op, _, _ in _changes(p)] == ["log_activity", "update_deal"], _changes(p)
    p = chat.plan(f"mtg w/ {who['name']} today + {deal['name']} → costed", L_REP, None, fx.TODAY)
    assert [op for op, _, _ in _changes(p)] == ["log_activity", "update_deal"], _changes(p)


def test_a_new_contact_listed_as_already_a_customer(agency):
    chat, store, fx = agency
    company = store.one("SELECT name FROM companies ORDER BY id LIMIT 1 OFFSET 2")["name"]
    p = chat.plan(f"New contact at {company} — Saoirse Vantongeren, already a customer, saoirse@example.org", L_ADMIN, None,
                  fx.TODAY)
    (op, _, fields), = _changes(p)
    assert fields["lifecycle_stage"] == "customer" and "title" not in fields, fields


def test_a_deal_marked_won_today_keeps_its_close_date_and_sent_someone_the_draft_is_an_email(agency):
    chat, store, fx = agency
    deal = store.one("SELECT id, name FROM deals WHERE stage NOT IN ('Commissioned', 'Lapsed') ORDER BY id LIMIT 1 OFFSET 9")
    p = chat.plan(f"{deal['name']} got commissioned today!", L_REP, None, fx.TODAY)
    assert _changes(p) == [("update_deal", deal["id"], {"stage": "Commissioned"})], (p.errors, _changes(p))
    who = _person(store, 21)
    p = chat.plan(f"Sent {who['name']} the revised quote — remind me Thursday to chase", L_REP, None, fx.TODAY)
    assert [(op, f.get("type")) for op, _, f in _changes(p)] == [("log_activity", "email"), ("create_task", None)]


def test_the_type_said_last_in_a_correction_wins_and_a_new_deal_said_twice_is_one(agency):
    chat, store, fx = agency
    who = _person(store, 23)
    p = chat.plan(f"{who['name']} — log it as a call. Hmm, actually we met in person, so a meeting.", L_REP, None, fx.TODAY)
    assert [(op, f["type"]) for op, _, f in _changes(p)] == [("log_activity", "meeting")], _changes(p)
    company = store.one("SELECT name FROM companies ORDER BY id LIMIT 1 OFFSET 8")["name"]
    p = chat.plan(f"{company} want subtitling for the launch video as well — new deal, 6,200, closes 1 June", L_REP, None,
                  fx.TODAY)
    assert [op for op, _, _ in _changes(p)] == ["create_deal"] and _changes(p)[0][2]["amount"] == 6200, _changes(p)


def test_two_deals_named_after_a_colon_both_change_hands(agency):
    chat, store, fx = agency
    rows = store.query("SELECT id, name FROM deals WHERE stage NOT IN ('Commissioned', 'Lapsed') AND owner_id = 2 ORDER BY id "
                       "LIMIT 2")
    p = chat.plan(f"Farrukh inherits two deals from Joaquim: {rows[0]['name']} and {rows[1]['name']}", L_ADMIN, None, fx.TODAY)
    assert sorted(_changes(p)) == [("update_deal", r["id"], {"owner_id": 4}) for r in rows], (p.errors, _changes(p))


def test_deals_described_then_the_lot_moved_is_a_bulk_move_not_logged_meetings(agency):
    chat, store, fx = agency
    rows = store.query("SELECT id FROM deals WHERE stage = 'Sounding' AND owner_id = 3 AND deleted_at IS NULL ORDER BY id")
    if len(rows) < 2:
        pytest.skip("needs two of Ingvild's deals in the first stage")
    p = chat.plan("Ingvild's deals that are still at Sounding have all had their test piece sent — move the lot to Test Piece",
                  L_ADMIN, None, fx.TODAY)
    assert sorted(_changes(p)) == [("update_deal", r["id"], {"stage": "Test Piece"}) for r in rows], _changes(p)
