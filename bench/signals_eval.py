"""Scores the offline message-signal detector on a labelled set (tests/corpus/insights/, written independently).

    .venv/bin/python bench/signals_eval.py [--set dev|test|signals3-dev|signals3-test|signals4-dev|signals4-test|signals5-dev|signals5-test|signals6-dev|signals6-test|signals7-dev|signals7-test] [--engine learned|lexicon] [--errors]

--engine learned (the default, what the inbox runs) is the learned model over the lexicon's cues and MiniLM;
--engine lexicon is the lexicon detector alone.

Prints sentiment accuracy, per-intent precision/recall/F1, per-label accuracy (each of the six intents right or
wrong on each message), exact intent sets, and whole messages right (sentiment and every intent).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.insights.signals import INTENTS, detect  # noqa: E402
from core.insights import learned_signals  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "insights"


def score(rows: list[dict], engine: str = "learned", model_path: str | None = None) -> dict:
    model = learned_signals.SignalModel.load(model_path) if model_path else None
    readings = learned_signals.read([r["text"] for r in rows], model=model) if engine == "learned" else \
        [detect(r["text"]) for r in rows]
    out = {"n": len(rows), "sentiment": 0, "intent_sets": 0, "messages": 0, "label_decisions": 0, "errors": [],
           "per_intent": {i: {"tp": 0, "fp": 0, "fn": 0} for i in INTENTS}}
    for r, s in zip(rows, readings):
        gold, got = set(r["intents"]), set(s.intents)
        out["sentiment"] += s.sentiment == r["sentiment"]
        out["intent_sets"] += gold == got
        out["messages"] += gold == got and s.sentiment == r["sentiment"]
        for i in INTENTS:
            c = out["per_intent"][i]
            c["tp"] += i in gold and i in got
            c["fp"] += i in got and i not in gold
            c["fn"] += i in gold and i not in got
            out["label_decisions"] += (i in gold) == (i in got)
        if gold != got or s.sentiment != r["sentiment"]:
            out["errors"].append({"id": r["id"], "text": r["text"], "gold": [r["sentiment"], sorted(gold)],
                                  "got": [s.sentiment, sorted(got)], "evidence": s.evidence})
    n = max(len(rows), 1)
    out["sentiment_accuracy"] = out["sentiment"] / n
    out["intent_set_accuracy"] = out["intent_sets"] / n
    out["message_accuracy"] = out["messages"] / n
    out["label_accuracy"] = out["label_decisions"] / (n * len(INTENTS))
    for c in out["per_intent"].values():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        c.update(precision=p, recall=r, f1=2 * p * r / (p + r) if p + r else 0.0)
    tp = sum(c["tp"] for c in out["per_intent"].values())
    fp = sum(c["fp"] for c in out["per_intent"].values())
    fn = sum(c["fn"] for c in out["per_intent"].values())
    out["intent_micro_f1"] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return out


def load(name: str) -> list[dict]:
    path = CORPUS / (f"messages_{name}.jsonl" if name in ("dev", "test") else f"{name.replace('-', '_')}.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", default="dev", choices=["dev", "test", "signals3-dev", "signals3-test", "signals4-dev", "signals4-test", "signals5-dev", "signals5-test", "signals6-dev", "signals6-test", "signals7-dev", "signals7-test"])
    ap.add_argument("--engine", default="learned", choices=["learned", "lexicon"])
    ap.add_argument("--model", help="a model file other than data/signal_model.npz (experiments)")
    ap.add_argument("--errors", action="store_true", help="print every message got wrong")
    args = ap.parse_args(argv)
    r = score(load(args.set), args.engine, args.model)
    print(f"{args.set} ({args.engine}): {r['n']} messages")
    print(f"sentiment accuracy {r['sentiment_accuracy']:.1%}; intent labels right {r['label_accuracy']:.1%} "
          f"({r['n']} x {len(INTENTS)} decisions); intent micro-F1 {r['intent_micro_f1']:.1%}; exact intent set "
          f"{r['intent_set_accuracy']:.1%}; whole message right {r['message_accuracy']:.1%}")
    for i, c in r["per_intent"].items():
        print(f"  {i:<17} P {c['precision']:.2f} R {c['recall']:.2f} F1 {c['f1']:.2f}  (tp {c['tp']}, fp {c['fp']}, "
              f"fn {c['fn']})")
    if args.errors:
        for e in r["errors"]:
            print(f"{e['id']}: {e['text']}\n    gold {e['gold']}  got {e['got']}  {e['evidence']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
