"""How long each page takes to appear in Chromium, cold (the first visit after the server starts) and warm.

    .venv/bin/python bench/page_load.py [--warm 5] [--pages / /review /dashboard /settings] [--no-floor]

For each page: a fresh app (`streamlit run streamlit_app.py` over a fresh demo database, demo mode so no sign-in
is needed), which is left to finish starting (it answers, then its lifespan's warm-up runs until its CPU use
settles), then one visit (cold: the page's first run in that process) and --warm more visits, each in a new
browser context, that is a new Streamlit session with an empty browser cache. Times are measured in the page,
from navigation start:
  content   the page's title is on screen (its first contentful render)
  complete  the page's script run is over: every element of the page is there
The floor row, measured first the same way, is a Streamlit page with only a title: no page of the app can appear
sooner than it on this machine at that moment (the frontend's 2 MB of JavaScript, the session, the first render),
so on a shared machine read each page against it. Needs Debian's chromium (no browser is downloaded) and Linux
(/proc, for the app's CPU use).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import free_port, stop_process  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-gpu", "--no-first-run"]
TODAY = "2026-11-18"
PAGES = {"/": "AutoCRM", "/review": "Review queue", "/dashboard": "Metrics", "/settings": "Settings"}
FLOOR = "(floor)"  # a page with a title only, served by Streamlit the same way: what any page costs on this machine
FLOOR_SCRIPT = """import streamlit as st
st.set_page_config(page_title="Floor", layout="wide")
st.title("Floor")
st.caption("A title and a caption: Streamlit's own cost of showing a page.")
"""
TARGET_SECONDS = 1.5

# Records, in the page, when the title appears and when the first script run is over (Streamlit marks its root
# element with the script's state); a MutationObserver sees every change as it is rendered.
PROBE = """
window.__load = {};
new MutationObserver(() => {
  const app = document.querySelector('[data-testid="stApp"]');
  const state = app && app.getAttribute('data-test-script-state');
  const now = performance.now();
  if (state === 'running' && !window.__load.ran) window.__load.ran = now;
  const titled = [...document.querySelectorAll('h1')].some(h => h.textContent.includes(window.__title));
  if (!window.__load.content && titled) window.__load.content = now;
  if (!window.__load.complete && window.__load.content && window.__load.ran && state === 'notRunning')
    window.__load.complete = now;
}).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
"""


def start_app(work: Path, workers: str = "on", db: Path | None = None, env_extra: dict[str, str] | None = None,
              script: str = "streamlit_app.py") -> tuple[str, subprocess.Popen, float]:
    """The whole app over db (default: a fresh demo database in work/); returns (url, process, seconds until it
    answered)."""
    if db is None:
        db = work / "crm.duckdb"
        init = subprocess.run([sys.executable, "-m", "core", "--db", str(db), "--today", TODAY, "init", "--demo"],
                              cwd=ROOT, capture_output=True, text=True)
        if init.returncode:
            sys.exit(f"python -m core init --demo failed:\n{init.stderr[-2000:]}")
    port = free_port()
    env = dict(os.environ, CRM_DB=str(db), CRM_TODAY=TODAY, HF_HUB_OFFLINE="1", CRM_DEMO="1",
               CRM_INBOX_WORKERS=workers, CRM_LLM_BASE_URL="", CRM_STT_BASE_URL="", **(env_extra or {}))
    log = open(work / "app.log", "w")
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    while True:
        if proc.poll() is not None:
            sys.exit(f"the app exited with {proc.returncode}: see {work / 'app.log'}")
        try:
            if httpx.get(url + "/_stcore/health", timeout=2).status_code == 200:
                return url, proc, time.perf_counter() - started
        except httpx.HTTPError:
            pass
        if time.perf_counter() - started > 120:
            stop_process(proc)
            sys.exit(f"the app did not answer within 120 s: see {work / 'app.log'}")
        time.sleep(0.1)


def cpu_seconds(pid: int) -> float:
    """CPU time a process has used so far (user + system, from /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def settle(proc: subprocess.Popen, busy: float = 0.15, seconds: float = 180) -> float:
    """Wait until the app uses less than `busy` of a core over a second (its warm-up is over); returns the wait."""
    started = time.perf_counter()
    used = cpu_seconds(proc.pid)
    while time.perf_counter() - started < seconds:
        time.sleep(1)
        now = cpu_seconds(proc.pid)
        if now - used < busy:
            break
        used = now
    return time.perf_counter() - started


def visit(browser, url: str, title: str) -> tuple[float, float]:
    """One visit in a new browser context: (content, complete) in seconds from navigation start."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = context.new_page()
        page.add_init_script(f"window.__title = {title!r};" + PROBE)
        page.goto(url)
        page.wait_for_function("() => window.__load && window.__load.complete", timeout=120_000, polling=50)
        times = page.evaluate("() => window.__load")
        return times["content"] / 1000, times["complete"] / 1000
    finally:
        context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--warm", type=int, default=5, help="warm visits per page (default 5)")
    parser.add_argument("--pages", nargs="+", default=list(PAGES), choices=list(PAGES))
    parser.add_argument("--workers", choices=("on", "off"), default="on",
                        help="CRM_INBOX_WORKERS of the app (default on, as `make run`; on loads the inbox's models "
                             "in the background from the start)")
    parser.add_argument("--no-floor", dest="floor", action="store_false",
                        help="skip the floor: a title-only Streamlit page measured first, the same way")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        sys.exit("Debian's chromium is required: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as p, tempfile.TemporaryDirectory() as tmp:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for path in ([FLOOR] if args.floor else []) + args.pages:
            work = Path(tmp) / (path.strip("/()") or "chat")
            work.mkdir()
            if path == FLOOR:
                (work / "floor.py").write_text(FLOOR_SCRIPT, encoding="utf-8")
                url, proc, startup = start_app(work, args.workers, script=str(work / "floor.py"))
                target, title = url, "Floor"
            else:
                url, proc, startup = start_app(work, args.workers)
                target, title = url + path, PAGES[path]
            try:
                warming = settle(proc)
                cold = visit(browser, target, title)
                warm = [visit(browser, target, title) for _ in range(args.warm)]
            finally:
                stop_process(proc)
            rows.append((path, startup, warming, cold, (statistics.median(w[0] for w in warm) if warm else None,
                                               statistics.median(w[1] for w in warm) if warm else None)))
            print(f"  {path} measured", file=sys.stderr)
        browser.close()

    def s(x: float | None) -> str:
        return "—" if x is None else f"{x:.2f}"

    print(f"{'page':<12} {'answers':>8} {'warm-up':>8} {'cold content':>13} {'cold complete':>14} "
          f"{'warm content':>13} {'warm complete':>14}   (seconds; warm = median of {args.warm})")
    for path, startup, warming, cold, warm in rows:
        print(f"{path:<12} {startup:>8.2f} {warming:>8.2f} {s(cold[0]):>13} {s(cold[1]):>14} {s(warm[0]):>13} "
              f"{s(warm[1]):>14}")
    worst = max(max(c[1], w[1] or 0) for path, *_, c, w in rows if path != FLOOR)
    print(f"slowest complete render: {worst:.2f} s (target {TARGET_SECONDS} s) — "
          + ("met" if worst <= TARGET_SECONDS else "NOT met")
          + f"; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs at the end")


if __name__ == "__main__":
    main()
