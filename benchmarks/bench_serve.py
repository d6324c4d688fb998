"""Latency and throughput of `hazmat serve` /v1/moderations on loopback, micro-batching on vs off.

For each mode a fresh server process is started (`python -m hazmat.server --config CFG`, one uvicorn
worker, access log off), warmed up for a few seconds, then N concurrent clients (httpx, asyncio, keep-alive)
each post one short input (~25 words, every request a different text) at a time, for the chosen duration.
Reported per mode: requests/s, p50/p90/p99/max latency as the client sees it, errors (any non-200 or
transport error), the server's own batch-size histogram (from /metrics), the server process's CPU time
per request (from /proc: how efficient the mode is, independent of how much of a shared machine it got),
and then the latency of ONE client alone (no queueing: the service time of a single short input). Both modes run in the same
invocation, one after the other, so they share the machine's state.

The client runs on the same machine as the server, so it takes CPU from it: the numbers are a lower bound
for what a server with its cores to itself would do. ``--client httpx`` (the default) is what a Python user
of the service runs; ``--client raw`` is a minimal HTTP/1.1 keep-alive client on asyncio streams (one
connection per client, pre-encoded requests, the same response check) that leaves more of the machine to the
server, like a load generator written in C would. The client process's own CPU share is reported too.

    python benchmarks/bench_serve.py [--seconds 60] [--clients 16] [--max-batch 32] [--max-wait-ms 5]
                                     [--batch-concurrency 1] [--guard-threads 0] [--client httpx|raw]
                                     [--json OUT]

With N closed-loop clients, Little's law ties the numbers together: mean latency = N / throughput. So
p99 < 50 ms at 16 clients needs well over 320 requests/s; a guard that does fewer short texts/s on the
machine cannot get there at that concurrency, whatever the batching, and the 1-client numbers show the
latency of the service itself.

Issue targets: p99 < 50 ms for short inputs, batched throughput >= 2x unbatched, 0 errors.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

_SENTENCE = ("the people in our city would like to know more about how water travels from the old river to every "
         "house school and garden near the hills and why some of it is lost along the way each summer when the "
         "days are long and the air is dry so please explain it simply with a small example for a class of "
         "children who have never seen a map of the area before today")
WORDS = _SENTENCE.split(" ")


def short_text(rng: random.Random, words: int) -> str:
    """A benign English-ish sentence of ``words`` words (fresh for every request)."""
    start = rng.randrange(len(WORDS))
    return " ".join(WORDS[(start + i * rng.choice((1, 1, 2, 3))) % len(WORDS)] for i in range(words)).capitalize() + "?"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(batching: bool, args: argparse.Namespace, port: int, workdir: Path) -> subprocess.Popen[bytes]:
    cfg = workdir / f"serve-{'batched' if batching else 'unbatched'}.yaml"
    cfg.write_text(
        f"guard: {args.guard}\nhost: 127.0.0.1\nport: {port}\nbatching: {str(batching).lower()}\n"
        f"max_batch: {args.max_batch}\nmax_wait_ms: {args.max_wait_ms}\nbatch_concurrency: {args.batch_concurrency}\n"
        "access_log: false\nlog_level: warning\n"
        + (f"guard_options:\n  threads: {args.guard_threads}\n" if args.guard_threads else "")
    )
    proc = subprocess.Popen([sys.executable, "-m", "hazmat.server", "--config", str(cfg)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not become healthy within 120 s")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


async def load(url: str, clients: int, seconds: float, words: int, seed: int) -> dict[str, Any]:
    """``clients`` closed-loop clients for ``seconds``; latencies in ms of requests that finished in time."""
    latencies: list[float] = []
    errors: list[str] = []
    stop_at = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as client:
        async def one_client(i: int) -> None:
            rng = random.Random(seed * 1000 + i)
            while time.perf_counter() < stop_at:
                body = {"model": "omni-moderation-latest", "input": short_text(rng, words)}
                t0 = time.perf_counter()
                try:
                    r = await client.post("/v1/moderations", json=body)
                    ok = r.status_code == 200 and len(r.json()["results"]) == 1
                    if not ok:
                        errors.append(f"HTTP {r.status_code}")
                except httpx.HTTPError as e:
                    errors.append(type(e).__name__)
                    continue
                latencies.append((time.perf_counter() - t0) * 1000)

        t_start = time.perf_counter()
        await asyncio.gather(*(one_client(i) for i in range(clients)))
        elapsed = time.perf_counter() - t_start
    return {"latencies": latencies, "errors": errors, "elapsed": elapsed}


async def load_raw(url: str, clients: int, seconds: float, words: int, seed: int) -> dict[str, Any]:
    """Like :func:`load`, with one bare HTTP/1.1 keep-alive connection per client instead of httpx."""
    host, port = url.removeprefix("http://").split(":")
    latencies: list[float] = []
    errors: list[str] = []
    stop_at = time.perf_counter() + seconds

    async def one_client(i: int) -> None:
        rng = random.Random(seed * 1000 + i)
        reader, writer = await asyncio.open_connection(host, int(port))
        try:
            while time.perf_counter() < stop_at:
                body = json.dumps({"model": "omni-moderation-latest", "input": short_text(rng, words)}).encode()
                request = (f"POST /v1/moderations HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json"
                           f"\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body
                t0 = time.perf_counter()
                try:
                    writer.write(request)
                    head = await reader.readuntil(b"\r\n\r\n")
                    status = int(head.split(b" ", 2)[1])
                    length = int(re.search(rb"(?im)^content-length:\s*(\d+)", head).group(1))  # type: ignore[union-attr]
                    payload = await reader.readexactly(length)
                except (OSError, asyncio.IncompleteReadError, ValueError, AttributeError) as e:
                    errors.append(type(e).__name__)
                    return
                if status != 200 or len(json.loads(payload)["results"]) != 1:
                    errors.append(f"HTTP {status}")
                latencies.append((time.perf_counter() - t0) * 1000)
        finally:
            writer.close()

    t_start = time.perf_counter()
    await asyncio.gather(*(one_client(i) for i in range(clients)))
    return {"latencies": latencies, "errors": errors, "elapsed": time.perf_counter() - t_start}


def batch_histogram(url: str) -> dict[str, float]:
    """Cumulative counts of the server's batch-size histogram, plus count and sum."""
    text = httpx.get(f"{url}/metrics", timeout=5).text
    out: dict[str, float] = {}
    for m in re.finditer(r'^hazmat_batch_size_(bucket\{le="([^"]+)"\}|count|sum) (\S+)$', text, re.M):
        out[m.group(2) or m.group(1)] = float(m.group(3))
    return out


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of process ``pid`` so far (Linux /proc; None elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(xs: list[float], q: float) -> float:
    if not xs:
        return float("nan")
    s = sorted(xs)
    return s[min(len(s) - 1, max(0, round(q / 100 * (len(s) - 1))))]


def run_mode(batching: bool, args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = start_server(batching, args, port, workdir)
    drive = load_raw if args.client == "raw" else load
    try:
        asyncio.run(drive(url, args.clients, args.warmup, args.words, seed=99))  # warm-up, not counted
        before = batch_histogram(url)
        cpu0 = cpu_seconds(proc.pid)
        client0 = time.process_time()
        res = asyncio.run(drive(url, args.clients, args.seconds, args.words, seed=1))
        client_cpu = time.process_time() - client0
        cpu1 = cpu_seconds(proc.pid)
        after = batch_histogram(url)
        light = asyncio.run(drive(url, 1, args.light_seconds, args.words, seed=7)) if args.light_seconds > 0 else None
    finally:
        stop_server(proc)
    lat = res["latencies"]
    one = light["latencies"] if light else []
    cpu = cpu1 - cpu0 if cpu0 is not None and cpu1 is not None else None
    batches = after.get("count", 0) - before.get("count", 0)
    inputs = after.get("sum", 0) - before.get("sum", 0)
    hist = {le: after[le] - before.get(le, 0) for le in after if le not in ("count", "sum")}
    return {
        "mode": "batched" if batching else "unbatched",
        "requests": len(lat),
        "seconds": round(res["elapsed"], 2),
        "rps": round(len(lat) / res["elapsed"], 1),
        "p50_ms": round(percentile(lat, 50), 2),
        "p90_ms": round(percentile(lat, 90), 2),
        "p99_ms": round(percentile(lat, 99), 2),
        "max_ms": round(max(lat), 2) if lat else None,
        "mean_ms": round(statistics.fmean(lat), 2) if lat else None,
        "errors": len(res["errors"]),
        # the server's own CPU per request: the efficiency of the mode, whatever share of the machine it got
        "server_cpu_ms_per_req": round(1000 * cpu / len(lat), 2) if cpu is not None and lat else None,
        "server_cpu_util": round(cpu / res["elapsed"], 2) if cpu is not None else None,
        "client_cpu_util": round(client_cpu / res["elapsed"], 2),
        "error_kinds": sorted(set(res["errors"]))[:5],
        "guard_calls": int(batches),
        "mean_batch": round(inputs / batches, 2) if batches else None,
        "batch_histogram_cumulative": hist,
        "one_client": {"requests": len(one), "p50_ms": round(percentile(one, 50), 2),
                       "p99_ms": round(percentile(one, 99), 2),
                       "errors": len(light["errors"]) if light else 0} if one else None,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=60.0, help="measured duration per mode (default 60)")
    ap.add_argument("--warmup", type=float, default=3.0, help="unmeasured load before each measurement")
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--words", type=int, default=25, help="words per input")
    ap.add_argument("--guard", default="hazmat-minilm")
    ap.add_argument("--max-batch", type=int, default=32)
    ap.add_argument("--max-wait-ms", type=float, default=5.0)
    ap.add_argument("--batch-concurrency", type=int, default=1, help="guard calls in flight at once (batched mode)")
    ap.add_argument("--guard-threads", type=int, default=0, help="onnxruntime threads per guard call (0: all cores)")
    ap.add_argument("--light-seconds", type=float, default=5.0,
                    help="afterwards, latency with ONE client for this long (0: skip)")
    ap.add_argument("--modes", default="batched,unbatched", help="comma-separated: batched, unbatched")
    ap.add_argument("--client", choices=("httpx", "raw"), default="httpx",
                    help="httpx.AsyncClient, or a bare asyncio HTTP/1.1 client that takes less of the machine")
    ap.add_argument("--json", type=Path, default=None, help="also write the results to this file")
    args = ap.parse_args()

    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for m in modes:
            print(f"running {m} for {args.seconds:g} s with {args.clients} clients ...", file=sys.stderr, flush=True)
            results.append(run_mode(m == "batched", args, Path(tmp)))

    by_mode = {r["mode"]: r for r in results}
    summary: dict[str, Any] = {
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "settings": {"seconds": args.seconds, "clients": args.clients, "words": args.words, "guard": args.guard,
                     "max_batch": args.max_batch, "max_wait_ms": args.max_wait_ms,
                     "batch_concurrency": args.batch_concurrency, "guard_threads": args.guard_threads or "all",
                     "client": args.client},
        "results": results,
    }
    summary["load_average_after"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    if "batched" in by_mode and "unbatched" in by_mode and by_mode["unbatched"]["rps"]:
        b, u = by_mode["batched"], by_mode["unbatched"]
        summary["speedup"] = round(b["rps"] / u["rps"], 2)
        if b["server_cpu_ms_per_req"] and u["server_cpu_ms_per_req"]:
            summary["cpu_efficiency_gain"] = round(u["server_cpu_ms_per_req"] / b["server_cpu_ms_per_req"], 2)
        summary["targets"] = {"p99_under_50ms": b["p99_ms"] < 50, "speedup_at_least_2x": summary["speedup"] >= 2,
                              "zero_errors": b["errors"] == 0 and u["errors"] == 0}

    cols = ["mode", "requests", "rps", "p50_ms", "p90_ms", "p99_ms", "max_ms", "errors", "guard_calls", "mean_batch",
            "server_cpu_ms_per_req", "server_cpu_util", "client_cpu_util", "1-client p50/p99"]
    rows = [[str(r[c]) for c in cols[:-1]]
            + [f"{r['one_client']['p50_ms']}/{r['one_client']['p99_ms']}" if r["one_client"] else "-"]
            for r in results]
    widths = [max(len(c), *(len(row[i]) for row in rows)) for i, c in enumerate(cols)]
    print("  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)))
    if "speedup" in summary:
        print(f"\nbatched / unbatched throughput: {summary['speedup']}x; server CPU per request, unbatched / batched: "
              f"{summary.get('cpu_efficiency_gain')}x; targets: {summary['targets']}")
    text = json.dumps(summary, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")


if __name__ == "__main__":
    main()
