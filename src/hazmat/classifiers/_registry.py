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
    """
    if name.startswith(("fusion:", "cascade:", "hedge:")):  # before "@": cascade names may hold LLM guards
        from .ensembles import ensemble_factory

        return ensemble_factory(name, **options)
    family, at, _ = name.partition("@")
    if at:
        from .llmguards import ALIASES, FAMILIES, make_llm_guard

        if family in FAMILIES or family in ALIASES:
            return make_llm_guard(name, **options)
    return _registry.get(name)(**options)
