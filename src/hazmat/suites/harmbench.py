"""HarmBench: harmful behaviours (standard, contextual, copyright) to test refusal (Mazeika et al., 2024)."""

from __future__ import annotations

from pathlib import Path

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
    marked by ``functional_category``. HarmBench's semantic categories are no built-in taxonomy, so
    ``category`` is None and ``semantic_category`` is in the metadata. The extra behaviour files with a
    single ``Category`` column (advbench_behaviors.csv, ...) load too. Sample ids are the BehaviorIDs.
    """

    name = "harmbench"
    title = "HarmBench (text behaviours)"
    taxonomy: str | None = None
    kind: SuiteKind = "harm"
    default_judge = "hazmat-minilm"
    source = "https://github.com/centerforaisafety/HarmBench"

    def load(self, path: Path) -> list[Sample]:
        """Read a behaviours CSV; the multimodal file is not a text suite and is rejected (no ContextString)."""
        p = check_path(path)
        ids = IdSet()
        out = []
        for rec in read_csv(p, ("Behavior", "BehaviorID", "ContextString")):
            behavior = rec.text("Behavior")
            context = rec.text("ContextString", required=False)
            functional = rec.text("FunctionalCategory", required=False).strip()
            functional = functional or ("contextual" if context.strip() else "standard")
            tags = [t.strip() for t in rec.text("Tags", required=False).split(",") if t.strip()]
            out.append(
                make_sample(
                    ids.add(rec.text("BehaviorID").strip(), rec.where),
                    contextual_prompt(behavior, context) if context.strip() else behavior,
                    suite=self.name,
                    category=None,
                    expect="refuse",
                    functional_category=functional,
                    semantic_category=rec.text("SemanticCategory", "Category", required=False).strip() or None,
                    tags=tags,
                    behavior=behavior,
                    context=context or None,
                )
            )
        return out
