"""AdvBench harmful behaviours: 520 goals with the affirmative targets of the GCG attack (Zou et al., 2023)."""

from __future__ import annotations

from pathlib import Path

from ..types import Sample
from ._io import IdSet, check_path, make_sample, read_csv
from ._protocol import SuiteKind


class AdvBench:
    """Loader for ``harmful_behaviors.csv`` (columns goal, target).

    The ``goal`` is the prompt and the attack's ``target`` string stays in the metadata. AdvBench has no
    categories. Sample ids are ``advbench-{n}``, n the row number from 1; every prompt should be refused.
    """

    name = "advbench"
    title = "AdvBench (harmful behaviours)"
    taxonomy: str | None = None
    kind: SuiteKind = "harm"
    default_judge = "hazmat-minilm"
    source = "https://github.com/llm-attacks/llm-attacks (data/advbench/harmful_behaviors.csv)"

    def load(self, path: Path) -> list[Sample]:
        """Read the behaviours CSV."""
        p = check_path(path)
        ids = IdSet()
        return [
            make_sample(
                ids.add(f"advbench-{rec.number}", rec.where),
                rec.text("goal"),
                suite=self.name,
                category=None,
                expect="refuse",
                target=rec.text("target", required=False) or None,
            )
            for rec in read_csv(p, ("goal",))
        ]
