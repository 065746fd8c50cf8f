"""Questions over the demo data, written by people who never read the answering code: right, honest refusal,
confident wrong.

  .venv/bin/python bench/questions_eval.py [--held-out] [--misses]                  first set (questions_demo.jsonl:
                                                                                     dev = even ids, held-out = odd)
  .venv/bin/python bench/questions_eval.py --set questions2 [--held-out] [--misses] second set (questions2_dev.jsonl,
                                                                                     questions2_test.jsonl held out)
  .venv/bin/python bench/questions_eval.py --set questions3 [--held-out] [--misses] third set, the same way
  .venv/bin/python bench/questions_eval.py --set questions4 [--held-out] [--misses] fourth set (stratified halves)
  .venv/bin/python bench/questions_eval.py --set questions5 [--held-out] [--misses] fifth set (stratified halves)
  .venv/bin/python bench/questions_eval.py --set questions6 [--held-out] [--misses] sixth set (stratified halves)
  .venv/bin/python bench/questions_eval.py --set questions7 [--held-out] [--misses] seventh set (stratified halves)
  .venv/bin/python bench/questions_eval.py --set questions8 [--held-out] [--misses] eighth set (stratified halves)
  .venv/bin/python bench/questions_eval.py --set questions9 [--held-out] [--misses] ninth set (stratified halves)
  .venv/bin/python bench/questions_eval.py --set questions10 [--held-out] [--misses] tenth set (stratified halves)
  .venv/bin/python bench/questions_eval.py --set questions11 [--held-out] [--misses] eleventh set (stratified halves)
  .venv/bin/python bench/questions_eval.py --set questions12 [--held-out] [--misses] twelfth set
  .venv/bin/python bench/questions_eval.py --set questions13 [--held-out] [--misses] thirteenth set
  .venv/bin/python bench/questions_eval.py --set questions14 [--held-out] [--misses] fourteenth set
  .venv/bin/python bench/questions_eval.py --set questions15 [--held-out] [--misses] fifteenth set
  .venv/bin/python bench/questions_eval.py --set questions16 [--held-out] [--misses] sixteenth set
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
SET = ROOT / "tests" / "corpus" / "questions_demo.jsonl"
REFUSAL = re.compile(r"\b(can'?t|cannot|couldn'?t|could not|don'?t know|didn'?t understand|not something|no such|"
                     r"not found|isn'?t in|no company|no contacts?|no deals?|no activity|nothing|doesn'?t record|has not started yet|"
                     r"there is no \w+ called)\b",
                     re.I)  # "No contacts at <company>." is a true answer to "who's our contact at <company>"
TODAY = dt.date(2026, 11, 18)


def half(item: dict) -> str:
    return "dev" if int(re.sub(r"\D", "", item["id"])) % 2 == 0 else "test"


def has(label: str, low: str) -> bool:
    """A label is found in the answer; a label that is a number ("9", "13", "1,128,000") only as that whole number, not
    inside another ("$429,000") or inside a date ("2026-11-13")."""
    label = label.lower()
    if re.fullmatch(r"\$?[\d,]+(?:\.\d+)?%?", label):
        return bool(re.search(rf"(?<![\d,.\-/]){re.escape(label)}(?![\d]|,\d|\.\d|-\d|/\d)", low))
    return label in low


def judge(item: dict, answer: str, declined: bool) -> str:
    """right | refusal (honest: says it cannot answer, shows nothing wrong) | wrong (confidently wrong)."""
    low = answer.lower()
    has_excluded = any(has(x, low) for x in item.get("answer_excludes", []))
    if item.get("decline"):  # asking which record is meant is honest too (CONVENTIONS 9: ambiguity asks)
        asks = bool(re.search(r"\bWhich one\?\s*$", answer))
        return "right" if (declined or asks or REFUSAL.search(answer)) and not has_excluded else "wrong"
    if not has_excluded and all(has(c, low) for c in item.get("answer_contains", [])):
        return "right"
    if declined and not has_excluded:
        return "refusal"
    return "wrong"


def load(name: str) -> list[dict]:
    """Items with a "half" of dev or test."""
    if name != "questions_demo":
        out = []
        for h, f in (("dev", f"{name}_dev.jsonl"), ("test", f"{name}_test.jsonl")):
            out += [{**json.loads(line), "half": h} for line in (SET.parent / f).read_text().splitlines() if line.strip()]
        return [{**i, "text": i.get("text") or i["question"]} for i in out]  # questions11 names it "question"
    return [{**json.loads(line), "half": None} for line in SET.read_text().splitlines() if line.strip()]


def run(halves: tuple[str, ...], show: bool = False, name: str = "questions_demo") -> dict:
    from core.chat import ChatService
    from core.store import Store
    from data.demo import generate

    store = Store(":memory:")
    generate(store, TODAY)
    chat = ChatService(store)
    items = load(name)
    out = {}
    for h in halves:
        counts = {"right": 0, "refusal": 0, "wrong": 0}
        chosen = [i for i in items if (i["half"] or half(i)) == h]
        for item in chosen:
            plan = chat.plan(item["text"], item["user"], None, today=TODAY)
            answer = plan.answer if plan.answer is not None else " ".join(plan.errors)
            declined = plan.intent != "question" or bool(re.match(r"(I couldn.t find|That is not|I didn.t understand|The CRM doesn.t record|I can.t answer)",
                                                                  answer or ""))
            verdict = judge(item, answer or "", declined)
            counts[verdict] += 1
            if show and verdict != "right":
                print(f"  {verdict.upper():8} {item['id']} [{item['family']}] {item['text']!r}\n"
                      f"           contains={item.get('answer_contains')} excludes={item.get('answer_excludes')}\n"
                      f"           answer: {(answer or '')[:300]!r}")
        out[h] = (counts, len(chosen))
    store.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--held-out", action="store_true")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--set", choices=["questions_demo", "questions2", "questions3", "questions4", "questions5",
                                          "questions6", "questions7", "questions8", "questions9", "questions10",
                                          "questions11", "questions12", "questions13", "questions14", "questions15", "questions16"],
                        default="questions_demo")
    args = parser.parse_args()
    halves = ("dev", "test") if args.held_out else ("dev",)
    for h, (c, n) in run(halves, args.misses, args.set).items():
        ok = c["right"] + c["refusal"]
        print(f"{h:<5} right {c['right']}/{n}, honest refusals {c['refusal']}, right-or-honest {ok}/{n} = {ok / n:.1%}, "
              f"confidently wrong {c['wrong']}")


if __name__ == "__main__":
    main()
