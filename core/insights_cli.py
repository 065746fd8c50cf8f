"""CLI commands for insights: deal health, lead scores, a score's history, one message's signals."""
from __future__ import annotations

import argparse
import datetime as dt

from core.errors import ValidationError
from core.store import local_time


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
    q = isub.add_parser("lifecycle", parents=[sub.common],
                        help="plan the automatic lifecycle moves (--apply applies them as one undoable plan)")
    q.add_argument("--apply", action="store_true")
    q.set_defaults(func=cmd_lifecycle)

    p = sub.add_parser("segment", parents=[sub.common], help="saved filters over contacts, companies or deals")
    ssub = p.add_subparsers(dest="segment_command", required=True, metavar="WHAT")
    q = ssub.add_parser("list", parents=[sub.common], help="saved segments and how many records each holds now")
    q.set_defaults(func=cmd_segment_list)
    q = ssub.add_parser("show", parents=[sub.common], help="a segment's records, evaluated now")
    q.add_argument("name")
    q.set_defaults(func=cmd_segment_show)
    q = ssub.add_parser("save", parents=[sub.common], help="save a named filter, e.g. \"leads with no reply in 2 weeks\"")
    q.add_argument("name")
    q.add_argument("filter")
    q.set_defaults(func=cmd_segment_save)
    q = ssub.add_parser("delete", parents=[sub.common], help="forget a saved segment")
    q.add_argument("name")
    q.set_defaults(func=cmd_segment_delete)


def _as_of(ctx) -> dt.date | None:
    """--today (or CRM_TODAY) is seen at the end of that day (the service's seen_at); without either, now."""
    return ctx.today if ctx.args.today else None


def _lines(scores, key: str) -> str:
    if not scores:
        return "Nothing to score."
    first = scores[0]
    if first.model == "prior":
        basis = f"documented prior weights; {first.n_trained} outcomes known, too few to learn from"
    else:
        basis = f"learned from {first.n_trained} closed deals"
    head = f"{first.model} model ({basis}); typical: {first.base_rate:.0f}"
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
    text = "\n".join(f"{local_time(r['as_of']):%Y-%m-%d %H:%M}  {r['old_score']:.0f} -> {r['new_score']:.0f}: "
                     + "; ".join(x["text"] for x in r["reasons"]) for r in rows) or \
        f"No recorded change for deal {args.deal_id} (scores are recorded by `insights deals`)."
    ctx.out(rows, text)
    return 0


def cmd_signal(args, ctx) -> int:
    from core.insights.learned_signals import read

    if not args.text.strip():
        raise ValidationError("give the message text to read", "text")
    s, = read([args.text])
    ctx.out(s.to_dict(), f"{s.sentiment} ({s.polarity:+.1f}); intents: {', '.join(s.intents) or 'none'}"
            + "".join(f"\n  {label}: “{words}”" for label, words in s.evidence))
    return 0


def cmd_lifecycle(args, ctx) -> int:
    from core.executor import apply_plan, load_user
    from core.insights.lifecycle import plan_moves

    user = load_user(ctx.store, args.user)
    plan = plan_moves(ctx.store, user)
    if args.apply and plan.ready:
        apply_plan(ctx.store, plan, user)
    lines = [f"  {s.label}: {s.changes['lifecycle_stage'][0]} -> {s.changes['lifecycle_stage'][1]}" for s in plan.steps]
    applied = bool(args.apply and plan.ready)
    head = f"Applied plan {plan.plan_id}: {len(plan.steps)} moves (undo: `python -m core undo {plan.plan_id}`)\n" \
        if applied else f"{len(plan.steps)} moves planned; nothing changed (--apply applies them)\n"
    ctx.out({**plan.to_dict(), "applied": applied}, (head if plan.ready else "") + ("\n".join(lines) or
                                                                                    "; ".join(plan.errors)))
    return 0


def _members(store, seg) -> list[str]:
    if seg.entity == "deals":
        rows = store.query("SELECT id, name FROM deals WHERE id IN (SELECT unnest(?::INTEGER[])) ORDER BY id",
                           [list(seg.ids)])
    elif seg.entity == "companies":
        rows = store.query("SELECT id, name FROM companies WHERE id IN (SELECT unnest(?::INTEGER[])) ORDER BY id",
                           [list(seg.ids)])
    else:
        rows = store.query("SELECT id, trim(first_name || ' ' || coalesce(last_name, '')) AS name FROM contacts "
                           "WHERE id IN (SELECT unnest(?::INTEGER[])) ORDER BY id", [list(seg.ids)])
    return [f"  {r['id']:<5} {r['name']}" for r in rows]


def cmd_segment_list(args, ctx) -> int:
    from core.executor import load_user
    from core.insights import segments

    user = load_user(ctx.store, args.user)
    out = []
    for row in segments.saved(ctx.store):
        seg = segments.show(ctx.store, row["name"], user, ctx.today)
        out.append({"name": seg.name, "filter": seg.text, "entity": seg.entity, "count": len(seg.ids)})
    ctx.out(out, "\n".join(f"{x['name']}: {x['count']} {x['entity']} ({x['filter']})" for x in out)
            or "No segments yet: `python -m core segment save NAME \"FILTER\"`.")
    return 0


def cmd_segment_show(args, ctx) -> int:
    from core.executor import load_user
    from core.insights import segments

    seg = segments.show(ctx.store, args.name, load_user(ctx.store, args.user), ctx.today)
    ctx.out(seg.to_dict(), f"{seg.name}: {len(seg.ids)} {seg.entity} — {seg.description}\n"
            + "\n".join(_members(ctx.store, seg)))
    return 0


def cmd_segment_save(args, ctx) -> int:
    from core.executor import load_user
    from core.insights import segments

    seg = segments.save(ctx.store, args.name, args.filter, load_user(ctx.store, args.user), ctx.today)
    ctx.out(seg.to_dict(), f"Saved {seg.name}: {len(seg.ids)} {seg.entity} now — {seg.description}")
    return 0


def cmd_segment_delete(args, ctx) -> int:
    from core.insights import segments

    segments.delete(ctx.store, args.name)
    ctx.out({"status": "deleted", "name": args.name}, f"Deleted segment {args.name}.")
    return 0
