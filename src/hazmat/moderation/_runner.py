"""``moderate``: classify texts or files of conversations with a guard, resumably, batch by batch."""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

from tqdm import tqdm

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
    bad_lines: list[BadLine] = field(default_factory=list)
    by_category: Counter[str] = field(default_factory=Counter)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary."""
        return {
            "processed": self.processed, "skipped_resume": self.skipped_resume, "flagged": self.flagged,
            "unassessed": self.unassessed, "responses": self.responses, "refusals": self.refusals,
            "bad_lines": len(self.bad_lines), "flagged_by_category": dict(self.by_category.most_common()),
        }


def _done_ids(path: Path) -> set[str]:
    """Ids already written to ``path``; a torn last line (a crash mid-write) is cut off first."""
    if not path.is_file():
        return set()
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        cut = data.rfind(b"\n") + 1
        with path.open("r+b") as f:
            f.truncate(cut)
        data = data[:cut]
    done: set[str] = set()
    for line in data.splitlines():
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue
        if isinstance(obj, dict) and "id" in obj:
            done.add(str(obj["id"]))
    return done


def _batches(items: Iterator[Item | BadLine], size: int, on_bad: Callable[[BadLine], None]
             ) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for it in items:
        if isinstance(it, BadLine):
            on_bad(it)
            continue
        batch.append(it)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


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

    Output is flushed after every batch. With ``resume``, ids already in the output are skipped and new
    rows are appended; otherwise the output is overwritten. A bad line is reported on ``errors`` with its
    line number and skipped, or stops the run with ``strict``.
    """
    if batch_size < 1:
        raise InputError(f"--batch-size must be at least 1, got {batch_size}")
    summary = ModerationSummary()
    taxonomy = guard.taxonomy
    out_file: IO[str]
    if output_path in (None, "-"):
        out_file, done = sys.stdout, set()
    else:
        out = Path(output_path)
        if out.parent and not out.parent.exists():
            raise InputError(f"output directory {out.parent} does not exist")
        done = _done_ids(out) if resume else set()
        out_file = out.open("a" if resume else "w", encoding="utf-8")

    def on_bad(bad: BadLine) -> None:
        if strict:
            raise InputError(f"{input_path}:{bad.line}: {bad.reason}")
        summary.bad_lines.append(bad)
        errors.write(f"hazmat: skipping {input_path}:{bad.line}: {bad.reason}\n")

    total = count_lines(input_path) if progress and input_path != "-" else None
    bar = tqdm(total=total, unit="line", desc="moderate", disable=not progress, file=sys.stderr)
    try:
        for batch in _batches(read_items(input_path, input_format), batch_size, on_bad):
            todo = [it for it in batch if it.id not in done]
            summary.skipped_resume += len(batch) - len(todo)
            if todo:
                verdicts = guard.classify([it.conversation for it in todo])
                lines = []
                for it, v in zip(todo, verdicts, strict=True):
                    _count(summary, v)
                    row = openai_row(it.id, v, taxonomy) if output_format == "openai" else native_row(it.id, v)
                    lines.append(json.dumps(row, ensure_ascii=False))
                out_file.write("\n".join(lines) + "\n")
                out_file.flush()
                if out_file is not sys.stdout:
                    os.fsync(out_file.fileno())
            bar.update(batch[-1].line - bar.n if total else len(batch))
    finally:
        bar.close()
        if out_file is not sys.stdout:
            out_file.close()
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
