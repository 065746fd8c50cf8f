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
    users = {u["id"]: u for u in data["users"]}
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        _write(d / "users.csv", [{"id": u["id"], "name": u["name"], "email": u["email"],
                                  "role": ROLES.get(u["role"], u["role"])} for u in data["users"]])
        _write(d / "companies.csv", [{"id": c["id"], "name": c["name"], "industry": c.get("industry") or ""}
                                     for c in data["companies"]])
        contacts = []
        for c in data["contacts"]:
            first, _, last = c["name"].partition(" ")
            contacts.append({"id": c["id"], "first_name": first, "last_name": last, "email": c.get("email") or "",
                             "phone": c.get("phone") or "", "title": c.get("title") or "",
                             "company_id": c.get("company_id") or "",
                             "owner_email": users[c["owner_id"]]["email"] if c.get("owner_id") else ""})
        _write(d / "contacts.csv", contacts)
        _write(d / "deals.csv", [{"id": x["id"], "name": x["name"], "company_id": x.get("company_id") or "",
                                  "contact_id": x.get("contact_id") or "", "stage": x["stage"],
                                  "amount": x.get("amount") if x.get("amount") is not None else "",
                                  "close_date": x.get("close_date") or "",
                                  "owner_email": users[x["owner_id"]]["email"] if x.get("owner_id") else ""}
                                 for x in data["deals"]])
        _write(d / "activities.csv", [{"id": a["id"], "type": a["type"], "body": a["body"],
                                       "occurred_at": a["occurred_at"], "contact_id": a.get("contact_id") or "",
                                       "company_id": a.get("company_id") or "", "deal_id": a.get("deal_id") or "",
                                       "author_email": users[a["user_id"]]["email"] if a.get("user_id") else ""}
                                      for a in data["activities"]])
        import_csv(store, {t: d / f"{t}.csv" for t in ("users", "companies", "contacts", "deals", "activities")})
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
    return {"activities": len(data["activities"]), "messages": n, "conversations": len(data["conversations"])}
