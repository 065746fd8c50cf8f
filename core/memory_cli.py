"""CLI commands of the memory layer: reindex, context, search, ask, erase, export."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from core.errors import ValidationError
from core.executor import load_user
from core.memory.index import MODES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("reindex", parents=[sub.common],
                       help="rebuild the memory index (FAISS + keyword) from the vectors kept in the database")
    p.add_argument("--embed", action="store_true", help="also recompute every vector (after changing the model)")
    p.add_argument("--index", choices=["auto", "flat", "ivf"], default="auto", help="FAISS index type")
    p.set_defaults(func=cmd_reindex)

    p = sub.add_parser("context", parents=[sub.common],
                       help="a conversation's rehydrated context: latest snapshot, primer, messages since, related ones")
    p.add_argument("conversation", type=int)
    p.add_argument("--query", help="rank earlier messages against this text (default: the last customer message)")
    p.set_defaults(func=cmd_context)

    p = sub.add_parser("search", parents=[sub.common], help="search every note and message (hybrid: meaning + words)")
    p.add_argument("text")
    p.add_argument("--mode", choices=MODES, default="hybrid")
    p.add_argument("--limit", type=int, default=10)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("ask", parents=[sub.common],
                       help="ask about an account (a cited brief) or search in plain English")
    p.add_argument("question")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("erase", parents=[sub.common],
                       help="erase everything personal held about a contact (admins; cannot be undone)")
    p.add_argument("subject", choices=["contact"])
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_erase)


def cmd_reindex(args, ctx) -> int:
    report = ctx.app.memory.reindex(embed=args.embed, kind=args.index)
    ctx.out(report, f"memory index rebuilt: {report['docs']} docs ({report['index']}), {report['embedded']} embedded, "
                    f"{report['seconds']} s")
    return 0


def cmd_context(args, ctx) -> int:
    found = ctx.app.memory.context(args.conversation, args.query)
    data = found.to_dict()
    if ctx.json:
        ctx.out(data)
        return 0
    snap = data["snapshot"]
    print(f"conversation {args.conversation}: " + (f"snapshot v{snap['version']} ({snap['reason']}, {snap['created_at']})"
                                                  if snap else "no snapshot yet"))
    for m in data["messages"]:
        phase = "on " if m["autopilot_at_capture"] else "off"
        print(f"  [{m['sent_at']}] autopilot {phase} {m['author_kind']:8} {m['channel']:8} {m['score']:.2f} "
              f"{m['why']:14} {m['body']}")
    return 0


def _search_json(results) -> list[dict]:
    return [{k: r.get(k) for k in ("kind", "id", "company_id", "contact_id", "deal_id", "snippet", "date", "score")}
            for r in results]


def cmd_search(args, ctx) -> int:
    from core import snapshot
    from core.memory import copilot

    if args.limit < 1:
        raise ValidationError("--limit must be at least 1", "limit")
    user = load_user(ctx.store, args.user) if args.user else None
    found = copilot.search_answer(ctx.app.memory, snapshot.load(ctx.store), copilot.validate_question(args.text),
                                  user.id if user else None, ctx.today, k=args.limit, mode=args.mode)
    ctx.out({"results": _search_json(found.results)}, found.answer)
    return 0


def cmd_ask(args, ctx) -> int:
    from core.memory import copilot

    user = load_user(ctx.store, args.user) if args.user else None
    memory = ctx.app.memory
    found = memory.answer(args.question, user.id if user else None, ctx.today)
    if found is None:
        found = memory.answer(args.question, user.id if user else None, ctx.today, kind="search")
    data = {"answer": found.answer, "citations": found.citations}
    if isinstance(found, copilot.Brief):
        data["dropped"] = list(found.dropped)
    ctx.out(data, found.answer)
    return 0


def cmd_erase(args, ctx) -> int:
    from core.memory.privacy import erase_contact

    user = load_user(ctx.store, args.user)
    removed = erase_contact(ctx.app.memory, args.id, user)
    ctx.out({"erased": {"contact": args.id}, "removed": removed},
            f"contact {args.id} erased: " + ", ".join(f"{v} {k}" for k, v in removed.items()))
    return 0


def cmd_export_contact(args, ctx) -> int:
    """`export contact ID` (registered by core/crm_cli.py's export command)."""
    from core.memory.privacy import export_contact

    if args.id is None:
        raise ValidationError("export contact needs the contact's id: export contact ID", "id")
    data = export_contact(ctx.store, args.id)
    text = json.dumps(data, ensure_ascii=False, indent=None if ctx.json else 2, default=str)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    else:
        print(text)
    return 0
