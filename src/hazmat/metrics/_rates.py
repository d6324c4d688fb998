"""Rates with confidence intervals (Wilson, Clopper–Pearson) and three-state grouping.

An outcome is ``True`` (counted), ``False`` (not counted) or ``None`` (unassessed: no judgment could be
made). Unassessed items are reported in ``Rate.unassessed`` and left out of ``n``; they are never counted
as safe or unsafe. An outcome may also be a credit in ``[0, 1]`` (AIR-Bench scores a response 0, 0.5 or 1),
in which case ``successes`` is the sum of credits and the Wilson interval is the usual approximation.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from statistics import NormalDist
from typing import Any, Generic, TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


def _check(successes: float, n: int, confidence: float) -> None:
    if n < 0 or not 0 <= successes <= n:
        raise ValueError(f"need 0 <= successes <= n, got successes={successes}, n={n}")
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must lie strictly between 0 and 1, got {confidence}")


def wilson_interval(successes: float, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """The Wilson score interval for a proportion ``successes / n``; ``(0.0, 1.0)`` when ``n == 0``.

    ``center = (p + z²/2n) / (1 + z²/n)``, ``half = z / (1 + z²/n) · sqrt(p(1-p)/n + z²/4n²)``, with ``z`` the
    two-sided normal quantile of ``confidence``.
    """
    _check(successes, n, confidence)
    if n == 0:
        return 0.0, 1.0
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    p = successes / n
    denom = 1 + z * z / n
    center = (p + z * z / (2 * n)) / denom
    half = z / denom * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    low = 0.0 if successes == 0 else max(0.0, center - half)  # the formula gives 0 and 1 exactly there
    high = 1.0 if successes == n else min(1.0, center + half)
    return low, high


def _betainc(a: float, b: float, x: float) -> float:
    """Regularised incomplete beta ``I_x(a, b)`` by Lentz's continued fraction."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    if x > (a + 1) / (a + b + 2):
        return 1.0 - _betainc(b, a, 1.0 - x)
    log_front = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    frac = d
    for m in range(1, 100_000):
        for num in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                    -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
            d = 1.0 + num * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + num / c
            c = c if abs(c) > tiny else tiny
            frac *= c * d
        if abs(c * d - 1.0) < 1e-16:
            break
    return math.exp(log_front) * frac / a


def _beta_ppf(q: float, a: float, b: float) -> float:
    """The ``q`` quantile of Beta(a, b), by bisection on ``_betainc``."""
    lo, hi = 0.0, 1.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if mid in (lo, hi):
            break
        if _betainc(a, b, mid) < q:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def clopper_pearson_interval(successes: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """The exact (Clopper–Pearson) binomial interval, as ``scipy.stats.binomtest(k, n).proportion_ci()``.

    Uses scipy when it is installed and a pure-Python incomplete beta otherwise (they agree to ~1e-10).
    ``(0.0, 1.0)`` when ``n == 0``.
    """
    _check(successes, n, confidence)
    if n == 0:
        return 0.0, 1.0
    try:
        stats: Any = importlib.import_module("scipy.stats")
    except ImportError:
        alpha = 1 - confidence
        low = 0.0 if successes == 0 else _beta_ppf(alpha / 2, successes, n - successes + 1)
        high = 1.0 if successes == n else _beta_ppf(1 - alpha / 2, successes + 1, n - successes)
        return low, high
    ci = stats.binomtest(int(successes), int(n)).proportion_ci(confidence_level=confidence)
    return float(ci.low), float(ci.high)


@dataclass(frozen=True)
class Rate:
    """``successes`` out of ``n`` assessed items, with a Wilson interval; ``unassessed`` items are apart.

    ``value`` is ``nan`` when nothing was assessed (``to_dict`` writes it as ``None``).
    """

    successes: float
    n: int
    unassessed: int
    value: float
    low: float
    high: float

    @classmethod
    def of(cls, successes: float, n: int, unassessed: int = 0, confidence: float = 0.95) -> Rate:
        """The rate ``successes / n`` with its Wilson interval at ``confidence``."""
        if unassessed < 0:
            raise ValueError(f"unassessed must be >= 0, got {unassessed}")
        low, high = wilson_interval(successes, n, confidence)
        value = successes / n if n else math.nan
        return cls(successes=successes, n=n, unassessed=unassessed, value=value, low=low, high=high)

    def to_dict(self) -> dict[str, float | int | None]:
        """The rate as a JSON-ready dict (``value`` is ``None`` when ``n == 0``)."""
        return {
            "successes": self.successes, "n": self.n, "unassessed": self.unassessed,
            "value": None if math.isnan(self.value) else self.value, "low": self.low, "high": self.high,
        }


@dataclass(frozen=True)
class GroupedRates(Generic[K]):
    """Rates per group value and over all items (see :func:`rates_by`)."""

    overall: Rate
    groups: dict[K, Rate] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """``{"overall": ..., "groups": {str(group): ...}}``."""
        return {"overall": self.overall.to_dict(), "groups": {str(k): r.to_dict() for k, r in self.groups.items()}}


def rates_by(
    items: Iterable[T], key: Callable[[T], K], outcome: Callable[[T], bool | float | None], confidence: float = 0.95
) -> GroupedRates[K]:
    """Group ``outcome(item)`` by ``key(item)`` into :class:`Rate` s, per group and overall.

    ``True`` counts as a success, ``False`` not, a float in ``[0, 1]`` as that much credit, and ``None`` as
    unassessed (excluded from ``n``). Groups keep the order in which they are first seen.
    """
    tallies: dict[K, list[float]] = {}  # group -> [successes, n, unassessed]
    total = [0.0, 0.0, 0.0]
    for item in items:
        result = outcome(item)
        if result is not None and not 0 <= result <= 1:
            raise ValueError(f"an outcome must be True, False, None or a credit in [0, 1], got {result!r}")
        tally = tallies.setdefault(key(item), [0.0, 0.0, 0.0])
        for t in (tally, total):
            if result is None:
                t[2] += 1
            else:
                t[0] += float(result)
                t[1] += 1

    def make(t: list[float]) -> Rate:
        successes = int(t[0]) if t[0].is_integer() else t[0]
        return Rate.of(successes, int(t[1]), int(t[2]), confidence)

    return GroupedRates(overall=make(total), groups={k: make(t) for k, t in tallies.items()})
