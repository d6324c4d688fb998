"""Reading the benchmarks' files: CSV, JSON lines and JSON arrays, with errors that name the file and row.

Rows are numbered from 1 in the order they appear, not counting a CSV's header; CSV errors also give the
line the row starts on (a quoted field may span lines), so ``sst.csv row 7 (line 8)`` is the seventh test
case and the eighth line in an editor. JSON lines are numbered by line, JSON arrays by element.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._textfiles import json_object_lines, read_utf8
from ..errors import SuiteError
from ..taxonomy import Taxonomy
from ..types import Conversation, Sample
from ._protocol import Expect

_CSV_FIELD_LIMIT = 50_000_000  # HarmBench's contextual behaviours carry long context strings


@dataclass(frozen=True)
class Record:
    """One row or object of a data file, with where it came from (for error messages)."""

    where: str
    number: int
    data: dict[str, Any]

    def get(self, *keys: str) -> Any:
        """The value of the first of ``keys`` present in the record, or None."""
        for key in keys:
            if key in self.data:
                return self.data[key]
        return None

    def text(self, *keys: str, required: bool = True) -> str:
        """The string value of the first present key; SuiteError if required and missing or blank."""
        value = self.get(*keys)
        if value is None or (isinstance(value, str) and not value.strip()):
            if not required:
                return ""
            missing = not any(k in self.data for k in keys)
            what = "missing" if missing else "empty"
            raise SuiteError(f"{self.where}: {what} {keys[0]!r}" + ("" if missing else " (a blank value)"))
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str):
            raise SuiteError(f"{self.where}: {keys[0]!r} must be a string, got {type(value).__name__}")
        return value


def check_path(path: str | Path, *, folder_ok: bool = False) -> Path:
    """``path`` as a Path; SuiteError if it does not exist, or is a folder where a file is needed."""
    p = Path(path).expanduser()
    if not p.exists():
        raise SuiteError(f"{p}: no such file or folder")
    if p.is_dir() and not folder_ok:
        raise SuiteError(f"{p} is a folder; give the data file itself")
    return p


def read_text(path: Path) -> str:
    """The file's text, decoded as UTF-8 with or without a BOM; SuiteError if unreadable."""
    return read_utf8(path, SuiteError, label=path.name)


def read_csv(path: Path, required: Sequence[str | tuple[str, ...]] = ()) -> list[Record]:
    """The rows of a CSV file as records keyed by header; checks ``required`` columns (a tuple: any one of)."""
    text = read_text(path)
    if not text.strip():
        raise SuiteError(f"{path.name} is empty")
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [h.strip() for h in next(reader)]
    except csv.Error as e:
        raise SuiteError(f"{path.name} line 1: not a valid CSV header: {e}") from None
    check_columns(path.name, header, required)
    out: list[Record] = []
    start = reader.line_num + 1
    number = 0
    try:
        for row in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue  # blank line or a row of empty cells
            number += 1
            where = f"{path.name} row {number} (line {line})"
            if len(row) > len(header):
                raise SuiteError(
                    f"{where}: {len(row)} fields but the header has {len(header)}; is a comma in a field unquoted?"
                )
            row = row + [""] * (len(header) - len(row))  # a short row: its missing cells are empty
            out.append(Record(where, number, dict(zip(header, row, strict=True))))
    except csv.Error as e:
        raise SuiteError(f"{path.name} line {start}: malformed CSV: {e} (a quote left open?)") from None
    if not out:
        raise SuiteError(f"{path.name} has a header but no rows")
    return out


def check_columns(
    name: str, columns: Iterable[str], required: Sequence[str | tuple[str, ...]], noun: str = "column"
) -> None:
    """SuiteError naming the first required column (or group of alternatives) absent from ``columns``."""
    have = list(columns)
    for req in required:
        options = (req,) if isinstance(req, str) else req
        if not any(o in have for o in options):
            wanted = " or ".join(repr(o) for o in options)
            raise SuiteError(f"{name}: missing {noun} {wanted} ({noun}s are: {', '.join(have) or 'none'})")


def read_jsonl(path: Path, text: str | None = None) -> list[Record]:
    """The objects of a JSON-lines file, one per non-blank line."""
    text = read_text(path) if text is None else text
    if not text.strip():
        raise SuiteError(f"{path.name} is empty")
    out: list[Record] = []
    for i, obj in json_object_lines(text.splitlines(), lambda i: f"{path.name} line {i}", SuiteError):
        out.append(Record(f"{path.name} line {i}", len(out) + 1, obj))
    return out


def read_json(path: Path) -> list[Record]:
    """The objects of a JSON array file; a ``.json`` file in JSON-lines form (HF ``to_json``) works too."""
    text = read_text(path)
    if not text.strip():
        raise SuiteError(f"{path.name} is empty")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as first:
        if text.lstrip().startswith("{"):
            return read_jsonl(path, text)  # JSON lines saved with a .json name
        raise SuiteError(f"{path.name}: not valid JSON: {first.msg} (line {first.lineno})") from None
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise SuiteError(f"{path.name}: expected a JSON array of objects, got {type(data).__name__}")
    out: list[Record] = []
    for i, obj in enumerate(data, start=1):
        where = f"{path.name} record {i}"
        if not isinstance(obj, dict):
            raise SuiteError(f"{where}: expected a JSON object, got {type(obj).__name__}")
        out.append(Record(where, i, obj))
    if not out:
        raise SuiteError(f"{path.name} holds an empty array")
    return out


def read_arrow(path: Path) -> list[Record]:
    """The rows of an Arrow file (a Hugging Face ``datasets`` cache file, stream or file format); needs pyarrow."""
    try:
        import pyarrow as pa
    except ImportError:
        raise SuiteError(f"{path.name}: reading an .arrow file needs pyarrow (pip install pyarrow), or export the "
                         "dataset to CSV or JSON lines") from None
    try:
        with pa.memory_map(str(path)) as source:
            try:
                table = pa.ipc.open_stream(source).read_all()
            except pa.ArrowInvalid:
                table = pa.ipc.open_file(source).read_all()
    except (pa.ArrowInvalid, OSError) as e:
        raise SuiteError(f"{path.name}: not a readable Arrow file ({e})") from None
    return [Record(f"{path.name} row {i}", i, row) for i, row in enumerate(table.to_pylist(), start=1)]


def read_records(path: Path, required: Sequence[str | tuple[str, ...]] = ()) -> list[Record]:
    """Rows of a ``.csv``, ``.jsonl``, ``.json`` or ``.arrow`` file; ``required`` keys are checked in every
    record."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return read_csv(path, required)
    if suffix == ".jsonl":
        records = read_jsonl(path)
    elif suffix == ".json":
        records = read_json(path)
    elif suffix == ".arrow":
        records = read_arrow(path)
    else:
        raise SuiteError(f"{path.name}: unsupported file type {suffix or '(none)'}; expected .csv, .jsonl, .json "
                         "or .arrow")
    for rec in records:
        check_columns(rec.where, rec.data, required, noun="field")
    return records


class IdSet:
    """Sample ids seen so far; :meth:`add` raises on a duplicate, naming both places."""

    def __init__(self) -> None:
        self._seen: dict[str, str] = {}

    def add(self, sample_id: str, where: str) -> str:
        """Record ``sample_id`` found at ``where`` and return it."""
        first = self._seen.get(sample_id)
        if first is not None:
            raise SuiteError(f"{where}: duplicate sample id {sample_id!r} (first at {first})")
        self._seen[sample_id] = where
        return sample_id


def resolve_category(taxonomy: Taxonomy, value: str, where: str, column: str, allowed: Sequence[str]) -> str:
    """The id in ``taxonomy`` for a file's category string; SuiteError listing ``allowed`` if none."""
    cid = taxonomy.resolve(value)
    if cid is None:
        raise SuiteError(f"{where}: unknown {column} {value!r}; allowed values: {', '.join(allowed)}")
    return cid


def make_sample(
    sample_id: str,
    prompt: str | Conversation,
    *,
    suite: str,
    category: str | None,
    expect: Expect,
    reference: str | None = None,
    **metadata: Any,
) -> Sample:
    """A sample with the suite conventions in ``metadata``: suite, category, expect, then the file's fields."""
    conversation = prompt if isinstance(prompt, Conversation) else Conversation.of(prompt)
    meta: dict[str, Any] = {"suite": suite, "category": category, "expect": expect, **metadata}
    return Sample(id=sample_id, input=conversation, reference=reference, metadata=meta)
