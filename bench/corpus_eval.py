"""Exact plans and wrong ready plans on the labelled corpora.

  .venv/bin/python bench/corpus_eval.py                 regression corpus (demo data) + dev halves of the second
                                                        (HVAC contractor), third (coffee roaster) and fourth
                                                        (managed IT installer) fixtures
  .venv/bin/python bench/corpus_eval.py --held-out      also their held-out halves (score them once)
  .venv/bin/python bench/corpus_eval.py --misses dev    print every miss of one set
  .venv/bin/python bench/corpus_eval.py --set fifth-dev score one set (the fifth fixture: a solar installer;
                                                        sixth-dev / sixth-test: the sixth fixture;
                                                        seventh-dev / seventh-test: the seventh;
                                                        eighth-dev / eighth-test: the eighth;
                                                       ninth-dev / ninth-test: the ninth;
                                                       tenth-dev / tenth-test: the tenth;
                                                       eleventh-dev / eleventh-test: the eleventh;
                                                       twelfth-dev / twelfth-test: the twelfth;
                                                       thirteenth-dev / thirteenth-test: the thirteenth;
                                                       fourteenth-dev / fourteenth-test: the fourteenth;
                                                       fifteenth-dev / fifteenth-test: the fifteenth;
                                                       sixteenth-dev / sixteenth-test: the sixteenth)

A wrong ready plan is a plan ready to apply that differs from the label: the error that changes the wrong thing.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def score(name: str, show_misses: bool = False) -> dict:
    from core import corpus
    from core.chat import ChatService
    from core.store import Store

    if name == "regression":
        import datetime as dt

        from data.demo import generate
        os.environ.pop("CRM_PIPELINE", None)
        today, path = dt.date(2026, 11, 18), ROOT / "tests" / "corpus" / "utterances.jsonl"
        store = Store(":memory:")
        generate(store, today)
    else:
        import importlib

        letter = {"third": "c", "fourth": "d", "fifth": "e", "sixth": "f", "seventh": "g", "eighth": "h",
                  "ninth": "i", "tenth": "j", "eleventh": "k", "twelfth": "l", "thirteenth": "m",
                  "fourteenth": "n", "fifteenth": "o", "sixteenth": "p"}.get(name.split("-")[0], "b")
        fixture = importlib.import_module(f"tests.corpus.fixture_{letter}")
        os.environ["CRM_PIPELINE"] = ",".join(fixture.PIPELINE)
        today = fixture.TODAY
        file = {"dev": "second_dev.jsonl", "test": "second_test.jsonl"}.get(name, name.replace("-", "_") + ".jsonl")
        path = ROOT / "tests" / "corpus" / file
        store = Store(":memory:")
        fixture.generate(store, today)
    items = corpus.load(path)
    results = corpus.run(ChatService(store), items, today)
    misses = [(i, p, why) for i, p, why in results if why]
    wrong = [(i, p, why) for i, p, why in misses if corpus.wrong_ready(i, p, why)]
    by_cat, bad = Counter(i["category"] for i in items), Counter(i["category"] for i, _, _ in misses)
    out = {"set": name, "items": len(items), "exact": len(items) - len(misses), "wrong_ready": len(wrong),
           "by_category": {c: (by_cat[c] - bad[c], by_cat[c]) for c in sorted(by_cat)}}
    if show_misses:
        for i, p, why in misses:
            flag = "WRONG" if corpus.wrong_ready(i, p, why) else "miss "
            print(f"  {flag} {i['id']} [{i['category']}] {i['text']!r}: {why}")
    os.environ.pop("CRM_PIPELINE", None)
    store.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--held-out", action="store_true")
    names = ["regression", "dev", "test", "third-dev", "third-test", "fourth-dev", "fourth-test", "fifth-dev",
             "fifth-test", "sixth-dev", "sixth-test", "seventh-dev", "seventh-test", "eighth-dev",
             "eighth-test", "ninth-dev", "ninth-test", "tenth-dev", "tenth-test", "eleventh-dev", "eleventh-test",
             "twelfth-dev", "twelfth-test", "thirteenth-dev", "thirteenth-test", "fourteenth-dev", "fourteenth-test", "fifteenth-dev",
             "fifteenth-test", "sixteenth-dev", "sixteenth-test"]
    parser.add_argument("--misses", choices=names, help="print every miss of one set")
    parser.add_argument("--set", choices=names, help="score one set only")
    args = parser.parse_args()
    sets = ["regression", "dev", "third-dev", "fourth-dev", "fifth-dev", "sixth-dev", "seventh-dev", "eighth-dev",
            "ninth-dev", "tenth-dev"] + (["test", "third-test", "fourth-test", "fifth-test", "sixth-test", "seventh-test",
                                          "eighth-test", "ninth-test", "tenth-test"] if args.held_out else [])
    if (ROOT / "tests" / "corpus" / "eleventh_dev.jsonl").exists():
        sets.insert(sets.index("tenth-dev") + 1, "eleventh-dev")
    if (ROOT / "tests" / "corpus" / "twelfth_dev.jsonl").exists():
        sets.insert(sets.index("tenth-dev") + 2, "twelfth-dev")
    if (ROOT / "tests" / "corpus" / "thirteenth_dev.jsonl").exists():
        sets.insert(sets.index("tenth-dev") + 3, "thirteenth-dev")
    if (ROOT / "tests" / "corpus" / "fourteenth_dev.jsonl").exists():
        sets.insert(sets.index("tenth-dev") + 4, "fourteenth-dev")
    if (ROOT / "tests" / "corpus" / "fifteenth_dev.jsonl").exists():
        sets.insert(sets.index("tenth-dev") + 5, "fifteenth-dev")
    if args.misses or args.set:
        sets = [args.misses or args.set]
    print(f"{'set':<12} {'exact':>14} {'wrong ready plans':>18}")
    for name in sets:
        r = score(name, show_misses=args.misses == name)
        print(f"{name:<12} {r['exact']:>4}/{r['items']:<4} {r['exact'] / r['items']:>5.1%} {r['wrong_ready']:>18}")
        if args.misses:
            for cat, (ok, n) in r["by_category"].items():
                print(f"    {cat:<16} {ok:>3}/{n}")


if __name__ == "__main__":
    main()
