"""Guard-evaluation results (schema ``hazmat.guard-eval/1``): computing them from predictions, and rendering.

One file describes one labelled dataset and one or more guards: each guard's metrics at its threshold, its
precision-recall curve, a reliability diagram (calibration), per-category precision / recall / F1, and
latency. ``hazmat report --guard-results FILE`` renders such files beside model-evaluation runs.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import InputError
from ..metrics import binary_metrics
from ._svg import BarRow, LineSeries, bar_chart, line_chart

SCHEMA = "hazmat.guard-eval/1"


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
    if not isinstance(data, dict) or data.get("schema_version") != SCHEMA or not isinstance(data.get("guards"), list):
        raise InputError(f"guard results {path}: expected a {SCHEMA} file with a 'guards' list")
    for i, g in enumerate(data["guards"]):
        for key in ("name", "metrics", "pr_curve", "reliability"):
            if key not in g:
                raise InputError(f"guard results {path}: guards[{i}] lacks {key!r}")
    return data


def _f(v: Any) -> str:
    return "–" if v is None else f"{v:.3f}"


def render_guard_results(files: list[dict[str, Any]]) -> str:
    """Per file: a metrics table, PR curves, reliability diagrams, per-category F1 and latency."""
    out = []
    for data in files:
        guards = data["guards"]
        dataset = data.get("dataset", {})
        out.append(f"<h3>{escape(str(dataset.get('name', 'labelled data')))} "
                   f"<span class='muted'>({escape(str(dataset.get('path', '')))})</span></h3>")
        head = "".join(f"<th>{h}</th>" for h in ("guard", "task", "threshold", "n", "positives", "precision", "recall",
                                                  "F1", "FPR", "AUPRC", "p50 ms", "p95 ms"))
        rows = []
        for g in guards:
            m, lat = g["metrics"], g.get("latency_ms") or {}
            cells = [g["name"], g.get("task", ""), _f(g.get("threshold")), m.get("n"), m.get("positives"),
                     _f(m.get("precision")), _f(m.get("recall")), _f(m.get("f1")), _f(m.get("fpr")),
                     _f(m.get("auprc")), _f(lat.get("p50")), _f(lat.get("p95"))]
            rows.append("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in cells) + "</tr>")
        out.append(f"<table class='guards'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")
        out.append(line_chart([LineSeries(g["name"], g["pr_curve"]["recall"], g["pr_curve"]["precision"])
                               for g in guards], title="Precision-recall curves", x_label="recall",
                              y_label="precision"))
        out.append(line_chart([LineSeries(g["name"], g["reliability"]["mean_score"], g["reliability"]["positive_rate"])
                               for g in guards], title="Reliability (calibration): observed rate per score bin",
                              x_label="mean predicted score", y_label="observed positive rate", diagonal=True))
        cat_rows = [BarRow(label=c, series=g["name"], value=v["f1"], low=None, high=None, n=v.get("support", 0))
                    for g in guards for c, v in g.get("per_category", {}).items()]
        if cat_rows:
            out.append(bar_chart(cat_rows, title="F1 per category", x_label="F1"))
    return "".join(out)
