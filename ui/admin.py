"""Admin page (admins only): people and roles, passwords, sessions, API tokens, the sign-in log.

Every action goes through core/auth.py with the signed-in admin as the actor, so core refuses it for anyone else
even if this page were reached some other way.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from core.auth import ROLES, new_password
from core.errors import CRMError
from core.memory.privacy import erase_contact, erasure_preview, find_contacts
from ui.common import acting_user, local
from ui.services import services
from ui.session import auth, demo_mode

ADMIN = "jordan@autocrm.local"  # demo mode's default pick on this page

user = acting_user(default_email=ADMIN)
st.title("🛡️ Admin")
if user.role != "admin":
    st.info(f"{user.name} is a {user.role}: only admins manage people, passwords and sessions. "
            + ("Pick an admin in the sidebar." if demo_mode() else "Sign in as an admin."), icon="🔒")
    st.stop()

accounts = auth()
flash = st.session_state.pop("admin_flash", None)
if flash:
    getattr(st, flash[0])(flash[1])


def act(action, done: str, secret=None) -> None:
    """Run one core call as this admin; the outcome shows on the next run, with secret(result) (a password or
    token to hand over) shown this once."""
    try:
        result = action()
    except CRMError as exc:
        st.session_state["admin_flash"] = ("error", str(exc))
    else:
        shown = secret(result) if secret else None
        st.session_state["admin_flash"] = ("success", done + (f" Copy it now, it is shown this once: `{shown}`"
                                                              if shown else ""))
    st.rerun()


# -- people ---------------------------------------------------------------------------------------------------
st.subheader("People")
people = accounts.users()
st.dataframe(pd.DataFrame([{"Name": p["name"], "Email": p["email"], "Role": p["role"],
                            "Can sign in": "yes" if p["has_password"] else "no password",
                            "Locked until": p["locked_until"], "Active sessions": p["active_sessions"],
                            "Last sign-in": p["last_sign_in"]} for p in people]),
             hide_index=True, width="stretch")
emails = [p["email"] for p in people]

add, change = st.columns(2)
with add, st.form("admin_add", clear_on_submit=True):
    st.markdown("**Add a person**")
    name = st.text_input("Name", key="admin_add_name")
    email = st.text_input("Email", key="admin_add_email")
    role = st.selectbox("Role", ROLES, key="admin_add_role")
    typed = st.text_input("Password (empty: a random one is made for you to hand over)", type="password",
                          key="admin_add_password")
    if st.form_submit_button("Add", type="primary"):
        password = typed or new_password()
        act(lambda: accounts.create_user(email, name, role, password, actor=user),
            f"Added {name} <{email}> as {role}." + ("" if typed else " Their password is below."),
            None if typed else (lambda _: password))

with change, st.container(border=True):
    st.markdown("**Change a person**")
    who = st.selectbox("Person", emails, key="admin_who")
    current = next(p for p in people if p["email"] == who)
    new_role = st.selectbox("Role", ROLES, index=ROLES.index(current["role"]), key="admin_role")
    c1, c2, c3 = st.columns(3)
    if c1.button("Save role", key="admin_save_role", disabled=new_role == current["role"]):
        act(lambda: accounts.set_role(who, new_role, actor=user), f"{current['name']} is now a {new_role}.")
    if c2.button("Reset password", key="admin_reset"):
        password = new_password()
        act(lambda: accounts.set_password(who, password, actor=user),
            f"New password for {who}; their sessions were ended and any lock lifted.",
            lambda _: password)
    if c3.button("End sessions", key="admin_end_all"):
        act(lambda: accounts.end_sessions(who, actor=user), f"Ended {who}'s sessions.")

# -- sessions -------------------------------------------------------------------------------------------------
st.subheader("Sessions")
live = accounts.sessions()
if not live:
    st.info("Nobody is signed in." if not demo_mode() else "Demo mode: nobody signs in.", icon="ℹ️")
else:
    st.dataframe(pd.DataFrame([{"Session": s["id"], "Name": s["name"], "Email": s["email"], "Role": s["role"],
                                "From": s["client"], "Signed in": s["created_at"], "Last seen": s["last_seen_at"],
                                "Ends at the latest": s["ends_at"]} for s in live]),
                 hide_index=True, width="stretch")
    pick, end = st.columns([3, 1])
    sid = pick.selectbox("Session", [s["id"] for s in live], key="admin_session",
                         format_func=lambda i: next(f"{s['name']} · {s['client'] or 'unknown'} · since "
                                                    f"{local(s['created_at']):%b %d %H:%M}" for s in live if s["id"] == i))
    if end.button("End session", key="admin_end_session"):
        act(lambda: accounts.end_session(sid, actor=user), "Session ended.")

# -- API tokens -------------------------------------------------------------------------------------------------
st.subheader("API tokens")
st.caption("Bearer tokens for remote callers of /metrics and /api/inbox/status (loopback callers need none); "
           "stored hashed, so a token is shown only when it is made.")
tokens = accounts.api_tokens()
if tokens:
    st.dataframe(pd.DataFrame([{"Id": t["id"], "User": t["email"], "Label": t["label"], "Made": t["created_at"],
                                "Last used": t["last_used_at"], "Revoked": t["revoked_at"]} for t in tokens]),
                 hide_index=True, width="stretch")
owner, label, make = st.columns([2, 2, 1])
token_owner = owner.selectbox("For", emails, key="admin_token_owner")
token_label = label.text_input("Label", key="admin_token_label", placeholder="e.g. prometheus")
if make.button("Make token", key="admin_make_token"):
    act(lambda: accounts.create_api_token(token_owner, token_label, actor=user),
        f"Made an API token for {token_owner}.", lambda made: made[1])
live_tokens = [t["id"] for t in tokens if t["revoked_at"] is None]
if live_tokens:
    which, revoke = st.columns([3, 1])
    tid = which.selectbox("Token", live_tokens, key="admin_token_pick",
                          format_func=lambda i: next(f"{t['id']} · {t['email']} · {t['label'] or 'no label'}"
                                                     for t in tokens if t["id"] == i))
    if revoke.button("Revoke", key="admin_revoke"):
        act(lambda: accounts.revoke_api_token(tid, actor=user), f"API token {tid} revoked.")

# -- privacy ---------------------------------------------------------------------------------------------------
st.subheader("Erase a person")
st.caption("The right to be forgotten: removes a contact's messages, conversations, drafts, the personal fields of "
           "their activities and tasks, their vectors and snapshots, and chat lines naming them, in one "
           "transaction. It cannot be undone; an audit row records what was removed, by whom and when. "
           "`python -m core export contact ID` writes a copy first if they asked for one.")
privacy = services()
found = st.text_input("Find a contact (name, email or phone)", key="admin_erase_find")
matches = find_contacts(privacy.store, found)
if found.strip() and not matches:
    st.info("No contact matches.", icon="ℹ️")
if matches:
    cid = st.selectbox("Contact", [m["id"] for m in matches], key="admin_erase_pick",
                       format_func=lambda i: next(" · ".join(str(x) for x in (
                           f"{m['first_name'] or ''} {m['last_name'] or ''}".strip(), m["email"], m["phone"], f"#{i}")
                           if x) for m in matches if m["id"] == i))
    try:
        preview = erasure_preview(privacy.store, cid)
    except CRMError as exc:
        st.error(str(exc))
    else:
        st.text("Will remove: " + ", ".join(f"{preview[k]} {k}" for k in ("messages", "conversations", "activities",
                                                                       "tasks", "vectors")))
        st.text(f"Contact: {preview['contact']['name']}")  # a name may come from a customer: text, not Markdown
        typed_name = st.text_input("Type the contact's name, as shown above, to confirm", key="admin_erase_confirm")
        if st.button("Erase permanently", key="admin_erase", type="primary",
                     disabled=typed_name.strip().casefold() != preview["contact"]["name"].casefold()):
            act(lambda: erase_contact(privacy.memory, cid, user),
                f"Erased contact #{cid}; an audit row records what was removed.")

# -- log --------------------------------------------------------------------------------------------------------
with st.expander("Sign-in log (latest 50)"):
    st.dataframe(pd.DataFrame(accounts.events(50)), hide_index=True, width="stretch")
