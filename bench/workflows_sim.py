"""The workflows' crash simulation: contacts go through the three built-in templates over 120 simulated days
while the worker process is SIGKILLed and restarted at random points; then the database is checked.

    python bench/workflows_sim.py                       # 1,000 contacts, 120 days, 20 kills (the "Done when")
    python bench/workflows_sim.py --contacts 150 --kills 20 --no-reference

Each worker is a real OS process (from a fork server that has imported the modules) on a real DuckDB file. It owns the
database like the server does, keeps the simulated clock in it, and repeatedly: applies the scripted events due
at the next instant (customer messages through the inbox's capture, purchases as plans through the executor,
human agents' messages, opt-outs), then runs WorkflowEngine.tick() at that instant — the same tick the
server's worker runs. Killed at any point, a restart re-applies the instant's events (capture and plan ids
make that idempotent) and ticks again.

The checks (after the last worker finished): no timer due before the end is still pending; the step log of
every contact equals that of a reference run of the same script with no kill (every due step ran exactly once,
no run restarted); no workflow message to a contact after a person wrote to them by hand or they opted out;
every outbox row and review draft a workflow made is traced to its run and step.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

START = dt.datetime(2026, 1, 5, 8, 0)
TEMPLATES = ("lead-nurturing", "abandoned-interest", "customer-lifecycle")


# -- the script --------------------------------------------------------------------------------------------
def make_scenario(contacts: int, days: int, seed: int) -> list[dict]:
    """Deterministic events: arrivals, replies, price questions, purchases, hand replies and opt-outs."""
    rng = random.Random(seed)
    events = []
    end = START + dt.timedelta(days=days)

    def at(base: dt.datetime, lo_days: float, hi_days: float) -> dt.datetime:
        t = base + dt.timedelta(days=rng.uniform(lo_days, hi_days))
        return t.replace(second=0, microsecond=0)

    for i in range(contacts):
        phone = f"+1555{i:07d}"
        arrive = at(START, 0, min(60, days / 2))
        mine = [{"t": arrive, "kind": "new", "body": "hello, I found you online", "name": f"Sim {i} Person"}]
        if rng.random() < 0.5:
            mine.append({"t": at(arrive, 0.01, 6), "kind": "reply", "body": "thanks, sounds good"})
        if rng.random() < 0.3:
            mine.append({"t": at(arrive, 1, 40), "kind": "reply", "body": "what is the price for the bigger one?"})
        if rng.random() < 0.3:
            mine.append({"t": at(arrive, 3, 50), "kind": "buy"})
        if rng.random() < 0.3:
            mine.append({"t": at(arrive, 10, 100), "kind": "reply", "body": "all good so far"})
        mine.sort(key=lambda e: e["t"])
        r = rng.random()
        if r < 0.1:
            mine.append({"t": at(arrive, 0.5, 60), "kind": "agent", "body": "Hi, it's Sam here, calling you now."})
        elif r < 0.18:
            mine.append({"t": at(arrive, 0.5, 60), "kind": "optout", "body": "STOP"})
        mine.sort(key=lambda e: e["t"])
        cut = next((k for k, e in enumerate(mine) if e["kind"] in ("agent", "optout")), None)
        if cut is not None:
            mine = mine[:cut + 1]  # after a person takes over or the contact opts out, the script is silent
        for k, e in enumerate(mine):
            if e["t"] < end:
                events.append(dict(e, id=f"c{i}-e{k}", phone=phone, contact=i, t=e["t"].isoformat()))
    events.sort(key=lambda e: (e["t"], e["id"]))
    return events


# -- the worker process --------------------------------------------------------------------------------------
def _apply(store, ev: dict) -> None:
    """One scripted event, through the product's own paths: capture for messages, the executor for a purchase."""
    from core.errors import PlanError
    from core.executor import SYSTEM_USER, apply_plan
    from core.inbox.capture import capture
    from core.inbox.models import InboundMessage
    from core.models import Plan, Step
    t = dt.datetime.fromisoformat(ev["t"])
    if ev["kind"] in ("new", "reply", "optout", "agent"):
        capture(store, [InboundMessage("whatsapp", f"sim-{ev['id']}", ev["phone"], ev["body"], sent_at=t,
                                       name=ev.get("name"), direction="out" if ev["kind"] == "agent" else "in")],
                default_autopilot=True)
    elif ev["kind"] == "buy":
        cid = store.scalar("SELECT contact_id FROM conversations WHERE address = ?", [ev["phone"]])
        if cid is None or store.scalar("SELECT count(*) FROM plans WHERE id = ?", [f"sim-{ev['id']}"]):
            return
        stage = store.scalar("SELECT lifecycle_stage FROM contacts WHERE id = ?", [cid])
        plan = Plan(f"sim-{ev['id']}", "the contact bought", SYSTEM_USER.id, "ready",
                    (Step("update_contact", "contacts", cid, "contact", {"lifecycle_stage": (stage, "customer")}),))
        try:
            apply_plan(store, plan, SYSTEM_USER)
        except PlanError:
            pass  # applied before a kill: the plan id is taken


def _grid(t: dt.datetime, minutes: int) -> dt.datetime:
    """The first tick at or after t on a grid of `minutes` (the server polls; a due timer fires at the next poll)."""
    base = t.replace(minute=0, second=0, microsecond=0)
    steps = -(-((t - base).total_seconds()) // (minutes * 60))
    return base + dt.timedelta(minutes=minutes * steps)


def worker(db: str, scenario: str, days: int, tick_minutes: int = 60, ready=None, progress=None) -> None:
    from core.store import Store
    from core.workflows.engine import WorkflowEngine
    events = json.loads(Path(scenario).read_text())
    end = START + dt.timedelta(days=days)
    store = Store(db)
    engine = WorkflowEngine(store)
    for name in TEMPLATES:
        if not engine.registry.row(name)["enabled"]:
            engine.registry.set_enabled(name, True)
    saved = store.get_setting("sim.clock")
    clock = dt.datetime.fromisoformat(saved) if saved else START - dt.timedelta(seconds=1)
    i = 0
    while i < len(events) and dt.datetime.fromisoformat(events[i]["t"]) <= clock:
        i += 1
    if ready is not None:
        ready()
    while True:
        nxt_ev = dt.datetime.fromisoformat(events[i]["t"]) if i < len(events) else None
        nxt_timer = store.scalar("SELECT min(t.due_at) FROM workflow_timers t JOIN workflow_runs r ON r.id = t.run_id "
                                 "AND r.seq = t.seq WHERE t.status = 'pending' AND r.status = 'waiting'")
        candidates = [x for x in (nxt_ev, nxt_timer) if x is not None]
        if not candidates or min(candidates) > end:
            break
        t = max(_grid(min(candidates), tick_minutes), clock)
        while i < len(events) and dt.datetime.fromisoformat(events[i]["t"]) <= t:
            _apply(store, events[i])
            i += 1
        engine.tick(t)
        store.set_setting("sim.clock", t.isoformat())
        clock = t
        if progress is not None:
            progress(t)
    store.set_setting("sim.done", True)
    store.close()


# -- the driver ----------------------------------------------------------------------------------------------
def _child(db: str, scenario: str, days: int, tick_minutes: int, ready, progress) -> None:
    import logging
    logging.basicConfig(level=logging.ERROR)

    def report(t: dt.datetime) -> None:
        progress.value = t.timestamp()
    worker(db, scenario, days, tick_minutes, ready=ready.set, progress=report)



def _start_without_main(proc) -> None:
    """Start a fork-server worker without it re-running this process's __main__: under pytest, a Streamlit page
    run by AppTest can be left as __main__, and a worker would execute the page."""
    import types
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        proc.start()
    finally:
        if main is not None:
            sys.modules["__main__"] = main

def run_worker(db: Path, scenario: Path, days: int, kills: int, seed: int, tick_minutes: int = 60) -> dict:
    """Run worker processes until one finishes, SIGKILLing one at each of `kills` random points of simulated time.

    The kill points are spread uniformly over the simulated days up to the last scripted event; a worker is killed a random moment (0-0.3 s)
    after its clock passes the next point, so kills land inside ticks, commits and captures alike. Each worker is
    a real OS process forked from this one after the modules are imported (a restart costs milliseconds, not an
    interpreter start); it opens the database itself, and nothing here touches the file while a worker lives."""
    import multiprocessing as mp

    # a fork server: one clean single-threaded process that has imported the modules forks every worker (forking
    # this process instead could copy a lock some other thread holds, e.g. under pytest)
    here = str(Path(__file__).resolve().parent)
    if here not in sys.path:
        sys.path.insert(0, here)  # the workers import this module by name
    fork = mp.get_context("forkserver")
    fork.set_forkserver_preload(["core.executor", "core.inbox.capture", "core.workflows.engine"])
    rng = random.Random(seed * 7919 + 1)
    # spread over the scripted part of the days (the worker is sure to reach the time of the last event)
    last = max(dt.datetime.fromisoformat(e["t"]) for e in json.loads(Path(scenario).read_text()))
    span = 0.9 * min(days * 86400, (last - START).total_seconds())  # margin: a worker may finish during a kill's delay
    points = sorted(START.timestamp() + rng.uniform(0, span) for _ in range(kills))
    progress = fork.Value("d", 0.0)
    done_kills, starts, at_kill = 0, 0, []
    t0 = time.perf_counter()
    while True:
        ready = fork.Event()
        proc = fork.Process(target=_child, args=(str(db), str(scenario), days, tick_minutes, ready, progress),
                            daemon=True)
        _start_without_main(proc)
        starts += 1
        if not ready.wait(120):
            proc.kill()
            raise RuntimeError("a worker did not start within 120 s")
        if done_kills < len(points):
            while proc.is_alive() and progress.value < points[done_kills]:
                time.sleep(0.02)
            if proc.is_alive():
                time.sleep(rng.uniform(0, 0.3))
            if proc.is_alive():
                os.kill(proc.pid, signal.SIGKILL)
                proc.join(30)
                at_kill.append(round((progress.value - START.timestamp()) / 86400, 1))
                done_kills += 1
                continue
        proc.join(7200)
        if proc.exitcode != 0:
            raise RuntimeError(f"a worker failed (exit code {proc.exitcode})")
        break  # finished (if before every kill point, the script ended before the points)
    return {"kills": done_kills, "starts": starts, "killed_on_day": at_kill,
            "seconds": round(time.perf_counter() - t0, 1)}


def step_log(store) -> dict[str, list[tuple]]:
    """Per contact phone: every step execution (workflow, seq, step, outcome) in order."""
    rows = store.query(
        "SELECT c.address, w.name, r.id AS run, s.seq, s.step, s.outcome FROM workflow_steps s "
        "JOIN workflow_runs r ON r.id = s.run_id JOIN workflows w ON w.id = r.workflow_id "
        "JOIN conversations c ON c.contact_id = r.contact_id ORDER BY c.address, r.started_at, r.id, s.seq")
    out: dict[str, list[tuple]] = {}
    for r in rows:
        out.setdefault(r["address"], []).append((r["name"], r["seq"], r["step"], r["outcome"]))
    return out


def check(db: Path, days: int, events: list[dict]) -> dict:
    from core.store import Store
    end = START + dt.timedelta(days=days)
    with Store(db) as store:
        assert store.get_setting("sim.done"), "the simulation did not finish"
        late = store.scalar("SELECT count(*) FROM workflow_timers t JOIN workflow_runs r ON r.id = t.run_id "
                            "AND r.seq = t.seq WHERE t.status = 'pending' AND r.status = 'waiting' AND t.due_at <= ?",
                            [end])
        gaps = store.scalar("SELECT count(*) FROM (SELECT run_id, count(*) AS n, max(seq) AS m, min(seq) AS lo "
                            "FROM workflow_steps GROUP BY run_id) WHERE n <> m OR lo <> 1")
        seq_mismatch = store.scalar("SELECT count(*) FROM workflow_runs r WHERE r.seq <> "
                                    "(SELECT coalesce(max(seq), 0) FROM workflow_steps s WHERE s.run_id = r.id)")
        firsts = store.scalar(
            "SELECT count(*) FROM (SELECT s.run_id, count(*) AS n FROM workflow_steps s JOIN workflow_runs r "
            "ON r.id = s.run_id JOIN workflows w ON w.id = r.workflow_id "
            "WHERE s.step = json_extract_string(w.definition, '$.steps[0].id') GROUP BY s.run_id) WHERE n > 1")
        fired_twice = store.scalar("SELECT count(*) FROM (SELECT run_id, seq, count(*) AS n FROM workflow_timers "
                                   "GROUP BY ALL) WHERE n > 1")
        stops = {}
        for e in events:
            if e["kind"] in ("agent", "optout"):
                stops[e["phone"]] = e["t"]
        sent_after = 0
        for phone, t in stops.items():
            sent_after += store.scalar(
                "SELECT count(*) FROM workflow_effects e JOIN conversations c ON c.contact_id = e.contact_id "
                "WHERE c.address = ? AND e.kind = 'send' AND e.created_at > ?", [phone, dt.datetime.fromisoformat(t)])
        untraced_out = store.scalar(
            "SELECT count(*) FROM outbox o WHERE o.kind = 'auto' AND o.draft_id IS NULL AND NOT EXISTS "
            "(SELECT 1 FROM workflow_effects e JOIN workflow_steps s ON s.run_id = e.run_id AND s.seq = e.seq "
            "WHERE e.outbox_id = o.id)")
        untraced_drafts = store.scalar(
            "SELECT count(*) FROM drafts d WHERE d.engine = 'workflow' AND NOT EXISTS "
            "(SELECT 1 FROM workflow_effects e JOIN workflow_steps s ON s.run_id = e.run_id AND s.seq = e.seq "
            "WHERE e.draft_id = d.id)")
        double_effects = store.scalar("SELECT count(*) FROM (SELECT run_id, seq, count(*) AS n FROM workflow_effects "
                                      "GROUP BY ALL) WHERE n > 1")
        figures = {
            "contacts": store.scalar("SELECT count(*) FROM contacts"),
            "runs": store.scalar("SELECT count(*) FROM workflow_runs"),
            "runs_by_status": dict(store.execute("SELECT status, count(*) FROM workflow_runs GROUP BY 1 ORDER BY 1")
                                   .fetchall()),
            "steps": store.scalar("SELECT count(*) FROM workflow_steps"),
            "timers_fired": store.scalar("SELECT count(*) FROM workflow_timers WHERE status = 'fired'"),
            "messages_sent": store.scalar("SELECT count(*) FROM workflow_effects WHERE kind = 'send' "
                                          "AND outbox_id IS NOT NULL"),
            "messages_in_review": store.scalar("SELECT count(*) FROM workflow_effects WHERE kind = 'send' "
                                               "AND draft_id IS NOT NULL"),
            "tasks": store.scalar("SELECT count(*) FROM workflow_effects WHERE kind = 'task'"),
            "paused_by_person": store.scalar("SELECT count(*) FROM workflow_runs WHERE status = 'paused'"),
            "ended_by_opt_out": store.scalar("SELECT count(*) FROM workflow_runs WHERE reason LIKE '%opted out%'"),
        }
        violations = {"due_timers_not_fired": late, "step_log_gaps": gaps, "run_position_mismatch": seq_mismatch,
                      "runs_restarted": firsts, "timers_twice": fired_twice, "sent_after_hand_reply_or_opt_out":
                      sent_after, "untraced_outbox_rows": untraced_out, "untraced_review_drafts": untraced_drafts,
                      "effects_twice": double_effects}
        log = step_log(store)
    return {"figures": figures, "violations": violations, "log": log}


def simulate(workdir: Path, contacts: int, days: int, kills: int, seed: int, reference: bool = True) -> dict:
    workdir.mkdir(parents=True, exist_ok=True)
    events = make_scenario(contacts, days, seed)
    scenario = workdir / "scenario.json"
    scenario.write_text(json.dumps(events))
    crashed = workdir / "crashed.duckdb"
    result = {"events": len(events)}
    result["crashed_run"] = run_worker(crashed, scenario, days, kills, seed)
    checked = check(crashed, days, events)
    result.update(figures=checked["figures"], violations=checked["violations"])
    if reference:
        ref = workdir / "reference.duckdb"
        result["reference_run"] = run_worker(ref, scenario, days, 0, seed)
        ref_log = check(ref, days, events)["log"]
        diff = [k for k in set(ref_log) | set(checked["log"]) if ref_log.get(k) != checked["log"].get(k)]
        result["violations"]["contacts_whose_steps_differ_from_reference"] = len(diff)
        result["diff_examples"] = {k: {"crashed": checked["log"].get(k), "reference": ref_log.get(k)}
                                   for k in sorted(diff)[:2]}
    return result


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--contacts", type=int, default=1000)
    p.add_argument("--days", type=int, default=120)
    p.add_argument("--kills", type=int, default=20)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--no-reference", action="store_true", help="skip the uninterrupted reference run")
    p.add_argument("--dir", help="keep the databases here (default: a temporary directory)")
    a = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        res = simulate(Path(a.dir or tmp), a.contacts, a.days, a.kills, a.seed, reference=not a.no_reference)
    print(json.dumps(res, indent=2, default=str))


if __name__ == "__main__":
    main()
