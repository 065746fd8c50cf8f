"""Workflows: definitions, runs, durable timers, triggers, sends through the outbox and review, pauses and opt-outs."""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from core.errors import NotFound, ValidationError
from core.executor import SYSTEM_USER, apply_plan, load_user, undo_plan
from core.inbox.capture import capture
from core.inbox.models import InboundMessage
from core.inbox.review import ReviewQueue
from core.models import Plan, Step
from core.store import Store
from core.workflows import webhooks
from core.workflows.engine import WorkflowEngine
from core.workflows.model import load_text, parse_duration
from core.workflows.schedule import next_fire
from tests.conftest import free_port

T0 = dt.datetime(2026, 3, 2, 9, 0)  # a Monday


class Clock:
    def __init__(self, t: dt.datetime = T0):
        self.t = t

    def __call__(self) -> dt.datetime:
        return self.t

    def advance(self, **kw) -> dt.datetime:
        self.t += dt.timedelta(**kw)
        return self.t


@pytest.fixture
def world(tmp_path):
    store = Store(tmp_path / "wf.duckdb")
    clock = Clock()
    eng = WorkflowEngine(store, clock=clock)
    yield store, eng, clock
    store.close()


_n = [0]


def say(store: Store, phone: str, body: str, at: dt.datetime, direction: str = "in", name: str | None = None,
        autopilot: bool = True) -> int:
    """A WhatsApp message through capture (creates the contact and conversation the first time); its contact id."""
    _n[0] += 1
    capture(store, [InboundMessage("whatsapp", f"t-{_n[0]}", phone, body, sent_at=at, name=name,
                                   direction=direction)], default_autopilot=autopilot)
    return store.scalar("SELECT contact_id FROM conversations WHERE address = ?", [phone])


def steps(eng: WorkflowEngine, run_id: int) -> list[tuple[str, str]]:
    return [(s["step"], s["outcome"]) for s in eng.run(run_id)["steps"]]


def outbox_bodies(store: Store, contact_id: int) -> list[str]:
    return [r[0] for r in store.execute("SELECT o.body FROM outbox o JOIN conversations c ON c.id = o.conversation_id "
                                        "WHERE c.contact_id = ? ORDER BY o.id", [contact_id]).fetchall()]


# -- definitions ------------------------------------------------------------------------------------------------
def test_three_templates_are_listed_out_of_the_box(world):
    _, eng, _ = world
    names = {w["name"]: w for w in eng.registry.all()}
    assert set(names) == {"lead-nurturing", "abandoned-interest", "customer-lifecycle"}
    assert names["lead-nurturing"]["trigger"] == "record_created"
    assert names["abandoned-interest"]["trigger"] == "message"
    assert names["customer-lifecycle"]["trigger"] == "record_updated"


def test_yaml_and_json_round_trip(world):
    _, eng, _ = world
    for fmt in ("yaml", "json"):
        text = eng.registry.export("customer-lifecycle", fmt)
        again = load_text(text.replace("customer-lifecycle", f"copy-{fmt}"))
        assert again.to_dict() == dict(eng.registry.get("customer-lifecycle").to_dict(), name=f"copy-{fmt}")


@pytest.mark.parametrize("text, where", [
    ("name: x\nsteps: [{id: a, kind: wait, duration: 3 days}]", "steps[0] (a).duration"),
    ("name: x\nsteps: [{id: a, kind: branch, if: {field: colour, value: red}, then: a}]", "steps[0] (a).if.field"),
    ("name: x\nsteps: [{id: a, kind: wait_reply, timeout: 1d, on_reply: nowhere}]", "no step 'nowhere'"),
    ("name: x\nsteps: [{id: a, kind: teleport}]", "kind: 'teleport' is not one of"),
    ("name: x\ntrigger: {kind: message}\nsteps: [{id: a, kind: stop}]", "needs a pattern or keywords"),
    ("name: x\ntrigger: {kind: schedule, cron: '0 25 * * *'}\nsteps: [{id: a, kind: stop}]", "outside 0-23"),
    ("name: x\nsteps: [{id: a, kind: send, variants: [{name: A, text: hi}]}]", "at least two variants"),
    ("name: [oops", "not valid YAML or JSON"),
])
def test_a_bad_definition_says_where_and_changes_nothing(world, text, where):
    store, eng, _ = world
    before = store.scalar("SELECT count(*) FROM workflows")
    with pytest.raises(ValidationError) as err:
        eng.registry.import_text(text, "bad.yaml")
    assert where in str(err.value) and "bad.yaml" in str(err.value)
    assert store.scalar("SELECT count(*) FROM workflows") == before


def test_durations_and_cron():
    assert parse_duration("90m", "x") == dt.timedelta(minutes=90)
    assert parse_duration("2w", "x") == dt.timedelta(days=14)
    assert next_fire("0 9 * * 1", dt.datetime(2026, 3, 2, 9, 0)) == dt.datetime(2026, 3, 9, 9, 0)  # Mondays 09:00
    assert next_fire("*/15 * * * *", dt.datetime(2026, 3, 2, 9, 7)) == dt.datetime(2026, 3, 2, 9, 15)
    assert next_fire("30 8 1 * *", dt.datetime(2026, 3, 2)) == dt.datetime(2026, 4, 1, 8, 30)


# -- lead nurturing, end to end ----------------------------------------------------------------------------------
def test_lead_nurturing_waits_nudges_and_hands_over_with_durable_timers(world):
    store, eng, clock = world
    eng.registry.set_enabled("lead-nurturing", True)
    cid = say(store, "+15550000001", "hello", clock.t, name="Ada Quill")
    eng.tick()
    run = eng.runs(contact_id=cid)[0]
    assert (run["workflow"], run["status"], run["step"], run["waiting_for"]) == \
        ("lead-nurturing", "waiting", "wait_welcome", "reply_timeout")
    assert outbox_bodies(store, cid) == ["Hi Ada, thanks for getting in touch! Reply to this message any time and a "
                                         "person will answer."]
    clock.advance(days=2, hours=23)
    assert eng.tick()["timers"] == 0  # not due yet
    clock.advance(hours=2)
    assert eng.tick()["timers"] == 1
    assert eng.tick()["timers"] == 0  # a fired timer never fires again
    nudge = eng.run(run["id"])
    assert [s["step"] for s in nudge["steps"]] == ["welcome", "wait_welcome", "nudge", "wait_nudge"]
    assert nudge["steps"][1]["outcome"] == "timed out"
    assert nudge["context"]["variant"] in ("A", "B")
    # the server is down for a week: the overdue timer fires once, late, and the run goes on from where it was
    clock.advance(days=7)
    assert eng.tick()["timers"] == 1
    assert steps(eng, run["id"])[-2:] == [("cold", "task created"), ("done", "stopped")]
    task = store.one("SELECT * FROM tasks WHERE contact_id = ?", [cid])
    assert task["title"] == "Call Ada Quill: no answer to the welcome or the nudge"
    plan = store.one("SELECT * FROM plans WHERE id = ?", [f"wf-{run['id']}-5"])
    assert plan["session_id"] == "workflow:lead-nurturing" and "step cold" in plan["text"]
    undo_plan(store, plan["id"], SYSTEM_USER)  # an undoable plan like any other
    assert store.scalar("SELECT count(*) FROM tasks WHERE contact_id = ?", [cid]) == 0
    assert len(outbox_bodies(store, cid)) == 2


def test_a_reply_while_waiting_takes_the_engaged_branch(world):
    store, eng, clock = world
    eng.registry.set_enabled("lead-nurturing", True)
    cid = say(store, "+15550000002", "hi", clock.t, name="Bo Stone")
    eng.tick()
    clock.advance(hours=5)
    say(store, "+15550000002", "yes, tell me more", clock.t)
    eng.tick()
    run = eng.runs(contact_id=cid)[0]
    assert run["status"] == "done"
    reply = store.scalar("SELECT max(id) FROM messages WHERE direction = 'in'")
    assert steps(eng, run["id"])[1:] == [("wait_welcome", f"replied (message {reply})"), ("engaged", "updated"),
                                         ("engaged_task", "task created"), ("done", "stopped")]
    assert store.scalar("SELECT lifecycle_stage FROM contacts WHERE id = ?", [cid]) == "prospect"
    assert store.scalar("SELECT count(*) FROM crm_actions WHERE plan_id = ?", [f"wf-{run['id']}-3"]) == 1


def test_one_run_per_contact_unless_reentry(world):
    store, eng, clock = world
    cid = say(store, "+15550000003", "hi", clock.t, name="Cy Dale")
    eng.start("customer-lifecycle", cid)
    with pytest.raises(ValidationError, match="does not allow re-entry"):
        eng.start("customer-lifecycle", cid)
    run = eng.start("abandoned-interest", cid)
    with pytest.raises(ValidationError, match="still in run"):
        eng.start("abandoned-interest", cid)
    eng.end(run["id"], "test")
    assert eng.start("abandoned-interest", cid)["status"] == "waiting"  # reentry: true
    with pytest.raises(ValidationError, match="no contact with id 999"):
        eng.start("abandoned-interest", 999)
    with pytest.raises(NotFound, match="no workflow 'nope'"):
        eng.start("nope", cid)


# -- people first ------------------------------------------------------------------------------------------------
def test_a_human_message_pauses_and_an_opt_out_ends_and_nothing_is_sent_after(world):
    store, eng, clock = world
    a = say(store, "+15550000004", "hello", clock.t, name="Di Fern")
    b = say(store, "+15550000005", "hello", clock.t, name="Ed Gale")
    ra, rb = eng.start("customer-lifecycle", a)["id"], eng.start("customer-lifecycle", b)["id"]
    clock.advance(days=1)
    say(store, "+15550000004", "I'll call you this afternoon. Sam", clock.t, direction="out")  # an agent, by hand
    say(store, "+15550000005", "STOP", clock.t)
    eng.tick()
    assert eng.run(ra)["status"] == "paused" and "by hand" in eng.run(ra)["reason"]
    assert eng.run(rb)["status"] == "ended" and "opted out" in eng.run(rb)["reason"]
    sent = {c: len(outbox_bodies(store, c)) for c in (a, b)}
    clock.advance(days=100)
    eng.tick()
    assert {c: len(outbox_bodies(store, c)) for c in (a, b)} == sent
    # a paused contact is not pulled into a new automatic run; a person can resume theirs
    eng.registry.set_enabled("abandoned-interest", True)
    say(store, "+15550000004", "what is the price?", clock.t)
    eng.tick()
    assert [r["workflow"] for r in eng.runs(contact_id=a)] == ["customer-lifecycle"]
    assert eng.resume(ra)["status"] == "waiting"
    eng.tick()
    assert eng.run(ra)["step"] == "wait_30"


def test_a_customer_reply_pauses_a_workflow_that_says_so(world):
    store, eng, clock = world
    cid = say(store, "+15550000006", "how much does it cost?", clock.t, name="Fay Holt")
    run = eng.start("abandoned-interest", cid)
    clock.advance(hours=3)
    say(store, "+15550000006", "actually, can someone call me?", clock.t)
    eng.tick()
    assert eng.run(run["id"])["status"] == "paused"
    assert "the contact replied" in eng.run(run["id"])["reason"]


# -- sending: outbox, review, WhatsApp's window ------------------------------------------------------------------
def test_sends_follow_autopilot_and_the_whatsapp_window_through_the_review_queue(world):
    store, eng, clock = world
    off = say(store, "+15550000007", "hi", clock.t, name="Gus Ives", autopilot=False)
    on = say(store, "+15550000008", "price please", clock.t, name="Hal Jory")
    r_off = eng.start("customer-lifecycle", off)
    assert r_off["steps"][0]["outcome"] == "in review"
    assert "autopilot is off" in r_off["steps"][0]["detail"]["why"]
    r_on = eng.start("abandoned-interest", on)
    clock.advance(days=2)  # the customer's last message is two days old: WhatsApp's window is closed
    eng.tick()
    reminder = [s for s in eng.run(r_on["id"])["steps"] if s["step"] == "reminder"][0]
    assert reminder["outcome"] == "in review"
    assert "24-hour window" in reminder["detail"]["why"]
    queue = ReviewQueue(store)
    pending = {i.draft_id: i for i in queue.pending()}
    assert set(pending) == {r_off["steps"][0]["detail"]["draft_id"], reminder["detail"]["draft_id"]}
    item = pending[reminder["detail"]["draft_id"]]
    assert item.draft.startswith("Hi Hal, just checking in") and item.inbound.startswith("(no customer message")
    store.execute("INSERT INTO users VALUES (1, 'Riley Reviewer', 'riley@example.test', 'reviewer')")
    reviewer = load_user(store, 1)
    outcome = queue.approve(item.draft_id, reviewer)
    effect = store.one("SELECT * FROM workflow_effects WHERE draft_id = ?", [item.draft_id])
    assert (effect["run_id"], effect["step"]) == (r_on["id"], "reminder")
    assert store.scalar("SELECT draft_id FROM outbox WHERE id = ?", [outcome.outbox_id]) == item.draft_id
    # the run did not wait for the reviewer: it is at its next wait
    assert eng.run(r_on["id"])["step"] == "wait_reminder"


def test_a_forbidden_topic_in_a_workflow_message_goes_to_review(world):
    store, eng, clock = world
    cid = say(store, "+15550000009", "hi", clock.t, name="Ivy Kent")
    eng.registry.import_text("name: politics\nsteps:\n  - {id: s, kind: send, template: true, "
                             "text: 'Hi {first_name}, who will you vote for in the election?'}")
    run = eng.start("politics", cid)
    assert run["steps"][0]["outcome"] == "in review"
    assert "out_of_scope" in run["steps"][0]["detail"]["why"]
    assert outbox_bodies(store, cid) == []


# -- triggers ------------------------------------------------------------------------------------------------------
def test_record_message_and_schedule_triggers(world):
    store, eng, clock = world
    for name in ("customer-lifecycle", "abandoned-interest"):
        eng.registry.set_enabled(name, True)
    eng.registry.import_text("name: weekly-leads\ntrigger: {kind: schedule, cron: '0 9 * * 1', segment: "
                             "{field: lifecycle_stage, op: eq, value: lead}}\nreentry: true\nsteps:\n"
                             "  - {id: t, kind: task, title: 'Weekly check on {first_name}'}", enabled=True)
    a = say(store, "+15550000010", "hello", clock.t, name="Jo Lark")
    b = say(store, "+15550000011", "what would a quote for two cost?", clock.t, name="Kit Moss")
    eng.tick()
    assert [r["workflow"] for r in eng.runs(contact_id=b)] == ["abandoned-interest"]
    assert eng.runs(contact_id=a) == []
    stage = store.scalar("SELECT lifecycle_stage FROM contacts WHERE id = ?", [a])
    apply_plan(store, Plan("p-buy", "bought", SYSTEM_USER.id, "ready",
                           (Step("update_contact", "contacts", a, "Jo", {"lifecycle_stage": (stage, "customer")}),)),
               SYSTEM_USER)
    eng.tick()
    assert [r["workflow"] for r in eng.runs(contact_id=a)] == ["customer-lifecycle"]
    clock.t = dt.datetime(2026, 3, 9, 9, 30)  # the next Monday 09:00 has passed: one firing, for leads only
    eng.tick()
    eng.tick()
    weekly = eng.runs(workflow="weekly-leads")
    assert [r["contact_id"] for r in weekly] == [b]


def test_a_won_deal_skips_the_rest_of_abandoned_interest(world):
    store, eng, clock = world
    cid = say(store, "+15550000012", "pricing?", clock.t, name="Lu Nash")
    run = eng.start("abandoned-interest", cid)
    apply_plan(store, Plan("p-deal", "won", SYSTEM_USER.id, "ready",
                           (Step("create_deal", "deals", 1, "deal", {"name": (None, "Order"), "stage": (
                               None, "Closed Won"), "contact_id": (None, cid)}),)), SYSTEM_USER)
    clock.advance(days=1, minutes=1)
    eng.tick()
    assert steps(eng, run["id"]) == [("wait_day", "elapsed"), ("bought_1", "then"), ("done", "stopped")]
    assert outbox_bodies(store, cid) == []


# -- A/B on a send step ------------------------------------------------------------------------------------------------
def test_ab_step_records_variants_and_reports_probability_to_be_best(world):
    store, eng, clock = world
    eng.registry.import_text(
        "name: ab\nreentry: true\non_reply: continue\nsteps:\n  - id: s\n    kind: send\n    template: true\n"
        "    variants:\n      - {name: A, text: 'Hi {first_name}, A'}\n      - {name: B, text: 'Hi {first_name}, B'}\n"
        "    ab: {mode: fixed, window: 1d}")
    for i in range(40):
        cid = say(store, f"+1555100{i:04d}", "hi", clock.t, name=f"P{i} Q")
        variant = eng.start("ab", cid)["context"]["variant"]
        if variant == "B" or i % 4 == 0:
            say(store, f"+1555100{i:04d}", "yes", clock.t + dt.timedelta(hours=2))
    res = eng.experiment("ab", "s", at=clock.t + dt.timedelta(days=2))
    by = {v["name"]: v for v in res["variants"]}
    assert by["A"]["sent"] + by["B"]["sent"] == 40 and by["A"]["sent"] > 5 and by["B"]["sent"] > 5
    assert by["B"]["replied"] == by["B"]["sent"] and by["A"]["replied"] < by["A"]["sent"]
    assert by["B"]["prob_best"] > 0.95 and by["B"]["expected_loss"] < by["A"]["expected_loss"]


# -- outgoing webhooks ---------------------------------------------------------------------------------------------------
class _Receiver(BaseHTTPRequestHandler):
    received: list = []
    fail_first = 0

    def do_POST(self):  # noqa: N802
        body = self.rfile.read(int(self.headers["content-length"]))
        _Receiver.received.append((dict(self.headers), body))
        if _Receiver.fail_first > 0:
            _Receiver.fail_first -= 1
            self.send_response(503)
        else:
            self.send_response(200)
        self.end_headers()

    def log_message(self, *a):
        pass


def test_webhook_step_is_signed_retried_with_backoff_and_logged(world, monkeypatch):
    store, eng, clock = world
    port = free_port()
    server = HTTPServer(("127.0.0.1", port), _Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _Receiver.received, _Receiver.fail_first = [], 1
    monkeypatch.setenv("CRM_WEBHOOK_SECRET", "s3cret")
    try:
        cid = say(store, "+15550000013", "hi", clock.t, name="Mo Reed")
        eng.registry.import_text(f"name: hook\nsteps:\n  - {{id: h, kind: webhook, url: 'http://127.0.0.1:{port}/in'}}")
        run = eng.start("hook", cid)
        assert eng.webhooks.deliver_due(clock.t) == 1
        row = eng.webhooks.log()[0]
        assert (row["status"], row["attempts"]) == ("queued", 1) and "503" in row["last_error"]
        assert eng.webhooks.deliver_due(clock.t) == 0  # backing off
        assert eng.webhooks.deliver_due(clock.t + webhooks.backoff(1)) == 1
        assert eng.webhooks.log()[0]["status"] == "delivered"
        (h1, b1), (h2, b2) = _Receiver.received
        assert b1 == b2 and h1["x-autocrm-event-id"] == h2["x-autocrm-event-id"] == f"wf-{run['id']}-1"
        assert h2["x-autocrm-signature"] == "sha256=" + hmac.new(b"s3cret", b2, hashlib.sha256).hexdigest()
        data = json.loads(b2)
        assert data["type"] == "workflow.step_reached" and data["data"]["contact"]["first_name"] == "Mo"
    finally:
        server.shutdown()


def test_the_n8n_example_parses_and_calls_a_route_that_exists(world):
    from tests.conftest import ROOT
    store, eng, clock = world
    wf = eng.registry.import_text((ROOT / "examples" / "n8n" / "from-n8n.yaml").read_text(), "from-n8n.yaml")
    assert wf.trigger.kind == "webhook"
    flow = json.loads((ROOT / "examples" / "n8n" / "autocrm.n8n.json").read_text())
    urls = [n["parameters"].get("url", "") for n in flow["nodes"]]
    assert any(u.endswith(f"/api/workflows/{wf.name}/runs") for u in urls)
    assert {c for c in flow["connections"]} <= {n["name"] for n in flow["nodes"]}


def test_crm_events_reach_subscribers_once_each(world):
    store, eng, clock = world
    with pytest.raises(ValidationError, match="unknown event type"):
        eng.webhooks.subscribe("http://127.0.0.1:9/in", ["record.exploded"])
    assert eng.webhooks.subscriptions() == []
    eng.webhooks.subscribe("http://127.0.0.1:9/in", ["record.created", "record.updated", "message.received"])
    cid = say(store, "+15550000014", "hello there", clock.t, name="Ned Oak")
    apply_plan(store, Plan("p-upd", "title", SYSTEM_USER.id, "ready",
                           (Step("update_contact", "contacts", cid, "Ned", {"title": (None, "Buyer")}),)), SYSTEM_USER)
    eng.tick()
    eng.tick()
    rows = store.query("SELECT event_id, body FROM workflow_webhooks ORDER BY id")
    types = [json.loads(r["body"])["type"] for r in rows]
    assert types == ["record.created", "record.updated", "message.received"]
    assert json.loads(rows[1]["body"])["data"]["changes"]["title"] == [None, "Buyer"]
    assert len({r["event_id"] for r in rows}) == 3
    eng.webhooks.subscribe("http://127.0.0.1:9/steps", ["workflow.step_reached"])
    eng.tick()
    run = eng.start("customer-lifecycle", cid)
    steps_sent = [json.loads(r["body"])["data"] for r in store.query(
        "SELECT body FROM workflow_webhooks WHERE url = 'http://127.0.0.1:9/steps' ORDER BY id")]
    assert [(d["run_id"], d["step"], d["outcome"]) for d in steps_sent] == \
        [(run["id"], "thanks", "sent"), (run["id"], "wait_7", "waiting")]


def test_send_time_learns_the_contacts_hour_with_the_population_as_prior(world):
    from core.workflows.sendtime import best_hour, next_at_hour
    population = [0.0] * 24
    population[9], population[13], population[20] = 100.0, 60.0, 80.0
    assert best_hour([0.0] * 24, population) == 9  # a new contact: when most people answer
    mine = [0.0] * 24
    mine[20] = 3.0
    assert best_hour(mine, population) == 20  # three evening replies outweigh the prior
    assert next_at_hour(dt.datetime(2026, 3, 2, 21, 30), 20) == dt.datetime(2026, 3, 3, 20, 0)
    store, eng, clock = world
    cid = say(store, "+15550000015", "hi", dt.datetime(2026, 2, 1, 20, 10), name="Ola Penn")
    for day in (2, 3, 4):
        say(store, "+15550000015", "ok", dt.datetime(2026, 2, day, 20, 40))
    run = eng.start("customer-lifecycle", cid)
    clock.advance(days=7, minutes=1)  # Monday 09:01: the tips step waits for 20:00
    eng.tick()
    detail = eng.run(run["id"])
    assert (detail["step"], detail["waiting_until"]) == ("tips", dt.datetime(2026, 3, 9, 20, 0))
    before = len(outbox_bodies(store, cid))
    clock.t = dt.datetime(2026, 3, 9, 20, 0)
    eng.tick()
    assert len(outbox_bodies(store, cid)) == before + 1
    assert [s["outcome"] for s in eng.run(run["id"])["steps"] if s["step"] == "tips"] == ["elapsed", "sent"]


def test_a_segment_trigger_starts_a_run_when_a_contact_enters_it(world):
    store, eng, clock = world
    eng.registry.import_text("name: in-proposal\ntrigger: {kind: segment, segment: {field: deal.stage, op: eq, "
                             "value: Proposal}}\nreentry: true\nsteps:\n  - {id: t, kind: task, title: "
                             "'Send {first_name} the proposal'}", enabled=True)
    cid = say(store, "+15550000016", "hi", clock.t, name="Pia Quin")

    def stage(to: str, plan: str) -> None:
        before = store.scalar("SELECT stage FROM deals WHERE id = 7")
        step = Step("update_deal", "deals", 7, "deal", {"stage": (before, to)}) if before else \
            Step("create_deal", "deals", 7, "deal", {"name": (None, "Order"), "stage": (None, to),
                                                      "contact_id": (None, cid)})
        apply_plan(store, Plan(plan, "stage", SYSTEM_USER.id, "ready", (step,)), SYSTEM_USER)
        eng.tick()

    stage("Qualified", "p1")
    assert eng.runs(workflow="in-proposal") == []
    stage("Proposal", "p2")
    assert len(eng.runs(workflow="in-proposal")) == 1  # entered
    apply_plan(store, Plan("p3", "amount", SYSTEM_USER.id, "ready", (Step("update_deal", "deals", 7, "deal", {
        "amount": (None, 500)}),)), SYSTEM_USER)
    eng.tick()
    assert len(eng.runs(workflow="in-proposal")) == 1  # still inside: not entered again
    stage("Negotiation", "p4")
    stage("Proposal", "p5")
    assert len(eng.runs(workflow="in-proposal")) == 2  # left, then entered again
