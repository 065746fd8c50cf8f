"""Inbound payload parsing and signatures: real channel formats in, InboundMessages or clear errors out."""
import datetime as dt

import pytest

from core.inbox import formats
from core.inbox.errors import PayloadError, SignatureError
from tests.test_inbox_support import twilio_form, twilio_sig, whatsapp_payload, whatsapp_sig


def test_whatsapp_text_message_with_profile_name():
    payload = whatsapp_payload([{"from": "15551007919", "id": "wamid.A1", "text": "Hi!", "name": "Dana Smith",
                                 "timestamp": 1700000000}])
    [m] = formats.parse_whatsapp(payload)
    assert (m.channel, m.external_id, m.address, m.body, m.name, m.direction) == \
        ("whatsapp", "wamid.A1", "+15551007919", "Hi!", "Dana Smith", "in")
    assert m.sent_at == dt.datetime.fromtimestamp(1700000000)


def test_whatsapp_statuses_only_and_other_types():
    statuses = [{"id": "wamid.X", "status": "delivered", "timestamp": "1700000000", "recipient_id": "1555"}]
    payload = whatsapp_payload([], statuses)
    assert formats.parse_whatsapp(payload) == []
    payload = whatsapp_payload([{"from": "15551007919", "id": "wamid.B", "text": "x"}])
    msg = payload["entry"][0]["changes"][0]["value"]["messages"][0]
    msg.update(type="image", image={"caption": "our invoice", "id": "m1"})
    del msg["text"]
    assert formats.parse_whatsapp(payload)[0].body == "[image] our invoice"


def test_whatsapp_echo_is_an_agent_message():
    payload = whatsapp_payload([])
    payload["entry"][0]["changes"][0]["value"]["message_echoes"] = [
        {"from": "15550783881", "to": "15551007919", "id": "wamid.E", "timestamp": "1700000000", "type": "text",
         "text": {"body": "I'll call you"}}]
    [m] = formats.parse_whatsapp(payload)
    assert (m.direction, m.address) == ("out", "+15551007919")


@pytest.mark.parametrize("mutate, where", [
    (lambda p: p.update(object="page"), "object"),
    (lambda p: p["entry"][0]["changes"][0]["value"]["messages"][0].pop("id"), "messages[0].id"),
    (lambda p: p["entry"][0]["changes"][0]["value"]["messages"][0].update(text={}), "text.body"),
    (lambda p: p["entry"][0]["changes"][0]["value"]["messages"][0].update({"from": "12"}), "from"),
    (lambda p: p["entry"][0]["changes"][0]["value"]["messages"][0].update(timestamp="yesterday"), "timestamp"),
    (lambda p: p["entry"][0].update(changes={}), "changes"),
])
def test_whatsapp_malformed_says_where(mutate, where):
    payload = whatsapp_payload([{"from": "15551007919", "id": "wamid.A1", "text": "Hi"}])
    mutate(payload)
    with pytest.raises(PayloadError) as err:
        formats.parse_whatsapp(payload)
    assert where in str(err.value)


def test_whatsapp_signature():
    raw = b'{"object":"whatsapp_business_account","entry":[]}'
    formats.verify_whatsapp("s3cret", raw, whatsapp_sig("s3cret", raw))
    for bad in (None, "", whatsapp_sig("other", raw), "sha256=" + "0" * 64):
        with pytest.raises(SignatureError):
            formats.verify_whatsapp("s3cret", raw, bad)


def test_twilio_sms_and_whatsapp_senders():
    [m] = formats.parse_twilio(twilio_form("SM1", "+15551007919", "Hello"))
    assert (m.channel, m.external_id, m.address, m.body) == ("sms", "SM1", "+15551007919", "Hello")
    form = twilio_form("SM2", "whatsapp:+15551007919", "Hola")
    form["ProfileName"] = "Dana"
    [m] = formats.parse_twilio(form)
    assert (m.channel, m.address, m.name) == ("whatsapp", "+15551007919", "Dana")
    with pytest.raises(PayloadError, match="MessageSid"):
        formats.parse_twilio({"From": "+15551007919", "Body": "x"})


def test_twilio_signature_matches_twilios_algorithm():
    # The vector of Twilio's own SDK tests (RequestValidatorTest.TestValidate)
    url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    params = {"CallSid": "CA1234567890ABCDE", "Caller": "+14158675309", "Digits": "1234", "From": "+14158675309",
              "To": "+18005551212"}
    assert formats.twilio_signature("12345", url, params.items()) == "RSOYDt4T1cUTdK1PDd93/VVr8B8="
    form = twilio_form("SM1", "+15551007919", "Hi")
    formats.verify_twilio("tok", "http://h/webhooks/twilio", list(form.items()),
                          twilio_sig("tok", "http://h/webhooks/twilio", form))
    with pytest.raises(SignatureError):
        formats.verify_twilio("tok", "http://h/webhooks/twilio", list(form.items()), "forged")


def test_generic_single_batch_and_errors():
    one = formats.parse_generic({"channel": "email", "id": "e-1", "from": "Dana.Smith@Acme.com", "text": "Hi",
                                 "timestamp": "2026-11-18T09:00:00"})
    assert one[0].address == "dana.smith@acme.com" and one[0].sent_at == dt.datetime(2026, 11, 18, 9)
    batch = formats.parse_generic({"messages": [{"channel": "sms", "id": i, "from": "+1 (555) 100-7919",
                                                 "body": "x"} for i in range(3)]})
    assert [m.external_id for m in batch] == ["0", "1", "2"] and batch[0].address == "+15551007919"
    assert len(formats.parse_generic([{"channel": "sms", "id": "a", "from": "+15551007919", "text": "x"}])) == 1
    for bad, where in [({"channel": "fax", "id": "1", "from": "+15551007919", "text": "x"}, "channel"),
                       ({"channel": "sms", "from": "+15551007919", "text": "x"}, "id"),
                       ({"channel": "email", "id": "1", "from": "not-an-email", "text": "x"}, "from"),
                       ({"channel": "sms", "id": "1", "from": "+15551007919"}, "text"),
                       ({"messages": [{"channel": "sms", "id": "1", "from": "+15551007919", "text": "x"}, 5]},
                        "messages[1]"),
                       ({"messages": []}, "no messages")]:
        with pytest.raises(PayloadError) as err:
            formats.parse_generic(bad)
        assert where in str(err.value)


def test_times_are_stored_in_utc_whatever_the_machines_time_zone(tmp_path):
    """A message stamped 10:00Z is stored as 10:00 and capture time is UTC, on a machine set to UTC+5:30; the
    same database read on a UTC machine means the same instants."""
    import subprocess
    import sys

    from tests.conftest import ROOT
    code = (
        "import datetime as dt, json, sys\n"
        "from core.store import Store, now\n"
        "from core.inbox import formats\n"
        "from core.inbox.service import Inbox\n"
        "from core.embeddings import HashingEmbedder\n"
        "s = Store(sys.argv[1])\n"
        "inbox = Inbox(s, embedder=HashingEmbedder())\n"
        "inbox.ingest(formats.parse_generic({'channel': 'sms', 'id': 'z1', 'from': '+15550009999', 'text': 'hi', "
        "'timestamp': '2025-05-01T10:00:00Z'}))\n"
        "inbox.ingest(formats.parse_generic({'channel': 'sms', 'id': 'z2', 'from': '+15550009999', 'text': 'hi', "
        "'timestamp': 1746093600}))\n"
        "rows = s.query(\"SELECT external_id, sent_at, received_at, now()::TIMESTAMP AS sql_now FROM messages "
        "ORDER BY id\")\n"
        "utc = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)\n"
        "print(json.dumps([[r['external_id'], str(r['sent_at']), abs((r['received_at'] - utc).total_seconds()) < 120,"
        " abs((r['sql_now'] - utc).total_seconds()) < 120, abs((now() - utc).total_seconds()) < 5] for r in rows]))\n")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "tz.duckdb")], cwd=ROOT, capture_output=True,
                         text=True, env={**__import__("os").environ, "TZ": "Asia/Kolkata"}, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    import json
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [
        ["z1", "2025-05-01 10:00:00", True, True, True], ["z2", "2025-05-01 10:00:00", True, True, True]]
