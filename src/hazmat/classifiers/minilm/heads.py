"""Small MLP heads over sentence embeddings, with Platt calibration and stored decision thresholds.

Weights live in one ``.npz`` file and the metadata (outputs, calibration, thresholds) in JSON, so the
inference path needs numpy only. Training (``hazmat.training``) writes the same format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ...errors import ModelArtefactError
from ._masking import mask_request


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


# the response combiner's inputs, in order (see ``response_features``)
RESPONSE_FEATURES = ("response", "context_harm", "context_harm_not_refused", "refusal", "content_harm")
_EPS = 1e-4


def _logit(p: NDArray[np.float32]) -> NDArray[np.float32]:
    q = np.clip(p, _EPS, 1 - _EPS)
    out: NDArray[np.float32] = np.log(q / (1 - q)).astype(np.float32)
    return out


def response_features(
    response: NDArray[np.float32], context_harm: NDArray[np.float32], refusal: NDArray[np.float32],
    content_harm: NDArray[np.float32],
) -> NDArray[np.float32]:
    """The combiner's features of ``n`` responses from the heads' probabilities (each shape ``[n]``).

    ``response``: the response head on the answer in the context of its prompt; ``context_harm``: the prompt
    head's highest score over the conversation's user and system turns before the answer (0 without any);
    ``refusal``: the refusal head; ``content_harm``: the prompt head on the answer's own text (harmful content
    whatever was asked). An answer is harmful when it carries out a harmful request instead of refusing it,
    hence the product feature ``context_harm * (1 - refusal)``.
    """
    cols = [_logit(response), context_harm, context_harm * (1 - refusal), _logit(refusal), _logit(content_harm)]
    return np.stack(cols, axis=1).astype(np.float32)


@dataclass
class Combiner:
    """Logistic regression over ``response_features``: the guard's final score of a response."""

    features: list[str]
    weights: NDArray[np.float32]
    bias: float
    threshold: float = 0.5

    def predict_proba(self, feats: NDArray[np.float32]) -> NDArray[np.float32]:
        """P(harmful response), shape ``[n]``."""
        return sigmoid(feats @ self.weights + np.float32(self.bias))

    def meta(self) -> dict[str, Any]:
        """JSON metadata (the combiner is small enough to live in ``guard.json``)."""
        return {"features": self.features, "weights": [float(w) for w in self.weights],
                "bias": float(self.bias), "threshold": float(self.threshold)}

    @classmethod
    def load(cls, meta: dict[str, Any]) -> Combiner:
        """Rebuild from ``meta()``; the feature list must be the one this version computes."""
        if list(meta.get("features", [])) != list(RESPONSE_FEATURES):
            raise ModelArtefactError(
                f"response combiner expects features {meta.get('features')}, this hazmat computes "
                f"{list(RESPONSE_FEATURES)}; retrain with `hazmat train guard`")
        return cls(features=list(meta["features"]), weights=np.asarray(meta["weights"], dtype=np.float32),
                   bias=float(meta["bias"]), threshold=float(meta.get("threshold", 0.5)))


# a refusal is judged on the answer's opening: its first sentences, up to this many words
REFUSAL_OPENING_WORDS = 30
# guard.json's ``refusal_reads`` when the refusal head reads the opening with the prompt's words masked
MASKED_OPENING = "opening, prompt words masked"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def refusal_opening(text: str, words: int = REFUSAL_OPENING_WORDS, prompt: str = "") -> str:
    """The opening of an answer that the refusal head reads: whole sentences while they fit in ``words``
    words (at least the first sentence, cut at ``words``; ``text`` itself when it has no words). Models
    state a refusal there; a long lecture after it dilutes the refusal in an embedding of the whole answer.
    With ``prompt``, the prompt's own words in it are masked (``mask_request``), as guards from 1.2 read it."""
    out: list[str] = []
    count = 0
    for sentence in _SENTENCE_END.split(text.strip()):
        n = len(sentence.split())
        if out and count + n > words:
            break
        out.append(sentence)
        count += n
    opening = " ".join(" ".join(out).split()[:words]) or text
    return mask_request(opening, prompt)
