"""Labelled items: what a guard is evaluated on, and the dataset taxonomies shipped with this room."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from ..errors import InputError
from ..taxonomy import Taxonomy, load_taxonomy
from ..types import Conversation

Task = Literal["prompt", "response", "refusal"]
TASKS: tuple[Task, ...] = ("prompt", "response", "refusal")

# taxonomies of public datasets that are not (yet) built-ins: data/*.yaml of this room, by id
DATASET_TAXONOMIES = ("beavertails", "pku-saferlhf", "wildguard", "harmbench")


@dataclass(frozen=True)
class LabelledItem:
    """One labelled conversation.

    ``task`` says what ``label`` means: ``prompt`` (the last user turn is harmful), ``response`` (the last
    assistant turn is harmful) or ``refusal`` (the last assistant turn refuses). ``label`` is 1, 0, or None
    when the file gives no usable label (such items are counted, never evaluated). ``labels`` are the
    category ids of ``taxonomy`` the item belongs to (empty when the format gives none). ``line`` is where
    the item came from (a line, CSV row, or JSON element number), ``meta`` any further columns kept.
    """

    id: str
    conversation: Conversation
    task: Task
    label: int | None
    labels: frozenset[str] = frozenset()
    taxonomy: str | None = None
    line: int = 0
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def text(self) -> str:
        """The text of the judged (last) message."""
        return self.conversation.last.text


@dataclass
class LabelledData:
    """The items of one file, the format they were read as, and what was left out and why."""

    path: str
    format: str
    items: list[LabelledItem]
    taxonomy: Taxonomy | None = None
    skipped: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        """A short dataset name: the file name without its extensions."""
        base = Path(self.path).name
        for ext in (".gz", ".jsonl", ".json", ".csv", ".parquet", ".ndjson"):
            base = base.removesuffix(ext)
        return base or self.path

    def tasks(self) -> list[Task]:
        """Tasks present, in the canonical order."""
        present = {it.task for it in self.items}
        return [t for t in TASKS if t in present]


@cache
def _dataset_taxonomy(name: str) -> Taxonomy:
    path = resources.files("hazmat.guardeval") / "data" / f"{name}.yaml"
    return load_taxonomy(Path(str(path)))


def resolve_taxonomy(name: str | Taxonomy) -> Taxonomy:
    """A built-in taxonomy, one of this room's dataset taxonomies (beavertails, pku-saferlhf, wildguard,
    harmbench), or a user's YAML file."""
    if isinstance(name, Taxonomy):
        return name
    key = name.strip().lower()
    if key in DATASET_TAXONOMIES:
        return _dataset_taxonomy(key)
    return load_taxonomy(name)


def check_task(task: str | None) -> Task | None:
    """``task`` checked against the three tasks (None passes)."""
    if task is None:
        return None
    if task not in TASKS:
        raise InputError(f"--task must be one of {', '.join(TASKS)}, got {task!r}")
    return task
