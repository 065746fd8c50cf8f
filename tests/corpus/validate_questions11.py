"""Validate question set 11: re-run every SQL against a fresh demo world and check the written jsonl files.

    python tests/corpus/validate_questions11.py      # exit 0 only when every check passes

Checks: each file line equals what the builder produces now (labels, notes, order: the build is deterministic);
every label SQL returns rows and gives the same labels under every boundary variant; sanity checks (ties at the
asked rank, timestamps near midnight, edge records) return no rows; no exclude label appears inside the true
answer; declines have no contains labels and their "absent" SQL returns no rows; ids are unique and well formed;
users exist; dev and test are 60/60 and each family is split evenly (difference at most one).
"""
from __future__ import annotations

import collections
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_builder():
    spec = importlib.util.spec_from_file_location("build_questions11", HERE / "build_questions11.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["build_questions11"] = mod
    spec.loader.exec_module(mod)
    return mod


LABEL_RE = [
    re.compile(r"^-?\d{1,3}(,\d{3})*(\.\d{2})?$"),        # counts and amounts
    re.compile(r"^\d{4}-\d{2}-\d{2}$"),                   # dates
]


def main() -> int:
    b = load_builder()
    errors: list[str] = []

    def err(msg: str) -> None:
        errors.append(msg)

    store = b.build_world()
    users = {r[0] for r in store.execute("SELECT email FROM v_users").fetchall()}
    items = b.assign()

    # --- files ---------------------------------------------------------------------------------------------------
    file_recs: dict[str, list[dict]] = {}
    for split, path in (("dev", b.DEV_PATH), ("test", b.TEST_PATH)):
        if not path.exists():
            err(f"missing {path}")
            file_recs[split] = []
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        file_recs[split] = [json.loads(line) for line in lines if line.strip()]
    by_id = {}
    for split, recs in file_recs.items():
        for rec in recs:
            if rec.get("id") in by_id:
                err(f"{rec.get('id')}: id appears twice in the files")
            by_id[rec.get("id")] = (split, rec)

    ids = [it["id"] for it in items]
    if len(ids) != len(set(ids)):
        err("duplicate ids among ITEMS")
    if set(ids) != set(by_id):
        err(f"ids in files differ from ITEMS: missing {sorted(set(ids) - set(by_id))}, "
            f"extra {sorted(set(by_id) - set(ids))}")
    for i in ids:
        if not re.fullmatch(r"q11-\d{3}", i):
            err(f"{i}: id not of the form q11-NNN")

    # --- each item -----------------------------------------------------------------------------------------------
    expected_lines = {"dev": [], "test": []}
    for it in items:
        iid = it["id"]
        try:
            rec = b.record(store, it)
        except Exception as exc:  # a SQL error is a failure, not a crash
            err(f"{iid}: SQL failed: {exc}")
            continue
        expected_lines[it["split"]].append(json.dumps(rec, ensure_ascii=False))
        split, frec = by_id.get(iid, (None, None))
        if frec is None:
            continue
        if split != it["split"]:
            err(f"{iid}: in {split}, expected {it['split']}")
        for key in ("question", "user", "family", "answer_contains", "answer_excludes", "decline", "note"):
            if frec.get(key) != rec[key]:
                err(f"{iid}: {key} in file {frec.get(key)!r} != rebuilt {rec[key]!r}")
        if it["user"] not in users:
            err(f"{iid}: unknown user {it['user']}")
        if not it["question"].strip() or not it["note"].strip():
            err(f"{iid}: empty question or note")

        contains, excludes = rec["answer_contains"], rec["answer_excludes"]
        if it["decline"]:
            if contains or it["contains"]:
                err(f"{iid}: a decline must have no contains labels")
            if not it["absent"]:
                err(f"{iid}: a decline needs at least one 'absent' SQL")
            for sql in it["absent"]:
                got = b.rows(store, sql, it["params"])
                if got:
                    err(f"{iid}: absent SQL returned rows {got[:3]}: {sql}")
        else:
            if it["absent"]:
                err(f"{iid}: only declines have absent SQL")
            if not contains:
                err(f"{iid}: no contains labels")
            if len(contains) > 6:
                err(f"{iid}: {len(contains)} contains labels (at most 6)")
            for sql in it["contains"]:
                got = b.rows(store, sql, it["params"])
                if not got:
                    err(f"{iid}: contains SQL returned no rows: {sql}")
                if len(got) > 6:
                    err(f"{iid}: contains SQL returned {len(got)} rows (lists are limited to 6)")
                for row in got:
                    if any(cell is None for cell in row):
                        err(f"{iid}: NULL cell from {sql}")
        if it["literal_excludes"] and not it["decline"]:
            err(f"{iid}: literal (invented) excludes are only for declines")
        for sql in it["excludes"]:
            if not b.rows(store, sql, it["params"]):
                err(f"{iid}: exclude SQL returned no rows: {sql}")

        # no exclude label inside the true answer
        answer_text = " | ".join(contains)
        for ex in excludes:
            if not ex:
                err(f"{iid}: empty exclude label")
            elif any(ex in lab for lab in contains) or ex in answer_text:
                err(f"{iid}: exclude label {ex!r} appears inside the true answer {contains}")
        for lab in contains + excludes:
            if not lab.strip():
                err(f"{iid}: blank label")
            if re.fullmatch(r"[\d,.\-]+", lab) and not any(r.match(lab) for r in LABEL_RE):
                err(f"{iid}: badly formatted number/date label {lab!r}")
            if re.fullmatch(r"\d{4,}(\.\d+)?", lab):
                err(f"{iid}: number without thousands separators {lab!r}")

        # boundary variants: identical labels
        for var in it["variants"]:
            try:
                v_contains = [] if it["decline"] else b.labels(store, it["contains"], var)
                v_excludes = b.labels(store, it["excludes"], var) + list(it["literal_excludes"])
            except Exception as exc:
                err(f"{iid}: variant {var} failed: {exc}")
                continue
            if v_contains != contains or v_excludes != excludes:
                err(f"{iid}: labels change under boundary variant {var}: {v_contains} / {v_excludes} "
                    f"vs {contains} / {excludes}")
        # sanity checks (ties, near-midnight timestamps, edge records): must return no rows
        for sql in it["checks"]:
            got = b.rows(store, sql, it["params"])
            if got:
                err(f"{iid}: check returned rows {got[:3]}: {sql}")

    # --- determinism: files equal the rebuilt lines ---------------------------------------------------------------
    for split, path in (("dev", b.DEV_PATH), ("test", b.TEST_PATH)):
        if path.exists():
            text = path.read_text(encoding="utf-8")
            want = "".join(line + "\n" for line in expected_lines[split])
            if text != want:
                err(f"{path.name} differs from a fresh build (run build_questions11.py)")

    # --- balance ---------------------------------------------------------------------------------------------------
    counts = collections.Counter((it["family"], it["split"]) for it in items)
    families = sorted({it["family"] for it in items}, key=b.FAMILY_ORDER.index)
    if set(families) != set(b.FAMILY_ORDER):
        err(f"families {families} != {b.FAMILY_ORDER}")
    n_dev = sum(1 for it in items if it["split"] == "dev")
    n_test = len(items) - n_dev
    if len(items) != 120 or n_dev != 60 or n_test != 60:
        err(f"expected 120 items split 60/60, got {len(items)} = {n_dev} dev + {n_test} test")
    for fam in families:
        d, t = counts[(fam, "dev")], counts[(fam, "test")]
        if abs(d - t) > 1:
            err(f"family {fam} split {d}/{t} is unbalanced")
    n_decline = sum(1 for it in items if it["decline"])
    if not 15 <= n_decline <= 20:
        err(f"{n_decline} declines (about 18 wanted)")
    for it in items:
        if it["decline"] != (it["family"] == "decline"):
            err(f"{it['id']}: decline flag does not match family")

    print(f"{'family':<18}{'dev':>5}{'test':>6}")
    for fam in families:
        print(f"{fam:<18}{counts[(fam, 'dev')]:>5}{counts[(fam, 'test')]:>6}")
    print(f"{'total':<18}{n_dev:>5}{n_test:>6}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print(" -", e)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
