#!/usr/bin/env python3
"""Validate signals4_dev.jsonl and signals4_test.jsonl.

Checks: keys, id format/range/order, unique non-empty texts across both files,
allowed labels, canonical intent order, the rule objection/complaint/churn_threat
=> negative, and the mix targets of the whole set. Prints counts per label per
half. Exits 1 on any problem.

Usage: python3 validate_signals4.py
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [("dev", "signals4_dev.jsonl", 1, 120), ("test", "signals4_test.jsonl", 121, 240)]
KEYS = {"id", "text", "sentiment", "intents"}
SENTIMENTS = ["positive", "neutral", "negative"]
INTENTS = ["pricing_question", "objection", "complaint", "churn_threat", "buying_signal", "meeting_request"]
NEGATIVE_INTENTS = {"objection", "complaint", "churn_threat"}

# mix targets for the whole set (240 messages)
TARGET_TOTAL = 240
NEUTRAL_NO_INTENT = (0.12, 0.18)   # ~15%
POSITIVE = (0.17, 0.23)            # ~20%
MIN_PER_INTENT = 35
MULTI_INTENT = (0.30, 0.40)
THREE_INTENT = (3, 20)             # "a few"


def main():
    problems = []
    halves = {}
    seen_texts = {}
    seen_ids = set()

    for half, name, first, last in FILES:
        path = os.path.join(HERE, name)
        rows = []
        try:
            fh = open(path, encoding="utf-8")
        except OSError as exc:
            problems.append("%s: cannot open (%s)" % (name, exc))
            continue
        with fh:
            for ln, line in enumerate(fh, 1):
                where = "%s:%d" % (name, ln)
                if not line.strip():
                    problems.append("%s: blank line" % where)
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as exc:
                    problems.append("%s: bad JSON (%s)" % (where, exc))
                    continue
                if not isinstance(obj, dict) or set(obj) != KEYS:
                    problems.append("%s: keys must be exactly %s" % (where, sorted(KEYS)))
                    continue
                rows.append((where, obj))

        expected_ids = ["s4-%03d" % n for n in range(first, last + 1)]
        ids = [o["id"] for _, o in rows]
        if ids != expected_ids:
            problems.append("%s: ids must be %s..%s, contiguous and sorted" % (name, expected_ids[0], expected_ids[-1]))

        for where, o in rows:
            oid, text, sent, intents = o["id"], o["text"], o["sentiment"], o["intents"]
            if oid in seen_ids:
                problems.append("%s: duplicate id %s" % (where, oid))
            seen_ids.add(oid)
            if not isinstance(text, str) or not text.strip():
                problems.append("%s: empty or non-string text" % where)
            else:
                key = " ".join(text.split()).lower()
                if key in seen_texts:
                    problems.append("%s: duplicate text (also %s)" % (where, seen_texts[key]))
                seen_texts[key] = where
            if sent not in SENTIMENTS:
                problems.append("%s: bad sentiment %r" % (where, sent))
            if not isinstance(intents, list) or any(i not in INTENTS for i in intents):
                problems.append("%s: bad intents %r" % (where, intents))
                continue
            if len(set(intents)) != len(intents):
                problems.append("%s: duplicate intent" % where)
            if intents != [i for i in INTENTS if i in intents]:
                problems.append("%s: intents not in canonical order %r" % (where, intents))
            if NEGATIVE_INTENTS & set(intents) and sent != "negative":
                problems.append("%s: objection/complaint/churn_threat requires negative sentiment" % where)
        halves[half] = [o for _, o in rows]

    # counts per half
    def stats(rows):
        c = Counter()
        for o in rows:
            c["sentiment:" + o["sentiment"]] += 1
            for i in o["intents"]:
                c["intent:" + i] += 1
            n = len(o["intents"])
            if n == 0:
                c["no_intent"] += 1
                if o["sentiment"] == "neutral":
                    c["neutral_no_intent"] += 1
            if n >= 2:
                c["multi_intent"] += 1
            if n == 3:
                c["three_intent"] += 1
        c["messages"] = len(rows)
        return c

    all_rows = [o for h in ("dev", "test") for o in halves.get(h, [])]
    per = {h: stats(halves.get(h, [])) for h in ("dev", "test")}
    tot = stats(all_rows)
    labels = (["messages"] + ["sentiment:" + s for s in SENTIMENTS] + ["intent:" + i for i in INTENTS]
              + ["no_intent", "neutral_no_intent", "multi_intent", "three_intent"])
    print("%-26s %5s %5s %5s %7s" % ("label", "dev", "test", "all", "all%"))
    for lab in labels:
        pct = 100.0 * tot[lab] / max(1, tot["messages"])
        print("%-26s %5d %5d %5d %6.1f%%" % (lab, per["dev"][lab], per["test"][lab], tot[lab], pct))

    # signature balance between halves
    sig = lambda o: o["sentiment"] + "|" + ",".join(o["intents"])
    sd, st = Counter(map(sig, halves.get("dev", []))), Counter(map(sig, halves.get("test", [])))
    for s in set(sd) | set(st):
        if abs(sd[s] - st[s]) > 1:
            problems.append("signature %s split unevenly: dev %d, test %d" % (s, sd[s], st[s]))

    # mix targets
    n = tot["messages"]
    if n != TARGET_TOTAL:
        problems.append("expected %d messages, found %d" % (TARGET_TOTAL, n))
    if n:
        def frac_check(name, value, lo_hi):
            lo, hi = lo_hi
            if not (lo <= value / n <= hi):
                problems.append("%s = %d (%.1f%%) outside %.0f-%.0f%%" % (name, value, 100.0 * value / n, 100 * lo, 100 * hi))
        frac_check("neutral with no intent", tot["neutral_no_intent"], NEUTRAL_NO_INTENT)
        frac_check("positive", tot["sentiment:positive"], POSITIVE)
        frac_check("multi-intent", tot["multi_intent"], MULTI_INTENT)
        for i in INTENTS:
            if tot["intent:" + i] < MIN_PER_INTENT:
                problems.append("%s in %d messages (< %d)" % (i, tot["intent:" + i], MIN_PER_INTENT))
        lo, hi = THREE_INTENT
        if not (lo <= tot["three_intent"] <= hi):
            problems.append("three-intent messages = %d, expected %d-%d" % (tot["three_intent"], lo, hi))

    if problems:
        print("\nFAIL: %d problem(s)" % len(problems))
        for p in problems:
            print("  - " + p)
        return 1
    print("\nOK: %d messages, all checks passed" % n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
