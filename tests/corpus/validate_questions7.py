"""Check questions7_dev.jsonl + questions7_test.jsonl against the demo world: one hand-written SQL check per item.

Run: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/validate_questions7.py
Exit 0 only when every label and every set-level rule checks.

The SQL lives next to each question in build_questions7.ITEMS (contains / excludes / truth / absent; see that
docstring). For every item this script re-runs it against data.demo.generate(Store(":memory:"), 2026-11-18):
- answer_contains equals (as a set) the cells of the contains SQL, and every one of them is a cell of the truth SQL;
  an empty answer_contains on an answerable item requires the truth SQL to return no rows ("none" is the answer)
- answer_excludes equals the cells of the excludes SQL; no exclude occurs inside any truth cell, nor inside any
  contains label
- a decline has no contains/truth SQL, an empty answer_contains, and at least one `absent` query, each returning no rows
Set-level rules: 120 items with ids q7-001..q7-120, unique texts (and none equal, after lower-casing and collapsing
whitespace, to a text of any earlier set: questions_demo.jsonl, questions2_*.jsonl ... questions6_*.jsonl,
build_questions3/4/5/6.ITEMS; and none a near-duplicate: difflib ratio above 0.85 against an earlier text or another
text of this set), the known fields/users/families, at least 6 items per family, at most 5 contains labels, no '$' in
labels, decline share 15-20%, at least 90% of items with excludes, dev/test 60/60, every family split evenly
(difference at most 1), and the split equal to the seeded stratified split that build_questions7.split() computes
(random.Random(20270107)).

Label format (same as questions3): amounts "185,000" (no $, whole, averages rounded), ISO dates "2026-11-16", plain
integer counts, names/stages/titles as stored. Calendar: today = Wednesday 2026-11-18 (data generated 09:00); week =
Mon-Sun (this week Nov 16-22, last week Nov 9-15, next week Nov 23-29); this month = November 2026; this quarter =
Oct-Dec 2026; last quarter / Q3 = Jul-Sep 2026; Q1 = Jan-Mar 2027; this year = 2026; "open" = not Closed Won / Closed
Lost; "overdue" = an open task due before today; explicit ranges ("dec 1-15", "between nov 24 and dec 2") are
inclusive at both ends.
"""
from __future__ import annotations

import difflib
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_questions7 as B  # noqa: E402

FILES = [B.DEV, B.TEST]
USERS = {B.A, B.P, B.S, B.R, B.J}
FAMILIES = {"forecast", "account_recent", "reach_contact", "workload", "win_loss", "ranking", "comparison",
            "follow_up", "activity_volume", "deal_status", "account_health", "decline"}
MIN_PER_FAMILY = 6
EARLIER_JSONL = ["questions_demo.jsonl", "questions2_dev.jsonl", "questions2_test.jsonl", "questions3_dev.jsonl",
                 "questions3_test.jsonl", "questions4_dev.jsonl", "questions4_test.jsonl", "questions5_dev.jsonl",
                 "questions5_test.jsonl", "questions6_dev.jsonl", "questions6_test.jsonl"]
N_ITEMS = 120
FUZZY_MAX = 0.85  # difflib ratio above this against an earlier text = a near-duplicate
DECLINE_SHARE = (0.15, 0.20)
MIN_EXCLUDE_SHARE = 0.90
KEYS = {"id", "user", "text", "family", "answer_contains", "answer_excludes", "decline"}


def norm(text: str) -> str:
    return " ".join(text.lower().split())


def load(path: Path) -> list[dict]:
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path.name}:{n}: {exc}")
    return items


def earlier_texts() -> set[str]:
    """Texts of every earlier question set (jsonl files, plus the build scripts' ITEMS), so no question is repeated
    verbatim. Only the "text" field is read."""
    texts: set[str] = set()
    for name in EARLIER_JSONL:
        path = HERE / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                try:
                    texts.add(norm(json.loads(line).get("text", "")))
                except json.JSONDecodeError:
                    pass
    for mod, pos in (("build_questions3", 3), ("build_questions4", 2), ("build_questions5", 2), ("build_questions6", 2)):
        try:
            items = __import__(mod).ITEMS
        except Exception:  # noqa: BLE001 - optional: the jsonl files above hold the same texts
            continue
        texts.update(norm(it[pos]) for it in items)
    texts.discard("")
    return texts


def check_item(store, item: dict, spec: dict) -> list[str]:
    errs: list[str] = []
    contains, excludes = item["answer_contains"], item["answer_excludes"]
    if item["decline"]:
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
    else:
        if "absent" in spec:
            errs.append("an answerable item has 'absent' SQL")
        if not spec.get("truth"):
            errs.append("no truth SQL")
        truth = B.cells(store, spec.get("truth", []))
        if contains:
            got = B.cells(store, spec.get("contains", []))
            if set(got) != set(contains):
                errs.append(f"answer_contains {sorted(contains)} != SQL {sorted(set(got))}")
            missing = [c for c in contains if c not in truth]
            if missing:
                errs.append(f"contains items not in the full answer: {missing}")
        else:
            if spec.get("contains"):
                errs.append("empty answer_contains but a contains query")
            if truth:
                errs.append(f"empty answer_contains but the true answer has rows: {truth[:5]}")
        for e in excludes:
            clash = [t for t in truth if e in t]
            if clash:
                errs.append(f"exclude {e!r} occurs in the true answer: {clash[:3]}")
    if excludes or spec.get("excludes"):
        got = B.cells(store, spec.get("excludes", []))
        if not got:
            errs.append("an excludes query returned no rows")
        if set(got) != set(excludes):
            errs.append(f"answer_excludes {sorted(excludes)} != SQL {sorted(set(got))}")
    for c in contains:
        for e in excludes:
            if e in c:
                errs.append(f"exclude {e!r} is inside contains item {c!r}")
    return errs


def main() -> int:
    errors: list[str] = []
    items: list[dict] = []
    split: dict[str, list[dict]] = {}
    for path in FILES:
        if not path.exists():
            errors.append(f"{path.name}: missing")
            continue
        got = load(path)
        split[path.name] = got
        items.extend(got)
    store = B.Store(":memory:")
    B.generate(store, B.TODAY)
    specs = B.specs()

    ids = [it.get("id") for it in items]
    for dup in sorted(i for i, n in Counter(ids).items() if n > 1):
        errors.append(f"{dup}: duplicate id")
    expected = {f"q7-{n:03d}" for n in range(1, N_ITEMS + 1)}
    if set(ids) != expected:
        errors.append(f"ids are not q7-001..q7-{N_ITEMS:03d}: missing {sorted(expected - set(ids))[:5]}, "
                      f"unexpected {sorted(set(ids) - expected)[:5]}")
    if set(specs) != expected:
        errors.append(f"build_questions7.ITEMS has {len(specs)} items, want {N_ITEMS}")
    texts = Counter(norm(it.get("text", "")) for it in items)
    for t, n in texts.items():
        if n > 1:
            errors.append(f"duplicate text: {t!r}")
    earlier = earlier_texts()
    if len(earlier) < 100:
        errors.append(f"only {len(earlier)} earlier question texts found: the duplicate check cannot run")
    for t in sorted(set(texts) & earlier):
        errors.append(f"text repeats a question of an earlier set: {t!r}")
    for t in sorted(set(texts) - earlier):
        for e in earlier:
            m = difflib.SequenceMatcher(None, t, e)
            if m.real_quick_ratio() > FUZZY_MAX and m.quick_ratio() > FUZZY_MAX and m.ratio() > FUZZY_MAX:
                errors.append(f"text is a near-duplicate ({m.ratio():.2f}) of an earlier question: {t!r} ~ {e!r}")
                break
    own = sorted(texts)
    for i, t in enumerate(own):
        for e in own[i + 1:]:
            if difflib.SequenceMatcher(None, t, e).ratio() > FUZZY_MAX:
                errors.append(f"two texts of this set are near-duplicates: {t!r} ~ {e!r}")

    for it in items:
        iid = it.get("id", "?")
        missing = KEYS - set(it)
        if missing:
            errors.append(f"{iid}: missing fields {sorted(missing)}")
            continue
        if set(it) - KEYS - {"note"}:
            errors.append(f"{iid}: unknown fields {sorted(set(it) - KEYS - {'note'})}")
        if it["user"] not in USERS:
            errors.append(f"{iid}: unknown user {it['user']}")
        if it["family"] not in FAMILIES:
            errors.append(f"{iid}: unknown family {it['family']}")
        if (it["family"] == "decline") != bool(it["decline"]):
            errors.append(f"{iid}: family 'decline' iff decline is true")
        if len(it["answer_contains"]) > 5:
            errors.append(f"{iid}: more than 5 answer_contains")
        if not all(isinstance(s, str) and s for s in it["answer_contains"] + it["answer_excludes"]):
            errors.append(f"{iid}: labels must be non-empty strings")
        if any(s.startswith("$") for s in it["answer_contains"] + it["answer_excludes"]):
            errors.append(f"{iid}: amounts are written without '$'")
        spec = specs.get(iid)
        if spec is None:
            errors.append(f"{iid}: no SQL in build_questions7.ITEMS")
            continue
        src = B.ITEMS[int(iid.split("-")[1]) - 1]
        if (src[0], src[1], src[2]) != (it["user"], it["family"], it["text"]):
            errors.append(f"{iid}: user/family/text differ from build_questions7.ITEMS (rebuild the jsonl)")
        try:
            errors.extend(f"{iid}: {e}" for e in check_item(store, it, spec))
        except Exception as exc:  # a broken query is a failed label
            errors.append(f"{iid}: {type(exc).__name__}: {exc}")

    if len(items) != N_ITEMS:
        errors.append(f"{len(items)} items (want {N_ITEMS})")
    sizes = {k: len(v) for k, v in split.items()}
    if sizes and max(sizes.values()) - min(sizes.values()) > 1:
        errors.append(f"dev/test split is not half/half: {sizes}")
    missing_fams = FAMILIES - {it.get("family") for it in items}
    if missing_fams:
        errors.append(f"families without items: {sorted(missing_fams)}")
    fam_all = Counter(it.get("family") for it in items)
    for fam in sorted(FAMILIES):
        if 0 < fam_all[fam] < MIN_PER_FAMILY:
            errors.append(f"family {fam} has {fam_all[fam]} items (want at least {MIN_PER_FAMILY})")
    dev = split.get(B.DEV.name, [])
    test = split.get(B.TEST.name, [])
    fam_dev = Counter(it["family"] for it in dev)
    fam_test = Counter(it["family"] for it in test)
    for fam in sorted(FAMILIES):
        if abs(fam_dev[fam] - fam_test[fam]) > 1:
            errors.append(f"family {fam} is not split evenly: dev {fam_dev[fam]} / test {fam_test[fam]}")
    if items and len(items) == N_ITEMS:
        want_dev, want_test = B.split(sorted(items, key=lambda it: it["id"]))
        if [it["id"] for it in want_dev] != [it["id"] for it in dev] or \
                [it["id"] for it in want_test] != [it["id"] for it in test]:
            errors.append("the dev/test split is not the seeded stratified split (random.Random(20270107))")
    declines = sum(1 for it in items if it.get("decline"))
    share = declines / max(len(items), 1)
    if not DECLINE_SHARE[0] <= share <= DECLINE_SHARE[1]:
        errors.append(f"decline share {share:.1%} outside {DECLINE_SHARE}")
    with_excludes = sum(1 for it in items if it.get("answer_excludes"))
    if with_excludes < MIN_EXCLUDE_SHARE * len(items):
        errors.append(f"only {with_excludes} of {len(items)} items have answer_excludes (need {MIN_EXCLUDE_SHARE:.0%})")

    users = Counter(it.get("user", "").split("@")[0] for it in items)
    print(f"{len(items)} items ({', '.join(f'{k} {v}' for k, v in sizes.items())}), "
          f"{declines} declines ({share:.1%}: dev {fam_dev['decline']} / test {fam_test['decline']}), "
          f"{len(items) - with_excludes} without excludes")
    print("families (total dev/test): " + ", ".join(
        f"{f} {fam_dev[f] + fam_test[f]} {fam_dev[f]}/{fam_test[f]}" for f in sorted(FAMILIES)))
    print("users: " + ", ".join(f"{u} {n}" for u, n in sorted(users.items())))
    empty = [it["id"] for it in items if not it.get("decline") and not it.get("answer_contains")]
    print("answerable with empty answer_contains (answer = none): " + ", ".join(sorted(empty)))
    for e in errors:
        print("FAIL", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    store.close()
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
