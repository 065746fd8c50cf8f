"""CLI commands for accounts: `python -m core user add | passwd | role | list | token | revoke-token | signout`.

The CLI is the operator's tool: whoever can run it can read the database file anyway, so these commands need no
sign-in (and are recorded in auth_events without an acting user). It also makes `init --demo` print the demo
users' sign-ins.
"""
from __future__ import annotations

import argparse
import getpass
import sys

from core.auth import ROLES, Auth, new_password
from core.errors import CRMError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("user", parents=[sub.common], help="accounts: add, passwd, role, list, token, revoke-token, "
                                                          "signout")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")

    a = actions.add_parser("add", parents=[sub.common], help="add a user (asks for the password unless given)")
    a.add_argument("email")
    a.add_argument("--name", required=True)
    a.add_argument("--role", required=True, choices=ROLES)
    _password_flags(a)
    a.set_defaults(func=cmd_add, reads_password=True)

    a = actions.add_parser("passwd", parents=[sub.common],
                           help="set a user's password: lifts a lock and ends their sessions")
    a.add_argument("email")
    _password_flags(a)
    a.set_defaults(func=cmd_passwd, reads_password=True)

    a = actions.add_parser("role", parents=[sub.common], help="change a user's role")
    a.add_argument("email")
    a.add_argument("role", choices=ROLES)
    a.set_defaults(func=cmd_role)

    a = actions.add_parser("list", parents=[sub.common], help="users, whether they can sign in, locks, sessions")
    a.set_defaults(func=cmd_list)

    a = actions.add_parser("token", parents=[sub.common],
                           help="a new API token for a user (printed once) for /metrics and /api/inbox/status")
    a.add_argument("email")
    a.add_argument("--label", default="", help="what the token is for, e.g. prometheus")
    a.set_defaults(func=cmd_token)

    a = actions.add_parser("revoke-token", parents=[sub.common], help="revoke an API token by its id")
    a.add_argument("token_id", type=int)
    a.set_defaults(func=cmd_revoke)

    a = actions.add_parser("signout", parents=[sub.common], help="end every session of a user")
    a.add_argument("email")
    a.set_defaults(func=cmd_signout)

    init = sub.choices.get("init")
    if init is not None:  # `init --demo` also prints how to sign in as the demo users
        init.set_defaults(func=with_demo_sign_ins(init.get_default("func")))


def _password_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--password", help="the password (visible in the shell's history: prefer the prompt, or pipe "
                                      "it on standard input)")
    p.add_argument("--generate", action="store_true", help="make a random password and print it once")


def _password(args, ctx) -> tuple[str, bool]:
    """(password, generated): --password, --generate, a piped line, or a prompt typed twice."""
    if args.password and args.generate:
        raise CRMError("give --password or --generate, not both")
    if args.password:
        return args.password, False
    if args.generate:
        return new_password(), True
    if not ctx.stdin.isatty():
        line = ctx.stdin.readline().rstrip("\n")
        if not line:
            raise CRMError("no password: give --password, --generate, or one line on standard input")
        return line, False
    first = getpass.getpass(f"Password for {args.email}: ")
    if getpass.getpass("Again: ") != first:
        raise CRMError("the two passwords differ; nothing changed")
    return first, False


def _auth(ctx) -> Auth:
    return ctx.app.get("auth", Auth)


def cmd_add(args, ctx) -> int:
    password, generated = _password(args, ctx)
    user = _auth(ctx).create_user(args.email, args.name, args.role, password)
    data = {"status": "ok", "id": user.id, "email": user.email, "name": user.name, "role": user.role}
    if generated:
        data["password"] = password
    ctx.out(data, f"Added {user.name} <{user.email}> ({user.role})"
            + (f"; password (shown once): {password}" if generated else "."))
    return 0


def cmd_passwd(args, ctx) -> int:
    password, generated = _password(args, ctx)
    user = _auth(ctx).set_password(args.email, password)
    data = {"status": "ok", "email": user.email}
    if generated:
        data["password"] = password
    ctx.out(data, f"Password of {user.email} set; their sessions were ended"
            + (f"; new password (shown once): {password}" if generated else "."))
    return 0


def cmd_role(args, ctx) -> int:
    user = _auth(ctx).set_role(args.email, args.role)
    ctx.out({"status": "ok", "email": user.email, "role": user.role}, f"{user.name} is now a {user.role}.")
    return 0


def cmd_list(args, ctx) -> int:
    rows = _auth(ctx).users()
    lines = [f"{'email':32} {'name':20} {'role':9} {'password':9} sessions  locked until"]
    for r in rows:
        lines.append(f"{r['email']:32} {r['name'][:20]:20} {r['role']:9} {'set' if r['has_password'] else 'none':9} "
                     f"{r['active_sessions']:<9} {r['locked_until'] or ''}")
    ctx.out(rows, "\n".join(lines))
    return 0


def cmd_token(args, ctx) -> int:
    tid, token = _auth(ctx).create_api_token(args.email, args.label)
    ctx.out({"status": "ok", "id": tid, "email": args.email, "token": token},
            f"API token {tid} for {args.email} (shown once; send it as Authorization: Bearer …):\n{token}")
    return 0


def cmd_revoke(args, ctx) -> int:
    _auth(ctx).revoke_api_token(args.token_id)
    ctx.out({"status": "ok", "id": args.token_id}, f"API token {args.token_id} revoked.")
    return 0


def cmd_signout(args, ctx) -> int:
    n = _auth(ctx).end_sessions(args.email)
    ctx.out({"status": "ok", "email": args.email, "ended": n}, f"Ended {n} session(s) of {args.email}.")
    return 0


def with_demo_sign_ins(init):
    """Wraps `init`: after creating the demo data it prints each demo user's email and password."""
    def cmd(args, ctx) -> int:
        if not getattr(args, "demo", False):
            return init(args, ctx)
        out = ctx.out

        def out_with_sign_ins(data, text=None):
            if isinstance(data, dict) and data.get("status") == "ok" and data.get("rows"):
                from data.demo import demo_sign_ins
                logins = demo_sign_ins()
                data = {**data, "sign_in": logins}
                if text is not None:
                    text += "\nSign in as (demo passwords: change them before anyone else can reach the app):\n" \
                        + "\n".join(f"  {s['email']} / {s['password']}  ({s['role']})" for s in logins)
            out(data, text)

        ctx.out = out_with_sign_ins
        return init(args, ctx)

    return cmd
