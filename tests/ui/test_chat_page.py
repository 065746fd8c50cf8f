"""The chat page driven through Streamlit's AppTest: command -> preview -> apply -> undo."""
import pytest
from streamlit.testing.v1 import AppTest

from core import services as core_services
from tests.conftest import ROOT
from tests.ui.conftest import signed_in


@pytest.fixture
def page(demo_file, monkeypatch):
    monkeypatch.setenv("CRM_DB", str(demo_file))
    monkeypatch.setenv("CRM_TODAY", "2026-11-18")
    core_services.reset()
    at = signed_in(AppTest.from_file(str(ROOT / "ui" / "chat.py"), default_timeout=60), demo_file,
                   "alex@autocrm.local")
    at.run()
    assert not at.exception
    yield at, demo_file
    core_services.reset()


def key_button(at, prefix):
    """The one button whose key starts with prefix (plan ids are part of the keys)."""
    found = [b for b in at.button if b.key and b.key.startswith(prefix)]
    assert len(found) == 1, [b.key for b in at.button]
    return found[0]


def texts(at):
    """What the assistant and the user said: Markdown for the app's own words, text for data and answers."""
    out = []
    for m in at.chat_message:
        out += [x.value for x in m.markdown] + [x.value for x in m.text]
    return out


def stage_of(db, deal_id):
    core_services.get_services(str(db)).store.data_version  # same process-wide store the page uses
    return core_services.get_services(str(db)).store.scalar("SELECT stage FROM deals WHERE id = ?", [deal_id])


def test_command_preview_apply_undo(page):
    at, db = page
    at.chat_input[0].set_value("move the Hooli security add-on to proposal at 20k").run()
    assert not at.exception
    frame = at.dataframe[0].value
    assert list(frame["Field"]) == ["Stage", "Amount"]
    assert list(frame["Before"]) == ["Negotiation", "$18,500"] and list(frame["After"]) == ["Proposal", "$20,000"]
    assert "Update deal: Hooli Security Add-on" in [t.value for t in at.text]
    assert any("backwards" in w.value for w in at.warning)
    assert stage_of(db, 6) == "Negotiation"  # previewing changes nothing
    key_button(at, "apply-").click().run()
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
    contact_row = frame[frame["Field"] == "Contact"]
    assert list(contact_row["Value"]) == ["Dana Lee"]  # records and users by name, never by id
    assert list(frame.columns) == ["Field", "Value"]  # a new record is a card of its values, no "before"
    key_button(at, "apply-").click().run()
    store = core_services.get_services(str(db)).store
    assert store.scalar("SELECT count(*) FROM activities WHERE contact_id = 2 AND subject = 'pricing'") == 1


def test_cancel_and_typed_undo(page):
    at, db = page
    at.chat_input[0].set_value("mark the Hooli security add-on as won").run()
    key_button(at, "cancel-").click().run()
    assert stage_of(db, 6) == "Negotiation" and "Cancelled; nothing changed." in texts(at)
    at.chat_input[0].set_value("mark the Hooli security add-on as won").run()
    key_button(at, "apply-").click().run()
    assert stage_of(db, 6) == "Closed Won"
    at.chat_input[0].set_value("undo").run()
    assert stage_of(db, 6) == "Negotiation"


def test_refusal_and_question(page):
    at, db = page
    signed_in(at, db, "riley@autocrm.local").run()  # a reviewer: may ask, may not change records
    at.chat_input[0].set_value("mark the Hooli security add-on as won").run()
    assert any("reviewer" in e.value for e in at.error)
    assert not [b for b in at.button if b.key and b.key.startswith("apply-")]
    at.chat_input[0].set_value("what's open with Acme Corp?").run()
    assert any("Acme Corp Renewal" in t for t in texts(at))


def sessions_of(db, email="alex@autocrm.local"):
    store = core_services.get_services(str(db)).store
    return store.query("SELECT s.id, s.title FROM chat_sessions s JOIN users u ON u.id = s.user_id "
                       "WHERE u.email = ? ORDER BY s.created_at", [email])


def test_visiting_the_page_creates_no_empty_chat(page):
    at, db = page
    at.run()
    at.run()
    assert sessions_of(db) == []
    assert "session" not in at.query_params


def test_chats_with_the_same_title_never_swap_and_apply_lands_in_its_chat(page):
    at, db = page
    at.chat_input[0].set_value("mark the Hooli security add-on as won").run()
    first = at.query_params["session"][0] if isinstance(at.query_params["session"], list) else at.query_params["session"]
    key_button(at, "cancel-").click().run()
    at.sidebar.button(key="new-chat").click().run()
    assert "session" not in at.query_params
    at.chat_input[0].set_value("mark the Hooli security add-on as won").run()
    second = at.query_params["session"]
    second = second[0] if isinstance(second, list) else second
    assert second != first and [s["title"] for s in sessions_of(db)] == ["mark the Hooli security add-on as won"] * 2
    at.run()  # a plain rerun keeps the user in the same chat
    key_button(at, "apply-").click().run()
    assert stage_of(db, 6) == "Closed Won"
    store = core_services.get_services(str(db)).store
    applied = store.query("SELECT session_id FROM plans")
    assert [r["session_id"] for r in applied] == [second]
    now = at.query_params["session"]
    assert (now[0] if isinstance(now, list) else now) == second
    labels = [b.label for b in at.sidebar.button if b.key and b.key.startswith("conv-")]
    assert len(labels) == 2  # both chats listed, each its own button keyed by id


def test_pending_plan_survives_a_reload_and_goes_stale_when_records_change(page, demo_file):
    at, db = page
    at.chat_input[0].set_value("move the Initech analytics suite to negotiation").run()
    sid = at.query_params["session"]
    sid = sid[0] if isinstance(sid, list) else sid
    reloaded = signed_in(AppTest.from_file(str(ROOT / "ui" / "chat.py"), default_timeout=60), db,
                         "alex@autocrm.local")
    reloaded.query_params["session"] = sid
    reloaded.run()
    apply = key_button(reloaded, "apply-")
    assert not apply.disabled
    assert any("waiting for you" in c.value for c in reloaded.caption)
    store = core_services.get_services(str(db)).store
    store.execute("UPDATE deals SET stage = 'Qualified' WHERE id = 5")  # someone else changed the deal
    reloaded.run()
    assert key_button(reloaded, "apply-").disabled
    assert any("changed since this plan was made" in w.value for w in reloaded.warning)
    store.execute("UPDATE deals SET stage = 'Proposal' WHERE id = 5")
    reloaded.run()
    key_button(reloaded, "apply-").click().run()
    assert stage_of(db, 5) == "Negotiation"


def test_history_shows_each_plans_status(page):
    at, db = page
    at.chat_input[0].set_value("mark the Hooli security add-on as won").run()
    key_button(at, "cancel-").click().run()
    at.chat_input[0].set_value("move the Initech analytics suite to negotiation").run()
    at.chat_input[0].set_value("move the Globex platform expansion to negotiation").run()  # supersedes
    key_button(at, "apply-").click().run()
    captions = [c.value.split(" · ")[0] for c in at.caption if c.value.startswith(("✖️", "⏭️", "✅", "⏳"))]
    assert captions == ["✖️ cancelled", "⏭️ superseded", "✅ applied"]


def test_two_level_clarification_keeps_every_choice(page):
    at, db = page
    at.chat_input[0].set_value("Move the Acme deal to negotiation").run()
    asked = []
    for _ in range(4):
        options = [b for b in at.button if b.key and b.key.startswith("clar-")]
        if not options:
            break
        asked.append(at.info[-1].value)
        options[0].click().run()  # Acme Corp, then its first open deal
        assert not at.exception
    assert len(asked) == 2 and len(set(asked)) == 2, asked  # company, then deal; never the same question again
    key_button(at, "apply-").click().run()
    assert stage_of(db, 1) == "Negotiation"


def test_a_chat_of_another_user_is_not_shown(page):
    at, db = page
    at.chat_input[0].set_value("mark the Hooli security add-on as won").run()
    sid = at.query_params["session"]
    sid = sid[0] if isinstance(sid, list) else sid
    other = signed_in(AppTest.from_file(str(ROOT / "ui" / "chat.py"), default_timeout=60), db,
                      "priya@autocrm.local")
    other.query_params["session"] = sid
    other.run()
    assert not any("Hooli" in t for t in texts(other))
    assert not [b for b in other.button if b.key and b.key.startswith("apply-")]


def test_bulk_plan_is_grouped_under_its_filter_in_words(page):
    at, db = page
    at.chat_input[0].set_value("move all of Alex's qualified deals to proposal").run()
    assert not at.exception
    headings = [t.value for t in at.text if t.value.startswith("Deals ")]
    assert headings and "Alex Morgan" in headings[0] and headings[0].endswith(f": {len(at.dataframe[-1].value)}")
    frame = at.dataframe[-1].value
    assert set(frame["After"]) == {"Proposal"} and "p-" not in " ".join(frame["Record"])


def test_note_text_is_shown_in_the_preview(page):
    at, db = page
    at.chat_input[0].set_value("note on Hooli: they want SSO before signing").run()
    assert any("they want SSO before signing" in t.value for t in at.text)
    frame = at.dataframe[-1].value
    assert "Hooli" in list(frame[frame["Field"] == "Company"]["Value"])[0]


def test_an_account_brief_gets_a_checked_llm_summary_as_plain_text(demo_file, monkeypatch):
    """With an LLM configured, the brief's prose summary streams under it; an invented amount never shows, and
    the summary (names from the data) is text, not Markdown."""
    import re

    from tests.fake_openai import FakeOpenAI

    def reply(prompt: str) -> str:
        first = re.search(r"^\[1\] (.+)$", prompt, re.M)
        if first is None:  # the understanding call: no tool call, so a question
            return ""
        return f"**{first.group(1).rstrip('.')}** [1]. They will pay $4,444,444 upfront [1]."

    fake = FakeOpenAI({"*": reply})
    monkeypatch.setenv("CRM_DB", str(demo_file))
    monkeypatch.setenv("CRM_TODAY", "2026-11-18")
    monkeypatch.setenv("CRM_LLM_BASE_URL", fake.url)
    core_services.reset()
    try:
        at = signed_in(AppTest.from_file(str(ROOT / "ui" / "chat.py"), default_timeout=60), demo_file,
                       "alex@autocrm.local")
        at.run()
        at.chat_input[0].set_value("where do we stand with Hooli?").run()
        assert not at.exception
        said = texts(at)
        summary = [t for t in said if t.startswith("Summary: ")]
        assert len(summary) == 1 and "**" in summary[0] and "[deal " in summary[0]  # as typed: text, not bold
        assert not any("4,444,444" in t for t in said)
        assert any(r.get("body", {}).get("stream") for r in fake.requests)
        at.run()  # a rerun shows the kept summary once, and does not ask the model again
        asked = len(fake.requests)
        assert [t for t in texts(at) if t.startswith("Summary: ")] == summary and len(fake.requests) == asked
    finally:
        fake.close()
        core_services.reset()
