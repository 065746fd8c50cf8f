"""Validate question set 12: re-run every SQL, check robustness, ties, guards and file shape.

Run:  python tests/corpus/validate_questions12.py      (exit 0 only when every check passes)
The repo is found via AUTOCRM_ROOT or this file's location. Only core.store / data.demo are used (through the builder).
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.dont_write_bytecode = True  # leave no __pycache__ beside the corpus files
HERE = Path(__file__).resolve().parent
ROOT = Path(os.environ.get("AUTOCRM_ROOT") or HERE.parent.parent).resolve()
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SHIFTS = (dt.timedelta(hours=-3), dt.timedelta(0), dt.timedelta(hours=3))
SHIFT_LABELS = {-3: "-3h", 0: "0", 3: "+3h"}
NUMBER = re.compile(r"^-?\d{1,3}(,\d{3})*(\.\d+)?$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FIRST_PERSON = re.compile(r"\b(my|me|mine|i|i'm|im|we've)\b")
REPS = {"alex@autocrm.local", "priya@autocrm.local", "sam@autocrm.local"}
NON_REPS = {"riley@autocrm.local", "jordan@autocrm.local"}
KEYS = {"id", "question", "user", "family", "answer_contains", "answer_excludes", "decline", "note"}


def load_builder():
    spec = importlib.util.spec_from_file_location("build_questions12", HERE / "build_questions12.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def shifted(bounds: dict, deltas: tuple) -> dict:
    out = {}
    for (k, v), d in zip(sorted(bounds.items()), deltas):
        out[k] = (dt.datetime.fromisoformat(v) + d).strftime("%Y-%m-%d %H:%M:%S")
    return out


def shift_combos(bounds: dict):
    """Every boundary moved independently by -3h / 0 / +3h (3^k combinations)."""
    for deltas in itertools.product(SHIFTS, repeat=len(bounds)):
        yield deltas, shifted(bounds, deltas)


def main() -> int:
    b = load_builder()
    store = b.make_store()
    errors: list[str] = []

    def err(qid: str, msg: str) -> None:
        errors.append(f"{qid}: {msg}")

    # ---- files vs. a fresh build -----------------------------------------------------------------------------
    files = {}
    for name, path in (("dev", b.DEV_FILE), ("test", b.TEST_FILE)):
        if not path.exists():
            print(f"missing {path}")
            return 1
        files[name] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    dev_rows, test_rows = b.build(store)
    if files["dev"] != dev_rows or files["test"] != test_rows:
        for got, want in zip(files["dev"] + files["test"], dev_rows + test_rows):
            if got != want:
                err(got.get("id", "?"), f"file differs from a fresh build: {got} != {want}")
        if len(files["dev"]) + len(files["test"]) != len(dev_rows) + len(test_rows):
            errors.append("file row count differs from a fresh build")

    rows = files["dev"] + files["test"]
    if len(files["dev"]) != 60 or len(files["test"]) != 60:
        errors.append(f"need 60 dev + 60 test, got {len(files['dev'])} + {len(files['test'])}")
    ids = [r["id"] for r in rows]
    if ids != [f"q12-{i:03d}" for i in range(1, len(rows) + 1)]:
        errors.append("ids are not q12-001.. in order (dev first, then test)")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if len({r["question"] for r in rows}) != len(rows):
        errors.append("duplicate question texts")

    # ---- dev/test alternate within each family ----------------------------------------------------------------
    split_of = {r["question"]: "dev" for r in files["dev"]} | {r["question"]: "test" for r in files["test"]}
    seq = defaultdict(list)
    for it in b.ITEMS:
        seq[it["family"]].append(split_of.get(it["question"]))
    for fam, s in seq.items():
        want = ["dev" if i % 2 == 0 else "test" for i in range(len(s))]
        if s != want:
            errors.append(f"family {fam}: dev/test do not alternate: {s}")
    declines = sum(1 for r in rows if r["decline"])
    if not 16 <= declines <= 20:
        errors.append(f"about 18 declines wanted, got {declines}")

    # ---- per item --------------------------------------------------------------------------------------------
    items = {it["question"]: it for it in b.ITEMS}
    for r in rows:
        qid = r["id"]
        it = items.get(r["question"])
        if it is None:
            err(qid, "question not found in builder ITEMS")
            continue
        if set(r) != KEYS:
            err(qid, f"keys {sorted(r)}")
        if r["user"] not in REPS | NON_REPS:
            err(qid, f"unknown user {r['user']}")
        if r["user"] in NON_REPS and FIRST_PERSON.search(r["question"].lower()):
            err(qid, "reviewer/admin asks in the first person, but owns nothing")
        contains, excludes = r["answer_contains"], r["answer_excludes"]

        # labels: shape
        for lab in contains + excludes:
            if not isinstance(lab, str) or not lab.strip() or lab in ("None", "NULL", "nan"):
                err(qid, f"bad label {lab!r}")
            elif lab.startswith("$") or lab.startswith("USD"):
                err(qid, f"currency symbol in label {lab!r}")
            elif lab == b.TODAY.isoformat():
                err(qid, f"label is today's date {lab}")
            elif re.fullmatch(r"-?\d+(\.\d+)?", lab) and len(lab) > 3:
                err(qid, f"number without thousands separators {lab!r}")
        for lab in excludes:
            if len(lab) < 2:
                err(qid, f"exclude label {lab!r} is too short to test")
            for c in contains:
                if lab in c:
                    err(qid, f"exclude {lab!r} is a substring of contains {c!r}")
        if len(set(contains)) != len(contains):
            err(qid, "duplicate contains labels")

        if r["decline"]:
            if contains:
                err(qid, "a decline has contains labels")
            if not it["absent"]:
                err(qid, "a decline without absent SQL")
            for sql in it["absent"]:
                got = b.run(store, sql)
                if got:
                    err(qid, f"absent SQL returned rows: {got[:3]}")
            continue

        if not contains:
            err(qid, "no contains labels")
        if len(contains) > 6:
            err(qid, f"{len(contains)} contains labels (max 6)")
        if not it["sql"]:
            err(qid, "no SQL")
            continue

        # every SQL re-run: no NULL cells, timestamps whose date moves under +-3h are refused
        for sql in ([it["sql"]] if isinstance(it["sql"], str) else it["sql"]) + (
                [it["excl_sql"]] if isinstance(it["excl_sql"], str) else (it["excl_sql"] or [])):
            for v in b.cells(b.run(store, sql, it["bounds"])):
                if v is None:
                    err(qid, f"NULL cell in {sql[:80]}")
                if isinstance(v, dt.datetime):
                    if any((v + d).date() != v.date() for d in SHIFTS):
                        err(qid, f"timestamp {v} is within 3h of midnight: its date is zone-sensitive")
                    if v.date() == b.TODAY:
                        err(qid, f"timestamp {v} is on today")

        # boundaries moved by -3h / 0 / +3h must give identical labels
        if it["bounds"]:
            base_c = b.labels(store, it["sql"], it["bounds"])
            base_x = b.labels(store, it["excl_sql"], it["bounds"])
            for deltas, bounds in shift_combos(it["bounds"]):
                if b.labels(store, it["sql"], bounds) != base_c:
                    err(qid, f"contains labels change with boundaries {bounds}")
                if b.labels(store, it["excl_sql"], bounds) != base_x:
                    err(qid, f"exclude labels change with boundaries {bounds}")
        # other readings (Sunday-start week, midnight cut, rest-of-week) must give identical labels
        for alt in it["alts"]:
            sql = alt.get("sql", it["sql"])
            bnd = alt.get("bounds", it["bounds"])
            combos = list(shift_combos(bnd)) if bnd else [((), {})]
            for _, bounds in combos:
                if b.labels(store, sql, bounds) != contains:
                    err(qid, f"alternative reading {alt} (boundaries {bounds}) gives other labels")

        # ranking cut must not tie
        if it["tie"]:
            sql, n = it["tie"]
            combos = list(shift_combos(it["bounds"])) if it["bounds"] else [((), {})]
            for _, bounds in combos:
                vals = [row[0] for row in b.run(store, sql, bounds)]
                if len(vals) < n:
                    err(qid, f"ranking has {len(vals)} rows, fewer than {n}")
                elif len(vals) > n and vals[n - 1] == vals[n]:
                    err(qid, f"tie at the cut: #{n} and #{n + 1} are both {vals[n]}")
                if n > 1 and len(set(vals[:n])) != n:
                    err(qid, f"tie inside the top {n}: {vals[:n]}")
        # records exactly on a threshold / on today
        for sql in it["guards"]:
            got = b.run(store, sql, it["bounds"])
            if got:
                err(qid, f"guard returned rows (record on a threshold or on today): {got[:3]}")

    fam = Counter((r["family"], "dev" if r in files["dev"] else "test") for r in rows)
    print("family                  dev  test")
    for f in sorted({r["family"] for r in rows}):
        print(f"{f:22s} {fam[(f, 'dev')]:4d} {fam[(f, 'test')]:5d}")
    print(f"total                  {len(files['dev']):4d} {len(files['test']):5d}   declines: {declines}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
