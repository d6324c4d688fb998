"""The difference of two proportions measured on the same items (paired), with Newcombe's interval.

A system-prompt ablation asks every prompt twice, without and with the system prompt, so the two rates are
paired: the right interval for their difference uses the discordant pairs. This is Newcombe's method 10
(Newcombe 1998, "Improved confidence intervals for the difference between binomial proportions based on
paired data", Statistics in Medicine 17:2635-2650): Wilson intervals of each rate, combined with the
continuity-corrected phi correlation of the pairs (as in Altman et al., "Statistics with confidence", p. 52).
It stays inside [-1, 1], is never degenerate at 0 or n, and has close to nominal coverage for small n,
unlike the Wald interval.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from ._rates import wilson_interval


@dataclass(frozen=True)
class PairedDifference:
    """``second - first`` for paired yes/no outcomes, with its interval and the 2x2 table behind it.

    ``both`` = yes in both conditions, ``first_only`` = yes only in the first, ``second_only`` = yes only in
    the second, ``neither``. ``first`` and ``second`` are the two rates.
    """

    n: int
    both: int
    first_only: int
    second_only: int
    neither: int
    first: float
    second: float
    difference: float
    low: float
    high: float

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (NaN written as None)."""
        return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in asdict(self).items()}


def paired_difference(pairs: Iterable[tuple[bool, bool]], confidence: float = 0.95) -> PairedDifference:
    """Newcombe's method-10 interval for ``P(second) - P(first)`` over ``(first, second)`` outcome pairs.

    With no pairs the rates and difference are NaN and the interval is (-1, 1).
    """
    a = b = c = d = 0
    for first, second in pairs:
        if first and second:
            a += 1
        elif first:
            b += 1
        elif second:
            c += 1
        else:
            d += 1
    n = a + b + c + d
    if n == 0:
        nan = float("nan")
        return PairedDifference(0, 0, 0, 0, 0, nan, nan, nan, -1.0, 1.0)
    p1, p2 = (a + b) / n, (a + c) / n
    l1, u1 = wilson_interval(a + b, n, confidence)
    l2, u2 = wilson_interval(a + c, n, confidence)
    denom = (a + b) * (c + d) * (a + c) * (b + d)
    # Newcombe's continuity-corrected phi: ad - bc shrunk by n/2 when positive (0 if it does not exceed n/2)
    cross = a * d - b * c
    corrected = cross - n / 2 if cross > n / 2 else (cross if cross < 0 else 0.0)
    phi = 0.0 if denom == 0 else corrected / math.sqrt(denom)
    # Newcombe's delta/epsilon for p1 - p2; the interval of p2 - p1 is its mirror image
    delta = math.sqrt(max(0.0, (p1 - l1) ** 2 - 2 * phi * (p1 - l1) * (u2 - p2) + (u2 - p2) ** 2))
    epsilon = math.sqrt(max(0.0, (u1 - p1) ** 2 - 2 * phi * (u1 - p1) * (p2 - l2) + (p2 - l2) ** 2))
    diff12 = p1 - p2
    low12, high12 = max(-1.0, diff12 - delta), min(1.0, diff12 + epsilon)
    return PairedDifference(n, a, b, c, d, p1, p2, -diff12, -high12, -low12)
