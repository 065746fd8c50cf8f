"""A read-only picture of the CRM that understanding and planning work on (pure code never sees SQL).

Loaded in a few queries and cached per store until the next commit.
"""
from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from core import config
from core.models import User
from core.store import Store


@dataclass
class Snapshot:
    users: dict[int, dict]
    companies: dict[int, dict]
    contacts: dict[int, dict]
    deals: dict[int, dict]
    tasks: dict[int, dict]
    last_activity: dict[int, dt.datetime]  # deal id -> most recent activity
    next_ids: dict[str, int]
    stages: list[str]
    products: list[str]
    version: int = 0
    _lexicon: object | None = field(default=None, repr=False)

    def user(self, uid: int) -> User:
        u = self.users[uid]
        return User(u["id"], u["name"], u["email"], u["role"])

    def user_by_email(self, email: str) -> User | None:
        for u in self.users.values():
            if u["email"].lower() == email.lower():
                return self.user(u["id"])
        return None

    def contact_name(self, cid: int) -> str:
        c = self.contacts[cid]
        return f"{c['first_name']} {c['last_name'] or ''}".strip()

    def label(self, table: str, rid: int) -> str:
        if table == "contacts" and rid in self.contacts:
            c = self.contacts[rid]
            company = self.companies.get(c["company_id"], {}).get("name")
            return self.contact_name(rid) + (f" ({company})" if company else "")
        if table == "deals" and rid in self.deals:
            d = self.deals[rid]
            return f"{d['name']} ({d['stage']}, {_money(d['amount'])})"
        rows = {"companies": self.companies, "users": self.users, "tasks": self.tasks}.get(table, {})
        row = rows.get(rid)
        if row is None:
            return f"{table[:-1]} {rid}"
        return row.get("name") or row.get("title") or f"{table[:-1]} {rid}"

    @property
    def open_stages(self) -> list[str]:
        return self.stages[:-2] if len(self.stages) > 2 else self.stages


def _money(v) -> str:
    return "no amount" if v is None else f"${v:,.0f}"


_cache: OrderedDict[str, Snapshot] = OrderedDict()  # the few stores in use; oldest dropped first
_KEEP = 8
_lock = threading.Lock()


def load(store: Store) -> Snapshot:
    """The snapshot for the store's current data version."""
    key = store.uid
    with _lock:
        snap = _cache.get(key)
        if snap is not None and snap.version == store.data_version:
            return snap
    version = store.data_version
    live = "WHERE deleted_at IS NULL"
    snap = Snapshot(
        users={r["id"]: r for r in store.query("SELECT * FROM users ORDER BY id")},
        companies={r["id"]: r for r in store.query(f"SELECT * FROM companies {live} ORDER BY id")},
        contacts={r["id"]: r for r in store.query(f"SELECT * FROM contacts {live} ORDER BY id")},
        deals={r["id"]: r for r in store.query(f"SELECT * FROM deals {live} ORDER BY id")},
        tasks={r["id"]: r for r in store.query(f"SELECT * FROM tasks {live} ORDER BY id")},
        last_activity={r["deal_id"]: r["last"] for r in store.query(
            "SELECT deal_id, max(occurred_at) AS last FROM activities WHERE deal_id IS NOT NULL "
            "AND deleted_at IS NULL GROUP BY deal_id")},
        next_ids={t: store.high_water(t) + 1  # never an id that undo removed
                  for t in ("companies", "contacts", "deals", "activities", "tasks")},
        stages=config.pipeline(),
        products=[r["product"] for r in store.query(
            "SELECT DISTINCT product FROM deals WHERE product IS NOT NULL ORDER BY product")],
        version=version,
    )
    with _lock:
        _cache[key] = snap
        _cache.move_to_end(key)
        while len(_cache) > _KEEP:
            _cache.popitem(last=False)
    return snap
