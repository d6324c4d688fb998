"""Score calibrators and operating points, numpy only.

* :func:`fit_temperature`: one temperature ``T`` on the logits of the scores, ``p' = sigmoid(logit(p) / T)``,
  fitted by minimising the log loss with a golden-section search on ``log T`` (no scipy).
* :func:`fit_isotonic`: isotonic regression by pool-adjacent-violators; the fitted step function is stored
  as knots (the first and last score of each pooled block) and applied by linear interpolation between
  them, clipped at the ends (scikit-learn's ``IsotonicRegression(out_of_bounds="clip")``).
* :func:`threshold_at_fpr`: the threshold with the highest recall among those whose FPR on the data is at
  most the target.
* :func:`expected_calibration_error`, :func:`brier_score`.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ..errors import InputError
from ..metrics import recall_at_fpr

METHODS = ("temperature", "isotonic", "none")
_EPS = 1e-7
_LOG_T_BOUNDS = (math.log(1e-2), math.log(1e2))


def _logit(p: NDArray[np.float64]) -> NDArray[np.float64]:
    q = np.clip(p, _EPS, 1 - _EPS)
    out: NDArray[np.float64] = np.log(q) - np.log1p(-q)
    return out


def _sigmoid(z: NDArray[np.float64]) -> NDArray[np.float64]:
    out: NDArray[np.float64] = 0.5 * (1.0 + np.tanh(0.5 * z))
    return out


def log_loss(labels: ArrayLike, probs: ArrayLike) -> float:
    """Mean negative log-likelihood of binary ``labels`` under ``probs`` (clipped away from 0 and 1)."""
    y = np.asarray(labels, dtype=np.float64).ravel()
    p = np.clip(np.asarray(probs, dtype=np.float64).ravel(), _EPS, 1 - _EPS)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log1p(-p))) if y.size else 0.0


def golden_section(f: Any, lo: float, hi: float, tol: float = 1e-6, max_iter: int = 200) -> float:
    """The minimiser of a unimodal ``f`` on ``[lo, hi]`` by golden-section search."""
    inv_phi = (math.sqrt(5) - 1) / 2
    a, b = lo, hi
    c, d = b - inv_phi * (b - a), a + inv_phi * (b - a)
    fc, fd = f(c), f(d)
    for _ in range(max_iter):
        if b - a < tol:
            break
        if fc <= fd:
            b, d, fd = d, c, fc
            c = b - inv_phi * (b - a)
            fc = f(c)
        else:
            a, c, fc = c, d, fd
            d = a + inv_phi * (b - a)
            fd = f(d)
    return (a + b) / 2


def fit_temperature(scores: ArrayLike, labels: ArrayLike) -> float:
    """The temperature ``T`` in [0.01, 100] minimising the log loss of ``sigmoid(logit(scores) / T)``."""
    z = _logit(np.asarray(scores, dtype=np.float64).ravel())
    y = np.asarray(labels, dtype=np.float64).ravel()
    if z.size == 0:
        return 1.0
    return float(math.exp(golden_section(lambda lt: log_loss(y, _sigmoid(z / math.exp(lt))), *_LOG_T_BOUNDS)))


def pav(x: ArrayLike, y: ArrayLike, weights: ArrayLike | None = None) -> tuple[NDArray[np.float64],
                                                                              NDArray[np.float64]]:
    """Isotonic (non-decreasing) regression of ``y`` on ``x`` by pool-adjacent-violators.

    Returns knots ``(xs, ys)``: for each pooled block its first and last ``x`` (once when they coincide)
    with the block's weighted mean; ``np.interp(v, xs, ys)`` is the fitted function (clipped at the ends).
    Equal ``x`` values are pooled first (as scikit-learn does)."""
    xa = np.asarray(x, dtype=np.float64).ravel()
    ya = np.asarray(y, dtype=np.float64).ravel()
    wa = np.ones_like(xa) if weights is None else np.asarray(weights, dtype=np.float64).ravel()
    if xa.shape != ya.shape or xa.shape != wa.shape:
        raise ValueError("x, y and weights differ in length")
    if xa.size == 0:
        return np.zeros(0), np.zeros(0)
    order = np.lexsort((ya, xa))
    xs, ys, ws = xa[order], ya[order], wa[order]
    ux, start = np.unique(xs, return_index=True)
    wsum = np.add.reduceat(ws, start)
    ymean = np.add.reduceat(ws * ys, start) / wsum
    # blocks as a stack: weighted mean, weight, first x index, last x index
    vals: list[float] = []
    wts: list[float] = []
    first: list[int] = []
    last: list[int] = []
    for i in range(ux.size):
        v, w, f = float(ymean[i]), float(wsum[i]), i
        while vals and vals[-1] >= v:
            pv, pw = vals.pop(), wts.pop()
            f = first.pop()
            last.pop()
            v = (pv * pw + v * w) / (pw + w)
            w = pw + w
        vals.append(v)
        wts.append(w)
        first.append(f)
        last.append(i)
    kx: list[float] = []
    ky: list[float] = []
    for v, f, la in zip(vals, first, last, strict=True):
        kx.append(float(ux[f]))
        ky.append(v)
        if la != f:
            kx.append(float(ux[la]))
            ky.append(v)
    return np.asarray(kx), np.asarray(ky)


@dataclass(frozen=True)
class Calibrator:
    """A fitted map from a guard's unsafe score to a calibrated probability.

    ``method``: ``temperature`` (``params = {"T": ...}``), ``isotonic`` (``params = {"x": [...], "y": [...]}``,
    knots of the non-decreasing fit) or ``none`` (identity)."""

    method: str
    params: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise InputError(f"calibration method must be one of {', '.join(METHODS)}, got {self.method!r}")
        if self.method == "temperature":
            t = self.params.get("T")
            if not isinstance(t, int | float) or isinstance(t, bool) or not t > 0 or not math.isfinite(t):
                raise InputError(f"temperature calibrator needs a positive finite 'T', got {t!r}")
        if self.method == "isotonic":
            xs, ys = self.params.get("x"), self.params.get("y")
            if (not isinstance(xs, list) or not isinstance(ys, list) or not xs or len(xs) != len(ys)
                    or not all(isinstance(v, int | float) for v in [*xs, *ys])):
                raise InputError("isotonic calibrator needs knots 'x' and 'y': equal-length non-empty number lists")
            if any(b < a for a, b in itertools.pairwise(xs)) or any(b < a for a, b in itertools.pairwise(ys)):
                raise InputError("isotonic calibrator knots must be non-decreasing")

    def apply(self, scores: ArrayLike) -> NDArray[np.float64]:
        """Calibrated probabilities of ``scores``."""
        s = np.asarray(scores, dtype=np.float64)
        if self.method == "temperature":
            return _sigmoid(_logit(s) / float(self.params["T"]))
        if self.method == "isotonic":
            out: NDArray[np.float64] = np.interp(s, np.asarray(self.params["x"], dtype=np.float64),
                                                 np.asarray(self.params["y"], dtype=np.float64))
            return out
        return s.astype(np.float64, copy=True)

    def apply_one(self, score: float) -> float:
        """One calibrated probability."""
        return float(self.apply(np.asarray([score]))[0])

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready ``{"method", "params"}``."""
        return {"method": self.method, "params": self.params}


def fit_calibrator(scores: ArrayLike, labels: ArrayLike, method: str) -> Calibrator:
    """Fit ``method`` (temperature, isotonic or none) on raw unsafe ``scores`` and binary ``labels``."""
    if method not in METHODS:
        raise InputError(f"--method must be one of {', '.join(METHODS)}, got {method!r}")
    if method == "temperature":
        return Calibrator("temperature", {"T": fit_temperature(scores, labels)})
    if method == "isotonic":
        kx, ky = pav(scores, labels)
        return Calibrator("isotonic", {"x": [float(v) for v in kx], "y": [float(v) for v in ky]})
    return Calibrator("none", {})


def threshold_at_fpr(labels: ArrayLike, scores: ArrayLike, target: float) -> tuple[float, float, float]:
    """``(threshold, fpr, recall)``: the threshold (predict positive at or above it) with the highest recall
    among those whose FPR on the data is at most ``target`` (the highest such threshold on ties). When
    only flagging nothing qualifies, the threshold lies just above the highest score. Needs positives and
    negatives."""
    y = np.asarray(labels).astype(bool).ravel()
    s = np.asarray(scores, dtype=np.float64).ravel()
    if not y.any() or y.all():
        raise InputError("fitting a threshold needs both positive and negative labelled items")
    r = recall_at_fpr(y, s, target)
    if r.threshold is None:
        return float(np.nextafter(s.max(), np.inf)), 0.0, 0.0
    return float(r.threshold), float(r.fpr or 0.0), float(r.recall or 0.0)


def expected_calibration_error(labels: ArrayLike, probs: ArrayLike, bins: int = 10) -> float:
    """ECE over ``bins`` equal-width bins of [0, 1]: the item-weighted mean of |accuracy - confidence|,
    where confidence is the mean predicted P(unsafe) and accuracy the fraction unsafe in the bin."""
    y = np.asarray(labels, dtype=np.float64).ravel()
    p = np.clip(np.asarray(probs, dtype=np.float64).ravel(), 0.0, 1.0)
    if y.size == 0:
        return 0.0
    idx = np.minimum((p * bins).astype(np.int64), bins - 1)
    conf = np.bincount(idx, weights=p, minlength=bins)
    acc = np.bincount(idx, weights=y, minlength=bins)
    return float(np.abs(acc - conf).sum() / y.size)


def brier_score(labels: ArrayLike, probs: ArrayLike) -> float:
    """Mean squared error of ``probs`` against binary ``labels``."""
    y = np.asarray(labels, dtype=np.float64).ravel()
    p = np.asarray(probs, dtype=np.float64).ravel()
    return float(np.mean((p - y) ** 2)) if y.size else 0.0


def operating_metrics(labels: ArrayLike, probs: ArrayLike, threshold: float) -> dict[str, float | int]:
    """ECE, Brier, log loss, and FPR / recall / precision at ``threshold`` (scores at or above it flag)."""
    y = np.asarray(labels).astype(bool).ravel()
    p = np.asarray(probs, dtype=np.float64).ravel()
    pred = p >= threshold
    tp, fp = int((y & pred).sum()), int((~y & pred).sum())
    pos, neg = int(y.sum()), int((~y).sum())
    return {"threshold": float(threshold), "ece": expected_calibration_error(y, p), "brier": brier_score(y, p),
            "log_loss": log_loss(y, p), "fpr": fp / neg if neg else 0.0, "recall": tp / pos if pos else 0.0,
            "precision": tp / (tp + fp) if tp + fp else 0.0, "tp": tp, "fp": fp, "positives": pos, "negatives": neg}
