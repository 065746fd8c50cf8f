"""`python -m core`: the same engine as the app, for scripts, tests and demos.

Each feature module registers its own commands (see COMMAND_MODULES); a command
is a function (args, ctx) -> exit code that prints through ctx.out.
"""
from __future__ import annotations

import argparse
import contextvars
import datetime as dt
import getpass
import importlib
import io
import json
import logging
import os
import sys
from dataclasses import dataclass, field
from typing import IO, Any, Callable

from core import config
from core.errors import CRMError
from core.store import Store

COMMAND_MODULES = ["core.crm_cli", "core.inbox_cli", "core.speech_cli", "core.user_cli", "core.insights_cli",
                   "core.workflow_cli", "core.memory_cli"]


_cwd: contextvars.ContextVar[str | None] = contextvars.ContextVar("cli_cwd", default=None)


def path_arg(value: str) -> str:
    """A file argument, made absolute against the caller's directory ("-" is standard input/output).

    The same command line may run in the server that owns the database, whose working directory differs."""
    if value == "-":
        return value
    return os.path.join(_cwd.get() or os.getcwd(), os.path.expanduser(value))


@dataclass
class Context:
    args: argparse.Namespace
    _store: Store | None = None
    _app: Any = None
    stdin: IO[str] = field(default_factory=lambda: sys.stdin)
    stdout: IO[str] = field(default_factory=lambda: sys.stdout)
    stderr: IO[str] = field(default_factory=lambda: sys.stderr)
    in_server: bool = False  # running inside the process that owns the database (it sends; the CLI never does)

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.args.db)
        return self._store

    @property
    def app(self):
        """The composition root over this command's database: the same services the app process builds."""
        if self._app is None:
            from core.app import App
            self._app = App(self.store)
        return self._app

    @property
    def today(self) -> dt.date:
        value = self.args.today or config.get("CRM_TODAY")
        return dt.date.fromisoformat(value) if value else dt.date.today()

    @property
    def json(self) -> bool:
        return bool(self.args.json)

    def out(self, data: Any, text: str | None = None) -> None:
        """Print JSON in --json mode, else the human text (or pretty JSON)."""
        if self.json or text is None:
            print(json.dumps(data, default=str, ensure_ascii=False), file=self.stdout)
        else:
            print(text, file=self.stdout)

    def print(self, text: str = "", err: bool = False, flush: bool = False) -> None:
        print(text, file=self.stderr if err else self.stdout, flush=flush)


def build_parser() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help="DuckDB file (default: $CRM_DB or data/crm.duckdb)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output")
    common.add_argument("--user", default=argparse.SUPPRESS, help="acting user's email")
    common.add_argument("--today", default=argparse.SUPPRESS, help="YYYY-MM-DD used for relative dates")
    parser = argparse.ArgumentParser(prog="python -m core", parents=[common],
                                     description="AutoCRM: plan, apply and undo CRM changes from plain English.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sub.common = common  # commands add it as a parent so global flags work after the command too
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser, sub


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser, _ = build_parser()
    args = parser.parse_args(argv)
    for name, default in (("db", None), ("json", False), ("user", None), ("today", None)):
        if not hasattr(args, name):
            setattr(args, name, default)
    args.db = args.db or config.get("CRM_DB")
    return args


def _run(args: argparse.Namespace, ctx: Context) -> int:
    func: Callable[[argparse.Namespace, Context], int] = args.func
    try:
        return func(args, ctx)
    except CRMError as exc:
        if ctx.json:
            ctx.print(json.dumps({"error": str(exc), "type": type(exc).__name__}))
        else:
            ctx.print(f"error: {exc}", err=True)
        return 1


def _stdin_for_server(args: argparse.Namespace) -> str | None:
    """What the command will read from standard input, read here (the server has no terminal)."""
    if any(getattr(args, name, None) == "-" for name in vars(args)):
        return sys.stdin.read()
    if getattr(args, "reads_password", False) and not (args.password or args.generate):
        if not sys.stdin.isatty():
            return sys.stdin.readline()
        first = getpass.getpass(f"Password for {args.email}: ")
        if getpass.getpass("Again: ") != first:
            raise CRMError("the two passwords differ; nothing changed")
        return first + "\n"
    return None


def _in_owner(argv: list[str], args: argparse.Namespace) -> int | None:
    """Run the command in the server that owns the database; None when no server answers (open the file here)."""
    import httpx

    from core import owner as owners
    server = owners.running_owner(args.db)
    if server is None:
        return None
    confirm = getattr(args, "confirm_in_client", None)
    try:
        if confirm is not None and not args.yes:
            argv = confirm(argv, args, lambda a: owners.forward(server, a, os.getcwd(), None))
            if isinstance(argv, int):
                return argv
        code, out, err = owners.forward(server, argv, os.getcwd(), _stdin_for_server(args))
    except httpx.ConnectError:
        return None  # a stale owner file (the server was killed): open the file ourselves
    sys.stdout.write(out)
    sys.stderr.write(err)
    return code


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _parse(argv)
    if not getattr(args, "local_only", False):
        try:
            code = _in_owner(argv, args)
        except CRMError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        if code is not None:
            return code
    ctx = Context(args)
    try:
        return _run(args, ctx)
    finally:
        if ctx._store is not None:
            ctx._store.close()


def run_in_server(app: Any, argv: list[str], cwd: str, stdin: str | None) -> tuple[int, str, str]:
    """A command line sent by the CLI to the process that owns the database: run with that process's App.

    Relative paths are taken from the caller's directory; the database named must be the one this server owns."""
    out, err = io.StringIO(), io.StringIO()
    token = _cwd.set(cwd)
    try:
        try:
            args = _parse(argv)
        except SystemExit as exc:
            return int(exc.code or 0), "", "error: the server could not read this command line\n"
        if os.path.realpath(path_arg(args.db)) != os.path.realpath(app.store.path):
            return 1, "", f"error: this server owns {app.store.path}, not {args.db}\n"
        if getattr(args, "local_only", False):
            return 1, "", f"error: `{args.command}` cannot run inside the server; stop the server first\n"
        ctx = Context(args, _store=app.store, _app=app, stdin=io.StringIO(stdin or ""), stdout=out, stderr=err,
                      in_server=True)
        code = _run(args, ctx)
        return code, out.getvalue(), err.getvalue()
    finally:
        _cwd.reset(token)
