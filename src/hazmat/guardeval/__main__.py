"""``python -m hazmat.guardeval --data FILE ...``: the ``eval-guard`` command on its own."""

import typer

from ._cli import eval_guard_cmd


def main() -> None:
    """Run ``eval-guard`` as a stand-alone command."""
    app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    app.command()(eval_guard_cmd)
    app()


if __name__ == "__main__":
    main()
