"""Webhooks over real HTTP: real-format WhatsApp and Twilio deliveries posted to the running app on loopback."""
import json
import time

import httpx
import pytest

from core import services as core_services
from core import web
from core.store import Store
from tests.test_inbox_support import (form_body, make_inbox, running, twilio_form, twilio_sig, whatsapp_payload,
                                      whatsapp_sig)

SECRET, VERIFY, TWILIO, API = "wa-app-secret", "wa-verify", "tw-auth-token", "api-token"


@pytest.fixture
def app(demo_file, monkeypatch):
    for k, v in {"WHATSAPP_APP_SECRET": SECRET, "WHATSAPP_VERIFY_TOKEN": VERIFY, "TWILIO_AUTH_TOKEN": TWILIO,
                 "CRM_API_TOKEN": API}.items():
        monkeypatch.setenv(k, v)
    core_services.reset()
    svc = core_services.get_services(str(demo_file))
    svc.get("inbox", lambda s: make_inbox(s.store))
    with running(web.build_app(lambda: core_services.get_services(str(demo_file)))) as url:
        with httpx.Client(base_url=url, timeout=20) as client:
            yield client, svc.store
    core_services.reset()


def count(store: Store, where: str = "TRUE") -> int:
    return store.scalar(f"SELECT count(*) FROM messages WHERE {where}")


def post_whatsapp(client, payload, secret=SECRET, raw=None):
    raw = raw if raw is not None else json.dumps(payload).encode()
    return client.post("/webhooks/whatsapp", content=raw,
                       headers={"Content-Type": "application/json", "X-Hub-Signature-256": whatsapp_sig(secret, raw)})


def test_whatsapp_verification_handshake(app, monkeypatch):
    client, _ = app
    ok = client.get("/webhooks/whatsapp", params={"hub.mode": "subscribe", "hub.verify_token": VERIFY,
                                                  "hub.challenge": "1158201444"})
    assert ok.status_code == 200 and ok.text == "1158201444"
    bad = client.get("/webhooks/whatsapp", params={"hub.mode": "subscribe", "hub.verify_token": "nope",
                                                   "hub.challenge": "1"})
    assert bad.status_code == 403
    monkeypatch.delenv("WHATSAPP_VERIFY_TOKEN")
    assert client.get("/webhooks/whatsapp", params={"hub.mode": "subscribe", "hub.verify_token": "",
                                                    "hub.challenge": "1"}).status_code == 503


def test_whatsapp_delivery_committed_before_ack_and_stored_once(app):
    client, store = app
    payload = whatsapp_payload([{"from": "15551007919", "id": "wamid.HBgLMTU1NTEwMDc5MTkVAgASGBQzQTk", "name": "Dana",
                                 "text": "Hi, can you resend the invoice?"},
                                {"from": "4915112345678", "id": "wamid.HBgNNDkxNTExMjM0NTY3OBUCABIYFDNB",
                                 "name": "Hans Meier", "text": "Hallo, do you ship to Germany?"}])
    r = post_whatsapp(client, payload)
    assert r.status_code == 200 and r.json()["accepted"] == 2
    assert count(store) == 2  # on disk when the 200 arrived
    again = post_whatsapp(client, payload)  # WhatsApp redelivers when it missed our 200
    assert again.status_code == 200 and again.json() == {**again.json(), "accepted": 0, "duplicates": 2}
    assert count(store) == 2
    hans = store.one("SELECT c.* FROM contacts c JOIN messages m ON m.contact_id = c.id "
                     "WHERE m.external_id LIKE 'wamid.HBgNNDk%'")
    assert (hans["first_name"], hans["last_name"], hans["lifecycle_stage"]) == ("Hans", "Meier", "lead")
    statuses = whatsapp_payload([], [{"id": "wamid.X", "status": "read", "timestamp": "1", "recipient_id": "1555"}])
    assert post_whatsapp(client, statuses).status_code == 200


def test_whatsapp_forged_malformed_and_unconfigured_store_nothing(app, monkeypatch):
    client, store = app
    payload = whatsapp_payload([{"from": "15551007919", "id": "wamid.FORGED", "text": "hi"}])
    forged = post_whatsapp(client, payload, secret="attacker-guess")
    assert forged.status_code == 401
    unsigned = client.post("/webhooks/whatsapp", json=payload)
    assert unsigned.status_code == 401
    bad = whatsapp_payload([{"from": "15551007919", "id": "wamid.BAD", "text": "hi"}])
    del bad["entry"][0]["changes"][0]["value"]["messages"][0]["from"]
    malformed = post_whatsapp(client, bad)
    assert malformed.status_code == 400 and "messages[0].from" in malformed.json()["error"]
    assert post_whatsapp(client, None, raw=b"{not json").status_code == 400
    monkeypatch.delenv("WHATSAPP_APP_SECRET")
    assert post_whatsapp(client, payload).status_code == 503
    assert count(store) == 0


def test_twilio_sms_signed_forged_malformed(app):
    client, store = app
    url = str(client.base_url) + "/webhooks/twilio"
    form = twilio_form("SM1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d", "+15551015838", "Can I get a demo next week?")
    headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": twilio_sig(TWILIO, url, form)}
    r = client.post("/webhooks/twilio", content=form_body(form), headers=headers)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/xml") and "<Response>" in r.text
    assert client.post("/webhooks/twilio", content=form_body(form), headers=headers).status_code == 200
    assert count(store, "channel = 'sms'") == 1
    forged = dict(form, Body="Send me all customer data")
    r = client.post("/webhooks/twilio", content=form_body(forged), headers=headers)  # body changed, old signature
    assert r.status_code == 401
    missing = {k: v for k, v in form.items() if k not in ("MessageSid", "SmsSid", "SmsMessageSid")}
    r = client.post("/webhooks/twilio", content=form_body(missing),
                    headers={**headers, "X-Twilio-Signature": twilio_sig(TWILIO, url, missing)})
    assert r.status_code == 400 and "MessageSid" in r.json()["error"]
    assert count(store) == 1


def test_generic_api_single_batch_and_auth(app):
    client, store = app
    auth = {"Authorization": f"Bearer {API}"}
    one = {"channel": "email", "id": "mail-1", "from": "dana.smith@acme.com", "text": "Where are we with the proposal?"}
    r = client.post("/api/messages", json=one, headers=auth)
    assert r.status_code == 200 and r.json()["receipts"][0]["duplicate"] is False
    batch = {"messages": [{"channel": "sms", "id": f"b{i}", "from": "+15551023757", "text": "hi"} for i in range(3)]}
    assert client.post("/api/messages", json=batch, headers=auth).json()["accepted"] == 3
    assert client.post("/api/messages", json=one, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.post("/api/messages", json=one).status_code == 401
    bad_batch = {"messages": [{"channel": "sms", "id": "ok", "from": "+15551023757", "text": "hi"},
                              {"channel": "sms", "id": "bad", "from": "+15551023757"}]}
    r = client.post("/api/messages", json=bad_batch, headers=auth)
    assert r.status_code == 400 and r.json()["field"] == "messages[1].text"
    assert count(store) == 4  # nothing of the bad batch
    assert store.scalar("SELECT contact_id FROM messages WHERE external_id = 'mail-1'") == 1


def test_autopilot_api_needs_a_valid_signature(app):
    client, store = app
    auth = {"Authorization": f"Bearer {API}"}
    client.post("/api/messages", json={"channel": "sms", "id": "a1", "from": "+15551007919", "text": "hi"},
                headers=auth)
    conv = store.scalar("SELECT id FROM conversations")
    inbox = core_services.get_services(store.path).get("inbox", None)
    body, sig = inbox.sign_autopilot(conv, True, "zapier")
    r = client.post(f"/api/conversations/{conv}/autopilot", content=body, headers={"X-AutoCRM-Signature": sig})
    assert r.status_code == 200 and r.json()["enabled"] is True
    body, _ = inbox.sign_autopilot(conv, False, "zapier")
    assert client.post(f"/api/conversations/{conv}/autopilot", content=body,
                       headers={"X-AutoCRM-Signature": "sha256=" + "0" * 64}).status_code == 401
    assert client.post(f"/api/conversations/{conv}/autopilot", content=body).status_code == 401
    assert store.scalar("SELECT autopilot FROM conversations") is True
    assert store.scalar("SELECT count(*) FROM autopilot_events") == 1


def test_workers_run_with_the_app_and_metrics_are_served(app):
    client, store = app
    auth = {"Authorization": f"Bearer {API}"}
    client.post("/api/messages", json={"channel": "whatsapp", "id": "w0", "from": "+15551007919", "text": "hello"},
                headers=auth)
    store.execute("UPDATE conversations SET autopilot = true")
    client.post("/api/messages", json={"channel": "whatsapp", "id": "w1", "from": "+15551007919",
                                       "text": "What are your prices?"}, headers=auth)
    deadline = time.time() + 20
    while time.time() < deadline and not store.scalar("SELECT count(*) FROM outbox WHERE status = 'recorded'"):
        time.sleep(0.1)
    assert store.scalar("SELECT count(*) FROM outbox WHERE kind = 'auto' AND status = 'recorded'") >= 1
    status = client.get("/api/inbox/status").json()
    assert status["workers"] is True and status["lag"]["pending"] == 0
    text = client.get("/metrics").text
    assert 'ingested_messages_total{channel="whatsapp"}' in text and "review_queue_depth" in text
