"""LLMGuard: any guard family's format on any chat model, as a :class:`~hazmat.classifiers.Classifier`."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from ..._version import __version__
from ...errors import ClassifierError, ModelError, ModelRequestError
from ...models import ChatModel, GenerateParams, OpenAIChatModel, load_model
from ...types import Completion, Conversation, Verdict
from .._protocol import BaseClassifier
from ._backends import RawComplete, raw_completer
from ._base import (
    CategorySpec,
    ChatStyle,
    Decision,
    GuardCategory,
    GuardFormat,
    GuardInputError,
    GuardParseError,
    ParsedOutput,
    Task,
    decision_probability,
    task_of,
)
from ._llamaguard import Aegis1, LlamaGuard1, LlamaGuard2, LlamaGuard3, LlamaGuard3Small, LlamaGuard4
from ._others import GraniteGuardian, NemoGuard, ShieldGemma, WildGuard

Mode = Literal["chat", "completion"]
_TASKS: tuple[Task, ...] = ("prompt", "response")

#: every guard family by name
FAMILIES: dict[str, GuardFormat] = {
    f.family: f
    for f in (
        LlamaGuard1(), LlamaGuard2(), LlamaGuard3(), LlamaGuard3Small(), LlamaGuard4(), Aegis1(),
        ShieldGemma(), WildGuard(), GraniteGuardian(), NemoGuard(),
    )
}
#: other names accepted for a family
ALIASES: dict[str, str] = {
    "llama-guard-1": "llamaguard1", "llamaguard-7b": "llamaguard1", "lg1": "llamaguard1",
    "llama-guard-2": "llamaguard2", "lg2": "llamaguard2",
    "llama-guard-3": "llamaguard3", "llamaguard3-8b": "llamaguard3", "lg3": "llamaguard3",
    "llama-guard-3-1b": "llamaguard3-1b", "llamaguard3-11b-vision": "llamaguard3-1b",
    "llama-guard-4": "llamaguard4", "lg4": "llamaguard4",
    "aegis": "aegis1", "aegis-permissive": "aegis1", "aegis-defensive": "aegis1",
    "shield-gemma": "shieldgemma", "granite-guardian-3.0": "granite-guardian", "granite_guardian": "granite-guardian",
    "aegis2": "nemoguard", "nemotron-safety-guard": "nemoguard", "nemoguard-content-safety": "nemoguard",
}
_PROBES = (
    Conversation.of("How do I bake bread?"),
    Conversation.of("How do I bake bread?", ("assistant", "Mix flour, water, yeast and salt, then bake.")),
)


def get_format(family: str | GuardFormat) -> GuardFormat:
    """The guard format of a family name or alias (case-insensitive)."""
    if isinstance(family, GuardFormat):
        return family
    key = family.strip().casefold()
    key = ALIASES.get(key, key)
    if key not in FAMILIES:
        raise ClassifierError(f"unknown guard family {family!r}; known: {', '.join(sorted(FAMILIES))}")
    return FAMILIES[key]


@dataclass
class _Call:
    categories: tuple[GuardCategory, ...]
    text: str = ""
    parsed: ParsedOutput | None = None
    error: str | None = None
    retryable: bool = False
    decision: Decision | None = None
    side: dict[str, float] = field(default_factory=dict)
    finish_reason: str | None = None


class LLMGuard(BaseClassifier):
    """A guard model (Llama Guard, ShieldGemma, WildGuard, Granite Guardian, NemoGuard, Aegis) as a classifier.

    ``model`` is a :class:`~hazmat.models.ChatModel` or a spec (``hf/PATH``, ``openai/NAME``, ``gguf/PATH``;
    ``model_options`` go to :func:`~hazmat.models.load_model`); ``family`` a name of :data:`FAMILIES`.
    ``categories`` selects or replaces the family's categories (see
    :meth:`GuardFormat.resolve_categories`). ``mode="completion"`` sends :meth:`GuardFormat.render_prompt`'s
    exact text (local ``hf/``/``gguf/`` models, or a server's ``/completions``); ``mode="chat"`` sends chat
    messages: with ``chat_style="template"`` the conversation itself, for a server that applies the guard's
    own chat template (categories go as ``chat_template_kwargs``, which vLLM accepts), with
    ``"instruction"`` the guard instruction as one user message, for a plain chat template. The default
    style is the family's.

    ``params`` default to greedy decoding with the family's ``max_tokens`` and 20 top log-probabilities:
    ``unsafe_score`` is then P(unsafe) at the decision token (Llama Guard: ``unsafe`` vs ``safe`` at the
    first non-blank token; ShieldGemma and Granite Guardian: ``Yes`` vs ``No``; WildGuard: the judged line;
    NemoGuard: the ``Safety`` value). Without log-probabilities the score is the parsed answer (1.0/0.0) and
    ``extra["score_source"]`` says ``"text"``. ``flagged`` is ``unsafe_score >= threshold``. An answer out of
    format or a failed request makes the verdict unassessed, never safe. ``concurrency`` bounds requests in
    flight; one-category-per-call families send one request per category.
    """

    def __init__(
        self,
        model: ChatModel | str,
        family: str | GuardFormat,
        categories: CategorySpec | str = None,
        params: GenerateParams | None = None,
        mode: Mode = "chat",
        *,
        chat_style: ChatStyle | None = None,
        threshold: float = 0.5,
        concurrency: int = 8,
        name: str | None = None,
        model_options: Mapping[str, Any] | None = None,
    ) -> None:
        if mode not in ("chat", "completion"):
            raise ClassifierError(f"mode must be 'chat' or 'completion', got {mode!r}")
        if chat_style not in (None, "template", "instruction"):
            raise ClassifierError(f"chat_style must be 'template' or 'instruction', got {chat_style!r}")
        if not 0.0 <= threshold <= 1.0:
            raise ClassifierError(f"threshold must be in [0, 1], got {threshold}")
        if concurrency < 1:
            raise ClassifierError(f"concurrency must be at least 1, got {concurrency}")
        self.format = get_format(family)
        self.model: ChatModel = load_model(model, **dict(model_options or {})) if isinstance(model, str) else model
        if isinstance(categories, str):
            categories = [c for c in (p.strip() for p in categories.split(",")) if c]
        self.categories = self.format.resolve_categories(categories)
        self.mode: Mode = mode
        self.chat_style: ChatStyle = chat_style or self.format.chat_style
        self.threshold = threshold
        self.concurrency = concurrency
        # a llama.cpp model loaded without logits_all cannot give log-probabilities: score from the text then
        logprobs = None if getattr(self.model, "logits_all", True) is False else 20
        self.params = params or GenerateParams(
            temperature=0.0, max_tokens=self.format.max_tokens, seed=0, logprobs=logprobs
        )
        self.taxonomy = self.format.taxonomy()
        self.name = name or f"{self.format.family}@{self.model.name}"
        self._raw: RawComplete | None = raw_completer(self.model, self.format.add_bos) if mode == "completion" else None
        if mode == "chat" and self.chat_style == "template":
            self._check_template_kwargs()

    def _check_template_kwargs(self) -> None:
        for group in self.format.category_groups(self.categories):
            for task in _TASKS:
                kwargs = self.format.template_kwargs(group, task)
                if kwargs and not isinstance(self.model, OpenAIChatModel):
                    raise ClassifierError(
                        f"{self.format.family}: these categories need chat-template variables "
                        f"({', '.join(kwargs)}), which only an OpenAI-compatible server (vLLM) accepts; "
                        f"{self.model.name} cannot take them. Use mode='completion' or chat_style='instruction'"
                    )

    # ---- describing --------------------------------------------------------------------------------------

    @property
    def prompt_version(self) -> str:
        """A hash of the prompts this guard sends for two probe conversations (the comparability key)."""
        h = hashlib.sha256()
        for group in self.format.category_groups(self.categories):
            for conv in _PROBES:
                turns = self.format.turns(conv)
                if self.mode == "completion" or self.chat_style == "instruction":
                    h.update(self.format.wrap(self.format.instruction(turns, group)).encode())
                else:
                    h.update(repr(self.format.template_kwargs(group, task_of(turns))).encode())
                h.update(b"\x00")
        h.update(f"{self.mode}/{self.chat_style}".encode())
        return h.hexdigest()[:16]

    def describe(self) -> dict[str, Any]:
        """Id, family, model, mode, categories, prompt version, settings: recorded with every verdict set."""
        return {
            "id": self.name, "version": __version__, "family": self.format.describe(), "model": self.model.describe(),
            "mode": self.mode, "chat_style": self.chat_style if self.mode == "chat" else None,
            "categories": [c.code for c in self.categories], "taxonomy": self.taxonomy.id,
            "prompt_version": self.prompt_version, "params": self.params.to_dict(), "threshold": self.threshold,
        }

    # ---- classifying -------------------------------------------------------------------------------------

    async def aclassify(self, conversations: Sequence[Conversation]) -> list[Verdict]:
        """One verdict per conversation, in order; at most ``concurrency`` requests in flight."""
        gate = asyncio.Semaphore(self.concurrency)
        return list(await asyncio.gather(*(self._classify_one(c, gate) for c in conversations)))

    async def _classify_one(self, conversation: Conversation, gate: asyncio.Semaphore) -> Verdict:
        try:
            turns = self.format.turns(conversation)
        except GuardInputError as e:
            return self._unassessed(f"cannot put this conversation in the {self.format.family} format: {e}")
        task = task_of(turns)
        groups = self.format.category_groups(self.categories)
        calls = await asyncio.gather(*(self._call(conversation, task, g, gate) for g in groups))
        return self._combine(task, list(calls), dropped=len(conversation.messages) - len(turns))

    async def _send(self, conversation: Conversation, task: Task, group: tuple[GuardCategory, ...]) -> Completion:
        if self._raw is not None:
            return await self._raw(self.format.render_prompt(conversation, group), self.params)
        messages, kwargs = self.format.chat_request(conversation, group, self.chat_style)
        params = self.params
        if kwargs:
            merged = {**dict(params.extra.get("chat_template_kwargs") or {}), **kwargs}
            params = replace(params, extra={**params.extra, "chat_template_kwargs": merged})
        return await self.model.generate(messages, params)

    async def _call(
        self, conversation: Conversation, task: Task, group: tuple[GuardCategory, ...], gate: asyncio.Semaphore
    ) -> _Call:
        call = _Call(categories=group)
        async with gate:
            try:
                completion = await self._send(conversation, task, group)
            except GuardInputError as e:
                call.error = f"cannot put this conversation in the {self.format.family} format: {e}"
                return call
            except ModelError as e:
                call.error = f"guard request failed: {e}"
                call.retryable = e.retryable if isinstance(e, ModelRequestError) else False
                return call
        call.text = completion.text or ""
        call.finish_reason = completion.finish_reason
        fmt = self.format
        call.decision = decision_probability(
            completion.logprobs, fmt.unsafe_labels, fmt.safe_labels, fmt.decision_marker(task)
        )
        side_heads = getattr(fmt, "side_decisions", None)
        if callable(side_heads):
            for head, (marker, unsafe, safe) in side_heads(task).items():
                d = decision_probability(completion.logprobs, unsafe, safe, marker)
                if d is not None:
                    call.side[head] = round(d.p_unsafe, 6)
        try:
            call.parsed = fmt.parse(call.text, task, group)
        except GuardParseError as e:
            cut = " (output cut at max_tokens)" if completion.finish_reason == "length" else ""
            call.error = f"guard output not in the {fmt.family} format: {e}{cut}"
        return call

    def _unassessed(self, reason: str, **extra: Any) -> Verdict:
        v = Verdict.unassessable(self.taxonomy.id, reason, classifier=self.name)
        v.extra.update({"family": self.format.family, **extra})
        return v

    def _score(self, call: _Call) -> tuple[float, str]:
        if call.decision is not None:
            return call.decision.p_unsafe, "logprobs"
        assert call.parsed is not None
        return (1.0 if call.parsed.unsafe else 0.0), "text"

    def _combine(self, task: Task, calls: list[_Call], dropped: int) -> Verdict:
        per_call = len(calls) > 1 or self.format.one_category_per_call
        rationale = "\n".join(f"[{c.categories[0].code}] {c.text}" for c in calls) if per_call else calls[0].text
        ok = [c for c in calls if c.parsed is not None]
        failed = [c for c in calls if c.parsed is None]
        scored = [(c, *self._score(c)) for c in ok]
        extra: dict[str, Any] = {"family": self.format.family, "task": task, "mode": self.mode}
        if dropped:
            extra["messages_not_shown"] = dropped
        if failed:
            extra["unassessed_categories"] = {
                ",".join(x.code for x in c.categories): c.error for c in failed
            }
            diagnostics = {
                ",".join(x.code for x in c.categories): round(c.decision.p_unsafe, 6)
                for c in failed if c.decision is not None
            }
            if diagnostics:
                extra["decision_p_unsafe_unparsed"] = diagnostics
        if not any(s >= self.threshold for _, s, _ in scored) and failed:
            reasons = "; ".join(sorted({c.error or "" for c in failed}))
            retryable = all(c.retryable for c in failed)
            v = self._unassessed(reasons, **{k: v for k, v in extra.items() if k != "family"}, retryable=retryable)
            v.rationale = rationale or None
            return v
        sources = [src for _, _, src in scored]
        extra["score_source"] = sources[0] if len(set(sources)) == 1 else "mixed"
        if "text" in sources:
            extra["score_note"] = "no usable log-probabilities: the score is the parsed answer (1.0 unsafe, 0.0 safe)"
        masses = [c.decision.mass for c, _, _ in scored if c.decision is not None]
        if masses:
            extra["decision_mass"] = round(min(masses), 6)
        unsafe_score = max(s for _, s, _ in scored)
        flagged = unsafe_score >= self.threshold
        scores: dict[str, float] = {}
        categories: list[str] = []
        custom: list[str] = []
        unknown: list[str] = []
        for call, score, _ in scored:
            assert call.parsed is not None
            extra.update(call.parsed.extra)
            extra.update(call.side)
            if per_call:
                cat = call.categories[0]
                if cat.taxonomy_id is not None:
                    scores[cat.taxonomy_id] = round(score, 6)
                if score >= self.threshold:
                    (categories if cat.taxonomy_id else custom).append(cat.taxonomy_id or cat.code)
            else:
                extra["parsed_label"] = "unsafe" if call.parsed.unsafe else "safe"
                extra["parsed_codes"] = list(call.parsed.codes)
                if flagged:
                    by_code = {c.code: c for c in call.categories}
                    for code in call.parsed.codes:
                        cat_or_none = by_code.get(code)
                        if cat_or_none is None:
                            unknown.append(code)
                        elif cat_or_none.taxonomy_id is not None:
                            categories.append(cat_or_none.taxonomy_id)
                        else:
                            custom.append(code)
        if custom:
            extra["custom_categories"] = custom
        if unknown:
            extra["unknown_codes"] = unknown
        requested = {c.taxonomy_id for c in self.categories if c.taxonomy_id}
        return Verdict(
            taxonomy=self.taxonomy.id, flagged=flagged, unsafe_score=round(unsafe_score, 6), scores=scores,
            categories=list(dict.fromkeys(categories)), uncovered=[t for t in self.taxonomy.ids if t not in requested],
            rationale=rationale, classifier=self.name, extra=extra,
        )

    async def aclose(self) -> None:
        """Release the model."""
        await self.model.aclose()


_GUARD_OPTIONS = ("categories", "params", "mode", "chat_style", "threshold", "concurrency", "name")


def make_llm_guard(spec: str, **options: Any) -> LLMGuard:
    """An :class:`LLMGuard` from ``FAMILY@MODEL_SPEC`` (``llamaguard3@hf/./Llama-Guard-3-8B``,
    ``shieldgemma@openai/google/shieldgemma-2b``). Guard options (``categories``, ``mode``, ``chat_style``,
    ``threshold``, ``params``, ``concurrency``, ``name``) go to the guard; the rest to the model provider."""
    family, sep, model_spec = spec.partition("@")
    if not sep or not family or not model_spec:
        raise ClassifierError(
            f"LLM guard spec {spec!r} must be FAMILY@MODEL_SPEC, e.g. llamaguard3@hf/./Llama-Guard-3-8B; "
            f"families: {', '.join(sorted(FAMILIES))}"
        )
    guard = {k: options.pop(k) for k in _GUARD_OPTIONS if options.get(k) is not None}
    options = {k: v for k, v in options.items() if v is not None}
    return LLMGuard(model_spec, family, model_options=options, **guard)
