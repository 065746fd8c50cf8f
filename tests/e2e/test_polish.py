"""In Chromium, the page polish of issue #12 and the settings form: a typed `undo` leaves no empty bubble and names
what it undid; "Open tasks (N):" starts its own line; a rejection's reason is said back and listed; the settings
form saves a valid edit that survives a reload and refuses an invalid one with the reason, changing nothing.
Runs against its own app and database (the figures test_app.py checks stay its own)."""
from __future__ import annotations

import time

import httpx
import pytest
from playwright.sync_api import expect

from tests.conftest import stop_process
from tests.e2e.conftest import SECRETS, launch, open_page
from tests.e2e.test_app import act_as, chat, no_browser_errors, says, shot, wait_idle

pytestmark = pytest.mark.xdist_group("e2e-polish")
PROCESSING_SECONDS = 90


@pytest.fixture(scope="module")
def own_app(tmp_path_factory):
    running, proc = launch(tmp_path_factory.mktemp("e2e-polish"), demo=True)
    try:
        yield running
    finally:
        stop_process(proc)


@pytest.fixture
def page(browser, own_app):
    context, pg = open_page(browser)
    yield pg
    context.close()


def open_at(page, url: str) -> None:
    page.goto(url)
    expect(page.get_by_test_id("stSidebar")).to_be_visible()
    wait_idle(page)


def test_a_typed_undo_leaves_no_empty_bubble_and_names_the_request(page, own_app):
    open_at(page, own_app.url)
    chat(page, "move the Initech analytics suite to negotiation")
    page.get_by_role("button", name="✅ Apply").click()
    expect(says(page, "Applied 1 change(s).")).to_be_visible()
    chat(page, "undo")
    undone = says(page, "Undid plan “move the Initech analytics suite to negotiation” (1 change(s)).")
    expect(undone).to_be_visible()
    wait_idle(page)
    bubbles = [m.inner_text().strip() for m in page.get_by_test_id("stChatMessage").all()]
    assert bubbles and all(bubbles), f"an empty chat bubble: {bubbles}"
    assert not any("p-" in b and "Undid" in b for b in bubbles), bubbles  # no plan id as the label
    no_browser_errors(page)


def test_changing_the_acting_user_never_mixes_two_users_in_one_thread(page, own_app):
    open_at(page, own_app.url)
    chat(page, "what's open with Initech?")
    expect(says(page, "what's open with Initech?")).to_be_visible()
    wait_idle(page)
    act_as(page, "Priya Patel (rep)")
    wait_idle(page)
    expect(says(page, "what's open with Initech?")).to_have_count(0)  # Alex's chat is not Priya's
    chat(page, "what's open with Hooli?")
    expect(says(page, "what's open with Hooli?")).to_be_visible()
    wait_idle(page)
    expect(says(page, "what's open with Initech?")).to_have_count(0)
    no_browser_errors(page)


def test_open_tasks_start_their_own_line(page, own_app):
    open_at(page, own_app.url)
    chat(page, "What's open with Acme Corp?")
    answer = says(page, "Open tasks (").last
    expect(answer).to_be_visible()
    lines = answer.inner_text().splitlines()
    heading = next(i for i, line in enumerate(lines) if line.startswith("Open tasks ("))
    assert lines[heading].endswith("):") and lines[heading + 1].startswith("- "), lines
    no_browser_errors(page)


def test_a_rejection_reason_is_stored_and_shown(page, own_app):
    text = "Can you call me about the invoice from March?"
    r = httpx.post(own_app.url + "/api/messages", headers={"Authorization": f"Bearer {SECRETS['CRM_API_TOKEN']}"},
                   json={"channel": "sms", "id": "polish-1", "from": "+15550004444", "name": "Robin Ray",
                         "text": text}, timeout=30)
    assert r.status_code == 200, r.text
    deadline = time.monotonic() + PROCESSING_SECONDS
    while own_app.inbox_status()["review"]["depth"] < 1:
        assert time.monotonic() < deadline, f"no draft reached the review queue: {own_app.inbox_status()}"
        time.sleep(0.5)
    open_at(page, own_app.url + "/review")
    card = page.get_by_test_id("stVerticalBlock").filter(has_text=text).filter(
        has=page.get_by_role("button", name="Reject")).last
    card.get_by_placeholder("Why reject?").fill("billing questions go to finance")
    card.get_by_placeholder("Why reject?").press("Enter")  # the reason is committed before the click
    wait_idle(page)
    card.get_by_role("button", name="Reject").click()
    expect(page.get_by_test_id("stAlert").filter(has_text="rejected (billing questions go to finance)")).to_be_visible()
    page.get_by_text("Decided recently").click()
    # the list is read back from the database: the reason was stored with the decision
    expect(page.get_by_text("reason: billing questions go to finance")).to_be_visible()
    no_browser_errors(page)


def topics_tab(page, own_app):
    open_at(page, own_app.url + "/settings")
    page.get_by_role("tab", name="Topics").click()
    wait_idle(page)
    expect(page.get_by_label("Keywords (one per line)")).to_be_visible()


def test_the_settings_form_saves_a_valid_edit_and_refuses_an_invalid_one(page, own_app, browser):
    topics_tab(page, own_app)
    keywords = page.get_by_label("Keywords (one per line)")
    keywords.fill(keywords.input_value() + "\nreferendum")
    page.get_by_role("button", name="Save topic").click()
    expect(page.get_by_text("Topic politics saved.")).to_be_visible()

    patterns = page.get_by_label("Regular expressions (advanced, one per line)")
    patterns.fill("(unclosed")
    page.get_by_role("button", name="Save topic").click()
    expect(page.get_by_text("Nothing was saved. Fix this and save again:")).to_be_visible()
    expect(page.get_by_text("Topic “politics” › patterns: invalid regular expression '(unclosed'")).to_be_visible()
    shot(page, "settings-invalid")

    context, again = open_page(browser)  # a reload: the first edit is there, the refused one is not
    try:
        topics_tab(again, own_app)
        assert "referendum" in again.get_by_label("Keywords (one per line)").input_value().splitlines()
        assert "(unclosed" not in again.get_by_label("Regular expressions (advanced, one per line)").input_value()
        no_browser_errors(again)
    finally:
        context.close()
    no_browser_errors(page)
