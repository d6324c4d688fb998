"""Classifiers by name: built-ins and plugins register under the ``hazmat.classifiers`` entry-point group."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .._plugins import PluginRegistry
from ..errors import ClassifierError, UnknownClassifierError
from ._protocol import Classifier

Factory = Callable[..., Classifier]
ENTRY_POINT_GROUP = "hazmat.classifiers"
_registry: PluginRegistry[Classifier] = PluginRegistry(
    ENTRY_POINT_GROUP, "classifier", UnknownClassifierError, ClassifierError
)


def register_classifier(name: str) -> Callable[[Factory], Factory]:
    """Decorator: register a factory (a class or a function returning a classifier) under ``name``."""
    return _registry.register(name)


def list_classifiers() -> list[str]:
    """Names of every classifier that ``load_classifier`` knows."""
    return _registry.names()


def load_classifier(name: str, **options: Any) -> Classifier:
    """Instantiate the classifier registered as ``name`` with ``options``.

    ``fusion:METHOD:A+B``, ``cascade:CHEAP>EXPENSIVE`` and ``hedge:STATE.sqlite:A+B`` name ensembles;
    ``FAMILY@MODEL_SPEC`` names an LLM guard (``llamaguard3@openai/meta-llama/Llama-Guard-3-8B``,
    ``shieldgemma@hf/./shieldgemma-2b``): the guard family's prompt format over that chat model.
    ``PROTOCOL@MODEL_SPEC`` with a judge protocol (``astral``, ``harmbench``, ``sorrybench``, ``xstest``,
    ``airbench``) names an LLM judge used as a classifier of final assistant turns.
    """
    if name.startswith(("fusion:", "cascade:", "hedge:")):  # before "@": cascade names may hold LLM guards
        from .ensembles import ensemble_factory

        return ensemble_factory(name, **options)
    family, at, _ = name.partition("@")
    if at:
        from .llmguards import ALIASES, FAMILIES, make_llm_guard

        if family in FAMILIES or family in ALIASES:
            return make_llm_guard(name, **options)
        from .judges import JUDGE_PROTOCOLS

        if family in JUDGE_PROTOCOLS:  # an LLM judge, measured like a guard (`hazmat eval-guard`)
            return _judge_classifier(name, options)
    return _registry.get(name)(**options)


def _judge_classifier(spec: str, options: dict[str, Any]) -> Classifier:
    """``PROTOCOL@MODEL_SPEC`` as a classifier; judge options (``params``, ``concurrency``, ``structured``,
    ``fence``, ``expect``) go to the judge, the rest to the model provider."""
    from ..models import load_model
    from .judges import LLM_ONLY_OPTIONS, JudgeClassifier, make_judge

    judge_options = {k: options.pop(k) for k in list(options) if k in LLM_ONLY_OPTIONS}
    expect = options.pop("expect", "refuse")
    model_options = {k: v for k, v in options.items() if v is not None}
    judge = make_judge(spec, model_loader=lambda s: load_model(s, **model_options), **judge_options)
    return JudgeClassifier(judge, expect=expect)
