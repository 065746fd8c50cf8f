"""Delivery of replies: every reply sent at most once, and none lost without a trace.

Real components throughout: temp-file DuckDB, the real HTTP routes, a fake WhatsApp Cloud API on loopback that
keeps a ledger of every message it accepted and posts signed status webhooks back (late, repeated, in any order),
and, for the crash test, real server processes killed with SIGKILL at random points of dispatch.
"""
from __future__ import annotations

import collections
import contextlib
import json
import os
import random
import signal
import socket
import subprocess
from pathlib import Path
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from core import metrics
from core import services as core_services
from core import web
from core.cli import main as cli
from core.executor import load_user
from core.inbox.channels import WhatsAppCloudSender, queue_outbound
from core.inbox.delivery import RetryPolicy
from core.inbox.errors import ReviewConflict, SendingRefused
from core.inbox.models import InboundMessage
from core.store import Store
from tests.conftest import ROOT, free_port, stop_process
from tests.test_inbox_support import make_inbox, phone_of, running, whatsapp_sig

SECRET = "wa-app-secret"
PHONE_ID = "106540352242922"
FAST = RetryPolicy(base=0.05, factor=2.0, cap=0.4, give_up_after=1.5, jitter=0.5)


class FakeWhatsApp:
    """The Cloud API's POST /{version}/{phone id}/messages on loopback, with a ledger of what it really sent.

    honour_keys=False is WhatsApp: every request is a new message to the customer. honour_keys=True is a gateway
    that deduplicates on the Idempotency-Key header. Each accepted message gets status webhooks (sent, delivered,
    read; delivered sometimes skipped; shuffled, the first repeated) posted to `webhook`, signed and retried until
    they are answered 2xx, as WhatsApp does. fail: a list of HTTP statuses answered to the next requests.
    """

    def __init__(self, honour_keys: bool = False, delays: tuple[float, float] = (0.0, 0.0),
                 first_delays: list[float] | None = None, webhook: str | None = None, echo: bool = False,
                 port: int = 0, seed: int = 1):
        self.honour_keys, self.delays, self.first_delays = honour_keys, delays, list(first_delays or [])
        self.webhook, self.echo = webhook, echo
        self.fail: list[int] = []
        self.hold = threading.Event()      # set: status webhooks wait (WhatsApp's can come minutes late)
        self.accepted: list[dict] = []     # one per message that reached a customer
        self.requests = 0
        self.by_key: dict[str, str] = {}
        self.pending = collections.deque()  # status webhooks not yet acknowledged
        self.cond = threading.Condition()
        self.rng = random.Random(seed)
        self._stop = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                status, payload, delay = outer._handle(json.loads(raw), self.headers.get("Idempotency-Key"))
                if delay:
                    time.sleep(delay)
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the caller gave up or was killed

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        if webhook:
            threading.Thread(target=self._post_webhooks, daemon=True).start()

    def _handle(self, body: dict, idem: str | None):
        with self.cond:
            self.requests += 1
            if self.fail:
                code = self.fail.pop(0)
                self.cond.notify_all()
                if code == 400:
                    return code, {"error": {"message": "Recipient not in allowed list", "code": 131030}}, 0
                return code, {"error": {"message": "Service temporarily unavailable", "code": 2}}, 0
            key = body.get("biz_opaque_callback_data")
            if self.honour_keys and idem and idem in self.by_key:
                wamid = self.by_key[idem]  # a repeated key: the first message's id, nothing sent
            else:
                wamid = f"wamid.{uuid.uuid4().hex[:16]}"
                self.accepted.append({"wamid": wamid, "key": key, "to": body["to"], "body": body["text"]["body"]})
                if idem:
                    self.by_key[idem] = wamid
                if self.webhook:
                    statuses = ["sent", "read"] + (["delivered"] if self.rng.random() < 0.6 else [])
                    self.rng.shuffle(statuses)
                    for st in statuses[:1] + statuses:
                        self.pending.append(self._status(wamid, key, body["to"], st))
            delay = self.first_delays.pop(0) if self.first_delays else self.rng.uniform(*self.delays)
            self.cond.notify_all()
        if self.echo and self.webhook:  # the channel echoes our reply back before answering the call
            self._post(_payload({"message_echoes": [{"from": PHONE_ID, "to": body["to"], "id": wamid,
                                                      "timestamp": str(int(time.time())), "type": "text",
                                                      "text": {"body": body["text"]["body"]}}]}))
        return 200, {"messaging_product": "whatsapp", "contacts": [{"input": body["to"], "wa_id": body["to"]}],
                     "messages": [{"id": wamid}]}, delay

    @staticmethod
    def _status(wamid: str, key: str | None, to: str, status: str) -> dict:
        st = {"id": wamid, "status": status, "timestamp": str(int(time.time())), "recipient_id": to}
        if key:
            st["biz_opaque_callback_data"] = key
        return _payload({"statuses": [st]})

    def _post(self, payload: dict) -> bool:
        raw = json.dumps(payload).encode()
        try:
            r = httpx.post(self.webhook, content=raw, timeout=5,
                           headers={"Content-Type": "application/json", "X-Hub-Signature-256": whatsapp_sig(SECRET, raw)})
            return r.status_code < 300
        except Exception:  # noqa: BLE001 - a server killed mid-request: try again, as WhatsApp does
            return False

    def _post_webhooks(self) -> None:
        """Post what is pending, up to 20 reports per webhook (WhatsApp batches too), until answered 2xx."""
        while not self._stop.is_set():
            with self.cond:
                batch = [] if self.hold.is_set() else list(self.pending)[:20]
            if not batch:
                self._stop.wait(0.02)
                continue
            statuses = [st for item in batch for st in item["entry"][0]["changes"][0]["value"]["statuses"]]
            if not self._post(_payload({"statuses": statuses})):
                self._stop.wait(0.05)
                continue
            with self.cond:
                for _ in batch:
                    self.pending.popleft()
                self.cond.notify_all()

    def wait_requests(self, n: int, timeout: float) -> bool:
        with self.cond:
            return self.cond.wait_for(lambda: self.requests >= n, timeout)

    def keys(self) -> collections.Counter:
        return collections.Counter(a["key"] for a in self.accepted)

    def close(self) -> None:
        self._stop.set()
        self.server.shutdown()
        self.server.server_close()


def _payload(value: dict) -> dict:
    return {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
        "field": "messages", "value": {"messaging_product": "whatsapp",
                                       "metadata": {"display_phone_number": "15550783881",
                                                    "phone_number_id": PHONE_ID}, **value}}]}]}


def whatsapp_sender(url: str, timeout: float = 5.0, idempotent: bool = False) -> WhatsAppCloudSender:
    return WhatsAppCloudSender(url + "/v21.0", PHONE_ID, "EAAtoken", timeout=timeout, idempotent=idempotent)


def conversation(store: Store, contact: int = 1, autopilot: bool = False) -> int:
    inbox = make_inbox(store)
    [r] = inbox.ingest([InboundMessage("whatsapp", f"in-{contact}-{uuid.uuid4().hex[:6]}", phone_of(store, contact),
                                       "What are your prices?")])
    store.execute("UPDATE conversations SET autopilot = ? WHERE id = ?", [autopilot, r.conversation_id])
    store.execute("UPDATE messages SET processed_at = now() WHERE id = ?", [r.message_id])  # no draft of its own
    return r.conversation_id


def queue(store: Store, conv: int, body: str, kind: str = "agent") -> int:
    with store.atomic():
        return queue_outbound(store, conv, body, "ai" if kind == "auto" else "agent", kind)[1]


def row(store: Store, oid: int) -> dict:
    return store.one("SELECT * FROM outbox WHERE id = ?", [oid])


@pytest.fixture
def served(demo_file, monkeypatch):
    """serve(provider_kw, sender_kw) -> (inbox, provider, store, base url): a fake WhatsApp posting its webhooks
    to the real routes over demo_file on loopback, and the inbox sending to it (workers off: the test drives
    dispatch). provider_kw may give url= instead, to send to a port where nothing listens yet."""
    monkeypatch.setenv("WHATSAPP_APP_SECRET", SECRET)
    monkeypatch.setenv("CRM_INBOX_WORKERS", "off")
    core_services.reset()
    stack = contextlib.ExitStack()

    def serve(provider_kw: dict | None = None, sender_kw: dict | None = None):
        port = free_port()
        provider_kw = dict(provider_kw or {})
        url = provider_kw.pop("url", None)
        provider = None
        if url is None:
            provider = FakeWhatsApp(webhook=f"http://127.0.0.1:{port}/webhooks/whatsapp", **provider_kw)
            stack.callback(provider.close)
            url = provider.url
        svc = core_services.get_services(str(demo_file))
        sender = whatsapp_sender(url, **(sender_kw or {}))
        inbox = svc.get("inbox", lambda s: make_inbox(s.store, senders={"whatsapp": sender}, retry=FAST))
        base = stack.enter_context(running(web.build_app(lambda: core_services.get_services(str(demo_file))),
                                           port=port))
        return inbox, provider, svc.store, base

    with stack:
        yield serve
    core_services.reset()


def settle(provider: FakeWhatsApp, timeout: float = 10.0) -> None:
    deadline = time.time() + timeout
    while provider.pending and time.time() < deadline:
        time.sleep(0.02)
    assert not provider.pending, "the status webhooks were not all acknowledged"


# -- the state machine against one provider, in process --------------------------------------------------------
def test_slow_provider_that_answers_after_the_timeout_gets_one_copy(served):
    inbox, provider, store, _ = served({"first_delays": [1.5]}, {"timeout": 0.5})  # WhatsApp: no idempotency keys
    provider.hold.set()
    conv = conversation(store)
    oid = queue(store, conv, "Our plans start at $49 a month.")
    inbox.dispatch_pending()
    r = row(store, oid)
    assert r["status"] == "unknown" and "may have been sent" in r["error"] and r["reconciliation"].startswith("unknown")
    for _ in range(5):  # later passes never resend a reply in doubt
        time.sleep(0.1)
        inbox.dispatch_pending()
    assert len(provider.accepted) == 1 and provider.requests == 1 and row(store, oid)["status"] == "unknown"
    provider.hold.clear()
    settle(provider)  # WhatsApp's status webhook carries our key back: the doubt is settled
    r = row(store, oid)
    assert (r["status"], r["provider_message_id"]) == ("sent", provider.accepted[0]["wamid"])
    assert r["reconciliation"].startswith("sent: confirmed by the channel's status report")
    assert provider.keys() == {r["idempotency_key"]: 1}


def test_slow_deduplicating_provider_is_retried_with_the_same_key_and_sends_once(served):
    inbox, provider, store, _ = served({"honour_keys": True, "first_delays": [1.5]},
                                       {"timeout": 0.5, "idempotent": True})
    provider.hold.set()  # no status webhook settles it first: the retry does
    oid = queue(store, conversation(store), "Our plans start at $49 a month.")
    inbox.dispatch_pending()
    assert row(store, oid)["status"] == "failed"  # in doubt, but the key makes a retry safe
    deadline = time.time() + 5
    while row(store, oid)["status"] != "sent" and time.time() < deadline:
        time.sleep(0.05)
        inbox.dispatch_pending()
    r = row(store, oid)
    assert r["status"] == "sent" and r["attempts"] >= 2 and provider.requests == r["attempts"]
    assert len(provider.accepted) == 1 and r["provider_message_id"] == provider.accepted[0]["wamid"]
    outcomes = [a["outcome"] for a in store.query("SELECT outcome FROM outbox_attempts WHERE outbox_id = ? "
                                                  "ORDER BY started_at", [oid])]
    assert outcomes[0] == "unknown" and outcomes[-1] == "sent"


def test_failing_provider_is_retried_with_backoff_then_dead_lettered(served):
    inbox, provider, store, _ = served()
    provider.fail = [503] * 1000
    riley = load_user(store, "riley@autocrm.local")
    oid = queue(store, conversation(store), "Your invoice is attached.")
    dead_before = metrics.outbox_dead_letters._value.get()
    deadline = time.time() + 8
    while row(store, oid)["status"] != "dead" and time.time() < deadline:
        inbox.dispatch_pending()
        time.sleep(0.005)
    r = row(store, oid)
    assert r["status"] == "dead" and "gave up after" in r["error"] and "503" in r["error"]
    starts = [a["started_at"] for a in store.query("SELECT started_at FROM outbox_attempts WHERE outbox_id = ? "
                                                    "ORDER BY started_at", [oid])]
    gaps = [(b - a).total_seconds() for a, b in zip(starts, starts[1:])]
    assert len(starts) >= 5 and (starts[-1] - starts[0]).total_seconds() <= FAST.give_up_after + 1.0
    for n, gap in enumerate(gaps[:4], start=1):  # attempt n waits uniform(d/2, d), d = 0.05 * 2**(n-1)
        d = min(FAST.cap, FAST.base * FAST.factor ** (n - 1))
        assert d * (1 - FAST.jitter) - 0.003 <= gap <= d + 0.6, (n, gaps)  # upper bound: a busy machine's delay
    assert gaps[3] > gaps[0]
    assert provider.accepted == []
    assert [p["id"] for p in inbox.delivery.problems()] == [oid] and inbox.status()["outbox"]["dead"] == 1
    assert metrics.outbox_dead_letters._value.get() == dead_before + 1
    assert "outbox_dead_letters_total" in metrics.exposition()[0].decode()
    provider.fail = []  # a person sends it again once the provider is back
    assert inbox.delivery.resolve(oid, riley, "send_again")["status"] == "queued"
    inbox.dispatch_pending()
    assert row(store, oid)["status"] == "sent" and len(provider.accepted) == 1


def test_an_outage_of_seconds_is_retried_not_lost(served):
    port = free_port()  # nothing listens here yet: connection refused, certainly not sent
    inbox, _, store, base = served({"url": f"http://127.0.0.1:{port}"})
    oid = queue(store, conversation(store), "Thanks, we got your order.")
    inbox.dispatch_pending()
    r = row(store, oid)
    assert r["status"] == "failed" and "unreachable" in r["error"] and r["next_attempt_at"] is not None
    time.sleep(0.6)
    provider = FakeWhatsApp(port=port)  # back after the outage
    request_close = provider.close
    deadline = time.time() + 5
    while row(store, oid)["status"] != "sent" and time.time() < deadline:
        inbox.dispatch_pending()
        time.sleep(0.02)
    request_close()
    assert row(store, oid)["status"] == "sent" and len(provider.accepted) == 1


def test_a_refusal_is_dead_lettered_at_once(served):
    inbox, provider, store, _ = served()
    provider.fail = [400]
    oid = queue(store, conversation(store), "Hello")
    inbox.dispatch_pending()
    inbox.dispatch_pending()
    assert row(store, oid)["status"] == "dead" and provider.requests == 1


def test_human_takeover_cancels_queued_ai_replies(served):
    inbox, provider, store, _ = served()
    alex = load_user(store, "alex@autocrm.local")
    conv = conversation(store, autopilot=True)
    auto = queue(store, conv, "Our plans start at $49 a month.", kind="auto")
    out = inbox.reply(conv, "Let me call you about pricing. — Alex", alex)
    assert row(store, auto)["status"] == "cancelled" and "human agent took over" in row(store, auto)["reason"]
    inbox.run_once()
    assert [a["body"] for a in provider.accepted] == ["Let me call you about pricing. — Alex"]
    assert row(store, out["outbox_id"])["status"] == "sent"
    # the same when the human writes from the channel's own app (an echo that is not ours)
    store.execute("UPDATE conversations SET autopilot = true WHERE id = ?", [conv])
    auto2 = queue(store, conv, "Anything else?", kind="auto")
    inbox.ingest([InboundMessage("whatsapp", "wamid.FROM-PHONE", phone_of(store, 1), "Calling you now",
                                 direction="out")])
    assert row(store, auto2)["status"] == "cancelled"
    # and at the last moment, if a human message slipped in some other way
    store.execute("UPDATE conversations SET autopilot = true WHERE id = ?", [conv])
    auto3 = queue(store, conv, "One more thing", kind="auto")
    queue(store, conv, "Agent note sent by hand")
    inbox.run_once()
    assert row(store, auto3)["status"] == "cancelled"
    assert "One more thing" not in [a["body"] for a in provider.accepted]


def test_an_opt_out_cancels_everything_queued_and_blocks_new_replies(served):
    inbox, provider, store, _ = served()
    riley, alex = load_user(store, "riley@autocrm.local"), load_user(store, "alex@autocrm.local")
    conv = conversation(store, autopilot=True)
    queued = [queue(store, conv, "Auto answer", kind="auto"), queue(store, conv, "Agent answer")]
    inbox.ingest([InboundMessage("whatsapp", "wamid.STOP", phone_of(store, 1), "STOP")])
    assert [row(store, o)["status"] for o in queued] == ["cancelled", "cancelled"]
    assert store.scalar("SELECT autopilot FROM conversations WHERE id = ?", [conv]) is False
    with pytest.raises(ReviewConflict, match="opted out"):
        inbox.reply(conv, "Are you sure?", alex)
    inbox.process_pending()
    draft = store.scalar("SELECT max(id) FROM drafts WHERE conversation_id = ?", [conv])
    with pytest.raises(ReviewConflict, match="opted out"):
        inbox.review.edit(draft, riley, "Sorry to see you go")
    inbox.run_once()
    assert provider.accepted == []
    inbox.ingest([InboundMessage("whatsapp", "wamid.START", phone_of(store, 1), "Start")])
    inbox.reply(conv, "Welcome back!", alex)
    inbox.run_once()
    assert [a["body"] for a in provider.accepted] == ["Welcome back!"]


def test_our_own_echo_does_not_pause_autopilot(served):
    """The echo of our reply arrives before the provider answers our call (so before we know its id)."""
    inbox, provider, store, _ = served({"echo": True})
    conv = conversation(store, autopilot=True)
    oid = queue(store, conv, "Our plans start at $49 a month.", kind="auto")
    inbox.run_once()
    r = row(store, oid)
    assert (r["status"], r["provider_message_id"]) == ("sent", provider.accepted[0]["wamid"])
    assert store.scalar("SELECT autopilot FROM conversations WHERE id = ?", [conv]) is True
    assert store.scalar("SELECT count(*) FROM autopilot_events WHERE source = 'channel echo'") == 0
    assert store.scalar("SELECT count(*) FROM messages WHERE external_id = ?", [r["provider_message_id"]]) == 0
    assert len(provider.accepted) == 1


def test_delivery_statuses_out_of_order_and_before_we_know_the_id(served):
    inbox, provider, store, url = served()
    provider.webhook = None  # this test posts the reports itself, in the order it wants
    conv = conversation(store)
    oid = queue(store, conv, "Your order shipped.")
    inbox.dispatch_pending()
    r = row(store, oid)
    wamid, key = r["provider_message_id"], r["idempotency_key"]

    def report(*statuses, pid=wamid, callback=key, errors=None):
        sts = [{"id": pid, "status": s, "timestamp": str(1767000000 + i), "recipient_id": "15551007919",
                **({"biz_opaque_callback_data": callback} if callback else {}), **({"errors": errors} if errors else {})}
               for i, s in statuses]
        raw = json.dumps(_payload({"statuses": sts})).encode()
        resp = httpx.post(url + "/webhooks/whatsapp", content=raw, headers={
            "Content-Type": "application/json", "X-Hub-Signature-256": whatsapp_sig(SECRET, raw)})
        assert resp.status_code == 200, resp.text
        return resp.json()

    report((30, "read"))                      # read first; delivered never comes
    report((10, "sent"), (10, "sent"))        # then sent, twice
    r = row(store, oid)
    assert (r["status"], r["delivery"]) == ("sent", "read")
    assert r["read_at"] is not None and r["delivered_at"] == r["read_at"]  # read implies delivered
    assert store.scalar("SELECT count(*) FROM delivery_events WHERE outbox_id = ?", [oid]) == 2
    report((20, "delivered"))                 # late: changes nothing shown
    assert row(store, oid)["delivery"] == "read"
    # a reply in doubt (its id never recorded) is found by the key we gave WhatsApp
    oid2 = queue(store, conv, "Second reply")
    store.execute("UPDATE outbox SET status = 'unknown', attempts = 1 WHERE id = ?", [oid2])
    key2 = row(store, oid2)["idempotency_key"]
    report((5, "delivered"), pid="wamid.LATE", callback=key2)
    r2 = row(store, oid2)
    assert (r2["status"], r2["provider_message_id"], r2["delivery"]) == ("sent", "wamid.LATE", "delivered")
    # failed after sent: dead-lettered with WhatsApp's reason; a report for an id we never sent is kept, ignored
    oid3 = queue(store, conv, "Third reply")
    inbox.dispatch_pending()
    pid3 = row(store, oid3)["provider_message_id"]
    report((1, "sent"), pid=pid3, callback=None)
    report((2, "failed"), pid=pid3, callback=None, errors=[{"code": 131047, "title": "Re-engagement message"}])
    r3 = row(store, oid3)
    assert r3["status"] == "dead" and "131047" in r3["error"] and r3["delivery"] == "failed"
    assert report((1, "read"), pid="wamid.NOT-OURS", callback=None)["statuses"] == {"stored": 1, "matched": 0}


@pytest.mark.parametrize("adapter", ["local", "deduplicating", "whatsapp", "not configured"])
def test_a_reply_left_in_sending_by_a_dead_process_is_reconciled_once(demo_db, adapter):
    provider = FakeWhatsApp(honour_keys=adapter == "deduplicating")
    try:
        senders = {} if adapter == "local" else {
            "whatsapp": whatsapp_sender(provider.url, idempotent=adapter == "deduplicating")}
        inbox = make_inbox(demo_db, senders={} if adapter == "not configured" else senders, retry=FAST)
        oid = queue(demo_db, conversation(demo_db), "Hello again")
        name = "outbox" if adapter == "local" else "whatsapp_cloud"
        if adapter == "deduplicating":  # the dead process had sent it: the provider knows its key
            provider.by_key[row(demo_db, oid)["idempotency_key"]] = "wamid.FIRST"
        demo_db.execute("UPDATE outbox SET status = 'sending', attempt_id = 'a-dead', attempt_owner = 'pid 1 gone', "
                        "adapter = ?, attempts = 1, first_attempt_at = now() WHERE id = ?", [name, oid])
        demo_db.execute("INSERT INTO outbox_attempts (id, outbox_id, number, owner, adapter, started_at) "
                        "VALUES ('a-dead', ?, 1, 'pid 1 gone', ?, now())", [oid, name])
        time.sleep(0.15)
        for _ in range(3):
            inbox.run_once()
            time.sleep(0.1)
        r = row(demo_db, oid)
        expected = {"local": ("recorded", 0), "deduplicating": ("sent", 0), "whatsapp": ("unknown", 0),
                    "not configured": ("unknown", 0)}[adapter]
        assert (r["status"], len(provider.accepted)) == expected, r
        assert r["reconciliation"].startswith({"local": "recorded", "deduplicating": "retried", "whatsapp": "unknown",
                                               "not configured": "unknown"}[adapter])
        assert "pid 1 gone" in r["reconciliation"] or adapter == "local"
        attempt = demo_db.one("SELECT outcome, finished_at FROM outbox_attempts WHERE id = 'a-dead'")
        assert attempt["outcome"].startswith("reconciled") and attempt["finished_at"] is not None
        if adapter == "deduplicating":
            assert r["provider_message_id"] == "wamid.FIRST" and provider.requests == 1
        if adapter in ("whatsapp", "not configured"):
            assert provider.requests == 0 and [p["id"] for p in inbox.delivery.problems()] == [oid]
    finally:
        provider.close()


def test_the_cli_never_sends(demo_file, capsys):
    with Store(demo_file) as store:
        conv = conversation(store)
        queue(store, conv, "queued by the server earlier")
    db = ["--db", str(demo_file)]
    assert cli(db + ["--json", "inbox", "process"]) == 0
    assert json.loads(capsys.readouterr().out) == {"processed": 0, "dispatched": 0, "queued": 1}
    assert cli(db + ["inbox", "reply", str(conv), "--text", "from the shell"]) == 0
    assert "the server sends it" in capsys.readouterr().out
    with Store(demo_file) as store:
        assert store.scalar("SELECT count(*) FROM outbox WHERE status <> 'queued'") == 0
        inbox = make_inbox(store)
        inbox.refuse_sending("the command line never sends replies")
        with pytest.raises(SendingRefused):
            inbox.dispatch_pending()


def test_cli_review_approve_while_the_server_holds_the_database_runs_in_the_server_once(demo_file, capsys):
    """The CLI cannot open a database the server holds, so it asks the server (core/owner.py): the approval is made
    there, the reply is queued once for the server to send, and a second approval sends nothing again."""
    with Store(demo_file) as store:
        inbox = make_inbox(store)
        inbox.ingest([InboundMessage("whatsapp", "srv-1", phone_of(store, 1), "What are your prices?")])
        inbox.process_pending()
    port = free_port()
    env = dict(os.environ, CRM_INBOX_WORKERS="off")
    proc = subprocess.Popen([sys.executable, "-m", "core", "--db", str(demo_file), "serve", "--port", str(port)],
                            cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
    try:
        _wait_port(port, proc)
        deadline = time.monotonic() + 30
        while not Path(f"{demo_file}.owner.json").exists():
            assert time.monotonic() < deadline, "the server never claimed its database"
            time.sleep(0.1)
        assert cli(["--db", str(demo_file), "review", "approve", "1"]) == 0
        capsys.readouterr()
        assert cli(["--db", str(demo_file), "review", "approve", "1"]) == 0  # a second approval queues nothing
        assert "nothing sent again" in capsys.readouterr().out
    finally:
        stop_process(proc)
    with Store(demo_file) as store:
        assert store.scalar("SELECT status FROM drafts WHERE id = 1") != "pending"
        assert store.scalar("SELECT count(*) FROM outbox") == 1


def test_retry_policy_is_exponential_with_jitter_and_capped():
    policy, rng = RetryPolicy(), random.Random(7)
    samples = {n: [policy.delay(n, rng) for _ in range(200)] for n in (1, 2, 3, 8, 20)}
    for n, xs in samples.items():
        d = min(policy.cap, policy.base * 2 ** (n - 1))
        assert all(d / 2 <= x <= d for x in xs) and max(xs) - min(xs) > d / 4  # spread: not a fixed delay
    assert max(samples[20]) <= 1800
    steps, t, n = [], 0.0, 0  # how long the defaults keep trying, and how often
    while t < policy.give_up_after:
        n += 1
        t += policy.delay(n, rng)
        steps.append(t)
    assert 10 <= len(steps) <= 30


# -- crash injection: real server processes killed with SIGKILL during dispatch ---------------------------------
ZYGOTE = r"""
import os, signal, sys, threading
sys.path.insert(0, sys.argv[1])
import core.cli, core.web, core.inbox.service, uvicorn, httpx  # loaded once; each server is a fork of this
import uvicorn.loops.uvloop, uvicorn.protocols.http.httptools_impl, uvicorn.lifespan.on
core.cli.build_parser()  # imports every command module
core.web.warm_models = lambda box: None  # the only change: no MiniLM preload per restart (dispatch needs no model)
signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps killed servers
print("ready", threading.active_count(), flush=True)
for line in sys.stdin:
    pid = os.fork()
    if pid == 0:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # stdout is the pipe to the test
        code = 1
        try:
            code = core.cli.main(line.split())
        finally:
            os._exit(code or 0)
    print(pid, flush=True)
"""


def _wait_port(port: int, proc=None, timeout: float = 30.0) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc is not None and getattr(proc, "poll", lambda: None)() is not None:
            raise RuntimeError("the server exited")
        with contextlib.suppress(OSError):
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return
        time.sleep(0.01)
    raise RuntimeError("the server did not start")


def _gone(pid: int, timeout: float = 10.0) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.005)
    raise RuntimeError(f"process {pid} did not die")


def test_killing_the_server_during_dispatch_never_duplicates_or_loses_a_reply(demo_file):
    """>= 20 SIGKILLs at random points of dispatch (before, during and after the provider's call), each followed
    by a restart that reconciles; then every reply is delivered exactly once or visibly in doubt.

    The servers are `python -m core serve` (core.cli.main) forked from one process that has imported the code
    already, so a restart costs ~0.4 s instead of ~2 s; the only difference is that they skip the MiniLM
    warm-up, which dispatch does not use."""
    began = time.time()
    trials, per_trial = int(os.environ.get("CRASH_TRIALS", 24)), 3
    rng = random.Random(int(os.environ.get("CRASH_SEED", 20261118)))
    port = free_port()
    provider = FakeWhatsApp(delays=(0.0, 0.03), webhook=f"http://127.0.0.1:{port}/webhooks/whatsapp",
                            seed=rng.randrange(10**6))
    env = dict(os.environ, WHATSAPP_APP_SECRET=SECRET, WHATSAPP_ACCESS_TOKEN="EAAtoken",
               WHATSAPP_PHONE_NUMBER_ID=PHONE_ID, WHATSAPP_API_URL=provider.url + "/v21.0", CRM_INBOX_WORKERS="on",
               OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    zygote = subprocess.Popen([sys.executable, "-c", ZYGOTE, str(ROOT)], cwd=ROOT, env=env, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    server = f"--db {demo_file} serve --port {port}\n"

    def spawn() -> int:
        zygote.stdin.write(server)
        zygote.stdin.flush()
        return int(zygote.stdout.readline())

    kills = collections.Counter()
    try:
        assert zygote.stdout.readline().startswith("ready")
        targets = [rng.randint(0, per_trial) for _ in range(trials)]  # kill after this many calls (0: at start-up)
        with Store(demo_file) as store:  # every reply is queued first; each server life works through the queue
            convs = [conversation(store, c) for c in range(1, 9)]
            store.execute("UPDATE messages SET processed_at = now()")  # nothing for the servers to draft
            for j in range(sum(targets) + trials + 6):  # enough for every kill point, and one more call per life
                queue(store, rng.choice(convs), f"reply {j}: {uuid.uuid4().hex[:6]}")
        for target in targets:
            seen = provider.requests
            pid = spawn()
            if target == 0:
                time.sleep(rng.uniform(0.0, 0.6))  # during start-up, reconciliation or the first claim
                kills["at start-up"] += 1
            else:  # inside the provider's (random) answer time, or after it: before or after the commit
                assert provider.wait_requests(seen + target, timeout=15)
                time.sleep(rng.uniform(0.0, 0.04))
                kills[f"after call {target}"] += 1
            os.kill(pid, signal.SIGKILL)
            _gone(pid)
        pid = spawn()  # the last restart runs to the end
        _wait_port(port)
        deadline = time.time() + 30
        while time.time() < deadline:
            st = httpx.get(f"http://127.0.0.1:{port}/api/inbox/status", timeout=5).json()["outbox"]
            if not (st["queued"] or st["in_flight"] or st["retrying"] or provider.pending):
                break
            if os.environ.get("CRASH_DEBUG"):
                print("waiting:", st, len(provider.pending), list(provider.pending)[:1], flush=True)
            time.sleep(0.1)
        os.kill(pid, signal.SIGTERM)
        _gone(pid)
    finally:
        zygote.stdin.close()
        zygote.wait(10)
        provider.close()
    with Store(demo_file) as store:
        rows = store.query("SELECT id, idempotency_key, status, provider_message_id, reconciliation FROM outbox "
                           "WHERE kind = 'agent' ORDER BY id")
    copies = provider.keys()
    by_wamid = {a["wamid"]: a["key"] for a in provider.accepted}
    duplicates = sum(n - 1 for n in copies.values() if n > 1)
    lost = [r for r in rows if r["status"] not in ("sent", "unknown", "dead")
            or (r["status"] == "sent" and by_wamid.get(r["provider_message_id"]) != r["idempotency_key"])
            or (r["status"] != "sent" and copies[r["idempotency_key"]])]
    unknown = [r for r in rows if r["status"] == "unknown"]
    figures = {"trials": trials, "replies": len(rows), "delivered once": sum(r["status"] == "sent" for r in rows),
               "in doubt, shown for a person (unknown)": len(unknown), "duplicates": duplicates, "lost": len(lost),
               "settled by WhatsApp's status webhook": sum((r["reconciliation"] or "").startswith("sent:")
                                                           for r in rows),
               "kill points": dict(sorted(kills.items())), "seconds": round(time.time() - began, 1)}
    print("\ncrash injection:", json.dumps(figures))
    assert len(rows) == sum(targets) + trials + 6
    assert duplicates == 0 and lost == [], (duplicates, lost)
    assert all(copies[r["idempotency_key"]] == 0 for r in unknown)  # in doubt only when it really never went out
    assert figures["delivered once"] + len(unknown) == len(rows)
