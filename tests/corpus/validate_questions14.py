"""Validate questions14_dev.jsonl / questions14_test.jsonl against a fresh demo world.

    .venv/bin/python tests/corpus/validate_questions14.py      # exit 0 only if every check passes

Checks: every label equals its SQL result on a freshly built demo world (today = 2026-11-18); labels that depend
on activity timestamps are unchanged when every activity is moved 3 hours earlier or later; decline facts hold
(the record or field does not exist) and other stated facts hold; the files equal what the build writes; ids,
line format, unique questions, families balanced between the halves, ~20% declines, label sizes and formats;
first-person wording only from reps and only on "mine" items.
"""
from __future__ import annotations

import collections
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("build_questions14", HERE / "build_questions14.py")
B = importlib.util.module_from_spec(spec)
spec.loader.exec_module(B)

FIRST_PERSON = re.compile(r"\b(i|me|my|mine|myself|i'm|im|i've|ive|i'd)\b", re.I)
NUMBER = re.compile(r"^-?\d{1,3}(,\d{3})*$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
KEYS = ["id", "question", "user", "family", "answer_contains", "answer_excludes", "decline", "note"]

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def load(name: str) -> list[dict]:
    path = HERE / name
    if not path.exists():
        err(f"missing {name}")
        return []
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"{name}:{n}: bad JSON ({e})")
    return rows


def uses_activities(it: dict) -> bool:
    texts = []
    for key in ("sql", "ex", "check"):
        v = it.get(key)
        if v:
            texts += [v] if isinstance(v, str) else list(v)
    texts += it.get("checks", [])
    return any("activities" in B.expand(t) for t in texts)


def main() -> int:
    store = B.make_world()
    con = store.con

    dev, test = load("questions14_dev.jsonl"), load("questions14_test.jsonl")
    fresh_dev, fresh_test = B.records(con)

    # 1. files == fresh labels (every label equals its SQL result on this new world)
    for name, got, want in (("dev", dev, fresh_dev), ("test", test, fresh_test)):
        if len(got) != 60:
            err(f"{name}: {len(got)} items, expected 60")
        for g, w in zip(got, want):
            if g != w:
                err(f"{name} {g.get('id')}: file differs from SQL result: file={g} sql={w}")

    # 2. robustness of activity-time labels under a +-3 h shift, facts and declines
    dev_items, test_items = B.split()
    items = dev_items + test_items
    base = {id(it): B.label(con, it) for it in items}
    for shift in ("+ INTERVAL 3 HOUR", "- INTERVAL 3 HOUR"):
        con.execute(f"UPDATE activities SET occurred_at = occurred_at {shift}")
        try:
            for it in items:
                if not uses_activities(it):
                    continue
                try:
                    lab = B.label(con, it)
                except ValueError as e:
                    err(f"{it['question']!r}: fails with activities shifted {shift}: {e}")
                    continue
                if lab != base[id(it)]:
                    err(f"{it['question']!r}: label changes with activities shifted {shift}: {lab}")
        finally:
            back = "- INTERVAL 3 HOUR" if shift.startswith("+") else "+ INTERVAL 3 HOUR"
            con.execute(f"UPDATE activities SET occurred_at = occurred_at {back}")
    if B.label(con, items[0]) != base[id(items[0])]:
        err("activities were not restored after the shift test")

    # 3. ids, format, uniqueness
    for name, rows, start in (("dev", dev, 1), ("test", test, 61)):
        for n, r in enumerate(rows):
            if list(r.keys()) != KEYS:
                err(f"{name} {r.get('id')}: keys {list(r.keys())}")
            if r.get("id") != f"q14-{start + n:03d}":
                err(f"{name}: item {n} has id {r.get('id')}, expected q14-{start + n:03d}")
    rows = dev + test
    seen: dict[str, str] = {}
    for r in rows:
        key = re.sub(r"[^a-z0-9]+", " ", r["question"].lower()).strip()
        if key in seen:
            err(f"{r['id']}: duplicate question of {seen[key]}")
        seen[key] = r["id"]

    # 4. families balanced, >= 15 families, ~20% declines
    fam_dev = collections.Counter(r["family"] for r in dev)
    fam_test = collections.Counter(r["family"] for r in test)
    if fam_dev != fam_test:
        err(f"family mix differs: dev={dict(fam_dev)} test={dict(fam_test)}")
    if len(fam_dev) < 15:
        err(f"only {len(fam_dev)} families")
    for name, half in (("dev", dev), ("test", test)):
        share = sum(r["decline"] for r in half) / max(len(half), 1)
        if not 0.15 <= share <= 0.25:
            err(f"{name}: decline share {share:.0%}")
    for r in rows:
        fam_declines = r["family"].startswith("decline")
        if fam_declines != r["decline"]:
            err(f"{r['id']}: decline flag {r['decline']} does not match family {r['family']}")

    # 5. label sizes and formats
    for r in rows:
        c, x = r["answer_contains"], r["answer_excludes"]
        if r["decline"]:
            if c:
                err(f"{r['id']}: decline with answer_contains {c}")
        elif not 1 <= len(c) <= 6:
            err(f"{r['id']}: {len(c)} answer_contains")
        if len(x) > 3:
            err(f"{r['id']}: {len(x)} answer_excludes")
        for s in c + x:
            if not isinstance(s, str) or not s.strip():
                err(f"{r['id']}: empty or non-string label {s!r}")
            elif re.fullmatch(r"[\d,.\-]+", s) and not (NUMBER.match(s) or DATE.match(s)):
                err(f"{r['id']}: badly formatted figure {s!r}")
        for e in x:
            for s in c:
                if e.lower() in s.lower() or s.lower() in e.lower():
                    err(f"{r['id']}: exclude {e!r} overlaps contain {s!r}")
            if NUMBER.match(e) and len(e.replace(",", "")) < 2:
                err(f"{r['id']}: single-digit exclude {e!r} is too weak")

    # 6. users, roles and first-person wording
    roles = dict(con.execute("SELECT email, role FROM users").fetchall())
    by_q = {it["question"]: it for it in items}
    for r in rows:
        role = roles.get(r["user"])
        if role is None:
            err(f"{r['id']}: unknown user {r['user']}")
            continue
        it = by_q.get(r["question"])
        if it is None:
            err(f"{r['id']}: question not in the build's item list")
            continue
        first = bool(FIRST_PERSON.search(r["question"]))
        if first and role != "rep":
            err(f"{r['id']}: first-person question from a {role}")
        if it["scope"] == "mine" and not (first and role == "rep"):
            err(f"{r['id']}: 'mine' item must be a rep's first-person question")
        if it["scope"] == "team" and first:
            err(f"{r['id']}: team-scope item uses an owner word")
    if not any(roles.get(r["user"]) == "reviewer" for r in rows) or not any(
            roles.get(r["user"]) == "admin" for r in rows):
        err("the reviewer and the admin should both ask questions")

    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print(" -", e)
        return 1
    print(f"OK: {len(dev)} dev + {len(test)} test items, {len(fam_dev)} families, "
          f"{sum(r['decline'] for r in rows)} declines; labels re-derived from SQL and stable under +-3 h")
    return 0


if __name__ == "__main__":
    sys.exit(main())
