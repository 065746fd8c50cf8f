"""Workflow definitions in DuckDB: save, read, list, import/export, and the built-in templates (data files)."""
from __future__ import annotations

import json
from pathlib import Path

from core.errors import NotFound, ValidationError
from core.store import Store, now
from core.workflows.model import Workflow, dump_text, load_text, parse_workflow

TEMPLATE_DIR = Path(__file__).with_name("templates")


def templates() -> dict[str, Workflow]:
    """The built-in templates shipped as YAML files beside this module, by name."""
    out = {}
    for path in sorted(TEMPLATE_DIR.glob("*.yaml")):
        wf = load_text(path.read_text(encoding="utf-8"), str(path.name))
        out[wf.name] = wf
    return out


class Registry:
    def __init__(self, store: Store):
        self.store = store
        self._cache: dict[int, tuple[object, Workflow]] = {}
        self.enabled: set[int] = set()

    def install_templates(self) -> int:
        """Add every built-in template not in the database yet (enabled only for manual starts); returns added."""
        added = 0
        existing = {r[0] for r in self.store.execute("SELECT name FROM workflows").fetchall()}
        for name, wf in templates().items():
            if name not in existing:
                self.save(wf, builtin=True, enabled=False)
                added += 1
        return added

    def save(self, wf: Workflow, builtin: bool = False, enabled: bool | None = None) -> int:
        """Insert or replace a workflow by name (its runs keep going on the new definition); returns its id."""
        ts = now()
        body = json.dumps(wf.to_dict())
        with self.store.atomic(crm=False):
            row = self.store.one("SELECT id, enabled FROM workflows WHERE name = ?", [wf.name])
            if row:
                self.store.execute("UPDATE workflows SET definition = ?, enabled = ?, updated_at = ? WHERE id = ?",
                                   [body, row["enabled"] if enabled is None else enabled, ts, row["id"]])
                self._cache.pop(row["id"], None)
                return row["id"]
            wid = self.store.next_id("workflows")
            self.store.execute("INSERT INTO workflows VALUES (?, ?, ?, ?, ?, ?, ?)",
                               [wid, wf.name, body, True if enabled is None else enabled, builtin, ts, ts])
            return wid

    def row(self, name: str) -> dict:
        row = self.store.one("SELECT * FROM workflows WHERE name = ?", [name])
        if row is None:
            known = [r[0] for r in self.store.execute("SELECT name FROM workflows ORDER BY name").fetchall()]
            raise NotFound(f"no workflow {name!r}; known: {', '.join(known) or 'none'}")
        return row

    def get(self, name: str) -> Workflow:
        return self.by_id(self.row(name)["id"])

    def refresh(self) -> None:
        """Re-read every definition that changed (one query); by_id() answers from memory until the next refresh."""
        rows = self.store.query("SELECT id, enabled, definition, updated_at FROM workflows")
        cache = {}
        for r in rows:
            cached = self._cache.get(r["id"])
            wf = cached[1] if cached and cached[0] == r["updated_at"] else parse_workflow(json.loads(r["definition"]))
            cache[r["id"]] = (r["updated_at"], wf)
        self._cache = cache
        self.enabled = {r["id"] for r in rows if r["enabled"]}

    def by_id(self, workflow_id: int) -> Workflow:
        if workflow_id not in self._cache:
            self.refresh()
        if workflow_id not in self._cache:
            raise NotFound(f"no workflow with id {workflow_id}")
        return self._cache[workflow_id][1]

    def all(self) -> list[dict]:
        """Every workflow with its trigger, state and run counts."""
        rows = self.store.query(
            "SELECT w.id, w.name, w.definition, w.enabled, w.builtin, w.updated_at, "
            "count(r.id) AS runs, count(r.id) FILTER (WHERE r.status IN ('active', 'waiting')) AS live, "
            "count(r.id) FILTER (WHERE r.status = 'paused') AS paused "
            "FROM workflows w LEFT JOIN workflow_runs r ON r.workflow_id = w.id GROUP BY ALL ORDER BY w.name")
        out = []
        for r in rows:
            d = json.loads(r.pop("definition"))
            r.update(trigger=d["trigger"]["kind"], steps=len(d["steps"]), description=d.get("description", ""))
            out.append(r)
        return out

    def set_enabled(self, name: str, enabled: bool) -> None:
        row = self.row(name)
        with self.store.atomic(crm=False):
            self.store.execute("UPDATE workflows SET enabled = ?, updated_at = ? WHERE id = ?",
                               [bool(enabled), now(), row["id"]])
        self.refresh()

    def import_text(self, text: str, source: str = "workflow", enabled: bool | None = None) -> Workflow:
        wf = load_text(text, source)
        self.save(wf, enabled=enabled)
        return wf

    def export(self, name: str, fmt: str = "yaml") -> str:
        if fmt not in ("yaml", "json"):
            raise ValidationError(f"format {fmt!r}: yaml or json", "format")
        return dump_text(self.get(name), fmt)

    def copy_template(self, template: str, name: str) -> Workflow:
        """A new, enabled workflow made from a built-in template under a new name."""
        found = templates().get(template)
        if found is None:
            raise NotFound(f"no template {template!r}; templates: {', '.join(templates())}")
        if self.store.scalar("SELECT count(*) FROM workflows WHERE name = ?", [name]):
            raise ValidationError(f"a workflow named {name!r} exists already; choose another name", "name")
        data = found.to_dict()
        data["name"] = name
        wf = parse_workflow(data)
        self.save(wf, enabled=True)
        return wf
