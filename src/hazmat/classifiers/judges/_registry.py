"""Judges by spec: a guard name, ``mcq``, or ``PROTOCOL@MODEL_SPEC`` (``sorrybench@openai/gpt-4o-mini``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...errors import ClassifierError
from ...models._protocol import ChatModel
from .._registry import list_classifiers
from ._airbench import AirBenchJudge
from ._astral import AstralJudge
from ._guard import GuardJudge
from ._harmbench import HarmBenchJudge
from ._llm import LLMJudge
from ._mcq import MCQAnswerJudge
from ._protocol import Judge
from ._sorrybench import SorryBenchJudge
from ._xstest import XSTestJudge

#: LLM judge protocols by name; each takes a chat model (``PROTOCOL@MODEL_SPEC``).
JUDGE_PROTOCOLS: dict[str, type[LLMJudge]] = {
    "airbench": AirBenchJudge,
    "astral": AstralJudge,
    "harmbench": HarmBenchJudge,
    "sorrybench": SorryBenchJudge,
    "xstest": XSTestJudge,
}
ModelLoader = Callable[[str], ChatModel]
#: settings of LLM judges that :func:`make_judge` drops for guards and ``mcq`` (a run passes them to every judge)
LLM_ONLY_OPTIONS = frozenset({"params", "concurrency", "structured", "fence"})


def _default_loader(spec: str) -> ChatModel:
    from ...models import load_model

    return load_model(spec)


def _known() -> str:
    protocols = ", ".join(f"{p}@MODEL_SPEC" for p in sorted(JUDGE_PROTOCOLS))
    return f"{protocols}, mcq, or a guard ({', '.join(list_classifiers()) or 'none registered'})"


def make_judge(spec: str, model_loader: ModelLoader | None = None, **options: Any) -> Judge:
    """The judge ``spec`` names; ``options`` go to its constructor.

    ``spec`` is ``mcq``; ``PROTOCOL@MODEL_SPEC`` with a protocol of :data:`JUDGE_PROTOCOLS`, the judge model
    being made by ``model_loader(MODEL_SPEC)`` (default: :func:`hazmat.models.load_model`); or the name of
    a registered classifier (``hazmat-minilm``), wrapped in a :class:`GuardJudge`. The LLM judges' settings
    in :data:`LLM_ONLY_OPTIONS` are ignored for guards and ``mcq``, so one set of options can serve a run's
    judges of every kind.
    """
    spec = spec.strip()
    if "@" not in spec:  # guards and mcq take no chat model: drop the LLM judges' settings
        options = {k: v for k, v in options.items() if k not in LLM_ONLY_OPTIONS}
    if spec == "mcq":
        return MCQAnswerJudge(**options)
    protocol, at, model_spec = spec.partition("@")
    if at:
        cls = JUDGE_PROTOCOLS.get(protocol)
        if cls is None:
            from ..llmguards import ALIASES, FAMILIES

            if protocol in FAMILIES or protocol in ALIASES:  # an LLM guard (Llama Guard, ...) as the judge
                return GuardJudge(make_llm_guard_with(spec, model_loader))
            raise ClassifierError(f"unknown judge protocol {protocol!r} in {spec!r}; known: {_known()}")
        if not model_spec:
            raise ClassifierError(f"judge spec {spec!r} names no model; write {protocol}@MODEL_SPEC")
        model = (model_loader or _default_loader)(model_spec)
        return cls(model, **options)
    if spec in JUDGE_PROTOCOLS:
        raise ClassifierError(f"judge protocol {spec!r} needs a judge model: write {spec}@MODEL_SPEC")
    if spec in list_classifiers():
        return GuardJudge(spec, **options)
    raise ClassifierError(f"unknown judge {spec!r}; known: {_known()}")


def make_llm_guard_with(spec: str, model_loader: ModelLoader | None) -> Any:
    """An LLM guard ``FAMILY@MODEL_SPEC`` whose chat model comes from ``model_loader`` (the engine's, so that
    its calls get the run's retries, rate limits and cache)."""
    from ..llmguards import LLMGuard

    family, _, model_spec = spec.partition("@")
    model = (model_loader or _default_loader)(model_spec)
    return LLMGuard(model, family)
