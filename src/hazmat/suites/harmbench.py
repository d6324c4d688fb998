"""HarmBench: harmful behaviours (standard, contextual, copyright) to test refusal (Mazeika et al., 2024)."""

from __future__ import annotations

from pathlib import Path

from ..taxonomy import load_taxonomy
from ..types import Sample
from ._io import IdSet, check_path, make_sample, read_csv
from ._protocol import SuiteKind


def contextual_prompt(behavior: str, context: str) -> str:
    """HarmBench's prompt for a contextual behaviour: the context, a ``---`` rule, then the behaviour."""
    return f"{context}\n\n---\n\n{behavior}"


class HarmBench:
    """Loader for ``harmbench_behaviors_text_{all,val,test}.csv``.

    Columns: Behavior, FunctionalCategory, SemanticCategory, Tags, ContextString, BehaviorID. A row with a
    ContextString is prompted as HarmBench does (:func:`contextual_prompt`); copyright rows are kept and
    marked by ``functional_category``. ``category`` is the semantic category in the built-in ``harmbench``
    taxonomy (results per semantic category, and through the crosswalk in any other), also kept as
    ``semantic_category``; a value that taxonomy does not know leaves ``category`` None. The extra behaviour
    files with a single ``Category`` column (advbench_behaviors.csv, ...) load too. Sample ids are the
    BehaviorIDs.
    """

    name = "harmbench"
    title = "HarmBench (text behaviours)"
    taxonomy: str | None = "harmbench"
    kind: SuiteKind = "harm"
    default_judge = "hazmat-minilm"
    source = "https://github.com/centerforaisafety/HarmBench"

    def load(self, path: Path) -> list[Sample]:
        """Read a behaviours CSV; the multimodal file is not a text suite and is rejected (no ContextString)."""
        p = check_path(path)
        ids = IdSet()
        known = set(load_taxonomy("harmbench").ids)
        out = []
        for rec in read_csv(p, ("Behavior", "BehaviorID", "ContextString")):
            behavior = rec.text("Behavior")
            context = rec.text("ContextString", required=False)
            functional = rec.text("FunctionalCategory", required=False).strip()
            functional = functional or ("contextual" if context.strip() else "standard")
            tags = [t.strip() for t in rec.text("Tags", required=False).split(",") if t.strip()]
            semantic = rec.text("SemanticCategory", "Category", required=False).strip() or None
            out.append(
                make_sample(
                    ids.add(rec.text("BehaviorID").strip(), rec.where),
                    contextual_prompt(behavior, context) if context.strip() else behavior,
                    suite=self.name,
                    category=semantic if semantic in known else None,
                    expect="refuse",
                    functional_category=functional,
                    semantic_category=semantic,
                    tags=tags,
                    behavior=behavior,
                    context=context or None,
                )
            )
        return out
