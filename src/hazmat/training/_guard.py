"""``hazmat train guard``: reproduce the shipped ``hazmat-minilm`` artefacts from the data.

Two stages. Stage 1 fits every head on the train split, calibrates it (Platt) and picks F1-optimal
thresholds on the dev split (held out by source), and measures the dev metrics reported in the model
card. Stage 2 refits the heads with the same settings on all data and keeps stage 1's calibration and
thresholds, so the shipped weights see every source.
"""

from __future__ import annotations

import json
import shutil
import time
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .._version import __version__
from ..classifiers.minilm.encoder import ARTEFACTS, MiniLMEncoder
from ..classifiers.minilm.heads import (
    MASKED_OPENING,
    RESPONSE_FEATURES,
    Combiner,
    MLPHead,
    pair_features,
    refusal_opening,
    response_features,
)
from ..metrics import best_f1_threshold, binary_metrics
from ..taxonomy import hub_taxonomy
from ._augment import echo_variants, refusal_variants, response_variants
from ._data import DEV_SOURCES, Example, TrainingSet, load_training_set, mixture_examples
from ._embed import EmbeddingCache
from ._fit import FitConfig, calibrate, fit_mlp

MIN_CATEGORY_POSITIVES = 25
GUARD_VERSION = "1.2"
PAIR_ENCODER_FILE = "encoder-pair.onnx"
COMBINER_FOLDS = 5


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


def _by_source(sources: list[str], y: NDArray[np.float32], p: NDArray[np.float32], threshold: float
               ) -> dict[str, dict[str, Any]]:
    srcs = np.array(sources)
    out = {}
    for s in sorted(set(sources)):
        m = srcs == s
        pred = p[m] >= threshold
        out[s] = {"rows": int(m.sum()), "positives": int(y[m].sum()),
                  "accuracy": round(float((pred == (y[m] > 0)).mean()), 4), "flag_rate": round(float(pred.mean()), 4)}
    return out


def _fit_and_eval(name: str, feature: str, outputs: list[str], data: HeadData, cfg: FitConfig
                  ) -> tuple[MLPHead, MLPHead, dict[str, Any]]:
    """The shipped head (all data, stage 1's calibration), the stage-1 head (train split) and dev metrics."""
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
            dev_sources = [s for s, d in zip(data.sources, dv, strict=True) if d]
            metrics["dev_by_source"] = _by_source(dev_sources, data.y[dv, 0], p[:, 0], float(head.thresholds[0]))
    full = fit_mlp(name, feature, outputs, data.x, data.y, data.w, cfg, mask=data.mask)
    full.platt_a, full.platt_b, full.thresholds = head.platt_a, head.platt_b, head.thresholds
    return full, head, metrics


def _fit_combiner(feats: NDArray[np.float32], y: NDArray[np.float32], w: NDArray[np.float32],
                  sources: list[str], folds: int = COMBINER_FOLDS, seed: int = 0) -> tuple[Combiner, dict[str, Any]]:
    """Logistic regression over the stage-1 heads' scores of the dev responses (never seen by those heads).

    Its dev metrics and its F1-optimal threshold come from ``folds``-fold cross-validation on the dev rows
    (each row scored by a combiner fitted without it); the shipped combiner is then fitted on all of them.
    The synthetic variants of dev rows (``augmented_*``) teach the weights; the threshold, an operating point
    for real conversations, is chosen on the real dev rows only, and the metrics are reported for both.
    """
    from sklearn.linear_model import LogisticRegression

    def fit(rows: NDArray[np.bool_]) -> Any:
        lr = LogisticRegression(C=1.0, max_iter=1000, class_weight="balanced")
        return lr.fit(feats[rows], y[rows], sample_weight=w[rows])

    fold = np.random.default_rng(seed).integers(0, folds, len(y))
    oof = np.zeros(len(y), dtype=np.float32)
    for f in range(folds):
        oof[fold == f] = fit(fold != f).predict_proba(feats[fold == f])[:, 1]
    lr = fit(np.ones(len(y), dtype=bool))
    real = np.array([not s.startswith("augmented_") for s in sources])
    comb = Combiner(list(RESPONSE_FEATURES), lr.coef_[0].astype(np.float32), float(lr.intercept_[0]),
                    best_f1_threshold(y[real], oof[real]))
    metrics: dict[str, Any] = {
        "fit_rows": len(y), "folds": folds,
        "weights": dict(zip(RESPONSE_FEATURES, map(float, comb.weights), strict=True)),
        "bias": comb.bias, "dev": {"harmful": binary_metrics(y[real], oof[real], comb.threshold).to_dict()},
        "dev_with_variants": {"harmful": binary_metrics(y, oof, comb.threshold).to_dict()},
        "dev_by_source": _by_source(sources, y, oof, comb.threshold),
    }
    return comb, metrics


def _opening(e: Example) -> str:
    """What the refusal head reads of an answer: its opening, the prompt's words masked."""
    return refusal_opening(e.text, prompt=e.context)


def guard_examples(data_dirs: list[Path], allow_noncommercial: bool = False, seed: int = 0, mixtures: int = 6000,
                   log: Any = print) -> TrainingSet:
    """Every example the guard's heads train on: the data rows, the mixtures and the synthetic variants."""
    ts: TrainingSet = load_training_set(data_dirs, allow_noncommercial=allow_noncommercial)
    ts.examples.extend(mixture_examples(ts.examples, n=mixtures, seed=seed))
    log(f"{len(ts.examples):,} examples from {len(ts.licences)} sources "
        f"({ts.skipped_noncommercial:,} non-commercial rows skipped)")
    # the same variants of dev examples stay in dev: the combiner learns the patterns from scores the heads
    # give to answers they never saw
    dev_variants = response_variants(ts.examples, n_each=300, seed=seed, dev=True)
    ts.examples.extend(response_variants(ts.examples, seed=seed))
    ts.examples.extend(dev_variants)
    ts.examples.extend(refusal_variants(ts.examples, seed=seed))
    echo_dev = echo_variants(ts.examples, n=600, seed=seed, dev=True)
    ts.examples.extend(echo_variants(ts.examples, seed=seed))
    ts.examples.extend(echo_dev)
    return ts


def train_guard(
    data_dirs: list[Path],
    out_dir: Path = ARTEFACTS,
    cache_path: Path | None = None,
    allow_noncommercial: bool = False,
    config: FitConfig | None = None,
    log: Any = print,
    min_category_positives: int = MIN_CATEGORY_POSITIVES,
    mixtures: int = 6000,
    encoder_path: Path | None = None,
    pair_encoder_path: Path | None = None,
    pair_cache_path: Path | None = None,
) -> dict[str, Any]:
    """Train all heads and write ``guard.json``, ``heads.npz`` and ``metrics.json`` to ``out_dir``.

    ``encoder_path`` is the ONNX encoder the heads read (default: the shipped one); a guard loads
    ``encoder.onnx`` from its artefacts folder when there is one, so put it beside the heads.
    ``pair_encoder_path``, when given, is a second encoder (a fine-tuned one) that the response and refusal
    heads read instead; it is copied beside the heads as ``encoder-pair.onnx`` and its embeddings are cached
    in ``pair_cache_path``.
    """
    cfg = config or FitConfig()
    t0 = time.time()
    ts = guard_examples(data_dirs, allow_noncommercial=allow_noncommercial, seed=cfg.seed, mixtures=mixtures,
                        log=log)
    encoder = MiniLMEncoder(onnx_path=encoder_path)
    cache = EmbeddingCache(cache_path or Path.home() / ".cache/hazmat/train-embeddings.npz", encoder, log=log)
    texts = sorted({e.text for e in ts.examples} | {e.context for e in ts.examples if e.context}
                   | {h for e in ts.examples for h in e.history}
                   | {_opening(e) for e in ts.examples if e.task in ("refusal", "response")})
    vecs = cache.embed(texts)
    index = {t: i for i, t in enumerate(texts)}

    def emb(ts_: list[str]) -> NDArray[np.float32]:
        return np.stack([vecs[index[t]] if t else np.zeros(vecs.shape[1], np.float32) for t in ts_])

    emb_pair = emb  # what the response and refusal heads read
    pair_encoder: MiniLMEncoder | None = None
    if pair_encoder_path is not None:
        pair_encoder = MiniLMEncoder(onnx_path=pair_encoder_path)
        pair_cache = EmbeddingCache(pair_cache_path or Path.home() / ".cache/hazmat/train-embeddings-pair.npz",
                                    pair_encoder, log=log)
        pair_texts = sorted({t for e in ts.examples if e.task in ("refusal", "response")
                             for t in (e.text, e.context, _opening(e)) if t})
        pair_vecs = pair_cache.embed(pair_texts)
        pair_index = {t: i for i, t in enumerate(pair_texts)}

        def emb_pair(ts_: list[str]) -> NDArray[np.float32]:
            return np.stack([pair_vecs[pair_index[t]] if t else np.zeros(pair_vecs.shape[1], np.float32)
                             for t in ts_])

    prompts, responses, refusals = ts.by_task("prompt"), ts.by_task("response"), ts.by_task("refusal")
    heads: dict[str, MLPHead] = {}
    metrics: dict[str, Any] = {}
    stage1: dict[str, MLPHead] = {}
    log(f"prompt head: {len(prompts):,} examples")
    heads["prompt"], stage1["prompt"], metrics["prompt"] = _fit_and_eval(
        "prompt", "text", ["harmful"], _binary(prompts, emb([e.text for e in prompts])), cfg)
    pair_data: dict[str, HeadData] = {}
    for name, exs, out in (("response", responses, "harmful"), ("refusal", refusals, "refusal")):
        log(f"{name} head: {len(exs):,} examples")
        # the refusal head reads the answer's opening, as the guard does
        texts_read = [_opening(e) if name == "refusal" else e.text for e in exs]
        feats = pair_features(emb_pair(texts_read), emb_pair([e.context for e in exs]))
        pair_data[name] = _binary(exs, feats)
        heads[name], stage1[name], metrics[name] = _fit_and_eval(name, "pair", [out], pair_data[name], cfg)

    # the combiner learns from the dev responses, which the stage-1 heads never saw: on their own training
    # rows those heads are over-confident, so a combiner fitted there only learns to trust the response head
    log("response combiner: fitted on the dev split, scored by cross-validation")
    rd = pair_data["response"]
    dev_exs = [e for e in responses if e.dev]
    hist = sorted({h for e in dev_exs for h in e.history})
    hist_p = dict(zip(hist, stage1["prompt"].predict_proba(emb(hist))[:, 0].tolist(), strict=True)) if hist else {}
    comb_feats = response_features(
        stage1["response"].predict_proba(rd.x[rd.dev])[:, 0],
        np.array([max((hist_p[h] for h in e.history), default=0.0) for e in dev_exs], dtype=np.float32),
        stage1["refusal"].predict_proba(pair_features(emb_pair([_opening(e) for e in dev_exs]),
                                                      emb_pair([e.context for e in dev_exs])))[:, 0],
        stage1["prompt"].predict_proba(emb([e.text for e in dev_exs]))[:, 0],
    )
    combiner, metrics["response_combined"] = _fit_combiner(
        comb_feats, rd.y[rd.dev, 0], rd.w[rd.dev], [e.source for e in dev_exs], seed=cfg.seed)
    cat_exs = [e for e in prompts + responses if e.categories is not None and (e.label == 0 or e.categories)
               and not e.source.startswith("augmented_")]
    counts = Counter(c for e in cat_exs if not e.dev for c in e.categories or ())
    hub = hub_taxonomy()
    cats = [c for c in hub.ids if counts[c] >= min_category_positives]
    log(f"categories head: {len(cat_exs):,} examples, {len(cats)} hub categories")
    heads["categories"], _, metrics["categories"] = _fit_and_eval(
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
                    "long_window": encoder.long_window, "sha256": encoder.sha256()},
        "heads": {n: h.meta() for n, h in heads.items()},
        "refusal_reads": MASKED_OPENING,
        "combiner": combiner.meta(),
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
    if pair_encoder is not None:
        target = out_dir / PAIR_ENCODER_FILE
        if target.resolve() != pair_encoder.model_path.resolve():
            shutil.copyfile(pair_encoder.model_path, target)
        meta["pair_encoder"] = {"file": PAIR_ENCODER_FILE, "sha256": pair_encoder.sha256(),
                                "reads": ["response", "refusal"]}
    (out_dir / "guard.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    (out_dir / "metrics.json").write_text(json.dumps(metrics, indent=1) + "\n", encoding="utf-8")
    log(f"wrote {out_dir} in {time.time() - t0:.0f}s")
    return metrics
