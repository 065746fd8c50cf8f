"""Capture: every message stored once, linked to a contact and conversation, with the autopilot state at capture."""
import json
import threading

import pytest

from core.cli import main as cli
from core.errors import PlanError, UndoConflict
from core.executor import SYSTEM_USER, undo_plan
from core.inbox.capture import CaptureCache, IngestWriter, capture
from core.inbox.models import InboundMessage
from core.store import Store
from tests.test_inbox_support import make_inbox, phone_of


def msg(ext, address, body="What are your prices?", channel="whatsapp", **kw):
    return InboundMessage(channel, ext, address, body, **kw)


def test_known_sender_matched_by_phone_and_email(demo_db):
    dana = demo_db.one("SELECT id, phone, email FROM contacts WHERE id = 1")
    receipts = capture(demo_db, [msg("w1", dana["phone"]), msg("e1", dana["email"], channel="email")])
    rows = demo_db.query("SELECT contact_id, channel, direction, author_kind FROM messages ORDER BY id")
    assert [r["contact_id"] for r in rows] == [1, 1]
    assert {r["channel"] for r in rows} == {"whatsapp", "email"}
    assert all(r["direction"] == "in" and r["author_kind"] == "customer" for r in rows)
    assert [r.duplicate for r in receipts] == [False, False]
    assert demo_db.scalar("SELECT count(*) FROM conversations") == 2  # one per channel


def test_unknown_sender_becomes_a_lead_contact_through_an_undoable_plan(demo_db):
    before = demo_db.scalar("SELECT count(*) FROM contacts")
    capture(demo_db, [msg("w1", "+4915112345678", name="Hans Meier"), msg("w2", "+4915112345678"),
                      msg("e1", "new@example.org", channel="email")])
    new = demo_db.query("SELECT * FROM contacts ORDER BY id DESC LIMIT 2")
    assert demo_db.scalar("SELECT count(*) FROM contacts") == before + 2
    hans = next(c for c in new if c["phone"] == "+4915112345678")
    assert (hans["first_name"], hans["last_name"], hans["lifecycle_stage"]) == ("Hans", "Meier", "lead")
    plan = demo_db.one("SELECT * FROM plans ORDER BY applied_at DESC LIMIT 1")
    assert plan["user_id"] == SYSTEM_USER.id
    assert demo_db.scalar("SELECT count(*) FROM crm_actions WHERE plan_id = ?", [plan["id"]]) == 2
    # the executor's undo works on it, but the new contacts already have conversations and messages: it refuses
    with pytest.raises(UndoConflict, match=rf"contact {hans['id']} is referenced by 1 conversation .*2 messages"):
        undo_plan(demo_db, plan["id"], SYSTEM_USER)
    assert demo_db.scalar("SELECT count(*) FROM contacts") == before + 2


def test_undo_of_an_automatic_contact_never_frees_its_id_for_a_stranger(demo_db):
    """The bug: an undone automatic contact freed its id, the next new sender got it and inherited the
    stranger's conversation. Now undo refuses (references) or soft-deletes; the id is never handed out again."""
    capture(demo_db, [msg("w1", "+4915112345678", body="I am Hans", name="Hans Meier")])
    hans = demo_db.one("SELECT id FROM contacts WHERE phone = '+4915112345678'")["id"]
    plan = demo_db.scalar("SELECT plan_id FROM crm_actions WHERE target_table = 'contacts' AND target_id = ?", [hans])
    with pytest.raises(UndoConflict) as refused:
        undo_plan(demo_db, plan, SYSTEM_USER)
    assert refused.value.changes[0]["referenced_by"][0] == {"table": "conversations", "noun": "conversation",
                                                             "ids": [1]}
    assert undo_plan(demo_db, plan, SYSTEM_USER, referenced="soft_delete") == 1
    row = demo_db.one("SELECT deleted_at FROM contacts WHERE id = ?", [hans])
    assert row is not None and row["deleted_at"] is not None  # hidden, but its id and references stay
    with pytest.raises(PlanError, match="already undone"):
        undo_plan(demo_db, plan, SYSTEM_USER, referenced="soft_delete")
    stranger = capture(demo_db, [msg("w2", "+4930123456789", body="Hello, I am new", name="Eva Roth")])[0]
    eva = demo_db.one("SELECT id, first_name FROM contacts WHERE phone = '+4930123456789'")
    assert eva["id"] > hans and eva["first_name"] == "Eva"
    conv = demo_db.one("SELECT contact_id, address FROM conversations WHERE id = ?", [stranger.conversation_id])
    assert conv == {"contact_id": eva["id"], "address": "+4930123456789"}
    assert demo_db.query("SELECT body FROM messages WHERE contact_id = ? ORDER BY id", [eva["id"]]) == \
        [{"body": "Hello, I am new"}]


def test_redelivery_is_acknowledged_and_stored_once(demo_db):
    phone = phone_of(demo_db, 2)
    first = capture(demo_db, [msg("w1", phone), msg("w1", phone)])
    again = capture(demo_db, [msg("w1", phone, body="changed on redelivery")])
    assert [r.duplicate for r in first] == [False, True] and again[0].duplicate
    assert first[0].message_id == first[1].message_id == again[0].message_id
    assert demo_db.scalar("SELECT count(*) FROM messages") == 1
    assert demo_db.scalar("SELECT body FROM messages") == "What are your prices?"


def test_same_external_id_on_another_channel_is_another_message(demo_db):
    phone = phone_of(demo_db, 2)
    capture(demo_db, [msg("X1", phone), msg("X1", phone, channel="sms")])
    assert demo_db.scalar("SELECT count(*) FROM messages") == 2


def test_autopilot_state_at_capture_is_recorded(demo_db):
    phone = phone_of(demo_db, 3)
    capture(demo_db, [msg("a", phone)])
    demo_db.execute("UPDATE conversations SET autopilot = true")
    capture(demo_db, [msg("b", phone)])
    assert [r[0] for r in demo_db.execute("SELECT autopilot_at_capture FROM messages ORDER BY id").fetchall()] == \
        [False, True]


def test_default_autopilot_for_new_conversations(demo_db):
    capture(demo_db, [msg("a", phone_of(demo_db, 4))], default_autopilot=True)
    assert demo_db.scalar("SELECT autopilot FROM conversations") is True


def test_channel_echo_of_an_agent_message_pauses_autopilot_and_supersedes(demo_db):
    phone = phone_of(demo_db, 5)
    capture(demo_db, [msg("in1", phone)], default_autopilot=True)
    conv = demo_db.scalar("SELECT id FROM conversations")
    demo_db.execute("INSERT INTO drafts (id, conversation_id, message_id, body, confidence, classification, status, "
                    "created_at) VALUES (1, ?, 1, 'draft', 0.5, 'in_scope', 'pending', now())", [conv])
    capture(demo_db, [msg("echo1", phone, body="Calling you now", direction="out")])
    assert demo_db.scalar("SELECT autopilot FROM conversations") is False
    assert demo_db.scalar("SELECT status FROM drafts") == "superseded"
    assert demo_db.one("SELECT author_kind, direction FROM messages WHERE external_id = 'echo1'") == \
        {"author_kind": "agent", "direction": "out"}
    event = demo_db.one("SELECT * FROM autopilot_events")
    assert (event["enabled"], event["source"]) == (False, "channel echo")


def test_echo_of_our_own_reply_is_not_an_override(demo_db):
    phone = phone_of(demo_db, 5)
    capture(demo_db, [msg("in1", phone)], default_autopilot=True)
    demo_db.execute("INSERT INTO outbox (id, conversation_id, message_id, channel, to_address, body, kind, status, "
                    "provider_message_id, created_at) VALUES (1, 1, 1, 'whatsapp', ?, 'hi', 'auto', 'sent', "
                    "'wamid.OURS', now())", [phone])
    [r] = capture(demo_db, [msg("wamid.OURS", phone, body="hi", direction="out")])
    assert r.duplicate and demo_db.scalar("SELECT autopilot FROM conversations") is True
    assert demo_db.scalar("SELECT count(*) FROM messages") == 1


def test_cache_fast_path_falls_back_on_an_old_redelivery(demo_db):
    phone = phone_of(demo_db, 6)
    capture(demo_db, [msg("old", phone)])  # stored before the cache existed
    cache = CaptureCache()
    receipts = capture(demo_db, [msg("new1", phone), msg("old", phone)], cache=cache)
    assert [r.duplicate for r in receipts] == [False, True]
    assert capture(demo_db, [msg("new1", phone)], cache=cache)[0].duplicate
    assert demo_db.scalar("SELECT count(*) FROM messages") == 2


def test_group_commit_writer_acks_after_commit_from_many_threads(tmp_path):
    from data.demo import generate
    from tests.conftest import TODAY
    store = Store(tmp_path / "w.duckdb")
    generate(store, TODAY)
    writer = IngestWriter(store, lambda: False).start()
    phones = [phone_of(store, i) for i in range(1, 11)] + [f"+1999000{i:04d}" for i in range(10)]
    results, errors = [], []

    def client(k):
        try:
            for i in range(100):
                fut = writer.submit([msg(f"t{k}-{i}", phones[(k + i) % len(phones)]),
                                     msg(f"t{k}-{i}", phones[(k + i) % len(phones)])])
                receipts = fut.result(10)
                # acknowledged means committed: visible to another cursor right away
                assert store.scalar("SELECT count(*) FROM messages WHERE id = ?", [receipts[0].message_id]) == 1
                results.append(receipts)
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=client, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    writer.stop()
    assert errors == []
    assert store.scalar("SELECT count(*) FROM messages") == 800
    assert all([r.duplicate for r in rs] == [False, True] for rs in results)
    assert writer.batches < 800  # commits were shared
    assert store.scalar("SELECT count(*) FROM contacts WHERE phone LIKE '+1999000%'") == 10
    store.close()


def test_stopped_writer_refuses(demo_db):
    from core.inbox.errors import CaptureUnavailable
    writer = IngestWriter(demo_db, lambda: False)
    with pytest.raises(CaptureUnavailable):
        writer.submit([msg("x", "+15551007919")]).result(1)


def test_cli_ingest_generic_and_bad_line_stores_nothing(demo_file, tmp_path, capsys):
    good = tmp_path / "in.jsonl"
    good.write_text("\n".join(json.dumps({"channel": "sms", "id": f"s{i}", "from": "+15551007919", "text": "Hi"})
                              for i in range(5)) + "\n" + json.dumps({"channel": "sms", "id": "s0",
                                                                     "from": "+15551007919", "text": "Hi"}) + "\n")
    assert cli(["--db", str(demo_file), "--json", "ingest", str(good)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["messages"], out["stored"], out["duplicates"]) == (6, 5, 1)
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"channel": "sms", "id": "z1", "from": "+15551007919", "text": "Hi"}) + "\n"
                   + json.dumps({"channel": "sms", "id": "z2", "from": "12", "text": "Hi"}) + "\n")
    assert cli(["--db", str(demo_file), "ingest", str(bad)]) == 1
    assert "line 2" in capsys.readouterr().err
    with Store(demo_file) as store:
        assert store.scalar("SELECT count(*) FROM messages") == 5


def test_cli_ingest_whatsapp_and_twilio_formats(demo_file, tmp_path, capsys):
    from tests.test_inbox_support import twilio_form, whatsapp_payload
    wa = tmp_path / "wa.jsonl"
    wa.write_text(json.dumps(whatsapp_payload([{"from": "15551007919", "id": "wamid.1", "text": "Hi"},
                                               {"from": "15551007919", "id": "wamid.2", "text": "Prices?"}])) + "\n")
    tw = tmp_path / "tw.jsonl"
    tw.write_text(json.dumps(twilio_form("SM1", "+15551015838", "Hello")) + "\n")
    assert cli(["--db", str(demo_file), "--json", "ingest", str(wa), "--format", "whatsapp"]) == 0
    assert cli(["--db", str(demo_file), "--json", "ingest", str(tw), "--format", "twilio"]) == 0
    with Store(demo_file) as store:
        assert store.scalar("SELECT count(*) FROM messages") == 3
        assert store.scalar("SELECT count(DISTINCT contact_id) FROM messages") == 2


def test_timeline_merges_activities_and_messages(demo_db):
    inbox = make_inbox(demo_db)
    inbox.ingest([msg("t1", phone_of(demo_db, 1), body="Hello from WhatsApp")])
    timeline = inbox.timeline(1)
    assert timeline[0]["kind"] == "message" and timeline[0]["body"] == "Hello from WhatsApp"
    assert any(t["kind"] == "activity" for t in timeline)
