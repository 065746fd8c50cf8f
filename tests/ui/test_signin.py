"""Sign-in through AppTest: no session shows only the sign-in form on every page; the acting user (and so the role
core enforces) is the signed-in user and nothing else; sign-out, expiry, the Admin page, demo mode's banner."""
import pytest
from streamlit.testing.v1 import AppTest

from core import services as core_services
from core.auth import Auth, SessionEnded
from tests.conftest import ROOT
from tests.ui.conftest import signed_in

PAGES = ("main", "chat", "review", "metrics", "settings", "admin")
SIGN_IN = "🔐 Sign in to AutoCRM"


@pytest.fixture
def db(demo_file, monkeypatch):
    monkeypatch.setenv("CRM_DB", str(demo_file))
    monkeypatch.setenv("CRM_TODAY", "2026-11-18")
    monkeypatch.delenv("CRM_DEMO", raising=False)
    core_services.reset()
    yield demo_file
    core_services.reset()


def page(name: str) -> AppTest:
    return AppTest.from_file(str(ROOT / "ui" / f"{name}.py"), default_timeout=60)


def auth(db) -> Auth:
    return core_services.get_services(str(db)).get("auth", Auth)


def shows_only_sign_in(at: AppTest) -> bool:
    return ([t.value for t in at.title] == [SIGN_IN] and [t.label for t in at.text_input] == ["Email", "Password"]
            and not at.selectbox and not at.chat_input and not at.metric and not at.dataframe)


def test_every_page_shows_only_the_sign_in_form_without_a_session(db):
    for name in PAGES:
        at = page(name)
        at.session_state["user_email"] = "jordan@autocrm.local"  # what the old picker kept: ignored now
        at.run()
        assert not at.exception and shows_only_sign_in(at), name


def test_wrong_password_is_refused_then_sign_in_acts_as_that_user_until_sign_out(db):
    at = page("main").run()
    at.text_input(key="signin_email").set_value("alex@autocrm.local")
    at.text_input(key="signin_password").set_value("jordan-demo-2026")  # another user's password
    at.button[0].click().run()
    assert [e.value for e in at.error] == ["Wrong email or password."] and shows_only_sign_in(at)
    at.text_input(key="signin_password").set_value("alex-demo-2026")
    at.button[0].click().run()
    assert not at.exception and [t.value for t in at.title] == ["💬 AutoCRM"]
    assert "Signed in as **Alex Morgan** (rep)" in [m.value for m in at.sidebar.markdown]
    assert not at.sidebar.selectbox  # no "Acting as" picker
    token = at.session_state["auth_token"]
    at.session_state["user_email"] = "jordan@autocrm.local"
    at.run()
    assert any("Acting as **Alex Morgan** (rep)" in c.value for c in at.caption)
    at.sidebar.button(key="signout").click().run()
    assert shows_only_sign_in(at) and any(i.value == "You signed out." for i in at.info)
    with pytest.raises(SessionEnded):
        auth(db).session(token)  # the session is over in the database, not only in this browser


def test_an_expired_session_asks_to_sign_in_again(db):
    at = signed_in(page("chat"), db, "alex@autocrm.local").run()
    assert [t.value for t in at.title] == ["💬 AutoCRM"]
    auth(db).store.execute("UPDATE auth_sessions SET last_seen_at = last_seen_at - INTERVAL 13 HOUR")
    at.run()
    assert shows_only_sign_in(at) and any("12 h without activity" in i.value for i in at.info)


def test_a_reviewer_cannot_apply_plans_whatever_the_session_state_says(db):
    at = signed_in(page("chat"), db, "riley@autocrm.local")
    at.session_state["user_email"] = "jordan@autocrm.local"
    at.run()
    at.chat_input[0].set_value("mark the Hooli security add-on as won").run()
    assert any("reviewer" in e.value for e in at.error)
    assert not [b for b in at.button if b.key and b.key.startswith("apply-")]


def test_admin_page_is_for_admins_only(db):
    at = signed_in(page("admin"), db, "alex@autocrm.local").run()
    assert any("only admins" in i.value for i in at.info) and not at.dataframe
    assert not [w for w in at.text_input if w.key.startswith("admin_")]
    at = signed_in(page("admin"), db, "jordan@autocrm.local").run()
    assert not at.exception
    people = at.dataframe[0].value
    assert list(people["Email"])[:1] == ["alex@autocrm.local"] and set(people["Can sign in"]) == {"yes"}
    at.text_input(key="admin_add_name").set_value("Kim Novak")
    at.text_input(key="admin_add_email").set_value("kim@autocrm.local")
    at.selectbox(key="admin_add_role").set_value("reviewer")
    next(b for b in at.button if b.label == "Add").click().run()
    flash = at.success[0].value
    assert "Added Kim Novak" in flash
    password = flash.split("`")[1]  # the generated password, shown once
    assert auth(db).sign_in("kim@autocrm.local", password).user.role == "reviewer"
    assert any(s["email"] == "kim@autocrm.local" for s in auth(db).sessions())
    at.selectbox(key="admin_who").set_value("kim@autocrm.local").run()
    at.button(key="admin_end_all").click().run()
    assert not any(s["email"] == "kim@autocrm.local" for s in auth(db).sessions())


def test_demo_mode_keeps_the_picker_under_a_banner(db, monkeypatch):
    monkeypatch.setenv("CRM_DEMO", "1")
    at = page("chat").run()
    assert not at.exception and any("Demo mode" in w.value and "no sign-in" in w.value for w in at.warning)
    assert at.sidebar.selectbox(key="user_picker").value == "alex@autocrm.local"
    at.sidebar.selectbox(key="user_picker").set_value("riley@autocrm.local").run()
    assert any("Acting as **Riley Chen** (reviewer)" in c.value for c in at.caption)
    assert not [t for t in at.title if t.value == SIGN_IN]
