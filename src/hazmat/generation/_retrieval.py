"""Retrieval over the user's own documents (ASTRAL's RAG variant), in pure Python: chunking and Okapi BM25.

Documents are a folder (searched recursively) or files of ``.txt`` / ``.md`` text, or ``.jsonl`` with a
``text`` field per line (and optionally ``id``, ``title``). Each document is cut into passages of about
``chunk_words`` words that overlap by ``overlap`` words (whitespace is collapsed). A cell's query is its
category's name, description and aliases; the top-k passages go into the generator's message.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from .._textfiles import json_object_lines, read_utf8
from ..errors import InputError

SUFFIXES = (".txt", ".md", ".jsonl")
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
# common English function words: they carry no topic and would only dilute BM25's scores
_STOP = """a an and are as at be been but by can could did do does for from had has have he her his how i if in
into is it its me my no not of on or our she so such than that the their them then there these they this to us
was we were what when where which who why will with would you your"""
STOPWORDS = frozenset(_STOP.split())


def tokenize(text: str) -> list[str]:
    """Lower-cased word tokens without stopwords and one-letter tokens; a trailing plural ``s`` is dropped."""
    out = []
    for t in _TOKEN.findall(text.casefold()):
        if len(t) < 2 or t in STOPWORDS:
            continue
        if len(t) > 3 and t.endswith("s") and not t.endswith("ss"):
            t = t[:-1]
        out.append(t)
    return out


@dataclass(frozen=True)
class Passage:
    """A chunk of a document: its id (``source#n``), where it came from, and its text."""

    id: str
    source: str
    text: str


class Retriever(Protocol):
    """Anything that returns the passages most relevant to a query."""

    def search(self, query: str, k: int) -> list[Passage]:
        """The ``k`` best passages for ``query``, best first."""
        ...


def chunk(text: str, chunk_words: int = 120, overlap: int = 30) -> list[str]:
    """``text`` cut into windows of ``chunk_words`` words overlapping by ``overlap``; short texts stay whole."""
    if chunk_words < 1 or not 0 <= overlap < chunk_words:
        raise ValueError(f"need chunk_words ≥ 1 and 0 ≤ overlap < chunk_words, got {chunk_words}, {overlap}")
    words = text.split()
    if len(words) <= chunk_words:
        return [" ".join(words)] if words else []
    step = chunk_words - overlap
    out = []
    for start in range(0, len(words), step):
        out.append(" ".join(words[start:start + chunk_words]))
        if start + chunk_words >= len(words):
            break
    return out


def _files(path: Path) -> list[Path]:
    if not path.exists():
        raise InputError(f"--documents {path}: no such file or folder")
    if path.is_file():
        if path.suffix.lower() not in SUFFIXES:
            raise InputError(f"--documents {path}: expected a .txt, .md or .jsonl file, or a folder of them")
        return [path]
    files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    if not files:
        raise InputError(f"--documents {path}: the folder holds no .txt, .md or .jsonl files")
    return files


def _documents(path: Path, root: Path) -> Iterable[tuple[str, str]]:
    name = str(path.relative_to(root)) if path != root else path.name
    text = read_utf8(path, InputError)
    if path.suffix.lower() != ".jsonl":
        yield name, text
        return
    expected = "an object with a string 'text' field"
    for i, row in json_object_lines(text.splitlines(), lambda i: f"{path} line {i}", InputError, expected):
        if not isinstance(row.get("text"), str):
            raise InputError(f"{path} line {i}: expected {expected}")
        label = row.get("id", row.get("title", i))
        yield f"{name}:{label}", row["text"]


def load_passages(path: str | Path, chunk_words: int = 120, overlap: int = 30) -> list[Passage]:
    """Every passage of the documents at ``path``; InputError naming the file (and line) when one is bad."""
    root = Path(path).expanduser()
    passages: list[Passage] = []
    for f in _files(root):
        for source, text in _documents(f, root if root.is_dir() else f):
            for n, piece in enumerate(chunk(text, chunk_words, overlap), start=1):
                passages.append(Passage(id=f"{source}#{n}", source=source, text=piece))
    if not passages:
        raise InputError(f"--documents {root}: the documents hold no text")
    return passages


class BM25Index:
    """Okapi BM25 over passages (``k1``, ``b`` as usual); :meth:`search` returns the best with a score > 0."""

    def __init__(self, passages: Sequence[Passage], k1: float = 1.5, b: float = 0.75) -> None:
        self.passages = list(passages)
        self.k1 = k1
        self.b = b
        self._tf = [Counter(tokenize(p.text)) for p in self.passages]
        self._len = [sum(tf.values()) for tf in self._tf]
        self._avg = (sum(self._len) / len(self._len)) if self._len else 0.0
        df: Counter[str] = Counter()
        for tf in self._tf:
            df.update(tf.keys())
        n = len(self.passages)
        self._idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}

    def scores(self, query: str) -> list[float]:
        """The BM25 score of every passage for ``query``, in passage order."""
        terms = Counter(t for t in tokenize(query) if t in self._idf)
        out = []
        for tf, length in zip(self._tf, self._len, strict=True):
            norm = self.k1 * (1 - self.b + self.b * length / self._avg) if self._avg else self.k1
            s = 0.0
            for t, qn in terms.items():
                f = tf.get(t, 0)
                if f:
                    s += qn * self._idf[t] * f * (self.k1 + 1) / (f + norm)
            out.append(s)
        return out

    def search(self, query: str, k: int) -> list[Passage]:
        """The ``k`` passages with the highest positive scores, best first (ties: document order)."""
        ranked = sorted(((s, i) for i, s in enumerate(self.scores(query)) if s > 0), key=lambda x: (-x[0], x[1]))
        return [self.passages[i] for _, i in ranked[:k]]

    @classmethod
    def from_path(cls, path: str | Path, chunk_words: int = 120, overlap: int = 30) -> BM25Index:
        """An index over the documents at ``path`` (see :func:`load_passages`)."""
        return cls(load_passages(path, chunk_words, overlap))
