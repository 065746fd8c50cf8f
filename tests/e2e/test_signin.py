"""In Chromium, against the app with sign-in on (as `make run` serves it): the real form refuses a wrong password,
signs a demo user in, keeps them signed in across a reload and a page switch (the HttpOnly cookie), and signs them
out for good."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.conftest import stop_process
from tests.e2e.conftest import launch, open_page
from tests.e2e.test_app import go_to, no_browser_errors, shot, wait_idle

pytestmark = pytest.mark.xdist_group("e2e-signin")


@pytest.fixture(scope="module")
def signin_app(tmp_path_factory):
    running, proc = launch(tmp_path_factory.mktemp("e2e-signin"), demo=False)
    try:
        yield running
    finally:
        stop_process(proc)


def sign_in(page, email: str, password: str) -> None:
    page.get_by_role("textbox", name="Email").fill(email)
    page.get_by_role("textbox", name="Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_sign_in_through_the_form_survives_a_reload_and_sign_out_ends_it(browser, signin_app):
    context, page = open_page(browser)
    try:
        page.goto(signin_app.url + "/review")  # any page: only the sign-in form
        expect(page.get_by_role("heading", name="🔐 Sign in to AutoCRM")).to_be_visible()
        expect(page.get_by_test_id("stSidebarNav")).to_have_count(0)
        expect(page.get_by_text("Review queue")).to_have_count(0)
        sign_in(page, "alex@autocrm.local", "not-the-password")
        expect(page.get_by_text("Wrong email or password.")).to_be_visible()

        sign_in(page, "alex@autocrm.local", "alex-demo-2026")
        expect(page.get_by_role("heading", name="📥 Review queue")).to_be_visible()  # back where they asked to go
        sidebar = page.get_by_test_id("stSidebar")
        expect(sidebar.get_by_text("Signed in as Alex Morgan (rep)")).to_be_visible()
        expect(sidebar.get_by_role("combobox", name="Acting as")).to_have_count(0)
        expect(sidebar.get_by_role("link", name="Admin")).to_have_count(0)  # reps do not see it
        cookie = next(c for c in context.cookies() if c["name"] == "autocrm_session")
        assert cookie["httpOnly"] and cookie["sameSite"] == "Lax", cookie
        shot(page, "signin-1-signed-in")

        page.reload()  # a new Streamlit session: the cookie signs it in
        expect(sidebar.get_by_text("Signed in as Alex Morgan (rep)")).to_be_visible()
        go_to(page, "Chat")
        expect(page.get_by_role("heading", name="💬 AutoCRM")).to_be_visible()
        expect(page.get_by_text("Acting as Alex Morgan (rep)")).to_be_visible()

        sidebar.get_by_role("button", name="Sign out").click()
        expect(page.get_by_role("heading", name="🔐 Sign in to AutoCRM")).to_be_visible()
        wait_idle(page)
        assert not [c for c in context.cookies() if c["name"] == "autocrm_session"]
        context.add_cookies([cookie])  # a copy of the old cookie is worthless: the session ended in the database
        page.reload()
        expect(page.get_by_role("heading", name="🔐 Sign in to AutoCRM")).to_be_visible()
        expect(page.get_by_text("You signed out.")).to_be_visible()
        shot(page, "signin-2-signed-out")
        no_browser_errors(page)
    finally:
        context.close()
