"""Navigation between the pages (the app's entry script; streamlit_app.py serves it)."""
import streamlit as st

st.set_page_config(page_title="AutoCRM", page_icon="💼", layout="wide")
pages = [
    st.Page("chat.py", title="Chat", icon="💬", default=True),
    st.Page("review.py", title="Review queue", icon="📥"),
    # url_path: /metrics is the Prometheus endpoint served by the same process
    st.Page("metrics.py", title="Metrics", icon="📊", url_path="dashboard"),
    st.Page("settings.py", title="Settings", icon="⚙️"),
]
st.navigation(pages).run()
