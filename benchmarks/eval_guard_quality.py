"""Quality of a guard on labelled public test sets (not in its training data): per set, and per task over sets.

Each file is JSON lines: {"id", "messages": [...], "label": 0|1, "task": "prompt"|"response"|"refusal"}
(extra keys are ignored). The positive class is harmful (prompt, response) or refusal. A prompt row is the
conversation up to a user turn; a response or refusal row ends with the assistant's answer, and the guard
judges it with the turns before it. The public sets are not in this repository: download the official
releases and convert them to this format (BENCHMARKS.md and the model card say which were used and how).

Per task, two summaries over its sets: ``pooled`` (every row of every set at once) and ``weighted`` (the mean
of the sets' metrics weighted by their sizes). Thresholds are the guard's own (chosen on its dev split).

    python benchmarks/eval_guard_quality.py /path/to/evalsets/*/*.jsonl [--artefacts DIR] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from hazmat.classifiers.minilm import MiniLMGuard
from hazmat.metrics import binary_metrics
from hazmat.types import Conversation, Verdict

METRICS = ("precision", "recall", "f1", "fpr", "auprc")


def scores_of(task: str, verdicts: list[Verdict]) -> NDArray[np.float64]:
    """The guard's score for ``task`` (unassessed rows score 0)."""
    if task == "refusal":
        return np.array([float(v.extra.get("refusal_score", 0.0)) for v in verdicts])
    return np.array([v.unsafe_score or 0.0 for v in verdicts])


def threshold_of(guard: MiniLMGuard, task: str) -> float:
    """The guard's decision threshold for ``task`` (also for hazmat versions before ``MiniLMGuard.threshold``)."""
    if hasattr(guard, "threshold"):
        return guard.threshold(task)
    return float(guard.heads["prompt" if task == "prompt" else task].thresholds[0])


def evaluate(path: Path, guard: MiniLMGuard) -> tuple[dict[str, Any], NDArray[np.float64], NDArray[np.int64]]:
    """Metrics of one set, with its scores and labels for the pooled summary."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    task = rows[0]["task"]
    convs = [Conversation.from_messages(r["messages"]) for r in rows]
    t0 = time.perf_counter()
    verdicts = guard.classify(convs)
    seconds = time.perf_counter() - t0
    y = np.array([int(r["label"]) for r in rows])
    s = scores_of(task, verdicts)
    threshold = threshold_of(guard, task)
    m: dict[str, Any] = binary_metrics(y, s, threshold).to_dict()
    m["accuracy"] = round(float(((s >= threshold) == (y > 0)).mean()), 4)
    m["unassessed"] = sum(v.unassessed is not None for v in verdicts)
    m["texts_per_s"] = round(len(rows) / seconds, 1)
    return {"set": path.stem, "task": task, **m}, s, y


def summarise(task: str, results: list[dict[str, Any]], scores: list[NDArray[np.float64]],
              labels: list[NDArray[np.int64]], threshold: float) -> list[dict[str, Any]]:
    """The pooled and size-weighted rows of one task."""
    pooled: dict[str, Any] = binary_metrics(np.concatenate(labels), np.concatenate(scores), threshold).to_dict()
    n = np.array([r["n"] for r in results], dtype=float)
    weighted: dict[str, Any] = {"n": int(n.sum()), "positives": sum(int(r["positives"]) for r in results)}
    for k in METRICS:
        vals = [(r.get(k), w) for r, w in zip(results, n, strict=True) if isinstance(r.get(k), int | float)]
        if vals:
            weighted[k] = round(sum(v * w for v, w in vals) / sum(w for _, w in vals), 4)
    return [{"set": f"ALL {task} (pooled)", "task": task, **pooled},
            {"set": f"ALL {task} (weighted by set size)", "task": task, **weighted}]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--artefacts", type=Path, help="guard artefacts folder (default: the shipped heads)")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    guard = MiniLMGuard(artefacts=args.artefacts)
    by_task: dict[str, list[tuple[dict[str, Any], NDArray[np.float64], NDArray[np.int64]]]] = {}
    for p in args.files:
        r = evaluate(p, guard)
        by_task.setdefault(r[0]["task"], []).append(r)
    results: list[dict[str, Any]] = []
    for task, rs in by_task.items():
        results.extend(r for r, _, _ in rs)
        results.extend(summarise(task, [r for r, _, _ in rs], [s for _, s, _ in rs], [y for _, _, y in rs],
                                 threshold_of(guard, task)))
    cols = ["set", "task", "n", "positives", "precision", "recall", "f1", "fpr", "auprc", "accuracy"]
    print(" | ".join(cols))
    for r in results:
        print(" | ".join(str(r.get(c, "")) for c in cols))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
