"""A `hazmat serve` process for benchmarks: started from a config dict on a free loopback port."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import yaml


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(cfg: dict[str, Any], tmp: Path, timeout: float = 120.0) -> tuple[subprocess.Popen[bytes], str]:
    """``python -m hazmat.server --config`` with ``cfg`` (plus a free port); returns the process and its URL
    once ``/healthz`` answers."""
    port = free_port()
    path = tmp / f"serve-{port}.yaml"
    path.write_text(yaml.safe_dump({**cfg, "port": port}), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "hazmat.server", "--config", str(path)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "HF_HUB_OFFLINE": "1"})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("the server did not start")


def run_phases(phases: list[tuple[str, dict[str, Any], Callable[[str], dict[str, Any]]]], out: dict[str, Any],
               json_path: Path | None) -> None:
    """Run each ``(name, config, measure)`` phase against a fresh server (``measure(url)`` gives its numbers,
    with ``p50_ms``), print them, add each phase's p50 as a ratio of the first phase's, and write ``json_path``."""
    out.setdefault("phases", {})
    with tempfile.TemporaryDirectory() as tmp:
        for name, cfg, measure in phases:
            proc, url = start_server(cfg, Path(tmp))
            try:
                out["phases"][name] = measure(url)
            finally:
                proc.terminate()
                proc.wait(30)
            print(name, json.dumps(out["phases"][name]), flush=True)
    first = out["phases"][phases[0][0]]["p50_ms"]
    out[f"p50_ratio_vs_{phases[0][0]}"] = {k: round(v["p50_ms"] / first, 2) for k, v in out["phases"].items()}
    print(json.dumps(out[f"p50_ratio_vs_{phases[0][0]}"]))
    if json_path is not None:
        json_path.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
