"""Shared pieces of the inbox tests (no tests here): real servers on loopback and payload builders."""
from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
from tests.conftest import free_port
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlencode

import faiss
import uvicorn

from core.embeddings import HashingEmbedder
from core.inbox import Inbox
from core.store import Store

EMBEDDER = HashingEmbedder()  # fast and deterministic; the MiniLM path is exercised by the bench
faiss.omp_set_num_threads(1)  # tiny indexes: OpenMP workers only spin against the other test threads


def make_inbox(store: Store, **kw) -> Inbox:
    kw.setdefault("embedder", EMBEDDER)
    kw.setdefault("senders", {})
    kw.setdefault("guardrail_embeddings", False)  # rules and keywords: deterministic without the MiniLM model
    return Inbox(store, **kw)


def phone_of(store: Store, contact_id: int) -> str:
    return store.scalar("SELECT phone FROM contacts WHERE id = ?", [contact_id])


# -- payloads in the channels' real formats -------------------------------------------------------------------
def whatsapp_payload(messages: list[dict], statuses: list[dict] | None = None) -> dict:
    """A WhatsApp Cloud API webhook body; messages: {from, id, text, name?, timestamp?}."""
    return {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
        "field": "messages", "value": {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
            "contacts": [{"profile": {"name": m.get("name", "Customer")}, "wa_id": m["from"]} for m in messages],
            "messages": [{"from": m["from"], "id": m["id"], "timestamp": str(m.get("timestamp", int(time.time()))),
                          "type": "text", "text": {"body": m["text"]}} for m in messages],
            **({"statuses": statuses} if statuses else {})}}]}]}


def whatsapp_sig(secret: str, raw: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()


def twilio_form(sid: str, sender: str, body: str, to: str = "+15005550006") -> dict:
    return {"ToCountry": "US", "SmsMessageSid": sid, "NumMedia": "0", "SmsSid": sid, "SmsStatus": "received",
            "Body": body, "To": to, "NumSegments": "1", "MessageSid": sid, "AccountSid": "AC" + "0" * 32,
            "From": sender, "ApiVersion": "2010-04-01"}


def twilio_sig(token: str, url: str, form: dict) -> str:
    data = url + "".join(k + form[k] for k in sorted(form))
    return base64.b64encode(hmac.new(token.encode(), data.encode(), hashlib.sha1).digest()).decode()


def form_body(form: dict) -> bytes:
    return urlencode(form).encode()


# -- servers ----------------------------------------------------------------------------------------------------

@contextlib.contextmanager
def running(app, port: int | None = None):
    """Serve an ASGI app with uvicorn in a thread on loopback; yields its base URL; runs its lifespan."""
    port = port or free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started:
        if time.time() > deadline or not thread.is_alive():
            raise RuntimeError("test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(20)


class _JSONServer:
    """A tiny loopback HTTP server whose handler(path, body) -> (status, payload, delay)."""

    def __init__(self):
        self.requests: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                body = json.loads(raw or b"{}")
                outer.requests.append({"path": self.path, "body": body, "auth": self.headers.get("Authorization")})
                status, payload, delay = outer.handle(self.path, body)
                if delay:
                    time.sleep(delay)
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the client gave up (timeout test)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def handle(self, path: str, body: dict):  # pragma: no cover - overridden
        raise NotImplementedError

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class FakeLLM(_JSONServer):
    """OpenAI-compatible chat completions; mode: 'ok' | 'error' | 'slow' | 'garbage'."""

    def __init__(self, reply: str = "Hi there, happy to help!", confidence: float = 0.93, mode: str = "ok"):
        self.reply, self.confidence, self.mode = reply, confidence, mode
        super().__init__()
        self.url += "/v1"

    def handle(self, path, body):
        if not path.endswith("/chat/completions"):
            return 404, {"error": {"message": "not found"}}, 0
        if self.mode == "error":
            return 500, {"error": {"message": "model crashed"}}, 0
        content = "not json at all" if self.mode == "garbage" else \
            json.dumps({"reply": self.reply, "confidence": self.confidence})
        return 200, {"id": "chatcmpl-1", "object": "chat.completion", "model": body.get("model"),
                     "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                                  "finish_reason": "stop"}],
                     "usage": {"prompt_tokens": 120, "completion_tokens": 30, "total_tokens": 150}}, \
            (3 if self.mode == "slow" else 0)


class FakeGraph(_JSONServer):
    """The WhatsApp Cloud API's send endpoint."""

    def __init__(self, fail: bool = False):
        self.fail = fail
        super().__init__()

    def handle(self, path, body):
        if self.fail:
            return 400, {"error": {"message": "Recipient not in allowed list", "code": 131030}}, 0
        n = len(self.requests)
        return 200, {"messaging_product": "whatsapp", "contacts": [{"input": body.get("to"), "wa_id": body.get("to")}],
                     "messages": [{"id": f"wamid.SENT{n}"}]}, 0
