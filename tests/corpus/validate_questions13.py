"""Validate questions13_dev.jsonl / questions13_test.jsonl against a freshly generated demo world.

Re-runs every item's SQL (from build_questions13.py) and checks:
  * the stored labels equal the SQL results (contains and excludes), at most 6 contains labels;
  * robustness: every timestamp boundary moved by -3 h / 0 / +3 h (all combinations, independently) and,
    for week windows, the same again with a Sunday-start week, leaves the contains labels unchanged;
    excludes never appear among the contains labels in any variant;
  * rankings have no tie at the cut-off (in every variant);
  * excludes: >= 2 characters, not a contains label, no substring relation either way;
  * declines: no labels, >= 1 absent SQL, and every absent SQL returns no rows (non-declines' extra
    absent SQLs too);
  * users exist; first-person wording only from users who own something (reps);
  * ids unique and contiguous (q13-001..q13-120), exactly 60 per half, families balanced across halves,
    at least 12 declines with some in each half.
Exit 0 only if everything passes.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("build_questions13", HERE / "build_questions13.py")
B = importlib.util.module_from_spec(spec)
spec.loader.exec_module(B)

KEYS = {"id", "question", "user", "family", "answer_contains", "answer_excludes", "decline", "note"}
FIRST_PERSON = re.compile(r"\b(i|i'm|im|i've|ive|i'd|me|my|mine|myself)\b", re.I)


def variants(names: list[str]) -> list[dict[str, object]]:
    """All boundary placements to test for an item that uses the given parameters."""
    ts = [n for n in names if B.PARAMS[n][0] == B.TS]
    weeks = [n for n in names if B.PARAMS[n][2]]
    bases: list[dict[str, object]] = [{}]
    if weeks:
        bases.append({n: B.PARAMS[n][1] + B.SUNDAY_SHIFT for n in weeks})
    out = []
    for base in bases:
        for shifts in itertools.product(B.HOUR_SHIFTS, repeat=len(ts)):
            v = dict(base)
            for n, sh in zip(ts, shifts):
                v[n] = v.get(n, B.PARAMS[n][1]) + sh
            out.append(v)
    return out


def describe(v: dict) -> str:
    return ", ".join(f"{k}={val}" for k, val in sorted(v.items())) or "base"


def main() -> int:
    errors: list[str] = []

    def err(msg: str) -> None:
        errors.append(msg)

    _, con = B.make_world()
    users = {e: (uid, role) for uid, e, role in con.execute("SELECT id, email, role FROM users").fetchall()}
    owns = {}
    for e, (uid, _) in users.items():
        owns[e] = con.execute(
            "SELECT (SELECT count(*) FROM deals WHERE owner_id = $1 AND deleted_at IS NULL)"
            " + (SELECT count(*) FROM tasks WHERE owner_id = $1 AND deleted_at IS NULL)"
            " + (SELECT count(*) FROM companies WHERE owner_id = $1 AND deleted_at IS NULL)"
            " + (SELECT count(*) FROM activities WHERE author_id = $1 AND deleted_at IS NULL)", [uid]).fetchone()[0]

    halves = {}
    for half in ("dev", "test"):
        path = HERE / f"questions13_{half}.jsonl"
        if not path.exists():
            err(f"missing {path}")
            continue
        with open(path, encoding="utf-8") as f:
            halves[half] = [json.loads(line) for line in f if line.strip()]
    if errors:
        print("\n".join(errors))
        return 1

    # ---- ids, counts, halves
    for half, recs in halves.items():
        if len(recs) != 60:
            err(f"{half}: {len(recs)} records, expected 60")
    recs = halves["dev"] + halves["test"]
    ids = [r.get("id") for r in recs]
    if ids != [f"q13-{i:03d}" for i in range(1, 121)]:
        err("ids are not q13-001..q13-120 in order (dev 001-060, test 061-120)")
    if len(set(ids)) != len(ids):
        err("duplicate ids")

    items = {x["id"]: x for x in B.all_items()}
    if set(items) != set(ids):
        err("builder items and files disagree on ids")

    fam_half = Counter()
    declines = Counter()
    for half, rs in halves.items():
        for r in rs:
            fam_half[(r.get("family"), half)] += 1
            if r.get("decline"):
                declines[half] += 1
    for fam in {f for f, _ in fam_half}:
        d, t = fam_half[(fam, "dev")], fam_half[(fam, "test")]
        if abs(d - t) > 1:
            err(f"family {fam} unbalanced: dev {d}, test {t}")
    if sum(declines.values()) < 12 or not declines["dev"] or not declines["test"]:
        err(f"declines: {dict(declines)} (need >= 12, some in each half)")

    n_checks = 0
    for r in recs:
        rid = r.get("id")
        if set(r) != KEYS:
            err(f"{rid}: keys {sorted(r)}")
            continue
        item = items.get(rid)
        if item is None:
            continue
        if (r["question"], r["user"], r["family"], r["note"]) != (item["q"], item["user"], item["fam"], item["note"]):
            err(f"{rid}: record does not match the builder item")
        if not r["family"] or not r["question"]:
            err(f"{rid}: empty family/question")

        # ---- user and first person
        if r["user"] not in users:
            err(f"{rid}: unknown user {r['user']}")
        else:
            _, role = users[r["user"]]
            if FIRST_PERSON.search(r["question"]) and (owns[r["user"]] == 0 or role != "rep"):
                err(f"{rid}: first-person question from {r['user']} ({role}), who owns nothing")

        # ---- absent SQLs (declines, and extra checks on other items)
        for s in item["absent"]:
            n_checks += 1
            rows = con.execute(B.render(s)).fetchall()
            if rows:
                err(f"{rid}: absent SQL returned {rows[:3]}: {s}")

        contains, excludes = r["answer_contains"], r["answer_excludes"]
        if r["decline"]:
            if contains or excludes:
                err(f"{rid}: decline with labels")
            if not item["absent"]:
                err(f"{rid}: decline without absent SQL")
            if item["sql"] or item["ex"]:
                err(f"{rid}: decline with label SQL")
            continue
        if not item["sql"]:
            err(f"{rid}: non-decline without SQL")
            continue

        # ---- label shape
        if not contains or len(contains) > 6:
            err(f"{rid}: {len(contains)} contains labels (need 1..6)")
        if len(set(contains)) != len(contains):
            err(f"{rid}: duplicate contains labels")
        for x in excludes:
            if len(x) < 2:
                err(f"{rid}: exclude {x!r} shorter than 2 characters")
            for c in contains:
                if x == c or x in c or c in x:
                    err(f"{rid}: exclude {x!r} and contains {c!r} overlap")

        # ---- labels from SQL, base and every boundary variant
        try:
            base = B.labels_of(con, item["sql"])
            base_ex = B.labels_of(con, item["ex"])
        except Exception as e:  # noqa: BLE001 - report and go on
            err(f"{rid}: SQL failed: {e}")
            continue
        if base != contains:
            err(f"{rid}: contains {contains} but SQL gives {base}")
        if base_ex != excludes:
            err(f"{rid}: excludes {excludes} but SQL gives {base_ex}")
        rank_sqls = [item["rank"]["sql"]] if item["rank"] else []
        names = B.params_in(item["sql"] + item["ex"] + rank_sqls)
        for v in variants(names):
            n_checks += 1
            try:
                got = B.labels_of(con, item["sql"], v)
                got_ex = B.labels_of(con, item["ex"], v)
            except Exception as e:  # noqa: BLE001
                err(f"{rid}: SQL failed under [{describe(v)}]: {e}")
                continue
            if got != contains:
                err(f"{rid}: labels change under [{describe(v)}]: {got} vs {contains}")
            bad = [x for x in got_ex if x in got]
            if bad:
                err(f"{rid}: excludes {bad} appear among contains under [{describe(v)}]")
            if item["rank"]:
                vals = [row[0] for row in con.execute(B.render(item["rank"]["sql"], v)).fetchall()]
                k = item["rank"]["k"]
                if len(vals) < k:
                    err(f"{rid}: ranking has fewer than {k} rows under [{describe(v)}]")
                elif len(vals) > k and vals[k - 1] == vals[k]:
                    err(f"{rid}: tie at the ranking cut-off ({vals[k - 1]}) under [{describe(v)}]")

    fams = Counter(r["family"] for r in recs)
    print(f"checked {len(recs)} records, {n_checks} SQL variants; families: {dict(sorted(fams.items()))}; "
          f"declines: {dict(declines)}")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
