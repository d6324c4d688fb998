"""Fitting MLP heads (torch), Platt calibration and thresholds (numpy)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..classifiers.minilm.heads import MLPHead, sigmoid
from ..metrics import best_f1_threshold


@dataclass
class FitConfig:
    """Hyper-parameters of one head."""

    hidden: int = 512
    epochs: int = 30
    lr: float = 1e-3
    weight_decay: float = 1e-4
    dropout: float = 0.3
    batch_size: int = 256
    seed: int = 0


def fit_mlp(
    name: str,
    feature: str,
    outputs: list[str],
    x: NDArray[np.float32],
    y: NDArray[np.float32],
    weights: NDArray[np.float32],
    config: FitConfig,
    mask: NDArray[np.bool_] | None = None,
) -> MLPHead:
    """Train ``x -> hidden -> outputs`` with weighted, class-balanced binary cross-entropy.

    ``mask`` (same shape as ``y``) marks the labels that are known; unknown ones add no loss.
    """
    import torch

    torch.manual_seed(config.seed)
    rng = np.random.default_rng(config.seed)
    d, k = x.shape[1], y.shape[1]
    model: Any = torch.nn.Sequential(
        torch.nn.Linear(d, config.hidden), torch.nn.ReLU(), torch.nn.Dropout(config.dropout),
        torch.nn.Linear(config.hidden, k),
    )
    m = np.ones_like(y) if mask is None else mask.astype(np.float32)
    pos = (y * m * weights[:, None]).sum(0)
    neg = ((1 - y) * m * weights[:, None]).sum(0)
    pos_weight = torch.tensor(np.clip(neg / np.clip(pos, 1e-6, None), 0.1, 50.0), dtype=torch.float32)
    loss_fn: Any = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight, reduction="none")
    opt = torch.optim.AdamW(model.parameters(), lr=config.lr, weight_decay=config.weight_decay)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=config.epochs)
    xt, yt, wt, mt = torch.from_numpy(x), torch.from_numpy(y), torch.from_numpy(weights), torch.from_numpy(m)
    n = x.shape[0]
    for _ in range(config.epochs):
        model.train()
        perm = torch.from_numpy(rng.permutation(n))
        for i in range(0, n, config.batch_size):
            idx = perm[i : i + config.batch_size]
            opt.zero_grad()
            per_label = loss_fn(model(xt[idx]), yt[idx]) * mt[idx]
            per_row = per_label.sum(1) / mt[idx].sum(1).clamp(min=1.0)
            loss = (per_row * wt[idx]).sum() / wt[idx].sum()
            loss.backward()
            opt.step()
        sched.step()
    lin1, lin2 = model[0], model[3]
    return MLPHead(
        name=name, feature=feature, outputs=outputs,
        w1=lin1.weight.detach().numpy().T.copy(), b1=lin1.bias.detach().numpy().copy(),
        w2=lin2.weight.detach().numpy().T.copy(), b2=lin2.bias.detach().numpy().copy(),
        platt_a=np.ones(k, np.float32), platt_b=np.zeros(k, np.float32), thresholds=np.full(k, 0.5, np.float32),
    )


def _platt_loss(z: NDArray[np.float64], t: NDArray[np.float64], a: float, b: float) -> float:
    f = a * z + b
    return float(np.sum(np.logaddexp(0.0, -f) + (1 - t) * f))  # log-loss of sigmoid(f) against t, stably


def fit_platt(logits: NDArray[np.float32], y: NDArray[np.float32], iters: int = 100) -> tuple[float, float]:
    """Platt scaling ``sigmoid(a * z + b)`` fitted on log-loss with Platt's smoothed targets.

    Newton's method with a backtracking line search (Lin, Lin and Weng 2007, "A note on Platt's probabilistic
    outputs"): plain Newton steps diverge on the saturated logits of an over-confident head (``|z|`` in the
    tens), where the Hessian nearly vanishes; a step is only taken when it lowers the loss.
    """
    z = logits.astype(np.float64)
    n_pos, n_neg = float(y.sum()), float(len(y) - y.sum())
    if n_pos == 0 or n_neg == 0:
        return 1.0, 0.0
    t = np.where(y > 0, (n_pos + 1) / (n_pos + 2), 1 / (n_neg + 2))  # Platt's smoothed targets
    a, b = 1.0, 0.0
    loss = _platt_loss(z, t, a, b)
    for _ in range(iters):
        p = 1 / (1 + np.exp(-np.clip(a * z + b, -500, 500)))
        g = np.array([np.sum((p - t) * z), np.sum(p - t)])
        if np.abs(g).max() < 1e-7 * len(z):
            break
        w = p * (1 - p)
        h = np.array([[np.sum(w * z * z), np.sum(w * z)], [np.sum(w * z), np.sum(w)]]) + 1e-12 * len(z) * np.eye(2)
        step = np.linalg.solve(h, g)
        size = 1.0
        while size > 1e-10:
            na, nb = a - size * step[0], b - size * step[1]
            new = _platt_loss(z, t, na, nb)
            if new <= loss - 1e-4 * size * float(g @ step):  # Armijo: enough decrease along the Newton step
                break
            size /= 2
        else:
            break  # no step lowers the loss: at the optimum to machine precision
        a, b, loss = na, nb, new
        if np.abs(size * step).max() < 1e-9:
            break
    return float(a), float(b)


def calibrate(head: MLPHead, x: NDArray[np.float32], y: NDArray[np.float32], mask: NDArray[np.bool_]) -> None:
    """Fit Platt parameters and F1-optimal thresholds per output on held-out data (in place)."""
    z = head.logits(x)
    for j in range(len(head.outputs)):
        m = mask[:, j]
        if m.sum() < 20 or y[m, j].sum() < 5 or (1 - y[m, j]).sum() < 5:
            continue
        a, b = fit_platt(z[m, j], y[m, j])
        head.platt_a[j], head.platt_b[j] = a, b
        p = sigmoid(np.float32(a) * z[m, j] + np.float32(b))
        head.thresholds[j] = best_f1_threshold(y[m, j], p)
