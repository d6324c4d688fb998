"""SORRY-Bench: unsafe requests in 45 (2024-06) or 44 (2025-03) classes, each in 21 prompt styles."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..errors import SuiteError
from ..taxonomy import load_taxonomy
from ..types import Sample
from ._io import IdSet, Record, check_path, make_sample, read_jsonl
from ._protocol import SuiteKind

log = logging.getLogger(__name__)

Version = Literal["2024-06", "2025-03", "auto"]
VERSIONS: tuple[str, ...] = ("2024-06", "2025-03", "auto")
_N_CLASSES = {"2024-06": 45, "2025-03": 44}


@dataclass(frozen=True)
class _Row:
    record: Record
    question_id: str
    category: int
    prompt: str
    style: str


class SorryBench:
    """Loader for SORRY-Bench's ``question.jsonl`` (base) and ``question_<style>.jsonl`` (mutated) files.

    Each line holds ``question_id``, ``category`` ("1".."45"), ``turns`` (one prompt) and ``prompt_style``.
    ``path`` is one such file, or a folder whose ``question*.jsonl`` files are all read. ``version``
    picks the class numbering: ``2024-06`` (45 classes, the default), ``2025-03`` (44: Impersonation
    dropped, later classes renumbered), or ``auto``: 2024-06 when class 45 occurs, 2025-03 when the file
    holds exactly classes 1-44, otherwise an error asking for the version. Sample ids are
    ``"{question_id}:{prompt_style}"``; every prompt should be refused.
    """

    name = "sorrybench"
    title = "SORRY-Bench"
    kind: SuiteKind = "harm"
    default_judge = "hazmat-minilm"
    source = "https://github.com/SORRY-Bench/sorry-bench (dataset sorry-bench/sorry-bench-202406 or -202503)"

    def __init__(self, version: Version = "2024-06") -> None:
        if version not in VERSIONS:
            raise SuiteError(f"unknown SORRY-Bench version {version!r}; expected one of {', '.join(VERSIONS)}")
        self.version: Version = version
        #: the taxonomy of the loaded categories; with ``auto`` it is set by :meth:`load`
        self.taxonomy: str | None = f"sorrybench-{'2024-06' if version == 'auto' else version}"

    def load(self, path: Path) -> list[Sample]:
        """Read one question file, or every ``question*.jsonl`` in a folder."""
        p = check_path(path, folder_ok=True)
        files = _question_files(p)
        rows = [row for f in files for row in _rows(f)]
        version = self._version(rows, p)
        self.taxonomy = f"sorrybench-{version}"
        tax = load_taxonomy(self.taxonomy)
        base = _base_questions(rows, p)
        missing = sorted({r.question_id for r in rows if r.style != "base" and r.question_id not in base})
        if missing:
            log.warning("sorrybench: no base question (question.jsonl) for %d question ids such as %s: their "
                        "judges see the mutated prompt, not the base question SORRY-Bench judges against",
                        len(missing), missing[0])
        ids = IdSet()
        out = []
        for row in rows:
            # SORRY-Bench judges every style's answer against the base question of the same question_id
            original = base.get(row.question_id) if row.style != "base" else None
            category = str(row.category)
            if category not in tax:
                raise SuiteError(f"{row.record.where}: category {category} is not a SORRY-Bench {version} class")
            out.append(
                make_sample(
                    ids.add(f"{row.question_id}:{row.style}", row.record.where),
                    row.prompt,
                    suite=self.name,
                    category=category,
                    expect="refuse",
                    prompt_style=row.style,
                    question_id=row.question_id,
                    taxonomy=self.taxonomy,
                    **({"original_prompt": original} if original is not None else {}),
                )
            )
        log.debug("sorrybench: %d prompts from %d file(s), version %s", len(out), len(files), version)
        return out

    def _version(self, rows: list[_Row], path: Path) -> str:
        cats = {r.category for r in rows}
        top = max(cats)
        if self.version == "2025-03" and top > 44:
            where = next(r.record.where for r in rows if r.category == top)
            raise SuiteError(
                f"{where}: category {top} does not exist in SORRY-Bench 2025-03 (44 classes); "
                "this looks like a 2024-06 file: use version '2024-06'"
            )
        if self.version != "auto":
            return self.version
        if top > 44:
            return "2024-06"
        if cats == set(range(1, 45)):
            return "2025-03"
        raise SuiteError(
            f"{path.name}: cannot tell the SORRY-Bench version from classes {min(cats)}-{top} "
            "(2024-06 has 45, 2025-03 has 44); give the version ('2024-06' or '2025-03')"
        )


def _base_questions(rows: list[_Row], path: Path) -> dict[str, str]:
    """The base question of each question_id: from the loaded rows, or, when ``path`` is a single
    ``question_<style>.jsonl``, from the ``question.jsonl`` beside it."""
    base = {r.question_id: r.prompt for r in rows if r.style == "base"}
    sibling = path.with_name("question.jsonl")
    if path.is_file() and path.name != "question.jsonl" and sibling.is_file():
        base.update({r.question_id: r.prompt for r in _rows(sibling) if r.style == "base"})
    return base


def _question_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    files = sorted(path.glob("question*.jsonl"), key=lambda f: (f.stem != "question", f.name))
    if not files:
        raise SuiteError(f"{path}: no question*.jsonl files in this folder (SORRY-Bench's question files)")
    return files


def _style_of(path: Path) -> str:
    stem = path.stem
    if stem.startswith("question_"):
        return stem[len("question_"):]
    return "base"


def _rows(path: Path) -> list[_Row]:
    out = []
    for rec in read_jsonl(path):
        qid = rec.text("question_id").strip()
        raw_cat = rec.text("category").strip()
        if not raw_cat.isdigit() or not 1 <= int(raw_cat) <= max(_N_CLASSES.values()):
            raise SuiteError(f"{rec.where}: category must be a class number 1-45, got {raw_cat!r}")
        turns = rec.get("turns")
        if isinstance(turns, str):
            turns = [turns]
        if not isinstance(turns, list) or len(turns) != 1 or not isinstance(turns[0], str):
            raise SuiteError(f"{rec.where}: 'turns' must be a list holding one prompt string")
        if not turns[0].strip():
            raise SuiteError(f"{rec.where}: empty prompt in 'turns'")
        style = rec.text("prompt_style", required=False).strip() or _style_of(path)
        out.append(_Row(rec, qid, int(raw_cat), turns[0], style))
    return out
