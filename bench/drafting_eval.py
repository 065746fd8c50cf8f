"""Measure reply drafting on tests/corpus/inbound_messages.jsonl with an automatic judge of its rubric.

    .venv/bin/python bench/drafting_eval.py                  # the dev split (what the drafter was tuned on)
    .venv/bin/python bench/drafting_eval.py --held-out       # the test split: score it once, report it
    .venv/bin/python bench/drafting_eval.py --show           # every draft with the judge's reasons (dev only!)
    options: --embedder minilm|hashing (default minilm, as in production), --threshold X (default the setting),
             --json (machine output)

Each item runs the way processing.py runs it, on a fresh demo database (2026-11-18) with autopilot on and no
earlier conversation: capture (demo contacts are matched, other senders become leads), the guardrails, the CRM
context, the responder (offline unless CRM_LLM_BASE_URL is set), and the autopilot rule against the threshold.

The judge implements tests/corpus/drafting_rubric.md §3 as far as it can be automated; a draft is "sent unchanged"
only if every check passes:
    LANG         the reply's language is the item's (the corpus validator's stop-word vote; py3langid when the
                 vote is empty or tied)
    MISSING      every must_mention fact (one of its |-alternatives); a labelled kb_entry/kb_secondary that
                 answers a message nobody needs to decide must be among the draft's sources
    INVENTED     no must_not string, no template placeholder left
    TONE         complaints and churn threats get an apology or acknowledgement; no internal jargon; the first
                 name when the CRM knows the sender
    NO_HANDOFF   a human_needed reply says who follows up (the owner's first name, or a team)
    HUMAN        human_needed: never auto-sent, and flagged (a guardrail verdict or a draft flag)
Not automated: paraphrased must_not claims, register, sarcasm read as praise beyond the labels, reviewer overrides.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import math
import os
import re
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

CORPUS = ROOT / "tests" / "corpus" / "inbound_messages.jsonl"
TODAY = dt.date(2026, 11, 18)
BINS = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]
APOLOGY = re.compile(r"sorry|apolog|thank you for telling|thanks for letting|lament|lo siento|sentimos|désolé|"
                     r"desole|navré|tut (mir|uns) leid|entschuldig|sinto muito|desculp", re.I)
JARGON = re.compile(r"knowledge base|confidence|guardrail|\bscore\b|\blead stage\b|\bqualified stage\b|"
                    r"closed won|closed lost|\{|\}", re.I)


def load(split: str) -> list[dict]:
    items = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [it for it in items if it["split"] == split]


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (max(0.0, c - h), min(1.0, c + h))


def reply_language(text: str) -> str:
    """The judge's reading of a reply's language: the validator's stop-word vote, py3langid when it abstains."""
    from core.inbox import language
    from tests.corpus.validate_inbound import guess_lang

    guess, _ = guess_lang(text)
    return guess or language.rank(text)[0][0]


def run(items: list[dict], embedder_name: str = "minilm", threshold: float | None = None, embedder=None,
        guardrail_embeddings: bool | None = None) -> list[dict]:
    """Every item through capture, guardrails, drafting and the autopilot rule; two result dicts per item.

    view "pipeline" is what processing.py does (flagged messages get the guardrails' canned reply); view
    "drafter" drafts every message, as if the guardrails had passed it.
    """
    from core.embeddings import HashingEmbedder, MiniLMEmbedder
    from core.guardrails import safe_reply
    from core.inbox import Inbox
    from core.inbox.autopilot import decide
    from core.inbox.models import IN_SCOPE, InboundMessage
    from core.store import Store
    from data.demo import generate

    store = Store(":memory:")
    generate(store, TODAY)
    if embedder is None:
        embedder = MiniLMEmbedder() if embedder_name == "minilm" else HashingEmbedder()
    if guardrail_embeddings is None:
        guardrail_embeddings = getattr(embedder, "name", "") != "hashing"
    inbox = Inbox(store, embedder=embedder, senders={}, guardrail_embeddings=guardrail_embeddings)
    threshold = inbox.settings.threshold() if threshold is None else threshold
    receipts = inbox.ingest([InboundMessage(it["channel"], it["id"], it["from"].lower() if "@" in it["from"]
                                            else it["from"], it["text"], name=it.get("name")) for it in items])
    by_id = {r.message_id: it for r, it in zip(receipts, items)}
    rows = [r for r in inbox.processor.pending() if r["id"] in by_id]
    # a fresh conversation per item: earlier corpus messages from the same contact are not its history
    contexts = [replace(c, history=()) for c in inbox.processor._contexts(rows)]
    guard, policy = inbox.processor.guardrails()
    t = time.perf_counter()
    verdicts = guard.classify_many([r["body"] for r in rows])
    guard_s = time.perf_counter() - t
    responder = inbox.responder()
    t = time.perf_counter()
    drafts = responder.draft_many(contexts)  # every message, so the drafter can also be judged on its own
    draft_s = time.perf_counter() - t
    results = []
    for row, ctx, v, d in zip(rows, contexts, verdicts, drafts):
        it = by_id[row["id"]]
        owner = ((ctx.owner or {}).get("name") or "").split()[:1]
        base = {"item": it, "owner_first": owner[0] if owner else "", "demo_contact": bool(ctx.owner),
                "first_name": (ctx.contact or {}).get("first_name") or ""}
        for view, classification in (("pipeline", v.classification), ("drafter", IN_SCOPE)):
            if classification == IN_SCOPE:
                body, conf, flags = d.body, d.confidence, tuple(getattr(d, "flags", ()))
                lang, engine, sources, reason = getattr(d, "language", ""), d.engine, tuple(d.sources), \
                    getattr(d, "reason", "")
            else:
                body, conf, flags, lang, engine, sources = safe_reply(v, policy) or "", 0.0, (), "", "handoff", ()
                reason = v.reason
            auto = decide(autopilot=True, classification=classification, confidence=conf, threshold=threshold,
                          human_since=False).auto_send and bool(body)
            results.append({**base, "view": view, "classification": classification, "verdict": v.classification,
                            "body": body, "confidence": conf, "flags": flags, "draft_language": lang,
                            "engine": engine, "sources": sources, "auto_sent": auto, "reason": reason})
    for r in results:
        r["timing"] = {"guardrails_ms": guard_s * 1000 / max(1, len(rows)),
                       "drafting_ms": draft_s * 1000 / max(1, len(rows))}
        r["threshold"] = threshold
    return results


def judge(r: dict, teams: list[str]) -> list[str]:
    """The rubric's failure codes for one draft (empty = a reviewer would send it unchanged)."""
    it, body = r["item"], r["body"]
    low = body.lower()
    fails = []
    if not body or reply_language(body) != it["lang"]:
        fails.append("LANG")
    for fact in it["must_mention"]:
        if not any(alt.strip().lower() in low for alt in fact.split("|") if alt.strip()):
            fails.append(f"MISSING:{fact}")
    if not it["human_needed"] and r["classification"] == "in_scope":
        for key in ("kb_entry", "kb_secondary"):
            if it.get(key) and it[key] not in r["sources"]:
                fails.append(f"MISSING:{key}={it[key]}")
    for bad in it["must_not"]:
        if bad.lower() in low:
            fails.append(f"INVENTED:{bad}")
    if JARGON.search(body):
        fails.append("TONE:jargon")
    if it["family"] in ("complaint", "churn_risk") and r["classification"] == "in_scope" and not APOLOGY.search(body):
        fails.append("TONE:no apology")
    if r["demo_contact"] and r["first_name"] and r["first_name"].lower() not in low \
            and r["classification"] == "in_scope":
        fails.append("TONE:no first name")
    if it["human_needed"]:
        if r["auto_sent"]:
            fails.append("ANSWERED_HUMAN_ITEM:auto-sent")
        if r["classification"] == "in_scope" and not r["flags"]:
            fails.append("ANSWERED_HUMAN_ITEM:not flagged")
        if r["classification"] == "in_scope" and it["family"] not in ("out_of_scope", "prompt_injection"):
            who = [r["owner_first"]] if r["owner_first"] else []
            if not any(w and w.lower() in low for w in who + teams):
                fails.append("NO_HANDOFF")
    return fails


def summarise(results: list[dict], teams: list[str]) -> dict:
    for r in results:
        r["fails"] = judge(r, teams)
        r["right"] = not r["fails"]
    n = len(results)
    right = sum(r["right"] for r in results)
    lang_ok = sum("LANG" not in r["fails"] for r in results)
    auto = [r for r in results if r["auto_sent"]]
    auto_right = sum(r["right"] for r in auto)
    hn = [r for r in results if r["item"]["human_needed"]]
    hn_flagged = sum((r["classification"] != "in_scope" or bool(r["flags"])) and not r["auto_sent"] for r in hn)
    leak = [r["item"]["id"] for r in hn if r["auto_sent"]]
    not_hn = n - len(hn)
    guarded = [r for r in results if r["item"]["family"] in ("out_of_scope", "prompt_injection")]
    wrongly_flagged = [r["item"]["id"] for r in results if r["verdict"] != "in_scope"
                       and r["item"]["family"] not in ("out_of_scope", "prompt_injection")]
    bins = []
    ece = 0.0
    for lo, hi in BINS:
        inside = [r for r in results if lo <= r["confidence"] < hi]
        if inside:
            acc = sum(r["right"] for r in inside) / len(inside)
            mean = sum(r["confidence"] for r in inside) / len(inside)
            ece += len(inside) / n * abs(acc - mean)
        bins.append({"bin": f"[{lo:.1f},{min(hi, 1.0):.1f}{']' if hi > 1 else ')'}", "n": len(inside),
                     "right": sum(r["right"] for r in inside)})
    answerable = [r for r in results if not r["item"]["human_needed"]]
    bins_answerable = []
    for lo, hi in BINS:
        inside = [r for r in answerable if lo <= r["confidence"] < hi]
        bins_answerable.append({"bin": f"[{lo:.1f},{min(hi, 1.0):.1f}{']' if hi > 1 else ')'}", "n": len(inside),
                                "right": sum(r["right"] for r in inside)})
    groups = {}
    for key in ("family", "lang"):
        g = collections.defaultdict(lambda: [0, 0, 0, 0])
        for r in results:
            c = g[r["item"][key]]
            c[0] += 1
            c[1] += r["right"]
            c[2] += r["auto_sent"]
            c[3] += r["auto_sent"] and r["right"]
        groups[key] = {k: {"n": v[0], "right": v[1], "auto_sent": v[2], "auto_right": v[3]}
                       for k, v in sorted(g.items())}
    return {"items": n, "sent_unchanged": right, "language_match": lang_ok, "auto_sent": len(auto),
            "auto_right": auto_right, "precision_wilson": wilson(auto_right, len(auto)),
            "coverage": (len(auto), not_hn), "human_needed": len(hn), "human_needed_flagged": hn_flagged,
            "leakage": leak, "guardrail_catch": (sum(r["verdict"] != "in_scope" for r in guarded), len(guarded)),
            "guardrail_misses": [r["item"]["id"] for r in guarded if r["verdict"] == "in_scope"],
            "guardrail_false_flags": wrongly_flagged,
            "bins": bins, "bins_answerable": bins_answerable, "ece": ece, "groups": groups,
            "threshold": results[0]["threshold"] if results else None,
            "timing": results[0]["timing"] if results else {}}


def teams_of() -> list[str]:
    kb = json.loads((ROOT / "data" / "knowledge_base.json").read_text(encoding="utf-8"))
    teams = list((kb.get("team") or {}).values())
    for e in kb["entries"]:
        teams += list((e.get("team") or {}).values())
    return sorted({t.lower().removeprefix("a ").strip() for t in teams} | {"our team", "team"})


def pct(k: int, n: int) -> str:
    return f"{k}/{n} = {k / n:.1%}" if n else "0/0"


def report(s: dict, split: str, embedder: str, view: str) -> str:
    lo, hi = s["precision_wilson"]
    what = {"pipeline": "end to end: guardrails, then the drafter (as processing.py runs it)",
            "drafter": "the drafter alone: every message drafted, guardrail verdicts ignored"}[view]
    lines = [
        f"drafting eval, {what}: {split} split, {s['items']} items, embedder {embedder}, "
        f"threshold {s['threshold']}",
        f"  sent unchanged (automatic judge) : {pct(s['sent_unchanged'], s['items'])}",
        f"  language match                   : {pct(s['language_match'], s['items'])}",
        f"  calibration: precision above threshold {pct(s['auto_right'], s['auto_sent'])} "
        f"(Wilson 95% {lo:.2f}-{hi:.2f}); auto-sent {s['auto_sent']}, coverage "
        f"{pct(*s['coverage'])} of items nobody needs to decide",
        f"  human_needed flagged (not auto-sent, flagged): {pct(s['human_needed_flagged'], s['human_needed'])}; "
        f"leakage {len(s['leakage'])} {s['leakage'] or ''}",
        f"  guardrail catch (out of scope + injection): {pct(*s['guardrail_catch'])} "
        f"{('misses ' + ', '.join(s['guardrail_misses'])) if s['guardrail_misses'] else ''}; in-scope messages "
        f"the guardrails flagged: {len(s['guardrail_false_flags'])}",
        "  reliability: " + "  ".join(f"{b['bin']} {b['right']}/{b['n']}" for b in s["bins"])
        + f"  ECE {s['ece']:.3f}",
        "  reliability, items nobody needs to decide: "
        + "  ".join(f"{b['bin']} {b['right']}/{b['n']}" for b in s["bins_answerable"]),
        f"  time per message: guardrails {s['timing'].get('guardrails_ms', 0):.1f} ms, drafting "
        f"{s['timing'].get('drafting_ms', 0):.1f} ms",
    ]
    for key in ("family", "lang"):
        lines.append(f"  by {key}: " + ", ".join(f"{k} {v['right']}/{v['n']} (auto {v['auto_right']}/{v['auto_sent']})"
                                               for k, v in s["groups"][key].items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--held-out", action="store_true", help="score the test split (once, at the end)")
    ap.add_argument("--embedder", choices=("minilm", "hashing"), default="minilm")
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--show", action="store_true", help="print every draft and the judge's reasons")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    split = "test" if args.held_out else "dev"
    results = run(load(split), args.embedder, args.threshold)
    summaries = {view: summarise([r for r in results if r["view"] == view], teams_of())
                 for view in ("drafter", "pipeline")}
    if args.show:
        for r in results:
            if r["view"] != "drafter":
                continue
            it = r["item"]
            mark = "ok " if r["right"] else "BAD"
            print(f"{mark} {it['id']} {it['lang']} {it['family']} HN={int(it['human_needed'])} "
                  f"guard={r['verdict']} conf={r['confidence']:.2f}{' AUTO' if r['auto_sent'] else ''} "
                  f"src={','.join(r['sources'])} flags={','.join(r['flags'])} {' '.join(r['fails'])}")
            print(f"      > {it['text'][:150]!r}")
            print(f"      < {r['body']!r}")
            print(f"      = {r['reason']}")
    if args.json:
        print(json.dumps(summaries, default=str, indent=1))
    else:
        print("\n\n".join(report(s, split, args.embedder, view) for view, s in summaries.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
