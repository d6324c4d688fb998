"""Process-wide settings that must be made before numpy is first imported (a leaf: imports nothing of hazmat).

numpy's BLAS threads spin beside onnxruntime's own pool and took 15-20 % of ``hazmat moderate``'s
throughput on 2 cores (BENCHMARKS.md); the heavy work runs in onnxruntime, so numpy gets one thread.
OpenBLAS reads ``OPENBLAS_NUM_THREADS`` once, when numpy is first imported.
"""

from __future__ import annotations

import os


def configure_process() -> None:
    """One BLAS thread for numpy (OpenBLAS or MKL) unless the user set the variable themselves."""
    for var in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
