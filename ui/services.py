"""Builds the core services once per process and hands them to pages (the only UI module that knows how)."""
from __future__ import annotations

import os

import streamlit as st

from core import config
from core.services import Services, get_services


def secrets_to_env() -> None:
    """Streamlit secrets with a setting's name fill in for unset environment variables."""
    try:
        secrets = dict(st.secrets)
    except Exception:  # no secrets file: environment only
        return
    for key, value in secrets.items():
        if isinstance(value, (str, int, float)) and not os.environ.get(key):
            os.environ[key] = str(value)


@st.cache_resource(show_spinner=False)
def _services(db_path: str) -> Services:
    return get_services(db_path)


def services() -> Services:
    secrets_to_env()
    return _services(config.get("CRM_DB"))
