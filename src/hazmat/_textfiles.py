"""Reading users' text files: UTF-8 text, and JSON lines with one object per non-blank line; every error is the
caller's error type and names the file (and line)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import HazmatError


def read_utf8(path: Path, error: type[HazmatError], label: str | None = None) -> str:
    """The file's text, decoded as UTF-8 with or without a BOM; ``error`` naming ``label`` (default: the path)
    when it is not UTF-8 or cannot be read."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        raise error(f"{label or path}: not valid UTF-8 (byte {e.start}); save the file as UTF-8") from None
    except OSError as e:
        raise error(f"cannot read {path}: {e.strerror or e}") from None


def json_object_lines(
    lines: Iterable[str | bytes],
    where: Callable[[int], str],
    error: type[HazmatError],
    expected: str = "a JSON object",
    invalid: str = "not valid JSON",
) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, object)`` for every non-blank line, numbered from 1.

    A line that is not JSON, or not a JSON object, raises ``error`` with ``where(line number)`` first:
    ``"<where>: <invalid>: <reason> (column <c>)"`` or ``"<where>: expected <expected>, got <type>"``; bytes
    that are not UTF-8 say so with the byte offset.
    """
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except UnicodeDecodeError as e:
            raise error(f"{where(n)}: invalid UTF-8 at byte {e.start}; re-save the file as UTF-8") from None
        except json.JSONDecodeError as e:
            raise error(f"{where(n)}: {invalid}: {e.msg} (column {e.colno})") from None
        if not isinstance(obj, dict):
            raise error(f"{where(n)}: expected {expected}, got {type(obj).__name__}")
        yield n, obj
