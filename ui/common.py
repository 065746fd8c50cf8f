"""Pieces every page shares: who is acting (the signed-in user; the picker in demo mode) and the chat service."""
from __future__ import annotations

import re

import streamlit as st

from core.chat import ChatService
from core.errors import PermissionDenied
from core.executor import load_user
from core.models import User
from ui import session
from ui.services import services

ROLE_ICON = {"rep": "🧑‍💼", "reviewer": "🕵️", "admin": "🛡️"}
DEMO_BANNER = ("Demo mode (CRM_DEMO=1): there is no sign-in, and anyone who can open this page can act as any "
               "user, the admin included. Use it on your own machine only; `make run` serves with sign-in.")


def escape_markdown(text: str) -> str:
    """Text for an element that renders Markdown (st.success, st.error): every Markdown, LaTeX and emoji-code
    character escaped, so names and reasons people typed show as typed."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|<>~$:])", r"\\\1", text)


def local(value):
    """A stored (UTC) timestamp in the reader's time zone: the browser's when Streamlit knows it, else the
    server's. Dates and empty values pass through."""
    import datetime as dt
    if not isinstance(value, dt.datetime):
        return value
    aware = value.replace(tzinfo=dt.timezone.utc) if value.tzinfo is None else value
    try:
        from zoneinfo import ZoneInfo
        zone = st.context.timezone
        return aware.astimezone(ZoneInfo(zone)).replace(tzinfo=None) if zone else aware.astimezone().replace(
            tzinfo=None)
    except Exception:  # noqa: BLE001 - no browser zone (tests, an unknown name): the server's zone
        return aware.astimezone().replace(tzinfo=None)


def chat_service() -> ChatService:
    return services().chat


def acting_user(default_email: str = "alex@autocrm.local", required: bool = True) -> User | None:
    """The user core acts for: whoever signed in (the only source of the role core enforces).

    Without a session the page shows the sign-in form and nothing else. In demo mode (CRM_DEMO=1) a sidebar
    picker chooses any user instead, under a banner saying so; `required=False` lets a page render without users
    there."""
    users = chat_service().users()
    if not users:
        st.warning("This database has no users yet: run `python -m core init --demo`, or add one with "
                   "`python -m core user add EMAIL --name NAME --role admin`.", icon="👤")
        if required or not session.demo_mode():
            st.stop()
        return None
    if session.demo_mode():
        return _demo_picker(users, default_email)
    user = session.current_user()
    if user is None:
        session.signin_form()
        st.stop()
    session.account_sidebar(user)
    return user


def signed_in_user(default_email: str = "alex@autocrm.local") -> User:
    """The acting user for a widget callback (callbacks run before the page): never renders anything."""
    if session.demo_mode():
        return load_user(services().store, st.session_state.get("user_email") or default_email)
    user = session.current_user()
    if user is None:
        raise PermissionDenied("Your session has ended: sign in again; nothing was done.")
    return user


def _demo_picker(users: list[User], default_email: str) -> User:
    st.warning(DEMO_BANNER, icon="🎭")
    emails = [u.email for u in users]
    current = st.session_state.get("user_email", default_email)
    index = emails.index(current) if current in emails else 0
    by_email = {u.email: u for u in users}
    email = st.sidebar.selectbox("Acting as", emails, index=index, key="user_picker",
                                 format_func=lambda e: f"{ROLE_ICON.get(by_email[e].role, '')} {by_email[e].name} "
                                                       f"({by_email[e].role})")
    st.session_state["user_email"] = email
    return by_email[email]
