"""AIR 2024 level 4: the 314 (312 in the released files) leaf risks, loaded from the benchmark's own files.

The built-in ``air2024`` taxonomy holds levels 1–3. Level 4 comes from the user's copy of either
``risk_mapping.json`` (the repository's nested L2 → L3 → items file) or any CSV / JSON lines file with
the dataset's ``cate-idx`` and ``l4-name`` columns (the prompts or the judge prompts).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import TaxonomyError
from ._model import Category, Taxonomy
from ._registry import load_taxonomy


def _from_risk_mapping(data: dict[str, Any]) -> Iterable[tuple[str, str]]:
    for l2 in data.values():
        for l3 in (l2.get("subcategories") or {}).values():
            for item in l3.get("items") or []:
                yield str(item["idx"]), str(item["name"])


def _from_rows(rows: Iterable[dict[str, Any]]) -> Iterable[tuple[str, str]]:
    for row in rows:
        idx, name = row.get("cate-idx"), row.get("l4-name")
        if idx and name:
            yield str(idx), str(name)


def _read_pairs(path: Path) -> list[tuple[str, str]]:
    try:
        if path.suffix == ".csv":
            with path.open(newline="", encoding="utf-8") as f:
                return list(_from_rows(csv.DictReader(f)))
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise TaxonomyError(f"cannot read AIR 2024 file {path}: {e}") from None
    if path.suffix == ".jsonl":
        return list(_from_rows(json.loads(line) for line in text.splitlines() if line.strip()))
    data = json.loads(text)
    if isinstance(data, dict):
        return list(_from_risk_mapping(data))
    if isinstance(data, list):
        return list(_from_rows(data))
    raise TaxonomyError(f"{path}: expected risk_mapping.json or rows with 'cate-idx' and 'l4-name'")


def _l3_parent(l3_ids: list[str], idx: str) -> str | None:
    parts = idx.split(".")
    if len(parts) < 3:
        return None
    l2, l3 = parts[0], parts[1]
    exact = f"{l2}.{l3}"
    if exact in l3_ids:
        return exact
    for cid in l3_ids:  # merged L3 pairs such as "14.39-40"
        head, _, rest = cid.partition(".")
        if head == l2 and "-" in rest:
            lo, hi = rest.split("-", 1)
            # the released files number these leaves "14.3940.N": the two L3 numbers run together
            if lo.isdigit() and hi.isdigit() and (l3 == lo + hi or int(lo) <= int(l3) <= int(hi)):
                return cid
    return None


def air2024_with_level4(path: str | Path) -> Taxonomy:
    """The ``air2024`` taxonomy extended with its level-4 risks read from the benchmark's own file."""
    base = load_taxonomy("air2024")
    pairs = _read_pairs(Path(path))
    if not pairs:
        raise TaxonomyError(f"{path}: no level-4 rows found (need 'cate-idx' and 'l4-name')")
    l3_ids = [c.id for c in base if base.depth(c.id) == 2]
    extra: dict[str, Category] = {}
    for idx, name in pairs:
        if idx in base or idx in extra:
            continue
        parent = _l3_parent(l3_ids, idx)
        if parent is None:
            raise TaxonomyError(f"{path}: level-4 index {idx!r} has no level-3 parent in air2024")
        extra[idx] = Category(id=idx, name=name, parent=parent)
    return base.with_categories(list(extra.values()))
