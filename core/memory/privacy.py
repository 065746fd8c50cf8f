"""A person's right to be forgotten and to a copy: erase and export everything held about a contact.

erase_contact removes, in one transaction, the contact's messages and conversations, the drafts, audit rows and
outbox entries about them, the personal fields of their activities, tasks and contact row (core/executor.py), their
memory docs (vectors) and snapshots (primers), and chat lines naming them; it leaves an audit row that says what was
removed, by whom and when, and nothing personal. The FAISS and keyword files are updated right after the commit
(a crash in between is repaired at start-up, since memory_docs no longer holds the ids), and the embedder's memo of
recent texts is cleared.
"""
from __future__ import annotations

import datetime as dt
import json

from core.errors import NotFound
from core.executor import ERASED, erase_contact_records
from core.models import User
from core.store import now


def _names(row: dict) -> list[str]:
    full = " ".join(x for x in (row.get("first_name"), row.get("last_name")) if x)
    return [x for x in {full, row.get("email"), row.get("phone")} if x and len(x) >= 5]


def find_contacts(store, text: str, limit: int = 20) -> list[dict]:
    """Live contacts whose name, email or phone contains text (the admin's erase picker)."""
    text = (text or "").strip()
    if not text:
        return []
    like = f"%{text}%"
    return store.query("SELECT id, first_name, last_name, email, phone FROM contacts WHERE deleted_at IS NULL AND "
                       "(concat_ws(' ', first_name, last_name) ILIKE ? OR email ILIKE ? OR phone ILIKE ?) "
                       "ORDER BY id LIMIT ?", [like, like, like, int(limit)])


def erasure_preview(store, contact_id: int) -> dict:
    """What erasing a contact would remove (counts only; nothing changes), for the admin's confirmation."""
    contact = store.one("SELECT id, first_name, last_name, email, phone FROM contacts WHERE id = ?", [int(contact_id)])
    if contact is None:
        raise NotFound(f"no contact {contact_id}")
    if contact["first_name"] == ERASED:
        raise NotFound(f"contact {contact_id} was already erased")
    count = lambda sql: int(store.scalar(sql, [int(contact_id)]) or 0)  # noqa: E731
    return {
        "contact": {"id": contact["id"], "name": " ".join(x for x in (contact["first_name"], contact["last_name"])
                                                          if x), "email": contact["email"], "phone": contact["phone"]},
        "messages": count("SELECT count(*) FROM messages WHERE contact_id = ?"),
        "conversations": count("SELECT count(*) FROM conversations WHERE contact_id = ?"),
        "activities": count("SELECT count(*) FROM activities WHERE contact_id = ? AND deleted_at IS NULL"),
        "tasks": count("SELECT count(*) FROM tasks WHERE contact_id = ? AND deleted_at IS NULL"),
        "vectors": count("SELECT count(*) FROM memory_docs WHERE contact_id = ?"),
    }


def erase_contact(memory, contact_id: int, user: User) -> dict:
    store = memory.store
    contact = store.one("SELECT * FROM contacts WHERE id = ?", [int(contact_id)])
    if contact is None:
        raise NotFound(f"no contact {contact_id}")
    if contact["first_name"] == ERASED:
        raise NotFound(f"contact {contact_id} was already erased")
    names = _names(contact)
    with store.atomic():
        convs = [r[0] for r in store.execute("SELECT id FROM conversations WHERE contact_id = ?",
                                             [contact_id]).fetchall()]
        msgs = [r[0] for r in store.execute("SELECT id FROM messages WHERE contact_id = ?", [contact_id]).fetchall()]
        acts = [r[0] for r in store.execute("SELECT id FROM activities WHERE contact_id = ?", [contact_id]).fetchall()]
        docs = [2 * m + 1 for m in msgs] + [2 * a for a in acts]
        removed = {"messages": len(msgs), "conversations": len(convs)}
        removed.update(erase_contact_records(store, contact_id, user))
        removed["drafts"] = store.execute("DELETE FROM drafts WHERE message_id IN (SELECT unnest(?::INTEGER[])) OR "
                                          "conversation_id IN (SELECT unnest(?::INTEGER[]))", [msgs, convs]).fetchone()[0]
        removed["audit_rows"] = store.execute("DELETE FROM security_audit WHERE contact_id = ? OR message_id IN "
                                              "(SELECT unnest(?::INTEGER[]))", [contact_id, msgs]).fetchone()[0]
        removed["outbox"] = store.execute("DELETE FROM outbox WHERE conversation_id IN (SELECT unnest(?::INTEGER[]))",
                                          [convs]).fetchone()[0]
        store.execute("UPDATE autopilot_events SET actor = ?, reason = NULL WHERE conversation_id IN "
                      "(SELECT unnest(?::INTEGER[]))", [ERASED, convs])
        store.execute("DELETE FROM messages WHERE contact_id = ?", [contact_id])
        store.execute("DELETE FROM conversations WHERE contact_id = ?", [contact_id])
        removed["snapshots"] = store.execute("DELETE FROM memory_snapshots WHERE conversation_id IN "
                                             "(SELECT unnest(?::INTEGER[]))", [convs]).fetchone()[0]
        removed["vectors"] = store.execute("DELETE FROM memory_docs WHERE doc_id IN (SELECT unnest(?::BIGINT[])) "
                                           "OR contact_id = ?", [docs, contact_id]).fetchone()[0]
        chat = 0
        for n in names:
            chat += store.execute("UPDATE chat_messages SET content = ?, metadata = NULL WHERE content ILIKE ?",
                                  [ERASED, f"%{n}%"]).fetchone()[0]
        removed["chat_lines"] = chat
        store.execute("INSERT INTO privacy_erasures VALUES (?, 'contact', ?, ?, ?, ?)",
                      [store.next_id("privacy_erasures"), contact_id, json.dumps(removed), user.email, now()])
    memory.index.remove_docs(docs)  # memory_docs rows are gone already; this updates FAISS and tantivy
    memo = getattr(memory.index.embedder, "_vector_memo", None)
    if memo is not None:
        with memo._lock:
            memo._rows.clear()
    return removed


def _rows(store, sql: str, params: list) -> list[dict]:
    return [{k: (v.isoformat(sep=" ") if isinstance(v, dt.datetime) else v.isoformat()
                 if isinstance(v, dt.date) else v) for k, v in r.items()} for r in store.query(sql, params)]


def export_contact(store, contact_id: int) -> dict:
    """Everything held about a contact, as JSON-ready data (vectors are described, not dumped)."""
    contact = _rows(store, "SELECT * FROM contacts WHERE id = ?", [int(contact_id)])
    if not contact:
        raise NotFound(f"no contact {contact_id}")
    convs = _rows(store, "SELECT * FROM conversations WHERE contact_id = ?", [contact_id])
    conv_ids = [c["id"] for c in convs]
    msgs = _rows(store, "SELECT id, conversation_id, channel, direction, author_kind, body, sender_name, sent_at, "
                        "received_at, autopilot_at_capture, classification FROM messages WHERE contact_id = ? ORDER BY seq",
                 [contact_id])
    return {
        "contact": contact[0],
        "deals": _rows(store, "SELECT * FROM deals WHERE contact_id = ?", [contact_id]),
        "activities": _rows(store, "SELECT * FROM activities WHERE contact_id = ?", [contact_id]),
        "tasks": _rows(store, "SELECT * FROM tasks WHERE contact_id = ?", [contact_id]),
        "conversations": convs,
        "messages": msgs,
        "drafts": _rows(store, "SELECT id, message_id, body, status, created_at FROM drafts WHERE conversation_id IN "
                               "(SELECT unnest(?::INTEGER[]))", [conv_ids]),
        "snapshots": [dict(r, primer=json.loads(r["primer"])) for r in _rows(
            store, "SELECT * FROM memory_snapshots WHERE conversation_id IN (SELECT unnest(?::INTEGER[]))", [conv_ids])],
        "memory_docs": _rows(store, "SELECT doc_id, kind, source_id, model, dim, event_at, ingested_at, indexed_at "
                                    "FROM memory_docs WHERE contact_id = ?", [contact_id]),
    }
