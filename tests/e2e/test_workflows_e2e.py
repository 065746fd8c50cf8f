"""The Workflows page in Chromium: create a workflow from a template, shorten its first wait, start a run and watch
the app's own workflow worker move it on."""
from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import expect

from tests.e2e.test_app import act_as, go_to, no_browser_errors, open_app, shot, wait_idle

pytestmark = pytest.mark.xdist_group("e2e")


def test_create_from_a_template_and_watch_a_run_move(page, app):
    open_app(page, app.url)
    act_as(page, "Alex Morgan (rep)")
    go_to(page, "Workflows")
    page.get_by_text("Create from a template").click()
    wait_idle(page)
    option = page.get_by_role("option", name="customer-lifecycle")
    for _ in range(3):  # the expander may still be rendering when the list is first clicked: open it again
        page.get_by_role("combobox", name="Template").click()
        try:
            option.wait_for(state="visible", timeout=5000)
            break
        except Exception:
            page.keyboard.press("Escape")
    option.click()
    name = page.get_by_label("Name of the new workflow")
    name.fill("e2e-lifecycle")
    name.press("Enter")
    wait_idle(page)
    page.get_by_role("button", name="Create", exact=True).click()
    expect(page.get_by_role("combobox", name="Workflow")).to_have_value("e2e-lifecycle")
    page.get_by_text("Edit (YAML)").click()
    definition = page.get_by_role("textbox", name="Definition")
    definition.fill(definition.input_value().replace("duration: 7d", "duration: 3"))
    definition.press("Control+Enter")
    wait_idle(page)
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("Saved e2e-lifecycle")).to_be_visible()
    contact = page.get_by_label("Contact id")
    contact.fill("1")
    contact.press("Enter")
    wait_idle(page)
    page.get_by_role("button", name="Start", exact=True).click()
    expect(page.get_by_text(re.compile(r"Run \d+ started: waiting at wait_7"))).to_be_visible()
    shot(page, "workflows-1-started")
    deadline = time.monotonic() + 60
    status = page.get_by_text(re.compile(r"^Run \d+: "))
    while re.search(r"at wait_7", status.inner_text()):
        assert time.monotonic() < deadline, "the app's workflow worker did not fire the 3-second wait"
        page.get_by_role("button", name="Refresh").click()
        wait_idle(page)
    assert re.search(r"^Run \d+: waiting at (tips|wait_30)", status.inner_text()), status.inner_text()
    shot(page, "workflows-2-moved")
    no_browser_errors(page)
