"""``hazmat report`` and ``hazmat riskcards``: the report card and Risk Cards from finished runs."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from ._cli_common import friendly


@friendly
def report_cmd(
    run_dirs: Annotated[list[Path], typer.Argument(help="One or more run directories, shown side by side.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")] = Path("report.html"),
    guard_results: Annotated[list[Path] | None, typer.Option("--guard-results", help="A hazmat.guard-eval/1 JSON file to render too. Repeatable.")] = None,
    title: Annotated[str, typer.Option(help="The page title.")] = "hazmat report card",
) -> None:
    """Write a self-contained HTML report card (no network needed to view it) from finished runs."""
    from .report import write_report

    t0 = time.perf_counter()
    path = write_report(list(run_dirs), out, guard_results or [], title)
    size = path.stat().st_size
    typer.echo(f"report written to {path} ({size / 1e6:.2f} MB, {time.perf_counter() - t0:.1f} s); open it in a browser")


def register(app: typer.Typer) -> None:
    """Add the report commands to the main app."""
    app.command("report")(report_cmd)
    try:
        from .report._riskcards import riskcards_cmd
    except ImportError:  # pragma: no cover - only while the module is missing
        return
    app.command("riskcards")(riskcards_cmd)
