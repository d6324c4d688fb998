"""``hazmat serve`` and ``hazmat serve-key``. FastAPI and uvicorn are imported inside the commands, so that
``hazmat --help`` stays fast."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .._cli_common import friendly


@friendly
def serve_cmd(
    guard: Annotated[str | None, typer.Option("--guard", "-g", help="Registered guard name (default: hazmat-minilm, or the config's).")] = None,  # noqa: E501
    host: Annotated[str | None, typer.Option("--host", help="Address to bind (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option("--port", "-p", help="Port (default 8000).")] = None,
    config: Annotated[Path | None, typer.Option("--config", "-c", help="YAML config file (see docs/serve.md).")] = None,
    no_batching: Annotated[bool, typer.Option("--no-batching", help="Classify each request on its own.")] = False,
    max_batch: Annotated[int | None, typer.Option("--max-batch", help="Most conversations per guard call (32).")] = None,  # noqa: E501
    max_wait_ms: Annotated[float | None, typer.Option("--max-wait-ms", help="Longest wait to fill a batch (5 ms).")] = None,  # noqa: E501
) -> None:
    """Serve OpenAI-compatible /v1/moderations (and /v1/classify, /healthz, /metrics) over a guard."""
    from ._config import ServeConfig

    cfg = ServeConfig.from_yaml(config) if config is not None else ServeConfig()
    overrides = {"guard": guard, "host": host, "port": port, "max_batch": max_batch, "max_wait_ms": max_wait_ms}
    data = cfg.model_dump()
    data.update({k: v for k, v in overrides.items() if v is not None})
    if no_batching:
        data["batching"] = False
    cfg = ServeConfig.load(data, where="command-line options")

    try:
        from ._app import run
    except ImportError as e:  # fastapi, uvicorn or prometheus-client missing
        from ..errors import HazmatError

        raise HazmatError(f"`hazmat serve` needs {e.name or 'its web dependencies'}: "
                          "pip install 'hazmat[serve]'") from None
    run(cfg)


@friendly
def hash_key_cmd(
    name: Annotated[str, typer.Option("--name", help="Name of the key's holder (shown in metrics).")] = "default",
    rpm: Annotated[int, typer.Option("--rpm", help="Requests per minute for this key.")] = 600,
    pbkdf2: Annotated[bool, typer.Option("--pbkdf2", help="Store a slow PBKDF2 hash instead of sha256.")] = False,
    stdin: Annotated[bool, typer.Option("--stdin", help="Hash a key read from stdin (one chosen by a person) "
                                        "instead of making one; implies --pbkdf2.")] = False,
) -> None:
    """Make a new API key; print it once, with the hash and the YAML lines for the serve config."""
    import sys

    from ..errors import InputError
    from ._config import hash_key, print_new_key

    if stdin:
        key = sys.stdin.readline().rstrip("\r\n")
        if len(key) < 12:
            raise InputError("the key read from stdin is shorter than 12 characters; choose a longer one")
        hashed = hash_key(key, "pbkdf2_sha256")
        typer.echo(f"hash: {hashed}\n\n  - name: {name}\n    hash: \"{hashed}\"\n    rpm: {rpm}")
        return
    typer.echo(print_new_key(name=name, rpm=rpm, scheme="pbkdf2_sha256" if pbkdf2 else "sha256"), nl=False)
