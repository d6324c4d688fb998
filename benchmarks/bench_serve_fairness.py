"""Does one heavy client of `hazmat serve` make the others wait? (issue 15, item 23)

Two API keys: a *heavy* client posts /v1/moderations requests of about 1 MB (``--heavy-inputs`` inputs of
``--heavy-chars`` characters each, the most the default ``max_body_bytes`` lets through), ``--heavy-clients``
of them at a time, back to back; a *light* client posts one short input at a time and records its latency.
Each mode runs against a fresh server process (`python -m hazmat.server`), in one invocation:

* ``alone``: the light client by itself (the baseline);
* ``heavy, fifo``: with the heavy client, ``fair_queueing: false`` (one queue in arrival order: how the
  server worked before);
* ``heavy, fair``: with the heavy client, the default fair queueing (one queue per key, served round-robin,
  batches capped at ``max_batch_chars``).

Reported per mode: the light client's requests, p50/p95/max latency, and the heavy requests completed.

    python benchmarks/bench_serve_fairness.py [--seconds 30] [--heavy-clients 2] [--json OUT]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from hazmat.server import hash_key

sys.path.insert(0, str(Path(__file__).parent))
from _server_process import run_phases

HEAVY, LIGHT = "hzm-bench-heavy", "hzm-bench-light"
WORDS = tuple(["the", "garden", "needs", "water", "before", "the", "summer", "heat", "arrives", "and", "the", "roses", "start", "to", "bloom", "again", "while", "the", "children", "play", "in", "the", "yard", "and", "the", "neighbours", "talk", "about", "the", "weather"])


def _text(n_chars: int, seed: int) -> str:
    words, size, i = [], 0, seed
    while size < n_chars:
        w = WORDS[i % len(WORDS)]
        words.append(w)
        size += len(w) + 1
        i += 7
    return " ".join(words)[:n_chars]


async def _phase(url: str, seconds: float, heavy_clients: int, heavy_inputs: int, heavy_chars: int
                 ) -> dict[str, Any]:
    stop = time.monotonic() + seconds
    latencies: list[float] = []
    heavy_done = [0]
    async with httpx.AsyncClient(timeout=600) as c:
        async def light() -> None:
            i = 0
            while time.monotonic() < stop:
                t0 = time.perf_counter()
                r = await c.post(url + "/v1/moderations", json={"input": f"How do I bake bread, try {i}?"},
                                 headers={"Authorization": f"Bearer {LIGHT}"})
                latencies.append(time.perf_counter() - t0)
                assert r.status_code == 200, r.text
                i += 1

        async def heavy(k: int) -> None:
            j = 0
            while time.monotonic() < stop:
                body = {"input": [_text(heavy_chars, 1000 * k + 10 * j + m) for m in range(heavy_inputs)]}
                r = await c.post(url + "/v1/moderations", json=body, headers={"Authorization": f"Bearer {HEAVY}"})
                assert r.status_code == 200, r.text[:200]
                heavy_done[0] += 1
                j += 1

        await asyncio.gather(light(), *(heavy(k) for k in range(heavy_clients)))
    ms = sorted(x * 1000 for x in latencies)
    return {"light_requests": len(ms), "p50_ms": round(statistics.median(ms), 1),
            "p95_ms": round(ms[int(0.95 * (len(ms) - 1))], 1), "max_ms": round(ms[-1], 1),
            "heavy_requests": heavy_done[0]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--heavy-clients", type=int, default=2)
    ap.add_argument("--heavy-inputs", type=int, default=10)
    ap.add_argument("--heavy-chars", type=int, default=95_000)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    base = {"keys": [{"name": "heavy", "hash": hash_key(HEAVY), "rpm": None},
                     {"name": "light", "hash": hash_key(LIGHT), "rpm": None}],
            "access_log": False, "log_level": "warning", "max_body_bytes": 1_000_000, "max_input_chars": 100_000}
    phases = [("alone", base, 0), ("heavy, fifo", {**base, "fair_queueing": False}, args.heavy_clients),
              ("heavy, fair", base, args.heavy_clients)]
    out: dict[str, Any] = {"seconds": args.seconds, "heavy_clients": args.heavy_clients,
                           "heavy_request_chars": args.heavy_inputs * args.heavy_chars, "cpus": os.cpu_count(),
                           "phases": {}}
    run_phases([(name, cfg, lambda url, n=n_heavy: asyncio.run(
        _phase(url, args.seconds, n, args.heavy_inputs, args.heavy_chars))) for name, cfg, n_heavy in phases],
        out, args.json)


if __name__ == "__main__":
    main()
