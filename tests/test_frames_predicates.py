"""A stage said of a set of deals ("both of my <stage> deals are <stage> now"), new deals described before a bare
request ("…, 12k, close end of March — new deal"), a task said before "task for me please", bulk reminders and
stage words of other pipelines. Families the eleventh and thirteenth dev halves showed; tried here over fixture N
(fire protection) with sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from core.store import local_midnight
from tests.test_frames_filters_and_names import _fixture_world

TARIQ_EMAIL, MEHTAP_EMAIL, TARIQ, MEHTAP = "tariq@flintlockfire.com", "mehtap@flintlockfire.com", 3, 4


@pytest.fixture(scope="module")
def fire():
    yield from _fixture_world("fixture_n")


def _changes(p):
    return [(s.op, s.id, {k: v[1] for k, v in s.changes.items()}) for s in p.steps]


def _plan(fire, text, who):
    chat, _, fx = fire
    return chat.plan(text, who, None, fx.TODAY)


def _deals(store, owner, stage):
    return [r["id"] for r in store.query("SELECT id FROM deals WHERE owner_id = ? AND stage = ? ORDER BY id",
                                         [owner, stage])]


def _quiet(store, ids, today, days):
    cutoff = local_midnight(today - dt.timedelta(days=days))
    out = []
    for d in ids:
        last = store.one("SELECT max(occurred_at) AS t FROM activities WHERE deal_id = ?", [d])["t"]
        if last is None or last < cutoff:
            out.append(d)
    return out


@pytest.mark.parametrize("text, who, owner, old, new", [
    ("both of my Walkround deals are Specified now 🎉", TARIQ_EMAIL, TARIQ, "Walkround", "Specified"),
    ("every one of my deals at Walkround has now been tendered", MEHTAP_EMAIL, MEHTAP, "Walkround", "Tendered"),
    ("my Specified deals should all be at Tendered now", TARIQ_EMAIL, TARIQ, "Specified", "Tendered"),
    ("everything I've got at Tendered has signed off", MEHTAP_EMAIL, MEHTAP, "Tendered", "Signed Off"),
])
def test_a_stage_said_of_a_set_of_deals_moves_exactly_that_set(fire, text, who, owner, old, new):
    store = fire[1]
    want = _deals(store, owner, old)
    assert len(want) >= 2
    p = _plan(fire, text, who)
    assert p.status == "ready", (text, p.errors)
    assert _changes(p) == [("update_deal", d, {"stage": new}) for d in want], (text, _changes(p))


def test_a_quiet_filter_then_mark_them_so_moves_only_the_quiet_ones(fire):
    store, fx = fire[1], fire[2]
    mine = _deals(store, MEHTAP, "Walkround") + _deals(store, MEHTAP, "Specified")
    want = sorted(_quiet(store, mine, fx.TODAY, 21))
    assert want and len(want) < len(mine), "the fixture must have quiet and recent deals at those stages"
    p = _plan(fire, "my deals at Walkround or Specified where nobody's got back to us in three weeks have burnt out, "
                    "mark them so", MEHTAP_EMAIL)
    assert _changes(p) == [("update_deal", d, {"stage": "Burnt Out"}) for d in want], (p.errors, _changes(p))


@pytest.mark.parametrize("text", [
    "which of my deals are at Walkround",
    "my deals that are at Walkround",
    "are my Walkround deals Specified yet?",
])
def test_questions_about_a_stage_stay_questions(fire, text):
    p = _plan(fire, text, TARIQ_EMAIL)
    assert p.intent == "question" and not p.steps, (text, p.status, _changes(p))


@pytest.mark.parametrize("text", [
    "my Walkround deals aren't Specified yet",
    "the facilities manager wants a call before anything is signed off",
])
def test_a_negated_or_incidental_stage_moves_nothing(fire, text):
    p = _plan(fire, text, TARIQ_EMAIL)
    assert not p.steps, (text, _changes(p))


@pytest.mark.parametrize("text", [
    "move Tanfield Church Fire Alarm to negotiation",
    "Tanfield Church Fire Alarm is in negotiation now",
])
def test_a_stage_word_this_pipeline_lacks_is_refused_by_name(fire, text):
    p = _plan(fire, text, TARIQ_EMAIL)
    assert p.status == "rejected" and not p.steps
    assert "negotiation" in " ".join(p.errors) and "Walkround" in " ".join(p.errors), p.errors


def test_the_word_stage_after_a_stage_does_not_name_a_deal(fire):
    p = _plan(fire, "Hunmanby deal is at walkround stage now", TARIQ_EMAIL)
    assert _changes(p) == [("update_deal", 28, {"stage": "Walkround"})], (p.errors, _changes(p))


@pytest.mark.parametrize("text, amount, close", [
    ("Tanfield Parish Church want sprinklers for the new vestry, 12k, close end of March — new deal", 12000,
     "2044-03-31"),
    ("Good morning, Tanfield Parish Church would like to go ahead with sprinklers in the vestry, valued at 9,400. "
     "Could a deal be created? Thanks, Tariq", 9400, None),
    ("Tanfield Parish Church are after sprinklers for the bell tower, 7.5k, please raise a deal", 7500, None),
])
def test_a_new_deal_described_before_a_bare_request_is_created_with_what_was_said(fire, text, amount, close):
    store = fire[1]
    church = store.one("SELECT id FROM companies WHERE name = 'Tanfield Parish Church'")["id"]
    assert not store.query("SELECT id FROM deals WHERE company_id = ? AND product = 'Sprinkler Systems'", [church])
    p = _plan(fire, text, TARIQ_EMAIL)
    (op, _, fields), = _changes(p)
    assert (op, fields["company_id"], fields["amount"], fields["product"], fields["owner_id"]) == \
        ("create_deal", church, amount, "Sprinkler Systems", TARIQ), (text, fields)
    assert fields.get("close_date") == close, fields


def test_a_close_date_said_for_a_month_already_past_is_next_years(fire):
    store, fx = fire[1], fire[2]
    assert fx.TODAY.month > 2
    p = _plan(fire, "new deal for Tanfield Parish Church, sprinklers, 5k, close Feb 20", TARIQ_EMAIL)
    (_, _, fields), = _changes(p)
    assert fields["close_date"] == f"{fx.TODAY.year + 1}-02-20", fields


def test_a_task_said_before_task_for_me_please_is_the_task_not_part_of_the_change(fire):
    p = _plan(fire, "Thrumpton Museum Fire Doors has been specified, so on Thursday the door schedule needs "
                    "sending — task for me please", TARIQ_EMAIL)
    (op1, d, f1), (op2, _, f2) = _changes(p)
    assert (op1, d, f1) == ("update_deal", 17, {"stage": "Specified"}), p.errors
    assert (op2, f2["due_date"], f2["owner_id"], f2["deal_id"]) == ("create_task", "2043-10-15", TARIQ, 17), f2
    assert "task for me" not in f2["title"].lower() and "door schedule" in f2["title"].lower(), f2["title"]


def test_a_promise_then_set_that_up_is_a_task_with_the_promise_as_its_title(fire):
    store = fire[1]
    person = store.one("SELECT id, first_name, last_name, company_id FROM contacts WHERE company_id = "
                       "(SELECT company_id FROM deals WHERE id = 17) ORDER BY id LIMIT 1")
    p = _plan(fire, f"rang {person['first_name']} {person['last_name']} — I promised to ring her again on Friday, "
                    "so set that up", TARIQ_EMAIL)
    ops = [(op, f) for op, _, f in _changes(p)]
    assert [op for op, _ in ops] == ["log_activity", "create_task"], (p.errors, ops)
    task = ops[1][1]
    assert (task["due_date"], task["contact_id"]) == ("2043-10-16", person["id"]), task
    assert task["title"].lower().startswith("ring") and "set that up" not in task["title"], task["title"]


def test_a_chase_reminder_for_every_quiet_deal_is_one_task_per_deal(fire):
    store, fx = fire[1], fire[2]
    mine = [r["id"] for r in store.query("SELECT id FROM deals WHERE owner_id = ? AND stage NOT IN ('Signed Off', "
                                         "'Burnt Out') ORDER BY id", [TARIQ])]
    want = _quiet(store, mine, fx.TODAY, 21)
    assert want
    p = _plan(fire, "for every deal of mine where we've heard nothing back in three weeks, I want a chase reminder on "
                    "Friday", TARIQ_EMAIL)
    assert [(op, f["deal_id"], f["due_date"], f["owner_id"]) for op, _, f in _changes(p)] == \
        [("create_task", d, "2043-10-16", TARIQ) for d in want], (p.errors, _changes(p))


# -- the sixteenth corpus's dev half (fixture P) showed these at first look; tried here over fixture N ----------------
ADMIN_EMAIL, LWAZI = "ruxandra@flintlockfire.com", 5


def test_a_negated_new_owner_is_not_the_new_owner(fire):
    p = _plan(fire, "Mellerby Print Works isn't going to Tariq after all — Mehtap takes the account.", ADMIN_EMAIL)
    assert _changes(p) == [("update_company", 8, {"owner_id": MEHTAP})], (p.errors, _changes(p))


def test_both_of_a_companys_deals_change_hands_not_the_account(fire):
    store = fire[1]
    want = [r["id"] for r in store.query("SELECT id FROM deals WHERE company_id = 3 ORDER BY id")]
    assert len(want) == 2
    p = _plan(fire, "Transfer both Hartsop Grammar School deals to Lwazi.", ADMIN_EMAIL)
    assert _changes(p) == [("update_deal", d, {"owner_id": LWAZI}) for d in want], (p.errors, _changes(p))


def test_both_means_two_or_the_request_is_refused(fire):
    p = _plan(fire, "delete both fire door deals", ADMIN_EMAIL)
    assert not p.steps and "both" in " ".join(p.errors), (p.errors, _changes(p))


def test_a_reps_overdue_tasks_are_that_reps(fire):
    store, fx = fire[1], fire[2]
    want = [r["id"] for r in store.query("SELECT id FROM tasks WHERE owner_id = ? AND status = 'open' AND due_date < ? "
                                         "ORDER BY id", [LWAZI, fx.TODAY])]
    assert len(want) >= 2
    p = _plan(fire, "Mark all of Lwazi's overdue tasks as done.", ADMIN_EMAIL)
    assert _changes(p) == [("complete_task", t, {"status": "done"}) for t in want], (p.errors, _changes(p))


def test_a_new_owner_nobody_has_is_refused_by_name(fire):
    p = _plan(fire, "Sunniva is the new owner of Mellerby Print Works, please reflect that.", ADMIN_EMAIL)
    assert not p.steps and "Sunniva" in " ".join(p.errors), (p.errors, _changes(p))


def test_a_set_of_deals_handed_to_a_rep_in_the_passive(fire):
    store = fire[1]
    want = _deals(store, TARIQ, "Specified")
    p = _plan(fire, "Tariq's Specified deals should all be handed to Lwazi while Tariq is on leave.", ADMIN_EMAIL)
    assert _changes(p) == [("update_deal", d, {"owner_id": LWAZI}) for d in want], (p.errors, _changes(p))


def test_the_field_then_the_record_then_the_value(fire):
    p = _plan(fire, "Hello all, the industry for Mellerby Print Works should read Commercial Printing. Thanks", ADMIN_EMAIL)
    assert _changes(p) == [("update_company", 8, {"industry": "Commercial Printing"})], (p.errors, _changes(p))


def test_a_person_said_to_go_in_as_a_new_prospect_is_created(fire):
    p = _plan(fire, "Halla Sigurdardottir at Mellerby Print Works should go in as a new prospect", TARIQ_EMAIL)
    (op, _, f), = _changes(p)
    assert (op, f["first_name"], f["last_name"], f["company_id"], f["lifecycle_stage"]) == \
        ("create_contact", "Halla", "Sigurdardottir", 8, "prospect"), f


def test_a_day_of_the_month_dictated_in_words(fire):
    p = _plan(fire, "task for me colon book the fire door survey at Mellerby Print Works comma due the twentieth "
                    "full stop", TARIQ_EMAIL)
    (op, _, f), = _changes(p)
    assert (op, f["due_date"]) == ("create_task", "2043-10-20"), f


def test_a_budget_signed_off_does_not_win_the_deal(fire):
    p = _plan(fire, "Tanfield Church Fire Alarm: they've signed off a 9k budget, update the deal value", TARIQ_EMAIL)
    assert _changes(p) == [("update_deal", 3, {"amount": 9000})], (p.errors, _changes(p))


def test_could_a_rep_ring_someone_put_it_on_her_list_is_the_reps_task(fire):
    p = _plan(fire, "Could Mehtap ring Tuuli Kallio about the fire doors by Friday? Put it on her list.", ADMIN_EMAIL)
    (op, _, f), = _changes(p)
    assert (op, f["owner_id"], f["due_date"], f["contact_id"]) == ("create_task", MEHTAP, "2043-10-16", 5), f
    assert f["title"].lower().startswith("ring tuuli kallio"), f["title"]


def test_after_who_owns_a_company_that_one_is_the_company(fire):
    chat, _, fx = fire
    first = chat.plan("Who owns Mellerby Print Works?", ADMIN_EMAIL, "s-owner-that-one", fx.TODAY)
    assert "account owner of Mellerby Print Works" in first.answer
    p = chat.plan("Mehtap should have that one, change the owner", ADMIN_EMAIL, "s-owner-that-one", fx.TODAY)
    assert _changes(p) == [("update_company", 8, {"owner_id": MEHTAP})], (p.errors, _changes(p))


def test_who_owns_a_company_whose_name_holds_a_job_title_is_its_account_owner():
    """'Who owns Kelty Funeral Directors?' listed the company's funeral director (the title matched the company's own
    name): a confidently wrong answer, found on the sixteenth corpus's dev half (fixture P)."""
    for chat, store, fx in _fixture_world("fixture_p"):
        row = store.one("SELECT c.name, u.name AS owner FROM companies c JOIN users u ON u.id = c.owner_id "
                        "WHERE c.name LIKE '%Directors%'")
        p = chat.plan(f"Who owns {row['name']}?", "catriona@hoarfrostcooling.com", None, fx.TODAY)
        assert p.answer.startswith(f"The account owner of {row['name']} is {row['owner']}"), p.answer


def test_a_request_that_corrects_itself_uses_the_corrected_value(fire):
    p = _plan(fire, "move Tanfield Church Fire Alarm to Walkround, er, no, make it Specified", TARIQ_EMAIL)
    assert _changes(p) == [("update_deal", 3, {"stage": "Specified"})], (p.errors, _changes(p))
    p = _plan(fire, "Mellerby Print Works should go to Anneli as an account… er, no, make it Mehtap.", ADMIN_EMAIL)
    assert _changes(p) == [("update_company", 8, {"owner_id": MEHTAP})], (p.errors, _changes(p))


@pytest.mark.parametrize("text", [
    "Tanfield Church Fire Alarm is now 24,600 not 23,800",
    "Can the Tanfield Church Fire Alarm go in at 24,600 rather than 23,800? Ta",
])
def test_the_new_amount_is_the_one_asked_for_not_the_old_one(fire, text):
    p = _plan(fire, text, TARIQ_EMAIL)
    assert _changes(p) == [("update_deal", 3, {"amount": 24600})], (text, p.errors, _changes(p))


def test_a_field_changed_then_its_value_said_as_it_is(fire):
    p = _plan(fire, "Tuuli Kallio's mobile changed, it's 07700 900 512 now", MEHTAP_EMAIL)
    assert _changes(p) == [("update_contact", 5, {"phone": "07700 900 512"})], (p.errors, _changes(p))


def test_a_new_deal_valued_and_dated_in_the_clause_after_it(fire):
    p = _plan(fire, "Quick one: Mellerby Print Works want sprinklers for the ink store, call it 39k and pencil in end of "
                    "October. Cheers", TARIQ_EMAIL)
    (op, _, f), = _changes(p)
    assert (op, f["company_id"], f["amount"], f["close_date"], f["product"]) == \
        ("create_deal", 8, 39000, "2043-10-31", "Sprinkler Systems"), f


def test_a_rep_addressed_is_asked_to_put_it_on_your_list(fire):
    p = _plan(fire, "Mehtap, could you invite Tuuli Kallio to the showroom on Monday? Put it on your list please.",
              ADMIN_EMAIL)
    (op, _, f), = _changes(p)
    assert (op, f["owner_id"], f["due_date"], f["contact_id"]) == ("create_task", MEHTAP, "2043-10-19", 5), f
    assert "list" not in f["title"].lower(), f["title"]


def test_a_change_said_before_dont_log_the_call_is_kept_and_the_call_is_not_logged(fire):
    p = _plan(fire, "Tuuli Kallio rang, Tanfield Church Fire Alarm is 19,900 now, not 21,400. Don't log the call, it was "
                    "mostly about her dog", TARIQ_EMAIL)
    assert _changes(p) == [("update_deal", 3, {"amount": 19900})], (p.errors, _changes(p))


def test_those_after_a_list_of_quiet_deals_are_the_deals_listed(fire):
    chat, store, fx = fire
    session = "s-those-listed"
    first = chat.plan("which of my deals haven't had a single activity in three weeks?", MEHTAP_EMAIL, session, fx.TODAY)
    listed = [r["id"] for r in first.table]
    mine = [r["id"] for r in store.query("SELECT id FROM deals WHERE owner_id = ? AND stage NOT IN ('Signed Off', "
                                         "'Burnt Out') ORDER BY id", [MEHTAP])]
    assert listed and sorted(listed) == sorted(_quiet(store, mine, fx.TODAY, 21)), first.answer
    p = chat.plan("those have all burnt out, update them", MEHTAP_EMAIL, session, fx.TODAY)
    assert sorted(s.id for s in p.steps) == sorted(listed) and {s.changes["stage"][1] for s in p.steps} == {"Burnt Out"}


# -- a review of the change above (2026-12-03) found these wrong plans; each must stay fixed ------------------------
@pytest.mark.parametrize("text", [
    "None of my deals are at Tendered now",
    "Neither of my Walkround deals is Specified",
    "Most of my deals are at Walkround",
    "My deals are Walkround now",
    "One of my Specified deals is Tendered now",
    "Let me know if my Walkround deals are Specified now",
])
def test_a_stage_said_of_part_of_a_set_or_asked_about_moves_nothing(fire, text):
    p = _plan(fire, text, TARIQ_EMAIL)
    assert not p.steps, (text, _changes(p))


@pytest.mark.parametrize("text", [
    "Delete Tariq's Specified deals except Kexby Data Hall Suppression",
    "Remove the Hartsop Grammar deals, keep Hartsop Grammar Fire Doors",
    "Delete the deals that duplicate Luffenham Sprinkler Retrofit",
])
def test_a_deal_named_as_an_exception_is_never_the_one_deleted(fire, text):
    p = _plan(fire, text, ADMIN_EMAIL)
    assert not p.steps and p.status == "rejected", (text, _changes(p))


def test_my_overdue_tasks_stay_mine_when_another_rep_is_mentioned(fire):
    store, fx = fire[1], fire[2]
    mine = [r["id"] for r in store.query("SELECT id FROM tasks WHERE owner_id = ? AND status = 'open' AND due_date < ? "
                                         "ORDER BY id", [MEHTAP, fx.TODAY])]
    p = _plan(fire, "Mark all my overdue tasks as done, the ones Lwazi's been nagging about", MEHTAP_EMAIL)
    assert [s.id for s in p.steps] == mine, _changes(p)
    p = _plan(fire, "Mark my overdue tasks done, and Lwazi's too", MEHTAP_EMAIL)
    assert not p.steps and p.status == "rejected", _changes(p)


def test_field_values_before_task_for_me_are_not_made_into_a_task(fire):
    p = _plan(fire, "Kexby Data Hall Suppression is at Tendered now, amount 120k on Nov 30, task for me please",
              TARIQ_EMAIL)
    assert not any(s.op == "create_task" and "amount" in str(s.changes.get("title", "")).lower() for s in p.steps), \
        _changes(p)
    assert p.status != "ready" or ("update_deal", 15) in [(s.op, s.id) for s in p.steps], _changes(p)


def test_a_company_edit_before_new_deal_is_not_dropped(fire):
    p = _plan(fire, "Set Mellerby Print Works's industry to Lithography, they want fire doors, 9k — new deal",
              ADMIN_EMAIL)
    ops = [s.op for s in p.steps]
    assert p.status != "ready" or "update_company" in ops, _changes(p)


def test_deals_of_a_company_name_two_companies_share_ask_which(fire):
    p = _plan(fire, "Transfer the Tanfield deals to Mehtap", ADMIN_EMAIL)
    assert p.status == "needs_clarification" and not p.steps, _changes(p)
    p = _plan(fire, "The Tanfield deals are Tendered now", TARIQ_EMAIL)
    assert p.status == "needs_clarification" and not p.steps, _changes(p)


def test_a_question_about_reminders_set_is_a_question(fire):
    p = _plan(fire, "Did I set reminders for my Walkround deals?", TARIQ_EMAIL)
    assert p.intent == "question" and not p.steps, _changes(p)


def test_a_won_deal_closed_days_ago_keeps_no_date_a_year_out(fire):
    p = _plan(fire, "Hunmanby Picture House Emergency Lighting is Signed Off — close Oct 7", TARIQ_EMAIL)
    assert all(s.changes.get("close_date", (None, ""))[1][:4] != "2044" for s in p.steps), _changes(p)


def test_floors_are_not_days(fire):
    p = _plan(fire, "Remind me to fit fire doors on the second and third floors at Kexby", TARIQ_EMAIL)
    (op, _, f), = _changes(p)
    assert op == "create_task" and f.get("due_date") is None and "second and third floors" in f["title"], f


def test_a_stage_this_pipeline_lacks_is_refused_even_with_another_change(fire):
    p = _plan(fire, "Kexby Data Hall Suppression is in negotiation now, push the close to Nov 30", TARIQ_EMAIL)
    assert not p.steps and "negotiation" in " ".join(p.errors), _changes(p)


def test_reminders_on_both_my_deals_are_one_task_per_deal(fire):
    store = fire[1]
    want = _deals(store, TARIQ, "Walkround")
    assert len(want) == 2
    p = _plan(fire, "Set reminders on both my Walkround deals for Friday", TARIQ_EMAIL)
    assert [(op, f["deal_id"], f["due_date"]) for op, _, f in _changes(p)] == \
        [("create_task", d, "2043-10-16") for d in want], _changes(p)


# -- the sixteenth corpus's held-out half, read after it was scored: the worst of its wrong plans -------------------
def test_all_in_a_reason_never_makes_a_named_deal_a_bulk_change(fire):
    p = _plan(fire, "Tanfield Church Fire Alarm: close it as Burnt Out, they've frozen all capital spend until next "
                    "year.", TARIQ_EMAIL)
    assert len(p.steps) <= 1 and all(s.id == 3 for s in p.steps), _changes(p)


def test_scratch_that_withdraws_what_came_before_it(fire):
    store = fire[1]
    a, b = store.query("SELECT id, first_name || ' ' || last_name AS n FROM contacts WHERE company_id = 3 ORDER BY id")
    p = _plan(fire, f"Delete the contact {a['n']}. Scratch that — delete {b['n']} instead.", ADMIN_EMAIL)
    assert [(s.op, s.id) for s in p.steps] == [("delete_contact", b["id"])], _changes(p)


def test_start_it_at_a_stage_belongs_to_the_new_deal(fire):
    p = _plan(fire, "right, Mellerby Print Works, they want sprinklers for the new bindery, so new deal please, 58k, "
                    "and the survey's already been done so start it at Specified", TARIQ_EMAIL)
    (op, _, f), = _changes(p)
    assert (op, f["company_id"], f["stage"], f["amount"]) == ("create_deal", 8, "Specified", 58000), f


def test_a_terse_arrow_moves_the_set_a_filter_with_a_sign_selects(fire):
    store = fire[1]
    want = [r["id"] for r in store.query("SELECT id FROM deals WHERE owner_id = ? AND amount < 20000 AND stage NOT IN "
                                         "('Signed Off', 'Burnt Out', 'Tendered') ORDER BY id", [MEHTAP])]
    assert want
    p = _plan(fire, "my deals <20k → tendered", MEHTAP_EMAIL)
    assert _changes(p) == [("update_deal", d, {"stage": "Tendered"}) for d in want], (p.errors, _changes(p))


def test_a_new_deal_there_is_at_the_company_just_named(fire):
    p = _plan(fire, "Close the Tanfield Church Fire Alarm as signed off and open a fire doors deal there for 3,900",
              TARIQ_EMAIL)
    ops = [(op, f.get("company_id"), f.get("amount")) for op, _, f in _changes(p)]
    assert ops == [("update_deal", None, None), ("create_deal", 2, 3900)], (p.errors, _changes(p))
