"""Safety taxonomies as data, and the crosswalk between them through the hazmat hub.

Built-ins live in ``data/*.yaml``; a user's taxonomy is a YAML file of the same shape, accepted wherever
a built-in name is.
"""

from ._air import air2024_with_level4
from ._crosswalk import CategoryLink, Crosswalk, crosswalk, translate
from ._model import Category, Taxonomy
from ._registry import HUB_ID, builtin_taxonomies, hub_taxonomy, load_taxonomy

__all__ = [
    "HUB_ID",
    "Category",
    "CategoryLink",
    "Crosswalk",
    "Taxonomy",
    "air2024_with_level4",
    "builtin_taxonomies",
    "crosswalk",
    "hub_taxonomy",
    "load_taxonomy",
    "translate",
]
