"""Named factories: built-ins registered in code, plugins found through an entry-point group."""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import EntryPoint, entry_points
from typing import Generic, TypeVar

from .errors import HazmatError

T = TypeVar("T")


class PluginRegistry(Generic[T]):
    """Factories of ``kind`` by name; ``get`` loads a plugin's entry point on first use.

    ``unknown`` is raised for a name nobody registered, ``broken`` for a plugin that fails to import;
    both messages name what was asked for and list what is known.
    """

    def __init__(self, group: str, kind: str, unknown: type[HazmatError], broken: type[HazmatError],
                 builtins: dict[str, Callable[..., T]] | None = None) -> None:
        self.group = group
        self.kind = kind
        self.unknown = unknown
        self.broken = broken
        self._registered: dict[str, Callable[..., T]] = dict(builtins or {})

    def register(self, name: str) -> Callable[[Callable[..., T]], Callable[..., T]]:
        """Decorator: register a factory (a class or a function) under ``name``."""

        def deco(factory: Callable[..., T]) -> Callable[..., T]:
            self._registered[name] = factory
            return factory

        return deco

    def _entry_points(self) -> dict[str, EntryPoint]:
        return {ep.name: ep for ep in entry_points(group=self.group)}

    def names(self) -> list[str]:
        """Every name ``get`` knows, built-ins and plugins."""
        return sorted(set(self._registered) | set(self._entry_points()))

    def get(self, name: str) -> Callable[..., T]:
        """The factory registered as ``name``."""
        factory = self._registered.get(name)
        if factory is not None:
            return factory
        ep = self._entry_points().get(name)
        if ep is None:
            raise self.unknown(f"unknown {self.kind} {name!r}; known: {', '.join(self.names()) or 'none'}")
        try:
            loaded: Callable[..., T] = ep.load()
        except Exception as e:  # a broken plugin must not take the CLI down with a traceback
            raise self.broken(f"{self.kind} {name!r} failed to import from {ep.value}: {e}") from e
        self._registered[name] = loaded
        return loaded
