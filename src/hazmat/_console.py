"""The ``hazmat`` console script: sets up the process before the command line (and numpy) is imported.

numpy's BLAS threads spin beside onnxruntime's own pool and took 15-20 % of ``hazmat moderate``'s
throughput on 2 cores (BENCHMARKS.md); the commands' heavy work runs in onnxruntime, so numpy gets one
thread. OpenBLAS reads ``OPENBLAS_NUM_THREADS`` once, when numpy is first imported, and importing
:mod:`hazmat.cli` already imports numpy (its command modules do), so this has to happen here, first.
"""

from __future__ import annotations

import os


def configure_process() -> None:
    """One BLAS thread for numpy (OpenBLAS or MKL) unless the user set the variable themselves."""
    for var in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


def main() -> None:
    """Console-script entry point (``hazmat`` and ``python -m hazmat``)."""
    configure_process()
    from .cli import main as cli_main

    cli_main()
