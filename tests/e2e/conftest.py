"""The real app (`streamlit run streamlit_app.py`) on loopback, driven by Debian's Chromium through Playwright.

Needs the Debian packages chromium and espeak-ng (no browser is downloaded; never run `playwright install`).
One app process and one browser serve the whole session; every test gets a fresh page (a new Streamlit session)
and fails if the browser logged an error. Screenshots land in screenshots/ at the repository root.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
from playwright.sync_api import expect
import pytest

from tests.conftest import ROOT, free_port, stop_process

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-gpu", "--no-first-run", "--disable-sync"]
SCREENSHOTS = ROOT / "screenshots"
TODAY = "2026-11-18"
SECRETS = {"CRM_API_TOKEN": "e2e-api-token", "WHATSAPP_APP_SECRET": "e2e-whatsapp-secret",
           "WHATSAPP_VERIFY_TOKEN": "e2e-verify-token", "CRM_SERVER_KEY": "e2e-server-key"}
# espeak-ng's default 175 words/min is heard as "Bluey security add-on" by the offline Whisper; 130 is clear
VOICE_COMMAND, VOICE_SPEED = "move the Hooli security add-on to proposal", "130"
STARTUP_SECONDS = 60



def missing_pages() -> list[str]:
    """Page files ui/main.py navigates to that do not exist (the app cannot start without them)."""
    main = (ROOT / "ui" / "main.py").read_text(encoding="utf-8")
    pages = re.findall(r'st\.Page\(\s*"([^"]+\.py)"', main)
    return [f"ui/{name}" for name in pages if not (ROOT / "ui" / name).exists()]


@dataclass
class App:
    url: str
    db: Path
    log: Path

    def log_tail(self, lines: int = 60) -> str:
        return "\n".join(self.log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])

    def inbox_status(self) -> dict:
        return httpx.get(self.url + "/api/inbox/status", timeout=10).json()


def launch(work: Path, demo: bool = False):
    """Start the whole app (pages, HTTP routes, inbox workers) over a fresh demo database in work/; with demo=True
    in demo mode (CRM_DEMO=1: no sign-in, the sidebar picks the acting user).

    Returns (App, process); stop it with stop_process."""
    missing = missing_pages()
    if missing:
        pytest.fail(f"ui/main.py navigates to {', '.join(missing)}, which does not exist yet: the app cannot start")
    db, log = work / "crm.duckdb", work / "app.log"
    subprocess.run([sys.executable, "-m", "core", "--db", str(db), "--today", TODAY, "init", "--demo"],
                   cwd=ROOT, check=True, capture_output=True)
    port = free_port()
    env = dict(os.environ, CRM_DB=str(db), CRM_TODAY=TODAY, HF_HUB_OFFLINE="1", CRM_AUTOPILOT_DEFAULT="off",
               CRM_INBOX_WORKERS="on", CRM_LLM_BASE_URL="", CRM_STT_BASE_URL="", CRM_DEMO="1" if demo else "",
               **SECRETS)
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "streamlit_app.py", "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
             "--server.fileWatcherType", "none"], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    running = App(f"http://127.0.0.1:{port}", db, log)
    deadline = time.monotonic() + STARTUP_SECONDS
    while True:
        if proc.poll() is not None:
            pytest.fail(f"the app exited with {proc.returncode}:\n{running.log_tail()}")
        try:
            if httpx.get(running.url + "/_stcore/health", timeout=2).status_code == 200:
                return running, proc
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            stop_process(proc)
            pytest.fail(f"the app did not answer /_stcore/health within {STARTUP_SECONDS} s:\n{running.log_tail()}")
        time.sleep(0.2)


@pytest.fixture(scope="session")
def app(tmp_path_factory) -> App:
    """One app for the session's flows (test_app.py), in demo mode (the flows pick users); stopped at the end."""
    running, proc = launch(tmp_path_factory.mktemp("e2e"), demo=True)
    try:
        yield running
    finally:
        stop_process(proc)


@pytest.fixture(scope="session")
def fake_microphone(tmp_path_factory) -> Path:
    """The spoken command as a WAV file, which Chromium plays as its microphone (once: %noloop)."""
    if not shutil.which("espeak-ng"):
        pytest.fail("espeak-ng is required to speak the voice command: apt-get install -y espeak-ng")
    path = tmp_path_factory.mktemp("voice") / "command.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", VOICE_SPEED, "-w", str(path), VOICE_COMMAND], check=True,
                   capture_output=True)
    return path


@pytest.fixture(scope="session")
def browser(fake_microphone):
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's Chromium is required: apt-get install -y chromium (no browser is downloaded)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS + [
            "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-audio-capture={fake_microphone}%noloop"])
        yield b
        b.close()


@pytest.fixture(scope="session")
def done() -> set[str]:
    """Names of the flows that completed in this session (the figures tests check what they left behind)."""
    return set()


class BrowserErrors(list):
    """What the page logged as errors: console.error messages and uncaught exceptions."""


# Assertions wait as long as a loaded machine needs (Streamlit reruns queue behind other work); a real failure still
# fails, only later.
expect.set_options(timeout=20_000)


def open_page(browser):
    """A fresh page (its own Streamlit session) with microphone access; browser errors are collected."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, permissions=["microphone"],
                                  accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(30_000)
    errors = BrowserErrors()
    pg.on("console", lambda m: errors.append(f"console.{m.type}: {m.text} ({m.location.get('url', '')})")
          if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(f"page error: {e}"))
    pg.browser_errors = errors
    return context, pg


@pytest.fixture
def page(browser, app):
    context, pg = open_page(browser)
    yield pg
    context.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed browser test shows the end of the app's log."""
    outcome = yield
    report = outcome.get_result()
    running = item.funcargs.get("app") if hasattr(item, "funcargs") else None
    if report.failed and isinstance(running, App) and running.log.exists():
        report.sections.append(("app log (last lines)", running.log_tail()))
