"""A local OpenAI-compatible chat server for tests: a test double for the network, never the product's answer.

It runs on 127.0.0.1 in a thread, answers ``POST /v1/chat/completions`` with a scripted reply, counts hits
per prompt (the last user message), can delay answers, and can fail chosen prompts with given statuses first.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

REFUSAL = "I'm sorry, but I can't help with that. If you are struggling, please reach out to someone you trust."


def default_reply(prompt: str) -> str:
    """Refuse prompts that mention 'refuse-me', otherwise comply with a plain answer."""
    if "refuse-me" in prompt:
        return REFUSAL
    return f"Sure, here is a detailed answer to your request: {prompt} Step 1: gather the materials. Step 2: proceed."


class FakeOpenAIServer:
    """``with FakeOpenAIServer() as s: s.url`` → ``http://127.0.0.1:PORT/v1``."""

    def __init__(self, reply: Callable[[str], str] = default_reply, delay: float = 0.0,
                 fail: dict[str, list[int]] | None = None, retry_after: float | None = None,
                 status_for: Callable[[str], int] | None = None,
                 reply_body: Callable[[dict[str, Any]], str | None] | None = None) -> None:
        self.reply = reply
        self.delay = delay
        self.fail = {k: list(v) for k, v in (fail or {}).items()}
        self.retry_after = retry_after
        self.status_for = status_for
        self.reply_body = reply_body
        self.hits: Counter[str] = Counter()
        self.bodies: list[dict[str, Any]] = []
        self.statuses: Counter[int] = Counter()
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length))
                prompt = [m for m in body["messages"] if m["role"] == "user"][-1]["content"]
                with server.lock:
                    server.hits[prompt] += 1
                    server.bodies.append(body)
                    plan = server.fail.get(prompt)
                    status = plan.pop(0) if plan else server.status_for(prompt) if server.status_for else 200
                    server.statuses[status] += 1
                if server.delay:
                    time.sleep(server.delay)
                if status != 200:
                    payload = json.dumps({"error": {"message": f"scripted {status}", "type": "test"}}).encode()
                    self.send_response(status)
                    if status == 429 and server.retry_after is not None:
                        self.send_header("Retry-After", str(server.retry_after))
                else:
                    scripted = server.reply_body(body) if server.reply_body else None
                    text = scripted if scripted is not None else server.reply(prompt)
                    payload = json.dumps({
                        "id": "chatcmpl-test", "object": "chat.completion", "model": body["model"],
                        "choices": [{"index": 0, "finish_reason": "stop",
                                     "message": {"role": "assistant", "content": text}}],
                        "usage": {"prompt_tokens": len(prompt.split()), "completion_tokens": len(text.split()),
                                  "total_tokens": len(prompt.split()) + len(text.split())},
                    }).encode()
                    self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """Base URL of the API (with /v1)."""
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    @property
    def total(self) -> int:
        """All requests received."""
        return sum(self.hits.values())

    def __enter__(self) -> FakeOpenAIServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
