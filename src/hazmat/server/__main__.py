"""``python -m hazmat.server [OPTIONS]``: the same as ``hazmat serve``."""

import typer

from ._cli import serve_cmd

if __name__ == "__main__":
    typer.run(serve_cmd)
