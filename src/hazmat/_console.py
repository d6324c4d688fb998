"""The ``hazmat`` console script: sets up the process (``_process``) before the command line is imported,
since importing :mod:`hazmat.cli` already imports numpy (its command modules do)."""

from __future__ import annotations

from ._process import configure_process


def main() -> None:
    """Console-script entry point (``hazmat`` and ``python -m hazmat``)."""
    configure_process()
    from .cli import main as cli_main

    cli_main()
