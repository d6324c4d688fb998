"""``moderate``: classify texts or files of conversations with a guard, resumably, batch by batch."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

from tqdm import tqdm

from .._jsonl import repair_torn_tail
from ..classifiers import Classifier, load_classifier
from ..errors import InputError
from ..taxonomy import Taxonomy, load_taxonomy
from ..types import Conversation, Verdict
from ._inputs import BadLine, InputFormat, Item, count_lines, read_items
from ._outputs import native_row, openai_row

OutputFormat = Literal["native", "openai"]
DEFAULT_GUARD = "hazmat-minilm"
DEFAULT_TAXONOMY = "hazmat"


def load_guard(name: str = DEFAULT_GUARD, taxonomy: str | Taxonomy = DEFAULT_TAXONOMY, **options: Any) -> Classifier:
    """Load a guard by registered name, speaking ``taxonomy`` (the hub ``hazmat`` by default)."""
    return load_classifier(name, taxonomy=taxonomy, **options)


_guards: dict[tuple[str, str], Classifier] = {}


def moderate(
    text: str | Conversation | list[dict[str, Any]],
    guard: str | Classifier = DEFAULT_GUARD,
    taxonomy: str | Taxonomy = DEFAULT_TAXONOMY,
) -> Verdict:
    """Classify one text (a user prompt), conversation, or list of OpenAI-format messages."""
    if isinstance(text, str):
        conv = Conversation.of(text)
    elif isinstance(text, Conversation):
        conv = text
    else:
        conv = Conversation.from_messages(text)
    if isinstance(guard, str):
        tax = load_taxonomy(taxonomy)
        key = (guard, tax.id if tax.path is None else str(tax.path))
        if key not in _guards:
            _guards[key] = load_guard(guard, taxonomy=tax)
        guard = _guards[key]
    return guard.classify([conv])[0]


@dataclass
class ModerationSummary:
    """What a file run did: counts, flagged per category, bad lines."""

    processed: int = 0
    skipped_resume: int = 0
    flagged: int = 0
    unassessed: int = 0
    refusals: int = 0
    responses: int = 0
    duplicate_ids: int = 0
    bad_lines: list[BadLine] = field(default_factory=list)
    by_category: Counter[str] = field(default_factory=Counter)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary."""
        return {
            "processed": self.processed, "skipped_resume": self.skipped_resume, "flagged": self.flagged,
            "unassessed": self.unassessed, "responses": self.responses, "refusals": self.refusals,
            "bad_lines": len(self.bad_lines), "duplicate_ids": self.duplicate_ids,
            "flagged_by_category": dict(self.by_category.most_common()),
        }


@dataclass
class _Done:
    """What an earlier run wrote: (line, id) of each row, and the ids of rows written without a line."""

    keys: set[tuple[int, str]] = field(default_factory=set)
    legacy_ids: set[str] = field(default_factory=set)

    def __contains__(self, item: Item) -> bool:
        return (item.line, item.id) in self.keys or item.id in self.legacy_ids


def _done_rows(path: Path) -> _Done:
    """The rows already in ``path``; a torn last line (a crash mid-write) is repaired first."""
    done = _Done()
    if not path.is_file():
        return done
    repair_torn_tail(path)
    for line in path.read_bytes().splitlines():
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
            continue
        if isinstance(obj, dict) and "id" in obj:
            line_no = obj.get("line")
            if isinstance(line_no, int):
                done.keys.add((line_no, str(obj["id"])))
            else:
                done.legacy_ids.add(str(obj["id"]))
    return done


class _Output:
    """The output stream, opened on the first write so that a run that fails before its first row leaves an
    existing file as it was. OS errors (a directory, no permission, a full disk) become one-line errors."""

    def __init__(self, path: str | None, append: bool) -> None:
        self.path = None if path in (None, "-") else Path(path)
        self.append = append
        self._file: IO[str] | None = None

    def _open(self) -> IO[str]:
        if self._file is None:
            if self.path is None:
                self._file = sys.stdout
            else:
                try:
                    self._file = self.path.open("a" if self.append else "w", encoding="utf-8")
                except OSError as e:
                    raise InputError(_os_reason(self.path, e)) from None
        return self._file

    def write_lines(self, lines: list[str]) -> None:
        """Append lines, flushed and (for a file) fsynced."""
        f = self._open()
        try:
            f.write("\n".join(lines) + "\n")
            f.flush()
            if f is not sys.stdout:
                os.fsync(f.fileno())
        except OSError as e:
            if f is sys.stdout:
                raise
            raise InputError(_os_reason(self.path or Path("-"), e)) from None

    def finish(self) -> None:
        """Create the output if nothing was written (an empty input still gives an empty file)."""
        self._open()

    def close(self) -> None:
        """Close the file (never stdout)."""
        if self._file is not None and self._file is not sys.stdout:
            with contextlib.suppress(OSError):
                self._file.close()


def _os_reason(path: Path, e: OSError) -> str:
    if isinstance(e, IsADirectoryError) or path.is_dir():
        return f"--output {path} is a directory; give a file name"
    if isinstance(e, PermissionError):
        return f"cannot write --output {path}: permission denied"
    if e.errno == errno.ENOSPC:
        return f"cannot write --output {path}: no space left on the device (rows written so far are kept)"
    return f"cannot write --output {path}: {e.strerror or e}"


def _check_paths(input_path: str, output_path: str | None) -> None:
    if input_path == "-" or output_path in (None, "-"):
        return
    inp, out = Path(input_path), Path(str(output_path))
    if out.is_dir():
        raise InputError(f"--output {out} is a directory; give a file name")
    if out.parent and not out.parent.exists():
        raise InputError(f"output directory {out.parent} does not exist")
    same = inp.resolve() == out.resolve() or (inp.exists() and out.exists() and os.path.samefile(inp, out))
    if same:
        raise InputError(f"--input and --output are the same file ({input_path}); write the output elsewhere")


def moderate_file(
    input_path: str,
    output_path: str | None,
    guard: Classifier,
    *,
    input_format: InputFormat = "auto",
    output_format: OutputFormat = "native",
    batch_size: int = 64,
    strict: bool = False,
    resume: bool = False,
    progress: bool = True,
    errors: IO[str] = sys.stderr,
) -> ModerationSummary:
    """Moderate every item of ``input_path`` and write one JSON line per item to ``output_path``.

    Output is flushed after every batch; the file is opened at the first row, so a run that fails before
    it leaves an existing output untouched. Each row carries the item's input ``line``. With ``resume``,
    items whose id and line are already in the output are skipped and new rows are appended; otherwise the
    output is overwritten. A bad line is reported on ``errors`` with its line number and skipped, or, with
    ``strict``, stops the run once the rows before it are written. A repeated id is reported as a warning.
    """
    if batch_size < 1:
        raise InputError(f"--batch-size must be at least 1, got {batch_size}")
    _check_paths(input_path, output_path)
    summary = ModerationSummary()
    taxonomy = guard.taxonomy
    done = _done_rows(Path(str(output_path))) if resume and output_path not in (None, "-") else _Done()
    output = _Output(output_path, append=resume)
    seen: dict[str, int] = {}
    stop: list[InputError] = []

    def on_bad(bad: BadLine) -> None:
        if strict:
            stop.append(InputError(f"{input_path}:{bad.line}: {bad.reason}"))
            return
        summary.bad_lines.append(bad)
        errors.write(f"hazmat: skipping {input_path}:{bad.line}: {bad.reason}\n")

    def write(batch: list[Item]) -> None:
        todo = [it for it in batch if it not in done]
        summary.skipped_resume += len(batch) - len(todo)
        if not todo:
            return
        verdicts = guard.classify([it.conversation for it in todo])
        lines = []
        for it, v in zip(todo, verdicts, strict=True):
            _count(summary, v)
            row = openai_row(it.id, v, taxonomy) if output_format == "openai" else native_row(it.id, v)
            row["line"] = it.line
            lines.append(json.dumps(row, ensure_ascii=False))
        output.write_lines(lines)

    total = count_lines(input_path) if progress and input_path != "-" else None
    bar = tqdm(total=total, unit="line", desc="moderate", disable=not progress, file=sys.stderr)
    try:
        batch: list[Item] = []
        for it in read_items(input_path, input_format):
            if isinstance(it, BadLine):
                on_bad(it)
                if stop:
                    break
                continue
            first = seen.setdefault(it.id, it.line)
            if first != it.line:
                summary.duplicate_ids += 1
                errors.write(f"hazmat: warning: {input_path}:{it.line}: id {it.id!r} was already used on line "
                             f"{first}; the rows are told apart by their line\n")
            batch.append(it)
            if len(batch) >= batch_size:
                write(batch)
                bar.update(batch[-1].line - bar.n if total else len(batch))
                batch = []
        if batch:
            write(batch)
            bar.update(batch[-1].line - bar.n if total else len(batch))
        if stop:
            raise stop[0]
        output.finish()
    finally:
        bar.close()
        output.close()
    return summary


def _count(summary: ModerationSummary, v: Verdict) -> None:
    summary.processed += 1
    if v.unassessed is not None:
        summary.unassessed += 1
        return
    if v.flagged:
        summary.flagged += 1
        summary.by_category.update(v.categories)
    if "refusal" in v.extra:
        summary.responses += 1
        summary.refusals += int(bool(v.extra["refusal"]))
