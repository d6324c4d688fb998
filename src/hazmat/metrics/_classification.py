"""Binary classification metrics on numpy arrays: precision, recall, F1, AUPRC, FPR, thresholds."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray


@dataclass(frozen=True)
class BinaryMetrics:
    """Metrics of scores against 0/1 labels at one threshold (the positive class is 1)."""

    n: int
    positives: int
    threshold: float
    precision: float
    recall: float
    f1: float
    fpr: float
    auprc: float

    def to_dict(self) -> dict[str, float | int]:
        """The metrics as a dict, rounded for reports."""
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in asdict(self).items()}


def _arrays(y_true: ArrayLike, scores: ArrayLike) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
    y = np.asarray(y_true).astype(np.int64).ravel()
    s = np.asarray(scores, dtype=np.float64).ravel()
    if y.shape != s.shape:
        raise ValueError(f"labels ({y.shape[0]}) and scores ({s.shape[0]}) differ in length")
    if not np.isin(y, (0, 1)).all():
        raise ValueError("labels must be 0 or 1")
    return y, s


def average_precision(y_true: ArrayLike, scores: ArrayLike) -> float:
    """Area under the precision-recall curve as average precision (the step-wise sum, as scikit-learn)."""
    y, s = _arrays(y_true, scores)
    n_pos = int(y.sum())
    if n_pos == 0:
        return float("nan")
    order = np.argsort(-s, kind="mergesort")
    y_sorted, s_sorted = y[order], s[order]
    # one point per distinct score (ties move together)
    distinct = np.where(np.diff(s_sorted))[0]
    ends = np.r_[distinct, y.size - 1]
    tp = np.cumsum(y_sorted)[ends]
    fp = (ends + 1) - tp
    precision = tp / (tp + fp)
    recall = tp / n_pos
    prev_recall = np.r_[0.0, recall[:-1]]
    return float(np.sum((recall - prev_recall) * precision))


def confusion(y_true: ArrayLike, y_pred: ArrayLike) -> tuple[int, int, int, int]:
    """``(tp, fp, fn, tn)`` for 0/1 labels and predictions."""
    y = np.asarray(y_true).astype(bool).ravel()
    p = np.asarray(y_pred).astype(bool).ravel()
    return int((y & p).sum()), int((~y & p).sum()), int((y & ~p).sum()), int((~y & ~p).sum())


def binary_metrics(y_true: ArrayLike, scores: ArrayLike, threshold: float = 0.5) -> BinaryMetrics:
    """Precision, recall, F1 and FPR at ``threshold`` (score >= threshold is positive), and AUPRC."""
    y, s = _arrays(y_true, scores)
    tp, fp, fn, tn = confusion(y, s >= threshold)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    fpr = fp / (fp + tn) if fp + tn else 0.0
    return BinaryMetrics(
        n=int(y.size), positives=int(y.sum()), threshold=float(threshold), precision=precision,
        recall=recall, f1=f1, fpr=fpr, auprc=average_precision(y, s),
    )


def best_f1_threshold(y_true: ArrayLike, scores: ArrayLike) -> float:
    """The score threshold that maximises F1 (midway between neighbouring distinct scores)."""
    y, s = _arrays(y_true, scores)
    if y.sum() == 0:
        return 0.5
    order = np.argsort(-s, kind="mergesort")
    y_sorted, s_sorted = y[order], s[order]
    tp = np.cumsum(y_sorted)
    k = np.arange(1, y.size + 1)
    f1 = 2 * tp / (k + y.sum())
    last_of_tie = np.r_[np.diff(s_sorted) != 0, True]
    f1 = np.where(last_of_tie, f1, -1.0)
    i = int(np.argmax(f1))
    if i + 1 < y.size:
        return float((s_sorted[i] + s_sorted[i + 1]) / 2)
    return float(s_sorted[i])
