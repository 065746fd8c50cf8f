"""Validate the fifteenth chat-question set against a freshly built demo world.

Run from the repository root:  .venv/bin/python tests/corpus/validate_questions15.py
Exits 0 only if every check passes:
  - line format, id ranges (dev q15-001..060, test q15-061..120), unique ids and unique questions;
  - every label equals what the item's SQL returns on a fresh demo world (answer_contains from `sql`,
    answer_excludes = the hand-written excludes + what `excl_sql` returns), and every `checks` SQL is true;
  - the same labels come out when every timestamp (activities.occurred_at, created_at / completed_at of
    companies, contacts, deals, tasks) is shifted by +3 h and by -3 h;
  - 1-6 answer_contains for answers, none for declines; 0-3 excludes; no exclude overlapping a contained cell;
  - families: at least 18, each with the same count in dev and test; declines about 20 %, equal per half;
  - first-person wording (I, me, my, ...) only from reps.
"""
from __future__ import annotations

import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_questions15 as B  # noqa: E402

KEYS = ["id", "question", "user", "family", "answer_contains", "answer_excludes", "decline", "note"]
FIRST_PERSON = re.compile(r"\b(i|me|my|mine|myself|i'm|im|i've|ive|i'd|i'll)\b", re.I)
SHIFTED = [("activities", "occurred_at"), ("tasks", "created_at"), ("tasks", "completed_at"),
           ("deals", "created_at"), ("contacts", "created_at"), ("companies", "created_at")]


def load():
    out = {}
    for half in ("dev", "test"):
        path = HERE / f"questions15_{half}.jsonl"
        out[half] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def shift(con, hours):
    for table, col in SHIFTED:
        con.execute(f"UPDATE {table} SET {col} = {col} + INTERVAL ({hours}) HOUR")


def main() -> int:
    errors: list[str] = []
    err = errors.append
    data = load()
    items = {qid: (half, item) for qid, half, item in B.ordered_items()}

    # ---- format, ids, uniqueness
    seen_q = set()
    for half, lo, hi in (("dev", 1, 60), ("test", 61, 120)):
        ids = [r.get("id") for r in data[half]]
        want = [f"q15-{n:03d}" for n in range(lo, hi + 1)]
        if ids != want:
            err(f"{half}: ids are not exactly {want[0]}..{want[-1]} in order")
        for r in data[half]:
            if list(r) != KEYS:
                err(f"{r.get('id')}: keys {list(r)} != {KEYS}")
            norm = re.sub(r"\W+", " ", r["question"].lower()).strip()
            if norm in seen_q:
                err(f"{r['id']}: duplicate question {r['question']!r}")
            seen_q.add(norm)
            if r["id"] not in items or items[r["id"]][0] != half:
                err(f"{r['id']}: not in the builder's {half} half")

    # ---- labels from SQL, stable under ±3 h
    store = B.build_world()
    con = store.con
    emails = {e for (e,) in con.execute("SELECT email FROM users").fetchall()}
    reps = {e for (e,) in con.execute("SELECT email FROM users WHERE role = 'rep'").fetchall()}

    def run_all(tag):
        out = {}
        for qid, (_, item) in items.items():
            try:
                out[qid] = B.labels(con, item)
                for chk in item["checks"]:
                    val = con.execute(chk).fetchone()
                    if not (val and val[0] is True):
                        err(f"{qid} [{tag}]: check failed: {chk}")
            except Exception as exc:  # noqa: BLE001
                err(f"{qid} [{tag}]: SQL error {exc}")
                out[qid] = None
        return out

    base = run_all("base")
    shift(con, 3)
    plus = run_all("+3h")
    shift(con, -6)
    minus = run_all("-3h")
    shift(con, 3)
    for qid in items:
        if not (base[qid] == plus[qid] == minus[qid]):
            err(f"{qid}: labels move with a ±3 h shift: {base[qid]} / +3h {plus[qid]} / -3h {minus[qid]}")

    recs = {r["id"]: r for half in data for r in data[half]}
    for qid, (half, item) in items.items():
        r = recs.get(qid)
        if r is None:
            err(f"{qid}: missing from questions15_{half}.jsonl")
            continue
        if base[qid] is not None:
            contains, excludes = base[qid]
            if r["answer_contains"] != contains:
                err(f"{qid}: answer_contains {r['answer_contains']} != SQL {contains}")
            if r["answer_excludes"] != excludes:
                err(f"{qid}: answer_excludes {r['answer_excludes']} != {excludes}")
        for k, v in (("question", item["question"]), ("user", item["user"]), ("family", item["family"]),
                     ("decline", item["decline"]), ("note", item["note"])):
            if r[k] != v:
                err(f"{qid}: {k} differs from the builder")
        # shape
        n = len(r["answer_contains"])
        if r["decline"]:
            if n:
                err(f"{qid}: a decline with answer_contains")
        elif not 1 <= n <= 6:
            err(f"{qid}: {n} answer_contains (want 1-6)")
        if len(r["answer_excludes"]) > 3:
            err(f"{qid}: more than 3 excludes")
        for x in r["answer_excludes"]:
            for c in r["answer_contains"]:
                if x.lower() in c.lower() or c.lower() in x.lower():
                    err(f"{qid}: exclude {x!r} overlaps contained {c!r}")
        for c in r["answer_contains"] + r["answer_excludes"]:
            if not isinstance(c, str) or not c:
                err(f"{qid}: empty or non-string label")
        if r["user"] not in emails:
            err(f"{qid}: unknown user {r['user']}")
        if r["user"] not in reps and FIRST_PERSON.search(r["question"]):
            err(f"{qid}: first-person question from a non-rep ({r['user']})")
        if not isinstance(r["decline"], bool):
            err(f"{qid}: decline not a bool")

    # ---- family balance and decline share
    fams = {}
    for half in data:
        for r in data[half]:
            fams.setdefault(r["family"], {"dev": 0, "test": 0})[half] += 1
    if len(fams) < 18:
        err(f"only {len(fams)} families")
    for fam, c in fams.items():
        if c["dev"] != c["test"]:
            err(f"family {fam} unbalanced: {c}")
    dec = {half: sum(r["decline"] for r in data[half]) for half in data}
    if dec["dev"] != dec["test"]:
        err(f"declines per half differ: {dec}")
    share = (dec["dev"] + dec["test"]) / 120
    if not 0.15 <= share <= 0.25:
        err(f"decline share {share:.0%} not about 20%")

    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} problem(s)")
        return 1
    mix = ", ".join(f"{k} {v['dev']}+{v['test']}" for k, v in fams.items())
    print(f"OK: 120 questions, {len(fams)} families ({mix}), "
          f"declines {dec['dev']}+{dec['test']}, labels stable under ±3 h")
    return 0


if __name__ == "__main__":
    sys.exit(main())
