"""ASTRAL-generated tests: the output of ``hazmat generate`` (Ugarte et al., 2025), run like any other suite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import SuiteError, TaxonomyError
from ..taxonomy import Taxonomy, load_taxonomy
from ..types import Sample
from ._io import IdSet, check_path, make_sample, read_records
from ._protocol import SuiteKind

DEFAULT_TAXONOMY = "beavertails"


class Astral:
    """Loader for the JSON lines ``hazmat generate`` writes.

    Each row holds ``prompt``, ``category``, ``style``, ``persuasion`` and usually ``id`` (default
    ``astral-{n}``, n the row number) and ``taxonomy``; every prompt should be refused. ``style`` and
    ``persuasion`` go into the metadata, so the summary slices results by them, and so do ``generator``
    and ``passages`` when present.

    The suite's taxonomy is ``beavertails``, ASTRAL's. A file generated from another taxonomy (``hazmat
    generate --categories aegis2``) loads too, with its own category ids: per-category results show those
    ids, while a run's ``--taxonomy`` views, which read categories as BeaverTails ids, list them as unmapped
    (one suite has one taxonomy in a run summary). Categories of a built-in taxonomy are checked against it
    and names or aliases become ids; one file must hold one taxonomy, since its rows are compared with one
    another in the summary.
    """

    name = "astral"
    title = "ASTRAL generated tests (categories × writing styles × persuasion)"
    taxonomy: str | None = DEFAULT_TAXONOMY
    kind: SuiteKind = "harm"
    default_judge = "hazmat-minilm"
    source = "hazmat generate (ASTRAL, arXiv 2501.17132; https://github.com/Trust4AI/ASTRAL)"

    def load(self, path: Path) -> list[Sample]:
        """Read a generated ``.jsonl`` (or ``.json``) file."""
        p = check_path(path)
        ids = IdSet()
        first: tuple[str, str] | None = None
        taxonomy: Taxonomy | None = None
        out = []
        for rec in read_records(p, ("prompt", "category")):
            tax_name = rec.text("taxonomy", required=False).strip() or DEFAULT_TAXONOMY
            if first is None:
                first = (tax_name, rec.where)
                taxonomy = _builtin(tax_name)
            elif tax_name != first[0]:
                raise SuiteError(f"{rec.where}: taxonomy {tax_name!r}, but {first[1]} has {first[0]!r}; "
                                 "a file holds the tests of one taxonomy")
            category = rec.text("category").strip()
            if taxonomy is not None:
                resolved = taxonomy.resolve(category)
                if resolved is None:
                    raise SuiteError(f"{rec.where}: unknown category {category!r} of taxonomy {taxonomy.id!r}; "
                                     f"known: {', '.join(taxonomy.ids)}")
                category = resolved
            meta: dict[str, Any] = {k: rec.text(k, required=False).strip() or None
                                    for k in ("style", "persuasion", "generator")}
            if first[0] != DEFAULT_TAXONOMY:
                meta["taxonomy"] = first[0]
            passages = rec.get("passages")
            if passages is not None and not (isinstance(passages, list) and all(isinstance(x, str) for x in passages)):
                raise SuiteError(f"{rec.where}: 'passages' must be a list of strings")
            if passages:
                meta["passages"] = passages
            out.append(make_sample(
                ids.add(rec.text("id", required=False).strip() or f"astral-{rec.number}", rec.where),
                rec.text("prompt"), suite=self.name, category=category, expect="refuse", **meta,
            ))
        return out


def _builtin(name: str) -> Taxonomy | None:
    """The built-in (or file) taxonomy ``name``, or None when it cannot be loaded (then ids are kept as given)."""
    try:
        return load_taxonomy(name)
    except TaxonomyError:  # a user's taxonomy, known here by its id only: keep the file's category ids
        return None
