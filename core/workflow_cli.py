"""`python -m core workflow …`: list, show, import, export, start, runs (and enable, run, tick, experiment, …).

Starting a run executes its first steps at once (messages are queued in the outbox or put in review, never sent
by the command line); later steps wait for their timers, which the server fires (`tick` fires the due ones
now, for scripts and tests).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core.errors import NotFound, ValidationError

ACTIONS = ["list", "show", "import", "export", "start", "runs", "run", "enable", "disable", "copy", "pause",
           "resume", "end", "tick", "experiment", "webhooks", "subscribe", "unsubscribe"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("workflow", parents=[sub.common],
                       help="workflows: list, show NAME, import FILE, export NAME, start NAME --contact ID, "
                            "runs [--contact ID], run ID, enable/disable NAME, copy TEMPLATE NAME, "
                            "pause/resume/end RUN, tick, experiment NAME STEP, webhooks, "
                            "subscribe URL [--events …], unsubscribe URL")
    p.add_argument("action", choices=ACTIONS)
    p.add_argument("target", nargs="?", help="workflow name, file (import), run id, or template (copy)")
    p.add_argument("extra", nargs="?", help="the new name (copy) or the step (experiment)")
    p.add_argument("--contact", type=int, help="contact id (start, runs)")
    p.add_argument("--format", choices=["yaml", "json"], default="yaml", help="export format")
    p.add_argument("--status", help="runs in this status only (runs)")
    p.add_argument("--reason", default="", help="why (pause, end)")
    p.add_argument("--events", help="comma-separated event types (subscribe; default: all)")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_workflow)


def _need(args: argparse.Namespace, what: str) -> str:
    if not args.target:
        raise ValidationError(f"workflow {args.action}: give the {what}", what)
    return args.target


def _run_id(args: argparse.Namespace) -> int:
    value = _need(args, "run id")
    if not value.isdigit():
        raise ValidationError(f"{value!r} is not a run id (a number; see `python -m core workflow runs`)", "run")
    return int(value)


def _run_line(r: dict) -> str:
    where = f"at {r['step']}" if r["step"] else ""
    if r.get("waiting_until"):
        where += f", {'waiting for a reply until' if r['waiting_for'] == 'reply_timeout' else 'waiting until'} " \
                 f"{r['waiting_until']:%Y-%m-%d %H:%M}"
    why = f" ({r['reason']})" if r.get("reason") else ""
    return f"run {r['id']:>5}  {r['workflow']:<22} contact {r['contact_id']:<6} {r['status']:<8} {where}{why}"


def cmd_workflow(args: argparse.Namespace, ctx) -> int:
    eng = ctx.app.workflows
    reg = eng.registry
    a = args.action
    if a == "list":
        rows = reg.all()
        ctx.out(rows, "\n".join(f"{r['name']:<24} {'on ' if r['enabled'] else 'off'} {r['trigger']:<15} "
                                f"{r['steps']:>2} steps  {r['live']} live / {r['runs']} runs"
                                f"{'  (template)' if r['builtin'] else ''}" for r in rows) or "no workflows")
    elif a == "show":
        wf = reg.get(_need(args, "workflow name"))
        row = reg.row(wf.name)
        ctx.out(dict(wf.to_dict(), enabled=row["enabled"]), reg.export(wf.name, "yaml"))
    elif a == "export":
        text = reg.export(_need(args, "workflow name"), args.format)
        ctx.out({"name": args.target, "format": args.format, "text": text}, text)
    elif a == "import":
        path = Path(_need(args, "file"))
        try:
            text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
        except OSError as exc:
            raise NotFound(f"cannot read {path}: {exc.strerror}") from None
        wf = reg.import_text(text, str(path))
        ctx.out({"imported": wf.name, "steps": len(wf.steps), "trigger": wf.trigger.kind},
                f"imported {wf.name} ({len(wf.steps)} steps, trigger {wf.trigger.kind})")
    elif a == "copy":
        if not args.extra:
            raise ValidationError("workflow copy TEMPLATE NAME: give the new workflow's name", "name")
        wf = reg.copy_template(_need(args, "template"), args.extra)
        ctx.out({"created": wf.name}, f"created {wf.name} from {args.target} (enabled)")
    elif a in ("enable", "disable"):
        reg.set_enabled(_need(args, "workflow name"), a == "enable")
        ctx.out({"name": args.target, "enabled": a == "enable"}, f"{args.target} {a}d")
    elif a == "start":
        if args.contact is None:
            raise ValidationError("workflow start NAME --contact ID: give the contact id", "contact")
        run = eng.start(_need(args, "workflow name"), args.contact)
        ctx.out(run, _run_line(run) + "".join(f"\n  {s['seq']:>3} {s['step']:<18} {s['outcome']}" for s in run["steps"]))
    elif a == "runs":
        rows = eng.runs(contact_id=args.contact, workflow=args.target, status=args.status, limit=args.limit)
        ctx.out(rows, "\n".join(_run_line(r) for r in rows) or "no runs")
    elif a == "run":
        run = eng.run(_run_id(args))
        ctx.out(run, _run_line(run) + "".join(
            f"\n  {s['seq']:>3} {s['started_at']:%Y-%m-%d %H:%M} {s['step']:<18} {s['kind']:<10} {s['outcome']}"
            for s in run["steps"]))
    elif a in ("pause", "resume", "end"):
        rid = _run_id(args)
        run = eng.resume(rid) if a == "resume" else getattr(eng, a)(rid, args.reason or f"{a}d from the command line")
        ctx.out(run, _run_line(run))
    elif a == "tick":
        counts = eng.tick()
        ctx.out(counts, ", ".join(f"{k}: {v}" for k, v in counts.items()))
    elif a == "experiment":
        if not args.extra:
            raise ValidationError("workflow experiment NAME STEP: give the send step with variants", "step")
        res = eng.experiment(_need(args, "workflow name"), args.extra)
        ctx.out(res, f"{res['workflow']} / {res['step']} ({res['mode']}): "
                     f"{'winner ' + res['winner'] if res['winner'] else 'no winner yet'}\n" + "\n".join(
                         f"  {v['name']:<6} sent {v['sent']:>5}  replied {v['replied']:>5}  "
                         f"P(best) {v['prob_best']:.3f}  expected loss {v['expected_loss']:.4f}"
                         for v in res["variants"]))
    elif a == "subscribe":
        events = [e.strip() for e in args.events.split(",")] if args.events else None
        subs = eng.webhooks.subscribe(_need(args, "URL"), events)
        ctx.out(subs, "\n".join(f"{s['url']}: {', '.join(s['events'])}" for s in subs))
    elif a == "unsubscribe":
        subs = eng.webhooks.unsubscribe(_need(args, "URL"))
        ctx.out(subs, "\n".join(f"{s['url']}: {', '.join(s['events'])}" for s in subs) or "no subscriptions")
    elif a == "webhooks":
        rows = eng.webhooks.log(args.limit)
        ctx.out(rows, "\n".join(f"{r['id']:>5} {r['status']:<9} attempts {r['attempts']} {r['url']} "
                                f"{r['last_error'] or ''}" for r in rows) or "no webhook deliveries")
    return 0
