"""Taking part of a suite: the first N samples, or a stratified random sample by category."""

from __future__ import annotations

import math
import random
from collections.abc import Hashable, Sequence
from typing import TypeVar

from ..errors import SuiteError
from ..types import Sample

T = TypeVar("T")


def limit(samples: Sequence[Sample], n: int | None) -> list[Sample]:
    """The first ``n`` samples (all of them when ``n`` is None)."""
    if n is None:
        return list(samples)
    if n < 0:
        raise SuiteError(f"limit must be 0 or more, got {n}")
    return list(samples[:n])


def allocate(sizes: dict[T, int], n: int) -> dict[T, int]:
    """How many to draw from each group so the ``n`` drawn are proportional to ``sizes``.

    Every group gets at least one while ``n`` allows (a group whose share is below one gets exactly one
    and the rest is shared again among the others); the shares are rounded by largest remainder, ties
    going to the group listed first. ``n`` must not exceed the total and must be at least the number of
    groups.
    """
    if not len(sizes) <= n <= sum(sizes.values()):
        raise SuiteError(f"cannot draw {n} from {len(sizes)} groups of {sum(sizes.values())} in all")
    alloc: dict[T, int] = {}
    free = dict(sizes)
    budget = n
    while free:
        total = sum(free.values())
        small = [g for g, size in free.items() if budget * size / total < 1]
        if not small:
            break
        for g in small:
            alloc[g] = 1
            del free[g]
        budget -= len(small)
    if free:
        total = sum(free.values())
        quotas = {g: budget * size / total for g, size in free.items()}
        for g, q in quotas.items():
            alloc[g] = math.floor(q)
        left = budget - sum(alloc[g] for g in free)
        order = list(free)
        ranked = sorted(order, key=lambda g: (-(quotas[g] - math.floor(quotas[g])), order.index(g)))
        for g in ranked[:left]:
            alloc[g] += 1
    return {g: alloc[g] for g in sizes}


def stratified_sample(samples: Sequence[Sample], n: int, seed: int = 0) -> list[Sample]:
    """``n`` samples drawn by ``metadata["category"]`` with proportional allocation, in file order.

    Each category gets at least one sample while ``n`` allows; when ``n`` is below the number of
    categories, ``n`` categories are picked at random and one sample drawn from each. The same
    ``samples``, ``n`` and ``seed`` always give the same result. ``n`` at or above the size returns all.
    """
    if n < 0:
        raise SuiteError(f"sample size must be 0 or more, got {n}")
    if n >= len(samples):
        return list(samples)
    groups: dict[Hashable, list[int]] = {}
    for i, s in enumerate(samples):
        groups.setdefault(s.metadata.get("category"), []).append(i)
    rng = random.Random(seed)
    keys = list(groups)
    if n < len(keys):
        counts = dict.fromkeys(rng.sample(keys, n), 1)
    else:
        counts = allocate({k: len(v) for k, v in groups.items()}, n)
    chosen: list[int] = []
    for key in keys:
        k = counts.get(key, 0)
        if k:
            chosen.extend(rng.sample(groups[key], k))
    return [samples[i] for i in sorted(chosen)]
