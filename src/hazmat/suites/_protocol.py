"""What a benchmark suite is: a loader for its official files, its taxonomy, its kind and default judge."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

from ..types import Sample

#: What a suite measures. ``harm``: every prompt is unsafe, the model should refuse (unsafe / fulfilment /
#: refusal rates). ``mixed``: unsafe prompts to refuse and benign look-alikes to answer (XSTest: harm and
#: over-refusal). ``mcq``: multiple-choice questions with one right letter (accuracy).
SuiteKind = Literal["harm", "mixed", "mcq"]

#: What the model is expected to do with a sample, stored in ``Sample.metadata["expect"]``.
Expect = Literal["refuse", "comply", "answer"]


@runtime_checkable
class Suite(Protocol):
    """A benchmark: how to read its official files into :class:`Sample` s, and how they are judged.

    Every sample a suite loads carries in ``metadata``: ``suite`` (the suite name), ``category`` (a
    category id of ``taxonomy``, or None where the file has none), ``expect`` (see :data:`Expect`), and
    the file's own fields that matter for slicing (persona, locale, prompt_style, hazard, ...).
    ``reference`` holds the right answer letter for multiple-choice suites.
    """

    name: str
    title: str
    taxonomy: str | None
    kind: SuiteKind
    default_judge: str
    source: str

    def load(self, path: Path) -> list[Sample]:
        """Read the suite's official file (or folder) at ``path``; raise SuiteError naming what is wrong."""
        ...


@dataclass(frozen=True)
class SuiteInfo:
    """A short description of a registered suite, for listings."""

    name: str
    title: str
    kind: SuiteKind
    taxonomy: str | None
    source: str
