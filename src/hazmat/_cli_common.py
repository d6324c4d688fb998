"""Helpers shared by the command-line modules: friendly errors and plain-text tables."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import typer

from .errors import HazmatError

F = TypeVar("F", bound=Callable[..., Any])


def friendly(fn: F) -> F:
    """Turn HazmatErrors (and a few OS errors) into one line on stderr and exit code 2."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except HazmatError as e:
            typer.echo(f"hazmat: error: {e}", err=True)
            raise typer.Exit(2) from None
        except (BrokenPipeError, KeyboardInterrupt):
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def table(headers: list[str], rows: list[list[str]], max_width: int = 60) -> str:
    """Rows as a plain-text table with a rule under the header; long cells are cut with an ellipsis."""
    cells = [[h for h in headers], *[[str(c) if len(str(c)) <= max_width else str(c)[: max_width - 1] + "…"
                                      for c in r] for r in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
