"""Local accounts on a real DuckDB: argon2 passwords, lockout, sessions that expire, roles from the database only,
API tokens, the `user` CLI, and the token-or-loopback check of /metrics and /api/inbox/status."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from core import web
from core.app import App
from core.auth import WRONG, AccountLocked, Auth, SessionEnded, SignInError, digest
from core.cli import main
from core.errors import PermissionDenied, ValidationError
from tests.test_inbox_support import make_inbox

ALEX, PRIYA, RILEY, JORDAN = "alex@autocrm.local", "priya@autocrm.local", "riley@autocrm.local", "jordan@autocrm.local"


class Clock:
    def __init__(self):
        self.now = dt.datetime(2026, 11, 18, 9, 0)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def auth(demo_db, clock) -> Auth:
    return Auth(demo_db, clock=clock)


def test_passwords_are_argon2_hashes_and_every_refusal_says_the_same(auth, demo_db):
    stored = demo_db.scalar("SELECT password_hash FROM user_credentials WHERE user_id = 5")
    assert stored.startswith("$argon2id$") and "jordan-demo-2026" not in stored
    assert auth.sign_in(" Jordan@AutoCRM.local ", "jordan-demo-2026").user.role == "admin"
    for email, password in ((JORDAN, "alex-demo-2026"), ("nobody@autocrm.local", "jordan-demo-2026"), (JORDAN, "")):
        with pytest.raises(SignInError) as refused:
            auth.sign_in(email, password)
        assert str(refused.value) == WRONG  # never says whether the email exists


def test_sign_in_locks_after_repeated_failures_for_a_while(auth, clock, monkeypatch):
    monkeypatch.setenv("CRM_SIGNIN_MAX_FAILURES", "3")
    for _ in range(2):
        with pytest.raises(SignInError, match="Wrong email or password"):
            auth.sign_in(ALEX, "guess-number-one")
    with pytest.raises(AccountLocked, match="locked for 15 min"):
        auth.sign_in(ALEX, "guess-number-three")
    with pytest.raises(AccountLocked, match="locked"):
        auth.sign_in(ALEX, "alex-demo-2026")  # even the right password, until the lock ends
    for _ in range(2):  # an unknown email locks the same way: locks do not reveal who has an account
        with pytest.raises(SignInError):
            auth.sign_in("nobody@autocrm.local", "guess-again")
    with pytest.raises(AccountLocked):
        auth.sign_in("nobody@autocrm.local", "guess-again")
    clock.advance(minutes=16)
    assert auth.sign_in(ALEX, "alex-demo-2026").user.email == ALEX
    for _ in range(3):
        with pytest.raises(SignInError):
            auth.sign_in(ALEX, "guess-once-more")
    auth.set_password(ALEX, "a-fresh-password", actor=auth.user(JORDAN))  # an admin's reset lifts the lock
    assert auth.sign_in(ALEX, "a-fresh-password").user.email == ALEX


def test_sessions_end_after_idle_hours_and_after_max_days(auth, clock):
    token = auth.open_session(auth.user(ALEX)).token
    for _ in range(2):
        clock.advance(hours=11)
        assert auth.session(token).user.email == ALEX  # each page view moves the idle deadline
    clock.advance(hours=12, minutes=1)
    with pytest.raises(SessionEnded, match="12 h without activity"):
        auth.session(token)
    with pytest.raises(SessionEnded, match="ended"):
        auth.session(token)  # stays ended
    token = auth.open_session(auth.user(ALEX)).token
    for _ in range(16):
        clock.advance(hours=10)
        auth.session(token)
    clock.advance(hours=9)  # 7 days and 1 h after signing in, though used an hour ago
    with pytest.raises(SessionEnded, match="7 days after signing in"):
        auth.session(token)


def test_sign_out_and_a_password_reset_end_sessions(auth):
    first, second = (auth.open_session(auth.user(ALEX)).token for _ in range(2))
    auth.sign_out(first)
    with pytest.raises(SessionEnded, match="You signed out"):
        auth.session(first)
    assert auth.session(second).user.email == ALEX
    auth.set_password(ALEX, "new-password-for-alex", actor=auth.user(JORDAN))
    with pytest.raises(SessionEnded, match="password changed"):
        auth.session(second)
    assert auth.sessions() == []


def test_the_role_is_read_from_the_database_at_every_check(auth):
    token = auth.open_session(auth.user(PRIYA)).token
    assert auth.session(token).user.role == "rep"
    auth.set_role(PRIYA, "reviewer", actor=auth.user(JORDAN))
    assert auth.session(token).user.role == "reviewer"  # no sign-out needed, no stale role


def test_only_admins_manage_accounts(auth):
    rep, reviewer, admin = auth.user(ALEX), auth.user(RILEY), auth.user(JORDAN)
    for actor in (rep, reviewer):
        for action in (lambda: auth.create_user("new@autocrm.local", "New Person", "admin", "long-password", actor),
                       lambda: auth.set_role(actor.email, "admin", actor),
                       lambda: auth.set_password(PRIYA, "long-password", actor),
                       lambda: auth.create_api_token(actor.email, "mine", actor),
                       lambda: auth.end_sessions(PRIYA, actor)):
            with pytest.raises(PermissionDenied, match="only admins"):
                action()
    with pytest.raises(SignInError, match="current password is wrong"):
        auth.change_own_password(rep, "not-my-password", "my-new-password")
    auth.change_own_password(rep, "alex-demo-2026", "my-new-password")  # anyone may change their own
    assert auth.sign_in(ALEX, "my-new-password").user.id == rep.id
    with pytest.raises(ValidationError, match="only admin"):
        auth.set_role(JORDAN, "rep", actor=admin)
    with pytest.raises(ValidationError, match="at least 10"):
        auth.create_user("new@autocrm.local", "New Person", "rep", "short", actor=admin)
    made = auth.create_user("new@autocrm.local", "New Person", "rep", "long-enough-pw", actor=admin)
    assert auth.sign_in("new@autocrm.local", "long-enough-pw").user == made


def test_api_tokens_are_stored_hashed_and_can_be_revoked(auth, demo_db):
    tid, token = auth.create_api_token(RILEY, "prometheus")
    assert auth.token_user(token).email == RILEY
    assert demo_db.scalar("SELECT count(*) FROM api_tokens WHERE token_hash = ?", [token]) == 0
    assert demo_db.scalar("SELECT count(*) FROM api_tokens WHERE token_hash = ?", [digest(token)]) == 1
    auth.revoke_api_token(tid)
    assert auth.token_user(token) is None and auth.token_user("crm_made-up") is None


def test_metrics_and_inbox_status_need_a_token_or_a_loopback_client(demo_db, monkeypatch):
    monkeypatch.setenv("CRM_API_TOKEN", "shared-api-token")
    app = App(demo_db)
    app.get("inbox", lambda a: make_inbox(a.store))
    _, token = app.get("auth", Auth).create_api_token(RILEY, "prometheus")
    routes = Starlette(routes=web.routes(lambda: app))
    remote = TestClient(routes, client=("203.0.113.9", 40000))
    local = TestClient(routes, client=("127.0.0.1", 40000))
    for path in ("/metrics", "/api/inbox/status"):
        refused = remote.get(path)
        assert refused.status_code == 401 and "Bearer" in refused.json()["error"]
        assert remote.get(path, headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert remote.get(path, headers={"Authorization": f"Bearer {token}"}).status_code == 200
        assert remote.get(path, headers={"Authorization": "Bearer shared-api-token"}).status_code == 200
        assert local.get(path).status_code == 200
        # a reverse proxy on this machine looks like loopback: what it relays is not
        assert local.get(path, headers={"X-Forwarded-For": "198.51.100.7"}).status_code == 401


def run_cli(capsys, db, *args) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", str(db), "--today", "2026-11-18", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_user_commands(tmp_path, capsys):
    db = tmp_path / "crm.duckdb"
    assert run_cli(capsys, db, "init")[0] == 0
    code, out = run_cli(capsys, db, "user", "add", "boss@example.com", "--name", "Bea Boss", "--role", "admin",
                        "--password", "boss-password-1", "--json")
    assert code == 0 and json.loads(out) == {"status": "ok", "id": 1, "email": "boss@example.com",
                                             "name": "Bea Boss", "role": "admin"}
    code, out = run_cli(capsys, db, "user", "add", "rita@example.com", "--name", "Rita Rep", "--role", "rep",
                        "--generate", "--json")
    generated = json.loads(out)["password"]
    assert code == 0 and len(generated) >= 10
    assert run_cli(capsys, db, "user", "role", "rita@example.com", "reviewer", "--json")[0] == 0
    code, out = run_cli(capsys, db, "user", "token", "boss@example.com", "--label", "prometheus", "--json")
    token = json.loads(out)["token"]
    code, out = run_cli(capsys, db, "user", "list", "--json")
    listed = {u["email"]: u for u in json.loads(out)}
    assert listed["rita@example.com"]["role"] == "reviewer" and listed["rita@example.com"]["has_password"]
    code, out = run_cli(capsys, db, "user", "passwd", "rita@example.com", "--password", "short")
    assert code == 1 and "at least 10 characters" in out
    assert run_cli(capsys, db, "user", "passwd", "rita@example.com", "--password", "ritas-new-password")[0] == 0
    code, out = run_cli(capsys, db, "user", "role", "boss@example.com", "rep")
    assert code == 1 and "only admin" in out
    from core.store import Store
    with Store(db) as store:
        auth = Auth(store)
        assert auth.sign_in("rita@example.com", "ritas-new-password").user.role == "reviewer"
        with pytest.raises(SignInError):
            auth.sign_in("rita@example.com", generated)
        assert auth.token_user(token).email == "boss@example.com"


def test_init_demo_prints_the_demo_sign_ins(tmp_path, capsys):
    code, out = run_cli(capsys, tmp_path / "demo.duckdb", "init", "--demo", "--json")
    logins = {s["email"]: s["password"] for s in json.loads(out)["sign_in"]}
    assert code == 0 and logins[ALEX] == "alex-demo-2026" and logins[JORDAN] == "jordan-demo-2026"
    code, out = run_cli(capsys, tmp_path / "demo.duckdb", "init", "--demo")
    assert "already has data" in out and "demo-2026" not in out  # passwords may have changed since
