"""core/admin_settings.py over a real DuckDB store: every problem is named and nothing is stored on error; what is
saved is what the inbox uses next (the guardrails and the drafts); export and import are inverse."""
from __future__ import annotations

import json
import time

import pytest

from core.admin_settings import AdminSettings, Entry, SettingsError, Topic, Translation, lines
from core.errors import PermissionDenied
from core.executor import load_user
from core.inbox.models import InboundMessage
from core.inbox.settings import KNOWLEDGE_BASE_KEY, POLICY_KEY
from tests.test_inbox_support import make_inbox, phone_of


@pytest.fixture
def admin_settings(demo_db):
    return AdminSettings(demo_db)


@pytest.fixture
def admin(demo_db):
    return load_user(demo_db, "jordan@autocrm.local")


def stored_keys(store) -> set[str]:
    return {r["key"] for r in store.query("SELECT key FROM app_settings")}


def test_lines_reads_one_item_per_line():
    assert lines(" casino \n\n betting\r\n") == ("casino", "betting")
    assert lines("") == () and lines(None) == ()


def test_untouched_parts_are_not_stored(admin_settings, admin, demo_db):
    """Saving the threshold does not freeze the shipped policy or the knowledge base file into the database."""
    admin_settings.save_autopilot(admin, 0.9, False)
    assert admin_settings.values.threshold() == 0.9
    assert not stored_keys(demo_db) & {POLICY_KEY, KNOWLEDGE_BASE_KEY}
    assert admin_settings.knowledge_base_source().startswith("the file")


def test_every_problem_is_named_and_nothing_is_stored(admin_settings, admin, demo_db):
    before = admin_settings.export_json()
    doc = json.loads(before)
    doc["autopilot"] = {"threshold": -1, "default_on": "maybe"}
    doc["guardrails"]["forbidden_topics"]["politics"]["patterns"] = ["(("]
    doc["guardrails"]["neutral_reply"] = ""
    with pytest.raises(SettingsError) as caught:
        admin_settings.save(admin, doc)
    where = [p.where for p in caught.value.problems]
    assert where == ["Autopilot › threshold", "Autopilot › default_on", "Neutral reply",
                     "Topic “politics” › patterns"]
    assert str(caught.value).startswith("Nothing was saved: ")
    assert admin_settings.export_json() == before


def test_knowledge_base_problems_name_the_entry(admin_settings, admin):
    pricing = {e.id: e for e in admin_settings.entries()}["pricing"]
    bad = Entry("pricing", pricing.questions, pricing.answer, translations={"es": Translation(("¿cuánto cuesta?",),
                                                                                               "Cuesta {precio}.")})
    with pytest.raises(SettingsError) as caught:
        admin_settings.save_entry(admin, bad, replaces="pricing")
    [problem] = caught.value.problems
    assert problem.where == "Knowledge base › entry “pricing” › translations › es › answer"
    assert "{precio}" in problem.message and "{first_name}" in problem.message
    with pytest.raises(SettingsError, match="needs an id"):
        admin_settings.save_entry(admin, Entry("  ", ("hi",), "hello"))
    with pytest.raises(SettingsError, match="no such entry"):
        admin_settings.delete_entry(admin, "nope")


def test_renaming_a_topic_keeps_its_place_and_a_duplicate_name_is_refused(admin_settings, admin):
    names = [t.name for t in admin_settings.topics()]
    politics = {t.name: t for t in admin_settings.topics()}["politics"]
    admin_settings.save_topic(admin, Topic("elections", politics.description, politics.keywords, politics.examples,
                                           politics.patterns), replaces="politics")
    assert [t.name for t in admin_settings.topics()] == ["elections", *names[1:]]
    with pytest.raises(SettingsError, match="another topic has this name"):
        admin_settings.save_topic(admin, Topic("elections", keywords=("vote",)))


def test_the_last_intent_cannot_be_deleted(admin_settings, admin):
    *others, last = [i.name for i in admin_settings.intents()]
    for name in others:
        admin_settings.delete_intent(admin, name)
    with pytest.raises(SettingsError, match="at least one business intent"):
        admin_settings.delete_intent(admin, last)
    assert [i.name for i in admin_settings.intents()] == [last]


def test_only_admins_change_settings(admin_settings, demo_db):
    rep = load_user(demo_db, "alex@autocrm.local")
    before = admin_settings.export_json()
    with pytest.raises(PermissionDenied):
        admin_settings.save_autopilot(rep, 0.1, True)
    with pytest.raises(PermissionDenied):
        admin_settings.import_json(rep, before)
    assert admin_settings.export_json() == before


def test_import_refuses_a_file_that_is_not_settings(admin_settings, admin):
    before = admin_settings.export_json()
    for text, expected in (("[1, 2]", "expected a JSON object"), ("{", "not valid JSON: line 1"),
                           ('{"guardrails": {}}', "missing section(s) autopilot, knowledge_base"),
                           (b"\xff\xfe", "not UTF-8")):
        with pytest.raises(SettingsError, match=expected.replace("(", r"\(").replace(")", r"\)")):
            admin_settings.import_json(admin, text)
    assert admin_settings.export_json() == before


def test_export_import_round_trip_restores_every_part(admin_settings, admin):
    exported = admin_settings.export_json()
    admin_settings.save_autopilot(admin, 0.55, True)
    admin_settings.delete_topic(admin, "politics")
    admin_settings.save_replies(admin, "Only product questions here, sorry.", "A colleague will reply.")
    admin_settings.delete_entry(admin, "demo")
    assert admin_settings.export_json() != exported
    admin_settings.import_json(admin, exported)
    assert admin_settings.export_json() == exported


def send(inbox, contact_id, text):
    [r] = inbox.ingest([InboundMessage("whatsapp", f"s-{time.time_ns()}", phone_of(inbox.store, contact_id), text)])
    inbox.run_once()
    return inbox.store.one("SELECT * FROM drafts WHERE message_id = ?", [r.message_id])


def test_the_inbox_drafts_from_the_saved_knowledge_base_and_screens_with_the_saved_topics(demo_db, admin):
    inbox = make_inbox(demo_db)
    admin_settings = AdminSettings(demo_db)
    question = "What are your support hours?"
    assert "Monday to Friday" in send(inbox, 1, question)["body"]

    hours = {e.id: e for e in admin_settings.entries()}["support_hours"]
    admin_settings.save_entry(admin, Entry(hours.id, hours.questions, "Hi {first_name}, we answer every day from "
                                           "7am to 9pm.", hours.keywords, hours.handoff, hours.max_confidence,
                                           hours.translations), replaces="support_hours")
    body = send(inbox, 2, question)["body"]
    assert "every day from 7am to 9pm" in body and "Monday to Friday" not in body

    casino = "Which casino has the best odds tonight?"
    assert "forbidden_topic:gambling" not in send(inbox, 3, casino)["triggered"]
    admin_settings.save_topic(admin, Topic("gambling", "Betting and casinos", ("casino", "betting odds")))
    flagged = send(inbox, 4, casino)
    assert flagged["classification"] == "out_of_scope"
    assert "forbidden_topic:gambling" in json.loads(flagged["triggered"])

    admin_settings.reset_knowledge_base(admin)  # the file is in use again
    assert "Monday to Friday" in send(inbox, 5, question)["body"]
