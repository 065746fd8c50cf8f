"""Validate the q9 question set: re-run every item's SQL and check labels, split and set-level rules.

    AUTOCRM_ROOT=/work/main .venv/bin/python tests/corpus/validate_questions9.py

Exits 0 only when every check passes; otherwise prints each failure and exits 1.  The labels are recomputed here
with this file's own formatting and matching code (not the builder's), against the demo world for 2026-11-18.
"""
from __future__ import annotations

import collections
import datetime as dt
import decimal
import importlib.util
import json
import os
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = Path(os.environ.get("AUTOCRM_ROOT") or HERE.parents[1])
sys.path.insert(0, str(ROOT))

TODAY = dt.date(2026, 11, 18)
SEED = 20271203
N_ITEMS, N_HALF, N_DECLINES = 120, 60, 18
USERS = {"alex@autocrm.local": "rep", "priya@autocrm.local": "rep", "sam@autocrm.local": "rep",
         "riley@autocrm.local": "reviewer", "jordan@autocrm.local": "admin"}
FAMILIES = {"pipeline", "deal_fields", "account_history", "contacts", "tasks", "won_lost", "rankings", "comparisons",
            "grouped_totals", "counts", "yes_no", "decline"}
FIELDS = ["id", "user", "text", "family", "answer_contains", "answer_excludes", "decline", "note"]
FIRST_PERSON = re.compile(r"\b(i|me|my|mine|myself|i'm|im|i've|i'd|i'll)\b", re.I)
REFUSAL = re.compile(r"\b(can'?t|cannot|don'?t know|no such|not found|nothing|doesn'?t record)\b", re.I)
CRM_TABLES = ("users", "companies", "contacts", "deals", "activities", "tasks")

failures: list[str] = []


def fail(msg: str) -> None:
    failures.append(msg)


def load_builder():
    spec = importlib.util.spec_from_file_location("build_questions9", HERE / "build_questions9.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def world():
    from core.store import Store
    from data.demo import generate

    store = Store(":memory:")
    generate(store, TODAY)
    return store


def fmt(value) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, bool) or value is None:
        raise ValueError(f"unformattable value {value!r}")
    if isinstance(value, (int, float, decimal.Decimal)):
        if float(value) != int(value):
            raise ValueError(f"non-integral number {value!r}")
        return "{:,}".format(int(value))
    return str(value)


def is_sql(spec: str) -> bool:
    return bool(re.match(r"\s*(select|with)\b", spec, re.I))


def run(store, sql: str) -> list[tuple]:
    return store.execute(sql).fetchall()


def one(store, spec: str, where: str) -> str | None:
    if not is_sql(spec):
        return spec
    got = run(store, spec)
    if len(got) != 1 or len(got[0]) != 1 or got[0][0] is None:
        fail(f"{where}: label SQL must give exactly one non-NULL value, got {got!r}")
        return None
    return fmt(got[0][0])


def has(label: str, text: str) -> bool:
    """The scorer's matching: a number label only as a whole number, anything else as a case-insensitive substring."""
    label, text = label.lower(), text.lower()
    if re.fullmatch(r"\$?[\d,]+(?:\.\d+)?%?", label):
        return re.search(rf"(?<![\d,.\-/]){re.escape(label)}(?![\d]|,\d|\.\d|-\d|/\d)", text) is not None
    return label in text


def label_format(label: str, where: str) -> None:
    if not label or label != label.strip():
        fail(f"{where}: empty or padded label {label!r}")
    if "$" in label:
        fail(f"{where}: label {label!r} has a currency symbol")
    if re.fullmatch(r"[\d,.]+", label):
        if not re.fullmatch(r"\d{1,3}(,\d{3})*", label):
            fail(f"{where}: number label {label!r} is not a whole number with thousands separators")
    if re.search(r"\d{4}-\d{1,2}-\d{1,2}", label) or re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", label):
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", label):
            fail(f"{where}: date label {label!r} is not a bare YYYY-MM-DD")
        else:
            try:
                dt.date.fromisoformat(label)
            except ValueError:
                fail(f"{where}: {label!r} is not a real date")


def truth_text(store, item: dict, contains: list[str]) -> str:
    specs = item.get("truth")
    if not specs:
        return "; ".join(contains)
    parts = []
    for sql in [specs] if isinstance(specs, str) else specs:
        for row in run(store, sql):
            parts.append(" ".join(fmt(v) for v in row))
    return "; ".join(parts)


def expected_split(ids_by_family: dict[str, list[str]]) -> tuple[set[str], set[str]]:
    rng = random.Random(SEED)
    dev, test, give_dev = set(), set(), True
    for family in sorted(ids_by_family):
        group = list(ids_by_family[family])
        rng.shuffle(group)
        cut = len(group) // 2
        if len(group) % 2:
            cut += 1 if give_dev else 0
            give_dev = not give_dev
        dev.update(group[:cut])
        test.update(group[cut:])
    return dev, test


def all_sql(item: dict) -> list[str]:
    out = [s for s in item.get("contains", []) + item.get("excludes", []) if is_sql(s)]
    truth = item.get("truth") or []
    out += [truth] if isinstance(truth, str) else list(truth)
    if item.get("absent"):
        out.append(item["absent"])
    return out


def check_boundaries(store, where: str, sql: str) -> None:
    """No cut-off may fall on a record: no timestamp within a minute of a midnight cut-off, and no open record due
    exactly on a strict '< today' cut-off (so 'is today overdue?' never matters)."""
    for col, date in re.findall(r"\b(occurred_at|completed_at)\s*(?:>=|<=|<|>)\s*'(\d{4}-\d{2}-\d{2})'", sql):
        table = "activities" if col == "occurred_at" else "tasks"
        near = run(store, f"SELECT count(*) FROM {table} WHERE {col} BETWEEN TIMESTAMP '{date}' - INTERVAL 1 MINUTE "
                          f"AND TIMESTAMP '{date}' + INTERVAL 1 MINUTE AND deleted_at IS NULL")[0][0]
        if near:
            fail(f"{where}: {near} {table} row(s) sit on the cut-off {col} {date}")
    for col, date in re.findall(r"\b(close_date|due_date)\s*<\s*DATE\s*'(\d{4}-\d{2}-\d{2})'", sql):
        if col == "close_date":
            n = run(store, f"SELECT count(*) FROM deals WHERE close_date = '{date}' AND deleted_at IS NULL "
                           "AND stage NOT IN ('Closed Won', 'Closed Lost')")[0][0]
        else:
            n = run(store, f"SELECT count(*) FROM tasks WHERE due_date = '{date}' AND deleted_at IS NULL "
                           "AND status = 'open'")[0][0]
        if n:
            fail(f"{where}: {n} open record(s) fall exactly on the strict cut-off {col} < {date}")


def main() -> int:
    builder = load_builder()
    items = builder.ITEMS
    store = world()

    # ---------------------------------------------------------------- files
    files = {}
    for half in ("dev", "test"):
        path = HERE / f"questions9_{half}.jsonl"
        if not path.exists():
            fail(f"{path.name} is missing")
            continue
        lines = [line for line in path.read_text().splitlines() if line.strip()]
        recs = []
        for n, line in enumerate(lines, 1):
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as exc:
                fail(f"{path.name}:{n}: bad JSON ({exc})")
        files[half] = recs
        if len(recs) != N_HALF:
            fail(f"{path.name} holds {len(recs)} items, expected {N_HALF}")
        for r in recs:
            if list(r) != FIELDS:
                fail(f"{path.name} {r.get('id')}: fields {list(r)} != {FIELDS}")
    records = {r["id"]: (half, r) for half, recs in files.items() for r in recs}
    if len(records) != sum(len(v) for v in files.values()):
        fail("an id appears more than once across the files")
    want_ids = [f"q9-{n:03d}" for n in range(1, N_ITEMS + 1)]
    if sorted(records) != want_ids:
        fail(f"ids are not exactly q9-001..q9-{N_ITEMS:03d}")
    if len(items) != N_ITEMS:
        fail(f"ITEMS has {len(items)} entries, expected {N_ITEMS}")

    # ---------------------------------------------------------------- every item, labels re-derived from SQL
    family_ids: dict[str, list[str]] = collections.defaultdict(list)
    user_count = collections.Counter()
    two_part = 0
    texts = collections.Counter()
    first_names = {email: run(store, f"SELECT name FROM users WHERE email = '{email}'")[0][0].split()[0]
                   for email in USERS}
    if [r[0] for r in run(store, "SELECT email FROM users ORDER BY id")] != list(USERS):
        fail("the demo users are not the five expected")
    for n, item in enumerate(items, 1):
        iid = f"q9-{n:03d}"
        where = iid
        family, user, text = item.get("family"), item.get("user"), item.get("text", "")
        family_ids[family].append(iid)
        user_count[user] += 1
        texts[text.strip().lower()] += 1
        two_part += bool(item.get("two_part"))
        decline = bool(item.get("absent"))
        if family not in FAMILIES:
            fail(f"{where}: unknown family {family!r}")
        if user not in USERS:
            fail(f"{where}: unknown user {user!r}")
        if (family == "decline") != decline:
            fail(f"{where}: family {family} but absent SQL {'given' if decline else 'missing'}")
        if FIRST_PERSON.search(text) and USERS.get(user) != "rep":
            fail(f"{where}: a first-person question from a non-rep ({user})")
        if item.get("two_part") and not re.search(r"\band\b|\+|\?.*\?", text, re.I):
            fail(f"{where}: marked two_part but the text does not ask two things")
        for sql in all_sql(item):
            tables = set(re.findall(r"\b(?:from|join)\s+(\w+)", sql, re.I)) & set(CRM_TABLES) - {"users"}
            if tables and "deleted_at" not in sql.lower():
                fail(f"{where}: SQL over {sorted(tables)} does not ignore deleted rows: {sql[:80]}")
            check_boundaries(store, where, sql)

        contains = [one(store, s, f"{where} contains") for s in item.get("contains", [])]
        excludes = [one(store, s, f"{where} excludes") for s in item.get("excludes", [])]
        if None in contains or None in excludes:
            continue
        for lab in contains + excludes:
            label_format(lab, where)
        if len({x.lower() for x in excludes}) != len(excludes) or len({c.lower() for c in contains}) != len(contains):
            fail(f"{where}: duplicate labels")
        if not excludes:
            fail(f"{where}: no answer_excludes (every item names the plausible wrong answer)")
        asker = first_names.get(user, "")
        if USERS.get(user) == "rep" and any(has(asker, c) for c in contains):
            fail(f"{where}: the answer is the asker's own first name ({asker})")

        if decline:
            if contains:
                fail(f"{where}: a decline must have no answer_contains")
            got = run(store, item["absent"])
            count = got[0][0] if got else 0
            if count:
                fail(f"{where}: absent SQL finds {count}, so the decline is not backed by the data")
            if any(REFUSAL.search(x) for x in excludes):
                fail(f"{where}: an exclude would also match an honest refusal")
            truth = ""
        else:
            if not 1 <= len(contains) <= 3:
                fail(f"{where}: {len(contains)} answer_contains, expected 1-3")
            truth = truth_text(store, item, contains)
            for c in contains:
                if not has(c, truth):
                    fail(f"{where}: contains {c!r} is not in the true answer {truth!r}")
            for x in excludes:
                if has(x, truth):
                    fail(f"{where}: exclude {x!r} is inside the true answer {truth!r}")
                if any(has(x, c) or has(c, x) for c in contains):
                    fail(f"{where}: exclude {x!r} overlaps a contains label")

        # the file record must carry exactly these values
        if iid not in records:
            fail(f"{where}: not in either file")
            continue
        rec = records[iid][1]
        want = {"id": iid, "user": user, "text": text, "family": family, "answer_contains": contains,
                "answer_excludes": excludes, "decline": decline,
                "note": item["note"].format(c=contains, x=excludes, t=truth)}
        for key, value in want.items():
            if rec.get(key) != value:
                fail(f"{where}: file {key} = {rec.get(key)!r}, SQL gives {value!r}")
        if not rec.get("note", "").strip():
            fail(f"{where}: empty note")

    # ---------------------------------------------------------------- set-level rules
    if sum(len(v) for k, v in family_ids.items() if k == "decline") != N_DECLINES:
        fail(f"{len(family_ids.get('decline', []))} declines, expected {N_DECLINES}")
    for family in FAMILIES - {"decline"}:
        if not 8 <= len(family_ids.get(family, [])) <= 12:
            fail(f"family {family} has {len(family_ids.get(family, []))} items, expected about 10")
    for user in USERS:
        if not 18 <= user_count[user] <= 30:
            fail(f"user {user} asks {user_count[user]} questions: not spread evenly")
    if not 12 <= two_part <= 20:
        fail(f"{two_part} two-part questions, expected about 15")
    dupes = [t for t, k in texts.items() if k > 1]
    if dupes:
        fail(f"repeated question texts: {dupes}")

    dev, test = expected_split(family_ids)
    got_dev = {r["id"] for r in files.get("dev", [])}
    got_test = {r["id"] for r in files.get("test", [])}
    if got_dev != dev or got_test != test:
        fail("the dev/test split is not the stratified Random(20271203) split")
    for half, ids in (("dev", got_dev), ("test", got_test)):
        fams = {records[i][1]["family"] for i in ids if i in records}
        if fams != FAMILIES:
            fail(f"{half} lacks families {sorted(FAMILIES - fams)}")
    for half, recs in files.items():
        if [r["id"] for r in recs] != sorted(r["id"] for r in recs):
            fail(f"questions9_{half}.jsonl is not in id order")

    if failures:
        for f in failures:
            print("FAIL", f)
        print(f"{len(failures)} failure(s)")
        return 1
    n_decl = len(family_ids["decline"])
    print(f"ok: {len(items)} items ({len(got_dev)} dev / {len(got_test)} test), {n_decl} declines, "
          f"{two_part} two-part, users {dict(sorted(user_count.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
