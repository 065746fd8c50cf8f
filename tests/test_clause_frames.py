"""Clause frames (core/understanding/frames.py): changes read from the verb and the role words around typed spans
where no intent rule fires — tried over fixture L (a language-services firm) with sentences of our own, and the
cases where a frame must not be read: negation, hedges, questions, an old value that is not the record's."""
from __future__ import annotations

import pytest

from tests.test_frames_filters_and_names import _fixture_world

ADMIN, JOAQUIM, INGVILD, FARRUKH = "mahlet@tesseralang.com", 2, 3, 4
REP = "farrukh@tesseralang.com"


@pytest.fixture(scope="module")
def lang():
    yield from _fixture_world("fixture_l")


def _changes(p):
    return [(s.op, s.id, {k: v[1] for k, v in s.changes.items()}) for s in p.steps]


def _company(store, name):
    return store.one("SELECT id, name, industry, domain, owner_id FROM companies WHERE name = ?", [name])


def _plan(lang, text, who=ADMIN):
    chat, _, fx = lang
    return chat.plan(text, who, None, fx.TODAY)


@pytest.mark.parametrize("text, owner", [
    ("We're shifting the Ulverdale Rovers account across to Farrukh this week", FARRUKH),
    ("Ulverdale Rovers is coming to me from today", FARRUKH),
    ("Ulverdale Rovers is Farrukh's patch now", FARRUKH),
    ("keep the history as it is — but Ingvild becomes its owner: Ulverdale Rovers", None),
    ("please can the system show Ingvild as the owner of Ulverdale Rovers", INGVILD),
])
def test_an_owner_change_is_read_from_the_verb_and_the_role_of_the_rep(lang, text, owner):
    store = lang[1]
    co = _company(store, "Ulverdale Rovers")
    p = _plan(lang, text, REP)
    if owner is None:  # the record named after the clause that changes it: no frame reads across that
        assert not any(s.changes.get("owner_id", (None, None))[1] == INGVILD and s.id != co["id"] for s in p.steps)
        return
    assert _changes(p) == [("update_company", co["id"], {"owner_id": owner})], (text, p.errors)
    assert "TRANSFER frame" in p.engine, p.engine


def test_a_first_name_shared_by_a_rep_and_a_contact_is_the_rep_when_it_becomes_the_owner(lang):
    store = lang[1]  # "Ingvild" is a user and the first name of a contact
    co = _company(store, "Harnby Crown Court")
    p = _plan(lang, "Harnby Crown Court stays exactly as it is, except Ingvild becomes its owner", REP)
    assert _changes(p) == [("update_company", co["id"], {"owner_id": INGVILD})], p.errors


def test_the_speaker_taking_a_contact_is_the_new_owner(lang):
    store = lang[1]
    who = store.one("SELECT id, first_name || ' ' || last_name AS name FROM contacts WHERE owner_id <> ? ORDER BY id "
                    "LIMIT 1", [FARRUKH])
    p = _plan(lang, f"I'd like to own {who['name']} going forward", REP)
    assert _changes(p) == [("update_contact", who["id"], {"owner_id": FARRUKH})], p.errors


def test_a_record_given_to_someone_who_is_not_a_user_is_refused_by_name(lang):
    p = _plan(lang, "Skerrow Games belongs with Priyanka now", REP)
    assert not p.steps and "Priyanka" in " ".join(p.errors), p.errors


@pytest.mark.parametrize("text, value", [
    ("Brindlecombe Pictures are a streamer these days — set their industry to Streaming, ta!", "Streaming"),
    ("Brindlecombe Pictures is really a streaming outfit — industry Streaming Services, please", "Streaming Services"),
    ("file Brindlecombe Pictures under Streaming rather than Film Distribution", "Streaming"),
    ("Brindlecombe Pictures should be filed under Streaming, not Film Distribution", "Streaming"),
    ("Brindlecombe Pictures is Streaming Media for industry, please", "Streaming Media"),
    ("Brindlecombe Pictures is really Streaming Media rather than Film Distribution", "Streaming Media"),
    ("would you mind changing Brindlecombe Pictures' industry to Online Video?", "Online Video"),
])
def test_an_industry_is_read_from_the_field_word_or_the_old_value(lang, text, value):
    co = _company(lang[1], "Brindlecombe Pictures")
    p = _plan(lang, text)
    assert _changes(p) == [("update_company", co["id"], {"industry": value})], (text, p.errors, _changes(p))


def test_an_old_value_that_is_not_the_records_names_no_field(lang):
    """'is really X rather than Y' changes the field whose value is Y; when no field holds Y, nothing is guessed."""
    p = _plan(lang, "Brindlecombe Pictures is really Streaming Media rather than Pet Food")
    assert not any(s.changes.get("industry") for s in p.steps), _changes(p)


def test_a_domain_said_with_the_old_one_after_it_takes_the_new_one(lang):
    co = _company(lang[1], "Skerrow Games")
    p = _plan(lang, "Skerrow Games domain is skerrow.io, not skerrowgames.com")
    assert _changes(p) == [("update_company", co["id"], {"domain": "skerrow.io"})], p.errors


def test_a_person_who_moved_company_is_moved_once(lang):
    store = lang[1]
    who = store.one("SELECT c.id, c.first_name || ' ' || c.last_name AS name, c.company_id FROM contacts c "
                    "WHERE c.company_id <> 6 ORDER BY c.id LIMIT 1 OFFSET 7")
    text = f"{who['name']} has changed jobs — they're at Brindlecombe Pictures now, move them there."
    p = _plan(lang, text.replace("they're", "she's").replace("them there", "her there"))
    assert _changes(p) == [("update_contact", who["id"], {"company_id": 6})], p.errors


@pytest.mark.parametrize("text", [
    "don't shift the Ulverdale Rovers account across to Farrukh",
    "we're thinking of shifting Ulverdale Rovers across to Farrukh",
    "is Ulverdale Rovers shifting across to Farrukh?",
    "no need to set their industry to Streaming, Brindlecombe Pictures is fine",
])
def test_no_frame_is_read_from_a_negated_hedged_or_asked_clause(lang, text):
    p = _plan(lang, text, REP)
    assert not p.steps, (text, _changes(p))


def test_a_filter_said_first_and_handed_over_as_it_moves_every_deal_it_selects(lang):
    store, fx = lang[1], lang[2]
    open_stages = fx.PIPELINE[:-2]
    product = store.scalar(f"SELECT product FROM deals WHERE owner_id = ? AND stage IN ({','.join('?' * len(open_stages))}) "
                           "GROUP BY product ORDER BY count(*) DESC, product LIMIT 1", [FARRUKH, *open_stages])
    mine = [r["id"] for r in store.query(f"SELECT id FROM deals WHERE owner_id = ? AND product = ? AND stage IN "
                                         f"({','.join('?' * len(open_stages))}) ORDER BY id",
                                         [FARRUKH, product, *open_stages])]
    p = _plan(lang, f"Everything Farrukh has open in {product}, hand it to Joaquim", ADMIN)
    assert _changes(p) == [("update_deal", d, {"owner_id": JOAQUIM}) for d in mine], (p.errors, _changes(p))
    assert "TRANSFER frame over a filter" in p.engine, p.engine
    p = _plan(lang, f"Everything Farrukh has open in {product}, don't hand it to Joaquim", ADMIN)
    assert not p.steps, _changes(p)


def test_a_colleague_talked_to_is_not_a_customer_activity_and_so_make_me_the_owner_is_its_own_clause(lang):
    store = lang[1]
    co = _company(store, "Skerrow Games")
    p = _plan(lang, "Joaquim and I talked it over at lunch and it makes sense for me to run the Skerrow Games account "
                    "since I've got the voiceover deal there anyway, so make me the owner of Skerrow Games", REP)
    assert _changes(p) == [("update_company", co["id"], {"owner_id": FARRUKH})], (p.errors, _changes(p))


def test_a_clause_read_two_ways_is_refused_not_guessed(lang):
    """The intent rules and the clause frame disagree on which record changes owner: neither is planned."""
    store = lang[1]
    co = _company(store, "Morvick Medical Devices")
    person = store.one("SELECT first_name FROM contacts WHERE first_name = 'Ingvild'")
    assert person, "a contact shares the rep's first name"
    p = _plan(lang, f"The {co['name']} account comes to me now; Ingvild has too much on.", REP)
    assert all(s.id == co["id"] and s.table == "companies" for s in p.steps), _changes(p)


def test_a_day_month_date_that_cannot_be_month_day_is_read(lang):
    chat, store, fx = lang
    co = _company(store, "Skerrow Games")
    p = _plan(lang, f"new deal {co['name']}, 11k, close 25/8", REP)
    (op, _, fields), = _changes(p)
    assert op == "create_deal" and fields["close_date"].endswith("-08-25"), fields


def test_a_stage_said_as_its_verb_moves_the_records_to_that_stage(lang):
    """'lapse it', 'shortlist every …': the pipeline's one-word participle stages (Lapsed, Shortlisted) as verbs."""
    store, fx = lang[1], lang[2]
    deal = store.one("SELECT id, name FROM deals WHERE name = 'Skerrow Games Trailer Voiceover'")
    lapsed, shortlisted, costed = fx.PIPELINE[-1], fx.PIPELINE[3], fx.PIPELINE[2]
    p = _plan(lang, f"{deal['name']} is off the table, lapse it", REP)
    assert _changes(p) == [("update_deal", deal["id"], {"stage": lapsed})], p.errors
    mine = [r["id"] for r in store.query("SELECT id FROM deals WHERE owner_id = ? AND stage = ? ORDER BY id",
                                          [FARRUKH, costed])]
    p = _plan(lang, f"please shortlist every {costed} deal of mine", REP)
    assert sorted(s.id for s in p.steps) == mine and all(s.changes["stage"][1] == shortlisted for s in p.steps), \
        (p.errors, _changes(p))
    p = _plan(lang, f"remind me to lapse {deal['name']} on Friday", REP)
    assert [s.op for s in p.steps] == ["create_task"], _changes(p)


def test_a_stage_verb_on_something_that_is_no_deal_moves_nothing(lang):
    store = lang[1]
    who = store.one("SELECT first_name FROM contacts ORDER BY id LIMIT 1 OFFSET 3")
    for text in (f"commission the glossary review with {who['first_name']} tomorrow",
                 f"Called {who['first_name']}, lapsed the old quote with her"):
        p = _plan(lang, text, REP)
        assert not any(s.op == "update_deal" for s in p.steps), (text, _changes(p))


def test_terse_arrows_possessives_and_unknown_new_owners(lang):
    store = lang[1]
    a, b = _company(store, "Skerrow Games"), _company(store, "Ulverdale Rovers")
    p = _plan(lang, "Skerrow Games → Joaquim, Ulverdale Rovers → Ingvild", ADMIN)
    assert _changes(p) == [("update_company", a["id"], {"owner_id": JOAQUIM}),
                           ("update_company", b["id"], {"owner_id": INGVILD})], (p.errors, _changes(p))
    p = _plan(lang, "Harnby Crown Court is Farrukh's now", ADMIN)
    assert _changes(p) == [("update_company", 1, {"owner_id": FARRUKH})], p.errors
    p = _plan(lang, "hand Skerrow Games Trailer Voiceover to Priyanka", ADMIN)
    assert not p.steps and "Priyanka" in " ".join(p.errors), p.errors


def test_where_a_deal_ought_to_be_sitting_is_its_new_stage(lang):
    store, fx = lang[1], lang[2]
    deal = store.one("SELECT id, name, stage FROM deals WHERE stage = ? ORDER BY id LIMIT 1", [fx.PIPELINE[1]])
    p = _plan(lang, f"{deal['name']} ought to be sitting in {fx.PIPELINE[2]}, not {fx.PIPELINE[1]}", ADMIN)
    assert _changes(p) == [("update_deal", deal["id"], {"stage": fx.PIPELINE[2]})], p.errors


def test_passive_owners_titles_made_and_records_that_go_to_nobody(lang):
    store = lang[1]
    co = _company(store, "Ulverdale Rovers")
    p = _plan(lang, "Ulverdale Rovers will be managed by Farrukh.", ADMIN)
    assert _changes(p) == [("update_company", co["id"], {"owner_id": FARRUKH})], p.errors
    who = store.one("SELECT c.id, c.first_name || ' ' || c.last_name AS name, co.name AS company FROM contacts c "
                    "JOIN companies co ON co.id = c.company_id ORDER BY c.id LIMIT 1 OFFSET 9")
    p = _plan(lang, f"{who['name']} has been made Head of Outreach at {who['company']}", ADMIN)
    assert _changes(p) == [("update_contact", who["id"], {"title": "Head of Outreach"})], p.errors
    p = _plan(lang, "Skerrow Games should go to Priyanka", ADMIN)
    assert not p.steps and "Priyanka" in " ".join(p.errors), p.errors


def test_her_company_switched_after_asking_about_her_moves_that_person(lang):
    chat, store, fx = lang
    who = store.one("SELECT id, first_name || ' ' || last_name AS name, company_id FROM contacts WHERE company_id <> 6 "
                    "ORDER BY id LIMIT 1 OFFSET 11")
    chat.plan(f"What's {who['name']}'s email?", REP, "frames-her", fx.TODAY)
    p = chat.plan("could you switch her company over to Brindlecombe Pictures? she's moved", REP, "frames-her", fx.TODAY)
    assert _changes(p) == [("update_contact", who["id"], {"company_id": 6})], p.errors


def test_wherever_a_close_date_is_behind_us_reset_it_moves_each_late_open_deal(lang):
    store, fx = lang[1], lang[2]
    late = [r["id"] for r in store.query(f"SELECT id FROM deals WHERE close_date < ? AND stage IN "
                                         f"({','.join('?' * 4)}) ORDER BY id", [fx.TODAY, *fx.PIPELINE[:4]])]
    p = _plan(lang, "Wherever an open deal's close date is already behind us, reset it to June 30", ADMIN)
    assert late and sorted(s.id for s in p.steps) == late, (p.errors, _changes(p))


def test_a_reviewer_cancelling_a_task_is_told_the_role(lang):
    p = _plan(lang, "Cancel my follow-up with Nino Beridze", "kertu@tesseralang.com")
    assert not p.steps and "reviewer" in " ".join(p.errors), p.errors


def test_a_deal_that_belongs_under_another_product_changes_product(lang):
    store = lang[1]
    deal = store.one("SELECT id, name, product FROM deals ORDER BY id LIMIT 1")
    other = store.scalar("SELECT product FROM deals WHERE product <> ? ORDER BY id LIMIT 1", [deal["product"]])
    p = _plan(lang, f"{deal['name']} belongs under {other} now, not {deal['product']} — they changed the scope", ADMIN)
    assert _changes(p) == [("update_deal", deal["id"], {"product": other})], (p.errors, _changes(p))
