"""Reading rows from data files: JSON lines, JSON, CSV (each optionally gzipped), Parquet (with pyarrow).

Every row keeps where it came from (``file:line`` for JSON lines and CSV, ``file: element N`` for JSON), so
a format error names the file and the line. A malformed file is an :class:`InputError`, never skipped.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._textfiles import json_object_lines
from ..errors import InputError


@dataclass(frozen=True)
class Row:
    """One record of a data file and where it is."""

    line: int
    where: str
    data: dict[str, Any]


def _raw_bytes(path: Path) -> bytes:
    if not path.is_file():
        raise InputError(f"data file {path} does not exist")
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}") from None
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as e:
            raise InputError(f"{path}: not a valid gzip file ({e})") from None
    return raw


def _stem(path: Path) -> str:
    name = path.name.lower()
    return name.removesuffix(".gz")


def read_rows(path: str | Path) -> list[Row]:
    """All records of ``path``, by its extension: .csv, .json, .parquet, else JSON lines (.jsonl, .ndjson)."""
    p = Path(path)
    stem = _stem(p)
    if stem.endswith(".parquet"):
        return _read_parquet(p)
    raw = _raw_bytes(p)
    if stem.endswith(".csv"):
        return list(_read_csv(p, raw))
    if stem.endswith(".json"):
        rows = _read_json(p, raw)
        if rows is not None:
            return rows
    return list(_read_jsonl(p, raw))


def _read_jsonl(path: Path, raw: bytes) -> Iterator[Row]:
    # the same wording as `hazmat moderate`'s bad-line reports
    for n, obj in json_object_lines(raw.split(b"\n"), lambda n: f"{path}:{n}", InputError, invalid="malformed JSON"):
        yield Row(n, f"{path}:{n}", obj)


def _read_json(path: Path, raw: bytes) -> list[Row] | None:
    """Rows of a JSON document: a list of objects, ``{"data": [...]}``, or ``{key: [objects]}`` (HarmBench's
    classifier validation sets, keyed by behaviour id). ``None`` when the file is JSON lines after all."""
    try:
        doc = json.loads(raw)
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: invalid UTF-8 at byte {e.start}; re-save the file as UTF-8") from None
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":  # one object per line, named .json
            return None
        raise InputError(f"{path}:{e.lineno}: malformed JSON: {e.msg} (column {e.colno})") from None
    if isinstance(doc, dict) and isinstance(doc.get("data"), list):
        doc = doc["data"]
    rows: list[Row] = []
    if isinstance(doc, list):
        for i, obj in enumerate(doc, 1):
            if not isinstance(obj, dict):
                raise InputError(f"{path}: element {i}: expected a JSON object, got {type(obj).__name__}")
            rows.append(Row(i, f"{path}: element {i}", obj))
        return rows
    if isinstance(doc, dict) and doc and all(isinstance(v, list) for v in doc.values()):
        i = 0
        for key, group in doc.items():
            for obj in group:
                i += 1
                if not isinstance(obj, dict):
                    raise InputError(f"{path}: {key!r} element {i}: expected a JSON object")
                rows.append(Row(i, f"{path}: {key!r} element {i}", {"_key": key, **obj}))
        return rows
    if isinstance(doc, dict):  # a single object: one row
        return [Row(1, f"{path}: element 1", doc)]
    raise InputError(f"{path}: expected a JSON list of objects, got {type(doc).__name__}")


def _read_csv(path: Path, raw: bytes) -> Iterator[Row]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: invalid UTF-8 at byte {e.start}; re-save the file as UTF-8") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        fields = reader.fieldnames or []
        if not fields:
            raise InputError(f"{path}: empty CSV file (no header row)")
        for row in reader:
            line = reader.line_num
            if None in row:
                raise InputError(f"{path}:{line}: row has more columns than the header ({len(fields)})")
            if any(v is None for v in row.values()):
                raise InputError(f"{path}:{line}: row has fewer columns than the header ({len(fields)})")
            yield Row(line, f"{path}:{line}", dict(row))
    except csv.Error as e:
        raise InputError(f"{path}:{reader.line_num}: malformed CSV: {e}") from None


def _read_parquet(path: Path) -> list[Row]:
    if not path.is_file():
        raise InputError(f"data file {path} does not exist")
    try:
        import pyarrow.parquet as pq  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        raise InputError(
            f"{path}: reading Parquet needs pyarrow (pip install pyarrow), or convert the file to JSON lines"
        ) from None
    try:
        records = pq.read_table(path).to_pylist()
    except Exception as e:  # pyarrow raises its own error types
        raise InputError(f"{path}: not a readable Parquet file ({e})") from None
    return [Row(i, f"{path}: row {i}", dict(r)) for i, r in enumerate(records, 1)]
