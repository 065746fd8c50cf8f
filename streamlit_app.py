"""AutoCRM's entry point: the Streamlit app plus its HTTP routes (webhooks, /metrics, the sign-in cookie) and
background workers.

`streamlit run streamlit_app.py` finds `app` and serves everything from one process.
"""
from pathlib import Path

import streamlit as st
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route
from streamlit import file_util

from core import web
from ui import session
from ui.services import secrets_to_env

PAGE_PATHS = ("review", "pipeline", "workflows", "dashboard", "settings", "admin")  # ui/main.py's page URLs besides /


def page_routes(paths: tuple[str, ...]) -> list[Route]:
    """Each page URL serves Streamlit's index.html telling the frontend that its server is at the app's root.

    Without it, a page opened by its URL (/dashboard) makes the frontend probe /dashboard/_stcore/health and
    /dashboard/_stcore/host-config, two 404s in the browser's console, before it tries /_stcore/* (Streamlit
    guesses its server's path from the page's; streamlit/streamlit#7074). Page URLs are one level deep, so the
    server is at "." of the page, under a proxy's path prefix too.
    """
    index = (Path(file_util.get_static_dir()) / "index.html").read_text(encoding="utf-8")
    html = index.replace("<head>", '<head><script>window.__streamlit = '
                                   '{BACKEND_BASE_URL: new URL(".", location.href).href}</script>', 1)

    async def page(request: Request) -> HTMLResponse:
        return HTMLResponse(html, headers={"Cache-Control": "no-cache"})

    return [Route(f"/{path}", page, methods=["GET"]) for path in paths]


secrets_to_env()  # webhook secrets kept in .streamlit/secrets.toml must be set before the routes serve
# session.routes(): /session/open and /session/close set and delete the sign-in cookie (see ui/session.py)
# the server claims its database (core/owner.py), so `python -m core ...` runs its commands here while it serves
lifespan = web.make_lifespan(pages=True, url=lambda: web.loopback_url(st.get_option("server.address") or "",
                                                                      st.get_option("server.port")))
app = st.App("ui/main.py", routes=web.routes() + session.routes() + page_routes(PAGE_PATHS), lifespan=lifespan)
