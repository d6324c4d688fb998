"""Rendering guard-evaluation results (``hazmat.guardeval``'s ``hazmat.guard-eval/1`` files) beside
model-evaluation runs: ``hazmat report --guard-results FILE``. Computing and reading them is guardeval's."""

from __future__ import annotations

from html import escape
from typing import Any

from ._svg import BarRow, LineSeries, bar_chart, line_chart


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
