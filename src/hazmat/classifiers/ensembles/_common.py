"""Shared plumbing of the ensembles: member resolution, concurrent classification, label parsing."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from ...errors import InputError
from ...taxonomy import Taxonomy, translate
from ...types import Conversation, Verdict
from .._protocol import Classifier

Member = Classifier | str


def resolve(member: Member) -> Classifier:
    """A classifier as given, or the registered classifier of that name."""
    if isinstance(member, str):
        from .._registry import load_classifier

        return load_classifier(member)
    return member


def member_name(guard: Classifier) -> str:
    """The member's name (its ``name`` attribute, else its class name)."""
    return str(getattr(guard, "name", None) or type(guard).__name__)


def member_score(v: Verdict) -> float | None:
    """The member's unsafe probability; ``None`` when unassessed; 0/1 from ``flagged`` when no score."""
    if v.unassessed is not None or (v.flagged is None and v.unsafe_score is None):
        return None
    if v.unsafe_score is not None:
        return float(v.unsafe_score)
    return 1.0 if v.flagged else 0.0


async def gather_members(
    guards: Sequence[Classifier], conversations: Sequence[Conversation], taxonomy: Taxonomy
) -> list[list[Verdict]]:
    """Every member's verdicts (``[member][item]``) translated to ``taxonomy``; members run concurrently.

    A member that raises yields unassessed verdicts for the batch instead of failing the ensemble.
    """
    results = await asyncio.gather(*(g.aclassify(conversations) for g in guards), return_exceptions=True)
    out: list[list[Verdict]] = []
    for g, res in zip(guards, results, strict=True):
        name = member_name(g)
        if isinstance(res, BaseException):
            if not isinstance(res, Exception):
                raise res
            out.append([Verdict.unassessable(taxonomy.id, f"{name} failed: {res}", name) for _ in conversations])
            continue
        if len(res) != len(conversations):
            raise InputError(f"ensemble member {name} returned {len(res)} verdicts for {len(conversations)} items")
        out.append([v if v.unassessed is not None else translate(v, taxonomy) for v in res])
    return out


def parse_label(label: Any) -> int:
    """1 for unsafe, 0 for safe: accepts bools, 0/1 and the words safe/unsafe (also flagged/true/false)."""
    if isinstance(label, bool):
        return int(label)
    if isinstance(label, int | float) and label in (0, 1):
        return int(label)
    if isinstance(label, str):
        s = label.strip().lower()
        if s in ("unsafe", "1", "true", "flagged", "yes"):
            return 1
        if s in ("safe", "0", "false", "unflagged", "no"):
            return 0
    raise InputError(f"label must be safe or unsafe (or 0/1), got {label!r}")


def category_mean(verdicts: Sequence[Verdict], weights: Sequence[float] | None = None) -> dict[str, float]:
    """Per-category (weighted) mean over the members that report the category."""
    num: dict[str, float] = {}
    den: dict[str, float] = {}
    for i, v in enumerate(verdicts):
        w = 1.0 if weights is None else float(weights[i])
        for c, s in v.scores.items():
            num[c] = num.get(c, 0.0) + w * float(s)
            den[c] = den.get(c, 0.0) + w
    return {c: num[c] / den[c] for c in num if den[c] > 0}


def category_max(verdicts: Sequence[Verdict]) -> dict[str, float]:
    """Per-category max over the members that report the category."""
    out: dict[str, float] = {}
    for v in verdicts:
        for c, s in v.scores.items():
            out[c] = max(out.get(c, 0.0), float(s))
    return out


def fused_verdict(
    taxonomy: str, score: float, cats: dict[str, float], threshold: float, name: str, extra: dict[str, Any]
) -> Verdict:
    """A verdict from a fused score and fused category scores."""
    score = min(1.0, max(0.0, score))
    return Verdict(
        taxonomy=taxonomy, flagged=score >= threshold, unsafe_score=score, scores=cats,
        categories=sorted(c for c, s in cats.items() if s >= threshold), classifier=name, extra=extra,
    )


def describe_member(g: Classifier) -> dict[str, Any]:
    """A member's ``describe()``, or just its name when it has none."""
    d = getattr(g, "describe", None)
    return dict(d()) if callable(d) else {"id": member_name(g)}
