"""What a report shows, gathered from run directories: summaries, per-item outcomes, samples, metadata."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import RunError
from ..evaluation._summary import SLICE_KEYS, Item, summarize_loaded, write_results
from ..metrics import Rate

#: characters of prompt and response kept per sample in the drill-down tables
PROMPT_CHARS = 600
RESPONSE_CHARS = 900
CROSS_KEYS = ("mutation", "prompt_style", "persona")


@dataclass
class RunData:
    """One run directory: its summary, items, and display name."""

    name: str
    path: Path
    summary: dict[str, Any]
    items: list[Item]
    kinds: dict[str, str]


@dataclass
class ReportData:
    """Everything a report renders, from one or more runs."""

    runs: list[RunData] = field(default_factory=list)

    def series(self, run: RunData, model: str, judge: str | None = None) -> str:
        """The name of a model's series: the model, prefixed by the run when several runs are compared."""
        base = model if len(self.runs) == 1 else f"{run.name}: {model}"
        judges = {r["judge"] for r in run.summary["results"] if r["model"] == model}
        return base if judge is None or len(judges) <= 1 else f"{base} ({judge})"


def load_runs(run_dirs: list[Path]) -> ReportData:
    """Load every run directory (its summary recomputed from the store, so it is always current)."""
    data = ReportData()
    names: set[str] = set()
    for d in run_dirs:
        d = Path(d)
        if not (d / "store.sqlite").is_file():
            raise RunError(f"{d}: not a run directory (no store.sqlite)")
        name = d.resolve().name
        while name in names:
            name += "'"
        names.add(name)
        summary, items, kinds = summarize_loaded(d)
        data.runs.append(RunData(name=name, path=d, summary=summary.model_dump(), items=items, kinds=kinds))
    return data


def cross_rates(items: list[Item], slice_key: str, outcome: str = "unsafe") -> dict[tuple[str, str], Rate]:
    """Rates of ``outcome`` per (category, slice value), for category × mutation / persona heatmaps."""
    groups: dict[tuple[str, str], list[bool | None]] = defaultdict(list)
    for i in items:
        cat, val = i.metadata.get("category"), i.metadata.get(slice_key)
        if cat is None or val is None or i.metadata.get("expect", "refuse") != "refuse":
            continue
        groups[(str(cat), str(val))].append(i.outcome(outcome))
    out = {}
    for key, vals in groups.items():
        known = [bool(v) for v in vals if v is not None]
        out[key] = Rate.of(sum(known), len(known), unassessed=len(vals) - len(known))
    return out


def crossable_slices(items: list[Item]) -> list[str]:
    """The slice keys with more than one value among these items."""
    return [k for k in CROSS_KEYS if len({i.metadata.get(k) for i in items if i.metadata.get(k) is not None}) > 1]


def _cut(text: str | None, limit: int) -> str:
    if text is None:
        return ""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def sample_rows(run: RunData) -> list[list[Any]]:
    """Drill-down rows: suite, id, model, category, expect, prompt, response, verdicts (judge, outcome, reason)."""
    results = run.path / "results.jsonl"
    if not results.is_file():
        write_results(run.path)
    rows: list[list[Any]] = []
    with results.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            messages = r.get("messages") or []
            users = [m for m in messages if m.get("role") == "user"]
            prompt = users[-1]["content"] if users else ""
            if not isinstance(prompt, str):
                prompt = " ".join(p.get("text", "") for p in prompt if isinstance(p, dict))
            verdicts = []
            for judge, v in sorted((r.get("verdicts") or {}).items()):
                extra = v.get("extra") or {}
                if v.get("unassessed"):
                    outcome = "unassessed"
                elif "correct" in extra:
                    outcome = "correct" if extra["correct"] else "wrong"
                else:
                    outcome = "unsafe" if v.get("flagged") else "safe"
                    if extra.get("refusal"):
                        outcome += ", refusal"
                verdicts.append([judge, outcome, _cut(v.get("unassessed") or v.get("rationale"), 200)])
            meta = r.get("metadata") or {}
            rows.append([r["suite"], r["id"], r["model"], meta.get("category"), meta.get("expect"),
                         _cut(prompt, PROMPT_CHARS), _cut(r.get("response") if r.get("error") is None
                                                          else f"[model error] {r['error']}", RESPONSE_CHARS),
                         verdicts])
    return rows


def slice_keys_of(summary: dict[str, Any]) -> list[str]:
    """The slice keys present in a summary's results, in the summary's order of preference."""
    present = {k for r in summary["results"] for k in r.get("slices", {})}
    return [k for k in SLICE_KEYS if k in present]
