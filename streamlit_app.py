"""AutoCRM's entry point: the Streamlit app plus its HTTP routes (webhooks, /metrics) and background workers.

`streamlit run streamlit_app.py` finds `app` and serves everything from one process.
"""
import streamlit as st

from core import web
from ui.services import secrets_to_env

secrets_to_env()  # webhook secrets kept in .streamlit/secrets.toml must be set before the routes serve
app = st.App("ui/main.py", routes=web.routes(), lifespan=web.lifespan)
