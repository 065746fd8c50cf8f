#!/usr/bin/env python3
"""Validate signals5_dev.jsonl and signals5_test.jsonl (standard library only).

Checks: keys, ids (s5-001..s5-120 in dev, s5-121..s5-240 in test, in order), unique non-empty texts across both
files, allowed labels, intent order without duplicates, the sentiment rule (objection/complaint/churn_threat imply
negative; negative implies at least one of them), the per-half mix, and that every label signature
(sentiment + intent set) is split evenly between the halves (difference <= 1).
Prints counts per label per half. Exits 1 on any problem.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [("dev", "signals5_dev.jsonl", 1), ("test", "signals5_test.jsonl", 121)]
HALF_SIZE = 120
KEYS = {"id", "text", "sentiment", "intents"}
SENTIMENTS = ["positive", "neutral", "negative"]
INTENTS = ["pricing_question", "objection", "complaint", "churn_threat", "buying_signal", "meeting_request"]
NEGATIVE_INTENTS = {"objection", "complaint", "churn_threat"}

# Allowed ranges per half (inclusive). See README_signals5.md, section "Mix".
MIX = {
    "neutral, no intent": (18, 25),
    "positive": (20, 26),
    "neutral + buying_signal only": (15, 20),
    "pricing_question": (18, 24),
    "objection": (16, 22),
    "complaint": (16, 22),
    "churn_threat": (10, 15),
    "buying_signal": (18, 28),
    "meeting_request": (14, 19),
}


def norm(text):
    return " ".join(text.lower().split())


def load(name, path, first_id, problems, seen_texts):
    rows = []
    try:
        fh = open(path, encoding="utf-8")
    except OSError as exc:
        problems.append("%s: cannot open: %s" % (name, exc))
        return rows
    with fh:
        for lineno, line in enumerate(fh, 1):
            where = "%s line %d" % (name, lineno)
            if not line.strip():
                problems.append("%s: empty line" % where)
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:
                problems.append("%s: bad JSON: %s" % (where, exc))
                continue
            if not isinstance(row, dict) or set(row) != KEYS:
                problems.append("%s: keys must be exactly %s" % (where, sorted(KEYS)))
                continue
            want_id = "s5-%03d" % (first_id + len(rows))
            if row["id"] != want_id:
                problems.append("%s: id %r, expected %r" % (where, row["id"], want_id))
            text = row["text"]
            if not isinstance(text, str) or not text.strip():
                problems.append("%s: empty or non-string text" % where)
            else:
                key = norm(text)
                if key in seen_texts:
                    problems.append("%s: duplicate text (also %s)" % (where, seen_texts[key]))
                seen_texts[key] = row["id"]
            sentiment = row["sentiment"]
            if sentiment not in SENTIMENTS:
                problems.append("%s: sentiment %r not allowed" % (where, sentiment))
            intents = row["intents"]
            if not isinstance(intents, list) or any(i not in INTENTS for i in intents):
                problems.append("%s: intents %r contain unknown labels" % (where, intents))
                intents = []
            elif len(set(intents)) != len(intents):
                problems.append("%s: duplicate intents %r" % (where, intents))
            elif intents != sorted(intents, key=INTENTS.index):
                problems.append("%s: intents %r not in the fixed order" % (where, intents))
            has_neg = bool(NEGATIVE_INTENTS & set(intents))
            if has_neg and sentiment != "negative":
                problems.append("%s: objection/complaint/churn_threat but sentiment %r" % (where, sentiment))
            if sentiment == "negative" and not has_neg:
                problems.append("%s: negative without objection, complaint or churn_threat" % where)
            rows.append(row)
    if len(rows) != HALF_SIZE:
        problems.append("%s: %d rows, expected %d" % (name, len(rows), HALF_SIZE))
    return rows


def signature(row):
    return (row["sentiment"],) + tuple(row["intents"])


def mix_counts(rows):
    c = Counter()
    for row in rows:
        c[row["sentiment"]] += 1
        for intent in row["intents"]:
            c[intent] += 1
        if row["sentiment"] == "neutral" and not row["intents"]:
            c["neutral, no intent"] += 1
        if row["sentiment"] == "neutral" and row["intents"] == ["buying_signal"]:
            c["neutral + buying_signal only"] += 1
        if len(row["intents"]) >= 2:
            c["multi-intent"] += 1
    return c


def main():
    problems = []
    seen_texts = {}
    halves = {}
    for name, fname, first_id in FILES:
        halves[name] = load(name, os.path.join(HERE, fname), first_id, problems, seen_texts)

    counts = {name: mix_counts(rows) for name, rows in halves.items()}
    labels = SENTIMENTS + INTENTS + ["neutral, no intent", "neutral + buying_signal only", "multi-intent"]
    print("%-30s %6s %6s" % ("label", "dev", "test"))
    for label in labels:
        print("%-30s %6d %6d" % (label, counts["dev"][label], counts["test"][label]))

    for name in halves:
        for label, (lo, hi) in MIX.items():
            n = counts[name][label]
            if not lo <= n <= hi:
                problems.append("%s: %s = %d, outside %d..%d" % (name, label, n, lo, hi))

    sig = {name: Counter(signature(r) for r in rows) for name, rows in halves.items()}
    print("\n%-62s %4s %4s" % ("signature (sentiment + intents)", "dev", "test"))
    for s in sorted(set(sig["dev"]) | set(sig["test"]), key=lambda s: (SENTIMENTS.index(s[0]), len(s), s)):
        d, t = sig["dev"][s], sig["test"][s]
        print("%-62s %4d %4d" % (" + ".join(s), d, t))
        if abs(d - t) > 1:
            problems.append("signature %s split unevenly: dev %d, test %d" % (" + ".join(s), d, t))

    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("\nOK: %s" % ", ".join("%s %d rows" % (n, len(r)) for n, r in halves.items()))


if __name__ == "__main__":
    main()
