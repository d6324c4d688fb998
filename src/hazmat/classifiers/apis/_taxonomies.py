"""The taxonomies of the API guards (built-in YAML: ``perspective``, ``azure-content-safety``)."""

from __future__ import annotations

from ...taxonomy import Taxonomy, load_taxonomy


def api_taxonomy(name: str) -> Taxonomy:
    """``perspective`` or ``azure-content-safety`` (built-ins, so verdicts translate through the crosswalk)."""
    return load_taxonomy(name)
