"""CLI commands for the customer inbox: ingest, inbox, review, autopilot, serve, guard.

The CLI never sends a reply itself: only the server (the app, or `python -m core serve`) does. While the server
runs it owns the database and these commands run inside it (core/owner.py), so what they approve is sent by the
server. With no server running they open the file, and replies they decide on (review approve/edit, inbox reply,
autopilot drafts of `ingest --process`) are queued in the outbox for the server to send when it starts.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import IO, Any, Iterator

from core import config
from core.cli import path_arg
from core.errors import CRMError, NotFound, StoreError
from core.executor import load_user
from core.inbox.errors import PayloadError, SendingRefused
from core.inbox.formats import FORMATS
from core.inbox.models import InboundMessage
from core.inbox.review import age_badge
from core.inbox.service import Inbox
from core.models import User


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", parents=[sub.common], help="capture inbound messages from a JSON-lines file")
    p.add_argument("file", type=path_arg, help="JSON-lines file, or - for standard input")
    p.add_argument("--format", choices=sorted(FORMATS), default="generic",
                   help="generic: AutoCRM's JSON; whatsapp: Cloud API webhook bodies; twilio: form fields as JSON")
    p.add_argument("--process", action="store_true", help="then run guardrails, drafts and autopilot on them")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("inbox", parents=[sub.common], help="inbox status, processing, conversations, agent replies")
    p.add_argument("action", choices=["status", "process", "conversations", "reply"])
    p.add_argument("conversation", nargs="?", type=int, help="conversation id (reply)")
    p.add_argument("--text", help="the agent's reply (reply)")
    p.add_argument("--contact", type=int, help="only this contact's conversations (conversations)")
    p.add_argument("--address", help="only conversations with this phone or email (conversations)")
    p.add_argument("--channel", choices=["whatsapp", "sms", "email"], help="only this channel (conversations)")
    p.add_argument("--limit", type=int, default=100, help="most conversations listed (conversations)")
    p.set_defaults(func=cmd_inbox)

    p = sub.add_parser("review", parents=[sub.common],
                       help="the review queue: list, approve ID, edit ID --text T, reject ID (acting user: --user, "
                            "else the first reviewer)")
    p.add_argument("action", choices=["list", "approve", "edit", "reject"])
    p.add_argument("draft", nargs="?", type=int, help="draft id")
    p.add_argument("--text", help="the reply to send instead of the draft (edit)")
    p.add_argument("--reason", default="", help="why the draft is rejected")
    p.add_argument("--confirm", action="store_true", help="send a draft superseded by a human reply anyway")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_review)

    p = sub.add_parser("autopilot", parents=[sub.common],
                       help="turn a conversation's autopilot on or off (a command signed with the server key)")
    p.add_argument("conversation", type=int, nargs="?")
    p.add_argument("state", choices=["on", "off"], nargs="?")
    p.add_argument("--reason")
    p.add_argument("--jsonl", metavar="FILE", type=path_arg,
                   help='many switches in one run: one {"conversation": ID, "state": "on"|"off", "reason": ...} per '
                        "line (- reads stdin); every line is checked before any switch is made")
    p.set_defaults(func=cmd_autopilot)

    p = sub.add_parser("serve", parents=[sub.common], help="serve the webhooks, API and workers without the UI")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    p.set_defaults(func=cmd_serve, local_only=True)

    p = sub.add_parser("guard", parents=[sub.common], help="classify text with the guardrails (stored policy)")
    p.add_argument("text", nargs="?")
    p.add_argument("--jsonl", metavar="FILE", type=path_arg, help="classify every line ({\"text\": ...} or a JSON string) of FILE")
    p.set_defaults(func=cmd_guard)


CLI_SENDS_NOTHING = ("the command line never sends replies: they stay queued in the outbox and the server "
                     "(the app, or `python -m core serve`) sends them")


def _inbox(ctx) -> Inbox:
    """The inbox over the command's database, with sending refused; a clear refusal if the server holds the file."""
    try:
        inbox = ctx.app.inbox
    except StoreError as exc:
        if "lock" not in str(exc).lower():
            raise
        raise SendingRefused(
            f"{ctx.args.db} is open in another process, most likely the server (the app or `python -m core serve`), "
            "which owns it while it runs. Nothing was changed or sent. Use the review page, or stop the server, run "
            "this again, and start the server to send what was queued.") from None
    if not ctx.in_server:  # inside the server the inbox is the server's own, which sends
        inbox.refuse_sending(CLI_SENDS_NOTHING)
    return inbox


def _queued_note(res: dict) -> str:
    n = res.get("queued") or 0
    return f"{n} repl{'y' if n == 1 else 'ies'} queued for the server to send" if n else "no reply waiting to be sent"


# -- ingest ----------------------------------------------------------------------------------
def _lines(path: str, stdin: IO[str] | None = None) -> Iterator[tuple[int, str]]:
    handle = (stdin or sys.stdin) if path == "-" else open(path, encoding="utf-8")
    try:
        for n, line in enumerate(handle, start=1):
            if line.strip():
                yield n, line
    finally:
        if path != "-":
            handle.close()


def read_messages(path: str, fmt: str, stdin: IO[str] | None = None) -> list[InboundMessage]:
    """Every message of a JSON-lines file; the first bad line raises PayloadError naming file and line."""
    parse = FORMATS[fmt]
    name = "<stdin>" if path == "-" else path
    if path != "-" and not Path(path).is_file():
        raise NotFound(f"no file {path}")
    msgs: list[InboundMessage] = []
    for n, line in _lines(path, stdin):
        try:
            msgs.extend(parse(json.loads(line)))
        except ValueError as exc:
            if isinstance(exc, CRMError):
                raise
            raise PayloadError(f"{name}, line {n}: not valid JSON ({exc})") from None
        except PayloadError as exc:
            raise PayloadError(f"{name}, line {n}: {exc}", exc.field) from None
    return msgs


def cmd_ingest(args, ctx) -> int:
    msgs = read_messages(args.file, args.format, ctx.stdin)  # all validated before anything is stored
    inbox = _inbox(ctx)
    start = time.perf_counter()
    batch = int(config.get("CRM_INGEST_MAX_BATCH"))
    stored = dup = 0
    for i in range(0, len(msgs), batch):
        receipts = inbox.ingest(msgs[i:i + batch])
        d = sum(r.duplicate for r in receipts)
        dup, stored = dup + d, stored + len(receipts) - d
    seconds = time.perf_counter() - start
    out: dict[str, Any] = {"messages": len(msgs), "stored": stored, "duplicates": dup,
                           "seconds": round(seconds, 3), "per_second": round(len(msgs) / seconds) if seconds else None}
    text = f"{len(msgs)} messages: {stored} stored, {dup} already there ({out['per_second']} msg/s)"
    if args.process:
        out.update(inbox.run_once())
        text += f"; processed {out['processed']}; {_queued_note(out)}"
    ctx.out(out, text)
    return 0


# -- inbox -----------------------------------------------------------------------------------
def cmd_inbox(args, ctx) -> int:
    inbox = _inbox(ctx)
    if args.action == "status":
        st = inbox.status()
        box = st["outbox"]
        ctx.out(st, f"processing lag: {st['lag']['pending']} pending (oldest {st['lag']['oldest_age_seconds']} s); "
                    f"review queue: {st['review']['depth']} (oldest {st['review']['oldest_age_seconds']} s); "
                    f"outbox queued: {box['queued']}, retrying: {box['retrying']}, dead letters: {box['dead']}, "
                    f"outcome unknown: {box['unknown']}")
    elif args.action == "process":
        res = inbox.run_once()
        ctx.out(res, f"processed {res['processed']} messages; {_queued_note(res)}")
    elif args.action == "conversations":
        if args.limit < 1:
            raise CRMError("--limit must be at least 1")
        rows = inbox.conversations(args.limit, contact_id=args.contact, address=args.address, channel=args.channel)
        ctx.out(rows, "\n".join(f"#{r['id']:<5} {r['channel']:<9} {r['address']:<28} {r['contact_name'][:24]:<24} "
                                f"autopilot {'on ' if r['autopilot'] else 'off'}  {r['messages'] or 0} msgs, "
                                f"{r['pending_drafts']} pending" for r in rows) or "No conversations yet.")
    else:
        if args.conversation is None or not args.text:
            raise CRMError("usage: inbox reply CONVERSATION --text 'your reply'")
        user = load_user(ctx.store, args.user)
        res = inbox.reply(args.conversation, args.text, user)
        ctx.out(res, f"Queued as {user.name} (outbox {res['outbox_id']}); the server sends it. Autopilot paused; "
                     f"{res['superseded']} pending draft(s) superseded.")
    return 0


# -- review ----------------------------------------------------------------------------------
def _reviewer(ctx, args) -> User:
    if args.user:
        return load_user(ctx.store, args.user)
    row = ctx.store.one("SELECT email FROM users WHERE role = 'reviewer' ORDER BY id LIMIT 1") or \
        ctx.store.one("SELECT email FROM users WHERE role = 'admin' ORDER BY id LIMIT 1")
    if row is None:
        raise NotFound("no reviewer or admin user: pass --user")
    return load_user(ctx.store, row["email"])


def cmd_review(args, ctx) -> int:
    inbox = _inbox(ctx)
    if args.action == "list":
        items = inbox.review.pending(args.limit)
        lines = []
        for it in items:
            lines.append(f"draft {it.draft_id}  [{age_badge(it.age_seconds)}]  {it.contact_name} ({it.channel} "
                         f"{it.address}), conversation {it.conversation_id}, "
                         f"autopilot {'on' if it.autopilot else 'off'}")
            lines.append(f"  customer: {it.inbound}")
            lines.append(f"  verdict:  {it.classification}" + (f" ({it.reason})" if it.reason else "")
                         + (f" [{', '.join(it.triggered)}]" if it.triggered else ""))
            lines.append(f"  draft ({it.confidence:.2f}, {it.engine}): {it.draft or '(handoff: write the reply)'}")
        ctx.out([i.to_dict() for i in items], "\n".join(lines) or "The review queue is empty.")
        return 0
    if args.draft is None:
        raise CRMError(f"usage: review {args.action} DRAFT_ID")
    user = _reviewer(ctx, args)
    if args.action == "approve":
        outcome = inbox.review.approve(args.draft, user, confirm=args.confirm)
    elif args.action == "edit":
        if not args.text:
            raise CRMError("usage: review edit DRAFT_ID --text 'the reply to send'")
        outcome = inbox.review.edit(args.draft, user, args.text, confirm=args.confirm)
    else:
        outcome = inbox.review.reject(args.draft, user, args.reason)
    if outcome.repeated:
        text = f"draft {outcome.draft_id}: {outcome.status} ({outcome.message})"
    elif outcome.outbox_id is not None:
        text = (f"draft {outcome.draft_id}: {outcome.status}; the reply is queued (outbox {outcome.outbox_id}) "
                "and the server sends it")
    else:
        text = f"draft {outcome.draft_id}: {outcome.status}"
    ctx.out(outcome.to_dict(), text)
    return 0


# -- autopilot -------------------------------------------------------------------------------
def _switches(path: str, stdin) -> list[tuple[int, bool, str | None]]:
    """Every line of an autopilot --jsonl file, checked; the first bad line raises PayloadError naming it."""
    out = []
    for n, line in _lines(path, stdin):
        where = f"{'<stdin>' if path == '-' else path}, line {n}"
        try:
            item = json.loads(line)
        except ValueError as exc:
            raise PayloadError(f"{where}: not valid JSON ({exc})") from None
        if not isinstance(item, dict):
            raise PayloadError(f'{where}: expected {{"conversation": ID, "state": "on"|"off"}}')
        conv, state, reason = item.get("conversation"), item.get("state"), item.get("reason")
        if isinstance(conv, bool) or not isinstance(conv, int) or not 0 < conv < 2 ** 31:
            raise PayloadError(f"{where}: conversation must be a positive integer id (got {conv!r:.40})")
        if state not in ("on", "off"):
            raise PayloadError(f'{where}: state must be "on" or "off" (got {state!r:.40})')
        if reason is not None and (not isinstance(reason, str) or len(reason) > 500 or "\x00" in reason):
            raise PayloadError(f"{where}: reason must be text of at most 500 characters (no NUL)")
        out.append((conv, state == "on", reason))
    if not out:
        raise PayloadError(f"{path}: no switches (one JSON object per line)")
    return out


def cmd_autopilot(args, ctx) -> int:
    inbox = _inbox(ctx)
    actor = args.user or "cli"
    if args.jsonl:
        if args.conversation is not None or args.state is not None:
            raise CRMError("autopilot takes CONVERSATION STATE or --jsonl FILE, not both")
        switches = _switches(args.jsonl, ctx.stdin)
        known = {r[0] for r in ctx.store.execute("SELECT id FROM conversations WHERE id IN (SELECT unnest(?::INTEGER[]))",
                                                 [[c for c, _, _ in switches]]).fetchall()}
        missing = sorted({c for c, _, _ in switches} - known)
        if missing:
            raise NotFound(f"no conversation {', '.join(map(str, missing[:10]))}; nothing was switched "
                           "(`python -m core inbox conversations` lists them)")
        changes = []
        for conv, enabled, reason in switches:
            body, signature = inbox.sign_autopilot(conv, enabled, actor, reason)
            changes.append(inbox.set_autopilot_signed(body, signature, source="cli"))
        changed = sum(c.changed for c in changes)
        ctx.out({"switches": [c.to_dict() for c in changes], "changed": changed},
                f"{len(changes)} switches, {changed} changed, {len(changes) - changed} already so")
        return 0
    if args.conversation is None or args.state is None:
        raise CRMError("usage: autopilot CONVERSATION on|off [--reason TEXT], or autopilot --jsonl FILE")
    body, signature = inbox.sign_autopilot(args.conversation, args.state == "on", actor, args.reason)
    change = inbox.set_autopilot_signed(body, signature, source="cli")
    ctx.out(change.to_dict(), f"conversation {change.conversation_id}: autopilot {'on' if change.enabled else 'off'}"
                              + ("" if change.changed else " (unchanged)"))
    return 0


# -- serve -----------------------------------------------------------------------------------
def cmd_serve(args, ctx) -> int:
    from core import web
    print(f"AutoCRM inbox on http://{args.host}:{args.port} (db {args.db}); Ctrl-C stops", file=sys.stderr)
    web.serve(args.db, args.port, args.host)
    return 0


# -- guard -----------------------------------------------------------------------------------
def _policy(ctx):
    from core.guardrails import GuardrailPolicy
    if args_db_exists(ctx):
        from core.inbox.settings import InboxSettings
        return InboxSettings(ctx.store).policy()
    return GuardrailPolicy.default()


def args_db_exists(ctx) -> bool:
    return ctx.args.db == ":memory:" or Path(ctx.args.db).is_file()


def cmd_guard(args, ctx) -> int:
    from core.guardrails import Guardrails
    guard = Guardrails(_policy(ctx))
    if args.jsonl:
        for n, line in _lines(args.jsonl, ctx.stdin):
            try:
                item = json.loads(line)
            except ValueError as exc:
                raise PayloadError(f"{args.jsonl}, line {n}: not valid JSON ({exc})") from None
            text = item.get("text") if isinstance(item, dict) else item
            if not isinstance(text, str):
                raise PayloadError(f"{args.jsonl}, line {n}: expected {{\"text\": ...}} or a JSON string")
            v = guard.classify(text)
            row = {"classification": v.classification, "triggered": list(v.triggered), "reason": v.reason}
            if isinstance(item, dict) and "id" in item:
                row = {"id": item["id"], **row}
            ctx.print(json.dumps(row, ensure_ascii=False))
        return 0
    if not args.text:
        raise CRMError('usage: guard "TEXT" [--json] or guard --jsonl FILE')
    v = guard.classify(args.text)
    ctx.out({"classification": v.classification, "triggered": list(v.triggered), "reason": v.reason},
            f"{v.classification}" + (f" [{', '.join(v.triggered)}]" if v.triggered else "") + f": {v.reason}")
    return 0
