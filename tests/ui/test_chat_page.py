"""The chat page driven through Streamlit's AppTest: command -> preview -> apply -> undo."""
import pytest
from streamlit.testing.v1 import AppTest

from core import services as core_services
from tests.conftest import ROOT


@pytest.fixture
def page(demo_file, monkeypatch):
    monkeypatch.setenv("CRM_DB", str(demo_file))
    monkeypatch.setenv("CRM_TODAY", "2026-11-18")
    core_services.reset()
    at = AppTest.from_file(str(ROOT / "ui" / "chat.py"), default_timeout=60)
    at.run()
    assert not at.exception
    yield at, demo_file
    core_services.reset()


def texts(at):
    return [m.markdown[0].value for m in at.chat_message if m.markdown]


def stage_of(db, deal_id):
    core_services.get_services(str(db)).store.data_version  # same process-wide store the page uses
    return core_services.get_services(str(db)).store.scalar("SELECT stage FROM deals WHERE id = ?", [deal_id])


def test_command_preview_apply_undo(page):
    at, db = page
    at.chat_input[0].set_value("move the Hooli security add-on to proposal at 20k").run()
    assert not at.exception
    frame = at.dataframe[0].value
    assert list(frame["field"]) == ["stage", "amount"]
    assert list(frame["before"]) == ["Negotiation", "18500"] and list(frame["after"]) == ["Proposal", "20000"]
    assert any("backwards" in w.value for w in at.warning)
    assert stage_of(db, 6) == "Negotiation"  # previewing changes nothing
    at.button(key="apply").click().run()
    assert stage_of(db, 6) == "Proposal"
    assert "Applied 1 change(s)." in texts(at)
    undo = next(b for b in at.button if b.label.startswith("↩️"))
    undo.click().run()
    assert stage_of(db, 6) == "Negotiation"
    assert any(t.startswith("Undid plan") for t in texts(at))


def test_clarification_buttons_pick_the_record(page):
    at, db = page
    at.chat_input[0].set_value("log a call with Dana about pricing").run()
    options = [b for b in at.button if b.key and b.key.startswith("clar-")]
    assert {b.label.split(" (")[0] for b in options} == {"Dana Smith", "Dana Lee"}
    next(b for b in options if b.label.startswith("Dana Lee")).click().run()
    assert not at.exception
    frame = at.dataframe[-1].value
    contact_row = frame[frame["field"] == "contact_id"]
    assert list(contact_row["after"]) == ["2"]
    at.button(key="apply").click().run()
    store = core_services.get_services(str(db)).store
    assert store.scalar("SELECT count(*) FROM activities WHERE contact_id = 2 AND subject = 'pricing'") == 1


def test_cancel_and_typed_undo(page):
    at, db = page
    at.chat_input[0].set_value("mark the Hooli security add-on as won").run()
    at.button(key="cancel").click().run()
    assert stage_of(db, 6) == "Negotiation" and "Cancelled; nothing changed." in texts(at)
    at.chat_input[0].set_value("mark the Hooli security add-on as won").run()
    at.button(key="apply").click().run()
    assert stage_of(db, 6) == "Closed Won"
    at.chat_input[0].set_value("undo").run()
    assert stage_of(db, 6) == "Negotiation"


def test_refusal_and_question(page):
    at, db = page
    at.sidebar.selectbox(key="user_picker").set_value("riley@autocrm.local").run()
    at.chat_input[0].set_value("mark the Hooli security add-on as won").run()
    assert any("reviewer" in e.value for e in at.error)
    assert not [b for b in at.button if b.key == "apply"]
    at.chat_input[0].set_value("what's open with Acme Corp?").run()
    assert any("Acme Corp Renewal" in t for t in texts(at))
