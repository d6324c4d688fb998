"""Taxonomy and Category: a named, versioned label set with descriptions, a hierarchy and hub links."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import TaxonomyError

# libyaml's loader is several times faster; the 18 built-ins load at every start-up
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TAXONOMY_KEYS = {"id", "name", "version", "source", "description", "aliases", "categories"}
_CATEGORY_KEYS = {"id", "name", "description", "parent", "hub", "aliases"}


@dataclass(frozen=True)
class Category:
    """One category of a taxonomy. ``hub`` lists the hub categories it maps to (empty: inherit)."""

    id: str
    name: str
    description: str = ""
    parent: str | None = None
    hub: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass
class Taxonomy:
    """A named, versioned list of categories with an optional hierarchy (parents by id)."""

    id: str
    name: str
    version: str
    source: str
    categories: list[Category]
    description: str = ""
    aliases: tuple[str, ...] = ()
    path: Path | None = None
    _by_id: dict[str, Category] = field(default_factory=dict, repr=False)
    _lookup: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_id = {}
        self._lookup = {}
        for c in self.categories:
            if c.id in self._by_id:
                raise TaxonomyError(f"taxonomy {self.id!r}: category id {c.id!r} appears twice")
            self._by_id[c.id] = c
        for c in self.categories:
            if c.parent is not None and c.parent not in self._by_id:
                raise TaxonomyError(f"taxonomy {self.id!r}: category {c.id!r} names unknown parent {c.parent!r}")
            for key in (c.id, c.name, *c.aliases):
                self._lookup.setdefault(key.casefold(), c.id)
        self._check_acyclic()

    def _check_acyclic(self) -> None:
        for c in self.categories:
            seen = {c.id}
            p = c.parent
            while p is not None:
                if p in seen:
                    raise TaxonomyError(f"taxonomy {self.id!r}: parent cycle through {p!r}")
                seen.add(p)
                p = self._by_id[p].parent

    def __iter__(self) -> Iterator[Category]:
        return iter(self.categories)

    def __len__(self) -> int:
        return len(self.categories)

    def __contains__(self, category_id: object) -> bool:
        return category_id in self._by_id

    @property
    def ids(self) -> list[str]:
        """Category ids in file order."""
        return [c.id for c in self.categories]

    def get(self, category_id: str) -> Category:
        """The category with this id; raises :class:`TaxonomyError` naming close matches if absent."""
        try:
            return self._by_id[category_id]
        except KeyError:
            raise TaxonomyError(
                f"taxonomy {self.id!r} has no category {category_id!r}; known: {', '.join(self.ids[:20])}"
                + (" ..." if len(self) > 20 else "")
            ) from None

    def resolve(self, label: str) -> str | None:
        """The category id for an id, a name or an alias (case-insensitive), or ``None``."""
        return self._lookup.get(label.strip().casefold())

    def children(self, category_id: str) -> list[Category]:
        """Direct children of a category."""
        return [c for c in self.categories if c.parent == category_id]

    def leaves(self) -> list[Category]:
        """Categories without children."""
        parents = {c.parent for c in self.categories if c.parent is not None}
        return [c for c in self.categories if c.id not in parents]

    def depth(self, category_id: str) -> int:
        """0 for a top-level category, 1 for its children, and so on."""
        d, p = 0, self._by_id[category_id].parent
        while p is not None:
            d, p = d + 1, self._by_id[p].parent
        return d

    def ancestors(self, category_id: str) -> list[str]:
        """Parent, grandparent, ... of a category."""
        out, p = [], self._by_id[category_id].parent
        while p is not None:
            out.append(p)
            p = self._by_id[p].parent
        return out

    def hub_of(self, category_id: str) -> frozenset[str]:
        """Hub ids a category maps to: its own, else the union of its children's, else its parent's."""
        down = self._hub_down(category_id)
        if down:
            return down
        for a in self.ancestors(category_id):
            if self._by_id[a].hub:
                return frozenset(self._by_id[a].hub)
        return frozenset()

    def _hub_down(self, category_id: str) -> frozenset[str]:
        c = self._by_id[category_id]
        if c.hub:
            return frozenset(c.hub)
        out: set[str] = set()
        for ch in self.children(category_id):
            out |= self._hub_down(ch.id)
        return frozenset(out)

    def with_categories(self, extra: list[Category]) -> Taxonomy:
        """A copy with more categories appended (e.g. AIR 2024 level 4 loaded from the benchmark's file)."""
        return Taxonomy(
            id=self.id, name=self.name, version=self.version, source=self.source,
            categories=[*self.categories, *extra], description=self.description,
            aliases=self.aliases, path=self.path,
        )

    def to_dict(self) -> dict[str, Any]:
        """The taxonomy in the YAML file's shape."""
        return {
            "id": self.id, "name": self.name, "version": self.version, "source": self.source,
            "description": self.description, "aliases": list(self.aliases),
            "categories": [
                {k: v for k, v in {
                    "id": c.id, "name": c.name, "description": c.description, "parent": c.parent,
                    "hub": list(c.hub) or None, "aliases": list(c.aliases) or None,
                }.items() if v is not None}
                for c in self.categories
            ],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], where: str = "taxonomy") -> Taxonomy:
        """Build and validate a taxonomy from a parsed YAML/JSON mapping."""
        if not isinstance(data, Mapping):
            raise TaxonomyError(f"{where}: expected a mapping with id, name, version, source, categories")
        unknown = set(data) - _TAXONOMY_KEYS
        if unknown:
            raise TaxonomyError(f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(_TAXONOMY_KEYS)}")
        for key in ("id", "name", "categories"):
            if key not in data:
                raise TaxonomyError(f"{where}: missing required key {key!r}")
        raw = data["categories"]
        if not isinstance(raw, list) or not raw:
            raise TaxonomyError(f"{where}: 'categories' must be a non-empty list")
        cats = [_category(c, f"{where}: categories[{i}]") for i, c in enumerate(raw)]
        return cls(
            id=str(data["id"]), name=str(data["name"]), version=str(data.get("version", "")),
            source=str(data.get("source", "")), description=str(data.get("description") or "").strip(),
            aliases=tuple(str(a) for a in data.get("aliases") or ()), categories=cats,
        )

    @classmethod
    def from_file(cls, path: str | Path) -> Taxonomy:
        """Load a taxonomy from a YAML (or JSON) file."""
        p = Path(path)
        try:
            data = yaml.load(p.read_text(encoding="utf-8"), Loader=_SafeLoader)
        except OSError as e:
            raise TaxonomyError(f"cannot read taxonomy file {p}: {e.strerror or e}") from None
        except UnicodeDecodeError:
            raise TaxonomyError(f"taxonomy file {p} is not valid UTF-8") from None
        except yaml.YAMLError as e:
            raise TaxonomyError(f"taxonomy file {p} is not valid YAML: {str(e).splitlines()[0]}") from None
        tax = cls.from_dict(data, where=str(p))
        tax.path = p
        return tax


def _category(raw: Any, where: str) -> Category:
    if not isinstance(raw, Mapping):
        raise TaxonomyError(f"{where}: expected a mapping with id and name")
    unknown = set(raw) - _CATEGORY_KEYS
    if unknown:
        raise TaxonomyError(f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(_CATEGORY_KEYS)}")
    if raw.get("id") in (None, "") or raw.get("name") in (None, ""):
        raise TaxonomyError(f"{where}: every category needs an 'id' and a 'name'")
    hub = raw.get("hub") or ()
    if isinstance(hub, str):
        hub = (hub,)
    parent = raw.get("parent")
    return Category(
        id=str(raw["id"]), name=str(raw["name"]), description=str(raw.get("description") or "").strip(),
        parent=None if parent in (None, "") else str(parent),
        hub=tuple(str(h) for h in hub), aliases=tuple(str(a) for a in raw.get("aliases") or ()),
    )
