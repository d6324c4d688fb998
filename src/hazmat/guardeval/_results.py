"""Guard-evaluation results (schema ``hazmat.guard-eval/1``): computing an entry from a guard's scores on
labelled data, and reading a results file back. ``hazmat.report`` renders them.

One file describes one labelled dataset and one or more guards: each guard's metrics at its threshold, its
precision-recall curve, a reliability diagram (calibration), per-category precision / recall / F1, and
latency.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import InputError
from ..metrics import binary_metrics

GUARD_EVAL_SCHEMA = "hazmat.guard-eval/1"


def pr_curve(labels: Sequence[int], scores: Sequence[float]) -> dict[str, list[float]]:
    """Precision and recall at every distinct score threshold, from the highest score down (empty lists when
    nothing was scored, e.g. every item was unassessed)."""
    y = np.asarray(labels, dtype=np.int64)
    s = np.asarray(scores, dtype=np.float64)
    if y.size == 0:
        return {"precision": [], "recall": [], "threshold": []}
    order = np.argsort(-s, kind="mergesort")
    y, s = y[order], s[order]
    tp = np.cumsum(y)
    k = np.arange(1, y.size + 1)
    last = np.r_[np.diff(s) != 0, True]
    positives = max(int(y.sum()), 1)
    return {"precision": [round(float(v), 4) for v in (tp / k)[last]],
            "recall": [round(float(v), 4) for v in (tp / positives)[last]],
            "threshold": [round(float(v), 4) for v in s[last]]}


def reliability(labels: Sequence[int], scores: Sequence[float], bins: int = 10) -> dict[str, list[float]]:
    """Mean score and observed positive rate per equal-width score bin (empty bins left out)."""
    y = np.asarray(labels, dtype=np.float64)
    s = np.clip(np.asarray(scores, dtype=np.float64), 0.0, 1.0)
    idx = np.minimum((s * bins).astype(int), bins - 1)
    out: dict[str, list[float]] = {"mean_score": [], "positive_rate": [], "count": []}
    for b in range(bins):
        m = idx == b
        if m.any():
            out["mean_score"].append(round(float(s[m].mean()), 4))
            out["positive_rate"].append(round(float(y[m].mean()), 4))
            out["count"].append(int(m.sum()))
    return out


def guard_result(name: str, task: str, labels: Sequence[int], scores: Sequence[float], threshold: float,
                 per_category: Mapping[str, tuple[Sequence[int], Sequence[float]]] | None = None,
                 latencies_ms: Sequence[float] | None = None) -> dict[str, Any]:
    """One guard's entry of a ``hazmat.guard-eval/1`` file, computed from its scores on labelled data."""
    m = binary_metrics(labels, scores, threshold)
    entry: dict[str, Any] = {
        "name": name, "task": task, "threshold": threshold,
        "metrics": {"n": m.n, "positives": m.positives, "precision": m.precision, "recall": m.recall, "f1": m.f1,
                    "fpr": m.fpr, "auprc": m.auprc},
        "pr_curve": pr_curve(labels, scores), "reliability": reliability(labels, scores),
        "per_category": {},
    }
    for cat, (cl, cs) in sorted((per_category or {}).items()):
        cm = binary_metrics(cl, cs, threshold)
        entry["per_category"][cat] = {"precision": cm.precision, "recall": cm.recall, "f1": cm.f1,
                                      "support": cm.positives}
    if latencies_ms:
        lat = np.asarray(latencies_ms, dtype=np.float64)
        entry["latency_ms"] = {"p50": float(np.percentile(lat, 50)), "p95": float(np.percentile(lat, 95)),
                               "throughput_per_s": float(1000.0 * lat.size / lat.sum()) if lat.sum() else None}
    return entry


def load_guard_results(path: Path) -> dict[str, Any]:
    """Read and check a guard-evaluation file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise InputError(f"guard results {path}: {e}") from e
    if not isinstance(data, dict) or data.get("schema_version") != GUARD_EVAL_SCHEMA \
            or not isinstance(data.get("guards"), list):
        raise InputError(f"guard results {path}: expected a {GUARD_EVAL_SCHEMA} file with a 'guards' list")
    for i, g in enumerate(data["guards"]):
        for key in ("name", "metrics", "pr_curve", "reliability"):
            if key not in g:
                raise InputError(f"guard results {path}: guards[{i}] lacks {key!r}")
    return data
