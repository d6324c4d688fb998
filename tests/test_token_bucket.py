"""One token bucket serves the engine's rate caps (waiting) and the service's limits (answering 429)."""

from __future__ import annotations

import asyncio
import time

import pytest

from hazmat.engine import TokenBucket, text_tokens


def test_try_take_spends_the_burst_then_says_how_long_to_wait() -> None:
    bucket = TokenBucket(60)  # one a second, a burst of 60
    assert all(bucket.try_take(1) == 0.0 for _ in range(60))
    wait = bucket.try_take(1)
    assert 0.9 < wait <= 1.0  # nothing taken: the next unit drips in within a second
    assert bucket.tokens < 1


def test_an_amount_larger_than_the_bucket_waits_for_a_full_one_then_runs_into_debt() -> None:
    bucket = TokenBucket(60)
    assert bucket.try_take(100) == 0.0  # the bucket was full
    assert bucket.tokens < -39
    assert bucket.try_take(1) > 40  # the debt is paid off before the next request


def test_take_waits_for_room() -> None:
    bucket = TokenBucket(600)  # ten a second
    bucket.try_take(600)

    async def run() -> float:
        t0 = time.monotonic()
        await bucket.take(2)
        return time.monotonic() - t0

    assert 0.1 < asyncio.run(run()) < 1.0


def test_a_cap_must_be_positive_and_text_tokens_are_four_characters() -> None:
    with pytest.raises(ValueError, match="positive"):
        TokenBucket(0)
    assert (text_tokens(0), text_tokens(4), text_tokens(5), text_tokens(400)) == (1, 1, 2, 100)
