"""Erase and export a person: afterwards nothing of them is found by search, ask or context."""
import json

import pytest

from core.cli import main
from core.errors import NotFound, PermissionDenied
from core.executor import load_user
from core.memory.privacy import erase_contact, export_contact
from core.memory.service import Memory
from core.store import Store
from tests.memory_support import TODAY, memory, memory_file, memory_store, memory_template  # noqa: F401

PERSON = 70  # Laila (conversation 1): messages in both autopilot phases, a delivery address told to a person


def test_export_then_erase_leaves_nothing_findable(memory_file, capsys):
    store = Store(memory_file)
    memory = Memory(store)
    memory.start()
    exported = export_contact(store, PERSON)
    assert exported["contact"]["first_name"] == "Laila" and exported["messages"] and exported["snapshots"]
    address = "418 Marlow Street"
    assert any(address in m["body"] for m in exported["messages"])
    assert any(address in (memory.index._texts([h.doc_id])[h.doc_id]) for h in memory.search(address, k=3))
    convs = [c["id"] for c in exported["conversations"]]
    docs = {2 * m["id"] + 1 for m in exported["messages"]} | {2 * a["id"] for a in exported["activities"]}
    with pytest.raises(PermissionDenied):
        erase_contact(memory, PERSON, load_user(store, "priya.raman@example.com"))
    assert store.scalar("SELECT count(*) FROM messages WHERE contact_id = ?", [PERSON]) > 0  # refused: nothing changed

    removed = erase_contact(memory, PERSON, load_user(store, "hannah.wilcox@example.com"))
    assert removed["messages"] == len(exported["messages"]) and removed["vectors"] == len(docs)
    for mode in ("hybrid", "dense", "keyword"):
        for q in (address, "Laila Vireo Suites back-of-house entrance", "VX-80 vacuums for our new property"):
            assert not {h.doc_id for h in memory.search(q, k=50, mode=mode)} & docs
    assert not docs & set(memory.index.keyword.ids()) and not docs & set(memory.index.dense.ids().tolist())
    for conv in convs:
        with pytest.raises(NotFound):
            memory.context(conv)
    assert store.scalar("SELECT count(*) FROM memory_snapshots WHERE conversation_id IN (SELECT unnest(?::INTEGER[]))",
                        [convs]) == 0
    everything = json.dumps([store.query(f"SELECT * FROM {t}") for t in (
        "contacts", "activities", "tasks", "messages", "drafts", "security_audit", "outbox", "memory_snapshots",
        "privacy_erasures", "crm_actions", "plans", "chat_messages")], default=str)
    assert "Laila" not in everything and address not in everything
    audit = store.one("SELECT * FROM privacy_erasures")
    assert audit["subject_id"] == PERSON and audit["actor"] == "hannah.wilcox@example.com"
    memory.close()
    store.close()

    # a fresh process: the index files on disk hold none of it, and ask finds nothing either
    assert main(["--db", str(memory_file), "--today", TODAY.isoformat(), "ask", "who mentioned 418 Marlow Street?",
                 "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    found = data["answer"].split("\n", 1)[-1]  # the first line repeats the question
    assert address not in found and "Laila" not in found and not {c["id"] * 2 + 1 for c in data["citations"]
                                                  if c["kind"] == "message"} & docs
    assert main(["--db", str(memory_file), "--user", "hannah.wilcox@example.com", "erase", "contact",
                 str(PERSON), "--json"]) == 1  # already erased
    assert "already erased" in json.loads(capsys.readouterr().out)["error"]
    assert main(["--db", str(memory_file), "export", "contact", str(PERSON), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["messages"] == [] and again["contact"]["first_name"] == "[erased]"
