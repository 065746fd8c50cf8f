"""Families the twelfth corpus's dev half found at first look (176/222, 9 wrong ready plans), each over that corpus's
world (tests/corpus/fixture_l.py: a translation and interpreting agency), with what the plan must and must not do.
Sentences here are new (not the corpus's), so these tests check the family, not the item."""
from __future__ import annotations

import pytest

from tests.test_frames_filters_and_names import _fixture_world


@pytest.fixture(scope="module")
def agency():
    yield from _fixture_world("fixture_l")


ADMIN, REP = "mahlet@tesseralang.com", "joaquim@tesseralang.com"


def _plan(world, text, who=ADMIN, session=None):
    chat, _, fx = world
    return chat.plan(text, who, session, fx.TODAY)


def _changes(p):
    return [(s.op, s.id, {k: v[1] for k, v in s.changes.items()}) for s in p.steps]


def _open_deal(store, owner_email=REP, offset=0):
    return store.one("SELECT d.id, d.name, d.stage, d.amount, d.company_id FROM deals d JOIN users u ON u.id = d.owner_id "
                     "WHERE u.email = ? AND d.stage NOT IN ('Commissioned', 'Lapsed') ORDER BY d.id LIMIT 1 OFFSET ?",
                     [owner_email, offset])


def test_an_outcome_said_as_not_happened_yet_changes_nothing(agency):
    """"don't move X to <won stage> yet, the client hasn't signed" once moved it: the second clause read 'signed'."""
    _, store, _ = agency
    deal = _open_deal(store)
    p = _plan(agency, f"don't move {deal['name']} to Commissioned yet, the client hasn't signed", REP)
    assert not p.steps, _changes(p)
    p = _plan(agency, f"{deal['name']}: they didn't sign, so leave it where it is", REP)
    assert not p.steps, _changes(p)


def test_all_and_a_number_of_things_that_are_not_records_is_no_bulk_change(agency):
    """'<deal>: they've commissioned us for all five languages' once moved 32 deals."""
    _, store, _ = agency
    deal = _open_deal(store)
    p = _plan(agency, f"{deal['name']}: they've commissioned us for all three dialects", REP)
    assert [(op, rid) for op, rid, _ in _changes(p)] == [("update_deal", deal["id"])], _changes(p)


def test_an_amount_said_as_thousands_and_a_remainder(agency):
    _, store, _ = agency
    deal = _open_deal(store, offset=1)
    p = _plan(agency, f"set the {deal['name']} amount to 7 thousand 250", REP)
    assert _changes(p) == [("update_deal", deal["id"], {"amount": 7250})]


def test_a_number_someone_gave_me_is_not_a_transfer_to_me(agency):
    """"<person>'s phone is …, she gave it to me at the fair" once also made the speaker the contact's owner."""
    _, store, _ = agency
    person = store.one("SELECT c.id, c.first_name || ' ' || c.last_name AS name FROM contacts c JOIN users u ON "
                       "u.id = c.owner_id WHERE u.email <> ? ORDER BY c.id LIMIT 1", [REP])
    p = _plan(agency, f"{person['name']}'s mobile is 07700 900 123, he handed it to me after the conference", REP)
    assert _changes(p) == [("update_contact", person["id"], {"phone": "07700 900 123"})], _changes(p)


def test_that_company_after_a_question_about_a_person_is_the_company_alone(agency):
    chat, store, fx = agency
    person = store.one("SELECT id, first_name || ' ' || last_name AS name, company_id FROM contacts ORDER BY id LIMIT 1")
    chat.plan(f"where does {person['name']} work?", ADMIN, "s-twelfth-firm", fx.TODAY)
    p = chat.plan("log a note on that company: they are moving offices in May", ADMIN, "s-twelfth-firm", fx.TODAY)
    fields = _changes(p)[0][2]
    assert fields["company_id"] == person["company_id"] and "contact_id" not in fields, fields


def test_taking_over_a_company_and_its_deal_changes_both(agency):
    _, store, _ = agency
    deal = store.one("SELECT d.id, d.name, d.product, c.id AS company_id, c.name AS company FROM deals d JOIN companies c "
                     "ON c.id = d.company_id WHERE c.owner_id = 2 AND d.stage NOT IN ('Commissioned', 'Lapsed') AND "
                     "(SELECT count(*) FROM deals x WHERE x.company_id = c.id) = 1 ORDER BY d.id LIMIT 1")
    p = _plan(agency, f"Ingvild is taking over {deal['company']} and its {deal['product'].lower()} deal")
    assert sorted(_changes(p)) == sorted([("update_company", deal["company_id"], {"owner_id": 3}),
                                          ("update_deal", deal["id"], {"owner_id": 3})]), _changes(p)


@pytest.mark.parametrize("title", ["Mr", "Dr", "Ms"])
def test_a_title_before_a_new_persons_name_is_not_their_first_name(agency, title):
    _, store, _ = agency
    company = store.one("SELECT id, name FROM companies ORDER BY id LIMIT 1")
    p = _plan(agency, f"please add {title} Oskari Vainio of {company['name']} as a contact")
    fields = _changes(p)[0][2]
    assert (fields["first_name"], fields["last_name"], fields["company_id"]) == ("Oskari", "Vainio", company["id"])


def test_a_new_company_given_as_name_domain_and_industry(agency):
    p = _plan(agency, "new account: Quarnford Lifeboat Trust, quarnford-lifeboat.org, Charity")
    assert _changes(p)[0][2] | {} == {**_changes(p)[0][2], "industry": "Charity", "domain": "quarnford-lifeboat.org",
                                      "name": "Quarnford Lifeboat Trust"}


def test_a_company_contact_for_a_rep_and_the_account_to_another(agency):
    """'add <company> contact <name> for <rep>, and the <company> account goes to <rep>' once made only the owner change."""
    _, store, _ = agency
    company = store.one("SELECT id, name FROM companies WHERE owner_id <> 3 ORDER BY id LIMIT 1 OFFSET 2")
    p = _plan(agency, f"add {company['name']} contact Ilse Brandvold for Farrukh, and the {company['name']} account "
                      "goes to Ingvild")
    ops = _changes(p)
    assert ops[0][0] == "create_contact" and ops[0][2]["owner_id"] == 4 and ops[0][2]["company_id"] == company["id"], ops
    assert ("update_company", company["id"], {"owner_id": 3}) in ops, ops


def _person(store, offset=0):
    return store.one("SELECT id, first_name || ' ' || last_name AS name, company_id FROM contacts ORDER BY id LIMIT 1 "
                     "OFFSET ?", [offset])


@pytest.mark.parametrize("said, kind", [
    ("just off the phone with {who}, they want a quote for the brochure", "call"),
    ("spent Thursday morning with {who} going through the glossary, log it as a meeting", "meeting"),
    ("I would like to record a call made yesterday with {who} regarding the interpreting rota", "call"),
])
def test_more_ways_of_reporting_an_interaction(agency, said, kind):
    _, store, _ = agency
    who = _person(store, 12)
    p = _plan(agency, said.format(who=who["name"]), REP)
    assert [(op, f["type"], f["contact_id"]) for op, _, f in _changes(p)] == [("log_activity", kind, who["id"])]


def test_the_type_said_again_after_a_correction_is_one_activity(agency):
    _, store, _ = agency
    who = _person(store, 13)
    p = _plan(agency, f"I didn't text {who['name']}, I rang her — log it as a call", REP)
    assert [(op, f["type"]) for op, _, f in _changes(p)] == [("log_activity", "call")], _changes(p)


@pytest.mark.parametrize("said", ["the {deal} deal can be deleted, it was a duplicate",
                                  "wipe the {deal} deal off the system"])
def test_a_deletion_said_in_the_passive_or_as_wiping(agency, said):
    _, store, _ = agency
    deal = _open_deal(store, offset=2)
    p = _plan(agency, said.format(deal=deal["name"]))
    assert _changes(p) == [("delete_deal", deal["id"], {"deleted_at": "on apply"})], _changes(p)


def test_a_reminder_asked_for_with_its_date_before_the_action(agency):
    _, store, fx = agency
    company = store.one("SELECT id, name FROM companies ORDER BY id LIMIT 1 OFFSET 4")
    p = _plan(agency, f"I need a reminder next Friday to chase {company['name']} about the glossary", REP)
    (op, _, fields), = _changes(p)
    assert op == "create_task" and fields["company_id"] == company["id"] and fields["due_date"] > str(fx.TODAY)


@pytest.mark.parametrize("said", ["{company} is Farrukh's now", "switch the {company} account to Farrukh",
                                  "{company} should sit with Farrukh from now on", "Farrukh can have {company}",
                                  "pass {company} across to Farrukh"])
def test_more_ways_of_handing_an_account_over(agency, said):
    _, store, _ = agency
    company = store.one("SELECT id, name FROM companies WHERE owner_id <> 4 ORDER BY id LIMIT 1 OFFSET 3")
    p = _plan(agency, said.format(company=company["name"]))
    assert _changes(p) == [("update_company", company["id"], {"owner_id": 4})], (p.errors, _changes(p))


def test_closing_the_task_a_report_describes(agency):
    """'got <thing> from <person>, you can close that one'; 'the <thing> for <deal> went to <person>, that one's done';
    a formal 'please close the corresponding task': the open task the report describes."""
    chat, store, fx = agency
    task = store.one("SELECT t.id, t.title, t.owner_id, u.email, c.first_name || ' ' || c.last_name AS person FROM tasks t "
                     "JOIN users u ON u.id = t.owner_id JOIN contacts c ON c.id = t.contact_id WHERE t.status = 'open' "
                     "AND t.title LIKE 'Send %' ORDER BY t.id LIMIT 1")
    thing = task["title"].split(" to ")[0].removeprefix("Send ").lower()
    for said in (f"the {thing} went to {task['person']}, that one's done",
                 f"Dear CRM, I confirm that the {thing} has been sent to {task['person']}; please close the "
                 "corresponding task. Regards"):
        p = chat.plan(said, task["email"], None, fx.TODAY)
        assert _changes(p) == [("complete_task", task["id"], {"status": "done"})], (said, p.errors, _changes(p))


def test_a_clause_read_as_nothing_never_leaves_a_partial_plan(agency):
    """'<company> is <name>'s now; also <person> can be deleted' with <name> both a rep and a contact once planned only
    the delete: a plan that silently leaves out one of the things asked is refused instead."""
    chat, store, fx = agency
    rep = store.one("SELECT name FROM users WHERE id = 3")["name"].split()[0]
    original = store.one("SELECT first_name FROM contacts WHERE id = 44")["first_name"]
    store.execute("UPDATE contacts SET first_name = ? WHERE id = 44", [rep])  # a contact sharing the rep's first name
    try:
        company = store.one("SELECT name FROM companies ORDER BY id LIMIT 1 OFFSET 6")["name"]
        person = _person(store, 40)["name"]
        p = chat.plan(f"{company} is {rep}'s now; also {person} can be deleted", ADMIN, None, fx.TODAY)
        assert not p.steps or len(p.steps) == 2, _changes(p)
    finally:
        store.execute("UPDATE contacts SET first_name = ? WHERE id = 44", [original])


@pytest.mark.parametrize("said", ["add contacts {a}, {b} and {c} at {co}", "{co} contacts to add: {a}, {b}, {c}",
                                  "{co}: {a}, {b} and {c}, all new contacts", "{a} + {b} + {c}, {co}, all new"])
def test_several_new_people_at_one_company(agency, said):
    _, store, _ = agency
    company = store.one("SELECT id, name FROM companies ORDER BY id LIMIT 1 OFFSET 7")
    names = ("Aino Lehtola", "Bruno Casals", "Chiara Fenoglio")
    p = _plan(agency, said.format(a=names[0], b=names[1], c=names[2], co=company["name"]))
    got = [(op, f["first_name"] + " " + f["last_name"], f["company_id"]) for op, _, f in _changes(p)]
    assert got == [("create_contact", n, company["id"]) for n in names], (p.errors, got)


def test_one_person_and_a_job_title_is_not_a_list(agency):
    _, store, _ = agency
    company = store.one("SELECT id, name FROM companies ORDER BY id LIMIT 1 OFFSET 7")
    p = _plan(agency, f"Add Aino Lehtola, Operations Lead at {company['name']}")
    assert [(op, f["first_name"], f.get("title")) for op, _, f in _changes(p)] == \
        [("create_contact", "Aino", "Operations Lead")], _changes(p)


def test_delete_every_deal_of_a_stage_is_a_filter_and_needs_an_admin(agency):
    _, store, _ = agency
    lost = [r["id"] for r in store.query("SELECT id FROM deals WHERE stage = 'Lapsed' AND deleted_at IS NULL ORDER BY id")]
    p = _plan(agency, "delete every Lapsed deal")
    assert sorted(rid for _, rid, _ in _changes(p)) == lost and {op for op, _, _ in _changes(p)} == {"delete_deal"}
    p = _plan(agency, "delete every Lapsed deal of mine", REP)
    assert not p.steps and any("only admins can delete" in e for e in p.errors), p.errors


# Families its held-out half found (scored once at 32accec: 169/221 = 76.5%, 11 wrong ready plans)

def test_a_rep_addressed_by_a_first_name_a_contact_shares(agency):
    """'Ingvild, please chase <person> …' (a rep and a contact are both called Ingvild) once gave the task to the
    speaker and linked the contact Ingvild instead of the person to chase."""
    _, store, _ = agency
    person = _person(store, 30)
    p = _plan(agency, f"Ingvild, please ring {person['name']} about the invoice on Friday — put it on her list")
    (op, _, fields), = _changes(p)
    assert (op, fields["owner_id"], fields["contact_id"]) == ("create_task", 3, person["id"]), fields
    assert not fields["title"].startswith("Ingvild"), fields["title"]


def test_setting_a_reminder_for_another_rep(agency):
    _, store, _ = agency
    person = _person(store, 31)
    (op, _, fields), = _changes(_plan(agency, f"set Farrukh a reminder for Monday to send {person['name']} the rates"))
    assert (fields["owner_id"], fields["contact_id"]) == (4, person["id"]) and fields["title"].startswith("Send")


def test_a_new_deal_said_to_be_a_reps(agency):
    _, store, _ = agency
    company = store.one("SELECT id, name FROM companies ORDER BY id LIMIT 1 OFFSET 9")
    p = _plan(agency, f"{company['name']} wants proofreading for their annual report — 3,300, Farrukh's deal")
    (op, _, fields), = _changes(p)
    assert (op, fields["company_id"], fields["amount"], fields["owner_id"]) == ("create_deal", company["id"], 3300, 4)


def test_a_dictated_email_address_and_commas(agency):
    _, store, _ = agency
    company = store.one("SELECT id, name FROM companies ORDER BY id LIMIT 1 OFFSET 9")
    p = _plan(agency, f"new contact comma Aurelio Bassi comma {company['name']} comma email aurelio dot bassi at "
                      "example dot co dot uk")
    (op, _, fields), = _changes(p)
    assert (fields["first_name"], fields["company_id"], fields["email"]) == \
        ("Aurelio", company["id"], "aurelio.bassi@example.co.uk")


def test_a_report_then_log_a_call_is_one_call(agency):
    _, store, _ = agency
    person = _person(store, 32)
    p = _plan(agency, f"I spoke to {person['name']} about the glossary this morning, log a call", REP)
    assert [(op, f["type"]) for op, _, f in _changes(p)] == [("log_activity", "call")], _changes(p)


def test_a_change_said_after_a_colon_following_a_report(agency):
    """'rang <person>: <deal> moves to <stage>, and remind me …' once logged the call and made the task, but dropped
    the move."""
    _, store, _ = agency
    deal = store.one("SELECT d.id, d.name, c.first_name || ' ' || c.last_name AS person FROM deals d JOIN contacts c ON "
                     "c.id = d.contact_id WHERE d.stage IN ('Sounding', 'Test Piece') ORDER BY d.id LIMIT 1")
    p = _plan(agency, f"rang {deal['person']}: {deal['name']} moves to Costed, and remind me to send the quote Friday")
    ops = _changes(p)
    assert [op for op, _, _ in ops] == ["log_activity", "update_deal", "create_task"], ops
    assert ops[1][1:] == (deal["id"], {"stage": "Costed"})


def test_a_meeting_logged_against_both_deals_of_a_company(agency):
    _, store, fx = agency
    company = store.one("SELECT c.id, c.name FROM companies c WHERE (SELECT count(*) FROM deals d WHERE d.company_id = c.id "
                        "AND d.stage NOT IN ('Commissioned', 'Lapsed')) = 2 ORDER BY c.id LIMIT 1")
    p = _plan(agency, f"log a call against both {company['name']} deals, spoke to them yesterday")
    ops = _changes(p)
    assert len(ops) == 2 and all(op == "log_activity" and f["company_id"] == company["id"] and f["type"] == "call"
                                 for op, _, f in ops), ops
    assert len({f["deal_id"] for _, _, f in ops}) == 2


def test_a_bulk_reminder_for_deals_nobody_has_replied_on(agency):
    _, store, fx = agency
    p = _plan(agency, "remind me Friday to chase every deal of mine nobody has replied on in three weeks", REP)
    mine = store.scalar("SELECT count(*) FROM deals WHERE owner_id = 2 AND stage NOT IN ('Commissioned', 'Lapsed')")
    assert p.steps and len(p.steps) < mine and {s.op for s in p.steps} == {"create_task"}


def test_deals_that_should_have_closed_already(agency):
    chat, store, fx = agency
    late = store.scalar("SELECT count(*) FROM deals WHERE stage NOT IN ('Commissioned', 'Lapsed') AND close_date < ?",
                        [fx.TODAY])
    answer = chat.plan("which live deals should've closed by now but haven't?", ADMIN, None, fx.TODAY).answer
    assert answer.startswith(f"{late} deal") and "(open, past their close date)" in answer, answer
