"""Crosswalk: translate verdicts between taxonomies through the hub, and report what is not covered."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

from ..types import Verdict
from ._model import Taxonomy
from ._registry import builtin_taxonomies, hub_taxonomy, load_taxonomy

Coverage = Literal["full", "partial", "none"]


@dataclass(frozen=True)
class CategoryLink:
    """How one target category is covered by the source taxonomy."""

    target: str
    target_name: str
    sources: tuple[str, ...]
    coverage: Coverage
    missing_hub: tuple[str, ...]
    groups: tuple[tuple[str, ...], ...] = ()


class Crosswalk:
    """Many-to-many mapping from taxonomy ``source`` to ``target`` through the hub.

    A target category is *covered* by every source category that shares a hub id with it. Its score is
    the highest score among those (a source category that may contain the target's harm counts as
    evidence of it). Target categories that share no hub id with any source category are *uncovered*:
    they are reported, never given a guessed score.

    A child whose hub set strictly extends its parent's (OpenAI's ``hate/threatening`` is ``hate`` plus
    ``threats``) is a refinement, i.e. a conjunction: it needs evidence for the parent's part *and* for
    the extra part, so its score is the minimum of the two and it is asserted only when both are.
    """

    def __init__(self, source: Taxonomy | str, target: Taxonomy | str) -> None:
        self.source = load_taxonomy(source)
        self.target = load_taxonomy(target)
        self.hub = hub_taxonomy()
        src_hub = {c.id: self._hub(self.source, c.id) for c in self.source}
        self.links: dict[str, CategoryLink] = {}
        if self.source.id == self.target.id:
            # a taxonomy mapped to itself is the identity: through the hub, categories that share a hub id
            # (siblings) would leak into each other
            for t in self.target:
                self.links[t.id] = CategoryLink(t.id, t.name, (t.id,), "full", (), ((t.id,),))
            return
        for t in self.target:
            th = self._hub(self.target, t.id)
            sources = tuple(s for s, sh in src_hub.items() if sh & th)
            covered = set().union(*(src_hub[s] for s in sources)) & th if sources else set()
            missing = tuple(sorted(th - covered))
            coverage: Coverage = "none" if not covered else "partial" if missing else "full"
            groups: tuple[tuple[str, ...], ...] = (sources,)
            parent_hub = self._hub(self.target, t.parent) if t.parent is not None else frozenset()
            if parent_hub and parent_hub < th:
                base = tuple(s for s in sources if src_hub[s] & parent_hub)
                extra = tuple(s for s in sources if src_hub[s] & (th - parent_hub))
                groups = tuple(g for g in (base, extra) if g)
            self.links[t.id] = CategoryLink(t.id, t.name, sources, coverage, missing, groups)

    def _hub(self, tax: Taxonomy, cid: str) -> frozenset[str]:
        if tax.id == self.hub.id:
            return frozenset({cid})
        return tax.hub_of(cid)

    @property
    def uncovered(self) -> list[str]:
        """Target categories the source taxonomy says nothing about."""
        return [t for t, link in self.links.items() if link.coverage == "none"]

    @property
    def partial(self) -> list[str]:
        """Target categories the source covers only in part."""
        return [t for t, link in self.links.items() if link.coverage == "partial"]

    def map_scores(self, scores: dict[str, float]) -> dict[str, float]:
        """Scores per target category from scores per source category (covered targets only)."""
        out: dict[str, float] = {}
        for t, link in self.links.items():
            per_group = [[scores[s] for s in g if s in scores] for g in link.groups]
            if per_group and all(per_group):
                out[t] = min(max(vals) for vals in per_group)
        return out

    def map_labels(self, labels: list[str]) -> list[str]:
        """Target categories implied by asserted source categories."""
        asserted = set(labels)
        return [t for t, link in self.links.items()
                if link.groups and all(asserted.intersection(g) for g in link.groups)]

    def map_verdict(self, verdict: Verdict) -> Verdict:
        """The same verdict expressed in the target taxonomy; uncovered targets listed in ``uncovered``."""
        if verdict.taxonomy != self.source.id:
            raise ValueError(f"verdict speaks {verdict.taxonomy!r}, crosswalk is from {self.source.id!r}")
        scored = set(verdict.scores) | set(verdict.categories)
        uncovered = [t for t, link in self.links.items() if not scored.intersection(link.sources)]
        return replace(
            verdict,
            taxonomy=self.target.id,
            scores=self.map_scores(verdict.scores),
            categories=self.map_labels(verdict.categories),
            uncovered=uncovered,
        )


@cache
def _builtin_crosswalk(source_id: str, target_id: str) -> Crosswalk:
    return Crosswalk(source_id, target_id)


def crosswalk(source: Taxonomy | str, target: Taxonomy | str) -> Crosswalk:
    """The crosswalk from ``source`` to ``target``; built once per pair of built-ins."""
    src, tgt = load_taxonomy(source), load_taxonomy(target)
    builtins = builtin_taxonomies()
    if builtins.get(src.id) is src and builtins.get(tgt.id) is tgt:
        return _builtin_crosswalk(src.id, tgt.id)
    return Crosswalk(src, tgt)


def translate(verdict: Verdict, target: Taxonomy | str) -> Verdict:
    """Express ``verdict`` in taxonomy ``target`` (a no-op if it already speaks it)."""
    tgt = load_taxonomy(target)
    if verdict.taxonomy == tgt.id:
        return verdict
    return crosswalk(verdict.taxonomy, tgt).map_verdict(verdict)
