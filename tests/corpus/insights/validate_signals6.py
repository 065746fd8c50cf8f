"""Validate the signals6 insights eval set (signals6_dev.jsonl, signals6_test.jsonl).

Checks: keys and ids, unique non-empty texts across both files, allowed labels, intents in the fixed order without
duplicates, the sentiment rule (objection/complaint/churn_threat imply negative and negative implies one of them),
per-half mix ranges, overall minimums, an even split of every label signature between the halves, and that no text
repeats a text (or a long line of a text) from the earlier sets' *.jsonl files in this folder. The earlier texts are
only compared, never printed.

Prints counts per label and per signature for each half. Exits 1 on any problem. Standard library only.
Run: python3 validate_signals6.py
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {"dev": HERE / "signals6_dev.jsonl", "test": HERE / "signals6_test.jsonl"}
ID_RANGES = {"dev": range(1, 121), "test": range(121, 241)}
KEYS = {"id", "text", "sentiment", "intents"}
SENTIMENTS = {"positive", "neutral", "negative"}
INTENT_ORDER = ["pricing_question", "objection", "complaint", "churn_threat", "buying_signal", "meeting_request"]
NEGATIVE_INTENTS = {"objection", "complaint", "churn_threat"}
LONG_LINE = 40  # lines at least this long (normalised) must not appear in an earlier set's texts

# per-half ranges (inclusive)
RANGES = {
    "messages": (120, 120),
    "neutral, no intent": (42, 54),
    "positive": (10, 16),
    "negative": (35, 45),
    "pricing_question": (17, 25),
    "objection": (11, 17),
    "complaint": (15, 23),
    "churn_threat": (13, 19),
    "buying_signal": (16, 24),
    "meeting_request": (13, 19),
    "multi-intent (2+)": (27, 39),
    "three intents": (2, 6),
}
# whole-set minimums and shares
MIN_TOTAL = {"complaint": 30, "churn_threat": 25}
NEUTRAL_NO_INTENT_SHARE = (0.35, 0.45)

problems = []


def problem(msg):
    problems.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def load(name, path):
    rows = []
    if not path.exists():
        problem(f"{path.name}: missing (run build_signals6.py)")
        return rows
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                problem(f"{path.name}:{n}: blank line")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                problem(f"{path.name}:{n}: bad JSON ({exc})")
                continue
            if not isinstance(row, dict) or set(row) != KEYS:
                problem(f"{path.name}:{n}: keys must be exactly {sorted(KEYS)}")
                continue
            rows.append(row)
    return rows


def check_row(row, where):
    rid = row["id"]
    if not isinstance(row["text"], str) or not row["text"].strip():
        problem(f"{where} {rid}: empty or non-string text")
    if row["sentiment"] not in SENTIMENTS:
        problem(f"{where} {rid}: bad sentiment {row['sentiment']!r}")
    intents = row["intents"]
    if not isinstance(intents, list) or not all(isinstance(x, str) for x in intents):
        problem(f"{where} {rid}: intents must be a list of strings")
        return
    bad = [x for x in intents if x not in INTENT_ORDER]
    if bad:
        problem(f"{where} {rid}: unknown intents {bad}")
        return
    if len(set(intents)) != len(intents):
        problem(f"{where} {rid}: duplicate intents")
    if intents != sorted(intents, key=INTENT_ORDER.index):
        problem(f"{where} {rid}: intents not in the fixed order")
    has_neg = bool(NEGATIVE_INTENTS & set(intents))
    if has_neg and row["sentiment"] != "negative":
        problem(f"{where} {rid}: objection/complaint/churn_threat require negative sentiment")
    if row["sentiment"] == "negative" and not has_neg:
        problem(f"{where} {rid}: negative sentiment needs an objection, complaint or churn_threat")


def counts(rows):
    c = Counter()
    c["messages"] = len(rows)
    for r in rows:
        c[r["sentiment"]] += 1
        for x in r["intents"]:
            c[x] += 1
        if not r["intents"]:
            c["no intent"] += 1
            if r["sentiment"] == "neutral":
                c["neutral, no intent"] += 1
        if len(r["intents"]) >= 2:
            c["multi-intent (2+)"] += 1
        if len(r["intents"]) == 3:
            c["three intents"] += 1
    return c


def signature(r):
    return r["sentiment"] + " | " + (", ".join(r["intents"]) or "-")


def earlier_texts():
    """Texts of the earlier sets' JSONL files in this folder, for comparison only."""
    full, lines = set(), set()
    for path in sorted(HERE.glob("*.jsonl")):
        if path.name.startswith("signals6_"):
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                try:
                    text = json.loads(line).get("text", "")
                except (json.JSONDecodeError, AttributeError):
                    continue
                if not isinstance(text, str):
                    continue
                full.add(norm(text))
                for part in text.splitlines():
                    p = norm(part)
                    if len(p) >= LONG_LINE:
                        lines.add(p)
    return full, lines


def main():
    halves = {name: load(name, path) for name, path in FILES.items()}

    # ids
    for name, rows in halves.items():
        expected = [f"s6-{i:03d}" for i in ID_RANGES[name]]
        got = [r["id"] for r in rows]
        if got != expected:
            problem(f"{name}: ids must be {expected[0]}..{expected[-1]} in order (got {len(got)} rows)")
        for r in rows:
            check_row(r, name)

    all_rows = halves["dev"] + halves["test"]
    ids = Counter(r["id"] for r in all_rows)
    for rid, n in ids.items():
        if n > 1:
            problem(f"duplicate id {rid}")

    # unique texts (exact and normalised)
    seen = {}
    for r in all_rows:
        if not isinstance(r["text"], str):
            continue
        key = norm(r["text"])
        if key in seen:
            problem(f"{r['id']}: text duplicates {seen[key]}")
        else:
            seen[key] = r["id"]

    # no overlap with the earlier sets
    full, lines = earlier_texts()
    if not full:
        problem("no earlier *.jsonl texts found to compare against")
    for r in all_rows:
        if not isinstance(r["text"], str):
            continue
        if norm(r["text"]) in full:
            problem(f"{r['id']}: text repeats a text from an earlier set")
            continue
        for part in r["text"].splitlines():
            p = norm(part)
            if len(p) >= LONG_LINE and p in lines:
                problem(f"{r['id']}: a line repeats a line from an earlier set")
                break

    # counts per half
    per = {name: counts(rows) for name, rows in halves.items()}
    labels = ["messages", "positive", "neutral", "negative"] + INTENT_ORDER + [
        "no intent", "neutral, no intent", "multi-intent (2+)", "three intents"]
    print(f"{'label':<22}{'dev':>6}{'test':>6}{'all':>6}")
    for lab in labels:
        d, t = per["dev"][lab], per["test"][lab]
        print(f"{lab:<22}{d:>6}{t:>6}{d + t:>6}")
    for name in halves:
        for lab, (lo, hi) in RANGES.items():
            v = per[name][lab]
            if not lo <= v <= hi:
                problem(f"{name}: {lab} = {v}, expected {lo}-{hi}")
    total = per["dev"] + per["test"]
    for lab, lo in MIN_TOTAL.items():
        if total[lab] < lo:
            problem(f"all: {lab} = {total[lab]}, expected at least {lo}")
    if total["messages"]:
        share = total["neutral, no intent"] / total["messages"]
        lo, hi = NEUTRAL_NO_INTENT_SHARE
        if not lo <= share <= hi:
            problem(f"all: neutral with no intent is {share:.1%}, expected {lo:.0%}-{hi:.0%}")

    # signature split
    sig = {name: Counter(signature(r) for r in rows) for name, rows in halves.items()}
    print(f"\n{'signature':<62}{'dev':>5}{'test':>5}")
    for s in sorted(set(sig["dev"]) | set(sig["test"])):
        d, t = sig["dev"][s], sig["test"][s]
        print(f"{s:<62}{d:>5}{t:>5}")
        if abs(d - t) > 1:
            problem(f"signature '{s}' split {d}/{t}, difference above 1")

    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  - " + p)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
