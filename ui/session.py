"""Who is signed in to this browser: the session token in st.session_state, and an HttpOnly cookie for reloads.

How the session survives a reload (Streamlit 1.67 has no API to set a cookie from a script):
1. The sign-in form checks the password in core (core/auth.py) and keeps the new session's token in
   st.session_state: page switches within the browser tab keep it.
2. It then hands the browser a one-time ticket, valid 60 s and only in this process, by sending it to
   `/session/open?ticket=…` (an st.App route, below) the way st.login/st.logout send the browser to their own
   routes (Streamlit's auth_redirect message). That route answers with `Set-Cookie: autocrm_session=<token>;
   HttpOnly; SameSite=Lax` (Secure over HTTPS) and a redirect back to the page: the token never appears in a URL,
   in page JavaScript, or in the browser's history.
3. A new Streamlit session (a reload, a new tab) reads that cookie from `st.context.cookies` (the cookies of
   the WebSocket's opening request) and checks it in core like any token.
Signing out ends the session in the database first (so a copied cookie is worthless), then sends the browser to
`/session/close`, which deletes the cookie. Without the routes (AppTest, `streamlit run ui/main.py`), step 2 is
skipped: the session lives in st.session_state only and a reload asks to sign in again.
"""
from __future__ import annotations

from urllib.parse import urlsplit

import anyio
import streamlit as st
from starlette.requests import Request
from starlette.responses import RedirectResponse
from starlette.routing import Route

from core.auth import Auth, SessionEnded, SignInError, demo_mode, safe_path  # noqa: F401 - demo_mode re-exported
from core.errors import CRMError
from core.models import User
from core.services import get_services
from ui.services import services

COOKIE = "autocrm_session"
OPEN_PATH, CLOSE_PATH = "/session/open", "/session/close"
TOKEN, SIGNED_OUT, NOTICE = "auth_token", "auth_signed_out", "auth_notice"
_mounted = {"routes": False}  # set when streamlit_app.py mounts the cookie routes in this process


def auth() -> Auth:
    return services().get("auth", Auth)


# -- the signed-in user ----------------------------------------------------------------------------------------------
def current_user() -> User | None:
    """The signed-in user of this browser session, or None; renders nothing (callbacks may call it)."""
    token = st.session_state.get(TOKEN)
    if token is None and not st.session_state.get(SIGNED_OUT):
        token = st.context.cookies.get(COOKIE)  # a reload or a new tab of a browser that signed in
    if not isinstance(token, str) or not token:  # (AppTest's context answers with mock objects)
        return None
    try:
        session = auth().session(token)
    except SessionEnded as exc:
        st.session_state.pop(TOKEN, None)
        st.session_state[SIGNED_OUT] = True  # do not fall back to an ended cookie
        st.session_state[NOTICE] = str(exc)
        return None
    st.session_state[TOKEN] = token
    return session.user


def _client() -> str:
    """Where a session was opened from, for the admin's session list."""
    try:
        agent, ip = st.context.headers.get("User-Agent", ""), st.context.ip_address
    except Exception:  # no browser
        return ""
    agent, ip = (x if isinstance(x, str) else "" for x in (agent, ip))
    browser = next((b for b in ("Edg", "Firefox", "Chrome", "Safari") if b in agent), "")
    return " · ".join(x for x in (ip, {"Edg": "Edge"}.get(browser, browser)) if x)


def _here() -> str:
    """This page's path and query, to come back to after the cookie is set."""
    url = st.context.url
    if not isinstance(url, str):
        return "/"
    url = urlsplit(url)
    return safe_path(url.path + (f"?{url.query}" if url.query else ""))


def _send_browser_to(url: str) -> bool:
    """Full-page navigation, with the message st.login and st.logout use; False when there is no browser."""
    if not _mounted["routes"]:
        return False
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    if ctx is None:
        return False
    msg = ForwardMsg()
    msg.auth_redirect.url = url
    ctx.enqueue(msg)
    return True


# -- sign-in, sign-out -------------------------------------------------------------------------------------------
def signin_form() -> None:
    """The sign-in page: the only thing anyone sees without a session."""
    _, middle, _ = st.columns([1, 2, 1])  # a narrow form on the wide layout
    with middle:
        st.title("🔐 Sign in to AutoCRM")
        notice = st.session_state.pop(NOTICE, None)
        if notice and notice != "You are not signed in.":
            st.info(notice, icon="ℹ️")
        if not auth().store.scalar("SELECT count(*) FROM user_credentials"):
            st.warning("Nobody has a password yet (a database from before sign-in): give one to an admin with "
                       "`python -m core user passwd EMAIL`.", icon="🔑")
        with st.form("signin"):
            email = st.text_input("Email", key="signin_email", autocomplete="username")
            password = st.text_input("Password", type="password", key="signin_password",
                                     autocomplete="current-password")
            submitted = st.form_submit_button("Sign in", type="primary")
        st.caption("No account yet? An admin adds you on the Admin page, or an operator with "
                   "`python -m core user add EMAIL --name NAME --role rep`.")
        error = st.empty()
    if not submitted:
        return
    try:
        signed = auth().sign_in(email, password, client=_client())
    except SignInError as exc:
        error.error(str(exc), icon="🚫")
        return
    st.session_state[TOKEN] = signed.token
    st.session_state.pop(SIGNED_OUT, None)
    st.session_state.pop("user_email", None)
    ticket = auth().cookie_ticket(signed.token, _here())
    if _send_browser_to(f"{OPEN_PATH}?ticket={ticket}"):
        st.stop()  # the browser leaves for the route, which comes back here with the cookie
    st.rerun()


def sign_out() -> None:
    auth().sign_out(st.session_state.get(TOKEN))
    for key in (TOKEN, "user_email", "choices", "queued"):
        st.session_state.pop(key, None)
    st.session_state[SIGNED_OUT] = True
    st.session_state[NOTICE] = "You signed out."
    if _send_browser_to(CLOSE_PATH):
        st.stop()
    st.rerun()


def account_sidebar(user: User) -> None:
    """Who is signed in, sign-out, and changing one's own password."""
    with st.sidebar:
        st.markdown(f"Signed in as **{user.name}** ({user.role})")
        if st.button("Sign out", key="signout", icon="🚪", width="stretch"):
            sign_out()
        with st.expander("Change my password"):
            with st.form("own_password", clear_on_submit=True):
                current = st.text_input("Current password", type="password", key="own_current")
                new = st.text_input("New password", type="password", key="own_new")
                again = st.text_input("New password again", type="password", key="own_again")
                if st.form_submit_button("Change password"):
                    change_own_password(user, current, new, again)


def change_own_password(user: User, current: str, new: str, again: str) -> None:
    if new != again:
        st.error("The two new passwords differ; nothing changed.")
        return
    try:
        session = auth().session(st.session_state.get(TOKEN))
        auth().change_own_password(user, current, new, keep_session=session.id)
        st.success("Password changed; your other sessions were ended.")
    except CRMError as exc:
        st.error(str(exc))


# -- the routes that set and delete the cookie (mounted by streamlit_app.py) -------------------------------------
def routes() -> list[Route]:
    _mounted["routes"] = True

    def _auth() -> Auth:
        return get_services().get("auth", Auth)

    def secure(request: Request) -> bool:
        return request.url.scheme == "https" or request.headers.get("x-forwarded-proto", "").lower() == "https"

    def cookie_for(ticket: str | None) -> tuple[str, str, int] | None:
        """(token, path back, seconds the session may still live) for a fresh ticket."""
        found = _auth().redeem_ticket(ticket)
        if found is None:
            return None
        token, back = found
        try:
            left = _auth().session(token).expires_at - _auth().clock()
        except SessionEnded:
            return None
        return token, back, max(0, int(left.total_seconds()))

    async def open_session(request: Request) -> RedirectResponse:
        found = await anyio.to_thread.run_sync(cookie_for, request.query_params.get("ticket"))
        if found is None:  # used, expired, or from before a restart: the page asks to sign in again
            return _no_store(RedirectResponse("/", status_code=303))
        token, back, max_age = found
        response = _no_store(RedirectResponse(safe_path(back), status_code=303))
        response.set_cookie(COOKIE, token, max_age=max_age, path="/", httponly=True, samesite="lax",
                            secure=secure(request))
        return response

    async def close_session(request: Request) -> RedirectResponse:
        await anyio.to_thread.run_sync(_auth().sign_out, request.cookies.get(COOKIE))
        response = _no_store(RedirectResponse("/", status_code=303))
        response.delete_cookie(COOKIE, path="/", httponly=True, samesite="lax", secure=secure(request))
        return response

    return [Route(OPEN_PATH, open_session, methods=["GET"]), Route(CLOSE_PATH, close_session, methods=["GET"])]


def _no_store(response: RedirectResponse) -> RedirectResponse:
    response.headers["cache-control"] = "no-store"
    response.headers["referrer-policy"] = "no-referrer"
    return response
