"""Every setting in one documented table, read from environment variables.

The UI may overlay Streamlit secrets; core only ever sees a plain mapping.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Mapping


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("CRM_DB", "data/crm.duckdb", "Path of the DuckDB file (`--db` overrides it)."),
    Setting("CRM_PIPELINE", "Lead,Qualified,Proposal,Negotiation,Closed Won,Closed Lost",
            "Deal stages in pipeline order, comma separated; the last two are the closed stages."),
    Setting("CRM_CURRENCY", "USD", "Currency of new deals."),
    Setting("CRM_TODAY", "", "Fixed 'today' (YYYY-MM-DD) for relative dates; empty means the real date."),
    Setting("CRM_DEFAULT_USER", "", "Acting user (email) when none is given; empty = the first rep, else the first user."),
    Setting("CRM_LLM_BASE_URL", "", "OpenAI-compatible endpoint (LM Studio, Ollama, vLLM, OpenAI); empty = offline engine."),
    Setting("CRM_LLM_API_KEY", "not-needed", "API key for the LLM endpoint."),
    Setting("CRM_LLM_MODEL", "gpt-4o-mini", "Model name sent to the LLM endpoint."),
    Setting("CRM_LLM_TIMEOUT", "20", "Seconds before an LLM call is abandoned for the offline engine."),
    Setting("CRM_EMBEDDER_BACKEND", "onnx", "How the shipped MiniLM runs: `onnx` (int8, built once from the packaged "
            "weights into $AUTOCRM_CACHE/models) or `torch` (float32 sentence-transformers)."),
    Setting("CRM_EMBEDDER_THREADS", "1", "CPU threads of one embedding call (2 doubles batch throughput on an idle "
            "2-core machine; 1 keeps the app responsive while it embeds)."),
    Setting("CRM_BLAS_THREADS", "1", "CPU threads numpy's BLAS may use in one call, set once per process. 1: its "
            "small products do not spin the core the embedder and DuckDB are using (inbox processing 780 -> 950 "
            "msg/s on 2 cores); empty leaves BLAS's own default."),
    Setting("CRM_BULK_WARN", "10", "A plan touching more records than this carries a warning."),
    Setting("CRM_DEMO", "", "1 = demo mode: no sign-in, the sidebar picks any user (admin included) under a banner "
                            "saying so; for a demo on your own machine only (`make demo`). Empty = sign-in required."),
    Setting("CRM_BIND", "127.0.0.1", "Address `make run` and `make demo` serve on; 0.0.0.0 serves the network "
                                     "(put a TLS reverse proxy in front)."),
    Setting("CRM_SESSION_IDLE_HOURS", "12", "A sign-in session ends after this many hours without a page view."),
    Setting("CRM_SESSION_MAX_DAYS", "7", "A sign-in session ends this many days after signing in, used or not."),
    Setting("CRM_SIGNIN_MAX_FAILURES", "5", "Wrong passwords in a row (per email) before sign-in is locked."),
    Setting("CRM_SIGNIN_LOCK_MINUTES", "15", "How long that lock lasts; an admin's password reset lifts it."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str, env: Mapping[str, str] | None = None) -> str:
    """Value of a documented setting: the environment first, then its default."""
    if name not in _BY_NAME:
        raise KeyError(f"unknown setting {name!r}")
    source = os.environ if env is None else env
    value = source.get(name)
    return _BY_NAME[name].default if value in (None, "") else str(value)


def register(*settings: Setting) -> None:
    """Let a feature module add its settings to the one table."""
    global SETTINGS
    for s in settings:
        if s.name not in _BY_NAME:
            _BY_NAME[s.name] = s
            SETTINGS = SETTINGS + (s,)


FEATURE_MODULES = ("core.inbox.settings", "core.speech", "core.workflows.settings",
                   "core.memory.settings")  # modules that register settings of their own


def all_settings() -> tuple[Setting, ...]:
    """Every setting of the product, including those feature modules register."""
    import importlib

    for name in FEATURE_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return SETTINGS


def pipeline(env: Mapping[str, str] | None = None) -> list[str]:
    return [s.strip() for s in get("CRM_PIPELINE", env).split(",") if s.strip()]
