"""Assemble the guard's training examples from the shared data files and our hand-written rows.

Every file is JSON lines (optionally gzip) in the shared format (``shared/data/README.md``). Each row
yields examples for the heads its labels speak to. Large sources are capped per (source, label) so that
no single corpus dominates; the dev split holds out whole sources (see ``DEV_SOURCES``).
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..classifiers.minilm.heads import refusal_opening
from ..errors import InputError
from ._labels import REFUSAL_MARKER, hub_from_tags, weak_refusal

# sources (or sub-sources) held out as the dev split, chosen to test generalisation to unseen corpora
DEV_SOURCES = frozenset({
    "strongreject", "jbb_attack_PAIR", "ethos", "convabuse", "arena_hard",
    "dices", "jbb_response_PAIR", "safedecoding_safe_responses", "coconot",
    "refusal_direction_completions/gemma-2b-it", "ifeval", "llm_self_defense", "chatgpt_refusals",
})
DEFAULT_CAP = 2500
# policy-dependent coconot requests that are not unsafe under a harm policy (incomplete, unsupported, ...)
_BENIGN_OTHER = ("Incomplete requests", "Unsupported requests", "Indeterminate requests", "Humanizing requests")


@dataclass
class Example:
    """One training example for one head. ``context`` is the prompt a response answers."""

    task: str
    text: str
    label: int
    source: str
    context: str = ""
    categories: frozenset[str] | None = None
    row_id: str = ""
    uncertain: frozenset[str] = frozenset()
    # the user and system turns before a response (the prompt included), as the guard sees them
    history: tuple[str, ...] = ()
    held_out: bool = False  # a synthetic variant of a dev example (dev like its source)

    @property
    def dev(self) -> bool:
        """Whether the example belongs to the held-out dev split."""
        return self.held_out or self.source in DEV_SOURCES


@dataclass
class TrainingSet:
    """All examples, with the licences and per-source counts for the model card."""

    examples: list[Example] = field(default_factory=list)
    licences: dict[str, str] = field(default_factory=dict)
    skipped_noncommercial: int = 0

    def by_task(self, task: str) -> list[Example]:
        """Examples of one head."""
        return [e for e in self.examples if e.task == task]


def iter_rows(path: Path) -> Iterator[dict[str, Any]]:
    """Rows of a JSON lines file (``.jsonl`` or ``.jsonl.gz``), naming the line of any bad row."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"{path}:{n}: invalid JSON ({e.msg})") from None


def _source_key(row: dict[str, Any]) -> str:
    src = str(row.get("source", "unknown"))
    if src == "refusal_direction_completions":
        model = next((c.split(":", 1)[1] for c in row.get("categories") or [] if c.startswith("model:")), "")
        return f"{src}/{model}"
    return src


def _stable_fraction(key: str) -> float:
    return int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF


def _row_examples(row: dict[str, Any]) -> Iterator[Example]:
    msgs = row.get("messages") or []
    labels = row.get("labels") or {}
    if not msgs:
        return
    source = _source_key(row)
    tags = [str(t) for t in row.get("categories") or []]
    certain, maybe = hub_from_tags(tags, row.get("taxonomy"))
    cats, unsure = frozenset(certain), frozenset(maybe)
    rid = str(row.get("id", ""))
    last = msgs[-1]
    text = str(last.get("content") or "")
    if not text.strip():
        return
    if last.get("role") in ("user", "system"):  # a system prompt is judged like a prompt
        harmful = labels.get("prompt_harmful")
        if harmful is None and row.get("orig_label") == "should_not_comply" and set(tags) & set(_BENIGN_OTHER):
            harmful = False
        if harmful is None:
            return
        yield Example("prompt", text, int(harmful), source, categories=cats if harmful else frozenset(), row_id=rid,
                      uncertain=unsure if harmful else frozenset())
        return
    if last.get("role") != "assistant":
        return
    prompt = next((str(m.get("content") or "") for m in reversed(msgs[:-1]) if m.get("role") == "user"), "")
    history = tuple(str(m.get("content") or "") for m in msgs[:-1]
                    if m.get("role") in ("user", "system") and str(m.get("content") or "").strip())
    refusal = labels.get("refusal")
    resp_harm = labels.get("response_harmful")
    if resp_harm is None and refusal is True:
        resp_harm = False
    if resp_harm is None and "llamaguard2:unsafe" in tags:
        resp_harm = True
    if resp_harm is None and "llamaguard2:safe" in tags:
        resp_harm = False
    if refusal is None:
        refusal = weak_refusal(source, text, resp_harm)
    if refusal is False and resp_harm and REFUSAL_MARKER.search(refusal_opening(text)):
        # opens with a refusal, then complies (dual-persona jailbreaks, refuse-then-comply): XSTest counts that
        # as a partial refusal, our rows as compliance; the refusal head, which reads the opening, learns neither
        refusal = None
    if resp_harm is not None and prompt:
        yield Example("response", text, int(resp_harm), source, context=prompt,
                      categories=cats if resp_harm else frozenset(), row_id=rid,
                      uncertain=unsure if resp_harm else frozenset(), history=history)
    if refusal is not None:
        yield Example("refusal", text, int(refusal), source, context=prompt, row_id=rid, history=history)


def mixture_examples(examples: list[Example], n: int, seed: int = 0) -> list[Example]:
    """Synthetic prompts that hide a short request inside unrelated benign text, for the prompt head.

    A harmful request after (or before) a benign passage is harmful; two benign passages are benign.
    This teaches the head that a harmful passage counts even when most of its window is harmless, which
    is what lets harm at the end of a long text be caught. Built from the train split only.
    """
    import random

    rng = random.Random(seed)
    train = [e for e in examples if e.task == "prompt" and not e.dev]
    passages = [e.text for e in train if e.label == 0 and len(e.text.split()) >= 25]
    short_harm = [e for e in train if e.label == 1 and len(e.text.split()) <= 40]
    short_safe = [e for e in train if e.label == 0 and len(e.text.split()) <= 40]
    if not passages or not short_harm or not short_safe:
        return []
    out: list[Example] = []
    for i in range(n):
        words = rng.choice(passages).split()
        start = rng.randrange(max(1, len(words) - 90))
        passage = " ".join(words[start : start + rng.randint(25, 90)])
        harmful = i % 2 == 0
        ask = rng.choice(short_harm if harmful else short_safe)
        text = f"{passage}\n\n{ask.text}" if rng.random() < 0.7 else f"{ask.text}\n\n{passage}"
        out.append(Example("prompt", text, int(harmful), "augmented_mixture",
                           categories=ask.categories if harmful else frozenset(), row_id=f"mix{i}",
                           uncertain=ask.uncertain if harmful else frozenset()))
    return out


def load_training_set(
    dirs: list[Path], allow_noncommercial: bool = False, cap: int = DEFAULT_CAP
) -> TrainingSet:
    """Read every ``*.jsonl`` / ``*.jsonl.gz`` under ``dirs`` into capped examples."""
    out = TrainingSet()
    grouped: dict[tuple[str, str, int], list[Example]] = defaultdict(list)
    files = sorted(p for d in dirs for p in Path(d).glob("*.jsonl*") if p.suffix in (".jsonl", ".gz"))
    if not files:
        raise InputError(f"no .jsonl or .jsonl.gz files in {', '.join(map(str, dirs))}")
    for path in files:
        for row in iter_rows(path):
            if not row.get("commercial_ok", False) and not allow_noncommercial:
                out.skipped_noncommercial += 1
                continue
            out.licences.setdefault(str(row.get("source")), str(row.get("licence", "unknown")))
            for ex in _row_examples(row):
                grouped[(ex.task, ex.source, ex.label)].append(ex)
    for (_task, source, _label), exs in sorted(grouped.items()):
        limit = cap * 4 if source == "handwritten" else cap
        if len(exs) > limit:
            exs = sorted(exs, key=lambda e: _stable_fraction(e.row_id + e.text))[:limit]
        out.examples.extend(exs)
    return out
