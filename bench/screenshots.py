"""Screenshots of the plan preview, a review card, the settings form and the metrics page, for README (docs/).

    .venv/bin/python bench/screenshots.py [--out docs] [--messages 3000]

Two apps in demo mode (see bench/page_load.py for how they are started): one over a fresh demo database, fed a few
customer messages over POST /api/messages, for the chat, review and settings pages; one over a database with a
month of simulated inbox traffic (bench/reporting.py's build) for the metrics page. Driven by Debian's Chromium.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.page_load import CHROMIUM, CHROMIUM_ARGS, settle, start_app  # noqa: E402
from tests.conftest import stop_process  # noqa: E402

TOKEN = "screenshots-token"
WIDTH = 1280
PLAN = "Met Dana Smith at Acme, move the Acme Corp renewal to negotiation at 48k, remind me Friday to send the quote"
MESSAGES = [  # what the review card shows first (oldest first)
    {"channel": "whatsapp", "id": "shot-1", "from": "+34911222333", "name": "Lucía Romero",
     "text": "Hola, ¿cuánto cuesta la plataforma por usuario? Seríamos unas 15 personas."},
    {"channel": "sms", "id": "shot-2", "from": "+15550101010", "name": "Pat Doe",
     "text": "Can I get a demo of the analytics suite next week?"},
]
FLAGS = CHROMIUM_ARGS


def idle(page) -> None:
    page.wait_for_timeout(300)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidgetRunningIcon\"], "
                           "[data-testid=\"stStatusWidgetRunningManIcon\"]')", timeout=120_000)


def fit(page) -> None:
    """Grow the window to the page's height: Streamlit scrolls inside its main block, so a shot of anything below
    the fold would be blank otherwise."""
    idle(page)
    height = page.evaluate("() => Math.max(...[...document.querySelectorAll('[data-testid=\"stMain\"], "
                           "[data-testid=\"stSidebarContent\"]')].map(e => e.scrollHeight), window.innerHeight)")
    page.set_viewport_size({"width": WIDTH, "height": min(int(height) + 1200, 6000)})  # room for late layout
    page.wait_for_timeout(800)  # charts lay out again at the new size
    page.evaluate("() => document.querySelectorAll('[data-testid=\"stMain\"], [data-testid=\"stAppScrollToBottomContainer\"]')"
                  ".forEach(e => e.scrollTo(0, 0))")  # the chat scrolls itself to its end
    page.wait_for_timeout(200)


# Streamlit's toolbar and the chat box float over the page: hidden for the shots, so they cover nothing
HIDE_FLOATING = '[data-testid="stHeader"], [data-testid="stBottom"] { display: none !important; }'


def element(locator, path: Path, first=None) -> None:
    """One element of the page (the page's content, a card, a chat message), or the span from `first` down to it."""
    page = locator.page
    page.add_style_tag(content=HIDE_FLOATING)
    fit(page)
    if first is None:
        locator.screenshot(path=str(path))
    else:
        top, bottom = first.bounding_box(), locator.bounding_box()
        page.screenshot(path=str(path), clip={"x": min(top["x"], bottom["x"]), "y": top["y"],
                                              "width": max(top["width"], bottom["width"]),
                                              "height": bottom["y"] + bottom["height"] - top["y"]})
    print(f"  {path}", file=sys.stderr)


def new_page(browser):
    context = browser.new_context(viewport={"width": WIDTH, "height": 900}, device_scale_factor=1)
    return context, context.new_page()


def chat_review_settings(browser, work: Path, out: Path) -> None:
    url, proc, _ = start_app(work, env_extra={"CRM_API_TOKEN": TOKEN, "CRM_AUTOPILOT_DEFAULT": "off"})
    try:
        settle(proc)
        r = httpx.post(url + "/api/messages", headers={"Authorization": f"Bearer {TOKEN}"},
                       json={"messages": MESSAGES}, timeout=60)
        r.raise_for_status()
        context, page = new_page(browser)
        page.goto(url)
        box = page.get_by_test_id("stChatInputTextArea")
        box.fill(PLAN)
        box.press("Enter")
        page.get_by_text("Apply this plan?").wait_for(timeout=60_000)
        idle(page)
        messages = page.get_by_test_id("stChatMessage")
        element(messages.last, out / "plan-preview.png", first=messages.nth(messages.count() - 2))

        deadline = time.monotonic() + 180
        while httpx.get(url + "/api/inbox/status", timeout=10).json()["review"]["depth"] < len(MESSAGES):
            if time.monotonic() > deadline:
                sys.exit("the customer messages did not reach the review queue within 180 s")
            time.sleep(1)
        page.goto(url + "/review")
        card = page.get_by_test_id("stVerticalBlock").filter(has_text=MESSAGES[0]["text"]).filter(
            has=page.get_by_role("button", name="Reject")).last
        card.wait_for(timeout=60_000)
        idle(page)
        element(card, out / "review-card.png")

        page.goto(url + "/settings")
        page.get_by_role("tab", name="Topics").click()
        page.get_by_text("Keywords (one per line)").first.wait_for(timeout=60_000)
        idle(page)
        element(page.get_by_test_id("stMainBlockContainer"), out / "settings-form.png")
        context.close()
    finally:
        stop_process(proc)


def metrics(browser, work: Path, out: Path, messages: int) -> None:
    from bench.reporting import build

    db = work / "busy.duckdb"
    build(messages, str(db)).close()
    url, proc, _ = start_app(work, workers="off", db=db)
    try:
        settle(proc)
        context, page = new_page(browser)
        page.goto(url + "/dashboard")
        page.get_by_test_id("stVegaLiteChart").first.wait_for(timeout=60_000)
        idle(page)
        page.get_by_role("button", name="⬇️ Download CSV").wait_for(timeout=60_000)  # the last element
        element(page.get_by_test_id("stMainBlockContainer"), out / "metrics-page.png")
        context.close()
    finally:
        stop_process(proc)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(ROOT / "docs"), help="directory of the PNGs (default docs/)")
    parser.add_argument("--messages", type=int, default=3000, help="simulated messages for the metrics page")
    parser.add_argument("--only", choices=("pages", "metrics"), help="take one group of screenshots")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        sys.exit("Debian's chromium is required: apt-get install -y chromium")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p, tempfile.TemporaryDirectory() as tmp:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        if args.only in (None, "pages"):
            (Path(tmp) / "pages").mkdir()
            chat_review_settings(browser, Path(tmp) / "pages", out)
        if args.only in (None, "metrics"):
            (Path(tmp) / "metrics").mkdir()
            metrics(browser, Path(tmp) / "metrics", out, args.messages)
        browser.close()
    for png in sorted(out.glob("*.png")):
        print(f"{png.name}: {png.stat().st_size / 1024:.0f} KB")


if __name__ == "__main__":
    main()
