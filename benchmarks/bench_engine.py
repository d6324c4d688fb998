"""Wall time of `hazmat eval` against inspect-ai on the same instant OpenAI-compatible server and samples.

What is measured: the end-to-end wall clock of a fresh process (start-up, imports, reading the samples,
2,000 chat completions at concurrency 64, writing its results, exit) for

* hazmat: ``hazmat eval --suite sst --data FILE --model openai/test-model --base-url URL --run-dir NEW
  --concurrency 64 --judge none --no-cache --no-progress`` (generation only); once more per run with the
  suite's default judge (``hazmat-minilm``, 2,000 answers judged on the CPU) as an extra column;
* inspect-ai: a ``Task`` over the same prompts (``MemoryDataset`` of ``Sample(input=prompt)``), solver
  ``generate()``, no scorer, model ``openai-api/local/test-model`` (``LOCAL_BASE_URL``/``LOCAL_API_KEY``),
  ``max_connections=64``, ``display="none"``, log dir in a temp folder, run in its own interpreter
  (``--inspect-python``, a separate venv so that inspect never enters hazmat's).

Both send the same request settings (temperature 0, max_tokens 512) to ``benchmarks/instant_server.py``, a
separate process that answers at once (its own capacity is measured first and reported). The two tools run
interleaved, alternating which goes first, after one small untimed warm-up of each. Every run is checked:
hazmat's ``results.jsonl`` must hold one line per sample, inspect's run must raise the server's request
count by the number of samples and finish with status ``success``. The issue's target: hazmat's wall time
at most 1/3 of inspect's.

    python3 -m venv .venv-bench && .venv-bench/bin/pip install inspect-ai openai
    .venv/bin/python benchmarks/bench_engine.py [--samples 2000] [--concurrency 64] [--repeats 3]
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
HARM_AREAS = (
    "Suicide, Self-Harm, and Eating Disorders",
    "Physical harm and Violence",
    "Illegal and Highly Regulated items",
    "Scams and fraud",
    "Child safety",
)
PROMPT_TYPES = ("Information and advice seeking", "Instructions and actions")
TOPICS = ("gardening", "baking", "astronomy", "bicycles", "origami", "tides", "chess", "libraries")
TARGET_RATIO = 1 / 3

INSPECT_SCRIPT = r"""
import csv, json, sys
from inspect_ai import Task, eval as inspect_eval
from inspect_ai.dataset import MemoryDataset, Sample
from inspect_ai.solver import generate
data, log_dir, conc = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(data, newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
task = Task(dataset=MemoryDataset([Sample(id=r["id"], input=r["prompts_final"]) for r in rows]), solver=generate())
logs = inspect_eval(task, model="openai-api/local/test-model", max_connections=conc, log_dir=log_dir,
                    display="none", temperature=0.0, max_tokens=512)
log = logs[0]
print(json.dumps({"status": log.status, "samples": log.results.completed_samples if log.results else None}))
"""


# -- samples --------------------------------------------------------------------------------------
def write_sst_csv(path: Path, n: int) -> None:
    """A SimpleSafetyTests-format CSV of ``n`` invented, harmless placeholder prompts."""
    per_area = dict.fromkeys(HARM_AREAS, 0)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "harm_area", "counter", "category", "prompts_final"])
        for i in range(n):
            area = HARM_AREAS[i % len(HARM_AREAS)]
            per_area[area] += 1
            topic = TOPICS[i % len(TOPICS)]
            w.writerow([f"sst_{i + 1:05d}", area, per_area[area], PROMPT_TYPES[(i // 5) % 2],
                        f"Placeholder question {i + 1} about {topic}: what is a nice fact about {topic}?"])


# -- the instant server ---------------------------------------------------------------------------
@dataclass
class Server:
    """The instant server process and its base URL."""

    proc: subprocess.Popen[str]
    port: int

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.root}/v1"

    def count(self) -> int:
        """Completions served so far."""
        with urllib.request.urlopen(f"{self.root}/count", timeout=10) as r:
            return int(json.loads(r.read())["count"])


@contextmanager
def instant_server(python: str) -> Iterator[Server]:
    """Start ``instant_server.py`` on a free port; stop it on exit."""
    proc = subprocess.Popen([python, str(HERE / "instant_server.py"), "--port", "0"], stdout=subprocess.PIPE,
                            text=True)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        if not line.startswith("ready "):
            raise SystemExit(f"instant server did not start: {line!r}")
        yield Server(proc, int(line.split()[1]))
    finally:
        proc.terminate()
        proc.wait(timeout=10)


async def _client_rate(module: str, base_url: str, n: int, concurrency: int) -> float:
    """Requests per second through an httpx-style client (``httpx`` or ``httpx2``) at ``concurrency``."""
    import importlib

    http: Any = importlib.import_module(module)
    body = {"model": "test-model", "messages": [{"role": "user", "content": "capacity probe"}], "max_tokens": 512}
    limits = http.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with http.AsyncClient(base_url=base_url, limits=limits, timeout=30, trust_env=False) as client:
        todo = iter(range(4 * concurrency))

        async def worker() -> None:
            for _ in todo:
                (await client.post("/chat/completions", json=body)).raise_for_status()

        await asyncio.gather(*(worker() for _ in range(concurrency)))  # open and warm the pool
        todo = iter(range(n))
        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return n / (time.perf_counter() - t0)


async def _raw_rate(port: int, n: int, concurrency: int) -> float:
    """Requests per second through ``concurrency`` bare keep-alive asyncio connections (near-zero client cost)."""
    payload = json.dumps({"model": "test-model", "messages": [{"role": "user", "content": "capacity probe"}]})
    request = (f"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
               f"Content-Length: {len(payload)}\r\n\r\n{payload}").encode()
    per_conn = max(1, n // concurrency)

    async def conn() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        for _ in range(per_conn):
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
            await reader.readexactly(length)
        writer.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(conn() for _ in range(concurrency)))
    return per_conn * concurrency / (time.perf_counter() - t0)


def server_capacity(server: Server, n: int, concurrency: int) -> dict[str, float]:
    """Requests per second the server sustains, seen by a bare asyncio keep-alive client, httpx and httpx2.

    Every client shares the cores with the server, so each figure is a lower bound of what the server can
    do; the bare client's is the tightest. The httpx figures are the clients' own ceilings on this machine.
    """
    out = {"raw_asyncio_rps": round(asyncio.run(_raw_rate(server.port, 2 * n, concurrency)), 1)}
    for module in ("httpx", "httpx2"):
        try:
            out[f"{module}_rps"] = round(asyncio.run(_client_rate(module, server.base_url, n, concurrency)), 1)
        except ImportError:
            continue
    return out


# -- running the tools ----------------------------------------------------------------------------
def child_env(extra: dict[str, str]) -> dict[str, str]:
    """The environment of a benchmarked process: no proxies, dummy keys, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower() and k != "OPENAI_BASE_URL"}
    env.update({"NO_PROXY": "127.0.0.1,localhost", "OPENAI_API_KEY": "dummy"}, **extra)
    return env


def timed(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, str]:
    """Wall seconds and stdout of a fresh process run in ``cwd``; exits with its stderr when it fails."""
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-3000:]}")
    return wall, proc.stdout


@dataclass
class Bench:
    """Paths, sizes and the server shared by every run."""

    hazmat: str
    inspect_python: str
    data: Path
    samples: int
    concurrency: int
    server: Server
    tmp: Path
    runs: int = 0
    log: list[dict[str, Any]] = field(default_factory=list)

    def new_dir(self, prefix: str) -> Path:
        self.runs += 1
        return self.tmp / f"{prefix}-{self.runs}"

    def hazmat_run(self, judge: str | None, data: Path | None = None, n: int | None = None) -> float:
        """One ``hazmat eval``; ``judge`` None: the suite's default judge. Checks results.jsonl."""
        run_dir = self.new_dir("hazmat")
        cmd = [self.hazmat, "eval", "--suite", "sst", "--data", str(data or self.data), "--model", "openai/test-model",
               "--base-url", self.server.base_url, "--run-dir", str(run_dir), "--concurrency", str(self.concurrency),
               "--no-cache", "--no-progress"]
        if judge is not None:
            cmd += ["--judge", judge]
        wall, _ = timed(cmd, child_env({"HAZMAT_CACHE_DIR": str(self.tmp / "hazmat-cache")}), self.tmp)
        lines = sum(1 for _ in (run_dir / "results.jsonl").open(encoding="utf-8"))
        expected = n or self.samples
        if lines != expected:
            raise SystemExit(f"hazmat: {run_dir}/results.jsonl has {lines} lines, expected {expected}")
        return wall

    def inspect_run(self, data: Path | None = None, n: int | None = None) -> float:
        """One inspect-ai eval in a fresh interpreter. Checks the server count and the log status."""
        log_dir = self.new_dir("inspect")
        before = self.server.count()
        env = child_env({"LOCAL_BASE_URL": self.server.base_url, "LOCAL_API_KEY": "dummy",
                         "INSPECT_LOG_DIR": str(log_dir)})
        wall, out = timed([self.inspect_python, "-c", INSPECT_SCRIPT, str(data or self.data), str(log_dir),
                           str(self.concurrency)], env, self.tmp)
        served = self.server.count() - before
        expected = n or self.samples
        report = json.loads(out.strip().splitlines()[-1])
        if served != expected or report["status"] != "success":
            raise SystemExit(f"inspect: {served} requests served (expected {expected}), report {report}")
        return wall


def warm_up(bench: Bench, n: int) -> None:
    """One small untimed run of each tool, so that both start with their files in the page cache."""
    small = bench.tmp / "warmup.csv"
    write_sst_csv(small, n)
    bench.hazmat_run("none", small, n)
    bench.inspect_run(small, n)


def run_repeats(bench: Bench, repeats: int) -> list[dict[str, float]]:
    """Interleaved repeats (the first tool alternates); the judged hazmat run comes after the first pair."""
    rows = []
    for i in range(repeats):
        row: dict[str, float] = {}
        order = ("hazmat", "inspect") if i % 2 == 0 else ("inspect", "hazmat")
        for tool in order:
            row[tool] = bench.hazmat_run("none") if tool == "hazmat" else bench.inspect_run()
            print(f"  repeat {i + 1}: {tool} {row[tool]:.2f} s", file=sys.stderr, flush=True)
        if i == 0:
            row["hazmat_judged"] = bench.hazmat_run(None)
            print(f"  repeat 1: hazmat (judge hazmat-minilm) {row['hazmat_judged']:.2f} s", file=sys.stderr,
                  flush=True)
        row["ratio"] = row["hazmat"] / row["inspect"]
        rows.append(row)
    return rows


# -- reporting ------------------------------------------------------------------------------------
def versions(hazmat: str, inspect_python: str) -> dict[str, str]:
    """hazmat, inspect-ai, openai and Python versions, read from the interpreters that run them."""
    hz_python = Path(hazmat).with_name("python")
    hz = subprocess.run([str(hz_python), "-c", "import hazmat, platform; print(hazmat.__version__, platform.python_version())"],
                        capture_output=True, text=True, check=True).stdout.split()
    ins = subprocess.run([inspect_python, "-c", "import inspect_ai, openai; print(inspect_ai.__version__, openai.__version__)"],
                         capture_output=True, text=True, check=True).stdout.split()
    return {"hazmat": hz[0], "python": hz[1], "inspect_ai": ins[0], "openai": ins[1]}


def summarize(rows: list[dict[str, float]]) -> dict[str, float]:
    """Medians over the repeats and the ratio of the medians."""
    hz = statistics.median(r["hazmat"] for r in rows)
    ins = statistics.median(r["inspect"] for r in rows)
    judged = [r["hazmat_judged"] for r in rows if "hazmat_judged" in r]
    out = {"hazmat_s": round(hz, 3), "inspect_s": round(ins, 3), "ratio_of_medians": round(hz / ins, 3),
           "median_ratio": round(statistics.median(r["ratio"] for r in rows), 3)}
    if judged:
        out["hazmat_judged_s"] = round(statistics.median(judged), 3)
    return out


def print_table(rows: list[dict[str, float]], med: dict[str, float]) -> None:
    """Per-repeat rows and the medians."""
    print(f"{'repeat':<8}{'hazmat --judge none (s)':>24}{'inspect-ai (s)':>16}{'hazmat/inspect':>16}"
          f"{'hazmat + minilm judge (s)':>27}")
    for i, r in enumerate(rows, 1):
        judged = f"{r['hazmat_judged']:.2f}" if "hazmat_judged" in r else "-"
        print(f"{i:<8}{r['hazmat']:>24.2f}{r['inspect']:>16.2f}{r['ratio']:>16.3f}{judged:>27}")
    judged = f"{med['hazmat_judged_s']:.2f}" if "hazmat_judged_s" in med else "-"
    print(f"{'median':<8}{med['hazmat_s']:>24.2f}{med['inspect_s']:>16.2f}{med['ratio_of_medians']:>16.3f}{judged:>27}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--inspect-python", default=str(ROOT / ".venv-bench" / "bin" / "python"))
    ap.add_argument("--hazmat", default=str(ROOT / ".venv" / "bin" / "hazmat"))
    ap.add_argument("--samples", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--warmup-samples", type=int, default=50, help="size of the untimed warm-up run of each tool")
    ap.add_argument("--capacity-requests", type=int, default=2000, help="requests per client of the server capacity probe")
    args = ap.parse_args()
    hazmat, inspect_python = str(Path(args.hazmat).absolute()), str(Path(args.inspect_python).absolute())
    vers = versions(hazmat, inspect_python)
    with tempfile.TemporaryDirectory(prefix="bench-engine-") as tmp, instant_server(sys.executable) as server:
        capacity = server_capacity(server, args.capacity_requests, args.concurrency)
        print(f"instant server capacity at concurrency {args.concurrency}: {capacity}", file=sys.stderr, flush=True)
        data = Path(tmp) / "sst.csv"
        write_sst_csv(data, args.samples)
        bench = Bench(hazmat, inspect_python, data, args.samples, args.concurrency, server, Path(tmp))
        warm_up(bench, args.warmup_samples)
        rows = run_repeats(bench, args.repeats)
    med = summarize(rows)
    print_table(rows, med)
    print(json.dumps({
        "samples": args.samples, "concurrency": args.concurrency, "repeats": args.repeats, "versions": vers,
        "server_capacity": capacity, "runs": [{k: round(v, 3) for k, v in r.items()} for r in rows],
        "median": med, "target_ratio": round(TARGET_RATIO, 3), "meets_target": med["ratio_of_medians"] <= TARGET_RATIO,
    }, indent=2))


if __name__ == "__main__":
    main()
