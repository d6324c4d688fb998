"""``hazmat-minilm``: the default guard. MiniLM embeddings + trained heads, offline on a CPU.

A conversation's last message is classified: a user (or system/tool) turn as a prompt, an assistant turn
as a response to the user turn before it (which also gets a refusal score). Long texts are chunked with
overlap; a chunk's harm counts for the whole text (max over chunks), so harm at the end of a long text is
not lost. Scores speak the hub taxonomy and are translated to any other through the crosswalk.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ... import __version__
from ...errors import ModelArtefactError
from ...taxonomy import HUB_ID, Taxonomy, crosswalk, hub_taxonomy, load_taxonomy
from ...types import Conversation, Verdict
from .._protocol import BaseClassifier
from .encoder import ARTEFACTS, ChunkedEmbeddings, MiniLMEncoder
from .heads import MLPHead, pair_features

NAME = "hazmat-minilm"
DEFAULT_MAX_CHARS = 2_000_000
HEAD_NAMES = ("prompt", "response", "refusal", "categories")


@dataclass
class _Item:
    index: int
    mode: str  # "prompt" or "response"
    text: str
    context: str


class MiniLMGuard(BaseClassifier):
    """The default guard; see the module docstring. ``taxonomy`` chooses the language of its verdicts."""

    name = NAME

    def __init__(
        self,
        artefacts: str | Path | None = None,
        taxonomy: str | Taxonomy = HUB_ID,
        encoder: MiniLMEncoder | None = None,
        max_chars: int = DEFAULT_MAX_CHARS,
        threads: int | None = None,
    ) -> None:
        self.artefacts = Path(artefacts) if artefacts else ARTEFACTS
        meta_path, weights_path = self.artefacts / "guard.json", self.artefacts / "heads.npz"
        if not meta_path.is_file() or not weights_path.is_file():
            raise ModelArtefactError(
                f"guard artefacts missing in {self.artefacts} (need guard.json and heads.npz); "
                "reinstall hazmat or rebuild them with `hazmat train guard`"
            )
        self.meta: dict[str, Any] = json.loads(meta_path.read_text(encoding="utf-8"))
        with np.load(weights_path) as arrays:
            self.heads = {n: MLPHead.load(n, self.meta["heads"][n], arrays) for n in HEAD_NAMES}
        hub = hub_taxonomy()
        self.category_ids: list[str] = list(self.heads["categories"].outputs)
        unknown = [c for c in self.category_ids if c not in hub]
        if unknown:
            raise ModelArtefactError(f"guard predicts categories missing from the hub: {unknown}")
        self.uncovered_hub = [c for c in hub.ids if c not in self.category_ids]
        self.taxonomy = load_taxonomy(taxonomy)
        self._to_target = None if self.taxonomy.id == HUB_ID else crosswalk(hub, self.taxonomy)
        self.encoder = encoder or MiniLMEncoder(threads=threads, **self.meta.get("encoder", {}))
        self.max_chars = max_chars

    def describe(self) -> dict[str, Any]:
        """Name, version and training metadata of the shipped artefacts."""
        return {
            "name": self.name,
            "version": self.meta.get("version"),
            "hazmat": __version__,
            "taxonomy": self.taxonomy.id,
            "encoder": str(self.encoder.model_path.name),
            "encoder_sha256": self.encoder.sha256(),
            "trained": self.meta.get("trained", {}),
        }

    def _items(self, conversations: Sequence[Conversation]) -> tuple[list[_Item], dict[int, str]]:
        items: list[_Item] = []
        problems: dict[int, str] = {}
        for i, conv in enumerate(conversations):
            if not conv.messages:
                problems[i] = "empty conversation"
                continue
            last = conv.last
            text = last.text
            if not text.strip():
                problems[i] = f"the last message ({last.role}) has no text"
                continue
            if len(text) > self.max_chars:
                problems[i] = f"text of {len(text):,} characters exceeds max_chars={self.max_chars:,}"
                continue
            if last.role == "assistant":
                prev = conv.last_user_before_last()
                items.append(_Item(i, "response", text, prev.text if prev else ""))
            else:
                items.append(_Item(i, "prompt", text, ""))
        return items, problems

    def _assert_categories(self, scores: NDArray[np.float32], thresholds: NDArray[np.float32]) -> list[str]:
        """Categories a flagged item is asserted to belong to: above their threshold and within half of
        the top score (the dev-fitted thresholds of rare categories are low), at most three; at least the
        top one, so a flagged item always names a category."""
        top = float(scores.max())
        order = np.argsort(-scores)
        picked = [i for i in order if scores[i] >= thresholds[i] and scores[i] >= 0.5 * top][:3]
        return [self.category_ids[i] for i in picked] or [self.category_ids[int(order[0])]]

    def classify_batch(self, conversations: Sequence[Conversation]) -> list[Verdict]:
        """Classify a batch of conversations (see the module docstring)."""
        items, problems = self._items(conversations)
        verdicts: list[Verdict | None] = [None] * len(conversations)
        for i, reason in problems.items():
            verdicts[i] = Verdict.unassessable(self.taxonomy.id, reason, classifier=self.name)
        if items:
            contexts = [it.context for it in items if it.mode == "response"]
            emb = self.encoder.encode_chunks([it.text for it in items] + contexts)
            for it, verdict in zip(items, self._score(items, emb), strict=True):
                verdicts[it.index] = self._to_target.map_verdict(verdict) if self._to_target else verdict
        return [v for v in verdicts if v is not None]

    def _score(self, items: list[_Item], emb: ChunkedEmbeddings) -> list[Verdict]:
        n = len(items)
        owner = emb.owner
        # the prompt each response answers: its mean window embedding (zeros when there is none);
        # prompts alone need no per-text means, so they are only computed when responses are present
        ctx = np.zeros((n, emb.vectors.shape[1]), dtype=np.float32)
        if any(it.mode == "response" for it in items):
            per_text = emb.mean_per_text()
            k = n
            for j, it in enumerate(items):
                if it.mode == "response":
                    if it.context.strip():
                        ctx[j] = per_text[k]
                    k += 1
        # windows of the classified texts (not of the prompts given as context)
        mine = owner < n
        vec, own = emb.vectors[mine], owner[mine]
        is_resp = np.array([it.mode == "response" for it in items])[own]

        cat = _max_per_owner(self.heads["categories"].predict_proba(vec), own, n)
        harm = np.zeros(n, dtype=np.float32)
        refusal = np.full(n, np.nan, dtype=np.float32)
        if (~is_resp).any():
            harm_p = self.heads["prompt"].predict_proba(vec[~is_resp])[:, 0]
            harm = np.maximum(harm, _max_per_owner(harm_p[:, None], own[~is_resp], n)[:, 0])
        if is_resp.any():
            feats = pair_features(vec[is_resp], ctx[own[is_resp]])
            harm_r = self.heads["response"].predict_proba(feats)[:, 0]
            harm = np.maximum(harm, _max_per_owner(harm_r[:, None], own[is_resp], n)[:, 0])
            ref = self.heads["refusal"].predict_proba(feats)[:, 0]
            # a refusal is judged on the opening window of the answer, where models state it
            first = np.zeros(n, dtype=bool)
            for row, o in zip(ref, own[is_resp], strict=True):
                if not first[o]:
                    refusal[o], first[o] = row, True
        cat_thr = self.heads["categories"].thresholds
        out: list[Verdict] = []
        for j, it in enumerate(items):
            head = "prompt" if it.mode == "prompt" else "response"
            flagged = bool(harm[j] >= self.heads[head].thresholds[0])
            scores = {c: round(float(s), 6) for c, s in zip(self.category_ids, cat[j], strict=True)}
            asserted = self._assert_categories(cat[j], cat_thr) if flagged else []
            extra: dict[str, Any] = {"mode": it.mode}
            if it.mode == "response":
                extra["refusal_score"] = round(float(refusal[j]), 6)
                extra["refusal"] = bool(refusal[j] >= self.heads["refusal"].thresholds[0])
            out.append(Verdict(
                taxonomy=HUB_ID, flagged=flagged, unsafe_score=round(float(harm[j]), 6), scores=scores,
                categories=asserted, uncovered=list(self.uncovered_hub), classifier=self.name, extra=extra,
            ))
        return out


def _max_per_owner(values: NDArray[np.float32], owner: NDArray[np.int64], n: int) -> NDArray[np.float32]:
    out = np.zeros((n, values.shape[1]), dtype=np.float32)
    np.maximum.at(out, owner, values)
    return out
