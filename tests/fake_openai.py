"""A local OpenAI-compatible HTTP server for tests: real HTTP on loopback, scripted answers."""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeOpenAI:
    """script: user text -> list of (tool name, args) | "error" | ("slow", seconds) | plain reply text."""

    def __init__(self, script: dict):
        self.script = script
        self.requests: list[dict] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])) or b"{}")
                fake.requests.append({"path": self.path, "body": body, "auth": self.headers.get("Authorization")})
                user_text = next((m["content"] for m in reversed(body.get("messages", [])) if m["role"] == "user"), "")
                action = fake.script.get(user_text, fake.script.get("*", ""))
                if callable(action):  # a reply computed from the prompt
                    action = action(user_text)
                if action == "error":
                    return self._send(500, {"error": {"message": "model crashed"}})
                if isinstance(action, tuple) and action[0] == "slow":
                    time.sleep(action[1])
                    action = ""
                if "/chat/completions" in self.path and body.get("stream"):
                    return self._stream(action if isinstance(action, str) else "", body.get("model"))
                if "/chat/completions" in self.path:
                    return self._send(200, fake.completion(action, body.get("model")))
                return self._send(404, {"error": {"message": "not found"}})

            def _stream(self, text, model):
                """Server-sent events, a few characters per chunk, as a streaming model answers."""
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                pieces = [text[i:i + 7] for i in range(0, len(text), 7)] or ["OK"]
                for i, piece in enumerate(pieces):
                    chunk = {"id": "chatcmpl-s", "object": "chat.completion.chunk", "created": 0,
                             "model": model or "fake", "choices": [{"index": 0, "delta": (
                                 {"role": "assistant", "content": piece} if i == 0 else {"content": piece}),
                                 "finish_reason": None}]}
                    self.wfile.write(b"data: " + json.dumps(chunk).encode() + b"\n\n")
                    self.wfile.flush()
                end = {"id": "chatcmpl-s", "object": "chat.completion.chunk", "created": 0, "model": model or "fake",
                       "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
                self.wfile.write(b"data: " + json.dumps(end).encode() + b"\n\ndata: [DONE]\n\n")
                self.wfile.flush()

            def _send(self, code, payload):
                data = json.dumps(payload).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @staticmethod
    def completion(action, model) -> dict:
        message: dict = {"role": "assistant", "content": None}
        if isinstance(action, list):
            message["tool_calls"] = [{"id": f"call_{i}", "type": "function",
                                      "function": {"name": name, "arguments": json.dumps(args)}}
                                     for i, (name, args) in enumerate(action)]
            finish = "tool_calls"
        else:
            message["content"] = action or "OK"
            finish = "stop"
        return {"id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": model or "fake",
                "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                "usage": {"prompt_tokens": 50, "completion_tokens": 10, "total_tokens": 60}}

    def close(self):
        self.server.shutdown()
