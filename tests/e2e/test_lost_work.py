"""In Chromium, the cases that used to lose a user's work: a chat that jumped to another conversation and dropped
the Apply click, a reload that lost a pending plan, a two-level clarification that looped, and a reviewer's edit
that was replaced by the AI's draft. Runs against its own app and database, which the last test inspects."""
from __future__ import annotations

import re
import time

import duckdb
import httpx
import pytest
from playwright.sync_api import expect

from tests.conftest import stop_process
from tests.e2e.conftest import SECRETS, launch, open_page
from tests.e2e.test_app import chat, open_app, says, shot, wait_idle, act_as, go_to

pytestmark = pytest.mark.xdist_group("e2e-lost-work")
PROCESSING_SECONDS = 90
EDITED = "Hi Pat, happy to show you the analytics suite: does Tuesday 10am work?"


@pytest.fixture(scope="module")
def own_app(tmp_path_factory):
    running, proc = launch(tmp_path_factory.mktemp("e2e-lost-work"), demo=True)
    running.proc = proc
    try:
        yield running
    finally:
        stop_process(proc)


@pytest.fixture
def page(browser, own_app):
    context, pg = open_page(browser)
    yield pg
    context.close()


def session_of(page) -> str:
    expect(page).to_have_url(re.compile(r"[?&]session=[\w-]+"))  # the URL follows the chat (it may lag a frame)
    found = re.search(r"[?&]session=([\w-]+)", page.url)
    assert found, page.url
    return found.group(1)


def test_same_title_chats_keep_the_user_in_their_chat(page, own_app):
    open_app(page, own_app.url)
    text = "mark the Hooli security add-on as won"
    chat(page, text)
    page.get_by_role("button", name="✖️ Cancel").click()
    expect(says(page, "Cancelled; nothing changed.")).to_be_visible()
    first = session_of(page)
    page.get_by_role("button", name="➕ New chat").click()
    wait_idle(page)
    chat(page, text)
    expect(page.get_by_text("Apply this plan?")).to_be_visible()
    second = session_of(page)
    assert second != first
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_role("button", name=re.compile(re.escape(text[:30])))).to_have_count(2)
    page.get_by_role("button", name="✅ Apply").click()
    expect(says(page, "Applied 1 change(s).")).to_be_visible()
    assert session_of(page) == second  # the click landed in the chat it was made in
    expect(says(page, "Cancelled; nothing changed.")).to_have_count(0)
    page.reload()
    expect(says(page, "Applied 1 change(s).")).to_be_visible()
    assert session_of(page) == second


def test_a_reload_keeps_the_pending_plan_actionable(page, own_app):
    open_app(page, own_app.url)
    chat(page, "move the Globex platform expansion to negotiation")
    expect(page.get_by_text("Apply this plan?")).to_be_visible()
    sid = session_of(page)
    page.reload()
    expect(page.get_by_role("button", name="✅ Apply")).to_be_enabled()
    assert session_of(page) == sid
    shot(page, "chat-pending-after-reload")
    page.get_by_role("button", name="✅ Apply").click()
    expect(says(page, "Applied 1 change(s).")).to_be_visible()
    expect(page.get_by_text("✅ applied")).to_be_visible()


def test_two_level_clarification_reaches_a_plan(page, own_app):
    open_app(page, own_app.url)
    chat(page, "Move the Acme deal to negotiation")
    expect(page.get_by_text("Which company")).to_be_visible()
    page.get_by_role("button", name=re.compile(r"^Acme Corp")).click()
    expect(page.get_by_text("Which deal")).to_be_visible()
    page.get_by_role("button", name=re.compile(r"Acme Corp Renewal")).click()
    expect(page.get_by_text("Apply this plan?")).to_be_visible()
    expect(page.get_by_text("Which company")).to_have_count(1)  # asked once, never again
    wait_idle(page)
    page.get_by_role("button", name="✅ Apply").click()
    expect(says(page, "Applied 1 change(s).")).to_be_visible()


def test_the_reviewers_edit_is_what_gets_sent(page, own_app):
    text = "Hello, can I get a demo of the analytics suite next week?"
    r = httpx.post(own_app.url + "/api/messages", headers={"Authorization": f"Bearer {SECRETS['CRM_API_TOKEN']}"},
                   json={"messages": [{"channel": "sms", "id": "lw-1", "from": "+15550008888", "name": "Pat Doe",
                                       "text": text}]}, timeout=30)
    assert r.status_code == 200, r.text
    deadline = time.monotonic() + PROCESSING_SECONDS
    while own_app.inbox_status()["review"]["depth"] < 1:
        assert time.monotonic() < deadline, f"no draft reached the review queue: {own_app.inbox_status()}"
        time.sleep(0.5)
    open_app(page, own_app.url)
    act_as(page, "Riley Chen (reviewer)")
    go_to(page, "Review queue")
    box = page.get_by_role("textbox", name="Reply to send")
    expect(box).to_be_visible()
    box.fill(EDITED)
    box.press("Tab")  # Streamlit commits a text area on blur
    send = page.get_by_role("button", name="Send edited reply")
    expect(send).to_be_visible()
    shot(page, "review-card-edited")
    send.click()
    expect(page.get_by_text(text)).to_have_count(0)


def test_a_customers_markdown_and_html_are_shown_as_text_and_fetch_nothing(page, own_app):
    """A customer message with a remote image, a phishing link and a fake approval line: the review page shows the
    characters as typed, and the browser asks no other server for anything (no tracking pixel, no preview)."""
    import http.server
    import threading
    from tests.conftest import free_port
    hits: list[str] = []

    class Tracker(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the stdlib's name
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    port = free_port()
    tracker = http.server.ThreadingHTTPServer(("127.0.0.1", port), Tracker)
    threading.Thread(target=tracker.serve_forever, daemon=True).start()
    pixel = f"http://localhost:{port}/pixel.png"
    text = (f"Quick question about pricing ![logo]({pixel}) <img src=\"{pixel}?html\"> "
            f"[verify your account](http://localhost:{port}/login)\n**Draft #1 Approved** by Riley Chen")
    try:
        before = own_app.inbox_status()["review"]["depth"]
        r = httpx.post(own_app.url + "/api/messages", headers={"Authorization": f"Bearer {SECRETS['CRM_API_TOKEN']}"},
                       json={"messages": [{"channel": "email", "id": "lw-md-1", "from": "eve@example.net",
                                           "name": "Eve <b>Admin</b>", "text": text}]}, timeout=30)
        assert r.status_code == 200, r.text
        deadline = time.monotonic() + PROCESSING_SECONDS
        while own_app.inbox_status()["review"]["depth"] <= before:
            assert time.monotonic() < deadline, f"the message never reached the review queue: {own_app.inbox_status()}"
            time.sleep(0.5)
        elsewhere: list[str] = []
        page.on("request", lambda req: elsewhere.append(req.url) if not req.url.startswith(own_app.url) else None)
        open_app(page, own_app.url)
        act_as(page, "Riley Chen (reviewer)")
        go_to(page, "Review queue")
        main = page.get_by_test_id("stMain")
        expect(main).to_contain_text(f"![logo]({pixel})")  # the characters the customer typed, not an image
        expect(main).to_contain_text("**Draft #1 Approved** by Riley Chen")  # not a bold fake status line
        expect(main).to_contain_text("Eve <b>Admin</b>")
        expect(page.get_by_role("link", name="verify your account")).to_have_count(0)
        expect(page.locator(f"img[src^='http://localhost:{port}']")).to_have_count(0)
        page.wait_for_timeout(1000)
        assert hits == [] and elsewhere == [], (hits, elsewhere)
    finally:
        tracker.shutdown()


def test_the_cli_works_while_the_app_owns_the_database(own_app):
    """The app claimed its database at start-up, so a CLI command runs inside it instead of failing on the lock."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    run = subprocess.run([sys.executable, "-m", "core", "--db", str(own_app.db), "history", "--json"], cwd=root,
                         env=dict(os.environ, HF_HUB_OFFLINE="1"), capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert any(h["status"] == "applied" for h in json.loads(run.stdout))  # the plans applied in the browser above


def test_what_the_database_recorded(own_app):
    """Stop the app (it owns the database) and read what the flows above left behind."""
    stop_process(own_app.proc)
    con = duckdb.connect(str(own_app.db), read_only=True)
    try:
        sessions = con.execute("SELECT s.id, count(m.id) FROM chat_sessions s LEFT JOIN chat_messages m "
                               "ON m.session_id = s.id GROUP BY s.id").fetchall()
        assert sessions and all(n > 0 for _, n in sessions), sessions  # no empty "New chat" rows
        bodies = [r[0] for r in con.execute("SELECT body FROM outbox").fetchall()]
        assert bodies == [EDITED]
        assert con.execute("SELECT decision FROM drafts WHERE status <> 'pending'").fetchall() == [("edited",)]
        assert con.execute("SELECT stage FROM deals WHERE id IN (1, 4, 6) ORDER BY id").fetchall() == \
            [("Negotiation",), ("Negotiation",), ("Closed Won",)]
    finally:
        con.close()
