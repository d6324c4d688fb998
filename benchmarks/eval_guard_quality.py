"""Quality of a guard on labelled public test sets (not in its training data), one row per set.

Each file is JSON lines: {"id", "messages": [...], "label": 0|1, "task": "prompt"|"response"|"refusal"}.
The positive class is harmful (prompt, response) or refusal. The public sets themselves are not in this
repository; download them and convert them to this format (see BENCHMARKS.md for which were used).

    python benchmarks/eval_guard_quality.py /path/to/evalsets/*.jsonl [--guard hazmat-minilm] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from hazmat.classifiers import load_classifier
from hazmat.metrics import binary_metrics
from hazmat.types import Conversation


def evaluate(path: Path, guard_name: str) -> dict[str, object]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    guard = load_classifier(guard_name)
    task = rows[0]["task"]
    convs = [Conversation.from_messages(r["messages"]) for r in rows]
    t0 = time.perf_counter()
    verdicts = guard.classify(convs)
    seconds = time.perf_counter() - t0
    y = np.array([int(r["label"]) for r in rows])
    if task == "refusal":
        scores = np.array([v.extra.get("refusal_score", 0.0) for v in verdicts])
        threshold = float(getattr(guard, "heads", {}).get("refusal").thresholds[0])  # type: ignore[union-attr]
    else:
        scores = np.array([v.unsafe_score or 0.0 for v in verdicts])
        head = "response" if task == "response" else "prompt"
        threshold = float(getattr(guard, "heads", {}).get(head).thresholds[0])  # type: ignore[union-attr]
    m = binary_metrics(y, scores, threshold).to_dict()
    pred = scores >= threshold
    m["accuracy"] = round(float((pred == (y > 0)).mean()), 4)
    m["unassessed"] = sum(v.unassessed is not None for v in verdicts)
    m["texts_per_s"] = round(len(rows) / seconds, 1)
    return {"set": path.stem, "task": task, **m}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--guard", default="hazmat-minilm")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    results = [evaluate(p, args.guard) for p in args.files]
    cols = ["set", "task", "n", "positives", "precision", "recall", "f1", "fpr", "auprc", "accuracy"]
    print(" | ".join(cols))
    for r in results:
        print(" | ".join(str(r.get(c, "")) for c in cols))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
