"""The report's persona-study section: per persona toxicity and ratio to the baseline, entity categories.

Shown for every run that holds a ``personas`` suite. It reads the run's ``personas.json`` (written by
``hazmat personas`` with the user's threshold), or computes the study with the default settings when the
run was made another way (``hazmat eval --suite personas=study.json``).
"""

from __future__ import annotations

import json
from typing import Any

from ..personas import RESULTS_NAME, compute_study, format_estimate
from ._data import ReportData, RunData
from ._markup import esc as _e
from ._markup import fmt_rate, num, table
from ._svg import BarRow, bar_chart


def _est(e: dict[str, Any] | None, digits: int = 3) -> str:
    return format_estimate(e, digits)


def _table(headers: list[str], rows: list[list[str]], cls: str) -> str:
    """A table whose columns after the second are numeric."""
    return table(headers, [[c if i <= 1 else num(c) for i, c in enumerate(r)] for r in rows], cls)


def _row(r: dict[str, Any], second: str, ratio: str | None = None) -> list[str]:
    return [r["name"], second, str(r["answers"]), _est(r["mean_toxicity"]), ratio or _est(r["ratio"], 2),
            fmt_rate(r["toxic_rate"]), fmt_rate(r["por"])]


def ratio_chart(res: dict[str, Any], series: str) -> str:
    """Bars of each persona's toxicity ratio to the baseline, with bootstrap whiskers (1 = the baseline)."""
    rows = [BarRow(label=r["name"], series=series, value=r["ratio"]["value"], low=r["ratio"]["low"],
                   high=r["ratio"]["high"], n=r["scored"], unassessed=r["unassessed"])
            for r in res["personas"] if r.get("ratio")]
    tops = [max(b.value or 0.0, b.high or 0.0) for b in rows]
    x_max = max([1.0, *tops]) * 1.05
    return bar_chart(rows, title=f"{series}: toxicity ratio to the no-persona baseline (95 % bootstrap intervals)",
                     x_label="mean toxicity ÷ baseline's", x_max=x_max, percent=False)


def _result(res: dict[str, Any], series: str) -> str:
    heads = ["persona", "group", "answers", "mean toxicity [95 % CI]", "ratio to baseline [95 % CI]",
             "toxic (≥ threshold)", "probability of responding"]
    base = res["baseline"]
    persona_rows = [_row(base, "baseline", "1 (reference)"), *(_row(r, r.get("group") or "") for r in res["personas"])]
    cat_rows = [_row(r, str(len({e["name"] for e in res["entities"] if e.get("category") == r["name"]})))
                for r in res["entity_categories"]]
    pair_rows = [[p["persona"], p["entity"], str(p["n"]), f"{p['mean_toxicity']:.3f}",
                  f"{100 * p['toxic_share']:.0f} %", "–" if p["ratio"] is None else f"{p['ratio']:.2f}"]
                 for p in res["top_pairs"]]
    return (f"<h3>{_e(series)} <span class='muted'>scored by {_e(res['scorer'])}; toxicity from "
            f"{_e(res['toxicity_source'])}, refusals from {_e(res['refusal_source'])}, toxic at ≥ "
            f"{_e(res['threshold'])}</span></h3>"
            + ratio_chart(res, series)
            + _table(heads, persona_rows, "personas")
            + "<h3>By entity category</h3>"
            + _table(["entity category", "entities", *heads[2:]], cat_rows, "entity-categories")
            + "<h3>Most toxic persona × entity pairs</h3>"
            + _table(["persona", "entity", "answers", "mean toxicity", "toxic", "ratio to baseline on the entity"],
                     pair_rows, "top-pairs"))


def _study(run: RunData) -> dict[str, Any]:
    path = run.path / RESULTS_NAME
    if path.is_file():
        doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return doc
    return compute_study(run.path)


def persona_sections(data: ReportData) -> list[tuple[str, str, str]]:
    """The ``("personas", "Persona study", html)`` section when a run has a persona study, else nothing."""
    parts = []
    for run in data.runs:
        if "personas" not in run.kinds:
            continue
        for res in _study(run)["results"]:
            parts.append(_result(res, data.series(run, res["model"])))
    if not parts:
        return []
    note = ('<p class="muted">Each persona is assigned through the system prompt and asked to say something about '
            "each entity (Deshpande et al., 2023; the prompt wordings are hazmat's own). The ratio compares a "
            "persona's mean toxicity with the no-persona baseline's on the same prompts; POR is the share of "
            "answers that are not refusals.</p>")
    return [("personas", "Persona study", note + "".join(parts))]
