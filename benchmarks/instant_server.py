"""An instant OpenAI-compatible chat server for engine benchmarks: no model, no waiting, just HTTP.

``POST /v1/chat/completions`` (any path ending in ``/chat/completions``) answers at once with a fixed short
completion and a usage block; ``GET /count`` returns how many completions were served; ``GET /v1/models``
lists the one model. Plain asyncio streams with a hand-written HTTP/1.1 parser (keep-alive, Content-Length
bodies, no chunked uploads) so that the server costs as little CPU as possible; uvloop is used when
importable. Run it as its own process:

    python benchmarks/instant_server.py --port 8765        # prints "ready PORT" once listening
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
import time

ANSWER = "I can't help with that, but here is some general safety information."
_HEADER_END = b"\r\n\r\n"
_MAX_HEADER = 64 * 1024


class Counter:
    """Completions served since start."""

    def __init__(self) -> None:
        self.completions = 0


def completion_body(model: str, n: int) -> bytes:
    """The JSON of one chat completion (the request's model echoed back)."""
    return json.dumps({
        "id": f"chatcmpl-{n}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": ANSWER}, "finish_reason": "stop",
                     "logprobs": None}],
        "usage": {"prompt_tokens": 12, "completion_tokens": 14, "total_tokens": 26},
    }, separators=(",", ":")).encode()


def response_bytes(status: str, body: bytes, keep_alive: bool) -> bytes:
    """A full HTTP/1.1 response with a JSON body."""
    head = (f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
            f"Connection: {'keep-alive' if keep_alive else 'close'}\r\n\r\n")
    return head.encode("latin-1") + body


def parse_head(raw: bytes) -> tuple[str, str, str, dict[str, str]]:
    """Method, path, version and lower-cased headers of a request head (without the blank line)."""
    lines = raw.decode("latin-1").split("\r\n")
    method, path, version = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return method, path, version, headers


def route(method: str, path: str, body: bytes, counter: Counter) -> tuple[str, bytes]:
    """Status line and body for one request."""
    path = path.split("?", 1)[0]
    if method == "POST" and path.endswith("/chat/completions"):
        try:
            model = str(json.loads(body).get("model", "test-model"))
        except (ValueError, AttributeError):
            return "400 Bad Request", b'{"error":{"message":"invalid JSON body"}}'
        counter.completions += 1
        return "200 OK", completion_body(model, counter.completions)
    if method == "GET" and path == "/count":
        return "200 OK", json.dumps({"count": counter.completions}).encode()
    if method == "GET" and path.endswith("/models"):
        return "200 OK", b'{"object":"list","data":[{"id":"test-model","object":"model","owned_by":"bench"}]}'
    return "404 Not Found", b'{"error":{"message":"not found"}}'


async def serve_connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, counter: Counter) -> None:
    """Serve requests on one connection until the client closes it or asks to."""
    try:
        while True:
            try:
                raw = await reader.readuntil(_HEADER_END)
            except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                return
            method, path, version, headers = parse_head(raw[:-4])
            length = int(headers.get("content-length", "0") or 0)
            body = await reader.readexactly(length) if length else b""
            keep_alive = headers.get("connection", "").lower() != "close" and version != "HTTP/1.0"
            status, payload = route(method, path, body, counter)
            writer.write(response_bytes(status, payload, keep_alive))
            if not keep_alive:
                await writer.drain()
                return
            if writer.transport.get_write_buffer_size() > 1 << 16:
                await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        return
    finally:
        with contextlib.suppress(Exception):
            writer.close()


async def serve(host: str, port: int) -> None:
    """Listen until killed; print ``ready PORT`` once the socket is bound."""
    counter = Counter()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await serve_connection(reader, writer, counter)

    server = await asyncio.start_server(handle, host, port, limit=_MAX_HEADER, backlog=1024)
    bound = server.sockets[0].getsockname()[1]
    print(f"ready {bound}", flush=True)
    async with server:
        await server.serve_forever()


def run(host: str, port: int) -> None:
    """Run the server on uvloop when available, else on the default asyncio loop."""
    try:
        import uvloop
    except ImportError:
        asyncio.run(serve(host, port))
    else:
        uvloop.run(serve(host, port))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=0, help="0: any free port (printed on stdout)")
    args = ap.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        run(args.host, args.port)
    sys.exit(0)


if __name__ == "__main__":
    main()
