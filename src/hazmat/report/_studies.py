"""Report sections for runs that vary the prompt: system-prompt ablations and linguistic mutations."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..metrics import Rate
from ._data import ReportData
from ._markup import esc as _e
from ._markup import fmt_rate
from ._markup import table as _table
from ._svg import BarRow, bar_chart

WITHOUT_LABEL = "without system prompt"
WITH_LABEL = "with safety system prompt"


def _pct(v: float | None) -> str:
    return "–" if v is None else f"{100 * v:.1f} %"


def _diff(row: dict[str, Any]) -> str:
    if row.get("difference") is None:
        return "–"
    return f"{100 * row['difference']:+.1f} pts [{100 * row['low']:+.1f}, {100 * row['high']:+.1f}]"


def ablation_section(data: ReportData) -> str:
    """Per run with a system-prompt ablation: each rate without and with the safety prompt per category (bars
    with Wilson intervals) and the paired difference with Newcombe's interval (table)."""
    out: list[str] = []
    for run in data.runs:
        for a in run.summary.get("ablations", []):
            series = data.series(run, a["model"], a["judge"])
            bars: dict[str, list[BarRow]] = defaultdict(list)
            rows = []
            for r in a["rows"]:
                n = r["n"]
                first = Rate.of(r["both"] + r["first_only"], n)
                second = Rate.of(r["both"] + r["second_only"], n)
                for label, rate in ((WITHOUT_LABEL, first), (WITH_LABEL, second)):
                    bars[r["outcome"]].append(BarRow(label=r["category"], series=label,
                                                     value=rate.value if n else None, low=rate.low, high=rate.high,
                                                     n=n, unassessed=r["unpaired"]))
                rows.append([r["category"], r["outcome"], str(n), _pct(r["first"]), _pct(r["second"]), _diff(r),
                             str(r["unpaired"])])
            out.append(f"<h3>{_e(a['suite'])} · {_e(series)}</h3>")
            for outcome, brs in bars.items():
                out.append(bar_chart(brs, title=f"{a['suite']} · {series}: {outcome} rate without and with the "
                                                f"safety system prompt (95 % intervals)", x_label=f"{outcome} rate"))
            out.append(_table(["category", "outcome", "pairs", "without", "with", "difference [95 % Newcombe]",
                               "unpaired"], rows, "ablation"))
    if not out:
        return ""
    return ('<p class="muted">Every sample was asked twice, without and with the safety system prompt; the '
            "difference is paired (same prompts), with Newcombe's interval.</p>" + "".join(out))


def mutation_section(data: ReportData) -> str:
    """Per run with mutated samples: per mutation the items, the suite's main rates, and how many mutations
    lost the original intent by the meaning check (those are still counted in the rates)."""
    out: list[str] = []
    for run in data.runs:
        for r in run.summary["results"]:
            by_mutation = r["slices"].get("mutation")
            if not by_mutation:
                continue
            lost: dict[str, int] = defaultdict(int)
            checked: dict[str, int] = defaultdict(int)
            seen: set[str] = set()
            for i in run.items:
                if i.suite != r["suite"] or i.model != r["model"] or i.judge != r["judge"] or i.sample_id in seen:
                    continue
                seen.add(i.sample_id)
                m = i.metadata.get("mutation")
                if m is None or "meaning_lost" not in i.metadata:
                    continue
                checked[str(m)] += 1
                lost[str(m)] += bool(i.metadata.get("meaning_lost"))
            rows = []
            for m, block in by_mutation.items():
                main = block.get("accuracy") if r["kind"] == "mcq" else block.get("unsafe")
                rates = [fmt_rate(x, with_n=False) for x in (main, block.get("fulfilment"), block.get("refusal"))]
                rows.append([m, str(block["items"]), *rates, str(block["unassessed"]),
                             f"{lost[m]} of {checked[m]}" if checked.get(m) else "not checked"])
            series = data.series(run, r["model"], r["judge"])
            out.append(f"<h3>{_e(r['suite'])} · {_e(series)}</h3>" + _table(
                ["mutation", "items", "unsafe (mcq: accuracy)", "fulfilment", "refusal", "unassessed",
                 "meaning lost"], rows, "mutations"))
    return "".join(out)
