"""The generated tests file: JSON lines appended as cells fill, read back to resume.

One row per test prompt: ``id``, ``prompt``, ``category``, ``style``, ``persuasion``, ``taxonomy``,
``generator`` (the model's name), ``attempt`` (which request of its cell produced it) and, with retrieval,
``passages`` (the ids of the passages shown to the generator). The ``astral`` suite reads these files.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import IO, Any

from .._jsonl import repair_torn_tail
from ..errors import InputError
from ._coverage import Cell

log = logging.getLogger(__name__)
REQUIRED = ("prompt", "category", "style", "persuasion")


def coverage_path(out: str | Path) -> Path:
    """Where the coverage report of ``out`` goes: ``<out>.coverage.json``."""
    p = Path(out)
    return p.with_name(p.name + ".coverage.json")


def row_cell(row: dict[str, Any]) -> Cell:
    """The cell a row belongs to."""
    return Cell(str(row["category"]), str(row["style"]), str(row["persuasion"]))


def read_rows(path: Path, taxonomy: str) -> list[dict[str, Any]]:
    """The rows already in ``path`` (none if it does not exist); InputError naming the line when one is bad
    or belongs to another taxonomy."""
    if not path.exists():
        return []
    if path.is_dir():
        raise InputError(f"--out {path} is a folder; give a .jsonl file")
    repair_torn_tail(path)
    rows = []
    with path.open(encoding="utf-8") as f:
        for i, line in enumerate(f, start=1):
            if not line.strip():
                continue
            where = f"{path.name} line {i}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"{where}: not valid JSON ({e.msg}); is --out another kind of file?") from None
            if not isinstance(row, dict) or any(not isinstance(row.get(k), str) for k in REQUIRED):
                raise InputError(f"{where}: not a generated test (needs string fields {', '.join(REQUIRED)})")
            if row.get("taxonomy", taxonomy) != taxonomy:
                raise InputError(f"{where}: holds tests of taxonomy {row['taxonomy']!r}, this run generates "
                                 f"{taxonomy!r}; write to another --out")
            rows.append(row)
    return rows


class RowWriter:
    """Appends rows to the output file, flushed and synced after each batch so a crash loses at most one."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._f: IO[str] = path.open("a", encoding="utf-8")

    def write(self, rows: list[dict[str, Any]]) -> None:
        """Append ``rows`` and push them to disk."""
        if not rows:
            return
        self._f.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
        self._f.flush()
        os.fsync(self._f.fileno())

    def close(self) -> None:
        """Close the file."""
        self._f.close()
