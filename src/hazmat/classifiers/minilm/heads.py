"""Small MLP heads over sentence embeddings, with Platt calibration and stored decision thresholds.

Weights live in one ``.npz`` file and the metadata (outputs, calibration, thresholds) in JSON, so the
inference path needs numpy only. Training (``hazmat.training``) writes the same format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ...errors import ModelArtefactError


def sigmoid(x: NDArray[np.float32]) -> NDArray[np.float32]:
    """Numerically stable logistic function."""
    out: NDArray[np.float32] = (0.5 * (1.0 + np.tanh(0.5 * x))).astype(np.float32)
    return out


@dataclass
class MLPHead:
    """``features -> ReLU(W1) -> W2 -> logits``, then per-output Platt scaling to probabilities.

    ``feature`` names the input the head reads: ``text`` (one embedding) or ``pair`` (response, prompt
    and their product). ``thresholds`` are the decision points on the calibrated probabilities.
    """

    name: str
    feature: str
    outputs: list[str]
    w1: NDArray[np.float32]
    b1: NDArray[np.float32]
    w2: NDArray[np.float32]
    b2: NDArray[np.float32]
    platt_a: NDArray[np.float32] = field(default_factory=lambda: np.ones(1, dtype=np.float32))
    platt_b: NDArray[np.float32] = field(default_factory=lambda: np.zeros(1, dtype=np.float32))
    thresholds: NDArray[np.float32] = field(default_factory=lambda: np.full(1, 0.5, dtype=np.float32))

    def logits(self, x: NDArray[np.float32]) -> NDArray[np.float32]:
        """Uncalibrated logits, shape ``[n, len(outputs)]``."""
        h = np.maximum(x @ self.w1 + self.b1, 0.0)
        out: NDArray[np.float32] = (h @ self.w2 + self.b2).astype(np.float32)
        return out

    def predict_proba(self, x: NDArray[np.float32]) -> NDArray[np.float32]:
        """Calibrated probabilities, shape ``[n, len(outputs)]``."""
        return sigmoid(self.platt_a * self.logits(x) + self.platt_b)

    def arrays(self) -> dict[str, NDArray[np.float32]]:
        """Weights for ``np.savez``, keyed ``<head>.<array>``."""
        return {f"{self.name}.{k}": getattr(self, k) for k in ("w1", "b1", "w2", "b2")}

    def meta(self) -> dict[str, Any]:
        """JSON metadata: feature, outputs, calibration and thresholds."""
        return {
            "feature": self.feature,
            "outputs": self.outputs,
            "platt_a": [float(v) for v in self.platt_a],
            "platt_b": [float(v) for v in self.platt_b],
            "thresholds": [float(v) for v in self.thresholds],
        }

    @classmethod
    def load(cls, name: str, meta: dict[str, Any], arrays: Any) -> MLPHead:
        """Rebuild a head from its JSON metadata and the npz arrays."""
        try:
            w = {k: np.asarray(arrays[f"{name}.{k}"], dtype=np.float32) for k in ("w1", "b1", "w2", "b2")}
        except KeyError as e:
            raise ModelArtefactError(f"head {name!r}: array {e.args[0]} missing from the weights file") from None
        n = len(meta["outputs"])
        head = cls(
            name=name, feature=meta["feature"], outputs=list(meta["outputs"]), **w,
            platt_a=np.asarray(meta.get("platt_a", [1.0] * n), dtype=np.float32),
            platt_b=np.asarray(meta.get("platt_b", [0.0] * n), dtype=np.float32),
            thresholds=np.asarray(meta.get("thresholds", [0.5] * n), dtype=np.float32),
        )
        if head.w2.shape[1] != n or head.w1.shape[1] != head.w2.shape[0]:
            raise ModelArtefactError(f"head {name!r}: weight shapes do not match its {n} outputs")
        return head


def pair_features(response: NDArray[np.float32], prompt: NDArray[np.float32]) -> NDArray[np.float32]:
    """Features of a response in the context of its prompt: ``[r, p, r * p]``."""
    return np.concatenate([response, prompt, response * prompt], axis=1).astype(np.float32)
