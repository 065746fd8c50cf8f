"""Webhooks over real HTTP: real-format WhatsApp and Twilio deliveries posted to the running app on loopback."""
import json
import time

import httpx
import pytest

from core import services as core_services
from core import web
from core.inbox.errors import SignatureError
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
    while time.time() < deadline and not (
            store.scalar("SELECT count(*) FROM outbox WHERE kind = 'auto' AND status = 'recorded'")
            and client.get("/api/inbox/status").json()["lag"]["pending"] == 0):
        time.sleep(0.1)  # both messages processed (either may be answered first) and a reply delivered
    assert store.scalar("SELECT count(*) FROM outbox WHERE kind = 'auto' AND status = 'recorded'") >= 1
    status = client.get("/api/inbox/status").json()
    assert status["workers"] is True and status["lag"]["pending"] == 0
    text = client.get("/metrics").text
    assert 'ingested_messages_total{channel="whatsapp"}' in text and "review_queue_depth" in text


# -- transient database errors, limits and malformed input ------------------------------------------------------
def _one(ext="x1", **kw):
    return {"channel": "sms", "id": ext, "from": "+15551023757", "text": "hi", **kw}


def test_a_transient_database_error_during_capture_is_503_with_retry_after_and_no_leak(app):
    import duckdb

    from core.errors import StoreError
    client, store = app
    auth = {"Authorization": f"Bearer {API}"}
    failure = [None]

    def flaky(sql, params):  # the disk fails while armed (capture retries a batch once, so both tries fail)
        if failure[0] is not None and sql.startswith("INSERT INTO messages"):
            raise failure[0]

    store.tracer = flaky
    try:
        for exc in (StoreError('database error: IO Error: Could not write to "/srv/secret/crm.duckdb.wal": '
                               "No space left on device"),
                    duckdb.IOException("IO Error: Could not fsync /srv/secret/crm.duckdb.wal")):
            failure[0] = exc  # the Store's own error, then a raw DuckDB one
            r = client.post("/api/messages", json=_one("t1"), headers=auth)
            assert r.status_code == 503 and r.headers["retry-after"] == "5"
            assert "IO Error" not in r.text and "/srv/secret" not in r.text and "retry" in r.json()["error"]
        assert count(store) == 0
        failure[0] = None
        r = client.post("/api/messages", json=_one("t1"), headers=auth)  # the sender retries: stored once
        assert r.status_code == 200 and r.json()["accepted"] == 1 and count(store) == 1
    finally:
        store.tracer = None


def test_body_limits_hold_for_declared_and_chunked_bodies(app):
    client, store = app
    auth = {"Authorization": f"Bearer {API}", "Content-Type": "application/json"}
    big = b'{"channel": "sms", "id": "big", "from": "+15551023757", "text": "' + b"a" * (web.MAX_REQUEST_BYTES) + b'"}'
    r = client.post("/api/messages", content=big, headers=auth)
    assert r.status_code == 413 and "at most" in r.json()["error"]
    sent = []

    def chunks():  # no Content-Length: the limit is counted while the chunks arrive
        for i in range(0, len(big), 65536):
            sent.append(i)
            yield big[i:i + 65536]

    try:
        r = client.post("/api/messages", content=chunks(), headers=auth)
        assert r.status_code == 413
    except httpx.HTTPError:
        pass  # the server may close the connection before the client has finished writing: also a refusal
    raw = json.dumps(whatsapp_payload([{"from": "15551007919", "id": "wamid.BIG", "text": "x"}])).encode()
    padded = raw[:-1] + b"," + b'"pad": "' + b"p" * web.MAX_REQUEST_BYTES + b'"}'
    r = client.post("/webhooks/whatsapp", content=(padded[i:i + 65536] for i in range(0, len(padded), 65536)),
                    headers={"Content-Type": "application/json",
                             "X-Hub-Signature-256": whatsapp_sig(SECRET, padded)})
    assert r.status_code == 413
    inbox = core_services.get_services(store.path).get("inbox", None)
    body, sig = inbox.sign_autopilot(1, True, "x" * 5000)  # a command is small: its limit is 4 KB
    assert client.post("/api/conversations/1/autopilot", content=body,
                       headers={"X-AutoCRM-Signature": sig, "Content-Type": "application/json"}).status_code == 413
    assert count(store) == 0


def test_signatures_are_checked_before_json_is_parsed(app):
    client, store = app
    deep = b"[" * 200_000
    assert client.post("/webhooks/whatsapp", content=deep, headers={
        "Content-Type": "application/json", "X-Hub-Signature-256": "sha256=" + "0" * 64}).status_code == 401
    assert client.post("/api/conversations/1/autopilot", content=deep[:4000], headers={
        "Content-Type": "application/json", "X-AutoCRM-Signature": "sha256=" + "0" * 64}).status_code == 401
    r = client.post("/webhooks/whatsapp", content=deep, headers={  # signed garbage: now it is parsed, and refused
        "Content-Type": "application/json", "X-Hub-Signature-256": whatsapp_sig(SECRET, deep)})
    assert r.status_code == 400 and "nested too deeply" in r.json()["error"]
    r = client.post("/api/messages", content=deep, headers={"Authorization": f"Bearer {API}",
                                                              "Content-Type": "application/json"})
    assert r.status_code == 400
    assert count(store) == 0


def test_malformed_input_gets_a_clean_4xx_and_stores_nothing(app):
    client, store = app
    auth = {"Authorization": f"Bearer {API}"}
    cases = [(_one(name="N" * 10_000), "name"), (_one("i" * 5000), "id"), (_one(text="hi\u0000there"), "text"),
             (_one(name="Ev\u0000e"), "name"), (_one(**{"from": "+1" + "5" * 100_000}), "from"),
             (_one(**{"from": "a" * 100_000 + "@x.com", "channel": "email"}), "from"), (_one(id={"$gt": ""}), "id"),
             (_one(timestamp=10 ** 30), "timestamp")]
    for payload, field in cases:
        r = client.post("/api/messages", json=payload, headers=auth)
        assert r.status_code == 400 and r.json()["field"] == f"message.{field}", (field, r.text[:200])
        assert len(r.text) < 1000  # the value is never echoed back whole
    for raw in (b"NaN", b'{"channel": "sms", "id": "n", "from": "+15551023757", "text": NaN}', b"\xff\xfe{}"):
        assert client.post("/api/messages", content=raw, headers={**auth, "Content-Type": "application/json"}) \
            .status_code == 400
    # non-ASCII signature headers and tokens: 401, never a server error
    raw = json.dumps(whatsapp_payload([{"from": "15551007919", "id": "wamid.NA", "text": "hi"}])).encode()
    for header in ("sha256=é" + "0" * 63, whatsapp_sig(SECRET, raw) + "é"):
        r = client.post("/webhooks/whatsapp", content=raw,
                        headers={"Content-Type": "application/json", "X-Hub-Signature-256": header.encode("latin-1")})
        assert r.status_code == 401
    r = client.post("/api/messages", json=_one("na"), headers={"Authorization": "Bearer tokén".encode("latin-1")})
    assert r.status_code == 401
    url = str(client.base_url) + "/webhooks/twilio"
    form = twilio_form("SMna", "+15551015838", "hi")
    r = client.post("/webhooks/twilio", content=form_body(form), headers={
        "Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": "é".encode("latin-1")})
    assert r.status_code == 401
    r = client.post("/webhooks/twilio", content=b"&".join(b"k%d=v" % i for i in range(5000)), headers={
        "Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": twilio_sig(TWILIO, url, form)})
    assert r.status_code == 400
    # wrong content types: 415
    assert client.post("/api/messages", content=json.dumps(_one("ct")), headers={
        **auth, "Content-Type": "text/plain"}).status_code == 415
    assert client.post("/webhooks/whatsapp", content=raw, headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Hub-Signature-256": whatsapp_sig(SECRET, raw)}).status_code == 415
    assert client.post("/webhooks/twilio", content=form_body(form), headers={
        "Content-Type": "application/json", "X-Twilio-Signature": twilio_sig(TWILIO, url, form)}).status_code == 415
    assert client.post("/api/messages", content=json.dumps(_one("ok")), headers={
        **auth, "Content-Type": "application/json; charset=utf-8"}).status_code == 200
    assert count(store) == 1


def test_signed_autopilot_commands_cannot_be_replayed_even_after_a_restart(app):
    client, store = app
    client.post("/api/messages", json=_one("r1"), headers={"Authorization": f"Bearer {API}"})
    conv = store.scalar("SELECT id FROM conversations")
    inbox = core_services.get_services(store.path).get("inbox", None)
    body, sig = inbox.sign_autopilot(conv, True, "zapier")
    post = lambda b, s: client.post(f"/api/conversations/{conv}/autopilot", content=b,  # noqa: E731
                                    headers={"X-AutoCRM-Signature": s, "Content-Type": "application/json"})
    assert post(body, sig).status_code == 200
    r = post(body, sig)
    assert r.status_code == 401 and "already used" in r.json()["error"]
    restarted = make_inbox(store)  # a new process reads the same database
    for variant in (sig, sig + " ", " " + sig, sig + "\t"):  # the same bytes, however the header is dressed
        with pytest.raises(SignatureError, match="already used"):
            restarted.set_autopilot_signed(body, variant)
    other, other_sig = inbox.sign_autopilot(conv + 1, False, "zapier")
    r = post(other, other_sig)  # signed for another conversation than the URL's
    assert r.status_code == 400 and r.json()["field"] == "conversation_id"
    huge, huge_sig = inbox.sign_autopilot(2 ** 40, False, "zapier")
    assert client.post(f"/api/conversations/{2 ** 40}/autopilot", content=huge, headers={
        "X-AutoCRM-Signature": huge_sig, "Content-Type": "application/json"}).status_code == 400
    assert store.scalar("SELECT count(*) FROM signed_commands") == 1
    assert store.scalar("SELECT count(*) FROM autopilot_events") == 1
