"""The console script sets the process up before the command line imports numpy."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import entry_points

import pytest

# what the console script does, then what the commands import; prints numpy's BLAS thread count
PROBE = """
from hazmat._process import configure_process
configure_process()
import hazmat.cli  # imports numpy through the command modules
from threadpoolctl import threadpool_info
print(max(i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"))
"""


def _blas_threads(env_value: str | None) -> int:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")}
    if env_value is not None:
        env["OPENBLAS_NUM_THREADS"] = env_value
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120,
                         check=True)
    return int(out.stdout.strip().splitlines()[-1])


def test_the_hazmat_command_is_the_console_module() -> None:
    (script,) = [e for e in entry_points(group="console_scripts") if e.name == "hazmat"]
    assert script.value == "hazmat._console:main"


def test_numpy_gets_one_blas_thread_in_the_command_line_unless_the_user_says_otherwise() -> None:
    pytest.importorskip("threadpoolctl")
    assert _blas_threads(None) == 1
    if (os.cpu_count() or 1) > 1:
        assert _blas_threads("2") == 2  # the user's own setting wins


def test_python_dash_m_hazmat_runs_the_command_line() -> None:
    out = subprocess.run([sys.executable, "-m", "hazmat", "--version"], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0 and out.stdout.startswith("hazmat ")
