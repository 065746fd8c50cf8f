"""HTTP routes served beside the Streamlit app (st.App routes + lifespan) or headless (`python -m core serve`).

    GET  /webhooks/whatsapp                 WhatsApp verification handshake (hub.mode, hub.verify_token, hub.challenge)
    POST /webhooks/whatsapp                 WhatsApp Cloud API deliveries, X-Hub-Signature-256 checked
    POST /webhooks/twilio                   Twilio messaging webhook (form-encoded), X-Twilio-Signature checked
    POST /api/messages                      generic JSON, one message or a batch (see core/inbox/formats.py),
                                            Authorization: Bearer $CRM_API_TOKEN
    POST /api/conversations/{id}/autopilot  signed autopilot command (X-AutoCRM-Signature, server key)
    GET  /api/inbox/status                  processing lag, review queue, outbox
    GET  /metrics                           Prometheus exposition

A message is acknowledged (2xx) only after the transaction that stores it has committed; a redelivery
is acknowledged and not stored again. Malformed payloads get 400, bad signatures 401, and nothing of
either is stored. A webhook whose secret is not configured answers 503 to every request.
"""
from __future__ import annotations

import contextlib
import hmac
import logging
import sys
from typing import Any, AsyncIterator, Callable
from urllib.parse import parse_qsl

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from core import config, metrics
from core.errors import CRMError, NotFound, PermissionDenied, ValidationError
from core.inbox import formats
from core.inbox.errors import CaptureUnavailable, NotConfigured, ReviewConflict, SignatureError
from core.inbox.models import InboundMessage
from core.inbox.service import Inbox, workers_enabled
from core.services import Services, get_services

log = logging.getLogger(__name__)
MAX_REQUEST_BYTES = 5 * 1024 * 1024
SWITCH_INTERVAL = 0.0005  # seconds; see make_lifespan
TWIML_EMPTY = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'

ServicesFactory = Callable[[], Services]


def _status(exc: Exception) -> int:
    if isinstance(exc, SignatureError):
        return 401
    if isinstance(exc, PermissionDenied):
        return 403
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, ReviewConflict):
        return 409
    if isinstance(exc, (NotConfigured, CaptureUnavailable)):
        return 503
    if isinstance(exc, ValidationError):
        return 400
    return 400 if isinstance(exc, CRMError) else 500


def _error(exc: Exception) -> JSONResponse:
    status = _status(exc)
    if status == 500:
        log.exception("request failed", exc_info=exc)
    return JSONResponse({"error": str(exc) if status != 500 else "internal error",
                         "field": getattr(exc, "field", None)}, status_code=status)


def _secret(name: str) -> str:
    value = config.get(name)
    if not value:
        raise NotConfigured(f"{name} is not configured: this endpoint refuses requests until it is set")
    return value


async def _body(request: Request) -> bytes:
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > MAX_REQUEST_BYTES:
        raise ValidationError(f"request body is larger than {MAX_REQUEST_BYTES} bytes")
    return await request.body()


def _check_bearer(request: Request) -> None:
    token = _secret("CRM_API_TOKEN")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise SignatureError("missing or wrong bearer token (Authorization: Bearer $CRM_API_TOKEN)")


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
            raw = await _body(request)
            formats.verify_whatsapp(secret, raw, request.headers.get("x-hub-signature-256"))
            msgs = formats.parse_whatsapp(formats.load_json(raw))
            return JSONResponse(await _capture(inbox(), msgs))
        except Exception as exc:  # noqa: BLE001 - every failure becomes a status the sender understands
            return _error(exc)

    async def twilio(request: Request) -> Response:
        try:
            token = _secret("TWILIO_AUTH_TOKEN")
            raw = await _body(request)
            try:
                params = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, strict_parsing=bool(raw))
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
            raw = await _body(request)
            msgs = formats.parse_generic(formats.load_json(raw))
            return JSONResponse(await _capture(inbox(), msgs))
        except Exception as exc:  # noqa: BLE001
            return _error(exc)

    async def api_autopilot(request: Request) -> Response:
        try:
            raw = await _body(request)
            box = inbox()
            data = formats.load_json(raw)
            if not isinstance(data, dict) or data.get("conversation_id") != request.path_params["conversation_id"]:
                raise ValidationError("conversation_id in the body must match the URL", "conversation_id")
            change = await anyio.to_thread.run_sync(
                lambda: box.set_autopilot_signed(raw, request.headers.get("x-autocrm-signature"), "api"))
            return JSONResponse(change.to_dict())
        except Exception as exc:  # noqa: BLE001
            return _error(exc)

    async def status(request: Request) -> Response:
        box = inbox()
        return JSONResponse(await anyio.to_thread.run_sync(box.status), headers={"cache-control": "no-store"})

    async def prometheus(request: Request) -> Response:
        body, content_type = metrics.exposition()
        return Response(body, media_type=content_type)

    return [
        Route("/webhooks/whatsapp", whatsapp_verify, methods=["GET"]),
        Route("/webhooks/whatsapp", whatsapp, methods=["POST"]),
        Route("/webhooks/twilio", twilio, methods=["POST"]),
        Route("/api/messages", api_messages, methods=["POST"]),
        Route("/api/conversations/{conversation_id:int}/autopilot", api_autopilot, methods=["POST"]),
        Route("/api/inbox/status", status, methods=["GET"]),
        Route("/metrics", prometheus, methods=["GET"]),
    ]


def make_lifespan(services_factory: ServicesFactory | None = None):
    """A lifespan that starts the inbox (ingest writer, processing and dispatch workers) and stops it."""
    factory = services_factory or get_services

    @contextlib.asynccontextmanager
    async def _lifespan(app: Any) -> AsyncIterator[dict]:
        # The ingest writer needs the GIL back promptly between DuckDB calls while the event loop is busy;
        # at the default 5 ms switch interval each statement of a group commit waits several intervals.
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))
        box: Inbox = factory().get("inbox", Inbox)
        box.start(workers=workers_enabled())
        try:
            yield {"inbox": box}
        finally:
            await anyio.to_thread.run_sync(box.stop)

    return _lifespan


lifespan = make_lifespan()  # for st.App(..., lifespan=web.lifespan): the App is passed in and ignored


def build_app(services_factory: ServicesFactory | None = None) -> Starlette:
    """The routes as a standalone ASGI app (serve, tests, bench)."""
    return Starlette(routes=routes(services_factory), lifespan=make_lifespan(services_factory))


def serve(db: str | None = None, port: int = 8000, host: str = "127.0.0.1") -> None:
    """`python -m core serve`: the webhooks, API and workers without the UI (loopback unless told otherwise)."""
    import uvicorn
    app = build_app(lambda: get_services(db))
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
