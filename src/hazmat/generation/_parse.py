"""Reading test prompts out of a generator's answer, and keeping only new ones.

:func:`parse_prompts` is tolerant: it takes ``#Prompt:`` lines however the model decorated them (bold,
numbering before or after the tag, ``Prompt 2:``, ``Unsafe prompt:``, quotes, bullets), a tag alone on its
line followed by the prompt on the next, and, when an answer holds no tag at all, its numbered or bulleted
lines. :class:`Deduplicator` drops exact duplicates (after normalisation) and near duplicates (token-set
Jaccard similarity at or above a threshold).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

# "#Prompt:", "# Prompt 3:", "**Prompt:**", "Unsafe prompt:", "Test prompt #2 -", at the start of a line after
# optional numbering, bullets or markdown
_LEAD = r"^[\s>*_`\-•]*(?:\(?\d{1,3}[.):]\)?\s*)?[\s*_`]*"
_TAG = re.compile(
    _LEAD + r"#{0,3}\s*(?:unsafe\s+|test\s+|generated\s+)?prompt\s*(?:#?\s*\d{1,3})?\s*[*_`]*\s*[:：\-–]\s*[*_`]*",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"^\s*(?:\(?\d{1,3}[.)]\)?|[-*•])\s+(?=\S)")
_NUMBERING = re.compile(r"^\s*(?:\(?\d{1,3}[.)]\)?|[-*•])\s+")
_QUOTES = "\"'`“”‘’«»„"
_WORD = re.compile(r"\w+", re.UNICODE)
# template placeholders and markup a weak generator echoes ("<the test prompt></h4>", "<your prompt here>")
_ANGLED = re.compile(r"<[^<>]{0,60}>")
MIN_WORDS = 3


def clean_prompt(text: str) -> str:
    """One prompt with its decorations removed: numbering, markdown emphasis, surrounding quotes, spaces."""
    s = text.strip()
    for _ in range(3):  # decorations nest: **"1. text"**
        before = s
        s = _NUMBERING.sub("", s)
        s = s.strip().strip("*_").strip()
        if len(s) >= 2 and s[0] in _QUOTES and s[-1] in _QUOTES:
            s = s[1:-1].strip()
        if s == before:
            break
    return re.sub(r"\s+", " ", s)


def parse_prompts(text: str) -> tuple[list[str], int]:
    """The prompts in a generator's answer, and the number of tagged entries that held no usable prompt.

    A usable prompt has at least :data:`MIN_WORDS` words once cleaned, not counting words inside angle
    brackets (echoed placeholders such as ``<the test prompt>`` and HTML tags).
    """
    lines = text.splitlines()
    raw: list[str] = []
    tagged = False
    for i, line in enumerate(lines):
        m = _TAG.match(line)
        if m is None:
            continue
        tagged = True
        rest = line[m.end():].strip()
        if not rest:  # the tag alone on its line: the prompt is the next non-empty line that is not a tag
            for nxt in lines[i + 1:]:
                if nxt.strip():
                    rest = "" if _TAG.match(nxt) else nxt
                    break
        raw.append(rest)
    if not tagged:
        raw = [line for line in lines if _LIST_ITEM.match(line)]
    prompts: list[str] = []
    rejected = 0
    for r in raw:
        p = clean_prompt(r)
        if len(_WORD.findall(_ANGLED.sub(" ", p))) >= MIN_WORDS:
            prompts.append(p)
        else:
            rejected += 1
    return prompts, rejected


def normalise(text: str) -> str:
    """Case-folded words of ``text`` (accents and punctuation removed), space-separated: the exact-dup key."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(plain))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Token-set Jaccard similarity (1.0 for two empty sets)."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


@dataclass
class _Seen:
    key: str
    tokens: frozenset[str]


class Deduplicator:
    """Remembers kept prompts; :meth:`add` says whether a new one is neither an exact nor a near duplicate.

    Exact duplicates (equal :func:`normalise` keys) are checked across everything added; near duplicates
    (token-set Jaccard ≥ ``threshold``) within the same ``group`` (the generator uses the category, since
    near-identical prompts across categories are rare and comparing all pairs would grow quadratically).
    """

    def __init__(self, threshold: float = 0.8) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"near-duplicate threshold must be in (0, 1], got {threshold}")
        self.threshold = threshold
        self._keys: set[str] = set()
        self._groups: dict[str, list[_Seen]] = {}

    def is_new(self, prompt: str, group: str = "") -> bool:
        """Whether ``prompt`` would be kept (checks without remembering)."""
        key = normalise(prompt)
        if not key or key in self._keys:
            return False
        tokens = frozenset(key.split())
        return all(jaccard(tokens, s.tokens) < self.threshold for s in self._groups.get(group, ()))

    def add(self, prompt: str, group: str = "") -> bool:
        """Keep ``prompt`` if it is new (True), else drop it (False)."""
        if not self.is_new(prompt, group):
            return False
        key = normalise(prompt)
        self._keys.add(key)
        self._groups.setdefault(group, []).append(_Seen(key, frozenset(key.split())))
        return True

    def extend(self, prompts: Iterable[tuple[str, str]]) -> None:
        """Remember ``(prompt, group)`` pairs kept earlier (a resumed file), duplicates or not."""
        for prompt, group in prompts:
            key = normalise(prompt)
            self._keys.add(key)
            self._groups.setdefault(group, []).append(_Seen(key, frozenset(key.split())))
