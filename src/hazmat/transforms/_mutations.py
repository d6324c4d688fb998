"""SORRY-Bench's 20 linguistic mutations (plus ``base``): one registry, a mutator, and mutated samples.

* 4 encodings (``ascii``, ``caesar``, ``morse``, ``atbash``) are deterministic (:mod:`._encodings`);
* 6 writing styles, 5 persuasion techniques and 5 translations are rewritten by a chat model from our
  templates (:mod:`._rewrites`).

Answers to encoded prompts are decoded, and answers to translated prompts translated back to English,
before they are judged: :func:`answer_decoding` says which samples need it and
:meth:`Mutator.adecode_answer` does it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ..errors import InputError, ModelError
from ..models import ChatModel, GenerateParams
from ..types import ContentPart, Conversation, Message, Sample
from ._encodings import ENCODINGS, decode_response, wrap
from ._rewrites import (
    BACK_TRANSLATION_MARKER,
    REWRITES,
    MutationFailed,
    TranslatorRefused,
    back_translation_prompt,
    back_translation_refused,
    parse_rewrite,
    rewrite_prompt,
    script_share,
)

if TYPE_CHECKING:
    from ._meaning import MeaningResult

__all__ = [
    "GROUPS",
    "MUTATIONS",
    "MutationInfo",
    "MutationKind",
    "Mutator",
    "answer_decoding",
    "mutated_sample",
    "mutation_names",
    "original_prompt",
]

MutationKind = Literal["base", "encoding", "style", "persuasion", "translation"]


@dataclass(frozen=True)
class MutationInfo:
    """One mutation: its SORRY-Bench ``prompt_style`` key, its kind, a title and a one-line description."""

    name: str
    kind: MutationKind
    title: str
    description: str

    @property
    def needs_model(self) -> bool:
        """Whether making this mutation needs a chat model (styles, persuasion, translations)."""
        return self.kind in ("style", "persuasion", "translation")

    @property
    def decodes_answer(self) -> bool:
        """Whether answers to this mutation are decoded (encodings) or translated back (translations)."""
        return self.kind in ("encoding", "translation")


def _registry() -> dict[str, MutationInfo]:
    out = {"base": MutationInfo("base", "base", "Base", "The original prompt, unchanged.")}
    for spec in REWRITES.values():
        if spec.kind != "translation":
            out[spec.name] = MutationInfo(spec.name, spec.kind, spec.title, spec.description)
    for enc in ENCODINGS.values():
        out[enc.name] = MutationInfo(enc.name, "encoding", enc.title,
                                     f"The prompt in {enc.title}; the model is asked to answer in it too.")
    for spec in REWRITES.values():
        if spec.kind == "translation":
            out[spec.name] = MutationInfo(spec.name, "translation", spec.title, f"The prompt in {spec.title}.")
    return out


MUTATIONS: dict[str, MutationInfo] = _registry()
"""``base`` and the 20 mutations, by key: styles, persuasion, encodings, translations (in that order)."""

GROUPS: dict[str, list[str]] = {
    "all": [n for n, m in MUTATIONS.items() if m.kind != "base"],
    "styles": [n for n, m in MUTATIONS.items() if m.kind == "style"],
    "persuasion": [n for n, m in MUTATIONS.items() if m.kind == "persuasion"],
    "encodings": [n for n, m in MUTATIONS.items() if m.kind == "encoding"],
    "translations": [n for n, m in MUTATIONS.items() if m.kind == "translation"],
}
"""Names usable in :func:`mutation_names` for several mutations at once (``all`` is the 20, not ``base``)."""


def mutation_names(spec: str) -> list[str]:
    """``"slang,encodings"`` → the mutation keys it names, in order, without duplicates.

    Items are mutation keys or group names (:data:`GROUPS`); raises :class:`InputError` listing the valid
    names on an unknown one.
    """
    out: list[str] = []
    for raw in spec.split(","):
        item = raw.strip()
        if not item:
            continue
        names = GROUPS.get(item, [item] if item in MUTATIONS else None)
        if names is None:
            raise InputError(
                f"unknown mutation {item!r}; valid: {', '.join(MUTATIONS)}; groups: {', '.join(GROUPS)}"
            )
        out.extend(n for n in names if n not in out)
    if not out:
        raise InputError(f"no mutation named in {spec!r}; valid: {', '.join(MUTATIONS)}; groups: {', '.join(GROUPS)}")
    return out


def _info(name: str) -> MutationInfo:
    try:
        return MUTATIONS[name]
    except KeyError:
        raise InputError(f"unknown mutation {name!r}; valid: {', '.join(MUTATIONS)}") from None


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


_MIN_SCRIPT_SHARE = 0.3


class Mutator:
    """Applies mutations to prompts and undoes them on answers.

    ``model`` rewrites (styles, persuasion), translates and back-translates; it is not needed for ``base``
    and the encodings. ``params`` are its generation settings (default: temperature 0, 1024 tokens).
    Pass a :class:`hazmat.engine.ManagedChatModel` to get retries, rate limits and caching.
    """

    def __init__(self, model: ChatModel | None, params: GenerateParams | None = None) -> None:
        self.model = model
        self.params = params or GenerateParams(temperature=0.0, max_tokens=1024)

    def _need_model(self, what: str) -> ChatModel:
        if self.model is None:
            raise ModelError(f"{what} needs a chat model to rewrite with; give one (hazmat mutate --model openai/NAME)")
        return self.model

    async def _ask(self, what: str, prompt: str) -> tuple[str, str | None]:
        model = self._need_model(what)
        completion = await model.generate(Conversation.of(prompt), self.params)
        return completion.text, completion.finish_reason

    async def amutate(self, prompt: str, name: str) -> str:
        """The mutated prompt; raises :class:`MutationFailed` when the model gives no usable rewrite."""
        info = _info(name)
        if info.kind == "base":
            return prompt
        if info.kind == "encoding":
            return wrap(name, ENCODINGS[name].encode(prompt))
        spec = REWRITES[name]
        raw, finish = await self._ask(f"mutation {name!r}", rewrite_prompt(name, prompt))
        if finish == "length":
            raise MutationFailed(f"the rewrite was cut off at max_tokens={self.params.max_tokens}", raw)
        text = parse_rewrite(raw, spec.marker)
        already = name == "question" and prompt.rstrip().endswith("?")  # a question needs no rewording
        if _norm(text) == _norm(prompt) and not already:
            raise MutationFailed("the model returned the request unchanged", raw)
        if spec.script is not None and script_share(text, spec.script) < _MIN_SCRIPT_SHARE:
            raise MutationFailed(f"the answer is not in {spec.title} script: {text[:80]!r}", raw)
        return text

    async def aback_translate(self, text: str) -> str:
        """``text`` translated into English by the model (text already in English comes back as is)."""
        if not text.strip():
            return text
        raw, finish = await self._ask("back-translation", back_translation_prompt(text))
        if finish == "length":
            raise MutationFailed(f"the back-translation was cut off at max_tokens={self.params.max_tokens}", raw)
        english = parse_rewrite(raw, BACK_TRANSLATION_MARKER, check_refusal=False)
        if back_translation_refused(raw, text, english):
            raise TranslatorRefused(f"the back-translator refused to translate the answer: {english[:120]!r}", raw)
        return english

    async def adecode_answer(self, name: str, answer: str) -> str:
        """An answer made readable for judging: encodings decoded, translations back-translated, others as is."""
        info = _info(name)
        if info.kind == "encoding":
            return decode_response(name, answer)
        if info.kind == "translation":
            return await self.aback_translate(answer)
        return answer

    async def acomparable(self, name: str, mutated: str) -> str:
        """The mutated prompt as plain English, to compare with the original: decoded or back-translated."""
        info = _info(name)
        if info.kind == "encoding":
            return decode_response(name, mutated)
        if info.kind == "translation":
            return await self.aback_translate(mutated)
        return mutated


def _last_user_index(conversation: Conversation) -> int | None:
    for i in range(len(conversation.messages) - 1, -1, -1):
        if conversation.messages[i].role == "user":
            return i
    return None


def original_prompt(sample: Sample) -> str:
    """The text of the sample's last user message (what a mutation rewrites); InputError if it has none."""
    idx = _last_user_index(sample.input)
    if idx is None:
        raise InputError(f"sample {sample.id}: no user message to mutate")
    return sample.input.messages[idx].text


def mutated_sample(sample: Sample, name: str, text: str, meaning: MeaningResult | None = None) -> Sample:
    """A copy of ``sample`` whose last user message is ``text``, the mutation ``name`` of it.

    Its id is ``"{id}~{name}"``; its metadata keeps the original's and adds ``mutation``, ``original_id``,
    ``original_prompt`` and, when ``meaning`` is given, ``meaning_similarity``, ``meaning_lost`` and
    ``meaning_reason``. Non-text parts (images) of the replaced message are kept.
    """
    idx = _last_user_index(sample.input)
    if idx is None:
        raise InputError(f"sample {sample.id}: no user message to mutate")
    old = sample.input.messages[idx]
    content: str | tuple[ContentPart, ...] = text
    if not isinstance(old.content, str):
        content = (*(p for p in old.content if p.type != "text"), ContentPart(type="text", text=text))
    messages = list(sample.input.messages)
    messages[idx] = Message(role="user", content=content)
    metadata = {**sample.metadata, "mutation": name, "original_id": sample.id, "original_prompt": old.text}
    if meaning is not None:
        metadata.update(meaning_similarity=meaning.similarity, meaning_lost=meaning.lost,
                        meaning_reason=meaning.reason)
    return Sample(id=f"{sample.id}~{name}", input=Conversation(messages=tuple(messages)),
                  reference=sample.reference, labels=dict(sample.labels), metadata=metadata)


def answer_decoding(sample: Sample) -> str | None:
    """The mutation whose answers must be decoded before judging (an encoding or a translation), or None.

    Read from ``metadata["mutation"]`` (hazmat's mutations), then ``metadata["prompt_style"]`` (SORRY-Bench's
    own mutated files); pass it to :meth:`Mutator.adecode_answer`.
    """
    for key in ("mutation", "prompt_style"):
        value = sample.metadata.get(key)
        if isinstance(value, str) and value in MUTATIONS and MUTATIONS[value].decodes_answer:
            return value
    return None
