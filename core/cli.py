"""`python -m core`: the same engine as the app, for scripts, tests and demos.

Each feature module registers its own commands (see COMMAND_MODULES); a command
is a function (args, ctx) -> exit code that prints through ctx.out.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import logging
import sys
from dataclasses import dataclass
from typing import Any, Callable

from core import config
from core.errors import CRMError
from core.store import Store

COMMAND_MODULES = ["core.crm_cli", "core.inbox_cli", "core.speech_cli", "core.user_cli", "core.memory_cli"]


@dataclass
class Context:
    args: argparse.Namespace
    _store: Store | None = None
    _app: Any = None

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
            print(json.dumps(data, default=str, ensure_ascii=False))
        else:
            print(text)


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


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser, _ = build_parser()
    args = parser.parse_args(argv)
    for name, default in (("db", None), ("json", False), ("user", None), ("today", None)):
        if not hasattr(args, name):
            setattr(args, name, default)
    args.db = args.db or config.get("CRM_DB")
    ctx = Context(args)
    func: Callable[[argparse.Namespace, Context], int] = args.func
    try:
        return func(args, ctx)
    except CRMError as exc:
        if ctx.json:
            print(json.dumps({"error": str(exc), "type": type(exc).__name__}))
        else:
            print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        if ctx._store is not None:
            ctx._store.close()
