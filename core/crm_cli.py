"""CLI commands for the CRM itself: init, import, export, plan, do, undo, history."""
from __future__ import annotations

import argparse
import hashlib
import json
import sys

from core.cli import path_arg
from core.errors import CRMError, UndoConflict, ValidationError
from core.executor import load_user
from core.exporter import export_csv
from core.importer import ORDER, import_csv
from core.models import Plan


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", parents=[sub.common], help="create the schema (and the demo data with --demo)")
    p.add_argument("--demo", action="store_true", help="fill an empty database with the deterministic demo data")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("import", parents=[sub.common], help="import CSV files in one transaction")
    for table in ORDER:
        p.add_argument(f"--{table}", metavar="FILE", type=path_arg)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", parents=[sub.common], help="write a table's live rows as CSV (foreign ids kept), "
                                                           "or `export contact ID`: everything held about a person")
    p.add_argument("subject", nargs="?", choices=["contact"], help="contact: a person's data as JSON (see erase)")
    p.add_argument("id", nargs="?", type=int)
    p.add_argument("--table", choices=ORDER)
    p.add_argument("--out", metavar="FILE", type=path_arg, help="CSV file to write (default: stdout)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("plan", parents=[sub.common], help="plan a request; changes nothing")
    p.add_argument("text", nargs="?")
    p.add_argument("--session")
    p.add_argument("--jsonl", metavar="FILE", type=path_arg, help="plan every line {text, user, session} of FILE")
    p.set_defaults(func=cmd_plan)

    p = sub.add_parser("do", parents=[sub.common], help="plan and apply a request")
    p.add_argument("text")
    p.add_argument("--yes", action="store_true", help="apply without asking")
    p.add_argument("--session")
    p.add_argument("--expect", help=argparse.SUPPRESS)  # the digest of the plan the user confirmed (see confirm)
    p.set_defaults(func=cmd_do, confirm_in_client=confirm_in_client)

    p = sub.add_parser("undo", parents=[sub.common], help="revert an applied plan (default: your last one)")
    p.add_argument("plan_id", nargs="?")
    p.set_defaults(func=cmd_undo)

    p = sub.add_parser("history", parents=[sub.common], help="applied and reverted plans")
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(func=cmd_history)


def cmd_init(args, ctx) -> int:
    store = ctx.store
    counts = {}
    if args.demo:
        from data.demo import generate
        if store.scalar("SELECT count(*) FROM users"):
            ctx.out({"status": "exists", "db": args.db}, f"{args.db} already has data; left as it is.")
            return 0
        counts = generate(store, ctx.today)
    ctx.out({"status": "ok", "db": args.db, "schema_version": store.schema_version, "rows": counts},
            f"Initialised {args.db} (schema v{store.schema_version})"
            + (": " + ", ".join(f"{v} {k}" for k, v in counts.items()) if counts else "."))
    return 0


def cmd_import(args, ctx) -> int:
    files = {t: getattr(args, t) for t in ORDER if getattr(args, t)}
    if not files:
        raise CRMError("give at least one of --users/--companies/--contacts/--deals/--activities/--tasks")
    summary = import_csv(ctx.store, files)
    ctx.out({"status": "ok", "imported": {t: s["rows"] for t, s in summary.items()}, "mapping": summary},
            "Imported:\n" + "\n".join(f"  {_mapping_line(t, s)}" for t, s in summary.items()))
    return 0


def _mapping_line(table: str, s: dict[str, int]) -> str:
    """One table of the import summary, e.g. "companies: 12 rows, 12 foreign ids kept as external_id"."""
    line = f"{table}: {s['rows']} row{'' if s['rows'] == 1 else 's'}"
    if table != "users":
        line += f", {s['external_ids']} foreign id{'' if s['external_ids'] == 1 else 's'} kept as external_id"
    if s["references"]:
        line += f", {s['references']} link{'' if s['references'] == 1 else 's'} resolved through foreign ids"
    return line


def cmd_export(args, ctx) -> int:
    if args.subject:
        from core.memory_cli import cmd_export_contact
        return cmd_export_contact(args, ctx)
    if not args.table:
        raise ValidationError("export needs --table TABLE, or `export contact ID`", "table")
    if not args.out:
        export_csv(ctx.store, args.table, ctx.stdout)
        return 0
    with open(args.out, "w", newline="", encoding="utf-8") as fh:
        n = export_csv(ctx.store, args.table, fh)
    ctx.out({"status": "ok", "table": args.table, "rows": n, "out": args.out},
            f"Exported {n} {args.table} to {args.out}")
    return 0


def render(plan: Plan) -> str:
    """A plan as text: steps with before -> after, clarifications, warnings, errors."""
    if plan.answer is not None:
        return plan.answer
    lines = [f"Plan {plan.plan_id}: {plan.status}"]
    for s in plan.steps:
        lines.append(f"  {s.op} {s.table}#{s.id}  {s.label}")
        for f, (a, b) in s.changes.items():
            lines.append(f"      {f}: {'—' if a is None else a} → {b}")
    for c in plan.clarifications:
        lines.append(f"  ? {c.question}")
        lines += [f"      [{o.id}] {o.label}" for o in c.options]
    lines += [f"  ! {w}" for w in plan.warnings]
    lines += [f"  ✗ {e}" for e in plan.errors]
    return "\n".join(lines)


def _code(plan: Plan) -> int:
    return 0 if plan.status == "ready" else 2


def cmd_plan(args, ctx) -> int:
    chat = ctx.app.chat
    if args.jsonl:
        worst = 0
        fh = ctx.stdin if args.jsonl == "-" else open(args.jsonl, encoding="utf-8")
        with fh:
            for n, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                    plan = chat.plan(item["text"], item.get("user") or args.user, item.get("session"), ctx.today)
                    out = plan.to_dict()
                except (CRMError, KeyError, json.JSONDecodeError) as exc:
                    out, plan = {"line": n, "status": "error", "errors": [f"line {n}: {exc}"]}, None
                ctx.print(json.dumps(out, default=str, ensure_ascii=False), flush=True)
                worst = max(worst, 1 if plan is None else _code(plan))
        return worst
    if not args.text:
        raise CRMError("give the request text, or --jsonl FILE")
    plan = chat.plan(args.text, args.user, args.session, ctx.today)
    ctx.out(plan.to_dict(), render(plan))
    return _code(plan)


def cmd_do(args, ctx) -> int:
    chat = ctx.app.chat
    user = load_user(ctx.store, args.user)
    plan = chat.plan(args.text, user, args.session, ctx.today)
    if plan.intent == "undo":
        plan_id, n = chat.undo(None, user, args.session)
        ctx.out({"status": "reverted", "plan_id": plan_id, "steps": n}, f"Undid plan {plan_id} ({n} steps).")
        return 0
    if plan.status != "ready" or plan.intent != "write":
        ctx.out(plan.to_dict(), render(plan))
        return _code(plan) if plan.intent == "write" else 0
    if args.expect is not None and plan_digest(plan.to_dict()) != args.expect:
        raise CRMError("the records changed since you confirmed this plan, so it was not applied; run it again")
    if not args.yes:
        if ctx.in_server:
            raise CRMError("the server cannot ask for confirmation: give --yes")
        ctx.print(render(plan))
        if input("Apply? [y/N] ").strip().lower() not in ("y", "yes"):
            ctx.print("Cancelled; nothing changed.")
            return 2
    chat.apply(plan, user)
    ctx.out(dict(plan.to_dict(), status="applied"), render(plan) + "\nApplied.")
    return 0


def plan_digest(plan: dict) -> str:
    """What a user confirmed: the plan's steps (records, fields, before → after), not its id or wording."""
    steps = [[st["op"], st["table"], st["id"], st["changes"]] for st in plan.get("steps") or []]
    return hashlib.sha256(json.dumps(steps, sort_keys=True, default=str).encode()).hexdigest()[:16]


def confirm_in_client(argv: list[str], args, run) -> list[str] | int:
    """`do` without --yes while a server owns the database: show the plan here, ask here, and have the server
    apply it only if its plan is still the one confirmed. Returns the command line to send, or an exit code."""
    code, out, err = run(["plan", args.text, "--json"] + _flags(args))
    if code not in (0, 2) or not out.strip():
        sys.stderr.write(err)
        return code or 1
    plan = Plan.from_dict(json.loads(out.strip().splitlines()[-1]))
    if plan.intent == "undo":
        return argv + ["--yes"]
    print(render(plan))
    if plan.intent != "write":
        return 0
    if plan.status != "ready":
        return _code(plan)
    if input("Apply? [y/N] ").strip().lower() not in ("y", "yes"):
        print("Cancelled; nothing changed.")
        return 2
    return argv + ["--yes", "--expect", plan_digest(plan.to_dict())]


def _flags(args) -> list[str]:
    flags = []
    for name in ("db", "user", "today", "session"):
        if getattr(args, name, None):
            flags += [f"--{name}", str(getattr(args, name))]
    return flags


def cmd_undo(args, ctx) -> int:
    chat = ctx.app.chat
    try:
        plan_id, n = chat.undo(args.plan_id, args.user)
    except UndoConflict as exc:
        ctx.out({"status": "conflict", "error": str(exc), "changes": exc.changes}, f"error: {exc}")
        return 1
    ctx.out({"status": "reverted", "plan_id": plan_id, "steps": n}, f"Undid plan {plan_id} ({n} steps).")
    return 0


def cmd_history(args, ctx) -> int:
    rows = ctx.app.chat.history(args.limit)
    ctx.out(rows, "\n".join(f"{r['applied_at']:%Y-%m-%d %H:%M}  {r['plan_id']}  {r['status']:<8} {r['steps']} steps  "
                            f"{r['user']}: {r['text']}" for r in rows) or "No plans applied yet.")
    return 0
