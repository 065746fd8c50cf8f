"""Older name of the composition root (core/app.py), kept so existing imports keep working."""
from core.app import App as Services, get_app as get_services, reset  # noqa: F401
