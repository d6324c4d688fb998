"""Adaptive concurrency (back off on 429, recover slowly) and optional requests/tokens-per-minute caps."""

from __future__ import annotations

import asyncio
import time
from types import TracebackType


class AdaptiveConcurrency:
    """An AIMD limit on requests in flight, between 1 and ``maximum``.

    It starts at ``maximum``. A rate-limit answer (429) multiplies the limit by ``decrease`` and holds
    growth for ``cooldown`` seconds (or the server's ``Retry-After``); every ``recover_after`` successes
    outside a cooldown raise it by one again. ``history`` records each change as (time, limit).
    """

    def __init__(self, maximum: int, decrease: float = 0.8, cooldown: float = 15.0, recover_after: int = 10) -> None:
        if maximum < 1:
            raise ValueError("maximum concurrency must be at least 1")
        self.maximum = maximum
        self.limit = maximum
        self.decrease = decrease
        self.cooldown = cooldown
        self.recover_after = recover_after
        self.in_flight = 0
        self._successes = 0
        self._hold_until = 0.0
        self._cond = asyncio.Condition()
        self.history: list[tuple[float, int]] = [(time.time(), maximum)]

    async def __aenter__(self) -> AdaptiveConcurrency:
        async with self._cond:
            await self._cond.wait_for(lambda: self.in_flight < self.limit)
            self.in_flight += 1
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        async with self._cond:
            self.in_flight -= 1
            self._cond.notify_all()

    def on_success(self) -> None:
        """Count a success; raise the limit by one after enough of them outside a cooldown."""
        if self.limit >= self.maximum or time.monotonic() < self._hold_until:
            return
        self._successes += 1
        if self._successes >= self.recover_after:
            self._successes = 0
            self._set(self.limit + 1)

    def on_rate_limited(self, retry_after: float | None = None) -> None:
        """Shrink the limit after a 429 and hold growth for the cooldown."""
        now = time.monotonic()
        if now >= self._hold_until:  # one decrease per cooldown, not one per concurrent 429
            self._set(max(1, int(self.limit * self.decrease)))
        self._hold_until = now + max(self.cooldown, retry_after or 0.0)
        self._successes = 0

    def _set(self, value: int) -> None:
        self.limit = min(self.maximum, max(1, value))
        # waiters are woken by the next request that leaves (__aexit__), which follows every success
        self.history.append((time.time(), self.limit))


class TokenBucket:
    """Allows ``per_minute`` units per minute, refilled continuously, with a burst of one minute's worth.

    ``try_take`` is the non-blocking form (the service answers 429 with the wait it returns); ``take`` waits
    in turn (the engine's rate caps)."""

    def __init__(self, per_minute: float) -> None:
        if per_minute <= 0:
            raise ValueError("a per-minute cap must be positive")
        self.rate = per_minute / 60.0
        self.capacity = float(per_minute)
        self.tokens = float(per_minute)
        self.updated = time.monotonic()
        self._lock = asyncio.Lock()

    def refill(self) -> None:
        """Add what has dripped in since the last call (up to the capacity)."""
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    def wait_for(self, amount: float = 1.0) -> float:
        """Seconds until ``amount`` units are free (0: now), taking nothing; an amount larger than the bucket
        needs a full bucket."""
        self.refill()
        need = min(amount, self.capacity)
        return 0.0 if self.tokens >= need else (need - self.tokens) / self.rate

    def try_take(self, amount: float = 1.0) -> float:
        """Take ``amount`` now and return 0, or take nothing and return the seconds to wait. An amount larger
        than the bucket waits for a full bucket, then runs the bucket into debt."""
        wait = self.wait_for(amount)
        if wait == 0.0:
            self.tokens -= amount
        return wait

    async def take(self, amount: float = 1.0) -> None:
        """Wait until ``amount`` units are free, then take them (more than a burst waits for a full bucket)."""
        amount = min(amount, self.capacity)
        async with self._lock:
            while (wait := self.try_take(amount)) > 0:
                await asyncio.sleep(wait)


class RateCaps:
    """Optional requests-per-minute and tokens-per-minute caps applied before each request."""

    def __init__(self, rpm: float | None = None, tpm: float | None = None) -> None:
        self.requests = TokenBucket(rpm) if rpm else None
        self.tokens = TokenBucket(tpm) if tpm else None

    async def acquire(self, estimated_tokens: int) -> None:
        """Wait for room for one request of about ``estimated_tokens`` tokens."""
        if self.requests is not None:
            await self.requests.take(1)
        if self.tokens is not None:
            await self.tokens.take(estimated_tokens)
