"""Classifiers by name: built-ins and plugins register under the ``hazmat.classifiers`` entry-point group."""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Any

from ..errors import ClassifierError, UnknownClassifierError
from ._protocol import Classifier

Factory = Callable[..., Classifier]
ENTRY_POINT_GROUP = "hazmat.classifiers"
_registered: dict[str, Factory] = {}


def register_classifier(name: str) -> Callable[[Factory], Factory]:
    """Decorator: register a factory (a class or a function returning a classifier) under ``name``."""

    def deco(factory: Factory) -> Factory:
        _registered[name] = factory
        return factory

    return deco


def _entry_point_factories() -> dict[str, Any]:
    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


def list_classifiers() -> list[str]:
    """Names of every classifier that ``load_classifier`` knows."""
    return sorted(set(_registered) | set(_entry_point_factories()))


def load_classifier(name: str, **options: Any) -> Classifier:
    """Instantiate the classifier registered as ``name`` with ``options``."""
    factory = _registered.get(name)
    if factory is None:
        ep = _entry_point_factories().get(name)
        if ep is None:
            raise UnknownClassifierError(
                f"unknown classifier {name!r}; known: {', '.join(list_classifiers()) or 'none'}"
            )
        try:
            factory = ep.load()
        except Exception as e:  # a broken plugin must not take the CLI down with a traceback
            raise ClassifierError(f"classifier {name!r} failed to import from {ep.value}: {e}") from e
        assert factory is not None
        _registered[name] = factory
    return factory(**options)
