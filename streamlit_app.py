"""AutoCRM's entry point: the Streamlit app plus its HTTP routes (webhooks, /metrics) and background workers.

`streamlit run streamlit_app.py` finds `app` and serves everything from one process.
"""
import streamlit as st

from core import web

app = st.App("ui/main.py", routes=web.routes(), lifespan=web.lifespan)
