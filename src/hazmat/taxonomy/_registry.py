"""Finding taxonomies by name: the built-ins shipped as YAML, or a user's file given by path."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from ..errors import TaxonomyError, UnknownTaxonomyError
from ._model import Taxonomy

HUB_ID = "hazmat"


@cache
def builtin_taxonomies() -> dict[str, Taxonomy]:
    """All built-in taxonomies by id, loaded once, each checked against the hub."""
    out: dict[str, Taxonomy] = {}
    data = resources.files("hazmat.taxonomy") / "data"
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".yaml", ".yml")):
            tax = Taxonomy.from_file(Path(str(entry)))
            if tax.id in out:
                raise TaxonomyError(f"two built-in taxonomies have the id {tax.id!r}")
            out[tax.id] = tax
    hub = out.get(HUB_ID)
    if hub is None:
        raise TaxonomyError("the hub taxonomy 'hazmat' is missing from the package data")
    for tax in out.values():
        check_hub_links(tax, hub)
    return out


def check_hub_links(tax: Taxonomy, hub: Taxonomy) -> None:
    """Raise if a category of ``tax`` names a hub id that does not exist."""
    if tax.id == hub.id:
        return
    for c in tax:
        bad = [h for h in c.hub if h not in hub]
        if bad:
            raise TaxonomyError(
                f"taxonomy {tax.id!r}, category {c.id!r}: unknown hub ids {bad}; see `hazmat taxonomy show hazmat`"
            )


@cache
def _aliases() -> dict[str, str]:
    # built once, like the built-ins it indexes: the service looks a taxonomy up for every request
    out: dict[str, str] = {}
    for tax in builtin_taxonomies().values():
        for name in (tax.id, *tax.aliases):
            out[name.casefold()] = tax.id
    return out


def hub_taxonomy() -> Taxonomy:
    """The hub taxonomy every built-in maps into."""
    return builtin_taxonomies()[HUB_ID]


def load_taxonomy(name_or_path: str | Path | Taxonomy) -> Taxonomy:
    """A built-in taxonomy by id or alias (case-insensitive), or a user's YAML file by path."""
    if isinstance(name_or_path, Taxonomy):
        return name_or_path
    key = str(name_or_path).strip()
    builtin = _aliases().get(key.casefold())
    if builtin is not None:
        return builtin_taxonomies()[builtin]
    path = Path(key).expanduser()
    if path.suffix.lower() in (".yaml", ".yml", ".json") or path.exists():
        if not path.is_file():
            raise UnknownTaxonomyError(f"taxonomy file {path} does not exist")
        tax = Taxonomy.from_file(path)
        check_hub_links(tax, hub_taxonomy())
        return tax
    known = ", ".join(sorted(builtin_taxonomies()))
    raise UnknownTaxonomyError(
        f"unknown taxonomy {key!r}: not a built-in ({known}) and not a YAML file path"
    )
