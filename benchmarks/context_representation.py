"""How should the response head see the conversation? Pair encoding vs separate embeddings, measured on dev.

On exactly the response examples ``hazmat train guard`` uses (shared data + ``training/handwritten``,
``commercial_ok`` rows, the same augmentations), with the dev split held out by source, fits the shipped MLP
(``fit_mlp``, default ``FitConfig``), calibrates it and picks its F1-optimal threshold on dev, for:

* ``separate``: the prompt and the response embedded apart, features ``[r, p, r*p]`` (what ships);
* ``pair``: one embedding of the conversation as text (``"User: <prompt>\\n\\nAssistant: <response>"``),
  so the encoder's attention sees both (its 256-token window then holds both texts);
* ``both``: ``[pair, r, p, r*p]``.

    python benchmarks/context_representation.py --data ../shared/data [--cache FILE] [--json OUT]

Pair texts are new texts to embed (~25 k, several minutes on 2 cores); they are cached in ``--cache``.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import numpy as np

from hazmat.classifiers.minilm.encoder import MiniLMEncoder
from hazmat.classifiers.minilm.heads import pair_features
from hazmat.metrics import binary_metrics
from hazmat.training._augment import refusal_variants, response_variants
from hazmat.training._data import load_training_set
from hazmat.training._embed import EmbeddingCache
from hazmat.training._fit import FitConfig, calibrate, fit_mlp
from hazmat.training._guard import _weights


def pair_text(prompt: str, response: str) -> str:
    """The conversation as one text, for pair encoding."""
    return f"User: {prompt}\n\nAssistant: {response}" if prompt else f"Assistant: {response}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, action="append", required=True)
    ap.add_argument("--handwritten", type=Path, default=Path("training/handwritten"))
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache/hazmat/train-embeddings.npz")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    t0 = time.time()
    ts = load_training_set([*args.data, args.handwritten])
    ts.examples.extend(response_variants(ts.examples))
    ts.examples.extend(refusal_variants(ts.examples))
    exs = ts.by_task("response")
    cache = EmbeddingCache(args.cache, MiniLMEncoder())
    r = cache.embed([e.text for e in exs])
    p = cache.embed([e.context for e in exs])
    joint = cache.embed([pair_text(e.context, e.text) for e in exs])
    y = np.array([[e.label] for e in exs], dtype=np.float32)
    w = _weights(exs)
    dev = np.array([e.dev for e in exs])
    variants = {"separate": pair_features(r, p), "pair": joint,
                "both": np.concatenate([joint, pair_features(r, p)], axis=1)}
    results: dict[str, Any] = {}
    for name, x in variants.items():
        head = fit_mlp("response", name, ["harmful"], x[~dev], y[~dev], w[~dev], FitConfig())
        calibrate(head, x[dev], y[dev], np.ones_like(y[dev], dtype=bool))
        m = binary_metrics(y[dev, 0], head.predict_proba(x[dev])[:, 0], float(head.thresholds[0])).to_dict()
        results[name] = m
        print(name, {k: m[k] for k in ("precision", "recall", "f1", "fpr", "auprc")}, flush=True)
    results["train_rows"], results["dev_rows"] = int((~dev).sum()), int(dev.sum())
    results["seconds"] = round(time.time() - t0, 1)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
