"""Families the thirteenth corpus (tests/corpus/fixture_m.py: a commercial beekeeping service) showed at first look,
both halves scored once before any of this (64.1% / 64.1%): variants of families fixed on the twelfth. Sentences here
are new (not the corpus's)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.test_frames_filters_and_names import _fixture_world


@pytest.fixture(scope="module")
def apiary():
    yield from _fixture_world("fixture_m")


ADMIN = "orsolya@hollowmere-apiaries.com"


def _changes(p):
    return [(s.op, s.id, {k: v[1] for k, v in s.changes.items()}) for s in p.steps]


def _person(store, offset):
    return store.one("SELECT id, first_name || ' ' || last_name AS name FROM contacts ORDER BY id LIMIT 1 OFFSET ?",
                     [offset])


@pytest.mark.parametrize("said, days", [("three weeks from today", 21), ("ten days from now", 10),
                                        ("a week from today", 7)])
def test_a_due_date_counted_from_today(apiary, said, days):
    chat, store, fx = apiary
    who = _person(store, 20)
    p = chat.plan(f"{said} I need to send {who['name']} the invoice", ADMIN, None, fx.TODAY)
    (op, _, fields), = _changes(p)
    assert op == "create_task" and fields["due_date"] == str(fx.TODAY + dt.timedelta(days=days)), fields


def test_make_it_her_task_gives_it_to_the_rep_named(apiary):
    chat, store, fx = apiary
    who = _person(store, 22)
    p = chat.plan(f"Levente needs to email {who['name']} by Thursday — make it his task", ADMIN, None, fx.TODAY)
    (op, _, fields), = _changes(p)
    assert (op, fields["owner_id"], fields["contact_id"]) == ("create_task", 4, who["id"]), fields
    assert "make it" not in fields["title"]


def test_a_company_together_with_its_deal_changes_hands(apiary):
    chat, store, fx = apiary
    deal = store.one("SELECT d.id, d.product, c.id AS company_id, c.name AS company FROM deals d JOIN companies c ON "
                     "c.id = d.company_id WHERE c.owner_id <> 4 AND d.product IS NOT NULL AND (SELECT count(*) FROM deals "
                     "x WHERE x.company_id = c.id) = 1 ORDER BY d.id LIMIT 1")
    p = chat.plan(f"{deal['company']}, along with its {deal['product'].lower()} deal, now belongs to Levente", ADMIN, None,
                  fx.TODAY)
    assert sorted(_changes(p)) == sorted([("update_company", deal["company_id"], {"owner_id": 4}),
                                          ("update_deal", deal["id"], {"owner_id": 4})]), (p.errors, _changes(p))
