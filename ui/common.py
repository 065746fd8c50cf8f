"""Pieces every page shares: the acting user picker and the chat service."""
from __future__ import annotations

import streamlit as st

from core.chat import ChatService
from core.models import User
from ui.services import services

ROLE_ICON = {"rep": "🧑‍💼", "reviewer": "🕵️", "admin": "🛡️"}


def chat_service() -> ChatService:
    return services().chat


def acting_user(default_email: str = "alex@autocrm.local", required: bool = True) -> User | None:
    """Sidebar picker for who is acting (role decides what they may do); kept across pages."""
    users = chat_service().users()
    if not users:
        st.warning("This database has no users yet: run `python -m core init --demo` or import users "
                   "(`python -m core import --users users.csv`).", icon="👤")
        if required:
            st.stop()
        return None
    emails = [u.email for u in users]
    current = st.session_state.get("user_email", default_email)
    index = emails.index(current) if current in emails else 0
    by_email = {u.email: u for u in users}
    email = st.sidebar.selectbox("Acting as", emails, index=index, key="user_picker",
                                 format_func=lambda e: f"{ROLE_ICON.get(by_email[e].role, '')} {by_email[e].name} "
                                                       f"({by_email[e].role})")
    st.session_state["user_email"] = email
    return by_email[email]
