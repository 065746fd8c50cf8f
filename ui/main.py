"""Navigation between the pages (the app's entry script; streamlit_app.py serves it).

Without a session only the sign-in form shows, whatever the URL (the page list is hidden and no page runs); the
Admin page is listed for admins. Every page checks again through ui/common.py acting_user.
"""
import streamlit as st

from ui import session
from ui.common import acting_user

st.set_page_config(page_title="AutoCRM", page_icon="💼", layout="wide")
demo = session.demo_mode()
user = None if demo else session.current_user()
pages = [
    st.Page("chat.py", title="Chat", icon="💬", default=True),
    st.Page("review.py", title="Review queue", icon="📥"),
    st.Page("pipeline.py", title="Pipeline", icon="📈"),
    st.Page("workflows.py", title="Workflows", icon="🔁"),
    # url_path: /metrics is the Prometheus endpoint served by the same process
    st.Page("metrics.py", title="Metrics", icon="📊", url_path="dashboard"),
    st.Page("settings.py", title="Settings", icon="⚙️"),
]
if demo or user is None or user.role == "admin":  # signed out: listed (hidden) so a deep link shows the sign-in
    pages.append(st.Page("admin.py", title="Admin", icon="🛡️"))
if demo or user is not None:
    st.navigation(pages).run()
else:
    st.navigation(pages, position="hidden")
    acting_user()  # the sign-in form (or how to create the first user), then stops
