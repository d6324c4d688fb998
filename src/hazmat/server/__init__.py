"""``hazmat serve``: an OpenAI-compatible moderation service over hazmat guards.

``POST /v1/moderations`` (OpenAI's schema), ``POST /v1/classify`` (native verdicts in any taxonomy),
``POST /v1/chat/completions`` (a guarded proxy, when an upstream is configured), ``GET /healthz``,
``GET /metrics``. Names load on first use, so importing this package (as ``hazmat --help`` does) costs
nothing: FastAPI, uvicorn and pydantic models come in with the first name that needs them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import create_app, run
    from ._batcher import GuardUnavailableError, MicroBatcher
    from ._config import (
        KeySpec,
        ProxySettings,
        ServeConfig,
        ServeConfigError,
        UpstreamSettings,
        hash_key,
        new_key,
        verify_key,
    )
    from ._metrics import ServerMetrics

__all__ = [
    "GuardUnavailableError",
    "KeySpec",
    "MicroBatcher",
    "ProxySettings",
    "ServeConfig",
    "ServeConfigError",
    "ServerMetrics",
    "UpstreamSettings",
    "create_app",
    "hash_key",
    "new_key",
    "run",
    "verify_key",
]

_WHERE = {
    "create_app": "_app", "run": "_app",
    "GuardUnavailableError": "_batcher", "MicroBatcher": "_batcher",
    "KeySpec": "_config", "ProxySettings": "_config", "ServeConfig": "_config", "ServeConfigError": "_config",
    "UpstreamSettings": "_config", "hash_key": "_config", "new_key": "_config", "verify_key": "_config",
    "ServerMetrics": "_metrics",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
