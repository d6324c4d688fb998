"""The report card as one self-contained HTML file: tables, inline SVG charts, drill-downs, metadata."""

from __future__ import annotations

import base64
import gzip
import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from .._version import __version__
from ..errors import InputError
from ..metrics import Rate
from ._data import ReportData, RunData, cross_rates, crossable_slices, sample_rows, slice_keys_of
from ._guard import render_guard_results
from ._markup import esc as _e
from ._markup import fmt_rate
from ._markup import num as _num
from ._markup import table as _table
from ._page import CSS, SCRIPT
from ._personas import persona_sections
from ._studies import ablation_section, mutation_section
from ._svg import BarRow, FrontierPoint, GradeRow, bar_chart, frontier_chart, grade_chart, heatmap

RATE_OF_KIND = {"mcq": ("accuracy", "accuracy"), "harm": ("unsafe", "unsafe rate"), "mixed": ("unsafe", "unsafe rate")}


def overview(data: ReportData) -> str:
    """Every suite × model × judge: items, the main rates with intervals, unassessed and model errors."""
    rows = []
    for run in data.runs:
        for r in run.summary["results"]:
            o = r["overall"]
            rows.append([run.name, r["suite"], r["model"], r["judge"], _num(str(o["items"])),
                         _num(fmt_rate(o.get("unsafe"))), _num(fmt_rate(o.get("refusal"))),
                         _num(fmt_rate(o.get("over_refusal"))), _num(fmt_rate(o.get("accuracy"))),
                         _num(str(o["unassessed"])), _num(str(o["model_errors"]))])
    return _table(["run", "suite", "model", "judge", "items", "unsafe", "refusal", "over-refusal", "accuracy",
                   "unassessed", "model errors"], rows, "overview")


def grades(data: ReportData) -> str:
    """AILuminate grades per hazard and overall, with the range the interval allows."""
    rows: list[GradeRow] = []
    table_rows = []
    for run in data.runs:
        for r in run.summary["results"]:
            g = r.get("grade")
            if not g:
                continue
            series = data.series(run, r["model"], r["judge"])
            entries = [("overall", g["overall"])] if g.get("overall") else []
            entries += sorted(g["hazards"].items())
            for hazard, h in entries:
                low, high = h["grade_range"]
                rows.append(GradeRow(label=hazard, series=series, grade=h["grade"], low=low, high=high, text=h["text"]))
                estimate = f"{h['frac_safe']:.3f} [{h['lower']:.3f}–{h['upper']:.3f}]"
                table_rows.append([series, hazard, h["text"], _num(estimate), _num(f"{h['reference']:.3f}"),
                                   _num(str(h["n"]))])
    if not rows:
        return ""
    return (grade_chart(rows, title="AILuminate grades (mark) and the grades the 95 % interval allows (band)")
            + _table(["model", "hazard", "grade", "fraction safe [95 % CI]", "reference", "items"], table_rows))


def _pooled(run: RunData, model: str, judge: str) -> tuple[Rate | None, Rate | None]:
    harm: list[bool | None] = []
    benign: list[bool | None] = []
    for i in run.items:
        if i.model != model or i.judge != judge or run.kinds.get(i.suite) == "mcq":
            continue
        if i.metadata.get("expect", "refuse") == "refuse":
            harm.append(i.outcome("unsafe"))
        elif i.metadata.get("expect") == "comply":
            benign.append(i.outcome("refusal"))

    def rate(vals: list[bool | None]) -> Rate | None:
        known = [bool(v) for v in vals if v is not None]
        return Rate.of(sum(known), len(known), len(vals) - len(known)) if known else None

    return rate(harm), rate(benign)


def frontier(data: ReportData) -> str:
    """Harm (unsafe rate on prompts to refuse) against over-refusal (refusals of benign prompts), per model."""
    points = []
    missing = []
    for run in data.runs:
        for model, judge in sorted({(r["model"], r["judge"]) for r in run.summary["results"]}):
            harm, benign = _pooled(run, model, judge)
            label = data.series(run, model, judge)
            if harm is None or benign is None:
                missing.append(label)
                continue
            points.append(FrontierPoint(label=label, x=benign.value, x_low=benign.low, x_high=benign.high,
                                        y=harm.value, y_low=harm.low, y_high=harm.high))
    note = ""
    if missing:
        note = (f'<p class="muted">Not on the chart (their suites have no benign prompts, e.g. add XSTest): '
                f'{_e(", ".join(missing))}.</p>')
    chart = frontier_chart(points, title="Harm vs over-refusal (all suites pooled; 95 % intervals)")
    return chart + note


def _bar(label: str, series: str, block: dict[str, Any], key: str) -> BarRow:
    rate = block.get(key) or {}
    return BarRow(label=label, series=series, value=rate.get("value"), low=rate.get("low"), high=rate.get("high"),
                  n=rate.get("n", 0), unassessed=block["unassessed"])


def categories(data: ReportData) -> str:
    """Per suite: the main rate per category, every model side by side; for suites with benign prompts, a
    second chart of over-refusal on the benign categories."""
    charts: dict[tuple[str, str], list[BarRow]] = defaultdict(list)
    for run in data.runs:
        for r in run.summary["results"]:
            key, label = RATE_OF_KIND[r["kind"]]
            series = data.series(run, r["model"], r["judge"])
            for cat, block in r["by_category"].items():
                if block.get(key) is None and block.get("over_refusal") is not None:
                    charts[(r["suite"], "over-refusal rate")].append(_bar(cat, series, block, "over_refusal"))
                else:
                    charts[(r["suite"], label)].append(_bar(cat, series, block, key))
    out = []
    for (suite, label), rows in sorted(charts.items()):
        out.append(f"<h3>{_e(suite)}: {_e(label)}</h3>"
                   + bar_chart(rows, title=f"{suite}: {label} per category (95 % intervals)", x_label=label))
    return "".join(out)


def slices(data: ReportData) -> str:
    """Per suite and slice (persona, prompt style, mutation, ...): the main rate per value, and the
    category × slice heatmaps where a run has them."""
    out = []
    for run in data.runs:
        for r in run.summary["results"]:
            key, label = RATE_OF_KIND[r["kind"]]
            series = data.series(run, r["model"], r["judge"])
            for sk in slice_keys_of({"results": [r]}):
                if set(r["slices"][sk]) == set(r["by_category"]):
                    continue  # the slice is the category (XSTest's type): already shown per category
                rows = [_bar(v, series, b, key) for v, b in r["slices"][sk].items()]
                out.append(bar_chart(rows, title=f"{r['suite']} · {series}: {label} by {sk}", x_label=label))
            items = [i for i in run.items if i.suite == r["suite"] and i.model == r["model"] and i.judge == r["judge"]]
            for sk in crossable_slices(items):
                cross = cross_rates(items, sk)
                cats = sorted({c for c, _ in cross})
                vals = sorted({v for _, v in cross})
                out.append(heatmap(cats, vals, {k: v.value if v.n else None for k, v in cross.items()},
                                   title=f"{r['suite']} · {series}: unsafe rate, category × {sk}",
                                   counts={k: v.n for k, v in cross.items()}))
    return "".join(out)


def judges(data: ReportData) -> str:
    """Judge agreement (ensembles) and unassessed counts per judge."""
    rows = []
    for run in data.runs:
        for e in run.summary.get("ensembles", []):
            kappa = "; ".join(f"{k}: {'–' if v is None else f'{v:.2f}'}" for k, v in e["pairwise_kappa"].items())
            rows.append([run.name, e["suite"], e["model"], ", ".join(e["judges"]), _num(fmt_rate(e["majority"])),
                         _num(fmt_rate(e["any_unsafe"])), _num(f"{e['mean_entropy']:.3f}"),
                         _num(f"{100 * e['high_entropy_fraction']:.1f} %"), kappa])
    un = []
    for run in data.runs:
        for r in run.summary["results"]:
            o = r["overall"]
            un.append([run.name, r["suite"], r["model"], r["judge"], _num(str(o["items"])), _num(str(o["unassessed"])),
                       _num(str(o["model_errors"]))])
    html = ""
    if rows:
        html += _table(["run", "suite", "model", "judges", "majority unsafe", "any-unsafe", "mean vote entropy",
                        "split items", "Cohen's kappa"], rows, "ensembles")
    else:
        html += '<p class="muted">One judge per suite and model: no agreement to show (add judges with --judge).</p>'
    return html + _table(["run", "suite", "model", "judge", "items", "unassessed", "model errors"], un, "unassessed")


def drilldown(data: ReportData) -> str:
    """Per run, every sample behind a content warning; the rows are embedded gzip-compressed."""
    out = []
    for n, run in enumerate(data.runs):
        rows = sample_rows(run)
        blob = base64.b64encode(gzip.compress(json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode(),
                                              compresslevel=6, mtime=0)).decode()
        sid = f"samples-{n}"
        out.append(
            f'<script type="application/octet-stream" id="{sid}">{blob}</script>'
            f'<details class="drill" data-source="{sid}"><summary>{_e(run.name)}: {len(rows)} samples '
            '<span class="warn">(content warning: harmful prompts and model outputs)</span></summary>'
            '<div class="pager"><input type="search" placeholder="filter (any text)"> '
            '<button class="prev" type="button">previous</button><button class="next" type="button">next</button> '
            '<span class="count muted"></span></div>'
            '<table class="samples"><thead><tr><th>suite</th><th>id</th><th>model</th><th>category</th><th>expect</th>'
            '<th>prompt</th><th>response</th><th>verdicts</th></tr></thead><tbody></tbody></table></details>')
    return "".join(out)


def metadata(data: ReportData) -> str:
    """Versions of hazmat, models, judges, taxonomies and datasets, per run."""
    out = []
    for run in data.runs:
        s = run.summary["run"]
        config = s.get("config") or {}
        rows = [["hazmat", json.dumps(s.get("versions"))],
                ["created", time.strftime("%Y-%m-%d %H:%M", time.localtime(s.get("created") or 0))],
                ["generation settings", json.dumps(config.get("params"))]]
        for spec, d in (s.get("models") or {}).items():
            rows.append([f"model {spec}", json.dumps(d)[:600]])
        for spec, d in (s.get("judges") or {}).items():
            keep = {k: d.get(k) for k in ("id", "version", "prompt_version", "params") if d.get(k) is not None}
            model = d.get("model")
            if isinstance(model, dict):
                keep["model"] = {k: model.get(k) for k in ("name", "version", "provider", "model", "base_url")
                                 if model.get(k) is not None}
            rows.append([f"judge {spec}", json.dumps(keep)[:600]])
        for suite in config.get("suites", []):
            taxonomy = next((r["taxonomy"] for r in run.summary["results"] if r["suite"] == suite["suite"]), None)
            rows.append([f"dataset {suite['suite']}", f"{suite['path']} sha256 {suite.get('sha256')} "
                         f"(limit {suite.get('limit')}, sample {suite.get('sample')}, seed {suite.get('seed')}); "
                         f"taxonomy {taxonomy or 'none'}"])
        rows.append(["requests", json.dumps(s.get("requests"))])
        out.append(f"<h3>{_e(run.name)} <span class='muted'>({_e(s.get('dir'))})</span></h3>"
                   + _table(["what", "value"], [[a, b] for a, b in rows], "meta"))
    return "".join(out)


def render_report(data: ReportData, guard_results: list[dict[str, Any]] | None = None,
                  title: str = "hazmat report card") -> str:
    """The whole page (a guard-only report when there are no runs)."""
    if not data.runs:
        if not guard_results:
            raise InputError("nothing to report: give run directories and/or --guard-results files")
        return _page([("guards", "Guards", render_guard_results(guard_results))], title, "none")
    sections: list[tuple[str, str, str]] = [("overview", "Overview", overview(data))]
    g = grades(data)
    if g:
        sections.append(("grades", "Grades", g))
    sections += [
        ("frontier", "Harm vs over-refusal", frontier(data)),
        ("categories", "Per category", categories(data)),
    ]
    s = slices(data)
    if s:
        sections.append(("slices", "Slices and heatmaps", s))
    sections += persona_sections(data)
    for sid, name, html in (("mutations", "Mutations", mutation_section(data)),
                            ("ablation", "System-prompt ablation", ablation_section(data))):
        if html:
            sections.append((sid, name, html))
    sections.append(("judges", "Judges", judges(data)))
    if guard_results:
        sections.append(("guards", "Guards", render_guard_results(guard_results)))
    sections += [("samples", "Samples", drilldown(data)), ("metadata", "Run metadata", metadata(data))]
    return _page(sections, title, ", ".join(r.name for r in data.runs))


def _page(sections: list[tuple[str, str, str]], title: str, runs: str) -> str:
    nav = "".join(f'<a href="#{sid}">{_e(name)}</a>' for sid, name, _ in sections)
    body = "".join(f'<section id="{sid}"><h2>{_e(name)}</h2>{html}</section>' for sid, name, html in sections)
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body>"
        f"<header><h1>{_e(title)}</h1><div class='muted'>runs: {_e(runs)} · generated "
        f"{time.strftime('%Y-%m-%d %H:%M')} by hazmat {__version__}</div><nav>{nav}</nav></header>"
        f"<main>{body}</main><script>{SCRIPT}</script></body></html>"
    )


def write_report(run_dirs: list[Path], out: Path, guard_files: list[Path] | None = None,
                 title: str = "hazmat report card") -> Path:
    """Load the runs (and guard-evaluation files), render, and write ``out`` atomically."""
    from ..guardeval import load_guard_results
    from ._data import load_runs

    data = load_runs(run_dirs)
    guards = [load_guard_results(p) for p in guard_files or []]
    html = render_report(data, guards, title)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(out.suffix + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(out)
    return out
