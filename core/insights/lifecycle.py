"""Automatic lifecycle moves (first reply -> prospect, open deal -> opportunity, won deal -> customer) as a plan.

The moves are planned like any chat request and applied through the executor, so each run is one undoable plan.
Rules are data (vocab/lifecycle.json); moves only go forward.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from core import config
from core.models import READY, Plan, Step, User, new_plan_id
from core.store import Store


@lru_cache(maxsize=None)
def rules() -> dict:
    return json.loads((Path(__file__).parent / "vocab" / "lifecycle.json").read_text(encoding="utf-8"))


def plan_moves(store: Store, user: User) -> Plan:
    """The plan that moves every contact whose records say they are further along (changes nothing)."""
    data = rules()
    order = {s: i for i, s in enumerate(data["order"])}
    won, lost = config.pipeline()[-2], config.pipeline()[-1]
    rows = store.query(
        "SELECT c.id, trim(c.first_name || ' ' || coalesce(c.last_name, '')) AS name, lower(c.lifecycle_stage) AS stage, "
        "EXISTS (SELECT 1 FROM messages m WHERE m.contact_id = c.id AND m.direction = 'in') AS replied, "
        "EXISTS (SELECT 1 FROM deals d WHERE d.contact_id = c.id AND d.deleted_at IS NULL AND d.stage NOT IN (?, ?)) "
        "AS open_deal, "
        "EXISTS (SELECT 1 FROM deals d WHERE d.contact_id = c.id AND d.deleted_at IS NULL AND d.stage = ?) AS won_deal "
        "FROM contacts c WHERE c.deleted_at IS NULL ORDER BY c.id", [won, lost, won])
    steps = []
    for r in rows:
        if r["stage"] not in order:  # churned, or a stage these rules do not know: left alone
            continue
        for rule in data["rules"]:
            if r[rule["when"]] and order[rule["to"]] > order[r["stage"]]:
                steps.append(Step("update_contact", "contacts", r["id"], f"{r['name']}: {rule['because']}",
                                  {"lifecycle_stage": (r["stage"], rule["to"])}, group=rule["when"]))
                break
    text = "move contacts along their lifecycle (automatic rules)"
    if not steps:
        return Plan(new_plan_id(), text, user.id, "rejected", errors=("No contact needs a lifecycle move.",))
    return Plan(new_plan_id(), text, user.id, READY, tuple(steps))
