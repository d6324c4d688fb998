"""``hazmat train guard``: reproduce the shipped ``hazmat-minilm`` artefacts from the data.

Two stages. Stage 1 fits every head on the train split, calibrates it (Platt) and picks F1-optimal
thresholds on the dev split (held out by source), and measures the dev metrics reported in the model
card. Stage 2 refits the heads with the same settings on all data and keeps stage 1's calibration and
thresholds, so the shipped weights see every source.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .. import __version__
from ..classifiers.minilm.encoder import ARTEFACTS, MiniLMEncoder
from ..classifiers.minilm.heads import MLPHead, pair_features
from ..metrics import binary_metrics
from ..taxonomy import hub_taxonomy
from ._data import DEV_SOURCES, Example, TrainingSet, load_training_set, mixture_examples
from ._embed import EmbeddingCache
from ._fit import FitConfig, calibrate, fit_mlp

MIN_CATEGORY_POSITIVES = 25
GUARD_VERSION = "1.0"


@dataclass
class HeadData:
    """Features, labels (with a mask of known labels), weights and dev flags of one head."""

    x: NDArray[np.float32]
    y: NDArray[np.float32]
    mask: NDArray[np.bool_]
    w: NDArray[np.float32]
    dev: NDArray[np.bool_]
    sources: list[str]


def _weights(exs: list[Example]) -> NDArray[np.float32]:
    """Per-example weights: each (source, label) group weighs in proportion to the square root of its size,
    so big corpora still count more but do not drown small ones; our hand-written rows count double."""
    sizes = Counter((e.source, e.label) for e in exs)
    w = [(2.0 if e.source == "handwritten" else 1.0) / np.sqrt(sizes[(e.source, e.label)]) for e in exs]
    arr: NDArray[np.float32] = np.array(w, dtype=np.float32)
    arr /= arr.mean()
    return arr


def _binary(exs: list[Example], feats: NDArray[np.float32]) -> HeadData:
    y = np.array([[e.label] for e in exs], dtype=np.float32)
    return HeadData(feats, y, np.ones_like(y, dtype=bool), _weights(exs),
                    np.array([e.dev for e in exs]), [e.source for e in exs])


def _category_data(exs: list[Example], feats: NDArray[np.float32], cats: list[str]) -> HeadData:
    y = np.array([[1.0 if c in (e.categories or ()) else 0.0 for c in cats] for e in exs], dtype=np.float32)
    known = np.array([[c in (e.categories or ()) or c not in e.uncertain for c in cats] for e in exs])
    return HeadData(feats, y, known, _weights(exs),
                    np.array([e.dev for e in exs]), [e.source for e in exs])


def _fit_and_eval(name: str, feature: str, outputs: list[str], data: HeadData, cfg: FitConfig
                  ) -> tuple[MLPHead, dict[str, Any]]:
    tr, dv = ~data.dev, data.dev
    head = fit_mlp(name, feature, outputs, data.x[tr], data.y[tr], data.w[tr], cfg, mask=data.mask[tr])
    metrics: dict[str, Any] = {"train_rows": int(tr.sum()), "dev_rows": int(dv.sum())}
    if dv.sum():
        calibrate(head, data.x[dv], data.y[dv], data.mask[dv])
        p = head.predict_proba(data.x[dv])
        per_output = {}
        for j, out in enumerate(outputs):
            known = data.mask[dv, j]
            yj = data.y[dv, j][known]
            if yj.sum() == 0:
                continue
            per_output[out] = binary_metrics(yj, p[known, j], float(head.thresholds[j])).to_dict()
        metrics["dev"] = per_output
        if len(outputs) == 1:
            srcs = np.array(data.sources)[dv]
            by_source = {}
            for s in sorted(set(srcs)):
                m = srcs == s
                yv, pv = data.y[dv][m, 0], p[m, 0]
                pred = pv >= head.thresholds[0]
                by_source[s] = {"rows": int(m.sum()), "positives": int(yv.sum()),
                                "accuracy": round(float((pred == (yv > 0)).mean()), 4),
                                "flag_rate": round(float(pred.mean()), 4)}
            metrics["dev_by_source"] = by_source
    full = fit_mlp(name, feature, outputs, data.x, data.y, data.w, cfg, mask=data.mask)
    full.platt_a, full.platt_b, full.thresholds = head.platt_a, head.platt_b, head.thresholds
    return full, metrics


def train_guard(
    data_dirs: list[Path],
    out_dir: Path = ARTEFACTS,
    cache_path: Path | None = None,
    allow_noncommercial: bool = False,
    config: FitConfig | None = None,
    log: Any = print,
    min_category_positives: int = MIN_CATEGORY_POSITIVES,
    mixtures: int = 6000,
) -> dict[str, Any]:
    """Train all heads and write ``guard.json``, ``heads.npz`` and ``metrics.json`` to ``out_dir``."""
    cfg = config or FitConfig()
    t0 = time.time()
    ts: TrainingSet = load_training_set(data_dirs, allow_noncommercial=allow_noncommercial)
    ts.examples.extend(mixture_examples(ts.examples, n=mixtures, seed=cfg.seed))
    log(f"{len(ts.examples):,} examples from {len(ts.licences)} sources "
        f"({ts.skipped_noncommercial:,} non-commercial rows skipped)")
    encoder = MiniLMEncoder()
    cache = EmbeddingCache(cache_path or Path.home() / ".cache/hazmat/train-embeddings.npz", encoder, log=log)
    texts = sorted({e.text for e in ts.examples} | {e.context for e in ts.examples if e.context})
    vecs = cache.embed(texts)
    index = {t: i for i, t in enumerate(texts)}

    def emb(ts_: list[str]) -> NDArray[np.float32]:
        return np.stack([vecs[index[t]] if t else np.zeros(vecs.shape[1], np.float32) for t in ts_])

    prompts, responses, refusals = ts.by_task("prompt"), ts.by_task("response"), ts.by_task("refusal")
    heads: dict[str, MLPHead] = {}
    metrics: dict[str, Any] = {}
    log(f"prompt head: {len(prompts):,} examples")
    heads["prompt"], metrics["prompt"] = _fit_and_eval(
        "prompt", "text", ["harmful"], _binary(prompts, emb([e.text for e in prompts])), cfg)
    for name, exs, out in (("response", responses, "harmful"), ("refusal", refusals, "refusal")):
        log(f"{name} head: {len(exs):,} examples")
        feats = pair_features(emb([e.text for e in exs]), emb([e.context for e in exs]))
        heads[name], metrics[name] = _fit_and_eval(name, "pair", [out], _binary(exs, feats), cfg)
    cat_exs = [e for e in prompts + responses if e.categories is not None and (e.label == 0 or e.categories)]
    counts = Counter(c for e in cat_exs if not e.dev for c in e.categories or ())
    hub = hub_taxonomy()
    cats = [c for c in hub.ids if counts[c] >= min_category_positives]
    log(f"categories head: {len(cat_exs):,} examples, {len(cats)} hub categories")
    heads["categories"], metrics["categories"] = _fit_and_eval(
        "categories", "text", cats, _category_data(cat_exs, emb([e.text for e in cat_exs]), cats), cfg)

    out_dir.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, NDArray[np.float32]] = {}
    for h in heads.values():
        arrays.update(h.arrays())
    half: dict[str, Any] = {k: v.astype(np.float16) for k, v in arrays.items()}
    np.savez_compressed(out_dir / "heads.npz", **half)
    source_counts = Counter(e.source for e in ts.examples)
    meta = {
        "name": "hazmat-minilm",
        "version": GUARD_VERSION,
        "encoder": {"max_length": encoder.max_length, "overlap": encoder.overlap,
                    "long_window": encoder.long_window},
        "heads": {n: h.meta() for n, h in heads.items()},
        "trained": {
            "hazmat": __version__,
            "seconds": round(time.time() - t0, 1),
            "config": asdict(cfg),
            "dev_sources": sorted(DEV_SOURCES),
            "category_train_positives": {c: counts[c] for c in cats},
            "examples_by_source": dict(sorted(source_counts.items())),
            "licences": dict(sorted(ts.licences.items())),
            "allow_noncommercial": allow_noncommercial,
        },
    }
    (out_dir / "guard.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    (out_dir / "metrics.json").write_text(json.dumps(metrics, indent=1) + "\n", encoding="utf-8")
    log(f"wrote {out_dir} in {time.time() - t0:.0f}s")
    return metrics
