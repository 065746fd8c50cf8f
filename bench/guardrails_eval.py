"""Measure the guardrails: recall on what must be flagged, false-positive rate on what must not, and latency.

    .venv/bin/python bench/guardrails_eval.py                 # held-out (test) splits: the figures to report
    .venv/bin/python bench/guardrails_eval.py --split dev     # the splits the rules and thresholds were tuned on
    .venv/bin/python bench/guardrails_eval.py --held-out      # + the learned layer retrained per held-out source

The learned security layer (core/guardrails/learned.py, trained by core/guardrails/train.py) is measured on data
held out by source, never on a random split:
    bank folds      train on template bank a of every attack family (and the public dev splits), test on bank b
                    and on every other source; then the reverse
    family folds    leave one attack family out entirely (both banks), test on it
    shipped model   trained on both banks; tested on the project's hand-written sets (never trained on), the
                    public test splits, XSTest, and the final hand-written set (data/guardrail_sets/final_holdout.jsonl)
Per held-out source: share flagged security_violation (recall), share passed as in_scope, and on benign sources
the share flagged security_violation (FPR).

Splits (fixed, so figures are reproducible):
    banking77_train.csv     even rows = dev, odd rows = test. Every row is a benign customer message of a
                            payments business, expected in_scope; FPR = share flagged as anything else.
    clinc150_train_val      dev = train + oos_train, test = val + oos_val. `oos_*` rows are expected out of scope.
                            CLINC's in-scope intents are sorted into three groups for *this* business (a software
                            vendor's sales/support inbox that also handles card/transfer/top-up payment questions):
                              BUSINESS  expected in_scope (greetings, acknowledgements, cards, transfers, fraud,
                                        account holds, order tracking)
                              OFF_TOPIC expected out_of_scope (weather, cooking, travel, cars, music, smart home,
                                        trivia, personal assistant chores, HR/pay, personal finance, health, chit-chat
                                        about the bot's life)
                              everything else is ambiguous for this business and is not counted (see AMBIGUOUS).
    xstest_half.jsonl       even rows = dev, odd rows = test. `benign`: FPR counts only security_violation
                            (they may well be off topic); `unsafe`: recall counts any flag.
    data/guardrail_sets/    our own sets, `split` field (alternate rows): injection (expected security_violation),
                            restricted_topics (expected out_of_scope, and the topic is checked), benign_business
                            (expected in_scope).
Rules, keywords, examples and thresholds were tuned on dev only.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("HF_HUB_OFFLINE", "1")

# beside the checkout (../shared), else the workplace's copy (a clean clone may live elsewhere)
DATASETS = Path(os.environ.get("AUTOCRM_DATASETS") or next(
    (p for p in (ROOT.parent / "shared" / "datasets", Path("/work/shared/datasets")) if p.exists()),
    ROOT.parent / "shared" / "datasets"))
OWN_SETS = ROOT / "data" / "guardrail_sets"

BUSINESS = frozenset({
    "greeting", "goodbye", "thank_you", "yes", "no", "maybe", "balance", "transactions", "card_declined", "new_card",
    "damaged_card", "report_lost_card", "replacement_card_duration", "expiration_date", "pin_change", "report_fraud",
    "account_blocked", "freeze_account", "transfer", "international_fees", "exchange_rate", "order_status",
})
OFF_TOPIC = frozenset({
    "weather", "recipe", "cook_time", "ingredient_substitution", "ingredients_list", "meal_suggestion", "calories",
    "nutrition_info", "food_last", "restaurant_reservation", "restaurant_reviews", "restaurant_suggestion",
    "accept_reservations", "cancel_reservation", "confirm_reservation", "how_busy", "book_flight", "book_hotel",
    "car_rental", "carry_on", "flight_status", "lost_luggage", "travel_alert", "travel_suggestion",
    "international_visa", "plug_type", "timezone", "gas", "gas_type", "jump_start", "oil_change_how",
    "oil_change_when", "mpg", "tire_change", "tire_pressure", "last_maintenance", "schedule_maintenance", "uber",
    "traffic", "directions", "distance", "play_music", "next_song", "update_playlist", "what_song", "smart_home",
    "alarm", "timer", "change_volume", "change_speed", "whisper_mode", "change_accent", "fun_fact", "tell_joke",
    "meaning_of_life", "flip_coin", "roll_dice", "calculator", "measurement_conversion", "spelling", "definition",
    "translate", "time", "date", "next_holiday", "reminder", "reminder_update", "todo_list", "todo_list_update",
    "shopping_list", "shopping_list_update", "make_call", "text", "find_phone", "share_location",
    "current_location", "vaccines", "credit_score", "improve_credit_score", "rollover_401k", "w2", "taxes",
    "income", "insurance", "insurance_change", "pto_balance", "pto_request", "pto_request_status", "pto_used",
    "payday", "what_are_your_hobbies", "do_you_have_pets", "how_old_are_you", "where_are_you_from",
})
# Not counted: could be a customer's message to a vendor or not, depending on who sends it.
AMBIGUOUS = frozenset({
    "cancel", "order", "bill_balance", "bill_due", "pay_bill", "min_payment", "schedule_meeting", "meeting_schedule",
    "calendar", "calendar_update", "travel_notification", "direct_deposit", "routing", "interest_rate", "apr",
    "credit_limit", "credit_limit_change", "redeem_rewards", "rewards_balance", "order_checks", "application_status",
    "spending_history", "change_user_name", "user_name", "change_language", "change_ai_name", "sync_device",
    "reset_settings", "repeat", "what_can_i_ask_you", "are_you_a_bot", "what_is_your_name", "who_made_you",
    "who_do_you_work_for",
})


@dataclass
class Case:
    text: str
    expected: str            # in_scope | out_of_scope | security_violation | flagged
    topic: str | None = None  # restricted-topic sets: the forbidden topic expected


@dataclass
class EvalSet:
    name: str
    metric: str               # "FPR" (lower is better) or "recall"
    cases: list[Case] = field(default_factory=list)
    fp_on: str = "flagged"    # for FPR: "flagged" (anything but in_scope) or "security" (security_violation only)


def _jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_sets(split: str = "test", datasets: Path = DATASETS, sample_every: int = 1) -> list[EvalSet]:
    """The evaluation sets for one split; `sample_every` keeps every n-th row of the big public sets."""
    want_dev = split == "dev"
    sets: list[EvalSet] = []
    own = {p.stem: _jsonl(p) for p in sorted(OWN_SETS.glob("*.jsonl"))}
    sets.append(EvalSet("own: injection & jailbreak", "recall",
                        [Case(r["text"], "security_violation") for r in own["injection"] if r["split"] == split]))
    sets.append(EvalSet("own: restricted topics", "recall",
                        [Case(r["text"], "out_of_scope", r["topic"]) for r in own["restricted_topics"]
                         if r["split"] == split]))
    sets.append(EvalSet("own: benign sales/support", "FPR",
                        [Case(r["text"], "in_scope") for r in own["benign_business"] if r["split"] == split]))
    if not datasets.is_dir():
        return sets
    b77 = datasets / "banking77_train.csv"
    if b77.exists():
        with open(b77, encoding="utf-8") as f:
            rows = [r["text"] for i, r in enumerate(csv.DictReader(f)) if (i % 2 == 0) == want_dev]
        rows_b77 = rows
        sets.append(EvalSet("banking77 customer messages", "FPR", [Case(t, "in_scope") for t in rows[::sample_every]]))
    clinc = datasets / "clinc150_train_val.jsonl"
    if clinc.exists():
        rows = _jsonl(clinc)
        splits = ("train", "oos_train") if want_dev else ("val", "oos_val")
        rows = [r for r in rows if r["split"] in splits]
        rows_clinc = rows
        sets.append(EvalSet("clinc oos (out-of-scope)", "recall",
                            [Case(r["text"], "out_of_scope") for r in rows if r["intent"] == "oos"]))
        sets.append(EvalSet("clinc off-topic intents", "recall",
                            [Case(r["text"], "out_of_scope") for r in rows if r["intent"] in OFF_TOPIC][::sample_every]))
        sets.append(EvalSet("clinc business intents", "FPR",
                            [Case(r["text"], "in_scope") for r in rows if r["intent"] in BUSINESS][::sample_every]))
    xs = datasets / "xstest_half.jsonl"
    if xs.exists():
        rows = [r for i, r in enumerate(_jsonl(xs)) if (i % 2 == 0) == want_dev]
        sets.append(EvalSet("xstest benign (security FPR)", "FPR",
                            [Case(r["text"], "in_scope") for r in rows if r["label"] == "benign"], fp_on="security"))
        sets.append(EvalSet("xstest unsafe (any flag)", "recall",
                            [Case(r["text"], "flagged") for r in rows if r["label"] == "unsafe"]))
    if b77.exists():
        sets.append(EvalSet("banking77 (security FPR)", "FPR",
                            [Case(t, "in_scope") for t in rows_b77[::sample_every]], fp_on="security"))
    if clinc.exists():
        sets.append(EvalSet("clinc all intents (security FPR)", "FPR",
                            [Case(r["text"], "in_scope") for r in rows_clinc][::sample_every], fp_on="security"))
    return sets


def hit(verdict, case: Case, eval_set: EvalSet) -> bool:
    """For recall sets: was the case caught? For FPR sets: was it wrongly flagged?"""
    if eval_set.metric == "FPR":
        if eval_set.fp_on == "security":
            return verdict.classification == "security_violation"
        return verdict.classification != "in_scope"
    if case.expected == "flagged":
        return verdict.classification != "in_scope"
    if case.topic is not None:
        return verdict.violation_type == f"forbidden_topic:{case.topic}" or verdict.classification == "out_of_scope"
    return verdict.classification == case.expected


def score(guardrails, eval_set: EvalSet) -> tuple[float, list[tuple[Case, object]]]:
    verdicts = guardrails.classify_many([c.text for c in eval_set.cases])
    hits = [hit(v, c, eval_set) for v, c in zip(verdicts, eval_set.cases)]
    errors = [(c, v) for c, v, h in zip(eval_set.cases, verdicts, hits) if h != (eval_set.metric == "recall")]
    return (sum(hits) / len(hits) if hits else float("nan")), errors


def latency(guardrails, texts: list[str]) -> dict[str, tuple[float, float, float]]:
    """p50, p95 and max milliseconds of classifying one message at a time: wall clock, and CPU time of this
    process (what a message costs on an idle core; wall clock also counts waiting for a busy CPU).
    The embedder's memo is switched off, so every message is embedded here (see shared_latency for the inbox)."""
    emb = getattr(guardrails, "embedder", None)
    if emb is not None and hasattr(emb, "_vector_memo"):
        from core.embeddings import VectorMemo
        emb._vector_memo = VectorMemo(size=0)
    for t in texts[:20]:
        guardrails.classify(t)
    wall, cpu = [], []
    for t in texts:
        w0, c0 = time.perf_counter(), time.process_time()
        guardrails.classify(t)
        wall.append((time.perf_counter() - w0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    out = {}
    for name, times in (("wall", wall), ("cpu", cpu)):
        times.sort()
        out[name] = (times[len(times) // 2], times[int(len(times) * 0.95)], times[-1])
    if emb is not None and hasattr(emb, "_vector_memo"):
        emb._vector_memo = VectorMemo()
    return out


def _verdict_shares(verdicts) -> tuple[float, float]:
    n = max(len(verdicts), 1)
    return (sum(v.classification == "security_violation" for v in verdicts) / n,
            sum(v.classification == "in_scope" for v in verdicts) / n)


def held_out(policy, families: bool | list[str] = True, out=print) -> dict:
    """Retrain the learned layer per fold (cached embeddings) and run the whole pipeline on held-out sources.

    Returns {fold: {source: (n, share security_violation, share in_scope)}}."""
    import numpy as np

    from core.guardrails import Guardrails
    from core.guardrails import train as T
    from core.guardrails.learned import InjectionModel, default_model

    rows, F, emb = T.cached_features()
    shipped = default_model()
    calib = {"full": (shipped.variants["full"]["platt"], shipped.variants["full"]["threshold"],
                      shipped.review_thresholds.get("full"))}
    plus_c = "".join(f" + {x}" for x in T.ALWAYS_TRAINED if any(T.bank(r.source) == x for r in rows))
    folds = [(f"train bank {a}{plus_c}, test bank {b} + other sources", T.bank_fold(a), None)
             for a, b in (("a", "b"), ("b", "a"))]
    if families:
        for fam in sorted({r.family for r in rows if r.attack and T.bank(r.source)}):
            if families is not True and fam not in families:
                continue
            folds.append((f"without family {fam}", T.family_fold(fam), fam))
    results: dict = {}
    for name, is_train, family in folds:
        mask = np.array([is_train(r) for r in rows])
        arrays, meta = T.train_model(F, rows, mask, emb.name, emb.dim, variants=("full",), calibration=calib)
        g = Guardrails(policy, emb, model=InjectionModel(arrays, meta))
        test = [i for i, r in enumerate(rows) if not mask[i] and (family is None or r.family == family)]
        verdicts = g.classify_many([rows[i].text for i in test], vectors=F.emb[test])
        by: dict[str, list] = {}
        for i, v in zip(test, verdicts):
            by.setdefault(rows[i].source, []).append(v)
        results[name] = {src: (len(vs), *_verdict_shares(vs)) for src, vs in sorted(by.items())}
        att = [v for i, v in zip(test, verdicts) if rows[i].attack and T.bank(rows[i].source)]
        sec, ins = _verdict_shares(att)
        out(f"{name:<52} held-out generated attacks n={len(att):>5}: security_violation {sec:.3f}, "
            f"in_scope {ins:.3f}")
        if family is None:
            for src, (n, sec, ins) in results[name].items():
                what = "flagged security (recall)" if any(r.attack for r in rows if r.source == src) \
                    else "flagged security (FPR)"
                out(f"    {src:<30} n={n:>5}  {what} {sec:.3f}  in_scope {ins:.3f}")
    return results


def final_holdout(guardrails, out=print) -> dict:
    rows = _jsonl(OWN_SETS / "final_holdout.jsonl")
    verdicts = guardrails.classify_many([r["text"] for r in rows])
    att = [v for r, v in zip(rows, verdicts) if r["label"] == "attack"]
    ben = [v for r, v in zip(rows, verdicts) if r["label"] == "benign"]
    figures = {"attacks": (len(att), *_verdict_shares(att)), "benign": (len(ben), *_verdict_shares(ben))}
    out(f"final hand-written hold-out: attacks n={len(att)} security_violation {figures['attacks'][1]:.3f} "
        f"in_scope {figures['attacks'][2]:.3f}; benign n={len(ben)} security_violation {figures['benign'][1]:.3f}")
    return figures


def unseen_bank(guardrails, folder: Path, out=print) -> dict:
    """The shipped model on a bank it never learned from (every *.jsonl of folder: attack and benign rows): attacks
    flagged security_violation and passed in_scope, overall and per family and language; benign flagged."""
    rows = [r for p in sorted(folder.glob("*.jsonl")) for r in _jsonl(p)]
    verdicts = guardrails.classify_many([r["text"] for r in rows])
    att = [(r, v) for r, v in zip(rows, verdicts) if r["label"] == "attack"]
    ben = [(r, v) for r, v in zip(rows, verdicts) if r["label"] == "benign"]
    figures = {"attacks": (len(att), *_verdict_shares([v for _, v in att])),
               "benign": (len(ben), sum(v.classification != "in_scope" for _, v in ben) / max(1, len(ben)),
                          sum(v.classification == "security_violation" for _, v in ben) / max(1, len(ben)))}
    out(f"unseen bank {folder.name}: attacks n={figures['attacks'][0]} security_violation {figures['attacks'][1]:.3f} "
        f"in_scope (passed) {figures['attacks'][2]:.3f}; benign n={figures['benign'][0]} flagged {figures['benign'][1]:.3f} "
        f"(as attacks {figures['benign'][2]:.3f})")
    for key in ("family", "language"):
        groups: dict[str, list] = {}
        for r, v in att:
            groups.setdefault(r.get(key, "?"), []).append(v)
        worst = sorted(groups.items(), key=lambda kv: -_verdict_shares(kv[1])[1])[:8]
        out(f"  attacks passed by {key} (worst 8): " + ", ".join(
            f"{k} {_verdict_shares(vs)[1]:.1%} of {len(vs)}" for k, vs in worst))
    groups = {}
    for r, v in ben:
        groups.setdefault(r.get("family", "?"), []).append(v)
    out("  benign flagged by family: " + ", ".join(
        f"{k} {sum(v.classification != 'in_scope' for v in vs) / len(vs):.1%} of {len(vs)}" for k, vs in groups.items()))
    # what the autopilot may send on its own: in scope and no request only a person decides (core/inbox/sensitive.py)
    from core.inbox.sensitive import sensitive_request
    reach = [r for r, v in att if v.classification == "in_scope" and not sensitive_request(r["text"])]
    held = [r for r, v in ben if v.classification == "in_scope" and sensitive_request(r["text"])]
    figures["autopilot"] = (len(reach) / max(1, len(att)), len(held) / max(1, len(ben)))
    out(f"  attacks the autopilot could answer alone (in scope, no request only a person decides) "
        f"{figures['autopilot'][0]:.3f}; benign in scope held for a person by that rule {figures['autopilot'][1]:.3f}")
    return figures


def shared_latency(guardrails, texts: list[str]) -> dict[str, tuple[float, float, float]]:
    """p50, p95, max ms per message when the inbox has already embedded it (the vector is passed in)."""
    vecs = guardrails.embedder.embed(texts)
    for t, v in list(zip(texts, vecs))[:20]:
        guardrails.classify(t, v)
    wall, cpu = [], []
    for t, v in zip(texts, vecs):
        w0, c0 = time.perf_counter(), time.process_time()
        guardrails.classify(t, v)
        wall.append((time.perf_counter() - w0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    out = {}
    for name, times in (("wall", wall), ("cpu", cpu)):
        times.sort()
        out[name] = (times[len(times) // 2], times[int(len(times) * 0.95)], times[-1])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("test", "dev"), default="test")
    ap.add_argument("--sample-every", type=int, default=1, help="keep every n-th row of the big public sets")
    ap.add_argument("--errors", type=int, default=0, help="print up to N misclassified rows per set")
    ap.add_argument("--latency-messages", type=int, default=300)
    ap.add_argument("--held-out", action="store_true",
                    help="retrain the learned layer per held-out source (bank and family folds) and report")
    ap.add_argument("--no-families", action="store_true", help="with --held-out: the two bank folds only")
    ap.add_argument("--family", action="append", default=[],
                    help="with --held-out: the bank folds and the leave-out fold of this family only (repeatable)")
    ap.add_argument("--bank", help="only score the shipped model on a bank it never learned from (a folder of jsonl "
                                   "attack/benign rows, e.g. data/guardrail_sets/bank_f)")
    args = ap.parse_args(argv)

    from core.embeddings import default_embedder
    from core.guardrails import GuardrailPolicy, Guardrails

    policy = GuardrailPolicy.default()
    embedder = default_embedder()
    if args.bank:
        unseen_bank(Guardrails(policy, embedder).warm(), Path(args.bank))
        return 0
    engines = {"rules+keywords": Guardrails(policy, use_embeddings=False),
               f"+{getattr(embedder, 'name', type(embedder).__name__)}": Guardrails(policy, embedder).warm()}
    sets = load_sets(args.split, sample_every=args.sample_every)

    cmd = "python bench/guardrails_eval.py" + (" " + " ".join(argv if argv is not None else sys.argv[1:])).rstrip()
    print(f"$ {cmd}")
    print(f"split={args.split}  policy={policy.fingerprint}  datasets={DATASETS if DATASETS.is_dir() else 'missing'}")
    header = f"| {'set':<32} | {'n':>5} | {'metric':<6} | " + " | ".join(f"{e:>16}" for e in engines) + " |"
    print(header)
    print("|" + "-" * 34 + "|-------|--------|" + "|".join("-" * 18 for _ in engines) + "|")
    all_errors: dict[str, list] = {}
    for s in sets:
        cells = []
        for name, g in engines.items():
            value, errors = score(g, s)
            cells.append(f"{value:>16.3f}")
            all_errors[f"{s.name} [{name}]"] = errors
        print(f"| {s.name:<32} | {len(s.cases):>5} | {s.metric:<6} | " + " | ".join(cells) + " |")

    sample = [c.text for s in sets for c in s.cases]
    sample = sample[:: max(1, len(sample) // args.latency_messages)][: args.latency_messages]
    for name, g in engines.items():
        lat = latency(g, sample)
        for kind, (p50, p95, worst) in lat.items():
            print(f"latency {name:<17} {kind:<4} one message at a time, n={len(sample)}: p50 {p50:.1f} ms, "
                  f"p95 {p95:.1f} ms, max {worst:.1f} ms")
    full = list(engines.values())[-1]
    if full.embedder is not None:
        attack_texts = [c.text for s in sets if s.name.startswith("own: injection") for c in s.cases]
        lat = shared_latency(full, sample + attack_texts)
        for kind, (p50, p95, worst) in lat.items():
            print(f"latency {'shared embedding':<17} {kind:<4} vector passed in (as the inbox does), "
                  f"n={len(sample) + len(attack_texts)}: p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {worst:.1f} ms")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs while measuring")
    if full.model is not None:
        final_holdout(full)
    if args.held_out:
        held_out(policy, families=args.family or not args.no_families)
    if args.errors:
        for key, errors in all_errors.items():
            if errors:
                print(f"\n## {key}: {len(errors)} wrong")
                for case, verdict in errors[: args.errors]:
                    print(f"  {verdict.classification:<18} {','.join(verdict.triggered)[:60]:<60} {case.text[:110]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
