"""Does a flood of guessed bearer tokens slow down a legitimate client of `hazmat serve`? (issue 15, item 22)

A PBKDF2 key (600,000 iterations, the `hazmat serve-key --pbkdf2` default) makes every *unknown* token cost a
slow hash. One legitimate client (its key verified once, then cached) posts short inputs one at a time and
records its latency, in three phases, each against a fresh server process (`python -m hazmat.server`):

* ``alone``: no flood (the baseline);
* ``flood, limits off``: FLOOD clients post random tokens as fast as they can, with the failure limits
  effectively off (``auth_failures_per_minute`` and ``max_pending_key_checks`` at 10**6): how the server
  behaved before the limits;
* ``flood, defaults``: the same flood against the default limits (10 failures per client and minute, 8
  pending checks).

Reported per phase: the legitimate client's requests, p50/p95/max latency, and the flood's status counts.
All phases run in one invocation, on the same machine, so their ratios are comparable.

    python benchmarks/bench_auth_flood.py [--seconds 15] [--flood 8] [--json OUT]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

from hazmat.server import hash_key

sys.path.insert(0, str(Path(__file__).parent))
from _server_process import run_phases

KEY = "hzm-bench-legit-key"


async def _phase(url: str, seconds: float, flood: int) -> dict[str, Any]:
    stop = time.monotonic() + seconds
    latencies: list[float] = []
    flood_codes: Counter[int] = Counter()
    async with httpx.AsyncClient(timeout=120) as c:
        auth = {"Authorization": f"Bearer {KEY}"}
        assert (await c.post(url + "/v1/moderations", json={"input": "warm up"}, headers=auth)).status_code == 200

        async def legit() -> None:
            i = 0
            while time.monotonic() < stop:
                t0 = time.perf_counter()
                r = await c.post(url + "/v1/moderations", json={"input": f"How do I bake bread, try {i}?"},
                                 headers=auth)
                latencies.append(time.perf_counter() - t0)
                assert r.status_code == 200, r.text
                i += 1

        async def guesser() -> None:
            while time.monotonic() < stop:
                try:
                    r = await c.post(url + "/v1/moderations", json={"input": "hi"},
                                     headers={"Authorization": f"Bearer {secrets.token_hex(16)}"})
                    flood_codes[r.status_code] += 1
                except httpx.HTTPError:
                    flood_codes[0] += 1

        await asyncio.gather(legit(), *(guesser() for _ in range(flood)))
    ms = sorted(x * 1000 for x in latencies)
    return {"requests": len(ms), "p50_ms": round(statistics.median(ms), 1),
            "p95_ms": round(ms[int(0.95 * (len(ms) - 1))], 1), "max_ms": round(ms[-1], 1),
            "flood_status": dict(sorted(flood_codes.items()))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=15.0)
    ap.add_argument("--flood", type=int, default=8, help="concurrent clients guessing tokens")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    base = {"keys": [{"name": "legit", "hash": hash_key(KEY, "pbkdf2_sha256"), "rpm": None}], "access_log": False,
            "log_level": "warning"}
    phases = [("alone", base, 0),
              ("flood, limits off", {**base, "auth_failures_per_minute": 10**6, "max_pending_key_checks": 10**6},
               args.flood),
              ("flood, defaults", base, args.flood)]
    out: dict[str, Any] = {"seconds": args.seconds, "flood_clients": args.flood, "cpus": os.cpu_count(),
                           "phases": {}}
    run_phases([(name, cfg, lambda url, n=n: asyncio.run(_phase(url, args.seconds, n)))
                for name, cfg, n in phases], out, args.json)


if __name__ == "__main__":
    main()
