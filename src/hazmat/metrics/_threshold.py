"""Guard metrics on numpy arrays: at a threshold with intervals, recall at a target FPR, bootstrap.

Conventions (as scikit-learn): the positive class is 1; a score at or above the threshold predicts positive;
a ratio with an empty denominator is 0 (precision with no predicted positives, ...), except AUPRC with no
positives, which is undefined (None). Intervals: Wilson for precision, recall, FPR and accuracy (they are
proportions); percentile bootstrap for F1 and AUPRC (they are not), seeded and vectorised.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ._classification import average_precision, confusion
from ._rates import wilson_interval

Interval = tuple[float, float]


def _arrays(labels: ArrayLike, scores: ArrayLike) -> tuple[NDArray[np.bool_], NDArray[np.float64]]:
    y = np.asarray(labels).astype(bool).ravel()
    s = np.asarray(scores, dtype=np.float64).ravel()
    if y.shape != s.shape:
        raise ValueError(f"labels ({y.size}) and scores ({s.size}) differ in length")
    return y, s


@dataclass(frozen=True)
class RecallAtFpr:
    """The best recall whose FPR is at most ``target``, the threshold that gives it, and that FPR."""

    target: float
    recall: float | None
    threshold: float | None
    fpr: float | None
    interval: Interval | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {"target_fpr": self.target, "recall": self.recall, "threshold": self.threshold, "fpr": self.fpr,
                "interval": list(self.interval) if self.interval else None}


def roc_points(labels: ArrayLike, scores: ArrayLike) -> tuple[NDArray[np.float64], NDArray[np.float64],
                                                              NDArray[np.float64], NDArray[np.int64]]:
    """``(fpr, tpr, thresholds, tp)`` at every distinct score, from the highest down, after the point
    ``(0, 0)`` at threshold ``inf`` (scikit-learn's ``roc_curve`` without dropping intermediate points)."""
    y, s = _arrays(labels, scores)
    order = np.argsort(-s, kind="mergesort")
    ys, ss = y[order], s[order]
    ends = np.r_[np.flatnonzero(np.diff(ss)), ys.size - 1] if ys.size else np.zeros(0, dtype=np.int64)
    tp = np.r_[0, np.cumsum(ys)[ends]].astype(np.int64)
    fp = np.r_[0, np.cumsum(~ys)[ends]].astype(np.int64)
    p, n = int(ys.sum()), int((~ys).sum())
    tpr = tp / p if p else np.zeros(tp.size)
    fpr = fp / n if n else np.zeros(fp.size)
    return fpr, tpr, np.r_[np.inf, ss[ends]], tp


def recall_at_fpr(labels: ArrayLike, scores: ArrayLike, target: float, confidence: float = 0.95) -> RecallAtFpr:
    """The highest recall over thresholds whose FPR ≤ ``target`` (the highest such threshold on ties); recall
    0 at threshold None when no threshold qualifies. Undefined (None) without positives or negatives."""
    y, s = _arrays(labels, scores)
    p, n = int(y.sum()), int((~y).sum())
    if p == 0 or n == 0:
        return RecallAtFpr(target, None, None, None)
    fpr, tpr, thr, tp = roc_points(y, s)
    ok = fpr <= target
    i = int(np.argmax(np.where(ok, tpr, -1.0)))
    threshold = None if math.isinf(thr[i]) else float(thr[i])
    return RecallAtFpr(target, float(tpr[i]), threshold, float(fpr[i]),
                       wilson_interval(int(tp[i]), p, confidence))


def bootstrap_intervals(labels: ArrayLike, scores: ArrayLike, threshold: float, n_boot: int, seed: int = 0,
                        confidence: float = 0.95, chunk_elems: int = 1_000_000) -> dict[str, Interval | None]:
    """Percentile bootstrap intervals of F1 (at ``threshold``) and AUPRC: ``n_boot`` resamples of the items
    with replacement, drawn from ``numpy.random.default_rng(seed)``. Each resample is a vector of item counts,
    so AUPRC needs no re-sort (items are sorted by score once). Resamples without positives are left out."""
    y, s = _arrays(labels, scores)
    n = y.size
    if n_boot <= 0 or n == 0:
        return {"f1": None, "auprc": None}
    rng = np.random.default_rng(seed)
    order = np.argsort(-s, kind="mergesort")
    ys = y[order].astype(np.float64)
    ss = s[order]
    pred = ss >= threshold
    ends = np.r_[np.flatnonzero(np.diff(ss)), n - 1]
    f1s: list[NDArray[np.float64]] = []
    aps: list[NDArray[np.float64]] = []
    per = max(1, chunk_elems // n)
    done = 0
    while done < n_boot:
        b = min(per, n_boot - done)
        done += b
        draws = rng.integers(0, n, size=(b, n))
        w = np.bincount((draws + (np.arange(b) * n)[:, None]).ravel(), minlength=b * n).reshape(b, n)
        w = w[:, order].astype(np.float64)  # counts per item, in score order
        tp_w = w * ys
        tp = tp_w[:, pred].sum(axis=1)
        fp = w[:, pred].sum(axis=1) - tp
        pos = tp_w.sum(axis=1)
        fn = pos - tp
        denom = 2 * tp + fp + fn
        f1s.append(np.divide(2 * tp, denom, out=np.zeros_like(tp), where=denom > 0))
        cum_tp = np.cumsum(tp_w, axis=1)[:, ends]
        cum_all = np.cumsum(w, axis=1)[:, ends]
        precision = np.divide(cum_tp, cum_all, out=np.zeros_like(cum_tp), where=cum_all > 0)
        gain = np.diff(np.c_[np.zeros(b), cum_tp], axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            ap = (gain * precision).sum(axis=1) / pos
        aps.append(np.where(pos > 0, ap, np.nan))
    alpha = (1 - confidence) / 2

    def pct(values: list[NDArray[np.float64]]) -> Interval | None:
        v = np.concatenate(values)
        v = v[~np.isnan(v)]
        if v.size == 0:
            return None
        lo, hi = np.percentile(v, [100 * alpha, 100 * (1 - alpha)])
        return float(lo), float(hi)

    return {"f1": pct(f1s), "auprc": pct(aps)}


@dataclass
class ThresholdMetrics:
    """Confusion counts and metrics at one threshold, AUPRC, and intervals."""

    n: int
    positives: int
    threshold: float
    tp: int
    fp: int
    fn: int
    tn: int
    precision: float
    recall: float
    f1: float
    fpr: float
    accuracy: float
    auprc: float | None
    intervals: dict[str, Interval | None] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (intervals as two-element lists)."""
        return {"n": self.n, "positives": self.positives, "threshold": self.threshold, "tp": self.tp, "fp": self.fp,
                "fn": self.fn, "tn": self.tn, "precision": self.precision, "recall": self.recall, "f1": self.f1,
                "fpr": self.fpr, "accuracy": self.accuracy, "auprc": self.auprc,
                "intervals": {k: (list(v) if v else None) for k, v in self.intervals.items()}}


def threshold_metrics(labels: ArrayLike, scores: ArrayLike, threshold: float, *, confidence: float = 0.95,
                      bootstrap: int = 0, seed: int = 0) -> ThresholdMetrics:
    """Precision, recall, F1, FPR, accuracy at ``threshold`` and AUPRC, each with an interval at
    ``confidence`` (F1 and AUPRC only when ``bootstrap`` > 0)."""
    y, s = _arrays(labels, scores)
    tp, fp, fn, tn = confusion(y, s >= threshold)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    fpr = fp / (fp + tn) if fp + tn else 0.0
    n = int(y.size)
    accuracy = (tp + tn) / n if n else 0.0
    auprc = average_precision(y, s) if tp + fn else None
    intervals: dict[str, Interval | None] = {
        "precision": wilson_interval(tp, tp + fp, confidence),
        "recall": wilson_interval(tp, tp + fn, confidence),
        "fpr": wilson_interval(fp, fp + tn, confidence),
        "accuracy": wilson_interval(tp + tn, n, confidence),
    }
    intervals.update(bootstrap_intervals(y, s, threshold, bootstrap, seed, confidence))
    return ThresholdMetrics(n, tp + fn, float(threshold), tp, fp, fn, tn, precision, recall, f1, fpr, accuracy,
                            auprc, intervals)
