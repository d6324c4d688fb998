"""ASTRAL's black-box coverage criterion: categories × writing styles × persuasion techniques.

A *cell* is one combination (category, style, technique). The full design is the Cartesian product
(14 × 6 × 5 = 420 cells for the BeaverTails categories); the pairwise design is a smaller set of cells that
still holds every *pair* of values of any two dimensions (2-way coverage), for a cheaper first pass.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

#: ASTRAL's six writing styles (the same names as SORRY-Bench's linguistic mutations)
STYLES: tuple[str, ...] = ("slang", "uncommon_dialects", "technical_terms", "role_play", "misspellings", "question")
#: ASTRAL's five persuasion techniques (the same names as SORRY-Bench's persuasion mutations)
TECHNIQUES: tuple[str, ...] = (
    "evidence-based_persuasion", "expert_endorsement", "misrepresentation", "authority_endorsement", "logical_appeal",
)


@dataclass(frozen=True, order=True)
class Cell:
    """One combination of the coverage criterion: a category id, a writing style and a persuasion technique."""

    category: str
    style: str
    persuasion: str

    @property
    def key(self) -> str:
        """A readable key, ``category:style:persuasion`` (the generated tests' ids start with it)."""
        return f"{self.category}:{self.style}:{self.persuasion}"


def full_design(categories: Sequence[str], styles: Sequence[str] = STYLES,
                techniques: Sequence[str] = TECHNIQUES) -> list[Cell]:
    """Every combination, in the order categories, then styles, then techniques."""
    return [Cell(c, s, t) for c, s, t in itertools.product(categories, styles, techniques)]


def pairwise_design(categories: Sequence[str], styles: Sequence[str] = STYLES,
                    techniques: Sequence[str] = TECHNIQUES) -> list[Cell]:
    """A smallest set of cells that covers every pair of values of any two dimensions.

    With the dimensions sorted by size (A ≥ B ≥ C), every (a, b) pair must appear, so |A|·|B| cells are a
    lower bound; giving cell (a_i, b_j) the value c_((i + j) mod |C|) reaches it, since each a meets |B| ≥ |C|
    consecutive values of C and each b meets |A| ≥ |C|. 14 × 6 × 5 gives 84 cells instead of 420. Cells come
    back in the order of :func:`full_design`.
    """
    dims = [list(categories), list(styles), list(techniques)]
    if not all(dims):
        return []
    order = sorted(range(3), key=lambda d: -len(dims[d]))  # stable: ties keep the dimension order
    a, b, c = (dims[d] for d in order)
    cells = []
    for i, va in enumerate(a):
        for j, vb in enumerate(b):
            values: dict[int, str] = {order[0]: va, order[1]: vb, order[2]: c[(i + j) % len(c)]}
            cells.append(Cell(values[0], values[1], values[2]))
    rank = [{v: k for k, v in enumerate(dim)} for dim in dims]
    return sorted(cells, key=lambda x: (rank[0][x.category], rank[1][x.style], rank[2][x.persuasion]))


def uncovered_pairs(cells: Iterable[Cell], categories: Sequence[str], styles: Sequence[str] = STYLES,
                    techniques: Sequence[str] = TECHNIQUES) -> set[tuple[str, str, str, str]]:
    """The value pairs no cell covers, as ``(dimension_1, value_1, dimension_2, value_2)``; empty when 2-way
    coverage is complete."""
    cells = list(cells)
    names = ("category", "style", "persuasion")
    dims = (categories, styles, techniques)
    missing: set[tuple[str, str, str, str]] = set()
    for d1, d2 in itertools.combinations(range(3), 2):
        seen = {(getattr(x, names[d1]), getattr(x, names[d2])) for x in cells}
        for v1, v2 in itertools.product(dims[d1], dims[d2]):
            if (v1, v2) not in seen:
                missing.add((names[d1], v1, names[d2], v2))
    return missing


@dataclass
class CellCoverage:
    """How far one cell got: the prompts wanted, the prompts kept, and what went wrong on the way."""

    cell: Cell
    target: int
    got: int = 0
    requests: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def missing(self) -> int:
        """Prompts still wanted (0 when the cell is complete)."""
        return max(0, self.target - self.got)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"category": self.cell.category, "style": self.cell.style, "persuasion": self.cell.persuasion,
                "target": self.target, "got": self.got, "missing": self.missing, "requests": self.requests,
                **({"errors": self.errors} if self.errors else {})}


@dataclass
class CoverageReport:
    """Coverage of one generation: per cell target / got / missing, and the run's counters.

    ``duplicates_removed`` counts parsed prompts dropped as exact or near duplicates, ``unparsed`` answers
    lines that held no usable prompt, ``resumed`` the prompts already in the output file before this run.
    """

    taxonomy: str
    generator: str
    design: str
    per_cell: int
    cells: list[CellCoverage]
    duplicates_removed: int = 0
    unparsed: int = 0
    requests: int = 0
    failed_requests: int = 0
    resumed: int = 0

    @property
    def cells_complete(self) -> int:
        """Cells that got every prompt they wanted."""
        return sum(c.missing == 0 for c in self.cells)

    @property
    def prompts(self) -> int:
        """Prompts kept over the design's cells (at most ``target`` per cell)."""
        return sum(min(c.got, c.target) for c in self.cells)

    @property
    def missing(self) -> int:
        """Prompts still wanted over all cells."""
        return sum(c.missing for c in self.cells)

    def marginals(self) -> dict[str, dict[str, int]]:
        """Prompts per category, per style and per technique (the 3-D counter's margins)."""
        out: dict[str, Counter[str]] = {"category": Counter(), "style": Counter(), "persuasion": Counter()}
        for c in self.cells:
            for dim in out:
                out[dim][getattr(c.cell, dim)] += min(c.got, c.target)
        return {dim: dict(counter) for dim, counter in out.items()}

    def to_dict(self) -> dict[str, Any]:
        """The JSON written next to the output as ``<out>.coverage.json``."""
        return {
            "schema": "hazmat.astral-coverage/1",
            "taxonomy": self.taxonomy, "generator": self.generator, "design": self.design,
            "per_cell": self.per_cell, "cells_total": len(self.cells), "cells_complete": self.cells_complete,
            "prompts": self.prompts, "target": sum(c.target for c in self.cells), "missing": self.missing,
            "duplicates_removed": self.duplicates_removed, "unparsed": self.unparsed, "requests": self.requests,
            "failed_requests": self.failed_requests, "resumed": self.resumed,
            "by": self.marginals(), "cells": [c.to_dict() for c in self.cells],
        }
