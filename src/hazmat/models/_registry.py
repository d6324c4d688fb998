"""Models by spec: ``openai/NAME``, ``hf/PATH_OR_NAME``, ``gguf/PATH``, plus plugin prefixes.

A plugin package adds a provider under the ``hazmat.models`` entry-point group: the entry point's name is
the prefix and its object a factory ``(rest_of_spec, **options) -> ChatModel``.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Any

from ..errors import ModelError, UnknownModelError
from ._protocol import ChatModel

ENTRY_POINT_GROUP = "hazmat.models"
ModelFactory = Callable[..., ChatModel]


def _openai(rest: str, **options: Any) -> ChatModel:
    from ._openai import OpenAIChatModel

    return OpenAIChatModel(rest, **options)


def _hf(rest: str, **options: Any) -> ChatModel:
    from ._transformers import TransformersChatModel

    return TransformersChatModel(rest, **options)


def _gguf(rest: str, **options: Any) -> ChatModel:
    from ._gguf import GGUFChatModel

    return GGUFChatModel(rest, **options)


_BUILTIN: dict[str, ModelFactory] = {"openai": _openai, "hf": _hf, "gguf": _gguf}
#: options each built-in provider accepts from the command line (others are dropped, not passed)
PROVIDER_OPTIONS: dict[str, frozenset[str]] = {
    "openai": frozenset({"base_url", "api_key", "timeout", "max_connections", "headers"}),
    "hf": frozenset({"device", "dtype", "trust_remote_code", "chat_template"}),
    "gguf": frozenset({"n_ctx", "n_threads", "chat_format", "logits_all", "n_gpu_layers"}),
}


def list_providers() -> list[str]:
    """Every spec prefix that ``load_model`` knows."""
    return sorted(set(_BUILTIN) | {ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)})


def split_spec(spec: str) -> tuple[str, str]:
    """``"openai/gpt-4o"`` → ``("openai", "gpt-4o")``; raises UnknownModelError on a spec without a prefix."""
    prefix, sep, rest = spec.partition("/")
    if not sep or not rest:
        raise UnknownModelError(
            f"model spec {spec!r} needs a provider prefix: openai/NAME, hf/PATH_OR_NAME or gguf/PATH "
            f"(known prefixes: {', '.join(list_providers())})"
        )
    return prefix, rest


def load_model(spec: str, **options: Any) -> ChatModel:
    """Make the chat model a spec names; ``options`` go to the provider (unknown ones are ignored)."""
    prefix, rest = split_spec(spec)
    factory = _BUILTIN.get(prefix)
    if factory is not None:
        allowed = PROVIDER_OPTIONS[prefix]
        return factory(rest, **{k: v for k, v in options.items() if k in allowed and v is not None})
    plugins = {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}
    if prefix not in plugins:
        raise UnknownModelError(f"unknown model provider {prefix!r} in {spec!r}; known: {', '.join(list_providers())}")
    try:
        plugin: ModelFactory = plugins[prefix].load()
    except Exception as e:  # a broken plugin must not take the CLI down with a traceback
        raise ModelError(f"model provider {prefix!r} failed to import from {plugins[prefix].value}: {e}") from e
    return plugin(rest, **options)
