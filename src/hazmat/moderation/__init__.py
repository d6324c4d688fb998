"""Moderation: classify texts and files of conversations with a guard (``hazmat moderate``)."""

from ._inputs import BadLine, Item, read_items
from ._outputs import native_row, openai_result, openai_row
from ._runner import DEFAULT_GUARD, DEFAULT_TAXONOMY, ModerationSummary, load_guard, moderate, moderate_file

__all__ = [
    "DEFAULT_GUARD",
    "DEFAULT_TAXONOMY",
    "BadLine",
    "Item",
    "ModerationSummary",
    "load_guard",
    "moderate",
    "moderate_file",
    "native_row",
    "openai_result",
    "openai_row",
    "read_items",
]
