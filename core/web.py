"""HTTP routes served beside the Streamlit app (st.App routes + lifespan) or headless (`python -m core serve`).

    GET  /webhooks/whatsapp                 WhatsApp verification handshake (hub.mode, hub.verify_token, hub.challenge)
    POST /webhooks/whatsapp                 WhatsApp Cloud API deliveries, X-Hub-Signature-256 checked
    POST /webhooks/twilio                   Twilio messaging webhook (form-encoded), X-Twilio-Signature checked
    POST /api/messages                      generic JSON, one message or a batch (see core/inbox/formats.py),
                                            Authorization: Bearer $CRM_API_TOKEN
    POST /api/conversations/{id}/autopilot  signed autopilot command (X-AutoCRM-Signature, server key)
    POST /api/workflows/{name}/runs         start a run of a webhook- or manually-triggered workflow,
                                            {"contact_id": N}, Authorization: Bearer $CRM_API_TOKEN
    GET  /api/inbox/status                  processing lag, review queue, outbox    } a loopback client, or
    GET  /metrics                           Prometheus exposition                   } Authorization: Bearer <token>
    POST /api/cli                           a `python -m core` command line, run by the process that owns the
                                            database (loopback only, the owner file's token: core/owner.py)

A message is acknowledged (2xx) only after the transaction that stores it has committed; a redelivery
is acknowledged and not stored again. Malformed payloads get 400, bad signatures 401, bodies over the
route's limit 413 (counted while reading, chunked or not, before anything is parsed), a wrong
Content-Type 415, and nothing of any of them is stored. A webhook whose secret is not configured answers
503 to every request; a database that fails during capture answers 503 with Retry-After and never its
own error text. Signatures are checked on the raw bytes before the JSON is parsed (Twilio's covers the
form fields, so its form is decoded first, with a cap on their number).
"""
from __future__ import annotations

import contextlib
import hmac
import importlib
import ipaddress
import logging
import sys
import threading
from typing import Any, AsyncIterator, Callable
from urllib.parse import parse_qsl

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from core import config, metrics, owner, snapshot
from core.auth import Auth
from core.errors import CRMError, NotFound, PermissionDenied, StoreError, ValidationError
from core.inbox import formats
from core.inbox.errors import (CaptureUnavailable, NotConfigured, PayloadTooLarge, ReviewConflict, SignatureError,
                               UnsupportedMediaType)
from core.inbox.models import InboundMessage
from core.inbox.service import Inbox, workers_enabled
from core.services import Services, get_services

log = logging.getLogger(__name__)
MAX_REQUEST_BYTES = 5 * 1024 * 1024
MAX_COMMAND_BYTES = 4096  # a signed autopilot command is a few hundred bytes
MAX_FORM_FIELDS = 200
RETRY_AFTER_SECONDS = 5
JSON_TYPES = ("application/json",)
FORM_TYPES = ("application/x-www-form-urlencoded",)
SWITCH_INTERVAL = 0.0005  # seconds; see make_lifespan
TWIML_EMPTY = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'

MAX_CLI_BYTES = 64 * 1024 * 1024  # `ingest -` and `plan --jsonl -` send their standard input
ServicesFactory = Callable[[], Services]
_claims: dict[str, owner.Owner] = {}  # database path -> this process's claim (see make_lifespan)


def _status(exc: Exception) -> int:
    if isinstance(exc, SignatureError):
        return 401
    if isinstance(exc, PermissionDenied):
        return 403
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, ReviewConflict):
        return 409
    if isinstance(exc, (NotConfigured, CaptureUnavailable, StoreError)):
        return 503
    if isinstance(exc, PayloadTooLarge):
        return 413
    if isinstance(exc, UnsupportedMediaType):
        return 415
    if isinstance(exc, ValidationError):
        return 400
    return 400 if isinstance(exc, CRMError) else 500


def _error(exc: Exception) -> JSONResponse:
    status = _status(exc)
    if status == 500:
        log.exception("request failed", exc_info=exc)
        message = "internal error"
    elif isinstance(exc, StoreError):  # the database's own words (paths, SQL) stay in the log
        log.error("request failed on a database error: %s", exc)
        message = "the database is unavailable just now; nothing was stored: retry shortly"
    else:
        message = str(exc)
    headers = {"retry-after": str(RETRY_AFTER_SECONDS)} if isinstance(exc, (CaptureUnavailable, StoreError)) else None
    return JSONResponse({"error": message, "field": getattr(exc, "field", None)}, status_code=status,
                        headers=headers)


def _secret(name: str) -> str:
    value = config.get(name)
    if not value:
        raise NotConfigured(f"{name} is not configured: this endpoint refuses requests until it is set")
    return value


async def _body(request: Request, limit: int = MAX_REQUEST_BYTES) -> bytes:
    """The raw body, refused with 413 as soon as it is known to exceed limit: from Content-Length before reading,
    else while the chunks arrive (chunked transfer has no length), so an oversized body is never buffered."""
    length = request.headers.get("content-length")
    if length is not None:
        if not length.strip().isdigit():
            raise ValidationError("Content-Length is not a number", "content-length")
        if int(length) > limit:
            raise PayloadTooLarge(f"request body is {int(length)} bytes; this route takes at most {limit}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"request body is over {limit} bytes, the most this route takes")
        chunks.append(chunk)
    return b"".join(chunks)


def _content_type(request: Request, allowed: tuple[str, ...], required: bool = False) -> None:
    """415 unless the body is declared as one of the allowed media types (or +json); a missing header passes
    unless required."""
    value = request.headers.get("content-type")
    if value is None and not required:
        return
    media = (value or "").split(";", 1)[0].strip().lower()
    if media in allowed or (allowed == JSON_TYPES and media.startswith("application/") and media.endswith("+json")):
        return
    raise UnsupportedMediaType(f"Content-Type {media or '(none)'!r} is not accepted here: send {allowed[0]}",
                               "content-type")


def _check_bearer(request: Request) -> None:
    token = _secret("CRM_API_TOKEN")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise SignatureError("missing or wrong bearer token (Authorization: Bearer $CRM_API_TOKEN)")


FORWARDED = ("forwarded", "x-forwarded-for", "x-real-ip")


def is_loopback(request: Request) -> bool:
    """A client on this machine, not relayed by a proxy (a proxy on the same host would look local otherwise)."""
    if any(h in request.headers for h in FORWARDED):
        return False
    try:
        return ipaddress.ip_address(request.client.host if request.client else "").is_loopback
    except ValueError:
        return False


def _reader_allowed(request: Request, auth: Auth) -> bool:
    """/metrics and /api/inbox/status: a loopback client, a user's API token, or CRM_API_TOKEN."""
    if is_loopback(request):
        return True
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    given = given.strip()
    if scheme.lower() != "bearer" or not given:
        return False
    shared = config.get("CRM_API_TOKEN")
    if shared and hmac.compare_digest(given.encode(), shared.encode()):
        return True
    return auth.token_user(given) is not None


def _unauthorized() -> JSONResponse:
    return JSONResponse({"error": "this route answers loopback clients, or a bearer token: Authorization: Bearer "
                                  "<API token> (python -m core user token EMAIL)", "field": None},
                        status_code=401, headers={"www-authenticate": "Bearer"})


async def _capture(inbox: Inbox, msgs: list[InboundMessage]) -> dict[str, Any]:
    """Commit, then summarise; group commit through the writer when it runs."""
    if not msgs:
        return {"accepted": 0, "duplicates": 0, "receipts": []}
    if inbox.writer.running:
        receipts = await inbox.writer.submit_async(msgs)
    else:
        receipts = await anyio.to_thread.run_sync(inbox.ingest, msgs)
    dup = sum(r.duplicate for r in receipts)
    return {"accepted": len(receipts) - dup, "duplicates": dup, "receipts": [r.to_dict() for r in receipts]}


def routes(services_factory: ServicesFactory | None = None) -> list[Route]:
    """The inbox's HTTP routes; services_factory gives the process-wide Services (default: CRM_DB's)."""
    factory = services_factory or get_services

    def inbox() -> Inbox:
        return factory().get("inbox", Inbox)

    async def whatsapp_verify(request: Request) -> Response:
        try:
            token = _secret("WHATSAPP_VERIFY_TOKEN")
        except NotConfigured as exc:
            return _error(exc)
        q = request.query_params
        if q.get("hub.mode") != "subscribe" or not hmac.compare_digest(q.get("hub.verify_token", "").encode(),
                                                                         token.encode()):
            return PlainTextResponse("verification failed: wrong hub.mode or hub.verify_token", status_code=403)
        return PlainTextResponse(q.get("hub.challenge", ""))

    async def whatsapp(request: Request) -> Response:
        try:
            secret = _secret("WHATSAPP_APP_SECRET")
            _content_type(request, JSON_TYPES)
            raw = await _body(request)
            formats.verify_whatsapp(secret, raw, request.headers.get("x-hub-signature-256"))
            data = formats.load_json(raw)
            msgs, statuses = formats.parse_whatsapp(data), formats.parse_whatsapp_statuses(data)
            box = inbox()
            result = await _capture(box, msgs)
            if statuses:  # delivery reports on our replies, committed before the 200 like messages
                result["statuses"] = await anyio.to_thread.run_sync(box.delivery.apply_statuses, statuses)
            return JSONResponse(result)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a status the sender understands
            return _error(exc)

    async def twilio(request: Request) -> Response:
        try:
            token = _secret("TWILIO_AUTH_TOKEN")
            _content_type(request, FORM_TYPES)
            raw = await _body(request)
            try:  # the signature covers the decoded fields, so they are decoded first (at most MAX_FORM_FIELDS)
                params = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, strict_parsing=bool(raw),
                                   max_num_fields=MAX_FORM_FIELDS)
            except (ValueError, UnicodeDecodeError):
                raise formats.PayloadError("body: not a form-encoded Twilio webhook") from None
            url = config.get("TWILIO_WEBHOOK_URL") or str(request.url)
            formats.verify_twilio(token, url, params, request.headers.get("x-twilio-signature"))
            await _capture(inbox(), formats.parse_twilio(dict(params)))
            return Response(TWIML_EMPTY, media_type="text/xml")
        except Exception as exc:  # noqa: BLE001
            return _error(exc)

    async def api_messages(request: Request) -> Response:
        try:
            _check_bearer(request)
            _content_type(request, JSON_TYPES)
            raw = await _body(request)
            msgs = formats.parse_generic(formats.load_json(raw))
            return JSONResponse(await _capture(inbox(), msgs))
        except Exception as exc:  # noqa: BLE001
            return _error(exc)

    async def api_autopilot(request: Request) -> Response:
        try:
            _content_type(request, JSON_TYPES)
            raw = await _body(request, MAX_COMMAND_BYTES)
            box = inbox()
            conversation = request.path_params["conversation_id"]
            signature = request.headers.get("x-autocrm-signature")
            change = await anyio.to_thread.run_sync(  # verified on the raw bytes before the JSON is parsed
                lambda: box.set_autopilot_signed(raw, signature, "api", conversation_id=conversation))
            return JSONResponse(change.to_dict())
        except Exception as exc:  # noqa: BLE001
            return _error(exc)

    async def api_workflow_run(request: Request) -> Response:
        try:
            _check_bearer(request)
            _content_type(request, JSON_TYPES, required=True)
            data = formats.load_json(await _body(request, MAX_COMMAND_BYTES))
            if not isinstance(data, dict):
                raise ValidationError("body: a JSON object such as {\"contact_id\": 42}", "body")
            engine = factory().workflows
            run = await anyio.to_thread.run_sync(engine.start_from_webhook, request.path_params["name"],
                                                 data.get("contact_id"))
            engine.wake.set()
            out = {k: run[k] for k in ("id", "workflow", "contact_id", "status", "step", "waiting_until")}
            out["waiting_until"] = out["waiting_until"].isoformat() if out["waiting_until"] else None
            return JSONResponse(out, status_code=201)
        except Exception as exc:  # noqa: BLE001
            return _error(exc)

    async def allowed(request: Request) -> bool:
        if is_loopback(request):
            return True
        auth = factory().get("auth", Auth)
        return await anyio.to_thread.run_sync(_reader_allowed, request, auth)

    async def status(request: Request) -> Response:
        if not await allowed(request):
            return _unauthorized()
        box = inbox()
        return JSONResponse(await anyio.to_thread.run_sync(box.status), headers={"cache-control": "no-store"})

    async def prometheus(request: Request) -> Response:
        if not await allowed(request):
            return _unauthorized()
        body, content_type = metrics.exposition()
        return Response(body, media_type=content_type)

    async def api_cli(request: Request) -> Response:
        """A command line from `python -m core` on this machine, run here because this process owns the database."""
        app = factory()
        claim = _claims.get(app.store.path)
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if claim is None:
            return JSONResponse({"error": "this server has not claimed its database", "field": None}, 503)
        if not is_loopback(request):
            return JSONResponse({"error": "the command line is served to this machine only", "field": None}, 403)
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), claim.token.encode()):
            return _unauthorized()
        try:
            request_body = await _body(request, MAX_CLI_BYTES)
            job = _cli_job(request_body)
        except Exception as exc:  # noqa: BLE001
            return _error(exc)
        from core import cli
        code, out, err = await anyio.to_thread.run_sync(lambda: cli.run_in_server(app, *job))
        return JSONResponse({"code": code, "stdout": out, "stderr": err}, headers={"cache-control": "no-store"})

    return [
        Route("/webhooks/whatsapp", whatsapp_verify, methods=["GET"]),
        Route("/webhooks/whatsapp", whatsapp, methods=["POST"]),
        Route("/webhooks/twilio", twilio, methods=["POST"]),
        Route("/api/messages", api_messages, methods=["POST"]),
        Route("/api/conversations/{conversation_id:int}/autopilot", api_autopilot, methods=["POST"]),
        Route("/api/workflows/{name}/runs", api_workflow_run, methods=["POST"]),
        Route("/api/inbox/status", status, methods=["GET"]),
        Route("/metrics", prometheus, methods=["GET"]),
        Route(owner.CLI_ROUTE, api_cli, methods=["POST"]),
    ]


def _cli_job(raw: bytes) -> tuple[list[str], str, str | None]:
    import json
    try:
        data = json.loads(raw)
    except ValueError:
        raise ValidationError("the body is not JSON") from None
    argv, cwd, stdin = (data.get("argv"), data.get("cwd"), data.get("stdin")) if isinstance(data, dict) else (0, 0, 0)
    if not (isinstance(argv, list) and all(isinstance(a, str) for a in argv) and isinstance(cwd, str)
            and (stdin is None or isinstance(stdin, str))):
        raise ValidationError('expected {"argv": [str, ...], "cwd": str, "stdin": str | null}')
    return argv, cwd, stdin


# What the first visitor of a page would otherwise wait for: the modules the pages import (pandas, pyarrow for
# tables, altair for charts, the chat engine, the reporting queries), imported once while the server starts.
PAGE_MODULES = ("pandas", "pyarrow", "altair", "core.chat", "core.preview", "core.questions", "core.reporting",
                "core.guardrails.rules", "core.voice", "core.insights.service", "scipy.optimize")


def warm_pages(services: Services) -> None:
    """Import and build, before the first page is served, what every page's first run would: the page modules,
    the chat service and its understanding engine, and the snapshot of the CRM it reads."""
    modules = PAGE_MODULES
    if "streamlit" in sys.modules:  # served by st.App: the first icon a page shows compiles a regex of every emoji
        modules += ("streamlit.emojis",)
    try:
        for name in modules:
            importlib.import_module(name)
        snapshot.load(services.chat.store)
    except Exception:  # noqa: BLE001 - warming is an optimisation: the first page does it otherwise
        log.exception("warming the pages failed; their first visitor will wait for it")


def warm_models(box: Inbox) -> None:
    """Load the inbox's models (the embedder, the knowledge base's index, the guardrails' examples and model,
    the language identifiers, the signal model) beside the server, so the first customer message does not wait
    for them; on failure the first message loads them."""
    try:
        box.processor.warm()
    except Exception:  # noqa: BLE001 - warming is an optimisation, never a reason not to serve
        log.exception("warming the inbox models failed; the first message will load them")


def start_workflows(services: Services):
    """The workflow worker of the process that owns the database (None when CRM_WORKFLOWS=0)."""
    from core.workflows.settings import workflows_enabled
    from core.workflows.worker import WorkflowWorker
    if not workflows_enabled():
        return None
    return services.get("workflow_worker", lambda a: WorkflowWorker(a.workflows)).start()


def make_lifespan(services_factory: ServicesFactory | None = None, pages: bool = False,
                  url: Callable[[], str] | None = None):
    """A lifespan that starts the inbox (ingest writer, processing and dispatch workers) and stops it.

    With workers on, the inbox's models load in a background thread from the start; with pages=True (the app's
    server) the pages' modules and services are warmed before the first request is served. With url (this
    server's loopback address), the process claims its database so that the CLI sends commands here."""
    factory = services_factory or get_services

    @contextlib.asynccontextmanager
    async def _lifespan(app: Any) -> AsyncIterator[dict]:
        # The ingest writer needs the GIL back promptly between DuckDB calls while the event loop is busy;
        # at the default 5 ms switch interval each statement of a group commit waits several intervals.
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))
        box: Inbox = factory().get("inbox", Inbox)
        workers = workers_enabled()
        box.start(workers=workers)
        if pages:
            await anyio.to_thread.run_sync(warm_pages, factory())
        if workers:
            threading.Thread(target=warm_models, args=(box,), name="warm-models", daemon=True).start()
        flows = await anyio.to_thread.run_sync(start_workflows, factory()) if workers else None
        db = factory().store.path
        claim = owner.claim(db, url()) if url is not None and db != ":memory:" else None
        if claim is not None:
            _claims[db] = claim
        try:
            yield {"inbox": box}
        finally:
            if claim is not None:
                _claims.pop(db, None)
                owner.release(db, claim)
            if flows is not None:
                await anyio.to_thread.run_sync(flows.stop)
            await anyio.to_thread.run_sync(box.stop)

    return _lifespan


lifespan = make_lifespan(pages=True)  # for st.App(..., lifespan=web.lifespan): the App is passed in and ignored


def build_app(services_factory: ServicesFactory | None = None, url: Callable[[], str] | None = None) -> Starlette:
    """The routes as a standalone ASGI app (serve, tests, bench)."""
    return Starlette(routes=routes(services_factory), lifespan=make_lifespan(services_factory, url=url))


def loopback_url(host: str, port: int) -> str:
    """How a client on this machine reaches a server bound to host:port."""
    local = host in ("", "0.0.0.0", "::", "localhost") or _is_loopback_address(host)
    return f"http://{'127.0.0.1' if local else host}:{port}"


def _is_loopback_address(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(db: str | None = None, port: int = 8000, host: str = "127.0.0.1") -> None:
    """`python -m core serve`: the webhooks, API and workers without the UI (loopback unless told otherwise)."""
    import uvicorn
    app = build_app(lambda: get_services(db), url=lambda: loopback_url(host, port))
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
