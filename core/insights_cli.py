"""CLI commands for insights: deal health, lead scores, a score's history, one message's signals."""
from __future__ import annotations

import argparse
import datetime as dt

from core.errors import ValidationError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("insights", parents=[sub.common], help="deal health and lead scores with reasons")
    isub = p.add_subparsers(dest="insights_command", required=True, metavar="WHAT")
    q = isub.add_parser("deals", parents=[sub.common], help="health 0-100 of open deals, worst first, with reasons")
    q.add_argument("--deal", type=int, action="append", metavar="ID", help="only this deal (repeatable)")
    q.add_argument("--at-risk", action="store_true", help="only deals whose odds are half the typical deal's or less")
    q.add_argument("--no-save", action="store_true", help="do not store the scores (nor record their changes)")
    q.set_defaults(func=cmd_deals)
    q = isub.add_parser("leads", parents=[sub.common], help="scores of contacts in lifecycle 'lead', best first")
    q.add_argument("--no-save", action="store_true", help="do not store the scores")
    q.set_defaults(func=cmd_leads)
    q = isub.add_parser("history", parents=[sub.common], help="recorded changes of a deal's health and why")
    q.add_argument("deal_id", type=int)
    q.set_defaults(func=cmd_history)
    q = isub.add_parser("signal", parents=[sub.common], help="sentiment and intents of one message")
    q.add_argument("text")
    q.set_defaults(func=cmd_signal)


def _as_of(ctx) -> dt.datetime | None:
    """--today (or CRM_TODAY) is seen at the end of that day; without either, now."""
    if ctx.args.today:
        return dt.datetime.combine(ctx.today, dt.time(18))
    return None


def _lines(scores, key: str) -> str:
    if not scores:
        return "Nothing to score."
    head = f"{scores[0].model} model ({scores[0].n_trained} closed records learned from); typical: " \
           f"{scores[0].base_rate:.0f}"
    rows = []
    for s in scores:
        why = "; ".join(f"{'+' if r.contribution >= 0 else '-'}{abs(r.contribution):.2f} {r.text}"
                        for r in s.top_reasons[:3])
        rows.append(f"{s.score:5.1f}  {key} {s.record_id:<5} {s.name}\n       {why}")
    return head + "\n" + "\n".join(rows)


def cmd_deals(args, ctx) -> int:
    from core.insights.service import AT_RISK_ODDS, deviation
    import math

    insights = ctx.app.insights
    scores = insights.score_deals(_as_of(ctx), deal_ids=args.deal, save=not args.no_save)
    if args.at_risk:
        scores = [s for s in scores if deviation(s) <= math.log(AT_RISK_ODDS)]
    ctx.out([s.to_dict() for s in scores], _lines(scores, "deal"))
    return 0


def cmd_leads(args, ctx) -> int:
    scores = ctx.app.insights.score_leads(_as_of(ctx), save=not args.no_save)
    ctx.out([s.to_dict() for s in scores], _lines(scores, "contact"))
    return 0


def cmd_history(args, ctx) -> int:
    rows = ctx.app.insights.history("deal", args.deal_id)
    text = "\n".join(f"{r['as_of']:%Y-%m-%d %H:%M}  {r['old_score']:.0f} -> {r['new_score']:.0f}: "
                     + "; ".join(x["text"] for x in r["reasons"]) for r in rows) or \
        f"No recorded change for deal {args.deal_id} (scores are recorded by `insights deals`)."
    ctx.out(rows, text)
    return 0


def cmd_signal(args, ctx) -> int:
    from core.insights.signals import detect

    if not args.text.strip():
        raise ValidationError("give the message text to read", "text")
    s = detect(args.text)
    ctx.out(s.to_dict(), f"{s.sentiment} ({s.polarity:+.1f}); intents: {', '.join(s.intents) or 'none'}"
            + "".join(f"\n  {label}: “{words}”" for label, words in s.evidence))
    return 0
