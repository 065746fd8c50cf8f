"""Validate the sixteenth chat-question set (questions16_dev.jsonl / questions16_test.jsonl).

    .venv/bin/python tests/corpus/validate_questions16.py

Checks, on a fresh demo world (today 2026-11-18):
  * every label equals what its SQL returns (build_questions16.py keeps the SQL next to each item);
  * labels do not change when activities.occurred_at, created_at of companies/contacts/deals/tasks and
    tasks.completed_at move by +3 h and by -3 h;
  * the written files equal what the build produces, line format and types, id ranges per half;
  * questions unique after normalising case and punctuation;
  * each family has as many items in dev as in test (and about 20 families);
  * decline share about 20 % and equal per half;
  * first-person wording only from reps; amounts written with thousands separators.
Exits 0 only if everything passes.
"""
from __future__ import annotations

import collections
import importlib.util
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

spec = importlib.util.spec_from_file_location("build_questions16", HERE / "build_questions16.py")
B = importlib.util.module_from_spec(spec)
spec.loader.exec_module(B)

KEYS = ["id", "question", "user", "family", "answer_contains", "answer_excludes", "decline", "note"]
FIRST_PERSON = re.compile(r"\b(i|i'm|im|i've|ive|i'd|i'll|me|my|mine|myself)\b", re.I)


def norm(q: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", q.lower()).split())


def main() -> int:
    errors: list[str] = []
    rows = B.items()

    # 1. labels against SQL, unshifted and shifted
    for shift in (0.0, 3.0, -3.0):
        store = B.build_world(shift)
        for p in B.check_labels(store.con, rows):
            errors.append(f"[shift {shift:+.0f}h] {p}")
        if shift == 0.0:
            users = {r[0] for r in store.con.execute("SELECT email FROM users").fetchall()}
            reps = {r[0] for r in store.con.execute("SELECT email FROM users WHERE role = 'rep'").fetchall()}

    # 2. files equal the build, line format
    halves = {"dev": (B.DEV_FILE, range(1, 61)), "test": (B.TEST_FILE, range(61, 121))}
    written: dict[str, list[dict]] = {}
    for half, (path, id_range) in halves.items():
        if not path.exists():
            errors.append(f"missing {path.name}")
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        objs = []
        for i, line in enumerate(lines, start=1):
            try:
                objs.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"{path.name}:{i}: bad JSON ({e})")
        written[half] = objs
        ids = [o.get("id") for o in objs]
        want_ids = [f"q16-{n:03d}" for n in id_range]
        if ids != want_ids:
            errors.append(f"{path.name}: ids {ids[:3]}...{ids[-3:]} != {want_ids[0]}..{want_ids[-1]}")
        expected = [B.record(it) for it in rows if it["half"] == half]
        if objs != expected:
            errors.append(f"{path.name}: differs from what build_questions16.py produces (re-run the build)")

    all_objs = written.get("dev", []) + written.get("test", [])
    seen: dict[str, str] = {}
    for o in all_objs:
        oid = o.get("id", "?")
        if list(o.keys()) != KEYS:
            errors.append(f"{oid}: keys {list(o.keys())} != {KEYS}")
            continue
        if not isinstance(o["question"], str) or not o["question"].strip():
            errors.append(f"{oid}: empty question")
        if o["user"] not in users:
            errors.append(f"{oid}: user {o['user']} is not a demo user")
        if not isinstance(o["decline"], bool):
            errors.append(f"{oid}: decline must be bool")
        ac, ax = o["answer_contains"], o["answer_excludes"]
        if not (isinstance(ac, list) and all(isinstance(s, str) and s for s in ac)):
            errors.append(f"{oid}: answer_contains must be a list of non-empty strings")
        if not (isinstance(ax, list) and all(isinstance(s, str) and s for s in ax)):
            errors.append(f"{oid}: answer_excludes must be a list of non-empty strings")
        if o["decline"] and ac:
            errors.append(f"{oid}: a decline has answer_contains")
        if not o["decline"] and not 1 <= len(ac) <= 6:
            errors.append(f"{oid}: answer_contains has {len(ac)} strings (1-6)")
        if len(ax) > 3:
            errors.append(f"{oid}: answer_excludes has {len(ax)} strings (0-3)")
        for x in ax:
            for c in ac:
                if x.lower() in c.lower() or c.lower() in x.lower():
                    errors.append(f"{oid}: exclude {x!r} overlaps contained {c!r}")
        for s in ac + ax:
            if re.fullmatch(r"\d{4,}", s):
                errors.append(f"{oid}: {s!r} lacks thousands separators")
        if not isinstance(o["note"], str) or not o["note"].strip():
            errors.append(f"{oid}: empty note")
        if FIRST_PERSON.search(o["question"]) and o["user"] not in reps:
            errors.append(f"{oid}: first-person wording from non-rep {o['user']}")
        n = norm(o["question"])
        if n in seen:
            errors.append(f"{oid}: duplicate of {seen[n]} after normalising")
        seen[n] = oid

    # 3. balance
    fam = collections.Counter((o["family"], o["id"] <= "q16-060") for o in all_objs if "family" in o)
    families = sorted({f for f, _ in fam})
    for f in families:
        if fam[(f, True)] != fam[(f, False)]:
            errors.append(f"family {f}: dev {fam[(f, True)]} vs test {fam[(f, False)]}")
    if not 16 <= len(families) <= 24:
        errors.append(f"{len(families)} families (want about 20)")
    dec = {h: sum(o["decline"] for o in written.get(h, [])) for h in ("dev", "test")}
    if dec["dev"] != dec["test"]:
        errors.append(f"declines per half differ: {dec}")
    total = len(all_objs)
    share = (dec["dev"] + dec["test"]) / total if total else 0
    if not 0.17 <= share <= 0.23:
        errors.append(f"decline share {share:.0%} (want about 20%)")
    if total != 120:
        errors.append(f"{total} items, want 120")

    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    print(f"OK: {total} items, {len(families)} families, declines dev {dec['dev']} / test {dec['test']} "
          f"({share:.0%}); labels stable under +/-3 h")
    return 0


if __name__ == "__main__":
    sys.exit(main())
