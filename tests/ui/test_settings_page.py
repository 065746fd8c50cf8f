"""The Settings page driven through AppTest over a real DuckDB file: a valid edit is saved and is there after a
reload; an invalid value is shown as an error and changes nothing; export → import round-trips."""
from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from core import services as core_services
from tests.conftest import ROOT
from tests.ui.conftest import signed_in

ADMIN = "jordan@autocrm.local"


@pytest.fixture
def db(demo_file, monkeypatch):
    monkeypatch.setenv("CRM_DB", str(demo_file))
    core_services.reset()
    yield demo_file
    core_services.reset()


def settings(db):
    return core_services.get_services(str(db)).admin_settings


def open_page(db, section: str | None = None, email: str = ADMIN) -> AppTest:
    """A fresh browser session on the page (a reload), on one tab."""
    at = signed_in(AppTest.from_file(str(ROOT / "ui" / "settings.py"), default_timeout=60), db, email)
    if section:
        at.session_state["settings-section"] = section
    at.run()
    assert not at.exception, at.exception
    return at


def error_text(at: AppTest) -> str:
    return " ".join(e.value for e in at.error) + " " + " ".join(t.value for t in at.text)


def test_a_topic_edit_is_saved_and_survives_a_reload(db):
    at = open_page(db, "Topics")
    at.selectbox(key="topic-pick").set_value("politics").run()
    box = at.text_area(key="topic-keywords-politics")
    box.set_value(box.value + "\nreferendum")
    at.button(key="topic-save-politics").click().run()
    assert not at.exception and not at.error
    assert "Topic politics saved" in at.success[0].value
    assert "referendum" in settings(db).values.policy().forbidden_topics["politics"].keywords

    again = open_page(db, "Topics")
    again.selectbox(key="topic-pick").set_value("politics").run()
    assert "referendum" in again.text_area(key="topic-keywords-politics").value.splitlines()


def test_a_new_intent_and_the_autopilot_threshold_are_saved(db):
    at = open_page(db, "Intents")
    at.selectbox(key="intent-pick").set_value("").run()  # ➕ New intent
    at.text_input(key="intent-name-").set_value("event_catering")
    at.text_area(key="intent-examples-").set_value("can you cater our team offsite\ndo you do event catering")
    at.text_area(key="intent-keywords-").set_value("catering")
    at.button(key="intent-save-").click().run()
    assert not at.error, error_text(at)
    intent = settings(db).values.policy().business_intents["event_catering"]
    assert intent.examples == ("can you cater our team offsite", "do you do event catering")

    at = open_page(db, "Autopilot")
    at.slider(key="auto-threshold").set_value(0.9)
    at.toggle(key="auto-default").set_value(True)
    at.button(key="auto-save").click().run()
    assert not at.error, error_text(at)
    again = open_page(db, "Autopilot")
    assert again.slider(key="auto-threshold").value == pytest.approx(0.9)
    assert again.toggle(key="auto-default").value is True


def test_a_knowledge_base_answer_is_saved_and_shown_after_a_reload(db):
    at = open_page(db, "Knowledge base")
    at.selectbox(key="kb-pick").set_value("support_hours").run()
    at.text_area(key="kb-answer-support_hours").set_value("We answer every day from 7am to 9pm, {first_name}.")
    at.button(key="kb-save-support_hours").click().run()
    assert not at.error, error_text(at)
    entry = {e.id: e for e in settings(db).entries()}["support_hours"]
    assert entry.answer == "We answer every day from 7am to 9pm, {first_name}."
    assert entry.translations["es"].answer  # the fields the form kept as they were
    again = open_page(db, "Knowledge base")
    assert any("in use: edited on this page" in c.value for c in again.caption)
    again.selectbox(key="kb-pick").set_value("support_hours").run()
    assert again.text_area(key="kb-answer-support_hours").value.startswith("We answer every day")


@pytest.mark.parametrize("section, pick, edits, save, expected", [
    ("Topics", "politics", {"topic-patterns-politics": "(unclosed"}, "topic-save-politics",
     "Topic “politics” › patterns: invalid regular expression"),
    ("Topics", None, {"topic-name-": "Crypto Talk", "topic-keywords-": "bitcoin"}, "topic-save-",
     "must be lower case letters"),
    ("Intents", "pricing", {"intent-examples-pricing": "", "intent-keywords-pricing": ""}, "intent-save-pricing",
     "Intent “pricing”: a business intent needs at least one example or keyword"),
    ("Replies", None, {"reply-neutral": "   "}, "reply-save", "Neutral reply: must not be empty"),
    ("Knowledge base", "pricing", {"kb-answer-pricing": "It costs {price} a seat."}, "kb-save-pricing",
     "entry “pricing” › answer: unknown placeholder(s) {price}"),
    ("Knowledge base", "pricing", {"kb-id-pricing": "demo"}, "kb-save-pricing", "another entry has this id"),
])
def test_an_invalid_value_shows_the_error_and_changes_nothing(db, section, pick, edits, save, expected):
    before = settings(db).export_json()
    at = open_page(db, section)
    picker = {"Topics": "topic-pick", "Intents": "intent-pick", "Knowledge base": "kb-pick"}.get(section)
    if picker:
        at.selectbox(key=picker).set_value(pick or "").run()  # "": ➕ New
    for key, value in edits.items():
        next(w for w in [*at.text_area, *at.text_input] if w.key == key).set_value(value)
    at.button(key=save).click().run()
    assert not at.exception
    assert at.error and "Nothing was saved" in at.error[0].value
    assert expected in error_text(at)
    assert settings(db).export_json() == before
    # what was typed stays in the form, so it can be fixed
    key, value = next(iter(edits.items()))
    assert next(w for w in [*at.text_area, *at.text_input] if w.key == key).value == value


def test_export_then_import_round_trips(db):
    exported = settings(db).export_json()  # what the page's Export button downloads
    assert json.loads(exported)["guardrails"]["forbidden_topics"]["politics"]

    at = open_page(db, "Topics")  # change things after the export
    at.selectbox(key="topic-pick").set_value("politics").run()
    at.button(key="topic-delete-politics").click().run()
    assert "politics" in settings(db).values.policy().forbidden_topics  # one click asks first
    at.button(key="topic-confirm-delete-politics").click().run()
    assert not at.error, error_text(at)
    at = open_page(db, "Autopilot")
    at.slider(key="auto-threshold").set_value(0.5)
    at.button(key="auto-save").click().run()
    assert "politics" not in settings(db).values.policy().forbidden_topics

    at = open_page(db, "Import / export")
    at.file_uploader(key="import-file").set_value(("settings.json", exported.encode(), "application/json")).run()
    at.button(key="import-run").click().run()
    assert not at.error, error_text(at)
    assert "Imported settings.json" in at.success[0].value
    assert settings(db).export_json() == exported


def test_a_broken_import_changes_nothing(db):
    before = settings(db).export_json()
    doc = json.loads(before)
    doc["autopilot"]["threshold"] = 7
    doc["guardrails"]["business_intents"] = {}
    at = open_page(db, "Import / export")
    at.file_uploader(key="import-file").set_value(("bad.json", json.dumps(doc).encode(), "application/json")).run()
    at.button(key="import-run").click().run()
    shown = error_text(at)
    assert "Autopilot › threshold: must be between 0 and 1" in shown
    assert "at least one business intent is needed" in shown
    assert settings(db).export_json() == before


def test_a_rep_cannot_change_settings(db):
    at = open_page(db, email="alex@autocrm.local")
    assert "only admins change settings" in at.info[0].value
    assert not at.slider and not at.text_area and not at.file_uploader
