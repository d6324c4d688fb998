"""Reading items to moderate: JSON lines (messages or text), CSV with a ``text`` column, or stdin.

Every line is decoded on its own, so one line of invalid UTF-8 or malformed JSON is reported with its
line number and does not stop the rest.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from ..errors import InputError
from ..types import Conversation

InputFormat = Literal["auto", "jsonl", "csv"]
# a CSV field may be as long as the guard's max_chars allows, and then some; past this it is a bad row
CSV_FIELD_LIMIT = 16 * 1024 * 1024
_INVALID_UTF8 = re.compile("[\udc80-\udcff]")


@dataclass(frozen=True)
class Item:
    """One item to moderate, with the line it came from."""

    line: int
    id: str
    conversation: Conversation


@dataclass(frozen=True)
class BadLine:
    """A line that could not be read, and why."""

    line: int
    reason: str


def detect_format(path: str, fmt: InputFormat) -> Literal["jsonl", "csv"]:
    """The input format: as given, else by file extension (stdin and unknown extensions are JSON lines)."""
    if fmt != "auto":
        return fmt
    return "csv" if path.lower().endswith(".csv") else "jsonl"


def _open_binary(path: str) -> BinaryIO:
    if path == "-":
        return sys.stdin.buffer
    p = Path(path)
    if not p.is_file():
        raise InputError(f"input file {path} does not exist")
    return p.open("rb")


def _jsonl_item(line_no: int, raw: bytes) -> Item | BadLine | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return BadLine(line_no, f"invalid UTF-8 at byte {e.start}")
    if not text.strip():
        return None
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        return BadLine(line_no, f"malformed JSON: {e.msg} (column {e.colno})")
    except RecursionError:
        return BadLine(line_no, "JSON nested too deeply")
    if not isinstance(obj, dict):
        return BadLine(line_no, "expected a JSON object with 'messages' or 'text'")
    item_id = str(obj["id"]) if obj.get("id") is not None else str(line_no)
    try:
        if "messages" in obj:
            conv = Conversation.from_messages(obj["messages"], where="messages")
        elif "text" in obj:
            if not isinstance(obj["text"], str):
                return BadLine(line_no, "'text' must be a string")
            conv = Conversation.of(obj["text"])
        else:
            return BadLine(line_no, "object has neither 'messages' nor 'text'")
    except InputError as e:
        return BadLine(line_no, str(e))
    return Item(line_no, item_id, conv)


def read_items(path: str, fmt: InputFormat = "auto") -> Iterator[Item | BadLine]:
    """Items of ``path`` (or stdin for ``-``) in order; unreadable lines come as :class:`BadLine`."""
    kind = detect_format(path, fmt)
    f = _open_binary(path)
    try:
        if kind == "jsonl":
            for n, raw in enumerate(f, 1):
                item = _jsonl_item(n, raw)
                if item is not None:
                    yield item
        else:
            yield from _read_csv(f)
    finally:
        if f is not sys.stdin.buffer:
            f.close()


def _read_csv(f: BinaryIO) -> Iterator[Item | BadLine]:
    # invalid UTF-8 bytes become lone surrogates, so a bad row is reported and skipped, not the whole file
    text = io.TextIOWrapper(f, encoding="utf-8", errors="surrogateescape", newline="")
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        csv.field_size_limit(CSV_FIELD_LIMIT)
    try:
        reader = csv.reader(text)
        try:
            header = next(reader)
        except StopIteration:
            raise InputError("CSV input is empty: it needs a header row with a 'text' column") from None
        except csv.Error as e:
            raise InputError(f"malformed CSV header: {e}") from None
        if any(_INVALID_UTF8.search(h) for h in header):
            raise InputError("the CSV header is not valid UTF-8; re-save the file as UTF-8")
        if "text" not in header:
            raise InputError(f"CSV input needs a 'text' column; found columns: {', '.join(header) or 'none'}")
        col_text = header.index("text")
        col_id = header.index("id") if "id" in header else None
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                yield BadLine(reader.line_num, f"malformed CSV: {e}")
                continue
            line = reader.line_num
            if not row:
                continue
            if len(row) <= col_text:
                yield BadLine(line, "row has fewer columns than the header")
                continue
            bad = next((m for m in map(_INVALID_UTF8.search, row) if m), None)
            if bad is not None:
                yield BadLine(line, "invalid UTF-8 in this row")
                continue
            item_id = (row[col_id] if col_id is not None and col_id < len(row) else "") or str(line)
            yield Item(line, item_id, Conversation.of(row[col_text]))
    finally:
        text.detach()


def count_lines(path: str) -> int | None:
    """Number of lines of a file (for the progress bar), or ``None`` for stdin."""
    if path == "-":
        return None
    if not Path(path).is_file():
        raise InputError(f"input file {path} does not exist")
    with open(path, "rb") as f:
        return sum(1 for _ in f)
