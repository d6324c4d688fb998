"""Shared plumbing of the moderation-API guards: keys from the environment, retries, rate caps, concurrency."""

from __future__ import annotations

import asyncio
import email.utils
import os
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from ...engine import RetryPolicy, TokenBucket
from ...errors import ClassifierError
from ...types import Conversation, Verdict
from .._protocol import BaseClassifier

RETRYABLE_STATUS = frozenset({408, 409, 425, 429})


class RequestFailed(Exception):
    """A request that failed for good (after retries, or not retryable); the message is the reason."""


def env_value(explicit: str | None, env_var: str, what: str, guard: str) -> str:
    """``explicit`` if given, else ``$env_var``; raise a :class:`ClassifierError` naming the variable if neither."""
    value = explicit if explicit is not None else os.environ.get(env_var)
    if not value:
        raise ClassifierError(f"{guard}: no {what}; set the environment variable {env_var} or pass it as an option")
    return value


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header: delta-seconds or an HTTP date; ``None`` if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


@dataclass(frozen=True)
class HttpSettings:
    """Transport settings shared by every API guard."""

    timeout: float = 30.0
    max_attempts: int = 6
    base_delay: float = 1.0
    max_delay: float = 60.0
    max_retry_after: float = 300.0
    rpm: float | None = None
    concurrency: int = 8

    def __post_init__(self) -> None:
        if self.concurrency < 1:
            raise ClassifierError("concurrency must be at least 1")
        if self.max_attempts < 1:
            raise ClassifierError("max_attempts must be at least 1")
        if self.rpm is not None and self.rpm <= 0:
            raise ClassifierError("rpm (requests per minute) must be positive")
        if self.timeout <= 0:
            raise ClassifierError("timeout must be positive")

    def to_dict(self) -> dict[str, Any]:
        """The settings, for ``describe()``."""
        return {
            "timeout": self.timeout, "max_attempts": self.max_attempts, "base_delay": self.base_delay,
            "max_delay": self.max_delay, "rpm": self.rpm, "concurrency": self.concurrency,
        }


class ApiGuard(BaseClassifier):
    """Base of the HTTP moderation guards: one ``post`` with retries, a requests-per-minute cap, a concurrency gate.

    Subclasses implement ``_classify_all(client, conversations)``; a request that fails for good becomes
    :meth:`Verdict.unassessable` with the reason, never a safe verdict. Secrets in ``_secrets`` are scrubbed
    from every reason.
    """

    def __init__(self, http: HttpSettings) -> None:
        self.http = http
        self.retry = RetryPolicy(max_attempts=http.max_attempts, base_delay=http.base_delay, max_delay=http.max_delay)
        self._bucket = TokenBucket(http.rpm) if http.rpm else None
        self._secrets: list[str] = []
        self.requests_sent = 0

    # ---- the one request, with retries --------------------------------------------------------------------

    def _scrub(self, text: str) -> str:
        for s in self._secrets:
            if s:
                text = text.replace(s, "***")
        return text

    async def post(
        self,
        client: httpx.AsyncClient,
        gate: asyncio.Semaphore,
        url: str,
        body: Mapping[str, Any],
        *,
        headers: Mapping[str, str] | None = None,
        params: Mapping[str, str] | None = None,
    ) -> Any:
        """POST ``body`` as JSON and return the parsed JSON answer; raise :class:`RequestFailed` when it fails.

        Retries 429, 408/409/425, 5xx, timeouts and dropped connections with exponential backoff and full
        jitter, waiting at least the server's ``Retry-After``.
        """
        reason = "no attempt made"
        for attempt in range(1, self.retry.max_attempts + 1):
            retry_after: float | None = None
            async with gate:
                if self._bucket is not None:
                    await self._bucket.take(1)
                self.requests_sent += 1
                try:
                    resp = await client.post(url, json=dict(body), headers=dict(headers or {}), params=params)
                except httpx.TimeoutException as e:
                    reason = f"timed out after {self.http.timeout:g}s ({type(e).__name__})"
                    retryable = True
                except httpx.TransportError as e:
                    reason = f"connection failed: {type(e).__name__}: {e}"
                    retryable = True
                else:
                    if resp.status_code < 300:
                        try:
                            return resp.json()
                        except ValueError:
                            raise RequestFailed(
                                f"HTTP {resp.status_code} with a body that is not JSON: {resp.text[:200]!r}"
                            ) from None
                    reason = f"HTTP {resp.status_code}: {_error_message(resp)}"
                    retryable = resp.status_code in RETRYABLE_STATUS or resp.status_code >= 500
                    retry_after = parse_retry_after(resp.headers.get("retry-after"))
            if not retryable:
                raise RequestFailed(self._scrub(reason))
            if attempt == self.retry.max_attempts:
                break
            if retry_after is not None:
                retry_after = min(retry_after, self.http.max_retry_after)
            await asyncio.sleep(self.retry.delay(attempt, retry_after))
        raise RequestFailed(self._scrub(f"gave up after {self.retry.max_attempts} attempts; last: {reason}"))

    # ---- the batch ----------------------------------------------------------------------------------------

    async def aclassify(self, conversations: Sequence[Conversation]) -> list[Verdict]:
        """One verdict per conversation, in order; failed requests give unassessed verdicts."""
        if not conversations:
            return []
        async with httpx.AsyncClient(timeout=self.http.timeout) as client:
            return await self._classify_all(client, asyncio.Semaphore(self.http.concurrency), conversations)

    async def _classify_all(
        self, client: httpx.AsyncClient, gate: asyncio.Semaphore, conversations: Sequence[Conversation]
    ) -> list[Verdict]:
        raise NotImplementedError

    def unassessed(self, reason: str) -> Verdict:
        """A verdict that says why no judgment was made."""
        return Verdict.unassessable(self.taxonomy.id, f"{self.name}: {reason}", classifier=self.name)


def _error_message(resp: httpx.Response) -> str:
    """The error text of an API answer: ``error.message`` (OpenAI, Google, Azure) or the start of the body."""
    try:
        data = resp.json()
    except ValueError:
        return resp.text[:200] or resp.reason_phrase
    if isinstance(data, Mapping):
        err = data.get("error")
        if isinstance(err, Mapping):
            code = err.get("code") or err.get("status")
            msg = str(err.get("message") or "")
            return f"{code}: {msg}" if code else msg
        if isinstance(err, str):
            return err
    return str(data)[:200]


def last_text(conversation: Conversation) -> str:
    """The text of the message a guard judges (the last one)."""
    return conversation.last.text


def batched(items: Sequence[int], size: int) -> list[list[int]]:
    """``items`` cut into consecutive lists of at most ``size``."""
    return [list(items[i : i + size]) for i in range(0, len(items), size)]
