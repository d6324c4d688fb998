"""Reading JSON-lines text: one object per non-blank line, with errors that name the line."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .errors import HazmatError


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
