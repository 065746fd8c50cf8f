"""Pages need a signed-in user: tests open a session in core (as the sign-in form does) and hand the page its token."""
from __future__ import annotations

from core import services as core_services
from core.auth import Auth


def session_token(db, email: str) -> str:
    """A live session for this user in the database the page uses (no password check: that is test_signin's)."""
    auth = core_services.get_services(str(db)).get("auth", Auth)
    return auth.open_session(auth.user(email), client="AppTest").token


def signed_in(at, db, email: str):
    """The AppTest with a session of this user (what the sign-in form leaves in st.session_state)."""
    at.session_state["auth_token"] = session_token(db, email)
    return at
