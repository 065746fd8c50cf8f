"""Validate the tenth question set (questions10_dev.jsonl / questions10_test.jsonl) against the demo world.

    AUTOCRM_ROOT=/work/main .venv/bin/python tests/corpus/validate_questions10.py

Re-runs every item's SQL from build_questions10.ITEMS, compares the labels with the jsonl files and checks the
set-level rules. Prints every problem and exits 0 only when there are none.
"""
from __future__ import annotations

import collections
import datetime as dt
import importlib.util
import json
import random
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("build_questions10", HERE / "build_questions10.py")
B = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(B)

FIELDS = ["id", "user", "text", "family", "answer_contains", "answer_excludes", "decline", "note"]
N_TOTAL, N_DEV, N_TEST, N_DECLINE = 120, 60, 60, 18
ANSWER_FAMILIES = {"pipeline", "deal_fields", "account_activity", "contacts", "tasks", "won_lost", "rankings",
                   "comparisons", "grouped_totals", "counts", "yes_no"}
FAMILY_SIZE = (8, 11)  # each answerable family holds about 10 items
TWO_PART = (13, 19)  # about 15 two-part questions
PER_USER = 24
RAW_TABLE = re.compile(r"\b(users|companies|contacts|deals|activities|tasks)\b", re.I)
FIRST_PERSON = re.compile(r"\b(i|me|my|mine|myself|i'm|i've|i'd|im|ive)\b", re.I)
NUMBER = re.compile(r"^\d{1,3}(,\d{3})*$|^\d+$")
DATE_LIKE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}")

problems: list[str] = []


def bad(where: str, msg: str) -> None:
    problems.append(f"{where}: {msg}")


def matches(label: str, text: str) -> bool:
    """How the scorer reads a label: numbers only as whole numbers (not inside 429,000 or a date), else substring."""
    if NUMBER.match(label):
        pat = r"(?<![\d.,])(?<!\d-)" + re.escape(label) + r"(?!\d|[.,]\d|-\d)"
        return re.search(pat, text) is not None
    return label.lower() in text.lower()


def check_label(where: str, label) -> None:
    if not isinstance(label, str) or not label.strip() or label != label.strip():
        bad(where, f"label must be a non-empty trimmed string: {label!r}")
        return
    if "$" in label:
        bad(where, f"currency symbol in label {label!r}")
    if re.fullmatch(r"\d+", label) and int(label) >= 1000:
        bad(where, f"number without thousands separators: {label!r}")
    if re.fullmatch(r"[\d,]+", label) and not NUMBER.match(label):
        bad(where, f"malformed thousands separators: {label!r}")
    if re.fullmatch(r"\d+\.\d+", label):
        bad(where, f"decimal label {label!r}: round it")
    for d in DATE_LIKE.findall(label):
        try:
            dt.date.fromisoformat(d)
        except ValueError:
            bad(where, f"date not written as YYYY-MM-DD: {label!r}")


def expected_split(recs: list[dict]) -> tuple[set[str], set[str]]:
    """Independent re-implementation of the stratified split."""
    rng = random.Random(20271204)
    recs = sorted(recs, key=lambda r: r["id"])  # ITEMS order
    dev, test, to_dev = set(), set(), True
    for fam in sorted({r["family"] for r in recs}):
        group = [r for r in recs if r["family"] == fam]
        rng.shuffle(group)
        half = len(group) // 2
        if len(group) % 2:
            half += 1 if to_dev else 0
            to_dev = not to_dev
        dev |= {r["id"] for r in group[:half]}
        test |= {r["id"] for r in group[half:]}
    return dev, test


def load(path: Path) -> list[dict]:
    if not path.exists():
        bad(path.name, "missing")
        return []
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            bad(f"{path.name}:{n}", f"not JSON ({exc})")
            continue
        if list(rec) != FIELDS:
            bad(f"{path.name}:{n}", f"fields {list(rec)} != {FIELDS}")
        out.append(rec)
    return out


def run_labels(store, where: str, queries: list[str], kind: str) -> list[str] | None:
    out: list[str] = []
    for sql in queries:
        try:
            rows = B.rows(store, sql)
        except Exception as exc:  # noqa: BLE001
            bad(where, f"{kind} SQL failed: {exc}: {sql}")
            return None
        if not rows:
            bad(where, f"{kind} SQL returned no rows: {sql}")
            return None
        for row in rows:
            for v in row:
                try:
                    out.append(B.fmt(v))
                except (TypeError, ValueError) as exc:
                    bad(where, f"{kind} SQL gave an unusable cell ({exc}): {sql}")
                    return None
    return out


def main() -> int:
    dev = load(B.DEV_FILE)
    test = load(B.TEST_FILE)
    recs = dev + test
    store = B.world()

    # ---- counts, ids, split
    if len(dev) != N_DEV or len(test) != N_TEST:
        bad("split", f"dev/test sizes {len(dev)}/{len(test)}, want {N_DEV}/{N_TEST}")
    if len(B.ITEMS) != N_TOTAL:
        bad("ITEMS", f"{len(B.ITEMS)} items, want {N_TOTAL}")
    ids = [r.get("id") for r in recs]
    want_ids = [f"{B.PREFIX}-{n:03d}" for n in range(1, N_TOTAL + 1)]
    if sorted(ids) != want_ids:
        bad("ids", "ids are not exactly q10-001..q10-120 once each")
    for name, part in (("dev", dev), ("test", test)):
        if [r["id"] for r in part] != sorted(r["id"] for r in part):
            bad(name, "records not in id order")
    exp_dev, exp_test = expected_split(recs)
    if {r["id"] for r in dev} != exp_dev or {r["id"] for r in test} != exp_test:
        bad("split", "dev/test membership differs from the seeded stratified split")
    fam_split = collections.defaultdict(lambda: [0, 0])
    for r in dev:
        fam_split[r["family"]][0] += 1
    for r in test:
        fam_split[r["family"]][1] += 1
    for fam, (d, t) in fam_split.items():
        if abs(d - t) > 1:
            bad("split", f"family {fam} split {d}/{t}")

    # ---- families, declines, two-part, users
    fams = collections.Counter(r["family"] for r in recs)
    if set(fams) != ANSWER_FAMILIES | {"decline"}:
        bad("families", f"unexpected family set {sorted(fams)}")
    for fam in ANSWER_FAMILIES:
        if not FAMILY_SIZE[0] <= fams.get(fam, 0) <= FAMILY_SIZE[1]:
            bad("families", f"{fam} has {fams.get(fam, 0)} items")
    if fams.get("decline") != N_DECLINE or sum(r["decline"] for r in recs) != N_DECLINE:
        bad("declines", f"{fams.get('decline')} decline-family items, {sum(r['decline'] for r in recs)} flagged")
    two = sum(1 for i in B.ITEMS if i["parts"] == 2)
    if not TWO_PART[0] <= two <= TWO_PART[1]:
        bad("two-part", f"{two} two-part items")
    users = collections.Counter(r["user"] for r in recs)
    for u in B.USERS:
        if users.get(u) != PER_USER:
            bad("users", f"{u} asks {users.get(u, 0)}, want {PER_USER}")
    if set(users) - set(B.USERS):
        bad("users", f"unknown users {set(users) - set(B.USERS)}")
    texts = collections.Counter(r["text"].strip().lower() for r in recs)
    for t, n in texts.items():
        if n > 1:
            bad("texts", f"duplicate question {t!r}")

    # ---- per item
    by_id = {r["id"]: r for r in recs}
    for n, item in enumerate(B.ITEMS, start=1):
        rid = f"{B.PREFIX}-{n:03d}"
        rec = by_id.get(rid)
        if rec is None:
            continue
        where = rid
        for k in ("user", "text", "family", "note"):
            if rec[k] != item[k]:
                bad(where, f"{k} differs from ITEMS")
            if not isinstance(rec[k], str) or not rec[k].strip():
                bad(where, f"empty {k}")
        if not isinstance(rec["decline"], bool) or rec["decline"] != (item["family"] == "decline"):
            bad(where, "decline flag must be true exactly for the decline family")
        if not isinstance(rec["answer_contains"], list) or not isinstance(rec["answer_excludes"], list):
            bad(where, "answer_contains / answer_excludes must be lists")
            continue

        # SQL hygiene: only the views that drop soft-deleted rows
        for kind in ("contains", "excludes", "truth", "absent"):
            sqls = item[kind] if isinstance(item[kind], list) else ([item[kind]] if item[kind] else [])
            for sql in sqls:
                if RAW_TABLE.search(sql.replace("information_schema.columns", "")
                                   .split("WHERE table_name IN")[0]):
                    bad(where, f"{kind} SQL reads a raw table instead of a v_ view: {sql}")

        contains = run_labels(store, where, item["contains"], "contains")
        excludes = run_labels(store, where, item["excludes"], "excludes")
        if contains is not None and contains != rec["answer_contains"]:
            bad(where, f"answer_contains {rec['answer_contains']} but SQL gives {contains}")
        if excludes is not None and excludes != rec["answer_excludes"]:
            bad(where, f"answer_excludes {rec['answer_excludes']} but SQL gives {excludes}")
        for lab in rec["answer_contains"] + rec["answer_excludes"]:
            check_label(where, lab)
        if len(set(rec["answer_contains"])) != len(rec["answer_contains"]):
            bad(where, "duplicate contains label")
        if set(rec["answer_contains"]) & set(rec["answer_excludes"]):
            bad(where, "a label is both required and excluded")

        if rec["decline"]:
            if rec["answer_contains"]:
                bad(where, "a decline must not require answer strings")
            if not item["absent"]:
                bad(where, "decline without absent SQL")
            else:
                try:
                    found = B.rows(store, item["absent"])
                except Exception as exc:  # noqa: BLE001
                    bad(where, f"absent SQL failed: {exc}")
                else:
                    if found:
                        bad(where, f"absent SQL found rows {found[:3]}: the decline is answerable")
        else:
            if item["absent"]:
                bad(where, "answerable item carries absent SQL")
            if not 1 <= len(rec["answer_contains"]) <= 3:
                bad(where, f"{len(rec['answer_contains'])} contains labels (want 1-3)")

        # no exclude inside the true answer (contains + optional full truth)
        truth_labels: list[str] = []
        if item["truth"]:
            got = run_labels(store, where, [item["truth"]], "truth")
            truth_labels = got or []
            truth_text = " | ".join(truth_labels)
            for lab in rec["answer_contains"]:
                if not matches(lab, truth_text):
                    bad(where, f"contains label {lab!r} is not part of the truth rows")
        answer_text = " | ".join(rec["answer_contains"] + truth_labels)
        for ex in rec["answer_excludes"]:
            if matches(ex, answer_text):
                bad(where, f"exclude {ex!r} appears inside the true answer")

        # user rules
        if FIRST_PERSON.search(rec["text"]) and rec["user"] not in B.REPS:
            bad(where, f"first-person question from a non-rep ({rec['user']})")
        own = B.REPS.get(rec["user"])
        if own and any(re.search(rf"\b{own}\b", lab) for lab in rec["answer_contains"]):
            bad(where, f"{own} is asked a question whose answer is their own name")

    if problems:
        for p in problems:
            print("FAIL", p)
        print(f"{len(problems)} problem(s)")
        return 1
    print(f"OK: {len(recs)} items ({len(dev)} dev / {len(test)} test), {fams.get('decline')} declines, "
          f"{two} two-part, {len(fams)} families, {PER_USER} per user")
    return 0


if __name__ == "__main__":
    sys.exit(main())
