"""Settings (admins): guardrail policy (forbidden topics, business intents, replies) and the autopilot threshold."""
from __future__ import annotations

import json

import streamlit as st

from core.errors import CRMError
from core.inbox.service import Inbox
from ui.common import acting_user
from ui.session import demo_mode
from ui.services import services

inbox: Inbox = services().get("inbox", Inbox)
user = acting_user(default_email="jordan@autocrm.local")
st.title("⚙️ Settings")
if user.role != "admin":
    st.info(f"{user.name} is a {user.role}: only admins change settings. "
            + ("Pick an admin in the sidebar." if demo_mode() else "Sign in as an admin to change them."), icon="🔒")
    st.stop()

st.subheader("Autopilot")
threshold = st.slider("Send on its own only when the draft's confidence is at least", 0.0, 1.0,
                      float(inbox.settings.threshold()), 0.05, key="threshold")
default_on = st.toggle("Autopilot on for new conversations", value=inbox.settings.default_autopilot(),
                       key="default_autopilot")
if st.button("Save autopilot settings", key="save_autopilot"):
    try:
        inbox.settings.set_threshold(user, threshold)
        inbox.settings.set_default_autopilot(user, default_on)
        st.success("Saved.")
    except CRMError as exc:
        st.error(str(exc))

st.subheader("Guardrail policy")
st.caption("Forbidden topics, the business intents that count as in scope, and the neutral / handoff replies. "
           "Stored in the database; invalid JSON or fields are refused and nothing changes.")
policy_text = st.text_area("Policy (JSON)", json.dumps(inbox.settings.policy_dict(), indent=2), height=420,
                           key="policy_json")
if st.button("Save policy", key="save_policy", type="primary"):
    try:
        inbox.settings.save_policy(user, json.loads(policy_text))
        st.success("Policy saved: new messages are screened with it.")
    except json.JSONDecodeError as exc:
        st.error(f"Not valid JSON: line {exc.lineno}, column {exc.colno}: {exc.msg}")
    except CRMError as exc:
        st.error(str(exc))
