"""``hazmat-minilm``: the default guard. MiniLM embeddings + trained heads, offline on a CPU.

A conversation's last message is classified, in the context of the turns before it:

* a user (or system/tool) turn as a **prompt**: the conversation is flagged when any of its user or system
  turns asks for harm, not only the last one (a request in an earlier turn, a jailbreak in the system
  prompt); ``extra["turn"]`` then names the earlier message that flags it;
* an assistant turn as a **response** to the user turn before it, with a refusal score read from the
  answer's opening sentences (``refusal_opening``), where models state a refusal. Its harm score combines
  the response head (the answer read with its prompt), the highest prompt-harm score of the conversation
  before it, the refusal head and the harm of the answer's own text (``Combiner``): an answer is harmful
  when it carries out a harmful request instead of refusing it, or when its own content is harmful.

Each judged text is judged in its normalised form (Unicode look-alikes, leetspeak, zero-width and spacing
tricks undone) and its decoded payloads (base64, hex, rot13 and other encodings) as well: ``_evasion``; the
highest score counts. Long texts are chunked with overlap; a chunk's harm counts for the whole text (max
over chunks), so harm at the end of a long text is not lost. Scores speak the hub taxonomy and are
translated to any other through the crosswalk.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..._version import __version__
from ...errors import ModelArtefactError
from ...taxonomy import HUB_ID, Taxonomy, crosswalk, hub_taxonomy, load_taxonomy
from ...types import Conversation, Verdict
from .._protocol import BaseClassifier
from ._evasion import judged_texts
from .encoder import ARTEFACTS, MiniLMEncoder
from .heads import MASKED_OPENING, Combiner, MLPHead, pair_features, refusal_opening, response_features

NAME = "hazmat-minilm"
#: the larger option: the response and refusal heads read a fine-tuned encoder (``artefacts-ft``)
NAME_FT = "hazmat-minilm-ft"
ARTEFACTS_FT = ARTEFACTS.parent / "artefacts-ft"
DEFAULT_MAX_CHARS = 2_000_000
HEAD_NAMES = ("prompt", "response", "refusal", "categories")
CONTEXT_ROLES = ("user", "system")


@dataclass
class _Item:
    index: int
    mode: str  # "prompt" or "response"
    text: str
    prompt: str = ""  # response mode: the user turn the answer replies to
    # the other user/system turns before the judged one: (message index, text)
    context: list[tuple[int, str]] = field(default_factory=list)
    main_ids: list[int] = field(default_factory=list)  # text ids of the judged text and its variants
    ctx_ids: list[tuple[int, int]] = field(default_factory=list)  # (message index, text id)
    prompt_id: int = -1
    opening_id: int = -1  # response mode: the answer's opening, which the refusal head reads
    # the same three in the pair encoder's texts, when the response and refusal heads read their own encoder
    pair_ids: tuple[list[int], int, int] = ([], -1, -1)
    own_harm: float = 0.0  # the prompt head's highest score over the judged text and its variants
    context_harm: float = 0.0  # ... over the context turns (0 without any)
    context_turn: int = -1  # the message index of the context turn that scored highest


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
        name: str = NAME,
    ) -> None:
        self.name = name
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
        self.combiner = Combiner.load(self.meta["combiner"]) if "combiner" in self.meta else None
        hub = hub_taxonomy()
        self.category_ids: list[str] = list(self.heads["categories"].outputs)
        unknown = [c for c in self.category_ids if c not in hub]
        if unknown:
            raise ModelArtefactError(f"guard predicts categories missing from the hub: {unknown}")
        self.uncovered_hub = [c for c in hub.ids if c not in self.category_ids]
        self.taxonomy = load_taxonomy(taxonomy)
        self._to_target = None if self.taxonomy.id == HUB_ID else crosswalk(hub, self.taxonomy)
        settings = dict(self.meta.get("encoder", {}))
        trained_on = settings.pop("sha256", None)
        own_graph = self.artefacts / "encoder.onnx"
        self.encoder = encoder or MiniLMEncoder(onnx_path=own_graph if own_graph.is_file() else None,
                                                threads=threads, **settings)
        if trained_on and self.encoder.sha256() != trained_on:
            # heads read one encoder's embedding space; another encoder's vectors would give nonsense scores
            raise ModelArtefactError(
                f"the heads in {self.artefacts} were trained on the encoder graph sha256 {trained_on[:12]}..., "
                f"not on {self.encoder.model_path} ({self.encoder.sha256()[:12]}...): put the encoder they were "
                "trained with beside them as encoder.onnx, or retrain them with `hazmat train guard`")
        self.pair_encoder = self._pair_encoder(settings, threads)
        # from guard 1.2 the refusal head reads the opening with the prompt's words masked
        self.masked_opening = self.meta.get("refusal_reads") == MASKED_OPENING
        self.max_chars = max_chars

    def _pair_encoder(self, settings: dict[str, Any], threads: int | None) -> MiniLMEncoder | None:
        """The encoder the response and refusal heads read, when the artefacts have one of their own
        (``guard.json``'s ``pair_encoder``: a fine-tuned encoder, ``hazmat train finetune``); else None."""
        spec = self.meta.get("pair_encoder")
        if not spec:
            return None
        path = self.artefacts / str(spec["file"])
        if not path.is_file():
            raise ModelArtefactError(f"the response and refusal heads in {self.artefacts} read {spec['file']}, "
                                     "which is missing")
        enc = MiniLMEncoder(onnx_path=path, threads=threads, **settings)
        if enc.sha256() != spec.get("sha256"):
            raise ModelArtefactError(f"{path} is not the encoder the response and refusal heads were trained on")
        return enc

    def describe(self) -> dict[str, Any]:
        """Name, version and training metadata of the shipped artefacts."""
        return {
            "name": self.name,
            "version": self.meta.get("version"),
            "hazmat": __version__,
            "taxonomy": self.taxonomy.id,
            "encoder": str(self.encoder.model_path.name),
            "encoder_sha256": self.encoder.sha256(),
            **({"pair_encoder_sha256": self.pair_encoder.sha256()} if self.pair_encoder is not None else {}),
            "trained": self.meta.get("trained", {}),
        }

    def threshold(self, task: str) -> float:
        """The decision threshold of ``task``: ``prompt``, ``response`` (harm) or ``refusal``."""
        if task == "response" and self.combiner is not None:
            return self.combiner.threshold
        return float(self.heads[task].thresholds[0])

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
            too_long = [(k, m) for k, m in enumerate(conv.messages)
                        if (m.role in CONTEXT_ROLES or m is last) and len(m.text) > self.max_chars]
            if too_long:
                k, m = too_long[0]
                problems[i] = (f"message {k} ({m.role}): text of {len(m.text):,} characters exceeds "
                               f"max_chars={self.max_chars:,}")
                continue
            before = conv.messages[:-1]
            context = [(k, m.text) for k, m in enumerate(before) if m.role in CONTEXT_ROLES and m.text.strip()]
            if last.role == "assistant":
                prev = conv.last_user_before_last()
                items.append(_Item(i, "response", text, prev.text if prev else "", context))
            else:
                items.append(_Item(i, "prompt", text, "", context))
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
            for it, verdict in zip(items, self._score(items), strict=True):
                verdicts[it.index] = self._to_target.map_verdict(verdict) if self._to_target else verdict
        return [v for v in verdicts if v is not None]

    def _score(self, items: list[_Item]) -> list[Verdict]:
        # every distinct text is embedded once: judged texts with their normalised/decoded variants, the
        # context turns (with theirs) and the prompts that responses answer
        ids: dict[str, int] = {}
        for it in items:
            it.main_ids = [ids.setdefault(t, len(ids)) for t in judged_texts(it.text)]
            it.ctx_ids = [(k, ids.setdefault(t, len(ids))) for k, turn in it.context for t in judged_texts(turn)]
            if it.mode == "response":
                if it.prompt.strip():
                    it.prompt_id = ids.setdefault(it.prompt, len(ids))
                opening = refusal_opening(it.text, prompt=it.prompt if self.masked_opening else "")
                it.opening_id = ids.setdefault(opening, len(ids))
        emb = self.encoder.encode_chunks(list(ids))
        n_texts, vec, owner = len(ids), emb.vectors, emb.owner
        # per text: the highest prompt-harm and category scores over its windows (all are cheap MLPs)
        prompt_max = _max_per_owner(self.heads["prompt"].predict_proba(vec), owner, n_texts)[:, 0]
        cat_max = _max_per_owner(self.heads["categories"].predict_proba(vec), owner, n_texts)
        for it in items:
            it.own_harm = max(float(prompt_max[t]) for t in it.main_ids)
            it.context_turn, it.context_harm = max(((k, float(prompt_max[t])) for k, t in it.ctx_ids),
                                                   default=(-1, 0.0), key=lambda kv: kv[1])
        responses = [it for it in items if it.mode == "response"]
        resp_scores: dict[int, tuple[float, float]] = {}
        if responses and self.pair_encoder is None:
            resp_scores = self._response_scores(responses, emb.vectors, owner, emb.mean_per_text(),
                                                lambda it: (it.main_ids, it.prompt_id, it.opening_id))
        elif responses:
            assert self.pair_encoder is not None
            # the same texts as above (variants, prompt, opening: not worked out again), for the pair encoder
            texts = list(ids)
            pair: dict[str, int] = {}
            for it in responses:
                it.pair_ids = ([pair.setdefault(texts[t], len(pair)) for t in it.main_ids],
                               pair.setdefault(it.prompt, len(pair)) if it.prompt_id >= 0 else -1,
                               pair.setdefault(texts[it.opening_id], len(pair)))
            pemb = self.pair_encoder.encode_chunks(list(pair))
            resp_scores = self._response_scores(responses, pemb.vectors, pemb.owner, pemb.mean_per_text(),
                                                lambda it: it.pair_ids)
        cat_thr = self.heads["categories"].thresholds
        out: list[Verdict] = []
        for it in items:
            extra: dict[str, Any] = {"mode": it.mode}
            if it.mode == "prompt":
                harm = max(it.own_harm, it.context_harm)
                cat_rows = it.main_ids + [t for _, t in it.ctx_ids]
                threshold = self.threshold("prompt")
                if it.context_harm > it.own_harm and it.context_harm >= threshold:
                    extra["turn"] = it.context_turn  # an earlier turn is what flags the conversation
            else:
                harm, refusal = resp_scores[it.index]
                cat_rows = it.main_ids
                threshold = self.threshold("response")
                extra["refusal_score"] = round(refusal, 6)
                extra["refusal"] = bool(refusal >= self.threshold("refusal"))
                extra["context_score"] = round(it.context_harm, 6)
            cats = cat_max[cat_rows].max(axis=0)
            flagged = bool(harm >= threshold)
            scores = {c: round(float(s), 6) for c, s in zip(self.category_ids, cats, strict=True)}
            asserted = self._assert_categories(cats, cat_thr) if flagged else []
            out.append(Verdict(
                taxonomy=HUB_ID, flagged=flagged, unsafe_score=round(float(harm), 6), scores=scores,
                categories=asserted, uncovered=list(self.uncovered_hub), classifier=self.name, extra=extra,
            ))
        return out

    def _response_scores(
        self, items: list[_Item], vec: NDArray[np.float32], owner: NDArray[np.int64],
        per_text: NDArray[np.float32], ids: Callable[[_Item], tuple[list[int], int, int]],
    ) -> dict[int, tuple[float, float]]:
        """``(harm, refusal)`` of each response item, keyed by conversation index. ``vec``/``owner``/``per_text``
        are the embeddings the response and refusal heads read; ``ids`` gives an item's (judged texts, prompt,
        opening) among them."""
        n = len(items)
        windows = _windows_by_text(owner, per_text.shape[0])
        ctx = np.zeros((n, per_text.shape[1]), dtype=np.float32)
        rows: list[int] = []
        row_item: list[int] = []
        for j, it in enumerate(items):
            main_ids, prompt_id, _ = ids(it)
            if prompt_id >= 0:
                ctx[j] = per_text[prompt_id]
            for t in main_ids:
                rows.extend(windows[t])
                row_item.extend([j] * len(windows[t]))
        item_of = np.asarray(row_item, dtype=np.int64)
        resp_p = self.heads["response"].predict_proba(pair_features(vec[rows], ctx[item_of]))
        resp = _max_per_owner(resp_p, item_of, n)[:, 0]
        openings = per_text[[ids(it)[2] for it in items]]
        refusal = self.heads["refusal"].predict_proba(pair_features(openings, ctx))[:, 0]
        ctx_harm = np.array([it.context_harm for it in items], dtype=np.float32)
        content = np.array([it.own_harm for it in items], dtype=np.float32)
        if self.combiner is not None:
            harm = self.combiner.predict_proba(response_features(resp, ctx_harm, refusal, content))
        else:
            harm = resp
        return {it.index: (float(harm[j]), float(refusal[j])) for j, it in enumerate(items)}


def _windows_by_text(owner: NDArray[np.int64], n: int) -> list[list[int]]:
    out: list[list[int]] = [[] for _ in range(n)]
    for w, o in enumerate(owner.tolist()):
        out[o].append(w)
    return out


def _max_per_owner(values: NDArray[np.float32], owner: NDArray[np.int64], n: int) -> NDArray[np.float32]:
    out = np.zeros((n, values.shape[1]), dtype=np.float32)
    np.maximum.at(out, owner, values)
    return out
