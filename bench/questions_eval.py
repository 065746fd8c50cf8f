"""Questions over the demo data (tests/corpus/questions_demo.jsonl, written by someone who never read the answering
code): right, honest refusal, confident wrong. Dev half = even-numbered ids; held-out half = odd ids.

  .venv/bin/python bench/questions_eval.py [--held-out] [--misses]
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
                     r"not found|isn'?t in|no company|no contact|no deal|nothing)\b", re.I)
TODAY = dt.date(2026, 11, 18)


def half(item: dict) -> str:
    return "dev" if int(re.sub(r"\D", "", item["id"])) % 2 == 0 else "test"


def judge(item: dict, answer: str, declined: bool) -> str:
    """right | refusal (honest: says it cannot answer, shows nothing wrong) | wrong (confidently wrong)."""
    low = answer.lower()
    has_excluded = any(x.lower() in low for x in item.get("answer_excludes", []))
    if item.get("decline"):
        return "right" if (declined or REFUSAL.search(answer)) and not has_excluded else "wrong"
    if not has_excluded and all(c.lower() in low for c in item.get("answer_contains", [])):
        return "right"
    if declined and not has_excluded:
        return "refusal"
    return "wrong"


def run(halves: tuple[str, ...], show: bool = False) -> dict:
    from core.chat import ChatService
    from core.store import Store
    from data.demo import generate

    store = Store(":memory:")
    generate(store, TODAY)
    chat = ChatService(store)
    items = [json.loads(line) for line in SET.read_text().splitlines() if line.strip()]
    out = {}
    for h in halves:
        counts = {"right": 0, "refusal": 0, "wrong": 0}
        chosen = [i for i in items if half(i) == h]
        for item in chosen:
            plan = chat.plan(item["text"], item["user"], None, today=TODAY)
            answer = plan.answer if plan.answer is not None else " ".join(plan.errors)
            declined = plan.intent != "question" or bool(re.match(r"(I couldn't find|That is not|I didn't understand)",
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
    args = parser.parse_args()
    halves = ("dev", "test") if args.held_out else ("dev",)
    for h, (c, n) in run(halves, args.misses).items():
        ok = c["right"] + c["refusal"]
        print(f"{h:<5} right {c['right']}/{n}, honest refusals {c['refusal']}, right-or-honest {ok}/{n} = {ok / n:.1%}, "
              f"confidently wrong {c['wrong']}")


if __name__ == "__main__":
    main()
