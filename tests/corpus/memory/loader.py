"""Puts the independent memory fixture (fixture.json, written by someone who has not read the memory code) into a
Store: CRM records through the CSV importer (ids kept), conversations through inbox capture with the autopilot
switched as the fixture's messages say, so autopilot_at_capture, author kinds and autopilot events are real."""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
import tempfile
from pathlib import Path

from core.bulk_create import create_many
from core.executor import SYSTEM_USER
from core.importer import import_csv
from core.inbox.autopilot import set_autopilot
from core.inbox.capture import capture
from core.inbox.models import InboundMessage
from core.store import Store

HERE = Path(__file__).parent
FIXTURE = HERE / "fixture.json"
ROLES = {"manager": "reviewer"}


def fixture() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def jsonl(name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def _utc(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    t = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return t.astimezone(dt.timezone.utc).replace(tzinfo=None) if t.tzinfo else t


def _write(path: Path, rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def load(store: Store, data: dict | None = None) -> dict:
    """Import the fixture; returns counts. Message ids equal the fixture's (asserted)."""
    data = data or fixture()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        _write(d / "users.csv", [{"id": u["id"], "name": u["name"], "email": u["email"],
                                  "role": ROLES.get(u["role"], u["role"])} for u in data["users"]])
        import_csv(store, {"users": d / "users.csv"})
    records = {
        "create_company": [{"name": c["name"], "industry": c.get("industry")} for c in data["companies"]],
        "create_contact": [dict(zip(("first_name", "last_name"), (c["name"].partition(" ")[0],
                                                                  c["name"].partition(" ")[2] or None)),
                                email=c.get("email"), phone=c.get("phone"), title=c.get("title"),
                                company_id=c.get("company_id"), owner_id=c.get("owner_id")) for c in data["contacts"]],
        "create_deal": [{k: x.get(k) for k in ("name", "company_id", "contact_id", "stage", "amount", "close_date",
                                                "owner_id")} for x in data["deals"]],
        "log_activity": [{"type": a["type"], "body": a["body"], "occurred_at": a["occurred_at"],
                          "contact_id": a.get("contact_id"), "company_id": a.get("company_id"),
                          "deal_id": a.get("deal_id"), "author_id": a.get("user_id")} for a in data["activities"]],
    }
    for op, rows in records.items():  # through the executor's bulk path, one plan per table; ids come out as given
        _, ids = create_many(store, op, rows, SYSTEM_USER, f"load the memory fixture ({op})")
        assert ids == list(range(1, len(rows) + 1)), f"{op}: ids {ids[:3]}... differ from the fixture's"
    contacts_by_id = {c["id"]: c for c in data["contacts"]}
    n = 0
    for conv in data["conversations"]:
        c = contacts_by_id[conv["contact_id"]]
        address = c["email"].lower() if conv["channel"] == "email" else "+" + re.sub(r"\D", "", c["phone"])
        conv_id = None
        runs: list[list[dict]] = []  # consecutive messages captured in the same autopilot state: one capture each
        for m in conv["messages"]:
            if runs and runs[-1][-1]["autopilot"] == m["autopilot"]:
                runs[-1].append(m)
            else:
                runs.append([m])
        for run in runs:
            state = bool(run[0]["autopilot"])
            if conv_id is not None:
                set_autopilot(store, conv_id, state, "fixture", "fixture")
            msgs = [InboundMessage(conv["channel"], f"fx-{m['id']}", address, m["body"], _utc(m.get("sent_at")),
                                   c["name"], m["direction"], m["author_kind"]) for m in run]
            receipts = capture(store, msgs, default_autopilot=state)
            for m, r in zip(run, receipts):
                assert r.message_id == m["id"], f"fixture message {m['id']} stored as {r.message_id}"
                conv_id = r.conversation_id
                n += 1
        assert conv_id == conv["id"], f"fixture conversation {conv['id']} stored as {conv_id}"
    with store.atomic(crm=False):  # the fixture's conversations are history: nothing is waiting for a draft
        store.execute("UPDATE messages SET processed_at = received_at WHERE processed_at IS NULL")
    return {"activities": len(data["activities"]), "messages": n, "conversations": len(data["conversations"])}
