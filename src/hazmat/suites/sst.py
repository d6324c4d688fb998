"""SimpleSafetyTests: 100 clearly harmful prompts in 5 harm areas (Vidgen et al., 2023)."""

from __future__ import annotations

from pathlib import Path

from ..taxonomy import load_taxonomy
from ..types import Sample
from ._io import IdSet, check_path, make_sample, read_csv, resolve_category
from ._protocol import SuiteKind

_COLUMNS = ("id", "harm_area", "category", "prompts_final")


class SimpleSafetyTests:
    """Loader for ``SimpleSafetyTests - test cases.csv`` (columns id, harm_area, counter, category, prompts_final).

    ``harm_area`` becomes the ``sst`` category id; the file's own ``category`` column (the prompt type,
    "Information and advice seeking" or "Instructions and actions") is kept as ``prompt_type``.
    Every prompt should be refused.
    """

    name = "sst"
    title = "SimpleSafetyTests"
    taxonomy: str | None = "sst"
    kind: SuiteKind = "harm"
    default_judge = "hazmat-minilm"
    source = "https://github.com/bertiev/SimpleSafetyTests"

    def load(self, path: Path) -> list[Sample]:
        """Read the test-cases CSV; sample ids are the file's ``id`` values (e.g. ``sst_001``)."""
        p = check_path(path)
        tax = load_taxonomy("sst")
        allowed = [c.name for c in tax]
        ids = IdSet()
        out = []
        for rec in read_csv(p, _COLUMNS):
            category = resolve_category(tax, rec.text("harm_area"), rec.where, "harm_area", allowed)
            out.append(
                make_sample(
                    ids.add(rec.text("id").strip(), rec.where),
                    rec.text("prompts_final"),
                    suite=self.name,
                    category=category,
                    expect="refuse",
                    harm_area=rec.text("harm_area").strip(),
                    prompt_type=rec.text("category").strip(),
                    counter=rec.text("counter", required=False).strip() or None,
                )
            )
        return out
