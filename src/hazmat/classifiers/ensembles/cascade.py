"""Cascade: a cheap guard settles the clear cases, an expensive guard only the uncertain band."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ...errors import InputError
from ...taxonomy import load_taxonomy
from ...types import Conversation, Verdict
from .._protocol import BaseClassifier
from ._common import Member, describe_member, gather_members, member_name, member_score, resolve


class CascadeEnsemble(BaseClassifier):
    """The cheap guard decides items scoring ``< low`` (safe) or ``>= high`` (unsafe); the rest escalate.

    Items the cheap guard leaves unassessed escalate too. ``budget`` caps escalations per call: a float in
    (0, 1) is a fraction of the call's items (rounded down), an int ≥ 1 a count. ``total_budget`` caps
    escalations over the ensemble's lifetime (running total). Uncertain items beyond a budget keep the cheap
    verdict with ``extra["cascade"]["over_budget"] = True``. Every verdict's ``extra["cascade"]`` says which
    guard ``decided``; :attr:`stats` counts items, escalations, over-budget items and expensive calls.
    If the expensive guard leaves an escalated item unassessed, the cheap verdict stands (``fallback``).
    """

    def __init__(self, cheap: Member, expensive: Member, low: float = 0.2, high: float = 0.8,
                 budget: float | int | None = None, total_budget: int | None = None,
                 taxonomy: str = "hazmat", name: str | None = None) -> None:
        if not 0.0 <= low <= high <= 1.0:
            raise InputError(f"cascade needs 0 <= low <= high <= 1, got low={low}, high={high}")
        if budget is not None and (budget < 0 or (isinstance(budget, float) and budget > 1)):
            raise InputError(f"cascade budget must be a fraction in [0, 1] or a count >= 0, got {budget}")
        self.cheap = resolve(cheap)
        self.expensive = resolve(expensive)
        self.low, self.high = float(low), float(high)
        self.budget = budget
        self.total_budget = total_budget
        self.taxonomy = load_taxonomy(taxonomy)
        self.name = name or f"cascade:{member_name(self.cheap)}>{member_name(self.expensive)}"
        self.stats: dict[str, int] = {"items": 0, "escalated": 0, "over_budget": 0, "expensive_calls": 0}

    def _call_cap(self, n: int) -> int:
        if self.budget is None:
            cap = n
        elif isinstance(self.budget, float) and self.budget <= 1.0:
            cap = math.floor(self.budget * n + 1e-9)
        else:
            cap = int(self.budget)
        if self.total_budget is not None:
            cap = min(cap, max(0, self.total_budget - self.stats["escalated"]))
        return cap

    def uncertain(self, v: Verdict) -> bool:
        """Whether the cheap verdict falls in the uncertain band (or is unassessed)."""
        s = member_score(v)
        return s is None or self.low <= s < self.high

    async def aclassify(self, conversations: Sequence[Conversation]) -> list[Verdict]:
        """Cheap guard on every item; expensive guard (one batch call) on the uncertain ones within budget."""
        cheap_name, exp_name = member_name(self.cheap), member_name(self.expensive)
        (cheap,) = await gather_members([self.cheap], conversations, self.taxonomy)
        band = [i for i, v in enumerate(cheap) if self.uncertain(v)]
        cap = self._call_cap(len(conversations))
        go, over = band[:cap], band[cap:]
        out = [self._mark(v, cheap_name, escalated=False) for v in cheap]
        for i in over:
            out[i] = self._mark(cheap[i], cheap_name, escalated=False, over_budget=True)
        if go:
            self.stats["expensive_calls"] += 1
            (exp,) = await gather_members([self.expensive], [conversations[i] for i in go], self.taxonomy)
            for i, v in zip(go, exp, strict=True):
                if v.unassessed is not None and cheap[i].unassessed is None:
                    out[i] = self._mark(cheap[i], cheap_name, escalated=True, fallback=v.unassessed)
                else:
                    out[i] = self._mark(v, exp_name, escalated=True, cheap_score=member_score(cheap[i]))
        self.stats["items"] += len(conversations)
        self.stats["escalated"] += len(go)
        self.stats["over_budget"] += len(over)
        return out

    def _mark(self, v: Verdict, decided: str, escalated: bool, **more: Any) -> Verdict:
        info: dict[str, Any] = {"decided": decided, "escalated": escalated, **more}
        return replace(v, extra={**v.extra, "cascade": info}, classifier=v.classifier or decided)

    def describe(self) -> dict[str, Any]:
        """Cascade settings, counters and both members' descriptions."""
        return {"id": self.name, "kind": "cascade", "low": self.low, "high": self.high, "budget": self.budget,
                "total_budget": self.total_budget, "taxonomy": self.taxonomy.id, "stats": dict(self.stats),
                "cheap": describe_member(self.cheap), "expensive": describe_member(self.expensive)}
