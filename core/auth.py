"""Local accounts: argon2 password hashes, sign-in sessions that expire, per-user API tokens, lockout.

Nothing secret is stored in the clear: passwords as argon2id hashes, session and API tokens as SHA-256 digests
(they are 256-bit random values, so a fast digest is enough; a stolen database yields no usable token).
Roles come from the `users` row on every check, so a role change applies at once; a password reset ends the
user's sessions. Admin actions take the acting user (`actor`); actor=None is the operator at the command line.

    SignInError       a person could not sign in (one message for a wrong email or a wrong password)
    └── AccountLocked too many wrong passwords in a row: locked for a while
    SessionEnded      the session token is unknown, signed out or expired (the message says which)
"""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import threading
import time
import uuid
from dataclasses import dataclass
from typing import Callable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from core import config
from core.errors import ConfigError, CRMError, NotFound, PermissionDenied, ValidationError
from core.models import User
from core.store import Store, now as store_now

ROLES = ("rep", "reviewer", "admin")
MIN_PASSWORD = 10
MAX_PASSWORD = 256  # argon2 takes any length; the cap keeps one request from costing much
TOUCH_EVERY = dt.timedelta(seconds=60)  # last_seen / last_used are written at most this often
TICKET_SECONDS = 60
WRONG = "Wrong email or password."
# OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane): about 0.1 s on a 2-core machine; parameters live in each
# hash, and check_needs_rehash upgrades old hashes at the next sign-in if these change.
HASHER = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


class SignInError(CRMError):
    """Sign-in refused; the message is safe to show (it never says whether the email exists)."""


class AccountLocked(SignInError):
    pass


class SessionEnded(CRMError):
    pass


def hash_password(password: str) -> str:
    check_password(password)
    return HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def check_password(password: str) -> None:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise ValidationError(f"a password needs at least {MIN_PASSWORD} characters", "password")
    if len(password) > MAX_PASSWORD:
        raise ValidationError(f"a password has at most {MAX_PASSWORD} characters", "password")


def new_password() -> str:
    """A random password to hand to a person (about 95 bits)."""
    return secrets.token_urlsafe(12)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def demo_mode() -> bool:
    """CRM_DEMO=1: no sign-in, the UI's user picker decides who acts."""
    return config.get("CRM_DEMO").strip().lower() in ("1", "true", "yes", "on")


def _number(name: str) -> float:
    value = config.get(name)
    try:
        number = float(value)
    except ValueError:
        raise ConfigError(f"{name}={value!r} is not a number") from None
    if number <= 0:
        raise ConfigError(f"{name} must be more than 0 (is {value})")
    return number


def _ago(delta: dt.timedelta) -> str:
    hours = delta.total_seconds() / 3600
    return f"{hours / 24:.0f} days" if hours >= 48 else f"{hours:.0f} h" if hours >= 1 else \
        f"{max(1, round(hours * 60))} min"


@dataclass(frozen=True)
class SignedIn:
    """A new session: the token goes to the browser (cookie) and is never stored in the clear."""
    token: str
    session_id: str
    user: User
    expires_at: dt.datetime


@dataclass(frozen=True)
class Session:
    id: str
    user: User
    created_at: dt.datetime
    last_seen_at: dt.datetime
    expires_at: dt.datetime


class Auth:
    def __init__(self, app_or_store, clock: Callable[[], dt.datetime] | None = None):
        self.store: Store = getattr(app_or_store, "store", app_or_store)
        self.clock = clock or store_now
        self._tickets: dict[str, tuple[str, str, float]] = {}
        self._tickets_lock = threading.Lock()
        self._dummy_hash: str | None = None

    # -- settings -------------------------------------------------------------------------------------------------
    @property
    def idle(self) -> dt.timedelta:
        return dt.timedelta(hours=_number("CRM_SESSION_IDLE_HOURS"))

    @property
    def lifetime(self) -> dt.timedelta:
        return dt.timedelta(days=_number("CRM_SESSION_MAX_DAYS"))

    @property
    def max_failures(self) -> int:
        return int(_number("CRM_SIGNIN_MAX_FAILURES"))

    @property
    def lock_time(self) -> dt.timedelta:
        return dt.timedelta(minutes=_number("CRM_SIGNIN_LOCK_MINUTES"))

    # -- people ---------------------------------------------------------------------------------------------------
    def user(self, email: str) -> User:
        row = self.store.one("SELECT * FROM users WHERE lower(email) = lower(?)", [(email or "").strip()])
        if row is None:
            raise NotFound(f"no user with the email {email!r}; `python -m core user list` shows them")
        return User(row["id"], row["name"], row["email"], row["role"])

    def users(self) -> list[dict]:
        """Every user with what an admin needs to see: password set, lock, sessions, last sign-in."""
        at = self.clock()
        return self.store.query("""
            SELECT u.id, u.name, u.email, u.role, c.user_id IS NOT NULL AS has_password,
                   CASE WHEN a.locked_until > ? THEN a.locked_until END AS locked_until,
                   (SELECT count(*) FROM auth_sessions s WHERE s.user_id = u.id AND s.ended_at IS NULL
                      AND s.expires_at > ? AND s.last_seen_at > ?) AS active_sessions,
                   (SELECT max(created_at) FROM auth_sessions s WHERE s.user_id = u.id) AS last_sign_in
            FROM users u LEFT JOIN user_credentials c ON c.user_id = u.id
                 LEFT JOIN signin_attempts a ON a.email = lower(u.email)
            ORDER BY u.id""", [at, at, at - self.idle])

    def create_user(self, email: str, name: str, role: str, password: str | None = None,
                    actor: User | None = None) -> User:
        """A new user; without a password they cannot sign in until one is set."""
        _require_admin(actor)
        email, name = (email or "").strip(), (name or "").strip()
        if "@" not in email or " " in email:
            raise ValidationError(f"{email!r} is not an email address", "email")
        if not name:
            raise ValidationError("a user needs a name", "name")
        _check_role(role)
        hashed = hash_password(password) if password is not None else None
        if self.store.scalar("SELECT count(*) FROM users WHERE lower(email) = lower(?)", [email]):
            raise ValidationError(f"there is already a user with the email {email}", "email")
        with self.store.atomic():  # users are CRM data: the lexicon links their names
            uid = self.store.next_id("users")
            self.store.execute("INSERT INTO users (id, name, email, role) VALUES (?, ?, ?, ?)",
                               [uid, name, email, role])
            if hashed:
                self._store_hash(uid, hashed, actor)
            self._event("user_created", uid, email, f"role {role}", actor)
        return User(uid, name, email, role)

    def set_password(self, email: str, password: str, actor: User | None = None,
                     keep_session: str | None = None) -> User:
        """Set (or reset) a password: lifts a lock and ends the user's sessions (but keep_session, the caller's own).

        Users change their own password; other people's need an admin (or the operator's CLI)."""
        user = self.user(email)
        if actor is not None and actor.id != user.id:
            _require_admin(actor)
        hashed = hash_password(password)
        with self.store.atomic(crm=False):
            self._store_hash(user.id, hashed, actor)
            self.store.execute("DELETE FROM signin_attempts WHERE email = ?", [user.email.lower()])
            self._end_sessions(user.id, "password changed", keep=keep_session)
            self._event("password_set", user.id, user.email, "own" if actor and actor.id == user.id else "reset",
                        actor)
        return user

    def change_own_password(self, user: User, current: str, new: str, keep_session: str | None = None) -> None:
        row = self.store.one("SELECT password_hash FROM user_credentials WHERE user_id = ?", [user.id])
        if row is None or not verify_password(row["password_hash"], current):
            raise SignInError("The current password is wrong; nothing changed.")
        self.set_password(user.email, new, actor=user, keep_session=keep_session)

    def set_role(self, email: str, role: str, actor: User | None = None) -> User:
        _require_admin(actor)
        _check_role(role)
        user = self.user(email)
        if user.role == "admin" and role != "admin" and \
                self.store.scalar("SELECT count(*) FROM users WHERE role = 'admin'") <= 1:
            raise ValidationError(f"{user.name} is the only admin: make someone else an admin first", "role")
        with self.store.atomic():
            self.store.execute("UPDATE users SET role = ? WHERE id = ?", [role, user.id])
            self._event("role_set", user.id, user.email, f"{user.role} -> {role}", actor)
        return User(user.id, user.name, user.email, role)

    def _store_hash(self, user_id: int, hashed: str, actor: User | None) -> None:
        at = self.clock()
        if self.store.scalar("SELECT count(*) FROM user_credentials WHERE user_id = ?", [user_id]):
            self.store.execute("UPDATE user_credentials SET password_hash = ?, changed_at = ?, changed_by = ? "
                               "WHERE user_id = ?", [hashed, at, actor.id if actor else None, user_id])
        else:
            self.store.execute("INSERT INTO user_credentials VALUES (?, ?, ?, ?)",
                               [user_id, hashed, at, actor.id if actor else None])

    # -- sign-in ---------------------------------------------------------------------------------------------------
    def sign_in(self, email: str, password: str, client: str = "") -> SignedIn:
        """A session for the right email and password; SignInError (one message) otherwise, AccountLocked after
        CRM_SIGNIN_MAX_FAILURES wrong passwords in a row (counted per email, known or not)."""
        key = (email or "").strip().lower()[:254]  # the longest email address there can be
        at = self.clock()
        attempt = self.store.one("SELECT failures, locked_until FROM signin_attempts WHERE email = ?", [key])
        if attempt and attempt["locked_until"] and attempt["locked_until"] > at:
            raise AccountLocked(f"Too many wrong passwords: sign-in for {key} is locked for another "
                                f"{_ago(attempt['locked_until'] - at)}. Wait, or ask an admin to reset the password.")
        row = self.store.one("SELECT u.*, c.password_hash FROM users u JOIN user_credentials c ON c.user_id = u.id "
                             "WHERE lower(u.email) = ?", [key]) if key else None
        if row is None:
            verify_password(self._dummy(), password or "")  # the same work as for a real user: no timing hint
            ok = False
        else:
            ok = verify_password(row["password_hash"], password or "")
        if not ok:
            self._failed(key, at, known=row is not None)
        user = User(row["id"], row["name"], row["email"], row["role"])
        if HASHER.check_needs_rehash(row["password_hash"]):
            with self.store.atomic(crm=False):
                self._store_hash(user.id, HASHER.hash(password), None)
        return self.open_session(user, client)

    def _failed(self, key: str, at: dt.datetime, known: bool) -> None:
        """Count a wrong password (read and written under the write lock, so parallel guesses all count)."""
        with self.store.atomic(crm=False):
            failures = (self.store.scalar("SELECT failures FROM signin_attempts WHERE email = ?", [key]) or 0) + 1
            locked = at + self.lock_time if failures >= self.max_failures else None
            self.store.execute("INSERT OR REPLACE INTO signin_attempts VALUES (?, ?, ?, ?)",
                               [key, 0 if locked else failures, at, locked])
            uid = self.store.scalar("SELECT id FROM users WHERE lower(email) = ?", [key]) if known else None
            self._event("locked" if locked else "sign_in_failed", uid, key, f"failure {failures}", None)
        if locked:
            raise AccountLocked(f"Too many wrong passwords: sign-in for {key} is locked for "
                                f"{_ago(self.lock_time)}. Wait, or ask an admin to reset the password.")
        raise SignInError(WRONG)

    def _dummy(self) -> str:
        if self._dummy_hash is None:
            self._dummy_hash = HASHER.hash(secrets.token_hex(16))
        return self._dummy_hash

    def open_session(self, user: User, client: str = "") -> SignedIn:
        """A session for a user whose identity was already checked (sign_in; tests); clears failed attempts."""
        token, sid, at = secrets.token_urlsafe(32), uuid.uuid4().hex[:12], self.clock()
        expires = at + self.lifetime
        with self.store.atomic(crm=False):
            self.store.execute("DELETE FROM signin_attempts WHERE email = ?", [user.email.lower()])
            self.store.execute("INSERT INTO auth_sessions VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?)",
                               [sid, digest(token), user.id, at, at, expires, (client or "")[:200]])
            self._event("signed_in", user.id, user.email, client[:200] if client else None, None)
        return SignedIn(token, sid, user, expires)

    def session(self, token: str | None) -> Session:
        """The live session of a token (its user as the database has them now), or SessionEnded saying why."""
        row = self.store.one("""SELECT s.*, u.name, u.email, u.role FROM auth_sessions s JOIN users u
                                ON u.id = s.user_id WHERE s.token_hash = ?""", [digest(token)]) if token else None
        if row is None:
            raise SessionEnded("You are not signed in.")
        if row["ended_at"] is not None:
            raise SessionEnded("You signed out." if row["end_reason"] == "signed out" else
                               f"Your session was ended ({row['end_reason']}): sign in again.")
        at = self.clock()
        if at >= row["expires_at"]:
            self._end(row["id"], "expired")
            raise SessionEnded(f"Your session expired ({_ago(self.lifetime)} after signing in): sign in again.")
        if at - row["last_seen_at"] >= self.idle:
            self._end(row["id"], "idle")
            raise SessionEnded(f"Your session expired after {_ago(self.idle)} without activity: sign in again.")
        if at - row["last_seen_at"] >= TOUCH_EVERY:
            with self.store.atomic(crm=False):
                self.store.execute("UPDATE auth_sessions SET last_seen_at = ? WHERE id = ?", [at, row["id"]])
        return Session(row["id"], User(row["user_id"], row["name"], row["email"], row["role"]),
                       row["created_at"], max(at, row["last_seen_at"]), row["expires_at"])

    def sign_out(self, token: str | None) -> None:
        """End the token's session (nothing happens for an unknown or already ended one)."""
        if not token:
            return
        row = self.store.one("SELECT id, user_id, ended_at FROM auth_sessions WHERE token_hash = ?", [digest(token)])
        if row and row["ended_at"] is None:
            self._end(row["id"], "signed out", event="signed_out", user_id=row["user_id"])

    def sessions(self, include_ended: bool = False, limit: int = 200) -> list[dict]:
        """Sessions, newest first: who, from where, since when, until when (active ones unless include_ended)."""
        at = self.clock()
        live = "" if include_ended else "WHERE s.ended_at IS NULL AND s.expires_at > ? AND s.last_seen_at > ?"
        params = [] if include_ended else [at, at - self.idle]
        return self.store.query(f"""
            SELECT s.id, u.name, u.email, u.role, s.client, s.created_at, s.last_seen_at,
                   least(s.expires_at, s.last_seen_at + to_microseconds(?::BIGINT)) AS ends_at,
                   s.ended_at, s.end_reason
            FROM auth_sessions s JOIN users u ON u.id = s.user_id {live}
            ORDER BY s.created_at DESC LIMIT {int(limit)}""", [int(self.idle.total_seconds() * 1e6), *params])

    def end_session(self, session_id: str, actor: User | None = None) -> None:
        _require_admin(actor)
        row = self.store.one("SELECT user_id FROM auth_sessions WHERE id = ? AND ended_at IS NULL", [session_id])
        if row is None:
            raise NotFound(f"no active session {session_id!r}")
        self._end(session_id, f"ended by {actor.name if actor else 'the operator'}", event="session_ended",
                  user_id=row["user_id"], actor=actor)

    def end_sessions(self, email: str, actor: User | None = None) -> int:
        """End every session of a user (a lost laptop); returns how many were open."""
        _require_admin(actor)
        user = self.user(email)
        with self.store.atomic(crm=False):
            n = self._end_sessions(user.id, f"ended by {actor.name if actor else 'the operator'}")
            self._event("sessions_ended", user.id, user.email, f"{n} session(s)", actor)
        return n

    def _end(self, sid: str, reason: str, event: str | None = None, user_id: int | None = None,
             actor: User | None = None) -> None:
        with self.store.atomic(crm=False):
            self.store.execute("UPDATE auth_sessions SET ended_at = ?, end_reason = ? WHERE id = ? "
                               "AND ended_at IS NULL", [self.clock(), reason, sid])
            if event:
                self._event(event, user_id, None, sid, actor)

    def _end_sessions(self, user_id: int, reason: str, keep: str | None = None) -> int:
        ids = [r["id"] for r in self.store.query("SELECT id FROM auth_sessions WHERE user_id = ? AND ended_at IS NULL",
                                                  [user_id]) if r["id"] != keep]
        for sid in ids:
            self._end(sid, reason)
        return len(ids)

    # -- API tokens (remote HTTP callers) ----------------------------------------------------------------------------
    def create_api_token(self, email: str, label: str = "", actor: User | None = None) -> tuple[int, str]:
        """A new bearer token for a user: (id, token). The token is shown this once; only its digest is kept."""
        _require_admin(actor)
        user = self.user(email)
        token = "crm_" + secrets.token_urlsafe(32)
        with self.store.atomic(crm=False):
            tid = self.store.next_id("api_tokens")
            self.store.execute("INSERT INTO api_tokens VALUES (?, ?, ?, ?, ?, NULL, NULL)",
                               [tid, digest(token), user.id, (label or "").strip()[:100], self.clock()])
            self._event("token_created", user.id, user.email, f"token {tid}", actor)
        return tid, token

    def revoke_api_token(self, token_id: int, actor: User | None = None) -> None:
        _require_admin(actor)
        row = self.store.one("SELECT user_id FROM api_tokens WHERE id = ? AND revoked_at IS NULL", [token_id])
        if row is None:
            raise NotFound(f"no live API token {token_id}")
        with self.store.atomic(crm=False):
            self.store.execute("UPDATE api_tokens SET revoked_at = ? WHERE id = ?", [self.clock(), token_id])
            self._event("token_revoked", row["user_id"], None, f"token {token_id}", actor)

    def api_tokens(self) -> list[dict]:
        return self.store.query("""SELECT t.id, u.email, u.name, t.label, t.created_at, t.last_used_at, t.revoked_at
                                   FROM api_tokens t JOIN users u ON u.id = t.user_id ORDER BY t.id""")

    def token_user(self, token: str | None) -> User | None:
        """The user of a live API token, or None."""
        if not token:
            return None
        row = self.store.one("""SELECT t.id AS token_id, t.last_used_at, u.id, u.name, u.email, u.role
                                FROM api_tokens t JOIN users u ON u.id = t.user_id
                                WHERE t.token_hash = ? AND t.revoked_at IS NULL""", [digest(token)])
        if row is None:
            return None
        at = self.clock()
        if row["last_used_at"] is None or at - row["last_used_at"] >= TOUCH_EVERY:
            with self.store.atomic(crm=False):
                self.store.execute("UPDATE api_tokens SET last_used_at = ? WHERE id = ?", [at, row["token_id"]])
        return User(row["id"], row["name"], row["email"], row["role"])

    # -- the browser's cookie hand-off -------------------------------------------------------------------------------
    def cookie_ticket(self, token: str, next_path: str = "/") -> str:
        """A one-time, 60-second ticket the browser exchanges for its session cookie (the token never goes in a URL).

        Kept in this process's memory: the app and its routes are one process."""
        ticket = secrets.token_urlsafe(24)
        with self._tickets_lock:
            self._purge()
            self._tickets[digest(ticket)] = (token, safe_path(next_path), time.monotonic() + TICKET_SECONDS)
        return ticket

    def redeem_ticket(self, ticket: str | None) -> tuple[str, str] | None:
        """(session token, path to go back to) for a fresh ticket, once; None otherwise."""
        if not ticket:
            return None
        with self._tickets_lock:
            self._purge()
            found = self._tickets.pop(digest(ticket), None)
        return None if found is None else (found[0], found[1])

    def _purge(self) -> None:
        t = time.monotonic()
        for k in [k for k, v in self._tickets.items() if v[2] < t]:
            del self._tickets[k]

    # -- audit -----------------------------------------------------------------------------------------------------
    def events(self, limit: int = 50) -> list[dict]:
        return self.store.query(f"""SELECT e.created_at, e.event, coalesce(u.email, e.email) AS email, e.detail,
                                           a.name AS by FROM auth_events e LEFT JOIN users u ON u.id = e.user_id
                                           LEFT JOIN users a ON a.id = e.actor_id
                                    ORDER BY e.id DESC LIMIT {int(limit)}""")

    def _event(self, event: str, user_id: int | None, email: str | None, detail: str | None,
               actor: User | None) -> None:
        self.store.execute("INSERT INTO auth_events VALUES (?, ?, ?, ?, ?, ?, ?)",
                           [self.store.next_id("auth_events"), user_id, email, event, detail,
                            actor.id if actor else None, self.clock()])


def safe_path(path: str | None) -> str:
    """A same-site path to redirect to ("/" for anything else: no open redirect)."""
    path = path or "/"
    if not path.startswith("/") or path.startswith("//") or "\\" in path or any(c in path for c in "\r\n"):
        return "/"
    return path


def _require_admin(actor: User | None) -> None:
    if actor is not None and actor.role != "admin":
        raise PermissionDenied(f"{actor.name} is a {actor.role}: only admins manage users, passwords, sessions "
                               "and API tokens")


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValidationError(f"unknown role {role!r}: one of {', '.join(ROLES)}", "role")
