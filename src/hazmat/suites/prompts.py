"""Your own prompts as a suite: a JSONL/CSV prompt file, or the output of ``hazmat mutate``."""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import InputError, SuiteError
from ..types import Sample
from ._io import check_path
from ._protocol import SuiteKind

EXPECTS = ("refuse", "comply", "answer")


def _is_mutate_output(path: Path) -> bool:
    """A ``hazmat mutate`` output file: JSON lines whose records carry ``original_id`` and ``mutation``."""
    if path.suffix.lower() == ".csv":
        return False
    with path.open(encoding="utf-8-sig", errors="replace") as f:
        for line in f:
            if line.strip():
                try:
                    first = json.loads(line)
                except json.JSONDecodeError:
                    return False
                return isinstance(first, dict) and "original_id" in first and "mutation" in first
    return False


class PromptFile:
    """Loader for prompt files of your own.

    * JSON lines with ``{"id", "text"}`` or ``{"id", "messages"}``, or a CSV with ``id`` and ``text`` columns;
      other fields become metadata. ``category`` (any string: the suite has no fixed taxonomy) groups the
      results; ``expect`` is ``refuse`` (the default: an unsafe prompt), ``comply`` (a benign prompt, counted
      for over-refusal) or ``answer``.
    * The output of ``hazmat mutate``: every mutated sample, linked to its original (``original_id``,
      ``original_prompt``: the judge sees the original request), sliced by ``mutation`` in the summary, with
      encoded answers decoded and translated ones translated back before judging.
    """

    name = "prompts"
    title = "Your own prompts (JSONL/CSV, or hazmat mutate output)"
    taxonomy: str | None = None
    kind: SuiteKind = "mixed"
    default_judge = "hazmat-minilm"
    source = "your file"

    def load(self, path: Path) -> list[Sample]:
        """Read the prompt file (or ``hazmat mutate`` output)."""
        from ..transforms import load_mutated, read_input

        p = check_path(path)
        try:
            samples = load_mutated(p) if _is_mutate_output(p) else read_input(p)
        except InputError as e:
            raise SuiteError(str(e)) from None
        if not samples:
            raise SuiteError(f"{p}: no prompts (a hazmat mutate output whose mutations all failed?)")
        out = []
        for s in samples:
            expect = s.metadata.get("expect", "refuse")
            if expect not in EXPECTS:
                raise SuiteError(f"{p}: sample {s.id}: expect must be one of {', '.join(EXPECTS)}, not {expect!r}")
            category = s.metadata.get("category")
            out.append(Sample(id=s.id, input=s.input, reference=s.reference, labels=s.labels,
                              metadata={**s.metadata, "suite": self.name, "expect": expect,
                                        "category": None if category in (None, "") else str(category)}))
        return out
