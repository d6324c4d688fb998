"""Writing evaluations: the ``hazmat.guard-eval/1`` JSON document, and plain-text tables."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from .._cli_common import table
from ._results import GUARD_EVAL_SCHEMA, guard_result

if TYPE_CHECKING:
    from ._evaluate import GuardEvaluation, ItemScore, TaskResult


def _clean(obj: Any) -> Any:
    """NaN and infinities become None, so the document is strict JSON."""
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {k: _clean(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_clean(v) for v in obj]
    return obj


def excerpt(text: str, width: int = 90) -> str:
    """The text on one line, cut to ``width`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _error_rows(rows: list[ItemScore]) -> list[dict[str, Any]]:
    return [{"id": r.id, "label": r.label, "score": round(r.score, 6), "text": excerpt(r.text, 300)} for r in rows]


def _entry(r: TaskResult, show_errors: int) -> dict[str, Any]:
    entry = guard_result(r.guard, r.task, r.labels.tolist(), r.scores.tolist(), r.threshold)
    m = r.metrics
    entry["metrics"].update({"accuracy": m.accuracy, "auprc": m.auprc, "tp": m.tp, "fp": m.fp, "fn": m.fn,
                             "tn": m.tn, "unassessed": r.unassessed})
    entry["intervals"] = {k: (list(v) if v else None) for k, v in m.intervals.items()}
    entry["threshold_source"] = r.threshold_source
    entry["recall_at_fpr"] = [x.to_dict() for x in r.recall_at_fpr]
    entry["unassessed"] = {"count": r.unassessed, "reasons": dict(r.unassessed_reasons.most_common())}
    entry["per_category"] = {c.category: c.to_dict() for c in r.per_category}
    if r.taxonomy and r.per_category:
        entry["category_taxonomy"] = r.taxonomy
    entry["latency_ms"] = dict(r.latency)
    entry["guard"] = r.describe
    if show_errors > 0:
        entry["errors"] = {k: _error_rows(v) for k, v in r.errors(show_errors).items()}
    return entry


def to_document(ev: GuardEvaluation, show_errors: int = 0) -> dict[str, Any]:
    """The ``hazmat.guard-eval/1`` document of an evaluation."""
    d = ev.data
    doc = {
        "schema_version": GUARD_EVAL_SCHEMA,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "dataset": {"name": d.name, "path": d.path, "format": d.format, "items": len(d.items),
                    "tasks": {t: sum(it.task == t for it in d.items) for t in d.tasks()},
                    "taxonomy": d.taxonomy.id if d.taxonomy else None,
                    "skipped": dict(d.skipped.most_common()), "notes": list(d.notes)},
        "settings": dict(ev.settings),
        "guards": [_entry(r, show_errors) for r in ev.results],
    }
    return _clean(doc)  # type: ignore[no-any-return]


def _f(v: float | None, digits: int = 3) -> str:
    return "–" if v is None or not math.isfinite(v) else f"{v:.{digits}f}"


def _iv(v: tuple[float, float] | None) -> str:
    return "" if v is None else f"[{v[0]:.3f}, {v[1]:.3f}]"


def render_text(ev: GuardEvaluation, show_errors: int = 0, width: int = 100) -> str:
    """Guards side by side per task: metrics with intervals, recall at target FPRs, latency; then per
    category, and the worst errors when asked."""
    d = ev.data
    out = []
    skipped = sum(d.skipped.values())
    why = ", ".join(f"{r}: {n}" for r, n in d.skipped.most_common())
    out.append(f"data: {d.path} (format {d.format}): {len(d.items)} labelled items"
               + (f"; {skipped} skipped ({why})" if skipped else ""))
    out.extend(f"note: {n}" for n in d.notes)
    conf = round(100 * float(ev.settings.get("confidence", 0.95)))
    boot = ev.settings.get("bootstrap", 0)
    for task in d.tasks():
        rs = [r for r in ev.results if r.task == task]
        if not rs:
            continue
        first = rs[0]
        out.append("")
        total = first.metrics.n + first.unassessed
        out.append(f"== task: {task}  ({total} item{'s' * (total != 1)}; {first.metrics.positives} positive "
                   f"among those {first.guard} assessed) ==")
        headers = ["metric", *[r.guard for r in rs]]
        rows: list[list[str]] = [
            ["threshold", *[f"{r.threshold:.3f} ({r.threshold_source})" for r in rs]],
            ["assessed (positives)", *[f"{r.metrics.n} ({r.metrics.positives})" for r in rs]],
            ["unassessed", *[str(r.unassessed) for r in rs]],
        ]
        for key, label in (("precision", "precision"), ("recall", "recall"), ("f1", "F1"), ("fpr", "FPR"),
                           ("accuracy", "accuracy"), ("auprc", "AUPRC")):
            rows.append([label, *[f"{_f(getattr(r.metrics, key))} {_iv(r.metrics.intervals.get(key))}".strip()
                                  for r in rs]])
        for k, target in enumerate(first.recall_at_fpr):
            cells = []
            for r in rs:
                x = r.recall_at_fpr[k]
                cells.append("–" if x.recall is None else
                             f"{x.recall:.3f} @ {_f(x.threshold)} (FPR {_f(x.fpr)})")
            rows.append([f"recall @ FPR ≤ {target.target:g}", *cells])
        rows.append(["latency p50 / p95 ms/item",
                     *[f"{_f(r.latency.get('p50'), 2)} / {_f(r.latency.get('p95'), 2)}" for r in rs]])
        rows.append(["throughput items/s", *[_f(r.latency.get("throughput_per_s"), 1) for r in rs]])
        out.append(table(headers, rows, max_width=width))
        out.append(f"intervals: {conf}% Wilson (precision, recall, FPR, accuracy)"
                   + (f"; {conf}% bootstrap of {boot} resamples (F1, AUPRC)" if boot else "; no bootstrap"))
        for r in rs:
            if r.unassessed:
                out.append(f"{r.guard}: {r.unassessed} unassessed, left out of its metrics ("
                           + ", ".join(f"{why}: {n}" for why, n in r.unassessed_reasons.most_common(3)) + ")")
        if any(r.per_category for r in rs):
            out.append("")
            out.append(f"per category ({first.taxonomy}; positives: items labelled with it; decision: the guard "
                       "asserts a mapped category)")
            cats = {c.category: c for r in rs for c in r.per_category}
            by = {(r.guard, c.category): c for r in rs for c in r.per_category}
            crow = []
            for cid, c in cats.items():
                cells = []
                for r in rs:
                    cr = by.get((r.guard, cid))
                    cells.append("uncovered" if cr is None or cr.coverage == "none" else
                                 f"{_f(cr.f1)} ({_f(cr.precision, 2)}/{_f(cr.recall, 2)}) {_f(cr.auprc)}"
                                 + (" partial" if cr.coverage == "partial" else ""))
                crow.append([cid, str(c.support), *cells])
            out.append(table(["category", "support", *[f"{r.guard}: F1 (P/R) AUPRC" for r in rs]], crow,
                             max_width=width))
        if show_errors > 0:
            for r in rs:
                errs = r.errors(show_errors)
                for kind, title in (("false_negatives", "worst false negatives"),
                                    ("false_positives", "worst false positives")):
                    out.append("")
                    out.append(f"{r.guard} · {task} · {title} ({len(errs[kind])})")
                    if errs[kind]:
                        out.append(table(["id", "score", "text"],
                                         [[e.id, f"{e.score:.3f}", excerpt(e.text, width)] for e in errs[kind]],
                                         max_width=width))
    return "\n".join(out)
