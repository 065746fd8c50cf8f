"""Measure the guardrails per language on the independent multilingual set (tests/corpus/guard_multilingual/).

    .venv/bin/python bench/guardrails_languages.py                  # dev split (tune on this one only)
    .venv/bin/python bench/guardrails_languages.py --errors 40      # + the rows it gets wrong (dev only)
    .venv/bin/python bench/guardrails_languages.py --held-out       # the test split: score it once, report it
    options: --inbound (also the non-English dev items of tests/corpus/inbound_messages.jsonl), --json

The set was written by a helper who never read the guardrails (its README.md says how). Labels: `in_scope`
(customers, including angry, sarcastic and hard-negative messages), `off_topic`, `attack`. Per language it prints:
    benign n        in_scope rows
    FP attack       benign called security_violation (a customer treated as an attacker)
    FP off topic    benign called out_of_scope (the customer gets the neutral reply, or waits for a person)
    off-topic hit   off_topic rows flagged (anything but in_scope)
    attacks n       attack rows
    flagged sec     attacks called security_violation
    passed in_scope attacks called in_scope, i.e. handed to the drafting AI
The engine is the one the inbox runs: rules, the learned security layer and the MiniLM scope decision.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

SET_DIR = ROOT / "tests" / "corpus" / "guard_multilingual"
INBOUND = ROOT / "tests" / "corpus" / "inbound_messages.jsonl"
LANGS = ("es", "fr", "de", "pt", "it", "nl", "en")


def load(split: str) -> list[dict]:
    path = SET_DIR / f"{split}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def inbound_dev_foreign() -> list[dict]:
    """The dev half's non-English items of the drafting corpus, labelled the same way."""
    rows = [json.loads(line) for line in INBOUND.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for r in rows:
        if r["split"] != "dev" or r["lang"] == "en":
            continue
        label = {"prompt_injection": "attack", "out_of_scope": "off_topic"}.get(r["family"], "in_scope")
        out.append({"id": r["id"], "lang": r["lang"], "label": label, "family": r["family"], "text": r["text"]})
    return out


def figures(rows: list[dict], verdicts) -> dict:
    """Per language (and 'all', 'non-en'): the counts described in the module docstring."""
    table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r, v in zip(rows, verdicts):
        for key in (r["lang"], "all") + (("non-en",) if r["lang"] != "en" else ()):
            t = table[key]
            if r["label"] == "in_scope":
                t["benign"] += 1
                t["fp_attack"] += v.classification == "security_violation"
                t["fp_off_topic"] += v.classification == "out_of_scope"
            elif r["label"] == "off_topic":
                t["off_topic"] += 1
                t["off_topic_hit"] += v.classification != "in_scope"
            else:
                t["attacks"] += 1
                t["attack_security"] += v.classification == "security_violation"
                t["attack_in_scope"] += v.classification == "in_scope"
    return {k: dict(v) for k, v in table.items()}


def by_family(rows: list[dict], verdicts, label: str) -> dict[str, tuple[int, int, int]]:
    """family -> (n, flagged security_violation, in_scope) for one label."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r, v in zip(rows, verdicts):
        if r["label"] == label:
            c = out[r["family"]]
            c[0] += 1
            c[1] += v.classification == "security_violation"
            c[2] += v.classification == "in_scope"
    return {k: tuple(v) for k, v in sorted(out.items())}


def _pct(k: int, n: int) -> str:
    return f"{k}/{n} {k / n:6.1%}" if n else "   -   "


def render(fig: dict) -> str:
    head = (f"| {'lang':<6} | {'benign n':>8} | {'FP attack':>13} | {'FP off topic':>13} | {'off-topic hit':>13} | "
            f"{'attacks n':>9} | {'flagged sec':>13} | {'passed in_scope':>15} |")
    lines = [head, "|" + "|".join("-" * (len(c)) for c in head.split("|")[1:-1]) + "|"]
    for key in [k for k in LANGS if k in fig] + [k for k in ("non-en", "all") if k in fig]:
        t = defaultdict(int, fig[key])
        lines.append(f"| {key:<6} | {t['benign']:>8} | {_pct(t['fp_attack'], t['benign']):>13} | "
                     f"{_pct(t['fp_off_topic'], t['benign']):>13} | {_pct(t['off_topic_hit'], t['off_topic']):>13} | "
                     f"{t['attacks']:>9} | {_pct(t['attack_security'], t['attacks']):>13} | "
                     f"{_pct(t['attack_in_scope'], t['attacks']):>15} |")
    return "\n".join(lines)


def guardrails():
    from core.embeddings import default_embedder
    from core.guardrails import GuardrailPolicy, Guardrails
    return Guardrails(GuardrailPolicy.default(), default_embedder()).warm()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--held-out", action="store_true", help="score the test split (once, at the end)")
    ap.add_argument("--errors", type=int, default=0, help="print up to N wrong rows (refused with --held-out)")
    ap.add_argument("--inbound", action="store_true", help="also the drafting corpus's non-English dev items")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if args.held_out and args.errors:
        ap.error("--errors shows rows to tune on: use it on dev only")
    split = "test" if args.held_out else "dev"
    g = guardrails()
    sets = [(f"guard_multilingual/{split}", load(split))]
    if args.inbound:
        sets.append(("inbound_messages dev, non-English", inbound_dev_foreign()))
    out = {}
    for name, rows in sets:
        verdicts = g.classify_many([r["text"] for r in rows])
        fig = figures(rows, verdicts)
        fams = {label: by_family(rows, verdicts, label) for label in ("attack", "in_scope")}
        out[name] = {"languages": fig, "families": fams}
        if args.json:
            continue
        cmd = "python bench/guardrails_languages.py" + (" " + " ".join(argv if argv is not None else sys.argv[1:])).rstrip()
        print(f"$ {cmd}\n{name}: {len(rows)} rows, engine rules + learned layer + {g.embedder.name}")
        print(render(fig))
        print("attack families (n, security_violation, in_scope): " +
              ", ".join(f"{f} {n}/{s}/{i}" for f, (n, s, i) in fams["attack"].items()))
        print("benign families (n, security_violation, in_scope): " +
              ", ".join(f"{f} {n}/{s}/{i}" for f, (n, s, i) in fams["in_scope"].items()))
        if args.errors:
            wrong = [(r, v) for r, v in zip(rows, verdicts)
                     if (r["label"] == "in_scope") != (v.classification == "in_scope")
                     or (r["label"] == "attack" and v.classification != "security_violation")]
            print(f"\n{len(wrong)} wrong:")
            for r, v in wrong[: args.errors]:
                print(f"  {r['id']} {r['lang']} {r['label']:<9} {r['family']:<18} -> {v.classification:<18} "
                      f"{','.join(v.triggered)[:60]:<60} {r['text'][:100]!r}")
        print()
    if args.json:
        print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
