"""Validate signals3_dev.jsonl / signals3_test.jsonl.

Checks (any failure -> exit code 1):
  * every line is a JSON object with exactly the keys id, text, sentiment, intents
  * ids are s3-NNN, unique, 120 per file, together exactly s3-001..s3-240, each file sorted by id
  * text is a non-empty, stripped string; texts are unique across both files (case/whitespace-insensitive)
  * sentiment is positive|neutral|negative; intents is a list of allowed, non-repeated labels
  * README rule: objection / complaint / churn_threat  =>  sentiment negative
  * mix: every intent appears in >= 30 messages overall; per-half counts of every label differ by <= 3;
    neutral-without-intent about 15% (10-20%), positive about 20% (15-25%), multi-intent about 35% (30-40%)
Prints counts per label per half. Warnings (no exit code): negative message without a negative intent.

Run: python3 tests/corpus/insights/validate_signals3.py
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {"dev": HERE / "signals3_dev.jsonl", "test": HERE / "signals3_test.jsonl"}
SENTIMENTS = ("positive", "neutral", "negative")
INTENTS = ("pricing_question", "objection", "complaint", "churn_threat", "buying_signal", "meeting_request")
NEGATIVE_INTENTS = {"objection", "complaint", "churn_threat"}
KEYS = {"id", "text", "sentiment", "intents"}
ID_RE = re.compile(r"^s3-(\d{3})$")
PER_FILE = 120
TOTAL = 240
MIN_PER_INTENT = 30
MAX_HALF_GAP = 3


def norm(text):
    return " ".join(text.split()).casefold()


def load(name, path, errors):
    rows = []
    if not path.exists():
        errors.append(f"{name}: missing file {path.name}")
        return rows
    for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{ln}"
        if not line.strip():
            errors.append(f"{where}: blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: invalid JSON ({exc})")
            continue
        if not isinstance(obj, dict):
            errors.append(f"{where}: not a JSON object")
            continue
        if set(obj) != KEYS:
            errors.append(f"{where}: keys {sorted(obj)} != {sorted(KEYS)}")
        obj["_where"] = where
        rows.append(obj)
    return rows


def check_row(r, errors, warnings):
    where = r["_where"]
    rid = r.get("id")
    if not isinstance(rid, str) or not ID_RE.match(rid):
        errors.append(f"{where}: bad id {rid!r}")
    text = r.get("text")
    if not isinstance(text, str) or not text.strip():
        errors.append(f"{where}: empty or non-string text")
    elif text != text.strip():
        errors.append(f"{where}: text has leading/trailing whitespace")
    sent = r.get("sentiment")
    if sent not in SENTIMENTS:
        errors.append(f"{where}: bad sentiment {sent!r}")
    intents = r.get("intents")
    if not isinstance(intents, list):
        errors.append(f"{where}: intents is not a list")
        return
    for it in intents:
        if it not in INTENTS:
            errors.append(f"{where}: unknown intent {it!r}")
    if len(set(map(str, intents))) != len(intents):
        errors.append(f"{where}: repeated intent in {intents}")
    neg = NEGATIVE_INTENTS & set(map(str, intents))
    if neg and sent != "negative":
        errors.append(f"{where}: {sorted(neg)} requires sentiment negative, got {sent!r}")
    if sent == "negative" and not neg:
        warnings.append(f"{where}: negative without objection/complaint/churn_threat")


def counts(rows):
    c = Counter()
    for r in rows:
        c[f"sentiment:{r.get('sentiment')}"] += 1
        intents = r.get("intents") if isinstance(r.get("intents"), list) else []
        for it in intents:
            c[f"intent:{it}"] += 1
        if not intents:
            c[f"no_intent:{r.get('sentiment')}"] += 1
        if len(intents) >= 2:
            c["multi_intent"] += 1
    return c


def main():
    errors, warnings = [], []
    data = {name: load(name, path, errors) for name, path in FILES.items()}
    for rows in data.values():
        for r in rows:
            check_row(r, errors, warnings)

    # ids and sizes
    all_ids, seen_text = [], {}
    for name, rows in data.items():
        if len(rows) != PER_FILE:
            errors.append(f"{name}: {len(rows)} rows, expected {PER_FILE}")
        ids = [r.get("id") for r in rows]
        if ids != sorted(ids, key=str):
            errors.append(f"{name}: rows not sorted by id")
        all_ids.extend(ids)
        for r in rows:
            if isinstance(r.get("text"), str):
                t = norm(r["text"])
                if t in seen_text:
                    errors.append(f"{r['_where']}: duplicate text (also {seen_text[t]})")
                else:
                    seen_text[t] = r["_where"]
    dup_ids = [i for i, n in Counter(all_ids).items() if n > 1]
    if dup_ids:
        errors.append(f"duplicate ids: {sorted(map(str, dup_ids))}")
    expected = {f"s3-{n:03d}" for n in range(1, TOTAL + 1)}
    got = {i for i in all_ids if isinstance(i, str)}
    if got != expected:
        missing, extra = sorted(expected - got), sorted(got - expected)
        errors.append(f"id set mismatch: missing {missing[:10]}{'...' if len(missing) > 10 else ''}, "
                      f"unexpected {extra[:10]}{'...' if len(extra) > 10 else ''}")

    # counts and mix
    per = {name: counts(rows) for name, rows in data.items()}
    total = per["dev"] + per["test"]
    labels = ([f"sentiment:{s}" for s in SENTIMENTS] + [f"intent:{i}" for i in INTENTS]
              + ["no_intent:neutral", "no_intent:positive", "no_intent:negative", "multi_intent"])
    print(f"{'label':28s} {'dev':>5s} {'test':>5s} {'total':>6s}")
    for lab in labels:
        d, t = per["dev"][lab], per["test"][lab]
        print(f"{lab:28s} {d:5d} {t:5d} {d + t:6d}")
        if abs(d - t) > MAX_HALF_GAP:
            errors.append(f"mix: {lab} unbalanced between halves (dev {d}, test {t})")
    for it in INTENTS:
        if total[f"intent:{it}"] < MIN_PER_INTENT:
            errors.append(f"mix: {it} appears {total[f'intent:{it}']} times overall, need >= {MIN_PER_INTENT}")
    n = sum(len(rows) for rows in data.values()) or 1
    for lab, lo, hi in (("no_intent:neutral", 0.10, 0.20), ("sentiment:positive", 0.15, 0.25),
                        ("multi_intent", 0.30, 0.40)):
        share = total[lab] / n
        print(f"share {lab}: {share:.1%}")
        if not lo <= share <= hi:
            errors.append(f"mix: {lab} share {share:.1%} outside {lo:.0%}-{hi:.0%}")

    for w in warnings:
        print("WARNING:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    print(f"OK: {n} messages, no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
