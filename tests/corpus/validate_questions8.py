"""Check questions8_dev.jsonl + questions8_test.jsonl against the demo world: every label re-derived by SQL.

Run: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/validate_questions8.py
Exit 0 only when every label and every set-level rule checks.

The SQL lives next to each question in build_questions8.ITEMS (contains / excludes / truth / absent; see that
docstring). For every item this script rebuilds the world (data.demo.generate(Store(":memory:"), 2026-11-18)) and
re-runs it:
- answerable: 1-5 answer_contains, equal (as a set) to the cells of the contains SQL, each one a cell of the truth SQL
- answer_excludes equal (as a set) to the cells of the excludes SQL; an excludes query that returns nothing fails;
  no exclude occurs in any truth cell or any contains label (matched as the scorer does: a number label only as a
  whole number, never inside a larger number or a date; any other label as a case-insensitive substring)
- a decline: no contains/truth SQL, empty answer_contains, at least one `absent` query, each returning no rows
- label format: non-empty strings, no '$', amounts written "1,296,500" (no decimals), dates only as YYYY-MM-DD
- user rules: "my / I / me" questions come only from the three reps; a question whose answer_contains holds a rep's
  first name is never asked by that rep
Set-level rules: ids q8-001..q8-120 in ITEMS order, the jsonl rows equal to what build_questions8 writes (rebuild
after editing ITEMS), known users and families, unique texts and no two texts of this set near-duplicates (difflib
ratio above 0.85), decline share 14-17%, at least 90% of answerable items with excludes, dev/test 60/60, every family
split evenly (difference at most 1) and the split equal to build_questions8.split() (random.Random(20271202)).

Blind overlap check: the "text" field of earlier sets' jsonl files (questions_demo.jsonl, questions2..7 dev/test) is
compared with this set's texts (exact after normalising, or difflib ratio above 0.85). Only this set's ids are
reported, never an earlier text, so the check does not expose earlier items.
"""
from __future__ import annotations

import difflib
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_questions8 as B  # noqa: E402

N_ITEMS = 120
FAMILIES = {"pipeline", "deal_lookup", "account_history", "contacts", "tasks", "won_lost", "ranking", "comparison",
            "grouped", "counts", "yes_no", "decline"}
USERS = {B.A, B.P, B.S, B.R, B.J}
MIN_PER_FAMILY = 9
DECLINE_SHARE = (0.14, 0.17)
MIN_EXCLUDE_SHARE_ANSWERABLE = 0.90
FUZZY_MAX = 0.85
KEYS = ["id", "user", "text", "family", "answer_contains", "answer_excludes", "decline", "note"]
EARLIER = ["questions_demo.jsonl"] + [f"questions{n}_{part}.jsonl" for n in range(2, 8) for part in ("dev", "test")]
FIRST_PERSON = re.compile(r"\b(i|i'm|im|i've|ive|me|my|mine)\b", re.I)
DATE_LIKE = re.compile(r"\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NUMBER_LIKE = re.compile(r"^[\d.,]+$")
AMOUNT = re.compile(r"^\d{1,3}(,\d{3})*$")


def norm(text: str) -> str:
    return " ".join(text.lower().split())


def load(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path.name}:{n}: {exc}")
    return rows


def label_format(label: str) -> list[str]:
    errs = []
    if not isinstance(label, str) or not label:
        return [f"label {label!r} is not a non-empty string"]
    if "$" in label:
        errs.append(f"label {label!r} has a '$'")
    if NUMBER_LIKE.match(label) and not AMOUNT.match(label):
        errs.append(f"number label {label!r} is not a whole number with thousands separators")
    if DATE_LIKE.search(label) and not ISO_DATE.match(label):
        errs.append(f"date label {label!r} is not YYYY-MM-DD")
    return errs


def occurs(label: str, cell: str) -> bool:
    """Would the scorer find `label` in `cell`? A number label matches only as a whole number (not inside a larger
    number such as "170,000", nor inside a date); any other label as a case-insensitive substring."""
    if NUMBER_LIKE.match(label):
        if ISO_DATE.match(cell):
            return False
        return re.search(rf"(?<![\d,.]){re.escape(label)}(?![\d]|[,.]\d)", cell) is not None
    return label.lower() in cell.lower()


def check_item(store, row: dict, spec: dict) -> list[str]:
    errs: list[str] = []
    contains, excludes = row["answer_contains"], row["answer_excludes"]
    for lab in contains + excludes:
        errs.extend(label_format(lab))
    if len(set(contains)) != len(contains) or len(set(excludes)) != len(excludes):
        errs.append("repeated label")
    if row["decline"]:
        if contains:
            errs.append("a decline must have empty answer_contains")
        if "contains" in spec or "truth" in spec:
            errs.append("a decline has no contains/truth SQL")
        if not spec.get("absent"):
            errs.append("a decline needs at least one 'absent' query")
        for sql in spec.get("absent", []):
            found = B.cells(store, sql)
            if found:
                errs.append(f"absent query found rows: {found[:5]}")
        truth: list[str] = []
    else:
        if "absent" in spec:
            errs.append("an answerable item has 'absent' SQL")
        if not spec.get("truth") or not spec.get("contains"):
            errs.append("an answerable item needs contains and truth SQL")
        if not 1 <= len(contains) <= 5:
            errs.append(f"{len(contains)} answer_contains (want 1-5)")
        got = B.cells(store, spec.get("contains", []))
        if set(got) != set(contains):
            errs.append(f"answer_contains {sorted(contains)} != SQL {sorted(set(got))}")
        truth = B.cells(store, spec.get("truth", []))
        if not truth:
            errs.append("the truth SQL returns nothing")
        missing = [c for c in contains if c not in truth]
        if missing:
            errs.append(f"contains labels not in the true answer: {missing}")
    if excludes or spec.get("excludes"):
        got = B.cells(store, spec.get("excludes", []))
        if not got:
            errs.append("an excludes query returned no rows")
        if set(got) != set(excludes):
            errs.append(f"answer_excludes {sorted(excludes)} != SQL {sorted(set(got))}")
    for e in excludes:
        clash = [t for t in truth if occurs(e, t)]
        if clash:
            errs.append(f"exclude {e!r} occurs in the true answer: {clash[:3]}")
        inside = [c for c in contains if occurs(e, c)]
        if inside:
            errs.append(f"exclude {e!r} is inside contains label(s) {inside}")
    # user rules
    if FIRST_PERSON.search(row["text"]) and row["user"] not in B.REPS:
        errs.append(f"first-person question asked by a non-rep ({row['user']})")
    own = B.REPS.get(row["user"])
    if own and own in contains:
        errs.append(f"the answer is {own}, and {own} asks it")
    return errs


def blind_overlap(texts: dict[str, str]) -> list[str]:
    """Ids of this set whose text equals or nearly equals a text of an earlier set (earlier texts never printed)."""
    earlier: set[str] = set()
    for name in EARLIER:
        path = HERE / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                try:
                    earlier.add(norm(json.loads(line).get("text", "")))
                except json.JSONDecodeError:
                    pass
    earlier.discard("")
    errs = []
    for iid, text in sorted(texts.items()):
        t = norm(text)
        if t in earlier:
            errs.append(f"{iid}: text repeats a question of an earlier set")
            continue
        for e in earlier:
            m = difflib.SequenceMatcher(None, t, e)
            if m.real_quick_ratio() > FUZZY_MAX and m.quick_ratio() > FUZZY_MAX and m.ratio() > FUZZY_MAX:
                errs.append(f"{iid}: text is a near-duplicate ({m.ratio():.2f}) of an earlier set's question")
                break
    return errs, len(earlier)


def main() -> int:
    errors: list[str] = []
    split: dict[str, list[dict]] = {}
    for path in (B.DEV, B.TEST):
        if not path.exists():
            errors.append(f"{path.name}: missing")
            split[path.name] = []
            continue
        split[path.name] = load(path)
    rows = split.get(B.DEV.name, []) + split.get(B.TEST.name, [])
    by_id = {r.get("id"): r for r in rows}

    store = B.world()
    if B.TODAY.weekday() != 2:
        errors.append("TODAY is not a Wednesday")
    specs = B.specs()
    expected_ids = [B.item_id(n) for n in range(1, N_ITEMS + 1)]
    if len(B.ITEMS) != N_ITEMS:
        errors.append(f"build_questions8.ITEMS has {len(B.ITEMS)} items, want {N_ITEMS}")
    ids = [r.get("id") for r in rows]
    for dup in sorted(i for i, n in Counter(ids).items() if n > 1):
        errors.append(f"{dup}: duplicate id")
    if sorted(set(ids)) != expected_ids:
        errors.append(f"ids are not {expected_ids[0]}..{expected_ids[-1]}: missing "
                      f"{sorted(set(expected_ids) - set(ids))[:5]}, unexpected {sorted(set(ids) - set(expected_ids))[:5]}")

    # the files hold exactly what the build script writes
    built = {r["id"]: r for r in B.build(store)}
    for iid, r in by_id.items():
        if list(r) != KEYS:
            errors.append(f"{iid}: fields {list(r)} (want {KEYS})")
        if built.get(iid) != r:
            errors.append(f"{iid}: jsonl row differs from build_questions8 (rebuild the jsonl)")

    for iid in expected_ids:
        row = by_id.get(iid)
        if row is None:
            continue
        it = B.ITEMS[int(iid.split("-")[1]) - 1]
        for key in ("user", "family"):
            if key not in it:
                errors.append(f"{iid}: ITEMS entry has no {key}")
        if it.get("user") not in USERS:
            errors.append(f"{iid}: unknown user {it.get('user')}")
        if it.get("family") not in FAMILIES:
            errors.append(f"{iid}: unknown family {it.get('family')}")
        if not it.get("note"):
            errors.append(f"{iid}: no note")
        if (row["family"] == "decline") != bool(row["decline"]):
            errors.append(f"{iid}: family 'decline' iff decline is true")
        try:
            errors.extend(f"{iid}: {e}" for e in check_item(store, row, specs[iid]))
        except Exception as exc:  # a broken query is a failed label
            errors.append(f"{iid}: {type(exc).__name__}: {exc}")

    # texts
    texts = {r["id"]: r["text"] for r in rows if "text" in r}
    counts = Counter(norm(t) for t in texts.values())
    for t, n in counts.items():
        if n > 1:
            errors.append(f"duplicate text: {t!r}")
    own = sorted(texts.items())
    for i, (ia, ta) in enumerate(own):
        for ib, tb in own[i + 1:]:
            ratio = difflib.SequenceMatcher(None, norm(ta), norm(tb)).ratio()
            if ratio > FUZZY_MAX:
                errors.append(f"{ia} and {ib} are near-duplicates ({ratio:.2f})")
    overlap_errs, n_earlier = blind_overlap(texts)
    errors.extend(overlap_errs)

    # set-level counts
    if len(rows) != N_ITEMS:
        errors.append(f"{len(rows)} items (want {N_ITEMS})")
    dev, test = split.get(B.DEV.name, []), split.get(B.TEST.name, [])
    if (len(dev), len(test)) != (N_ITEMS // 2, N_ITEMS // 2):
        errors.append(f"dev/test sizes {len(dev)}/{len(test)} (want 60/60)")
    fam_all = Counter(r["family"] for r in rows)
    fam_dev = Counter(r["family"] for r in dev)
    fam_test = Counter(r["family"] for r in test)
    for fam in sorted(FAMILIES):
        if fam_all[fam] < MIN_PER_FAMILY:
            errors.append(f"family {fam} has {fam_all[fam]} items (want at least {MIN_PER_FAMILY})")
        if abs(fam_dev[fam] - fam_test[fam]) > 1:
            errors.append(f"family {fam} is not split evenly: dev {fam_dev[fam]} / test {fam_test[fam]}")
    if len(rows) == N_ITEMS:
        want_dev, want_test = B.split(sorted(rows, key=lambda r: r["id"]))
        if [r["id"] for r in want_dev] != [r["id"] for r in dev] or \
                [r["id"] for r in want_test] != [r["id"] for r in test]:
            errors.append(f"the dev/test split is not the seeded stratified split (random.Random({B.SEED}))")
    declines = sum(1 for r in rows if r.get("decline"))
    share = declines / max(len(rows), 1)
    if not DECLINE_SHARE[0] <= share <= DECLINE_SHARE[1]:
        errors.append(f"decline share {share:.1%} outside {DECLINE_SHARE}")
    answerable = [r for r in rows if not r.get("decline")]
    with_ex = [r for r in answerable if r.get("answer_excludes")]
    if len(with_ex) < MIN_EXCLUDE_SHARE_ANSWERABLE * len(answerable):
        errors.append(f"only {len(with_ex)} of {len(answerable)} answerable items have answer_excludes")
    users = Counter(r.get("user", "").split("@")[0] for r in rows)
    if set(users) != {u.split("@")[0] for u in USERS}:
        errors.append(f"not every user asks something: {dict(users)}")

    print(f"{len(rows)} items (dev {len(dev)}, test {len(test)}), {declines} declines ({share:.1%}: dev "
          f"{fam_dev['decline']} / test {fam_test['decline']}), answerable with excludes {len(with_ex)}/"
          f"{len(answerable)}, all items with excludes {sum(1 for r in rows if r.get('answer_excludes'))}/{len(rows)}")
    print("families (total dev/test): " + ", ".join(
        f"{f} {fam_all[f]} {fam_dev[f]}/{fam_test[f]}" for f in sorted(FAMILIES)))
    print("users: " + ", ".join(f"{u} {n}" for u, n in sorted(users.items())))
    print(f"blind overlap check against {n_earlier} earlier texts")
    for e in errors:
        print("FAIL", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    store.close()
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
