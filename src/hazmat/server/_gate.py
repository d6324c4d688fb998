"""The outer gate of every request: API keys (hashed, constant-time), per-key rate limits, body size, metrics."""

from __future__ import annotations

import asyncio
import hashlib
import math
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..engine import TokenBucket
from ._batcher import CLIENT
from ._config import KeySpec, ServeConfig, verify_key
from ._errors import error_response
from ._metrics import ServerMetrics, route_label

_BODY_METHODS = {"POST", "PUT", "PATCH"}


class KeyStore:
    """The configured keys; finds the key a bearer token belongs to, comparing every hash in constant time.

    PBKDF2 hashes are slow on purpose, so a token verified once is remembered (by its sha256) for the
    life of the process, and so is a bounded number of tokens that matched nothing.
    """

    def __init__(self, keys: Sequence[KeySpec], max_misses: int = 4096) -> None:
        self.keys = list(keys)
        self._hits: dict[str, KeySpec] = {}
        self._misses: dict[str, None] = {}
        self._max_misses = max_misses

    @property
    def slow(self) -> bool:
        """Whether any stored hash is PBKDF2 (a cache miss is then worth a worker thread)."""
        return any(k.hash.startswith("pbkdf2_sha256$") for k in self.keys)

    def cached(self, token: str) -> tuple[bool, KeySpec | None]:
        """``(known, key)`` from the cache of tokens seen before."""
        digest = _digest(token)
        if digest in self._hits:
            return True, self._hits[digest]
        return digest in self._misses, None

    def lookup(self, token: str) -> KeySpec | None:
        """The key ``token`` is, or ``None`` (blocking: PBKDF2 hashes take a fraction of a second)."""
        known, spec = self.cached(token)
        if known:
            return spec
        found: KeySpec | None = None
        for candidate in self.keys:  # no early exit: the time does not depend on which key matched
            if verify_key(token, candidate.hash) and found is None:
                found = candidate
        digest = _digest(token)
        if found is not None:
            self._hits[digest] = found
        else:
            if len(self._misses) >= self._max_misses:
                self._misses.pop(next(iter(self._misses)))
            self._misses[digest] = None
        return found


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class FailureLimiter:
    """Failed key checks per client address: ``per_minute`` allowed (a token bucket), then refused *before*
    hashing, so a client that guesses tokens cannot make the server spend PBKDF2 time on each guess. A key
    once verified is cached, so a legitimate client never touches this budget again."""

    def __init__(self, per_minute: int = 10, max_clients: int = 10_000) -> None:
        self.per_minute = per_minute
        self.max_clients = max_clients
        self.buckets: dict[str, TokenBucket] = {}

    def wait(self, client: str) -> float:
        """Seconds until ``client`` may try an unknown token again (0: now)."""
        bucket = self.buckets.get(client)
        if bucket is None:
            return 0.0
        return bucket.wait_for(1)

    def failed(self, client: str) -> None:
        """Count one failed check of ``client``."""
        bucket = self.buckets.get(client)
        if bucket is None:
            if len(self.buckets) >= self.max_clients:
                self.buckets.pop(next(iter(self.buckets)))
            bucket = self.buckets[client] = TokenBucket(self.per_minute)
        bucket.try_take(1)


class RateLimiter:
    """Token buckets per key: requests per minute, and estimated input tokens per minute."""

    def __init__(self, keys: Sequence[KeySpec]) -> None:
        self.rpm = {k.name: TokenBucket(k.rpm) for k in keys if k.rpm}
        self.tpm = {k.name: TokenBucket(k.tpm) for k in keys if k.tpm}

    def request(self, key: str) -> float:
        bucket = self.rpm.get(key)
        return bucket.try_take(1) if bucket else 0.0

    def tokens(self, key: str, n: int) -> float:
        bucket = self.tpm.get(key)
        return bucket.try_take(n) if bucket else 0.0


def retry_after(seconds: float) -> dict[str, str]:
    return {"Retry-After": str(max(1, math.ceil(seconds)))}


class Gate:
    """Outer ASGI layer: metrics per request, bearer-key auth and rate limit on ``/v1/*``, body-size limit.

    It runs before FastAPI reads the body, so an unauthenticated or oversized request costs nothing. The
    limit holds for the declared ``Content-Length`` and for the bytes actually received (chunked uploads
    too): reading stops as soon as the limit is passed. The body is then replayed to the app.
    """

    def __init__(self, app: ASGIApp, config: ServeConfig, metrics: ServerMetrics,
                 limiter: RateLimiter | None = None) -> None:
        self.app = app
        self.config = config
        self.metrics = metrics
        self.keys = KeyStore(config.keys)
        self.limiter = limiter or RateLimiter(config.keys)
        self.failures = FailureLimiter(config.auth_failures_per_minute)
        # slow (PBKDF2) checks run on their own thread, never in the pool the guard's batches use, and at most
        # max_pending_key_checks wait for it: a flood of unknown tokens is refused, not queued
        self._key_pool = ThreadPoolExecutor(1, thread_name_prefix="hazmat-keycheck")
        self._pending_checks = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = [0]

        async def send_status(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = int(message["status"])
            await send(message)

        try:
            await self._handle(scope, receive, send_status)
        except BaseException:
            status[0] = status[0] or 500  # the app raised: the error middleware outside answers 500
            raise
        finally:
            # no response at all: the client went away first (nginx's 499)
            self.metrics.observe_request(route_label(scope["path"]), status[0] or 499, time.perf_counter() - start)

    async def _handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope["path"]
        cfg = self.config
        if path.startswith("/v1/") or (path == "/metrics" and cfg.metrics_require_auth):
            error = await self._authenticate(scope)
            if error is not None:
                await error(scope, receive, send)
                return
        key = scope.get("state", {}).get("api_key")
        CLIENT.set(f"key:{key.name}" if key is not None else f"addr:{_client(scope)}")  # the batcher's fair share
        if scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        limit = cfg.max_body_bytes
        declared = _header(scope, b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await error_response(400, "invalid Content-Length header", code="invalid_header")(scope, receive, send)
                return
            if int(declared) > limit:
                await self._too_large(int(declared), scope, receive, send)
                return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await self._too_large(size, scope, receive, send, received=True)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, size: int, scope: Scope, receive: Receive, send: Send, received: bool = False) -> None:
        limit = self.config.max_body_bytes
        what = f"more than {limit:,} bytes were sent" if received else f"Content-Length is {size:,} bytes"
        resp = error_response(413, f"request body too large: {what}; the limit is {limit:,} bytes (max_body_bytes)",
                              code="request_too_large", headers={"Connection": "close"})
        await resp(scope, receive, send)

    async def _lookup(self, token: str) -> KeySpec | None:
        """The key of an uncached token: on the event loop for sha256 hashes (microseconds), on the key-check
        thread for PBKDF2 ones."""
        if not self.keys.slow:
            return self.keys.lookup(token)
        self._pending_checks += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(self._key_pool, self.keys.lookup, token)
        finally:
            self._pending_checks -= 1

    async def _authenticate(self, scope: Scope) -> Response | None:
        header = _header(scope, b"authorization")
        token = None
        if header is not None:
            scheme, _, value = header.partition(" ")
            if scheme.lower() == "bearer" and value.strip():
                token = value.strip()
        spec: KeySpec | None = None
        if token is not None and self.keys.keys:
            known, spec = self.keys.cached(token)
            if not known:
                client = _client(scope)
                wait = self.failures.wait(client)
                if wait > 0 or (self.keys.slow and self._pending_checks >= self.config.max_pending_key_checks):
                    self.metrics.auth_failures.inc()
                    return error_response(429, "too many failed API key checks from this client; retry in "
                                          f"{max(1, math.ceil(wait))} s", type="requests", code="auth_rate_limited",
                                          headers=retry_after(max(wait, 1.0)))
                spec = await self._lookup(token)
                if spec is None:
                    self.failures.failed(client)
        if spec is None:
            if not self.config.auth_required:
                return None  # open server: any (or no) key is accepted, without a per-key limit
            self.metrics.auth_failures.inc()
            msg = ("missing API key: send 'Authorization: Bearer YOUR_KEY'" if token is None
                   else "incorrect API key provided")
            return error_response(401, msg, code="invalid_api_key", headers={"WWW-Authenticate": "Bearer"})
        scope.setdefault("state", {})["api_key"] = spec
        wait = self.limiter.request(spec.name)
        if wait > 0:
            self.metrics.rate_limited.labels(spec.name).inc()
            return error_response(429, f"rate limit reached for key {spec.name!r}: {spec.rpm} requests per minute; "
                                  f"retry in {math.ceil(wait)} s", type="requests", code="rate_limit_exceeded",
                                  headers=retry_after(wait))
        return None


def _client(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


def _header(scope: Scope, name: bytes) -> str | None:
    for k, v in scope.get("headers", ()):
        if k.lower() == name:
            return bytes(v).decode("latin-1").strip()
    return None


