"""Retries with exponential backoff and full jitter for 429s, 5xx answers, timeouts and dropped connections."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to wait between attempts.

    The wait before attempt ``k`` (k ≥ 1 retries so far) is uniform in [0, min(max_delay, base·2^(k-1))]
    ("full jitter"), and never shorter than the server's ``Retry-After`` when it sent one.
    """

    max_attempts: int = 6
    base_delay: float = 1.0
    max_delay: float = 60.0

    def delay(self, retries_so_far: int, retry_after: float | None = None, rng: random.Random | None = None) -> float:
        """Seconds to wait before the next attempt."""
        ceiling = min(self.max_delay, self.base_delay * 2 ** max(0, retries_so_far - 1))
        wait = (rng or random).uniform(0, ceiling)
        return max(wait, retry_after or 0.0)
