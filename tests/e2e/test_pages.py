"""Every page opened by its own URL (a bookmark, a reload, a shared link) in Chromium: it renders and the browser
logs no error and no failed request. Streamlit's frontend guesses where its server is from the page's path, so
without the page routes of streamlit_app.py it probes /dashboard/_stcore/health and /dashboard/_stcore/host-config
(two 404s in the console) before /_stcore/*. Also: the headline figures show their labels and values in full."""
from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.test_app import no_browser_errors, wait_idle

pytestmark = pytest.mark.xdist_group("e2e")
PAGES = {"/": "💬 AutoCRM", "/review": "📥 Review queue", "/pipeline": "📈 Pipeline", "/workflows": "🔁 Workflows", "/dashboard": "📊 Metrics",
         "/settings": "⚙️ Settings"}
# an element whose text does not fit is cut with an ellipsis: it scrolls, wider inside than it shows
CUT_SHORT = "e => [e, ...e.querySelectorAll('*')].some(x => x.scrollWidth > x.clientWidth)"


def failed_requests(page: Page) -> list[str]:
    """Every response of this page with an error status, as it arrives."""
    failed: list[str] = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    return failed


def open_directly(page: Page, url: str) -> list[str]:
    failed = failed_requests(page)
    page.goto(url)
    expect(page.get_by_test_id("stSidebar")).to_be_visible()
    wait_idle(page)
    return failed


@pytest.mark.parametrize("path", PAGES)
def test_a_page_opened_by_its_url_renders_without_errors(page, app, path):
    failed = open_directly(page, app.url + path)
    expect(page.get_by_role("heading", name=PAGES[path])).to_be_visible()
    assert failed == [], f"{path}: failed requests {failed}"
    no_browser_errors(page)


def test_every_page_of_the_navigation_opens_by_its_url(page, app, browser):
    """Pages found in the sidebar, so a page added later without its route fails here too."""
    page.goto(app.url)
    links = page.get_by_test_id("stSidebarNav").get_by_role("link")
    expect(links.first).to_be_visible()
    hrefs = [link.get_attribute("href") or "" for link in links.all()]
    urls = [href if href.startswith("http") else app.url + href for href in hrefs]
    assert {url.removeprefix(app.url) or "/" for url in urls} >= set(PAGES), hrefs
    for url in urls:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        try:
            direct = context.new_page()
            errors: list[str] = []
            direct.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            failed = open_directly(direct, url)
            assert (failed, errors) == ([], []), f"{url}: failed requests {failed}, console errors {errors}"
        finally:
            context.close()


def test_the_review_header_shows_the_reviewer_name_in_full(page, app):
    open_directly(page, app.url + "/review")  # demo mode: the review page acts as Riley Chen by default
    acting = page.get_by_test_id("stMetric").filter(has_text="Acting as").get_by_test_id("stMetricValue")
    expect(acting).to_have_text("Riley Chen (reviewer)")
    assert not acting.evaluate(CUT_SHORT), "the reviewer's name is cut short"
    no_browser_errors(page)


@pytest.mark.parametrize("width", [1280, 1024])
def test_metric_labels_are_never_cut_short(page, app, width):
    page.set_viewport_size({"width": width, "height": 900})  # a laptop, with the sidebar open
    open_directly(page, app.url + "/dashboard")
    tiles = page.get_by_test_id("stMetric")
    expect(tiles.nth(9)).to_be_visible()  # 10 activity tiles, and 6 customer-signal tiles once a message was read
    wait_idle(page)
    cut = [t.inner_text().replace("\n", " ") for t in tiles.all()
           if t.get_by_test_id("stMetricLabel").evaluate(CUT_SHORT) or t.get_by_test_id("stMetricValue").evaluate(
               CUT_SHORT)]
    assert cut == [], f"at {width} px these tiles are cut short: {cut}"
