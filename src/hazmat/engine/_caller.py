"""Calling a chat model robustly: bounded adaptive concurrency, rate caps, retries, timeout and cache."""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors import ModelRequestError
from ..models import ChatModel, GenerateParams
from ..types import Completion, Conversation
from ._cache import ResponseCache, cache_key
from ._limits import AdaptiveConcurrency, RateCaps
from ._retry import RetryPolicy


def text_tokens(chars: int) -> int:
    """A rough token count of ``chars`` characters of text: the usual ~4 characters a token, at least 1."""
    return max(1, math.ceil(chars / 4))


def estimate_tokens(conversation: Conversation, params: GenerateParams) -> int:
    """A rough token count of one request: its messages (8 characters of framing each), plus ``max_tokens`` out."""
    chars = sum(len(m.text) + 8 for m in params.apply_system_prompt(conversation).messages)
    return text_tokens(chars) + params.max_tokens


@dataclass
class CallStats:
    """Counters of one caller: calls, cache hits, retries, rate-limit answers, failures."""

    calls: int = 0
    cache_hits: int = 0
    retries: int = 0
    rate_limited: int = 0
    failures: int = 0
    latencies: list[float] = field(default_factory=list)


Hook = Callable[[str], None]


class ResilientCaller:
    """Wraps a :class:`ChatModel` with the engine's policies; ``complete`` returns or raises after retries.

    ``on_send(key)`` runs before each attempt leaves and ``on_retry(key, error)`` after each failed one that
    will be retried, so a store can record every request as it happens.
    """

    def __init__(
        self,
        model: ChatModel,
        *,
        concurrency: AdaptiveConcurrency,
        caps: RateCaps | None = None,
        retry: RetryPolicy | None = None,
        cache: ResponseCache | None = None,
        timeout: float | None = None,
    ) -> None:
        self.model = model
        self.concurrency = concurrency
        self.caps = caps
        self.retry = retry or RetryPolicy()
        self.cache = cache
        self.timeout = timeout
        self.stats = CallStats()
        self._describe = model.describe()

    def key(self, conversation: Conversation, params: GenerateParams, epoch: int = 0) -> str:
        """The cache key of a request (also its id in the run store)."""
        return cache_key(self._describe, params.canonical(), conversation.to_list(), epoch)

    def cached(self, key: str) -> Completion | None:
        """The cached completion for ``key`` when the cache is on."""
        if self.cache is None:
            return None
        hit = self.cache.get(key)
        if hit is not None:
            self.stats.cache_hits += 1
        return hit

    async def complete(
        self,
        conversation: Conversation,
        params: GenerateParams,
        key: str | None = None,
        on_send: Callable[[str], None] | None = None,
        on_retry: Callable[[str, str], None] | None = None,
    ) -> Completion:
        """One completion: from the cache, or from the model with retries; raises ModelRequestError at the end."""
        key = key or self.key(conversation, params)
        hit = self.cached(key)
        if hit is not None:
            return hit
        attempt = 0
        while True:
            attempt += 1
            if self.caps is not None:
                await self.caps.acquire(estimate_tokens(conversation, params))
            async with self.concurrency:
                if on_send is not None:
                    on_send(key)
                self.stats.calls += 1
                t0 = time.perf_counter()
                try:
                    coro = self.model.generate(conversation, params)
                    completion = await (asyncio.wait_for(coro, self.timeout) if self.timeout else coro)
                except TimeoutError:
                    error = ModelRequestError(f"{self.model.name}: no answer within {self.timeout:g} s", retryable=True)
                except ModelRequestError as e:
                    error = e
                else:
                    self.stats.latencies.append(time.perf_counter() - t0)
                    self.concurrency.on_success()
                    if self.cache is not None:
                        self.cache.put(key, self.model.name, completion)
                    return completion
            if error.status == 429:
                self.stats.rate_limited += 1
                self.concurrency.on_rate_limited(error.retry_after)
            if not error.retryable or attempt >= self.retry.max_attempts:
                self.stats.failures += 1
                raise error
            self.stats.retries += 1
            if on_retry is not None:
                on_retry(key, str(error))
            await asyncio.sleep(self.retry.delay(attempt, error.retry_after))


class ManagedChatModel:
    """A :class:`ChatModel` whose calls go through a :class:`ResilientCaller` (used for LLM judges)."""

    def __init__(self, caller: ResilientCaller) -> None:
        self.caller = caller
        self.name = caller.model.name

    async def generate(self, conversation: Conversation, params: GenerateParams) -> Completion:
        """Generate with the caller's retries, limits and cache."""
        return await self.caller.complete(conversation, params)

    def describe(self) -> dict[str, Any]:
        """The wrapped model's description."""
        return self.caller.model.describe()

    async def aclose(self) -> None:
        """Close the wrapped model."""
        await self.caller.model.aclose()
