"""Ownership idioms (a TRANSFER frame: who becomes the owner, whose records are selected) and tasks completed by
describing what was done. Written over the second, third and fourth fixtures, not the demo data; each case was a
miss of an already-scored held-out half."""
from __future__ import annotations

import gc

import pytest

from core import snapshot
from core.chat import ChatService
from core.store import Store
from tests.corpus import fixture_b, fixture_d


def _world(fx, monkeypatch):
    monkeypatch.setenv("CRM_PIPELINE", ",".join(fx.PIPELINE))
    store = Store(":memory:")
    fx.generate(store, fx.TODAY)
    return ChatService(store), store, fx


def _user(store, first):
    return store.scalar("SELECT id FROM users WHERE name LIKE ?", [first + " %"])


def _plan(chat, fx, text, email):
    return chat.plan(text, email, None, fx.TODAY)


def _changes(p):
    return [(s.op, s.id, {k: v[1] for k, v in s.changes.items()}) for s in p.steps]


def test_a_rep_named_like_a_contact_owns_records_when_the_sentence_says_so(monkeypatch):
    chat, store, fx = _world(fixture_d, monkeypatch)  # Emeka is a rep and a contact's first name
    emeka, thandiwe = _user(store, "Emeka"), _user(store, "Thandiwe")
    p = _plan(chat, fx, "reassign all of Emeka's Intake deals to Thandiwe", "henrike@halyardnet.io")
    wanted = [r[0] for r in store.execute("SELECT id FROM deals WHERE owner_id = ? AND stage = 'Intake' AND "
                                          "deleted_at IS NULL ORDER BY id", [emeka]).fetchall()]
    assert p.status == "ready" and [i for _, i, _ in _changes(p)] == wanted
    assert all(c == {"owner_id": thandiwe} for _, _, c in _changes(p))
    p = _plan(chat, fx, "Emeka owns Pomeroy Eye Centre Firewall & VPN from now on", "henrike@halyardnet.io")
    assert [(op, c) for op, _, c in _changes(p)] == [("update_deal", {"owner_id": emeka})]
    store.close()


def test_to_me_and_under_my_name_make_the_speaker_the_owner(monkeypatch):
    chat, store, fx = _world(fixture_d, monkeypatch)
    p = _plan(chat, fx, "hand the Brindle Dental Group account to me", "thandiwe@halyardnet.io")
    company = store.scalar("SELECT id FROM companies WHERE name = 'Brindle Dental Group'")
    assert _changes(p) == [("update_company", company, {"owner_id": _user(store, "Thandiwe")})]
    p = _plan(chat, fx, "reassign all of Emeka's deals closing in December to me", "casimir@halyardnet.io")
    dec = [r[0] for r in store.execute("SELECT id FROM deals WHERE owner_id = ? AND month(close_date) = 12 AND stage "
                                       "NOT IN ('Installed', 'Dropped') AND deleted_at IS NULL ORDER BY id",
                                       [_user(store, "Emeka")]).fetchall()]
    assert dec and [i for _, i, _ in _changes(p)] == dec
    assert all(c == {"owner_id": _user(store, "Casimir")} for _, _, c in _changes(p))
    store.close()


@pytest.mark.parametrize("text, kind", [
    ("Bogdan will look after the Wexford Hotel Group account going forward", "company"),
    ("Mireille is now the account owner for Ashby Foods", "company"),
])
def test_future_and_role_idioms_name_the_new_owner(monkeypatch, text, kind):
    chat, store, fx = _world(fixture_b, monkeypatch)
    p = _plan(chat, fx, text, "freya@brightline-mech.com")
    new = _user(store, text.split()[0])
    assert p.status == "ready" and [(op, c) for op, _, c in _changes(p)] == [(f"update_{kind}", {"owner_id": new})]


def test_the_new_owner_is_not_also_the_filter(monkeypatch):
    chat, store, fx = _world(fixture_b, monkeypatch)
    mireille = _user(store, "Mireille")
    p = _plan(chat, fx, "make Mireille the owner of every Boiler Retrofit deal in Inquiry", "tomas@brightline-mech.com")
    wanted = [r[0] for r in store.execute("SELECT id FROM deals WHERE product = 'Boiler Retrofit' AND stage = 'Inquiry' "
                                          "AND deleted_at IS NULL ORDER BY id").fetchall()]
    assert wanted and [i for _, i, _ in _changes(p)] == wanted
    assert all(c == {"owner_id": mireille} for _, _, c in _changes(p))


def test_his_and_her_deals_are_the_deals_of_the_rep_named_before(monkeypatch):
    chat, store, fx = _world(fixture_b, monkeypatch)
    tomas, mireille = _user(store, "Tomas"), _user(store, "Mireille")
    p = _plan(chat, fx, "Tomas is out - hand all of his Contract Review and Bid Submitted deals to Mireille",
              "freya@brightline-mech.com")
    wanted = [r[0] for r in store.execute("SELECT id FROM deals WHERE owner_id = ? AND stage IN ('Contract Review', "
                                          "'Bid Submitted') AND deleted_at IS NULL ORDER BY id", [tomas]).fetchall()]
    assert wanted and [i for _, i, _ in _changes(p)] == wanted  # both stages: "and" joins a list, not two clauses
    assert all(c == {"owner_id": mireille} for _, _, c in _changes(p))


def test_describing_what_was_done_then_tick_that_off_completes_that_task_and_logs_nothing(monkeypatch):
    chat, store, fx = _world(fixture_b, monkeypatch)
    p = _plan(chat, fx, "sent the MSA draft to Owen Thackeray, tick that off", "tomas@brightline-mech.com")
    (op, tid, change), = _changes(p)
    title = store.scalar("SELECT title FROM tasks WHERE id = ?", [tid])
    assert op == "complete_task" and "MSA" in title and change == {"status": "done"}


@pytest.mark.parametrize("text", [
    "mark 'Prepare retrofit options for Pinecrest' as done",
    "check off 'Prepare retrofit options for Pinecrest'",
])
def test_a_quoted_title_completes_that_task(monkeypatch, text):
    chat, store, fx = _world(fixture_b, monkeypatch)
    p = _plan(chat, fx, text, "ines@brightline-mech.com")
    (op, tid, _), = _changes(p)
    assert op == "complete_task" and store.scalar("SELECT title FROM tasks WHERE id = ?", [tid]) == \
        "Prepare retrofit options for Pinecrest"


def test_a_snapshot_never_comes_from_another_store():
    """id(store) is reused after a Store is collected; the snapshot cache must not hand out the old store's data."""
    for i in range(30):
        store = Store(":memory:")
        with store.atomic():
            store.execute("INSERT INTO companies (id, name, created_at, updated_at) VALUES (1, ?, now(), now())",
                          [f"Company {i}"])
        assert [c["name"] for c in snapshot.load(store).companies.values()] == [f"Company {i}"]
        store.close()
        del store
        gc.collect()


def _solar(monkeypatch):
    from tests.corpus import fixture_e
    return _world(fixture_e, monkeypatch)


def test_a_create_then_assign_it_to_a_rep_sets_the_new_records_owner(monkeypatch):
    chat, store, fx = _solar(monkeypatch)
    p = _plan(chat, fx, "Create a rooftop array deal for Dunmore Leisure Centre worth 120,000 and assign it to Leonie",
              "gustav@keelstonesolar.com")
    (op, _, c), = _changes(p)
    assert op == "create_deal" and c["owner_id"] == _user(store, "Leonie") and c["amount"] == 120000


def test_a_stage_word_inside_a_meeting_name_is_not_a_stage_move(monkeypatch):
    chat, store, fx = _solar(monkeypatch)  # "Design" is a stage of this pipeline
    p = _plan(chat, fx, "had a design review with Torsten Engel on Monday", "dmitri@keelstonesolar.com")
    assert [(op, c["type"]) for op, _, c in _changes(p)] == [("log_activity", "meeting")]


def test_one_email_to_two_people_logs_one_activity_each(monkeypatch):
    chat, store, fx = _solar(monkeypatch)
    p = _plan(chat, fx, "emailed Wendell Asare and Caspar Lund the monitoring options", "oren@keelstonesolar.com")
    people = {store.scalar("SELECT first_name FROM contacts WHERE id = ?", [c["contact_id"]]) for _, _, c in _changes(p)}
    assert [op for op, _, _ in _changes(p)] == ["log_activity"] * 2 and people == {"Wendell", "Caspar"}


def test_a_lifecycle_filter_narrows_a_bulk_delete(monkeypatch):
    chat, store, fx = _solar(monkeypatch)
    p = _plan(chat, fx, "remove all the Pennyroyal contacts who are still leads", "gustav@keelstonesolar.com")
    leads = [r[0] for r in store.execute("SELECT c.id FROM contacts c JOIN companies co ON co.id = c.company_id WHERE "
                                         "co.name LIKE 'Pennyroyal%' AND c.lifecycle_stage = 'lead' AND c.deleted_at IS "
                                         "NULL ORDER BY c.id").fetchall()]
    assert leads and [i for _, i, _ in _changes(p)] == leads


def test_them_all_is_the_list_just_answered_and_never_one_record(monkeypatch):
    chat, store, fx = _solar(monkeypatch)
    p = chat.plan("hand them all to Dmitri", "gustav@keelstonesolar.com", "s0", fx.TODAY)
    assert p.status == "rejected" and not p.steps and "them" in " ".join(p.errors)  # nothing listed before
    answer = chat.plan("how many open deals does Oren have?", "gustav@keelstonesolar.com", "s1", fx.TODAY)
    listed = {r["id"] for r in answer.table}
    assert len(listed) > 1
    p = chat.plan("hand them all to Dmitri", "gustav@keelstonesolar.com", "s1", fx.TODAY)
    assert p.ready and {s.id for s in p.steps} == listed
    dmitri = store.scalar("SELECT id FROM users WHERE name LIKE 'Dmitri%'")
    assert {s.changes["owner_id"][1] for s in p.steps} == {dmitri}


def test_a_field_the_crm_does_not_keep_is_declined_not_answered_with_the_overview(monkeypatch):
    chat, store, fx = _solar(monkeypatch)
    p = _plan(chat, fx, "what's Saltmarsh Hotel & Spa's credit rating?", "bettina@keelstonesolar.com")
    assert p.intent == "question" and "doesn't record a credit rating" in p.answer and "$" not in p.answer
    p = _plan(chat, fx, "what's Saltmarsh Hotel & Spa's domain?", "bettina@keelstonesolar.com")
    assert "saltmarshhotel.com" in p.answer


def test_quiet_deals_of_mine_each_get_the_task(monkeypatch):
    chat, store, fx = _solar(monkeypatch)
    p = _plan(chat, fx, "for my rooftop array deals that have gone quiet for 3 weeks, set me a check-in task for Monday",
              "oren@keelstonesolar.com")
    assert p.status == "ready" and p.steps and all(op == "create_task" for op, _, _ in _changes(p))
    assert all(c["deal_id"] and str(c["due_date"]) == "2030-05-20" for _, _, c in _changes(p))


@pytest.mark.parametrize("text", ["move Saltmarsh Hotel EV Charging Hub to Permitting, scratch that",
                                  "move Saltmarsh Hotel EV Charging Hub to Permitting... actually scratch that",
                                  "log a call with Torsten Engel - never mind"])
def test_a_request_taken_back_at_the_end_plans_nothing(monkeypatch, text):
    chat, store, fx = _solar(monkeypatch)
    p = _plan(chat, fx, text, "oren@keelstonesolar.com")
    assert not p.steps and "took the request back" in " ".join(p.errors)


def test_scratch_that_followed_by_a_value_corrects_it(monkeypatch):
    chat, store, fx = _solar(monkeypatch)
    p = _plan(chat, fx, "move Saltmarsh Hotel EV Charging Hub to Permitting, scratch that, Roof Audit",
              "oren@keelstonesolar.com")
    assert [c for _, _, c in _changes(p)] == [{"stage": "Roof Audit"}]


@pytest.mark.parametrize("text, stage", [
    ("not Permitting - put the Thornbury Freight Charging Hub in Design", "Design"),
])
def test_put_a_deal_in_a_stage_sets_that_stage(monkeypatch, text, stage):
    chat, store, fx = _solar(monkeypatch)
    p = _plan(chat, fx, text, "oren@keelstonesolar.com")
    assert [c for _, _, c in _changes(p)] == [{"stage": stage}]


def test_a_spaced_dash_before_an_amount_is_not_a_minus(monkeypatch):
    chat, store, fx = _solar(monkeypatch)
    p = _plan(chat, fx, "Saltmarsh Hotel Rooftop Array - $80,000 even", "oren@keelstonesolar.com")
    assert [c for _, _, c in _changes(p)] == [{"amount": 80000}]


def test_questions_about_a_rep_named_like_a_contact_are_about_the_rep(monkeypatch):
    chat, store, fx = _solar(monkeypatch)
    oren = _user(store, "Oren")
    won = store.scalar("SELECT count(*) FROM deals WHERE owner_id = ? AND stage = 'Energised'", [oren])
    p = _plan(chat, fx, "how many deals has Oren won?", "gustav@keelstonesolar.com")
    assert p.answer.startswith(f"{won} deal")
    shelved = store.scalar("SELECT count(*) FROM deals WHERE stage = 'Shelved' AND year(close_date) = 2030")
    p = _plan(chat, fx, "how many deals did we shelve this year?", "gustav@keelstonesolar.com")
    assert p.answer.startswith(f"{shelved} deal") and "lost" in p.answer
