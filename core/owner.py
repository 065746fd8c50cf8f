"""One owner of the database: the server process holds the DuckDB file, and the CLI asks it over loopback.

DuckDB allows one read-write process per file. The process that serves the app (or `python -m core serve`) writes
`<db>.owner.json` (file mode 600) at start-up with its loopback URL, its pid and a fresh random token; the CLI reads
it and sends the command line to `POST /api/cli` with that token. Whoever can read the file could open the database
itself, so the token grants nothing more than the file does. With no owner (or a stale file left by a killed
server), the CLI opens the database directly, as before.
"""
from __future__ import annotations

import contextlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import httpx

CLI_ROUTE = "/api/cli"
TIMEOUT_SECONDS = 900  # an import or a bulk plan may take minutes on a big file


@dataclass(frozen=True)
class Owner:
    url: str
    token: str
    pid: int


def owner_file(db: str | Path) -> Path:
    return Path(f"{db}.owner.json")


def claim(db: str | Path, url: str) -> Owner:
    """Write the owner file for this process (mode 600 from its creation: the token is never world-readable)."""
    owner = Owner(url=url.rstrip("/"), token=secrets.token_urlsafe(32), pid=os.getpid())
    path = owner_file(db)
    tmp = path.with_name(path.name + f".{owner.pid}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"url": owner.url, "token": owner.token, "pid": owner.pid}, fh)
    os.replace(tmp, path)
    return owner


def release(db: str | Path, owner: Owner) -> None:
    """Remove the owner file if it is still ours (a newer server may have replaced it)."""
    current = read(db)
    if current is not None and current.token == owner.token:
        with contextlib.suppress(FileNotFoundError):
            owner_file(db).unlink()


def read(db: str | Path) -> Owner | None:
    try:
        data = json.loads(owner_file(db).read_text(encoding="utf-8"))
        return Owner(url=str(data["url"]), token=str(data["token"]), pid=int(data["pid"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def alive(owner: Owner) -> bool:
    try:
        os.kill(owner.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it exists
        return True
    return True


def running_owner(db: str | Path) -> Owner | None:
    """The server that holds db, if its file names a live process."""
    owner = read(db)
    return owner if owner is not None and alive(owner) else None


def forward(owner: Owner, argv: list[str], cwd: str, stdin: str | None) -> tuple[int, str, str]:
    """Run a command line in the owning server; (exit code, stdout, stderr). Raises httpx.ConnectError if the
    server does not answer (the caller then opens the file itself)."""
    resp = httpx.post(owner.url + CLI_ROUTE, json={"argv": argv, "cwd": cwd, "stdin": stdin},
                      headers={"Authorization": f"Bearer {owner.token}"}, timeout=TIMEOUT_SECONDS)
    if resp.status_code != 200:
        try:
            message = resp.json().get("error") or resp.text
        except ValueError:
            message = resp.text
        return 1, "", f"error: the server that owns the database refused the command ({resp.status_code}): {message}\n"
    data = resp.json()
    return int(data["code"]), str(data.get("stdout") or ""), str(data.get("stderr") or "")
