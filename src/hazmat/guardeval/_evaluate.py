"""``evaluate_guard``: run guards over labelled items once, batch by batch, and measure them per task.

The classification path is the one ``hazmat moderate`` takes: each distinct conversation is classified
once per guard (a WildGuard row's response-harm and refusal items share one call), in batches of
``batch_size`` (64, as ``moderate``), timing each batch. Everything after that is numpy on the scores.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .._version import __version__
from ..classifiers import Classifier
from ..errors import InputError
from ..metrics import RecallAtFpr, ThresholdMetrics, average_precision, recall_at_fpr, threshold_metrics
from ..taxonomy import Crosswalk, Taxonomy, crosswalk, load_taxonomy
from ..types import Conversation, Verdict
from ._formats import load_labelled
from ._items import TASKS, LabelledData, LabelledItem, Task, resolve_taxonomy

DEFAULT_TARGET_FPR = (0.01, 0.05)
_HEADS = {"prompt": "prompt", "response": "response", "refusal": "refusal"}


def stored_threshold(guard: Classifier, task: Task) -> tuple[float, str]:
    """The guard's own decision threshold for ``task`` and where it came from: a trained head's threshold
    (``hazmat-minilm``: heads ``prompt``, ``response``, ``refusal``), a ``thresholds`` mapping or a
    ``threshold`` attribute, else 0.5 (the convention for P(unsafe) guards)."""
    heads = getattr(guard, "heads", None)
    if isinstance(heads, dict) and _HEADS[task] in heads:
        thr = getattr(heads[_HEADS[task]], "thresholds", None)
        if thr is not None and len(thr):
            return float(thr[0]), f"{_HEADS[task]} head"
    mapping = getattr(guard, "thresholds", None)
    if isinstance(mapping, dict) and isinstance(mapping.get(task), int | float):
        return float(mapping[task]), "guard"
    single = getattr(guard, "threshold", None)
    if isinstance(single, int | float) and not isinstance(single, bool):
        return float(single), "guard"
    return 0.5, "default"


def verdict_score(v: Verdict, task: Task) -> float | None:
    """The score a verdict gives for ``task``: ``unsafe_score`` (or 1/0 from ``flagged``) for harm,
    ``extra['refusal_score']`` (or 1/0 from ``extra['refusal']``) for refusal; None when it has none."""
    if v.unassessed is not None:
        return None
    if task == "refusal":
        rs = v.extra.get("refusal_score")
        if isinstance(rs, int | float) and rs == rs:
            return float(rs)
        r = v.extra.get("refusal")
        return None if r is None else float(bool(r))
    if v.unsafe_score is not None and v.unsafe_score == v.unsafe_score:
        return float(v.unsafe_score)
    return None if v.flagged is None else float(v.flagged)


@dataclass
class GuardPass:
    """One guard's verdicts on the distinct conversations, and the time of each batch."""

    name: str
    taxonomy: Taxonomy
    verdicts: list[Verdict]
    batch_seconds: list[float]
    batch_sizes: list[int]
    describe: dict[str, Any] = field(default_factory=dict)

    def latency(self) -> dict[str, float | int | None]:
        """p50 / p95 milliseconds per item over batches (batch time / batch size), and items per second."""
        if not self.batch_seconds:
            return {"p50": None, "p95": None, "throughput_per_s": None, "batches": 0, "batch_size": 0}
        per_item = 1000.0 * np.asarray(self.batch_seconds) / np.asarray(self.batch_sizes)
        total = float(sum(self.batch_seconds))
        return {"p50": float(np.percentile(per_item, 50)), "p95": float(np.percentile(per_item, 95)),
                "throughput_per_s": float(sum(self.batch_sizes) / total) if total > 0 else None,
                "batches": len(self.batch_seconds), "batch_size": max(self.batch_sizes)}


def run_guard(guard: Classifier, conversations: Sequence[Conversation], batch_size: int = 64,
              progress: bool = False) -> GuardPass:
    """Classify ``conversations`` in batches, timing each ``classify`` call."""
    from tqdm import tqdm

    verdicts: list[Verdict] = []
    seconds: list[float] = []
    sizes: list[int] = []
    bar = tqdm(total=len(conversations), unit="item", desc=f"eval-guard {guard.name}", disable=not progress,
               file=sys.stderr)
    try:
        for start in range(0, len(conversations), batch_size):
            batch = conversations[start:start + batch_size]
            t0 = time.perf_counter()
            out = guard.classify(batch)
            seconds.append(time.perf_counter() - t0)
            if len(out) != len(batch):
                raise InputError(f"guard {guard.name} returned {len(out)} verdicts for {len(batch)} conversations")
            verdicts.extend(out)
            sizes.append(len(batch))
            bar.update(len(batch))
    finally:
        bar.close()
    describe = getattr(guard, "describe", None)
    info = describe() if callable(describe) else {"name": guard.name}
    return GuardPass(guard.name, guard.taxonomy, verdicts, seconds, sizes, info if isinstance(info, dict) else {})


@dataclass
class CategoryResult:
    """One dataset category: positives are items labelled with it; the guard's score is the crosswalk's
    (the highest of the guard's categories that share hub ids with it); its decision is asserting one."""

    category: str
    name: str
    support: int
    coverage: str
    guard_categories: list[str]
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    auprc: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (the report renders ``f1`` and ``support``)."""
        return {"name": self.name, "support": self.support, "precision": self.precision, "recall": self.recall,
                "f1": self.f1, "auprc": self.auprc, "coverage": self.coverage,
                "guard_categories": self.guard_categories}


@dataclass
class ItemScore:
    """One evaluated item, for the error listings."""

    id: str
    label: int
    score: float
    text: str


@dataclass
class TaskResult:
    """A guard on the items of one task."""

    guard: str
    task: Task
    threshold: float
    threshold_source: str
    metrics: ThresholdMetrics
    recall_at_fpr: list[RecallAtFpr]
    unassessed: int
    unassessed_reasons: Counter[str]
    labels: NDArray[np.int64]
    scores: NDArray[np.float64]
    items: list[LabelledItem]
    per_category: list[CategoryResult]
    taxonomy: str | None
    latency: dict[str, Any]
    describe: dict[str, Any]

    def errors(self, n: int) -> dict[str, list[ItemScore]]:
        """The ``n`` worst false negatives (lowest-scored positives below the threshold) and false positives
        (highest-scored negatives at or above it)."""
        y, s = self.labels.astype(bool), self.scores
        pred = s >= self.threshold
        fn = np.flatnonzero(y & ~pred)
        fp = np.flatnonzero(~y & pred)
        fn = fn[np.argsort(s[fn], kind="mergesort")][:n]
        fp = fp[np.argsort(-s[fp], kind="mergesort")][:n]

        def rows(idx: NDArray[np.int64]) -> list[ItemScore]:
            return [ItemScore(self.items[i].id, int(self.labels[i]), float(s[i]), self.items[i].text) for i in idx]

        return {"false_negatives": rows(fn), "false_positives": rows(fp)}


@dataclass
class GuardEvaluation:
    """Every guard on every task of one labelled file; ``to_dict`` is a ``hazmat.guard-eval/1`` document."""

    data: LabelledData
    results: list[TaskResult]
    settings: dict[str, Any]
    category_taxonomy: Taxonomy | None

    def result(self, guard: str, task: str) -> TaskResult:
        """The result of one guard on one task."""
        for r in self.results:
            if r.guard == guard and r.task == task:
                return r
        raise KeyError((guard, task))

    def to_dict(self, show_errors: int = 0) -> dict[str, Any]:
        """The ``hazmat.guard-eval/1`` document (``hazmat report --guard-results`` renders it)."""
        from ._output import to_document

        return to_document(self, show_errors)

    def render_text(self, show_errors: int = 0, width: int = 100) -> str:
        """Plain-text tables: guards side by side per task, per-category results, errors."""
        from ._output import render_text

        return render_text(self, show_errors, width)


def _labels_in(tax: Taxonomy, item: LabelledItem, cache: dict[str, Crosswalk]) -> frozenset[str]:
    """The item's categories in ``tax`` (translated through the crosswalk when the item speaks another)."""
    if not item.labels or item.taxonomy is None:
        return frozenset()
    if item.taxonomy == tax.id:
        return item.labels
    if item.taxonomy not in cache:
        cache[item.taxonomy] = crosswalk(resolve_taxonomy(item.taxonomy), tax)
    return frozenset(cache[item.taxonomy].map_labels(sorted(item.labels)))


def _category_results(tax: Taxonomy, items: list[LabelledItem], verdicts: list[Verdict], guard_tax: Taxonomy,
                      ) -> list[CategoryResult]:
    item_cats: list[frozenset[str]] = []
    cache: dict[str, Crosswalk] = {}
    for it in items:
        item_cats.append(_labels_in(tax, it, cache))
    support = Counter(c for cats in item_cats for c in cats)
    if not support:
        return []
    walks: dict[str, Crosswalk] = {}

    def walk(v: Verdict) -> Crosswalk:
        key = v.taxonomy
        if key not in walks:
            walks[key] = crosswalk(guard_tax if key == guard_tax.id else load_taxonomy(key), tax)
        return walks[key]

    out = []
    base = crosswalk(guard_tax, tax)
    for cat in [c for c in tax.ids if c in support]:
        link = base.links[cat]
        res = CategoryResult(cat, tax.get(cat).name, support[cat], link.coverage, list(link.sources))
        if link.coverage != "none":
            y = np.fromiter((cat in cats for cats in item_cats), dtype=bool, count=len(items))
            s = np.empty(len(items))
            pred = np.zeros(len(items), dtype=bool)
            for j, v in enumerate(verdicts):
                groups = walk(v).links[cat].groups
                per_group = [[v.scores[c] for c in g if c in v.scores] for g in groups]
                s[j] = min(max(g) for g in per_group) if per_group and all(per_group) else 0.0
                asserted = set(v.categories)
                pred[j] = bool(groups) and all(asserted.intersection(g) for g in groups)
            tp = int((y & pred).sum())
            fp = int((~y & pred).sum())
            fn = int((y & ~pred).sum())
            res.precision = tp / (tp + fp) if tp + fp else 0.0
            res.recall = tp / (tp + fn) if tp + fn else 0.0
            res.f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
            res.auprc = average_precision(y, s)
        out.append(res)
    return out


def evaluate_guard(
    data: LabelledData | str | Path,
    guards: str | Classifier | Sequence[str | Classifier] = "hazmat-minilm",
    *,
    format: str = "auto",
    task: str | None = None,
    taxonomy: str | Taxonomy | None = None,
    threshold: float | None = None,
    target_fpr: Sequence[float] = DEFAULT_TARGET_FPR,
    bootstrap: int = 1000,
    seed: int = 0,
    confidence: float = 0.95,
    batch_size: int = 64,
    progress: bool = False,
    **load_options: Any,
) -> GuardEvaluation:
    """Evaluate one or more guards on a labelled file (or :class:`LabelledData`).

    ``guards``: registered names (comma-separated string or list) or classifier objects. ``task`` keeps one
    task; ``taxonomy`` is where per-category results are reported (default: the dataset's own taxonomy) and
    the taxonomy of chat rows' labels that name none. ``threshold`` overrides every guard's stored
    threshold. ``target_fpr``: recall is reported at each of these FPRs. ``bootstrap`` resamples (seeded by
    ``seed``) give F1 and AUPRC intervals; 0 turns them off. Items a guard leaves unassessed are counted and
    left out of its metrics. ``load_options`` go to :func:`load_labelled` (needs_caution, ...).
    """
    from ..moderation import load_guard

    if batch_size < 1:
        raise InputError(f"--batch-size must be at least 1, got {batch_size}")
    if bootstrap < 0:
        raise InputError(f"--bootstrap must be 0 or more, got {bootstrap}")
    if not 0 < confidence < 1:
        raise InputError(f"--confidence must lie between 0 and 1, got {confidence}")
    targets = sorted({float(t) for t in target_fpr})
    if any(not 0 <= t < 1 for t in targets):
        raise InputError(f"--target-fpr values must lie in [0, 1), got {target_fpr}")
    if isinstance(data, LabelledData):
        if task is not None:
            data = LabelledData(data.path, data.format, [it for it in data.items if it.task == task], data.taxonomy,
                                data.skipped, data.notes)
    else:
        data = load_labelled(data, format, task=task, taxonomy=taxonomy, **load_options)
    if not data.items:
        raise InputError(f"{data.path}: no labelled items to evaluate")
    report_tax = resolve_taxonomy(taxonomy) if taxonomy is not None else data.taxonomy
    names: list[str | Classifier] = (
        [g.strip() for g in guards.split(",") if g.strip()] if isinstance(guards, str)
        else [guards] if not isinstance(guards, Sequence) else list(guards)
    )
    if not names:
        raise InputError("--guard names no guard")

    # distinct conversations, classified once per guard
    index: dict[Conversation, int] = {}
    conv_of = [index.setdefault(it.conversation, len(index)) for it in data.items]
    convs = list(index)
    results: list[TaskResult] = []
    seen: set[str] = set()
    for g in names:
        guard = load_guard(g) if isinstance(g, str) else g
        if guard.name in seen:
            raise InputError(f"guard {guard.name} is named twice")
        seen.add(guard.name)
        run = run_guard(guard, convs, batch_size, progress)
        latency = run.latency()
        for t in TASKS:
            idx = [i for i, it in enumerate(data.items) if it.task == t]
            if not idx:
                continue
            kept: list[int] = []
            scores: list[float] = []
            reasons: Counter[str] = Counter()
            for i in idx:
                v = run.verdicts[conv_of[i]]
                sc = verdict_score(v, t)
                if sc is None:
                    reasons[v.unassessed or f"no {t} score"] += 1
                else:
                    kept.append(i)
                    scores.append(sc)
            items = [data.items[i] for i in kept]
            y = np.fromiter((it.label for it in items), dtype=np.int64, count=len(items))
            s = np.asarray(scores, dtype=np.float64)
            thr, source = (threshold, "--threshold") if threshold is not None else stored_threshold(guard, t)
            metrics = threshold_metrics(y, s, thr, confidence=confidence, bootstrap=bootstrap, seed=seed)
            at_fpr = [recall_at_fpr(y, s, target, confidence) for target in targets]
            cats = (_category_results(report_tax, items, [run.verdicts[conv_of[i]] for i in kept], run.taxonomy)
                    if report_tax is not None and t != "refusal" else [])
            results.append(TaskResult(run.name, t, float(thr), source, metrics, at_fpr, sum(reasons.values()),
                                      reasons, y, s, items, cats, report_tax.id if report_tax else None, latency,
                                      run.describe))
    settings = {"threshold": threshold, "target_fpr": targets, "bootstrap": bootstrap, "seed": seed,
                "confidence": confidence, "batch_size": batch_size, "task": task, "hazmat": __version__}
    return GuardEvaluation(data, results, settings, report_tax)
