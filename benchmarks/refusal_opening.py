"""How much of an answer should the refusal head read? Chosen on the dev split (held out by source).

Fits the refusal head (``fit_mlp``, default ``FitConfig``, features ``[r, p, r*p]``) on the train split with
each answer cut to its opening (``refusal_opening``: whole sentences up to N words) and on the whole answer,
calibrates and thresholds each on dev as ``hazmat train guard`` does, and prints the dev metrics.

    python benchmarks/refusal_opening.py --data ../shared/data [--cache FILE] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np

from hazmat.classifiers.minilm.encoder import MiniLMEncoder
from hazmat.classifiers.minilm.heads import pair_features, refusal_opening
from hazmat.metrics import binary_metrics
from hazmat.training._augment import refusal_variants
from hazmat.training._data import load_training_set
from hazmat.training._embed import EmbeddingCache
from hazmat.training._fit import FitConfig, calibrate, fit_mlp
from hazmat.training._guard import _weights

LENGTHS = (15, 30, 45, 60, 0)  # 0: the whole answer (its first 256-token window)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, action="append", required=True)
    ap.add_argument("--handwritten", type=Path, default=Path("training/handwritten"))
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache/hazmat/train-embeddings.npz")
    ap.add_argument("--lengths", default=",".join(map(str, LENGTHS)), help="opening lengths in words; 0 = whole")
    ap.add_argument("--features", choices=("pair", "text"), default="pair",
                    help="pair: [r, p, r*p] with the prompt (shipped); text: the answer's opening alone")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    ts = load_training_set([*args.data, args.handwritten])
    exs = ts.by_task("refusal")
    exs += refusal_variants(exs)
    cache = EmbeddingCache(args.cache, MiniLMEncoder())
    p = cache.embed([e.context for e in exs])
    y = np.array([[e.label] for e in exs], dtype=np.float32)
    w = _weights(exs)
    dev = np.array([e.dev for e in exs])
    results: dict[str, Any] = {"train_rows": int((~dev).sum()), "dev_rows": int(dev.sum())}
    for n in (int(v) for v in args.lengths.split(",")):
        r = cache.embed([refusal_opening(e.text, n) if n else e.text for e in exs])
        x = pair_features(r, p) if args.features == "pair" else r
        head = fit_mlp("refusal", args.features, ["refusal"], x[~dev], y[~dev], w[~dev], FitConfig())
        calibrate(head, x[dev], y[dev], np.ones_like(y[dev], dtype=bool))
        m = binary_metrics(y[dev, 0], head.predict_proba(x[dev])[:, 0], float(head.thresholds[0])).to_dict()
        results[str(n or "whole")] = m
        by_source = {}
        for src in sorted({e.source for e, d in zip(exs, dev, strict=True) if d}):
            rows = dev & np.array([e.source == src for e in exs])
            if 0 < y[rows, 0].sum() < rows.sum():
                by_source[src] = binary_metrics(y[rows, 0], head.predict_proba(x[rows])[:, 0],
                                                float(head.thresholds[0])).to_dict()["f1"]
        m["f1_by_source"] = by_source
        print(n or "whole", {k: m[k] for k in ("precision", "recall", "f1", "fpr", "auprc", "f1_by_source")},
              flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
