"""Mutating a whole set of samples into a JSON-lines file, resumably; reading inputs and results.

Each (sample, mutation) becomes one line of the output the moment it is done (flushed), so an interrupted
run loses nothing: a rerun skips the pairs already in the file and retries the ones that failed (their
``"error"`` lines are dropped from the file first). The line format is::

    {"id": "q1~slang", "original_id": "q1", "mutation": "slang", "prompt": "...", "original_prompt": "...",
     "messages": [...], "metadata": {...}, "meaning_similarity": 0.83, "meaning_lost": false,
     "meaning_reason": "..."}

plus ``"error"`` (and ``null`` prompt and messages) on a failure.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._jsonl import repair_torn_tail
from .._textfiles import json_object_lines, read_utf8
from ..errors import HazmatError, InputError, ModelError
from ..types import Conversation, Sample
from ._meaning import MeaningCheck, MeaningResult, acheck_mutation
from ._mutations import MUTATIONS, Mutator, mutated_sample, original_prompt

__all__ = ["MutationFailure", "amutate_samples", "load_mutated", "read_input"]


@dataclass(frozen=True)
class MutationFailure:
    """A (sample, mutation) pair that could not be made, and why; a rerun retries it."""

    original_id: str
    mutation: str
    error: str

    def __str__(self) -> str:
        return f"{self.original_id}~{self.mutation}: {self.error}"


# --------------------------------------------------------------------------------------------------------
# inputs


def _read_text(path: Path) -> str:
    if not path.is_file():
        raise InputError(f"input file {path} does not exist")
    return read_utf8(path, InputError)


def _sample(where: str, obj: dict[str, Any], default_id: str) -> Sample:
    raw_id = obj.get("id")
    sample_id = default_id if raw_id is None or raw_id == "" else str(raw_id)
    if "messages" in obj:
        conversation = Conversation.from_messages(obj["messages"], where=f"{where}: messages")
    elif isinstance(obj.get("text"), str) and obj["text"].strip():
        conversation = Conversation.of(obj["text"])
    else:
        raise InputError(f"{where}: needs a non-empty 'text' string or a 'messages' list")
    metadata = {k: v for k, v in obj.items() if k not in ("id", "text", "messages")}
    return Sample(id=sample_id, input=conversation, metadata=metadata)


def read_input(path: str | Path) -> list[Sample]:
    """Samples from JSON lines (``{"id", "text"}`` or ``{"id", "messages"}``) or a CSV with ``id``/``text``.

    Other fields (``category``, ...) become metadata; a missing id is the line number. Errors name the
    file and line.
    """
    p = Path(path)
    text = _read_text(p)
    out: list[Sample] = []
    seen: dict[str, str] = {}
    if p.suffix.lower() == ".csv":
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if "text" not in (reader.fieldnames or []):
            raise InputError(f"{p}: CSV input needs a 'text' column; found: {', '.join(reader.fieldnames or [])}")
        try:
            for n, row in enumerate(reader, 2):
                where = f"{p} line {reader.line_num}"
                if None in row:
                    raise InputError(f"{where}: more fields than the header has")
                out.append(_sample(where, {k: v for k, v in row.items() if v is not None}, str(n - 1)))
                _unique(out[-1].id, where, seen)
        except csv.Error as e:
            raise InputError(f"{p} line {reader.line_num}: malformed CSV: {e}") from None
    else:
        for n, obj in json_object_lines(text.splitlines(), lambda n: f"{p} line {n}", InputError,
                                        expected="a JSON object with 'text' or 'messages'"):
            where = f"{p} line {n}"
            out.append(_sample(where, obj, str(n)))
            _unique(out[-1].id, where, seen)
    if not out:
        raise InputError(f"{p}: no samples in the file")
    return out


def _unique(sample_id: str, where: str, seen: dict[str, str]) -> None:
    if sample_id in seen:
        raise InputError(f"{where}: duplicate id {sample_id!r} (first at {seen[sample_id]})")
    seen[sample_id] = where


# --------------------------------------------------------------------------------------------------------
# the output file


def _records(path: Path) -> tuple[list[dict[str, Any]], bool]:
    """The records of an output file, and whether it must be rewritten (error lines, a torn last line)."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    records: list[dict[str, Any]] = []
    dirty = False
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            if n == len(lines) and not text.endswith("\n"):
                dirty = True  # the last line of an interrupted run
                continue
            raise InputError(f"{path} line {n}: not valid JSON; is this a `hazmat mutate` output file?") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("original_id"), str) \
                or not isinstance(obj.get("mutation"), str):
            raise InputError(f"{path} line {n}: not a `hazmat mutate` record (needs 'original_id' and 'mutation')")
        if obj.get("error"):
            dirty = True
            continue
        records.append(obj)
    return records, dirty


def _rewrite(path: Path, records: list[dict[str, Any]]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
    os.replace(tmp, path)


def _record(sample: Sample, name: str, mutated: Sample | None, text: str | None, meaning: MeaningResult | None,
            error: str | None) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "id": f"{sample.id}~{name}", "original_id": sample.id, "mutation": name, "prompt": text,
        "original_prompt": _safe_original(sample),
        "messages": mutated.input.to_list() if mutated is not None else None,
        "metadata": mutated.metadata if mutated is not None else sample.metadata,
        "meaning_similarity": meaning.similarity if meaning else None,
        "meaning_lost": meaning.lost if meaning else None,
        "meaning_reason": meaning.reason if meaning else None,
    }
    if sample.reference is not None:
        rec["reference"] = sample.reference
    if sample.labels:
        rec["labels"] = sample.labels
    if error is not None:
        rec["error"] = error
    return rec


def _safe_original(sample: Sample) -> str | None:
    try:
        return original_prompt(sample)
    except InputError:
        return None


def _sample_of(rec: dict[str, Any], where: str) -> Sample:
    conversation = Conversation.from_messages(rec.get("messages") or [], where=f"{where}: messages")
    metadata = rec.get("metadata") if isinstance(rec.get("metadata"), dict) else {}
    labels = rec.get("labels") if isinstance(rec.get("labels"), dict) else {}
    return Sample(id=str(rec.get("id") or f"{rec['original_id']}~{rec['mutation']}"), input=conversation,
                  reference=rec.get("reference"), labels=dict(labels or {}), metadata=dict(metadata or {}))


def load_mutated(path: str | Path) -> list[Sample]:
    """The mutated samples of a ``hazmat mutate`` output file (failed lines skipped; the last line of a pair wins)."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"mutated file {p} does not exist")
    records, _ = _records(p)
    by_key = {(r["original_id"], r["mutation"]): r for r in records}
    return [_sample_of(r, f"{p} ({r['original_id']}, {r['mutation']})") for r in by_key.values()]


# --------------------------------------------------------------------------------------------------------
# the run


async def _one(sample: Sample, name: str, mutator: Mutator, checker: MeaningCheck | None) -> dict[str, Any]:
    """The output record of one pair: the mutated sample, or the error that stopped it."""
    try:
        original = original_prompt(sample)
        text = await mutator.amutate(original, name)
        meaning = await acheck_mutation(checker, mutator, original, name, text) if checker is not None else None
        return _record(sample, name, mutated_sample(sample, name, text, meaning), text, meaning, None)
    except HazmatError as e:  # MutationFailed, a model request that failed after retries, a bad sample
        return _record(sample, name, None, None, None, str(e) or type(e).__name__)


async def amutate_samples(
    samples: Sequence[Sample],
    names: Sequence[str],
    mutator: Mutator,
    checker: MeaningCheck | None,
    out: Path,
    progress: bool = False,
    *,
    concurrency: int = 16,
) -> tuple[list[Sample], list[MutationFailure]]:
    """Apply every mutation in ``names`` to every sample, writing each result to ``out`` as it is done.

    Pairs already in ``out`` are skipped (resume); earlier failures are retried. Returns every mutated
    sample of the pairs asked for (those of earlier runs too) in input order, and this run's failures.
    At most ``concurrency`` pairs are in progress at once.
    """
    unknown = [n for n in names if n not in MUTATIONS]
    if unknown:
        raise InputError(f"unknown mutation(s) {', '.join(unknown)}; valid: {', '.join(MUTATIONS)}")
    needs = [n for n in names if MUTATIONS[n].needs_model]
    if needs and mutator.model is None:
        raise ModelError(f"mutations {', '.join(needs)} need a chat model to rewrite with; give --model")
    ids: set[str] = set()
    for s in samples:
        if s.id in ids:
            raise InputError(f"duplicate sample id {s.id!r}")
        ids.add(s.id)
    out.parent.mkdir(parents=True, exist_ok=True)
    done: dict[tuple[str, str], Sample] = {}
    if out.exists():
        repair_torn_tail(out)  # appending goes on from a whole line: a torn one is dropped, a whole one ended
        records, dirty = _records(out)
        if dirty:
            _rewrite(out, records)
        for rec in records:
            done[(rec["original_id"], rec["mutation"])] = _sample_of(rec, f"{out} ({rec['original_id']})")
    todo = [(s, n) for s in samples for n in names if (s.id, n) not in done]
    failures: list[MutationFailure] = []
    bar: Any = None
    if progress and todo:
        from tqdm import tqdm

        bar = tqdm(total=len(todo), unit="prompt", dynamic_ncols=True, file=sys.stderr, desc="mutate")
    gate = asyncio.Semaphore(max(1, concurrency))

    with out.open("a", encoding="utf-8") as f:

        async def run(sample: Sample, name: str) -> None:
            async with gate:
                rec = await _one(sample, name, mutator, checker)
            f.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
            f.flush()
            if "error" in rec:
                failures.append(MutationFailure(sample.id, name, rec["error"]))
            else:
                done[(sample.id, name)] = _sample_of(rec, str(out))
            if bar is not None:
                bar.update(1)
                bar.set_postfix(failed=len(failures), refresh=False)

        try:
            await asyncio.gather(*(run(s, n) for s, n in todo))
        finally:
            if bar is not None:
                bar.close()
    ordered = [done[(s.id, n)] for s in samples for n in names if (s.id, n) in done]
    return ordered, failures
