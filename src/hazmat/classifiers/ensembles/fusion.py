"""Score fusion: several guards on every item, their unsafe and per-category scores combined into one verdict.

Methods: ``mean``, ``max`` (the most cautious member), ``weighted`` (fixed non-negative weights) and
``stacking`` (a logistic regression over the members' unsafe scores, fitted on labelled data by IRLS,
saved/loaded as JSON). Members that leave an item unassessed are left out of that item's fusion; if
every member is unassessed, so is the ensemble's verdict.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from ...errors import InputError
from ...taxonomy import load_taxonomy
from ...types import Conversation, Verdict
from .._protocol import BaseClassifier, Classifier, run_sync
from ._common import (
    Member,
    category_max,
    category_mean,
    describe_member,
    fused_verdict,
    gather_members,
    member_name,
    member_score,
    parse_label,
    resolve,
)

METHODS = ("mean", "max", "weighted", "stacking")
FloatArray = npt.NDArray[np.float64]


class LogisticStacker:
    """Logistic regression p = sigmoid(b + w·x) over member scores x, fitted by IRLS with a small L2 ridge.

    A member missing on an item (unassessed) is imputed with that member's mean score on the training set.
    """

    def __init__(self, coef: Sequence[float], intercept: float, impute: Sequence[float],
                 members: Sequence[str] = ()) -> None:
        self.coef = np.asarray(coef, dtype=np.float64)
        self.intercept = float(intercept)
        self.impute = np.asarray(impute, dtype=np.float64)
        self.members = list(members)

    @classmethod
    def fit(cls, scores: npt.ArrayLike, labels: Sequence[Any], l2: float = 1e-3, max_iter: int = 100,
            tol: float = 1e-8, members: Sequence[str] = ()) -> LogisticStacker:
        """Fit on an ``[items, members]`` score matrix (NaN = unassessed) and 0/1 (or safe/unsafe) labels."""
        x = np.asarray(scores, dtype=np.float64)
        if x.ndim != 2 or x.shape[0] == 0:
            raise InputError("stacking needs a non-empty 2-D score matrix [items, members]")
        y = np.asarray([parse_label(v) for v in labels], dtype=np.float64)
        if y.shape[0] != x.shape[0]:
            raise InputError(f"{x.shape[0]} score rows but {y.shape[0]} labels")
        if y.min() == y.max():
            raise InputError("stacking needs both safe and unsafe labels")
        impute = np.array([np.nanmean(col) if np.isfinite(col).any() else 0.5 for col in x.T])
        x = np.where(np.isfinite(x), x, impute)
        a = np.hstack([np.ones((x.shape[0], 1)), x])
        beta = np.zeros(a.shape[1])
        ridge = l2 * np.eye(a.shape[1])
        ridge[0, 0] = 0.0  # no penalty on the intercept
        for _ in range(max_iter):
            p = _sigmoid(a @ beta)
            w = np.clip(p * (1 - p), 1e-9, None)
            grad = a.T @ (y - p) - ridge @ beta
            hess = (a * w[:, None]).T @ a + ridge
            step = np.linalg.solve(hess, grad)
            beta = beta + step
            if float(np.max(np.abs(step))) < tol:
                break
        return cls(beta[1:].tolist(), float(beta[0]), impute.tolist(), members)

    def predict(self, scores: npt.ArrayLike) -> FloatArray:
        """Probabilities for an ``[items, members]`` score matrix (NaN = unassessed, imputed)."""
        x = np.atleast_2d(np.asarray(scores, dtype=np.float64))
        if x.shape[1] != self.coef.shape[0]:
            raise InputError(f"stacker expects {self.coef.shape[0]} member scores, got {x.shape[1]}")
        x = np.where(np.isfinite(x), x, self.impute)
        return _sigmoid(self.intercept + x @ self.coef)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready parameters."""
        return {"kind": "logistic-stacker", "members": self.members, "coef": self.coef.tolist(),
                "intercept": self.intercept, "impute": self.impute.tolist()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LogisticStacker:
        """Parameters from :meth:`to_dict`."""
        try:
            return cls(data["coef"], data["intercept"], data["impute"], data.get("members", ()))
        except (KeyError, TypeError) as e:
            raise InputError(f"bad stacker parameters: {e}") from None

    def save(self, path: str | Path) -> None:
        """Write the parameters as JSON."""
        Path(path).write_text(json.dumps(self.to_dict(), indent=2), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> LogisticStacker:
        """Read parameters written by :meth:`save`."""
        try:
            return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, json.JSONDecodeError) as e:
            raise InputError(f"cannot read stacker {path}: {e}") from None


def _sigmoid(z: Any) -> FloatArray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -500, 500))), dtype=np.float64)


class FusionEnsemble(BaseClassifier):
    """Runs member guards concurrently and fuses their scores in one taxonomy (default the hub ``hazmat``).

    ``weights`` (for ``weighted``) are renormalised over the members that assessed each item. For
    ``stacking``, ``unsafe_score`` is the stacker's probability and the per-category scores are the
    members' mean (the stacker only models the overall decision). ``stacker`` is a
    :class:`LogisticStacker` or the path of its JSON; without one, call :meth:`fit` first.
    """

    def __init__(self, guards: Sequence[Member], method: str = "mean", weights: Sequence[float] | None = None,
                 threshold: float = 0.5, taxonomy: str = "hazmat",
                 stacker: LogisticStacker | str | Path | None = None, name: str | None = None) -> None:
        if method not in METHODS:
            raise InputError(f"fusion method must be one of {', '.join(METHODS)}, got {method!r}")
        self.guards: list[Classifier] = [resolve(g) for g in guards]
        if not self.guards:
            raise InputError("an ensemble needs at least one member guard")
        if method == "weighted":
            if weights is None or len(weights) != len(self.guards):
                raise InputError(f"weighted fusion needs one weight per member ({len(self.guards)})")
            if any(w < 0 for w in weights) or sum(weights) <= 0:
                raise InputError("fusion weights must be non-negative with a positive sum")
        self.method = method
        self.weights = [float(w) for w in weights] if weights is not None else [1.0] * len(self.guards)
        self.threshold = float(threshold)
        self.taxonomy = load_taxonomy(taxonomy)
        self.stacker = LogisticStacker.load(stacker) if isinstance(stacker, str | Path) else stacker
        self.members = [member_name(g) for g in self.guards]
        self.name = name or f"fusion:{method}:{'+'.join(self.members)}"

    async def member_scores(self, conversations: Sequence[Conversation]) -> FloatArray:
        """The ``[items, members]`` matrix of member unsafe scores (NaN where unassessed)."""
        per = await gather_members(self.guards, conversations, self.taxonomy)
        return np.array([[s if (s := member_score(per[m][i])) is not None else math.nan
                          for m in range(len(self.guards))] for i in range(len(conversations))],
                        dtype=np.float64).reshape(len(conversations), len(self.guards))

    def fit(self, conversations: Sequence[Conversation], labels: Sequence[Any], **kw: Any) -> LogisticStacker:
        """Classify labelled conversations with the members and fit the stacker on their scores."""
        return self.fit_scores(run_sync(self.member_scores(conversations)), labels, **kw)

    def fit_scores(self, scores: npt.ArrayLike, labels: Sequence[Any], **kw: Any) -> LogisticStacker:
        """Fit the stacker on an ``[items, members]`` score matrix and labels; switches to ``stacking``."""
        x = np.asarray(scores, dtype=np.float64)
        if x.ndim != 2 or x.shape[1] != len(self.guards):
            raise InputError(f"score matrix must be [items, {len(self.guards)}]")
        self.stacker = LogisticStacker.fit(x, labels, members=self.members, **kw)
        self.method = "stacking"
        return self.stacker

    def fuse(self, verdicts: Sequence[Verdict]) -> Verdict:
        """Fuse one item's member verdicts (already in the ensemble's taxonomy)."""
        idx = [i for i, v in enumerate(verdicts) if member_score(v) is not None]
        if not idx:
            reasons = "; ".join(f"{self.members[i]}: {v.unassessed}" for i, v in enumerate(verdicts))
            return Verdict.unassessable(self.taxonomy.id, f"every member unassessed ({reasons})", self.name)
        vs = [verdicts[i] for i in idx]
        sc = [member_score(v) or 0.0 for v in vs]
        extra: dict[str, Any] = {"members": {self.members[i]: member_score(verdicts[i]) for i in range(len(verdicts))},
                                 "method": self.method}
        if len(idx) < len(verdicts):
            extra["unassessed_members"] = [self.members[i] for i in range(len(verdicts)) if i not in idx]
        if self.method == "max":
            return fused_verdict(self.taxonomy.id, max(sc), category_max(vs), self.threshold, self.name, extra)
        if self.method == "weighted":
            w = [self.weights[i] for i in idx]
            if sum(w) <= 0:
                w = [1.0] * len(idx)
            score = sum(a * b for a, b in zip(w, sc, strict=True)) / sum(w)
            return fused_verdict(self.taxonomy.id, score, category_mean(vs, w), self.threshold, self.name, extra)
        if self.method == "stacking":
            if self.stacker is None:
                raise InputError("stacking fusion has no fitted stacker: call fit()/fit_scores() or pass stacker=")
            row = [member_score(v) for v in verdicts]
            p = float(self.stacker.predict([[math.nan if s is None else s for s in row]])[0])
            return fused_verdict(self.taxonomy.id, p, category_mean(vs), self.threshold, self.name, extra)
        return fused_verdict(self.taxonomy.id, sum(sc) / len(sc), category_mean(vs), self.threshold, self.name, extra)

    async def aclassify(self, conversations: Sequence[Conversation]) -> list[Verdict]:
        """Classify with every member concurrently and fuse each item."""
        per = await gather_members(self.guards, conversations, self.taxonomy)
        return [self.fuse([per[m][i] for m in range(len(self.guards))]) for i in range(len(conversations))]

    def describe(self) -> dict[str, Any]:
        """Ensemble settings and each member's description."""
        return {"id": self.name, "kind": "fusion", "method": self.method, "weights": self.weights,
                "threshold": self.threshold, "taxonomy": self.taxonomy.id,
                "stacker": self.stacker.to_dict() if self.stacker else None,
                "members": [describe_member(g) for g in self.guards]}

